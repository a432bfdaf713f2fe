// Benchmark hooks for the store and the situation layer (used by scripts/bench-store.ts, part of
// `npm run bench`; kept out of src/store since they build the situation): synthetic extractions shaped like news stories (several outlets and days,
// syndicated copies, figures, claims), bulk storing, and timing of the situation picture.
import type { Claim, Entity, Extraction, Figure, FigureCategory } from "../src/schema/index.js";
import type { Store } from "../src/store/index.js";
import { buildSituation } from "../src/situation/index.js";
import { rng } from "./random.js";

const SYLLABLES = ["ka", "ro", "mi", "ten", "sa", "lu", "dor", "vi", "ne", "ta", "bel", "gor", "an", "is", "ul", "mer", "po", "zen", "ha", "ri"];
const COUNTRIES = ["KZ", "SD", "IR", "GE", "BY", "TR", "UA", "ML", "MM", "VE", "PK", "ET", "HT", "LB", "PE", "BD"];
const CATS: FigureCategory[] = ["killed", "injured", "arrested", "displaced", "participants"];
const SOURCES = ["Innenministerium", "Staatsfernsehen", "Polizei", "Opposition", "Rotes Kreuz", "Gesundheitsbehörde", "UN-Büro", "Augenzeugen"];
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);
const FILLER = (
  "die lage in der region blieb am abend angespannt während sicherheitskräfte an mehreren orten im einsatz waren und " +
  "beobachter vor einer weiteren eskalation warnten die regierung kündigte eine untersuchung an und rief zur ruhe auf " +
  "internationale organisationen äußerten sich besorgt über die entwicklung und forderten zugang für helfer " +
  "in den sozialen netzwerken kursierten videos deren echtheit zunächst nicht überprüft werden konnte " +
  "anwohner berichteten von stundenlangen stromausfällen geschlossenen geschäften und langen schlangen vor tankstellen"
).split(" ");

