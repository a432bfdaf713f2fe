// Gazetteer features for the NER tagger: which tokens of a sentence start or continue a known place,
// organisation, medium or party, which are role nouns, which are generic words, and what the parts of a
// hyphen compound are ("NATO-Generalsekretär": known organisation + role head).
import type { Lang } from "../../schema/index.js";
import { gazetteer } from "../../geo/gazetteer.js";
import { languagePack, type LanguagePack } from "../../lang/registry.js";
import type { EntityData } from "../../lang/types.js";
import { BoundedCache } from "../cache.js";

export interface Lexicon {
  lang: Lang;
  data: EntityData;
  /** Organisation / media / party names -> kind. */
  orgs: Map<string, "org" | "media" | "party">;
  orgMaxWords: number;
  generic: Set<string>;
  titleHeads: string[];
  honorifics: Set<string>;
  orgHeads: string[];
  orgHeadSuffixes: { set: Set<string>; lengths: number[] };
  /** One-word role heads, for suffix lookups. */
  titleSuffixes: { set: Set<string>; lengths: number[] };
  orgCompoundHeads: Set<string>;
  locationCompoundHeads: Set<string>;
  inflections: string[];
  /** Proper prefixes (in words) of multi-word organisation names. */
  orgPrefixes: Set<string>;
  memoTitle: BoundedCache<string, boolean>;
  memoName: BoundedCache<string, { place: boolean; org: boolean; base: string } | null>;
  memoHead: BoundedCache<string, boolean>;
  /** Words after a name that make it an organisation ("GmbH", "Verband"), and words before a name that introduce an organisation or medium ("Firma", "Nachrichtenagentur") or a place ("Provinz"). */
  orgTails: Set<string>;
  introducers: { set: Set<string>; lengths: number[] };
  locationHeads: Set<string>;
  /** Role nouns form closed compounds ending in a role head (the syntax hook closedCompounds: "Generalsekretär"). */
  titleCompounds: boolean;
}

/** Built once per language pack (a replaced pack gets a new lexicon). */
const cache = new Map<LanguagePack, Lexicon>();

export function lexicon(lang: Lang): Lexicon {
  const pack = languagePack(lang);
  let lx = cache.get(pack);
  if (lx) return lx;
  const data = pack.entities;
  const orgs = new Map<string, "org" | "media" | "party">();
  let orgMaxWords = 1;
  const addOrg = (n: string, k: "org" | "media" | "party") => {
    for (const form of [n, titleCased(n)]) if (!orgs.has(form)) orgs.set(form, k);
    orgMaxWords = Math.max(orgMaxWords, n.split(/\s+/).length);
  };
  for (const n of data.media) addOrg(n, "media");
  for (const n of data.organizations) addOrg(n, "org");
  for (const n of data.parties) addOrg(n, "party");
  lx = {
    lang, data, orgs, orgMaxWords,
    generic: new Set(data.generic),
    titleHeads: [...data.titleHeads].sort((a, b) => b.length - a.length),
    honorifics: new Set(data.honorifics),
    orgHeads: data.orgHeads,
    orgHeadSuffixes: suffixSet(data.orgHeads),
    titleSuffixes: suffixSet(data.titleHeads.filter((h) => !h.includes(" "))),
    orgCompoundHeads: new Set(data.orgCompoundHeads),
    locationCompoundHeads: new Set(data.locationCompoundHeads),
    inflections: data.inflections,
    orgPrefixes: prefixesOf([...orgs.keys()]),
    memoTitle: new BoundedCache(MEMO_LIMIT), memoName: new BoundedCache(MEMO_LIMIT), memoHead: new BoundedCache(MEMO_LIMIT),
    titleCompounds: pack.syntax.closedCompounds,
    orgTails: new Set(data.orgTailWords),
    introducers: suffixSet([...data.descriptors, ...data.mediaHeads].map((w) => w.toLowerCase())),
    locationHeads: new Set(data.locationHeads),
  };
  cache.set(pack, lx);
  return lx;
}

