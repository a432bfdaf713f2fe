// The ACLED export: every column of ACLED's current data export, in its order and spelling, one row per incident
// (a story event with every report of it), `source` and `source_scale` from the reports, `notes` from the evidence,
// precision codes from how exact day and place are, and fatalities conservative as ACLED's rule asks: an incident
// counts its own dead; a national value copied into several incidents counts once, and a country's incidents never
// sum above the highest national value its reports give (the story's, where none names the country alone).
// Part of src/situation. Public: ACLED_COLUMNS, toAcled, eventPlace.
import { createRequire } from "node:module";
import type { Situation, Story, StoryEvent } from "../schema/index.js";
import { csvTable } from "./csv.js";
import { countryName } from "../text/names.js";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries") as { alpha2ToNumeric(a2: string): string | undefined; alpha2ToAlpha3(a2: string): string | undefined };

/** ACLED's export columns (31), in order. */
export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
  "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
  "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;

/** ACLED's disorder type of each event type. */
const DISORDER: Record<string, string> = {
  Battles: "Political violence", "Explosions/Remote violence": "Political violence", "Violence against civilians": "Political violence",
  Protests: "Demonstrations", Riots: "Demonstrations", "Strategic developments": "Strategic developments",
};

/** ACLED's actor type ("inter") of an actor role the extractor gives. */
const INTER: Record<string, string> = { police: "State forces", military: "State forces", protesters: "Protesters", rebels: "Rebel groups", civilians: "Civilians" };

/** Outlets and agencies that report internationally (a report from one makes the source scale international). */
const INTERNATIONAL = /\b(?:reuters|afp|agence france-presse|associated press|ap|dpa|bbc|al jazeera|deutsche welle|dw|cnn|efe|ansa|xinhua|anadolu|tass|interfax|kyodo|bloomberg)\b/i;

/** Coordinates of an event: its own (precision 1), else those of the story entity named like its location (2). */
export function eventPlace(s: Story, e: StoryEvent): { lat: number; lon: number; precision: number } | null {
  if (e.lat != null && e.lon != null) return { lat: e.lat, lon: e.lon, precision: 1 };
  if (e.location) {
    const loc = e.location.toLowerCase();
    const ent = s.entities.find((x) => x.lat != null && x.lon != null && x.names.some((n) => n.toLowerCase() === loc));
    if (ent) return { lat: ent.lat!, lon: ent.lon!, precision: 2 };
  }
  return null;
}

/** Coordinates of an event and ACLED's geo precision: 1 its town, 2 a place of the story named like it, 3 its country's or none. */
function located(s: Story, e: StoryEvent): { lat: number | null; lon: number | null; precision: number } {
  const own = eventPlace(s, e);
  if (own) return own;
  const country = s.entities.find((x) => x.type === "location" && x.country === e.country && x.lat != null && x.names.some((n) => countryName(e.country)?.toLowerCase() === n.toLowerCase()));
  return { lat: country?.lat ?? null, lon: country?.lon ?? null, precision: 3 };
}

/** Per country, the national killed values of the story (no place within the country) and the highest of them (the fatality budget). */
function nationalTolls(s: Story): Map<string, { highest: number; values: Set<number> }> {
  const out = new Map<string, { highest: number; values: Set<number> }>();
  for (const series of s.series ?? []) {
    if (series.category !== "killed" || series.place !== null || !series.country) continue;
    const t = out.get(series.country) ?? { highest: 0, values: new Set<number>() };
    for (const p of series.points) {
      if (p.status === "withdrawn" || p.status === "denied") continue;
      t.values.add(p.value);
      t.highest = Math.max(t.highest, p.value);
    }
    out.set(series.country, t);
  }
  return out;
}

/** The story's national values of all countries together: the budget of a country the story has no national value for. */
function anyNationalToll(tolls: Map<string, { highest: number; values: Set<number> }>): { highest: number; values: Set<number> } | undefined {
  if (!tolls.size) return undefined;
  const values = new Set([...tolls.values()].flatMap((t) => [...t.values]));
  return { highest: Math.max(...values), values };
}

