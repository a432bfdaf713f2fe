// Place gazetteer: countries (names per language, where the file has them), first-level regions ("Florida", "Nord-Kivu"),
// GeoNames cities (population >= 15000, capitals, admin seats), exonyms and supranational places. Loaded once from models/gazetteer.json, built by
// scripts/build-gazetteer.ts. Lookups are by exact surface form (the caller strips inflections).
import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "../schema/index.js";
import { languageCodes, languagePack } from "../lang/registry.js";

export type PlaceKind = "country" | "region" | "city" | "place";

export interface Place {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country the place lies in (null for supranational places). */
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  /** GeoNames (English) name of a city, or the code of a country. */
  ref: string;
  capital?: boolean;
  /** Continents, seas and other places spanning several countries. */
  supranational?: boolean;
}

interface GazFile {
  /** Country names per language code ("de": ["Deutschland"]); a language without a list gets only its pack's countryNames. */
  countries: ({ code: string; lat: number | null; lon: number | null } & { [lang: string]: string[] | string | number | null })[];
  /** First-level regions: names per language, position and population from their GeoNames places. */
  regions?: ({ code: string; lat: number; lon: number; population: number } & { [lang: string]: string[] | string | number })[];
  cities: [string, string, number, number, number, string][];
  exonyms: Record<string, [string, number][]>;
  firstNames?: string[];
  commonWords?: Record<string, string[]>;
}

/** Finds a file of the project (models/...) from src/ or dist/src/. */
export function projectFile(rel: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 6; k++) {
    const p = join(dir, rel);
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new Error(`lagebild: cannot find ${rel}`);
}

/** A project file a language may have, or null ("models/ner-en.txt.gz" does not exist). */
export function optionalProjectFile(rel: string): string | null {
  try {
    return projectFile(rel);
  } catch {
    return null;
  }
}

class Gazetteer {
  private readonly byLang = new Map<Lang, Map<string, Place[]>>();
  readonly countryByCode = new Map<string, Place>();
  /** Longest entry in tokens (whitespace-separated words). */
  private readonly maxWords = new Map<Lang, number>();
  private readonly prefixes = new Map<Lang, Set<string>>();
  /** Common given names (for person recognition). */
  readonly firstNames: Set<string>;
  /** Single-word city names that are also common words of the language ("Lage", "Mobile"). */
  private readonly commonWords = new Map<Lang, Set<string>>();

  private readonly file: GazFile;
  private readonly cityByName = new Map<string, number>();
  private readonly cityPlaces: Place[] = [];
  private readonly countryPlaces: Place[] = [];

  constructor(file: GazFile) {
    this.file = file;
    this.firstNames = new Set(file.firstNames ?? []);
    // an exonym names the most populous city of that English name ("Genf" is Geneva in Switzerland, not Illinois)
    file.cities.forEach((r, i) => { const j = this.cityByName.get(r[0]); if (j === undefined || file.cities[j][4] < r[4]) this.cityByName.set(r[0], i); });
    for (const c of file.countries) {
      const place: Place = { kind: "country", country: c.code, lat: c.lat, lon: c.lon, population: 1e9, ref: c.code };
      this.countryByCode.set(c.code, place);
      this.countryPlaces.push(place);
    }
  }

  /** One Place object per city, shared by both languages. */
  private cityPlace(i: number): Place {
    let p = this.cityPlaces[i];
    if (!p) {
      const r = this.file.cities[i];
      p = this.cityPlaces[i] = { kind: "city", country: r[1], lat: r[2], lon: r[3], population: r[4], ref: r[0], capital: r[5] === "C" };
    }
    return p;
  }

  /** The names of one language are indexed on its first use (a German article never pays for the English index). */
  private ensure(lang: Lang): Map<string, Place[]> {
    const done = this.byLang.get(lang);
    if (done) return done;
    this.byLang.set(lang, new Map());
    this.maxWords.set(lang, 1);
    this.prefixes.set(lang, new Set());
    this.inflected.set(lang, new Map());
    const file = this.file;
    file.countries.forEach((c, k) => {
      const extra = languagePack(lang).entities.countryNames[c.code] ?? [];
      const names = Array.isArray(c[lang]) ? (c[lang] as string[]) : []; // no list for this language: none
      for (const n of [...names, ...extra]) this.add(lang, n, this.countryPlaces[k]);
    });
    // regions: the language's names, else the English ones ("Dagestan")
    for (const r of file.regions ?? []) {
      const names = (Array.isArray(r[lang]) ? r[lang] : r.en) as string[];
      const place: Place = { kind: "region", country: r.code, lat: r.lat, lon: r.lon, population: r.population, ref: (r.en as string[])[0] ?? names[0] ?? r.code };
      for (const n of names) this.add(lang, n, place);
    }
    // cities: the GeoNames name is used in both languages (Almaty, Khartoum, Minsk)
    for (let i = 0; i < file.cities.length; i++) {
      const p = this.cityPlace(i);
      const ascii = foldAscii(p.ref);
      const bare = p.ref.endsWith(")") ? p.ref.replace(/\s*\(.*\)$/, "") : p.ref; // "Halle (Saale)" -> "Halle"
      this.add(lang, p.ref, p);
      if (ascii !== p.ref) this.add(lang, ascii, p);
      if (bare !== p.ref && bare.length > 2) this.add(lang, bare, p);
    }
    // exonyms name cities by their GeoNames name (src/lang/*/entities.ts)
    for (const [name, i] of file.exonyms[lang] ?? []) this.add(lang, name, this.cityPlace(i));
    for (const [name, english] of Object.entries(languagePack(lang).entities.exonyms)) {
      const i = this.cityByName.get(english);
      if (i !== undefined) this.add(lang, name, this.cityPlace(i));
    }
    for (const name of languagePack(lang).entities.places) this.add(lang, name, { kind: "place", country: null, lat: null, lon: null, population: 1e8, ref: name });
    for (const name of languagePack(lang).entities.supranational) this.add(lang, name, { kind: "place", country: null, lat: null, lon: null, population: 1e8, ref: name, supranational: true });
    return this.byLang.get(lang)!;
  }