function name(r: () => number, parts = 2): string {
  let s = "";
  for (let i = 0; i < parts + Math.floor(r() * 2); i++) s += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

function dayPlus(base: number, d: number): string {
  return new Date((base + d) * 86_400_000).toISOString().slice(0, 10);
}

export interface SyntheticOptions {
  seed?: number;
  /** Words of running text per article (default 450, about 600 tokens with punctuation and names). */
  words?: number;
  /** Share of articles that are lightly edited agency copies of another article in the story (default 0.3). */
  syndicated?: number;
}

/** n synthetic extractions forming stories of 1–15 articles over a few days each. */
export function syntheticExtractions(n: number, opts: SyntheticOptions = {}): Extraction[] {
  const r = rng(opts.seed ?? 42);
  const nWords = opts.words ?? 450;
  const out: Extraction[] = [];
  const epoch = Math.floor(Date.parse("2021-01-01") / 86_400_000);
  let story = 0;
  while (out.length < n) {
    story++;
    const size = Math.min(n - out.length, 1 + Math.floor(r() * 15));
    const country = COUNTRIES[Math.floor(r() * COUNTRIES.length)]!;
    const places = Array.from({ length: 2 + Math.floor(r() * 2) }, () => name(r));
    const people = Array.from({ length: 1 + Math.floor(r() * 3) }, () => `${name(r)} ${name(r)}`);
    const start = epoch + Math.floor(r() * 900);
    const claimPool = Array.from({ length: 4 }, (_, i) => `${people[i % people.length]} habe die Lage in ${places[i % places.length]} unter Kontrolle gebracht ${story}-${i}`);
    const cat = CATS[Math.floor(r() * CATS.length)]!;
    let value = 5 + Math.floor(r() * 40);
    const storyTexts: string[] = [];
    for (let k = 0; k < size; k++) {
      const day = Math.floor(k / 3);
      const outlet = OUTLETS[Math.floor(r() * OUTLETS.length)]!;
      let text: string;
      if (storyTexts.length && r() < (opts.syndicated ?? 0.3)) {
        const base = storyTexts[Math.floor(r() * storyTexts.length)]!.split(" ");
        for (let e = 0; e < 3; e++) base[Math.floor(r() * base.length)] = FILLER[Math.floor(r() * FILLER.length)]!;
        text = base.join(" ");
      } else {
        const w: string[] = [];
        for (let i = 0; i < nWords; i++) {
          const x = r();
          w.push(x < 0.04 ? places[Math.floor(r() * places.length)]! : x < 0.06 ? people[Math.floor(r() * people.length)]! : FILLER[Math.floor(r() * FILLER.length)]!);
          if (i % 18 === 17) w[w.length - 1] += ".";
        }
        text = w.join(" ") + ` (${story}/${k})`;
      }
      storyTexts.push(text);
      value += Math.floor(r() * 6);
      const figures: Figure[] = [];
      const nFig = 1 + Math.floor(r() * 3);
      for (let f = 0; f < nFig; f++) {
        const start = Math.floor(r() * (text.length - 20));
        figures.push({ value: f === 0 ? value : Math.floor(r() * 500), category: f === 0 ? cat : CATS[Math.floor(r() * CATS.length)]!, qualifier: r() < 0.7 ? "exact" : "at_least", subject: r() < 0.5 ? "Menschen" : null, source: SOURCES[Math.floor(r() * SOURCES.length)]!, text: text.slice(start, start + 15), date: null, start, end: start + 15 });
      }
      const claims: Claim[] = [];
      const nClaims = 2 + Math.floor(r() * 4);
      for (let c = 0; c < nClaims; c++) {
        const start = Math.floor(r() * (text.length - 60));
        claims.push({ source: SOURCES[Math.floor(r() * SOURCES.length)]!, mode: "indirect", text: r() < 0.5 ? claimPool[Math.floor(r() * claimPool.length)]! : text.slice(start, start + 60), unverified: r() < 0.1, start, end: start + 60 });
      }
      const entities: Entity[] = [
        ...places.map((p) => ({ name: p, type: "location" as const, aliases: [], key: p.toLowerCase(), country })),
        ...people.map((p) => ({ name: p, type: "person" as const, aliases: [p.split(" ")[1]!], key: p.toLowerCase() })),
      ];
      out.push({
        version: 1, language: "de",
        article: { url: `https://${outlet.replace(" ", "").toLowerCase()}.example/${story}/${k}`, outlet, language: "de", kicker: null, title: `${places[0]}: Lage in ${country} (${story}/${k})`, teaser: null, published: dayPlus(start, day), updated: null, credits: r() < 0.5 ? ["dpa"] : [], captions: [], sections: [] },
        text, sentences: [], entities, figures, claims, times: [],
        events: r() < 0.5 ? [{ type: "Protests", date: dayPlus(start, day), country, location: places[0]!, actors: ["Demonstranten"], fatalities: null, text: text.slice(0, 40), start: 0, end: 40 }] : [],
        warnings: [],
      });
    }
  }
  return out;
}

export interface BulkResult {
  stored: number;
  seconds: number;
  perSecond: number;
}

/** Stores the extractions one transaction each (the real ingest path, without the extraction). */
export async function bulkStore(store: Store, xs: Extraction[], onProgress?: (done: number) => void): Promise<BulkResult> {
  const t0 = performance.now();
  let stored = 0;
  for (const [i, x] of xs.entries()) {
    if ((await store.storeExtraction(x)).status === "new") stored++;
    if (onProgress && i % 500 === 499) onProgress(i + 1);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { stored, seconds, perSecond: xs.length / seconds };
}

export interface SituationTiming {
  articles: number;
  stories: number;
  /** Reading the situation input from the store. */
  loadSeconds: number;
  /** Building the picture (stories, syndication, timelines, claims). */
  buildSeconds: number;
  totalSeconds: number;
}

/** Times `situation` over everything stored. */
export async function timeSituation(store: Store): Promise<SituationTiming> {
  const t0 = performance.now();
  const arts = await store.loadSituationArticles();
  const t1 = performance.now();
  const sit = buildSituation(arts);
  const t2 = performance.now();
  return { articles: arts.length, stories: sit.stories.length, loadSeconds: (t1 - t0) / 1000, buildSeconds: (t2 - t1) / 1000, totalSeconds: (t2 - t0) / 1000 };
}
