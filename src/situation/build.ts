// Builds the situation picture from stored articles:
//  1. syndication: near-duplicate texts (MinHash, LSH candidates) and shared agency credits;
//  2. stories: articles linked by syndication, or by shared entities/places (weighted by rarity)
//     within a time window; connected components are stories;
//  3. per story: merged entities (by spelling key), figure timelines with the latest value per
//     source and contradictions, claims grouped across articles with a status (src/situation/claims.ts), events;
//     sources are counted by originator (src/situation/originators.ts), never by copy.
import type { Entity, Story, StoryArticle, StoryEntity, StoryEvent } from "../schema/index.js";
import type { SituationArticle } from "../schema/index.js";
import { countryName, entityKey, normaliseName } from "../text/names.js";
import { lshCandidates, signatureSimilarity, UnionFind } from "../text/similarity.js";
import { storyClaims } from "./claims.js";
import { figureReports, figureTimelines, figureSeries } from "./figures.js";
export { valuesConflict, figureInterval } from "./figures.js";
import { articleOriginators, creditPieces } from "./originators.js";

export interface BuildOptions {
  /** Largest gap in days between two directly linked articles of one story (default 4). */
  windowDays?: number;
  /** Estimated shingle Jaccard at or above which two texts are copies of one another (default 0.5). */
  copyThreshold?: number;
  /** Lower similarity that still counts as a copy when the articles share an agency credit (default 0.25). */
  creditedCopyThreshold?: number;
  /** Share of the rarer article's entity weight two articles must share to be linked (default 0.4). */
  linkThreshold?: number;
  /** Estimated shingle Jaccard at or above which two articles (not copies) are about the same happening (default 0.15). */
  textLinkThreshold?: number;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function dayNumber(d: string | null | undefined): number | null {
  if (!d || !ISO_DAY.test(d)) return null;
  const t = Date.parse(d.slice(0, 10) + "T00:00:00Z");
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

interface Features {
  day: number | null;
  keys: string[];
  places: Set<string>;
  credits: Set<string>;
}

/** Consonant skeleton of a romanised key token: vowels and the letters transliterations disagree on dropped (kasaxtan, kasahstan -> kstn). */
function skeleton(token: string): string {
  let out = "";
  for (const ch of token.replace(/c/g, "k").replace(/q/g, "k").replace(/z/g, "s")) {
    if ("aeiouyhjwx".includes(ch) || ch === out[out.length - 1]) continue;
    out += ch;
  }
  return out;
}

/**
 * A looser merge key on top of the spelling key, for spellings that still differ across languages
 * or transliterations: the consonant skeleton (locations also by country), persons by the skeletons
 * of their first and last name. Null when too short to be safe.
 */
export function looseKey(e: Pick<Entity, "key" | "name" | "type" | "country">): string | null {
  const tokens = entityKey(e).split(" ").filter(Boolean);
  if (!tokens.length) return null;
  if (e.type === "person") {
    if (tokens.length < 2) return null;
    const last = skeleton(tokens[tokens.length - 1]!);
    return last.length >= 3 ? `person:${skeleton(tokens[0]!)}:${last}` : null;
  }
  const sk = tokens.map(skeleton).join(" ");
  if (sk.replace(/ /g, "").length < 4) return null;
  return `${e.type}:${e.type === "location" ? (e.country ?? "") : ""}:${sk}`;
}

function features(a: SituationArticle): Features {
  // One feature per entity (its loose key where it has one, so spellings across languages meet),
  // plus the countries of places and events (cc:XX), which add weight but do not count as a match.
  const keys = new Set<string>();
  const places = new Set<string>();
  for (const e of a.entities) {
    const k = entityKey(e);
    if (!k) continue;
    const loose = looseKey(e);
    const f = loose ? `~${loose}` : k;
    keys.add(f);
    if (e.type === "location") places.add(f);
    if (e.country && e.type === "location") {
      keys.add(`cc:${e.country}`);
      places.add(`cc:${e.country}`);
    }
  }
  for (const ev of a.events) if (ev.country) {
    keys.add(`cc:${ev.country}`);
    places.add(`cc:${ev.country}`);
  }
  return { day: dayNumber(a.published), keys: [...keys], places, credits: creditPieces(a.credits) };
}

/** Whether two publication days are close enough; an undated article is close to nothing (else it would chain stories across years). */
function withinWindow(a: number | null, b: number | null, window: number): boolean {
  return a !== null && b !== null && Math.abs(a - b) <= window;
}

export function buildStories(input: SituationArticle[], opts: BuildOptions = {}): Story[] {
  const window = opts.windowDays ?? 4;
  const copyT = opts.copyThreshold ?? 0.5;
  const creditT = opts.creditedCopyThreshold ?? 0.25;
  const linkT = opts.linkThreshold ?? 0.4;
  const textT = opts.textLinkThreshold ?? 0.15;

  // Deterministic order: by publication day, then id.
  const arts = [...input].sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.id.localeCompare(b.id));
  const n = arts.length;
  const feats = arts.map(features);

  // 1. syndication (and text links: articles sharing passages without being copies)
  const syn = new UnionFind(n);
  const textLinks: Array<[number, number]> = [];
  for (const [i, j] of lshCandidates(arts.map((a) => a.signature))) {
    const near = withinWindow(feats[i]!.day, feats[j]!.day, window);
    const undated = feats[i]!.day === null || feats[j]!.day === null;
    if (!near && !undated) continue;
    const sim = signatureSimilarity(arts[i]!.signature!, arts[j]!.signature!);
    let copy = sim >= copyT;
    // an undated text still joins the copies it is a copy of, but nothing looser
    if (!near) {
      if (copy) syn.union(i, j);
      continue;
    }
    if (!copy && sim >= creditT) for (const c of feats[i]!.credits) if (feats[j]!.credits.has(c)) { copy = true; break; }
    if (copy) syn.union(i, j);
    else if (sim >= textT) textLinks.push([i, j]);
  }
  const synSize = new Map<number, number>();
  for (let i = 0; i < n; i++) synSize.set(syn.find(i), (synSize.get(syn.find(i)) ?? 0) + 1);
  const synGroup: (string | null)[] = arts.map((_, i) => ((synSize.get(syn.find(i)) ?? 1) > 1 ? `syn-${arts[syn.find(i)]!.id}` : null));

  // 2. stories
  const story = new UnionFind(n);
  for (let i = 0; i < n; i++) story.union(i, syn.find(i));
  for (const [i, j] of textLinks) story.union(i, j);
  const postings = new Map<string, number[]>();
  feats.forEach((f, i) => {
    for (const k of f.keys) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  });
  const idf = new Map<string, number>();
  for (const [k, p] of postings) idf.set(k, Math.log(1 + n / p.length));
  const mass = feats.map((f) => f.keys.reduce((s, k) => s + idf.get(k)!, 0));
  // Shared weight per candidate pair, counting only pairs inside the time window. Articles are in
  // day order, so each posting list is too and the window is a sliding range.
  const shared = new Map<number, { w: number; count: number; place: boolean }>();
  const maxPosting = Math.max(50, Math.floor(n * 0.2)); // keys in a fifth of all articles link nothing by themselves
  for (const [k, p] of postings) {
    if (p.length < 2 || p.length > maxPosting) continue;
    const w = idf.get(k)!;
    const isCountry = k.startsWith("cc:");
    const isPlace = isCountry || feats[p[0]!]!.places.has(k);
    let lo = 0;
    for (let x = 0; x < p.length; x++) {
      const i = p[x]!;
      const di = feats[i]!.day;
      if (di === null) break; // undated articles sort last and link by entities to nothing
      while (lo < x && di - feats[p[lo]!]!.day! > window) lo++;
      for (let y = lo; y < x; y++) {
        const j = p[y]!;
        if (!withinWindow(di, feats[j]!.day, window)) continue;
        const code = j * n + i;
        const s = shared.get(code);
        if (s) {
          s.w += w;
          if (!isCountry) s.count++;
          s.place ||= isPlace;
        } else shared.set(code, { w, count: isCountry ? 0 : 1, place: isPlace });
      }
    }
  }
  for (const [code, s] of shared) {
    const j = Math.floor(code / n), i = code % n;
    if (s.count < 2) continue; // at least two shared entities
    const overlap = s.w / Math.max(1e-9, Math.min(mass[i]!, mass[j]!));
    if ((s.place && overlap >= linkT) || overlap >= Math.min(0.9, linkT * 1.5)) story.union(i, j);
  }

  // 3. assemble
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = story.find(i);
    const m = members.get(r);
    if (m) m.push(i);
    else members.set(r, [i]);
  }
  const stories: Story[] = [];
  for (const idx of members.values()) stories.push(assembleStory(idx.map((i) => arts[i]!), idx.map((i) => synGroup[i]!)));
  // Largest stories first, then newest.
  stories.sort((a, b) => b.sources - a.sources || (b.end ?? "").localeCompare(a.end ?? "") || a.id.localeCompare(b.id));
  return stories;
}

