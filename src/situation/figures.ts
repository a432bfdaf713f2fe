// Figures across a story's articles: every reported value once (syndicated copies collapsed), as timelines per
// category and as series. A series is one quantity over time: category + counted group + scope (the country, or
// the place within it) + running total or count. Within a series a changed total from the same originator is a
// revision, different values from different originators on one day are a contradiction (for running totals and for
// counts of a named place; counts without a place may be separate incidents), and a value the report
// calls withdrawn or denied is marked and counts for neither.
// Part of src/situation. Public: figureReports, figureTimelines, figureSeries, valuesConflict, figureInterval.
import type { Figure, FigureContradiction, FigureSeries, FigureTimeline, Qualifier, SeriesPoint, SeriesRevision, SituationArticle, TimelineEntry } from "../schema/index.js";
import { normaliseName } from "../text/names.js";
import { words } from "../text/similarity.js";
import { statementOriginator, type Originator } from "./originators.js";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

interface Interval { lo: number; hi: number }
const EPS = 1e-9;
/** The values a reported figure allows. "about" allows 15 % either way. */
export function figureInterval(value: number, q: Qualifier): Interval {
  switch (q) {
    case "exact": return { lo: value, hi: value };
    case "at_least": return { lo: value, hi: Infinity };
    case "more_than": return { lo: value + EPS, hi: Infinity };
    case "up_to": return { lo: 0, hi: value };
    case "less_than": return { lo: 0, hi: value - EPS };
    case "about": return { lo: value * 0.85, hi: value * 1.15 };
  }
}

/** True when two reported values cannot both hold. */
export function valuesConflict(a: { value: number; qualifier: Qualifier }, b: { value: number; qualifier: Qualifier }): boolean {
  const x = figureInterval(a.value, a.qualifier), y = figureInterval(b.value, b.qualifier);
  return x.hi < y.lo || y.hi < x.lo;
}

function stems(s: string | null | undefined): Set<string> {
  const out = new Set<string>();
  if (!s) return out;
  for (const w of words(s)) if (w.length >= 3) out.add(w.slice(0, 5));
  return out;
}

/** Do two figures count the same people or things? (both unspecified, or sharing a word stem) */
function sameSubject(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = stems(a), y = stems(b);
  if (!x.size && !y.size) return true;
  for (const s of x) if (y.has(s)) return true;
  return false;
}

/** One reported value: the entry shown, who it goes back to, the figure it was read from and the articles printing it. */
export interface FigureReport { entry: TimelineEntry; sourceKey: string; article: string; figure: Figure; articles: Set<string> }

/** Every reported value once per unit (article or syndication group), originator, value, qualifier and day. */
export function figureReports(arts: SituationArticle[], syn: (string | null)[], origins: Originator[]): FigureReport[] {
  const byKey = new Map<string, FigureReport>();
  arts.forEach((a, i) => {
    const unit = syn[i] ?? a.id;
    for (const f of a.figures) {
      const date = f.date && ISO_DAY.test(f.date) ? f.date.slice(0, 10) : a.published;
      // the short speaker name groups "Angaben der Polizei" with "Polizei"
      const speaker = f.speaker ?? f.source;
      const originator = statementOriginator(speaker, origins[i]!);
      const key = `${f.category}|${unit}|${originator.key}|${f.value}|${f.qualifier}|${date}|${f.place ?? ""}|${f.group ?? ""}`;
      const seen = byKey.get(key);
      if (seen) {
        // a syndicated copy (or a repetition in the same article): counted once
        seen.articles.add(a.id);
        seen.entry.copies = seen.articles.size;
        continue;
      }
      const entry: TimelineEntry = { date, value: f.value, qualifier: f.qualifier, source: speaker, outlet: a.outlet, article: a.id, subject: f.subject, text: f.text, syndication: syn[i], copies: 1, originator: originator.label };
      byKey.set(key, { entry, sourceKey: originator.key, article: a.id, figure: f, articles: new Set([a.id]) });
    }
  });
  return [...byKey.values()].sort(
    (x, y) => (x.entry.date ?? "9999").localeCompare(y.entry.date ?? "9999") || (x.entry.outlet ?? "").localeCompare(y.entry.outlet ?? "") || x.entry.value - y.entry.value || x.article.localeCompare(y.article),
  );
}