/** Fatalities per event, conservative: a national total counts on one incident only, the sum stays within the toll. */
function conservativeFatalities(s: Story): Map<StoryEvent, number> {
  const out = new Map<StoryEvent, number>();
  const tolls = nationalTolls(s);
  const byCountry = new Map<string, StoryEvent[]>();
  for (const e of s.events) {
    out.set(e, Math.max(0, e.fatalities ?? 0));
    const list = byCountry.get(e.country ?? "") ?? [];
    list.push(e);
    byCountry.set(e.country ?? "", list);
  }
  const fallback = anyNationalToll(tolls);
  for (const [country, events] of byCountry) {
    const toll = tolls.get(country) ?? fallback;
    if (!toll) continue;
    // a national value printed on several incidents: only the best-reported one keeps it
    const national = events.filter((e) => toll.values.has(out.get(e)!) && out.get(e)! > 0).sort((a, b) => (b.sources ?? 1) - (a.sources ?? 1));
    for (const e of national.slice(1)) out.set(e, 0);
    if (toll.highest <= 0) continue;
    // the smallest counts first, as long as the country's sum stays within its highest toll
    let sum = 0;
    for (const e of [...events].sort((a, b) => out.get(a)! - out.get(b)!)) {
      const f = out.get(e)!;
      if (sum + f > toll.highest) out.set(e, 0);
      else sum += f;
    }
  }
  return out;
}

/** One row per incident of every story, ACLED's columns. */
export function toAcled(sit: Situation): string {
  const rows: unknown[][] = [];
  const perCountry = new Map<string, number>();
  const timestamp = Math.floor(Date.parse(sit.generated) / 1000) || Math.floor(Date.now() / 1000);
  for (const s of sit.stories) {
    const fatalities = conservativeFatalities(s);
    for (const e of s.events) {
      const cc = (e.country ?? "").toUpperCase();
      const code = (cc && countries.alpha2ToAlpha3(cc)) || "XXX";
      const n = (perCountry.get(code) ?? 0) + 1;
      perCountry.set(code, n);
      const reports = (e.articles ?? [e.article]).map((id) => s.articles.find((a) => a.id === id)).filter((a) => !!a);
      // the outlet, else the agency credited, else the address's site ("www.example.org")
      const outlets = [...new Set(reports.map((a) => a!.outlet ?? a!.credits?.[0] ?? siteOf(a!.url)).filter((o): o is string => !!o))];
      const credits = reports.flatMap((a) => a!.credits ?? []);
      const scale = outlets.length === 0 ? "" : [...outlets, ...credits].some((o) => INTERNATIONAL.test(o)) ? "International" : "Other";
      const where = located(s, e);
      const roles = e.actorRoles ?? [];
      const inter1 = INTER[roles[0] ?? ""] ?? "", inter2 = INTER[roles[1] ?? ""] ?? "";
      const day = e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? e.date : null;
      rows.push([
        `${code}${n}`, day ?? e.date, e.date?.slice(0, 4) ?? null, day ? 1 : 3,
        DISORDER[e.type] ?? "", e.type, e.subType ?? "", e.actors[0] ?? "", "", inter1, e.actors[1] ?? "", "", inter2,
        inter1 && inter2 ? `${inter1}-${inter2}` : inter1 ? `${inter1} only` : "", e.type === "Violence against civilians" ? "Civilian targeting" : "",
        cc ? Number(countries.alpha2ToNumeric(cc) ?? "") || "" : "", "", countryName(e.country) ?? "", "", "", "", e.location ?? countryName(e.country) ?? "",
        where.lat, where.lon, where.precision, outlets.join("; "), scale, notes(e, reports.length), fatalities.get(e) ?? 0, "", timestamp,
      ]);
    }
  }
  return csvTable([...ACLED_COLUMNS], rows);
}

function siteOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** The evidence sentence, and how many reports carry it ("… [3 reports]"). */
function notes(e: StoryEvent, reports: number): string {
  return reports > 1 ? `${e.text} [${reports} reports]` : e.text;
}