// ------------------------------------------------------------------ one story

function assembleStory(arts: SituationArticle[], syn: (string | null)[]): Story {
  const articles: StoryArticle[] = arts.map((a, i) => ({ id: a.id, url: a.url, outlet: a.outlet, title: a.title, published: a.published, language: a.language, credits: a.credits, syndication: syn[i]! }));
  const origins = articleOriginators(arts, syn);
  const units = new Set(origins.map((o) => o.key));
  const dates = arts.map((a) => a.published).filter((d): d is string => !!d).sort();
  const entities = mergeEntities(arts);
  const countryCount = new Map<string, number>();
  for (const a of arts) for (const c of new Set(a.entities.filter((e) => e.type === "location" && e.country).map((e) => e.country!))) countryCount.set(c, (countryCount.get(c) ?? 0) + 1);
  const countries = [...countryCount].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([c]) => c);
  const titled = arts.find((a) => a.title);
  // Untitled articles: the story's main place and people.
  const byType = (t: Entity["type"]) => entities.filter((e) => e.type === t).slice(0, 1).map((e) => e.name);
  const events = storyEvents(arts, syn);
  const incident = mainIncident(events, dates);
  const title = titled?.title ?? incident ?? ([...byType("location"), ...byType("person"), ...byType("organization")].join(" · ") || arts[0]!.id);
  const reports = figureReports(arts, syn, origins);
  const figureSets = figureTimelines(reports);
  const series = figureSeries(reports, countries[0] ?? null);
  const claims = storyClaims(arts, origins, figureSets.contradictedFigures);
  return {
    id: `s-${arts[0]!.id}`,
    title,
    start: dates[0] ?? null,
    end: dates[dates.length - 1] ?? null,
    countries,
    articles,
    sources: units.size,
    entities,
    figures: figureSets.timelines,
    series,
    claims,
    events,
    ...(incident ? { incident } : {}),
  };
}