const CATEGORY_ORDER = ["killed", "injured", "arrested", "missing", "displaced", "participants", "troops", "money", "other"];

/** Per category: every value, the latest per source and same-day contradictions between sources (subjects alike). */
export function figureTimelines(reports: FigureReport[]): { timelines: FigureTimeline[]; contradictedFigures: Set<string> } {
  const byCategory = new Map<Figure["category"], FigureReport[]>();
  for (const r of reports) {
    const list = byCategory.get(r.figure.category);
    if (list) list.push(r);
    else byCategory.set(r.figure.category, [r]);
  }
  const contradictedFigures = new Set<string>();
  const timelines: FigureTimeline[] = [];
  for (const [category, list] of byCategory) {
    const latest = new Map<string, FigureReport>();
    for (const r of list) latest.set(r.sourceKey, r); // date order: the last one wins
    const contradictions = sameDayConflicts(list, (p, q) => sameSubject(p.entry.subject, q.entry.subject), (p, q) => {
      contradictedFigures.add(`${p.article}:${p.figure.start}`);
      contradictedFigures.add(`${q.article}:${q.figure.start}`);
    });
    timelines.push({ category, timeline: list.map((r) => r.entry), latest: [...latest.values()].map((r) => r.entry), contradictions });
  }
  timelines.sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
  return { timelines, contradictedFigures };
}

/** Pairs of reports of one day from different originators whose values cannot both hold (at most 200 a day). */
function sameDayConflicts(list: FigureReport[], alike: (p: FigureReport, q: FigureReport) => boolean, found?: (p: FigureReport, q: FigureReport) => void): FigureContradiction[] {
  const out: FigureContradiction[] = [];
  const byDay = new Map<string, FigureReport[]>();
  for (const r of list) {
    if (!r.entry.date) continue;
    const g = byDay.get(r.entry.date);
    if (g) g.push(r);
    else byDay.set(r.entry.date, [r]);
  }
  for (const [d, g] of byDay) {
    const limit = Math.min(g.length, 200);
    for (let x = 0; x < limit; x++)
      for (let y = x + 1; y < limit; y++) {
        const p = g[x]!, q = g[y]!;
        if (p.sourceKey === q.sourceKey || !alike(p, q) || !valuesConflict(p.entry, q.entry)) continue;
        out.push({ a: p.entry, b: q.entry, reason: `${describe(p.entry)} vs ${describe(q.entry)} on ${d}` });
        found?.(p, q);
      }
  }
  return out;
}

function describe(e: TimelineEntry): string {
  const q = e.qualifier === "exact" ? "" : `${e.qualifier.replace("_", " ")} `;
  return `${q}${e.value} (${e.source ?? e.outlet ?? "unattributed"})`;
}

/** Categories whose figures count people: a figure with no known group counts people in general. */
const PEOPLE = new Set(["killed", "injured", "arrested", "missing", "displaced", "participants"]);

/** The series a figure belongs to: category, group, scope, kind ("killed|protesters|KZ|almaty|count"). */
function seriesKey(f: Figure, storyCountry: string | null): { key: string; group: string | null; country: string | null; place: string | null } {
  const group = f.group ?? (PEOPLE.has(f.category) ? "people" : f.subject ? normaliseName(f.subject) : null);
  const country = f.country ?? storyCountry;
  const place = f.place ?? null;
  return { key: [f.category, group ?? "", country ?? "", place ? normaliseName(place) : "", f.cumulative ? "total" : "count"].join("|"), group, country, place };
}