/** "Save the Children" -> "Save The Children": headlines and some outlets capitalise every word of a name. */
function titleCased(name: string): string {
  return name.split(" ").map((w, k) => (k > 0 && /^\p{Ll}{3,}$/u.test(w) ? w[0].toUpperCase() + w.slice(1) : w)).join(" ");
}

/** Forgets the memoised word lookups of every loaded lexicon (benchmarks of unseen text). */
export function clearLexiconMemos(): void {
  for (const lx of cache.values()) { lx.memoTitle.clear(); lx.memoName.clear(); lx.memoHead.clear(); }
}

export function prefixesOf(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const w = n.split(/\s+/);
    for (let k = 1; k < w.length; k++) out.add(w.slice(0, k).join(" "));
  }
  return out;
}

/** Word lookups memoised per lexicon; each memo is cleared when it grows past this many entries. */
const MEMO_LIMIT = 100000;

/** True when the lower-cased word is a role noun or ends in one ("generalsekretär", "ex-premier"). */
export function isTitleWord(lx: Lexicon, word: string): boolean {
  return lx.memoTitle.getOrCompute(word, (w) => titleWord(lx, w));
}

/** True when the word ends in a head noun of a function-named body ("Innenministerium"). */
export function hasOrgHead(lx: Lexicon, word: string): boolean {
  return lx.memoHead.getOrCompute(word, (w) => endsWithAny(lx.orgHeadSuffixes, w.toLowerCase()));
}

function titleWord(lx: Lexicon, word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 3) return false;
  const last = w.includes("-") ? w.slice(w.lastIndexOf("-") + 1) : w;
  const { set, lengths } = lx.titleSuffixes;
  if (set.has(last)) return true;
  // compound role nouns ("Generalsekretär") where the language builds them: one set probe per head length
  if (lx.titleCompounds) for (const n of lengths) if (last.length > n + 2 && set.has(last.slice(last.length - n))) return true;
  return false;
}

/** A set of strings with the distinct lengths of its members (for suffix lookups by length). */
export function suffixSet(words: Iterable<string>): { set: Set<string>; lengths: number[] } {
  const set = new Set(words);
  return { set, lengths: [...new Set([...set].map((w) => w.length))].sort((a, b) => b - a) };
}

/** True when the lower-cased word ends in one of the set's strings. */
export function endsWithAny(s: { set: Set<string>; lengths: number[] }, lw: string): boolean {
  for (const n of s.lengths) if (lw.length >= n && s.set.has(lw.length === n ? lw : lw.slice(lw.length - n))) return true;
  return false;
}

/** Known place or organisation for a word form, trying inflection endings ("Kasachstans"). */
export function lookupName(lx: Lexicon, s: string): { place: boolean; org: boolean; base: string } | undefined {
  return lx.memoName.getOrCompute(s, (w) => lookupName0(lx, w) ?? null) ?? undefined;
}

function lookupName0(lx: Lexicon, s: string): { place: boolean; org: boolean; base: string } | undefined {
  const g = gazetteer();
  if (g.has(s, lx.lang) || lx.orgs.has(s)) return { place: g.has(s, lx.lang), org: lx.orgs.has(s), base: s };
  for (const inf of lx.inflections) {
    if (s.length > inf.length + 2 && s.endsWith(inf)) {
      const b = s.slice(0, -inf.length);
      if (g.has(b, lx.lang) || lx.orgs.has(b)) return { place: g.has(b, lx.lang), org: lx.orgs.has(b), base: b };
    }
  }
  return undefined;
}

/** Per-token gazetteer feature strings for one sentence (word tags of each token plus multi-word matches). */
export function gazetteerTags(words: string[], lang: Lang): string[][] {
  const tags = multiWordTags(words, lang);
  for (let i = 0; i < words.length; i++) tags[i].push(...wordTags(words[i], lang));
  return tags;
}

/** True when the word may start a multi-word place or organisation name (a known proper prefix). */
export function startsMultiWord(w: string, lang: Lang): boolean {
  const lx = lexicon(lang);
  return gazetteer().prefixesOf(lang).has(w) || lx.orgPrefixes.has(w);
}