/** The story's main incident as a title: the event most reports give, its place and days ("Riots in Almaty, Kazakhstan, 2022-01-05 – 2022-01-09"). */
function mainIncident(events: StoryEvent[], dates: string[]): string | null {
  const main = [...events].sort((a, b) => (b.sources ?? 1) - (a.sources ?? 1) || (b.fatalities ?? 0) - (a.fatalities ?? 0) || (a.date ?? "9999").localeCompare(b.date ?? "9999"))[0];
  if (!main) return null;
  const country = countryName(main.country);
  const place = [main.location !== country ? main.location : null, country].filter(Boolean).join(", ");
  const first = main.date ?? dates[0] ?? null, last = dates[dates.length - 1] ?? null;
  const days = first && last && last > first ? `${first} – ${last}` : first;
  return [`${main.type}${place ? ` in ${place}` : ""}`, days].filter(Boolean).join(", ");
}

function mergeEntities(arts: SituationArticle[]): StoryEntity[] {
  interface Acc { key: string; names: Map<string, number>; types: Map<Entity["type"], number>; articles: Set<string>; country: string | null; lat: number | null; lon: number | null }
  const acc = new Map<string, Acc>();
  for (const a of arts)
    for (const e of a.entities) {
      const key = entityKey(e);
      if (!key) continue;
      let x = acc.get(key);
      if (!x) acc.set(key, (x = { key, names: new Map(), types: new Map(), articles: new Set(), country: null, lat: null, lon: null }));
      x.names.set(e.name, (x.names.get(e.name) ?? 0) + 2); // canonical names weigh more than aliases
      for (const al of e.aliases ?? []) x.names.set(al, (x.names.get(al) ?? 0) + 1);
      x.types.set(e.type, (x.types.get(e.type) ?? 0) + 1);
      x.articles.add(a.id);
      x.country ??= e.country ?? null;
      if (x.lat === null && e.lat != null && e.lon != null) {
        x.lat = e.lat;
        x.lon = e.lon;
      }
    }
  // Spellings the spelling key keeps apart but the loose key joins (same type; same country for places).
  const byLoose = new Map<string, Acc>();
  for (const [key, x] of [...acc].sort((p, q) => q[1].articles.size - p[1].articles.size || p[0].localeCompare(q[0]))) {
    const type = [...x.types].sort((p, q) => q[1] - p[1])[0]![0];
    const loose = looseKey({ key, name: key, type, country: x.country });
    if (!loose) continue;
    const into = byLoose.get(loose);
    if (!into) {
      byLoose.set(loose, x);
      continue;
    }
    for (const [n, c] of x.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
    for (const [t, c] of x.types) into.types.set(t, (into.types.get(t) ?? 0) + c);
    for (const id of x.articles) into.articles.add(id);
    into.country ??= x.country;
    if (into.lat === null && x.lat !== null) {
      into.lat = x.lat;
      into.lon = x.lon;
    }
    acc.delete(key);
  }
  // A bare surname ("Tokajew" as an entity of its own) joins the one full name of the story ending in it.
  const mainType = (x: Acc) => [...x.types].sort((p, q) => q[1] - p[1])[0]![0];
  const fullNames = new Map<string, Acc[]>();
  for (const [key, x] of acc) {
    const tokens = key.split(" ");
    if (tokens.length < 2 || mainType(x) !== "person") continue;
    const sk = skeleton(tokens[tokens.length - 1]!);
    fullNames.set(sk, [...(fullNames.get(sk) ?? []), x]);
  }
  for (const [key, x] of [...acc]) {
    if (key.includes(" ") || mainType(x) !== "person") continue;
    const sk = skeleton(key);
    const into = sk.length >= 3 ? fullNames.get(sk) : undefined;
    if (!into || into.length !== 1) continue;
    const y = into[0]!;
    for (const [nm, c] of x.names) y.names.set(nm, (y.names.get(nm) ?? 0) + Math.min(c, 1)); // a surname never wins as the name
    for (const [t, c] of x.types) y.types.set(t, (y.types.get(t) ?? 0) + c);
    for (const id of x.articles) y.articles.add(id);
    acc.delete(key);
  }
  const top = <K>(m: Map<K, number>, tie: (a: K, b: K) => number): K => [...m].sort((p, q) => q[1] - p[1] || tie(p[0], q[0]))[0]![0];
  return [...acc.values()]
    .map((x) => ({
      key: x.key,
      name: top(x.names, (p, q) => q.length - p.length || p.localeCompare(q)),
      type: top(x.types, (p, q) => p.localeCompare(q)),
      names: [...x.names.keys()].sort(),
      articles: x.articles.size,
      country: x.country,
      lat: x.lat,
      lon: x.lon,
    }))
    .sort((p, q) => q.articles - p.articles || p.name.localeCompare(q.name));
}

// ------------------------------------------------------------------ events

function storyEvents(arts: SituationArticle[], syn: (string | null)[]): StoryEvent[] {
  // One event per type, day and place across the story; the reports are counted, copies once.
  const byKey = new Map<string, { ev: StoryEvent; units: Set<string> }>();
  arts.forEach((a, i) => {
    const unit = syn[i] ?? a.id;
    for (const e of a.events) {
      const k = `${e.type}|${e.date ?? a.published ?? ""}|${normaliseName(e.location ?? e.country ?? "")}`;
      const seen = byKey.get(k);
      if (seen) {
        if (!seen.ev.articles!.includes(a.id)) seen.ev.articles!.push(a.id);
        seen.units.add(unit);
        seen.ev.sources = seen.units.size;
        // fill gaps from later reports
        if (seen.ev.lat == null && e.lat != null && e.lon != null) {
          seen.ev.lat = e.lat;
          seen.ev.lon = e.lon;
        }
        if (seen.ev.fatalities == null && e.fatalities != null) seen.ev.fatalities = e.fatalities;
        continue;
      }
      byKey.set(k, { ev: { ...e, article: a.id, articles: [a.id], sources: 1 }, units: new Set([unit]) });
    }
  });
  return [...byKey.values()].map((x) => x.ev).sort((x, y) => (x.date ?? "9999").localeCompare(y.date ?? "9999") || x.type.localeCompare(y.type));
}