/** The story's figure series, largest first: points in date order, latest per originator, revisions and contradictions. */
export function figureSeries(reports: FigureReport[], storyCountry: string | null): FigureSeries[] {
  const groups = new Map<string, { head: ReturnType<typeof seriesKey>; figure: Figure; reports: FigureReport[] }>();
  const heads = new Map(reports.map((r) => [r, seriesKey(r.figure, storyCountry)]));
  for (const r of reports) {
    const head = withdrawnValueSeries(r, reports, heads) ?? heads.get(r)!;
    const g = groups.get(head.key);
    if (g) g.reports.push(r);
    else groups.set(head.key, { head, figure: r.figure, reports: [r] });
  }
  const out: FigureSeries[] = [];
  for (const { head, figure, reports: list } of groups.values()) {
    const points: SeriesPoint[] = list.map((r) => ({ ...r.entry, start: r.figure.start, end: r.figure.end, status: r.figure.status ?? null, unattributed: !r.entry.source }));
    const standing = list.filter((r) => !retracts(r));
    // a value a later report withdraws or denies is no latest value
    const retracted = list.filter(retracts);
    const latest = new Map<string, FigureReport>();
    for (const r of standing) {
      if (retracted.some((w) => w.entry.value === r.entry.value && (w.entry.date ?? "") >= (r.entry.date ?? ""))) latest.delete(r.sourceKey);
      else latest.set(r.sourceKey, r);
    }
    const cumulative = !!figure.cumulative;
    out.push({
      id: head.key,
      label: seriesLabel(figure.category, head.group, head.place ?? head.country, cumulative),
      category: figure.category,
      group: head.group,
      country: head.country,
      place: head.place,
      cumulative,
      points,
      latest: [...latest.values()].map((r) => r.entry),
      revisions: cumulative ? revisions(standing) : [],
      // counts of unnamed places on one day are often separate incidents ("five in one village, 24 in the next"): no contradiction
      contradictions: cumulative || head.place ? sameDayConflicts(standing, () => true) : [],
    });
  }
  return out.sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || b.points.length - a.points.length || a.id.localeCompare(b.id));
}

const retracts = (r: FigureReport) => r.figure.status === "withdrawn" || r.figure.status === "denied";

/** "Das Ministerium zog die Angabe von 26 Toten zurück": a withdrawn or denied value joins the series that reported it. */
function withdrawnValueSeries(r: FigureReport, reports: FigureReport[], heads: Map<FigureReport, ReturnType<typeof seriesKey>>): ReturnType<typeof seriesKey> | undefined {
  if (!retracts(r)) return undefined;
  const own = heads.get(r)!;
  const reported = reports.find((o) => o !== r && !retracts(o) && o.figure.category === r.figure.category && o.entry.value === r.entry.value && heads.get(o)!.country === own.country && (o.entry.date ?? "") <= (r.entry.date ?? ""));
  return reported ? heads.get(reported) : undefined;
}

/** "killed · protesters · Almaty · running total". */
function seriesLabel(category: string, group: string | null, where: string | null, cumulative: boolean): string {
  return [category, group, where, cumulative ? "running total" : "count"].filter(Boolean).join(" · ");
}

/** A running total the same originator gives again with another value: a revision (a rise, or a correction down). */
function revisions(list: FigureReport[]): SeriesRevision[] {
  const out: SeriesRevision[] = [];
  const last = new Map<string, FigureReport>();
  for (const r of list) {
    const before = last.get(r.sourceKey);
    if (before && before.entry.value !== r.entry.value && (before.entry.date ?? "") <= (r.entry.date ?? "")) {
      out.push({ originator: r.entry.originator ?? r.sourceKey, from: before.entry, to: r.entry, direction: r.entry.value > before.entry.value ? "up" : "down" });
    }
    last.set(r.sourceKey, r);
  }
  return out;
}