  /** Single-word city names that are also common words of the language ("Lage", "Mobile"); none for a language the file lacks. */
  commonWordsOf(lang: Lang): Set<string> {
    let set = this.commonWords.get(lang);
    if (!set) this.commonWords.set(lang, (set = new Set(this.file.commonWords?.[lang] ?? [])));
    return set;
  }

  /** Proper prefixes (in words) of the language's multi-word names, to stop longest-match scans early. */
  prefixesOf(lang: Lang): Set<string> {
    this.ensure(lang);
    return this.prefixes.get(lang)!;
  }

  /** Longest name of the language in words (at most 5). */
  maxWordsOf(lang: Lang): number {
    this.ensure(lang);
    return this.maxWords.get(lang)!;
  }

  private readonly inflected = new Map<Lang, Map<string, string>>();
  /** The base form of an inflected multi-word name ("Demokratischen Republik Kongo" -> "Demokratische Republik Kongo"). */
  baseForm(surface: string, lang: Lang): string {
    return this.inflected.get(lang)?.get(surface) ?? surface;
  }

  private add(lang: Lang, name: string, p: Place): void {
    if (!name || name.length < 2) return;
    this.add1(lang, name.trim(), p);
    if (!MULTI_WORD.test(name.trim())) return;
    const words = name.trim().split(/\s+/);
    for (const [from, to] of languagePack(lang).entities.multiWordInflections) {
      const infl = words.map((w, k) => (k < words.length - 1 && w.endsWith(from) ? w.slice(0, w.length - from.length) + to : w));
      if (infl.some((w, k) => w !== words[k])) { this.add1(lang, infl.join(" "), p); this.inflected.get(lang)!.set(infl.join(" "), name.trim()); }
    }
  }

  private add1(lang: Lang, key: string, p: Place): void {
    const byName = this.byLang.get(lang)!;
    const list = byName.get(key);
    if (list) { if (!list.some((q) => q.kind === p.kind && q.ref === p.ref && q.country === p.country)) list.push(p); }
    else byName.set(key, [p]);
    if (!MULTI_WORD.test(key)) return; // one word: no prefixes
    const parts = key.split(/\s+/);
    if (parts.length > this.maxWords.get(lang)!) this.maxWords.set(lang, Math.min(parts.length, 5));
    const prefixes = this.prefixes.get(lang)!;
    for (let k = 1; k < parts.length; k++) prefixes.add(parts.slice(0, k).join(" "));
  }

  private byKey?: Map<string, Place[]>;
  /** Places whose name has this spelling key (transliteration variants: "Odesa" / "Odessa"); cities of 100,000+ and countries. */
  lookupKey(key: string, keyOf: (s: string) => string): Place[] {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const lang of languageCodes() as Lang[]) for (const [name, places] of this.ensure(lang)) {
        const big = places.filter((p) => p.kind === "country" || p.population >= 100000);
        if (!big.length || name.length < 4) continue;
        const k = keyOf(name);
        const list = this.byKey.get(k) ?? [];
        for (const p of big) if (!list.includes(p)) list.push(p);
        this.byKey.set(k, list);
      }
    }
    return this.byKey.get(key) ?? [];
  }

  /** Places with exactly this surface form. */
  lookup(surface: string, lang: Lang): Place[] {
    return this.ensure(lang).get(surface) ?? [];
  }

  has(surface: string, lang: Lang): boolean {
    return this.ensure(lang).has(surface);
  }
}

const ASCII = /^[\x00-\x7f]*$/;
const MULTI_WORD = /\s/;

/** Removes diacritics ("Şanlıurfa" -> "Sanliurfa"). */
export function foldAscii(s: string): string {
  if (ASCII.test(s)) return s;
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i").replace(/ł/g, "l").replace(/ø/g, "o").replace(/đ/g, "d");
}

let instance: Gazetteer | undefined;
export function gazetteer(): Gazetteer {
  return (instance ??= new Gazetteer(JSON.parse(readFileSync(projectFile("models/gazetteer.json"), "utf8")) as GazFile));
}

/**
 * Picks the most plausible place among candidates: countries first, then places in countries the
 * article mentions (`context`: country code -> number of mentions), then the most populous.
 */
export function resolvePlace(cands: Place[], context: Map<string, number>, home: string[] = []): Place | undefined {
  let best: Place | undefined, bestScore = -Infinity;
  for (const p of cands) {
    let s = Math.log10(Math.max(p.population, 1));
    if (p.kind === "country") s += 20;
    if (p.kind === "place") s += 10;
    if (p.capital) s += 1;
    if (p.country && context.has(p.country)) s += 4 + Math.min(context.get(p.country)!, 5);
    else if (p.country && home.includes(p.country)) s += 1;
    if (s > bestScore) { bestScore = s; best = p; }
  }
  return best;
}