/**
 * The sentence-dependent gazetteer tags: names of two or more words ("gmB:<kind>" on the first word,
 * "gI:<kind>" on the others), longest match first at every start.
 */
export function multiWordTags(words: string[], lang: Lang, canStart?: (i: number) => boolean): string[][] {
  const lx = lexicon(lang);
  const g = gazetteer();
  const n = words.length;
  const tags: string[][] = Array.from({ length: n }, () => []);
  const maxW = Math.max(g.maxWordsOf(lang), lx.orgMaxWords);
  const prefixes = g.prefixesOf(lang);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (canStart ? !canStart(i) : !(prefixes.has(w) || lx.orgPrefixes.has(w))) continue;
    const c0 = w.charCodeAt(0);
    if (!(w[0] !== w[0].toLowerCase() || (c0 >= 97 && c0 <= 122))) continue;
    let s = w;
    for (let k = 2; k <= maxW && i + k <= n; k++) {
      s += " " + words[i + k - 1];
      let hit: string | undefined;
      if (g.has(s, lang)) hit = placeKind(g.lookup(s, lang));
      else if (lx.orgs.has(s)) hit = "O" + lx.orgs.get(s);
      if (hit) {
        tags[i].push(`gmB:${hit}`);
        for (let j = 1; j < k; j++) tags[i + j].push(`gI:${hit}`);
      }
      if (!prefixes.has(s) && !lx.orgPrefixes.has(s)) break;
    }
  }
  return tags;
}

/** The gazetteer tags of a word on its own: a known one-word name, generic word, first name, role, compound parts. */
export function wordTags(w: string, lang: Lang): string[] {
  const lx = lexicon(lang);
  const g = gazetteer();
  const tags: string[] = [];
  const c0 = w.charCodeAt(0);
  const upper = w[0] !== w[0].toLowerCase();
  if (upper || (c0 >= 97 && c0 <= 122)) {
    const r = lookupName(lx, w);
    if (r) {
      const hit = r.place ? placeKind(g.lookup(r.base, lang)) : "O" + (lx.orgs.get(r.base) ?? "org");
      if (r.base !== w) tags.push("ginfl");
      tags.push(`gB:${hit}`);
    }
  }
  if (lx.generic.has(w)) tags.push("ggen");
  if (g.firstNames.has(w)) tags.push("gfirst");
  if (isTitleWord(lx, w)) tags.push("gtitle");
  if (lx.honorifics.has(w)) tags.push("ghon");
  const dash = w.indexOf("-");
  if (dash > 0 && dash < w.length - 1) {
    const first = w.slice(0, dash), last = w.slice(w.lastIndexOf("-") + 1).toLowerCase();
    const r = lookupName(lx, first);
    if (r) tags.push(r.place ? "gpre:P" : "gpre:O");
    if (lx.orgCompoundHeads.has(last)) tags.push("gsuf:org");
    if (lx.locationCompoundHeads.has(last)) tags.push("gsuf:loc");
  }
  if (hasOrgHead(lx, w)) tags.push("ghead:org");
  if (lx.orgTails.has(w)) tags.push("gtail:org");
  if (upper && lx.locationHeads.has(w)) tags.push("ghead:loc");
  // a word that introduces an organisation or medium, also as a compound head where the language builds them ("Menschenrechtsorganisation")
  if (upper && (lx.titleCompounds ? endsWithAny(lx.introducers, w.toLowerCase()) : lx.introducers.set.has(w.toLowerCase()))) tags.push("gintro:org");
  return tags;
}

function placeKind(ps: { kind: string; population: number }[]): string {
  let k = "city", pop = 0;
  for (const p of ps) {
    if (p.kind === "country") return "Pcountry";
    if (p.kind === "place") k = "place";
    pop = Math.max(pop, p.population);
  }
  if (k === "place") return "Pplace";
  return pop >= 1e6 ? "Pcity1m" : pop >= 1e5 ? "Pcity100k" : "Pcity";
}
