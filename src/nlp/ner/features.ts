// Feature extraction for the NER tagger, shared by training (scripts/train-ner.ts) and tagging so both see the
// same features. Features fall into three groups so that the tagger can cache the first two per word form:
// intrinsic (the word itself), neighbour (the word seen from a position -2..+2) — both defined once, in
// wordFeatures, which spells them into a FeatureSink (strings for training, character hashes for the tagger) —
// and contextual (pairs and gazetteer matches that depend on the sentence).
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Lang } from "../../schema/index.js";
import { optionalProjectFile } from "../../geo/gazetteer.js";
import { BoundedCache } from "../cache.js";
import { gazetteerTags } from "./lexicon.js";
import { hasLanguage, languagePack } from "../../lang/registry.js";
import { posModel } from "../pos/index.js";

export function shape(w: string): string {
  let out = "";
  for (let k = 0; k < w.length && out.length < 8; k++) {
    const code = w.charCodeAt(k);
    // ASCII by code (no per-character case conversion); other characters by their case mappings
    if (code >= 48 && code <= 57) out += "d";
    else if (code >= 65 && code <= 90) out += "X";
    else if (code >= 97 && code <= 122) out += "x";
    else if (code < 128) out += w[k];
    else {
      const ch = w[k];
      out += ch !== ch.toLowerCase() ? "X" : ch !== ch.toUpperCase() ? "x" : ch;
    }
  }
  return out;
}

export function shortShape(w: string): string {
  const s = shape(w.length > 8 ? w.slice(0, 4) + w.slice(-4) : w);
  let out = "";
  for (const c of s) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** Common-noun and adjective forms of a language (models/ner-lexicon-<lang>.json.gz), when the project has them. */
export interface WordLexicon {
  nouns: Set<string>;
  adjectives: Set<string>;
  memo: BoundedCache<string, boolean>;
  /** Endings of inflected forms missing from the lists (the pack's commonNounEndings: "Netzwerke"). */
  endings: string[];
  /** Long words may be compounds whose head is a listed noun (the syntax hook closedCompounds: "Konsulatspersonal"). */
  compounds: boolean;
  /** Lower-cased words that name persons, places or groups, with their classes ("ohio" -> "L"), where the lexicon has them. */
  names?: Map<string, string>;
}
const wordLexicons: Partial<Record<Lang, WordLexicon | null>> = {};
export function wordLexicon(lang: Lang): WordLexicon | null {
  const known = wordLexicons[lang];
  if (known !== undefined) return known;
  let lx: WordLexicon | null = null;
  const pack = hasLanguage(lang) ? languagePack(lang) : undefined;
  const endings = pack?.entities.commonNounEndings ?? [], compounds = pack?.syntax.closedCompounds ?? false;
  const path = optionalProjectFile(`models/ner-lexicon-${lang}.json.gz`); // "models/ner-lexicon-de.json.gz"; none for English
  if (path) {
    const d = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as { nouns: string[]; adjectives: string[]; names?: Record<string, string> };
    lx = { nouns: new Set(d.nouns), adjectives: new Set(d.adjectives), memo: new BoundedCache(100000), endings, compounds };
    if (d.names) lx.names = new Map(Object.entries(d.names));
  }
  wordLexicons[lang] = lx;
  return lx;
}

/** Forgets the memoised common-word answers (benchmarks of unseen text). */
export function clearCommonWordMemos(): void {
  for (const wl of Object.values(wordLexicons)) wl?.memo.clear();
}

/** True when the word form is an ordinary noun or adjective of the language (false when the language has no lexicon). */
export function isCommonWord(w: string, lang: Lang): boolean {
  const wl = wordLexicon(lang);
  if (!wl) return false;
  return wl.memo.getOrCompute(w, (x) => commonWord(wl, x));
}

function commonWord(wl: WordLexicon, w: string): boolean {
  if (wl.nouns.has(w) || wl.adjectives.has(w) || wl.adjectives.has(w.toLowerCase())) return true;
  // plural/inflected forms missing from the list ("Netzwerke")
  for (const end of wl.endings) if (w.length > end.length + 3 && w.endsWith(end) && wl.nouns.has(w.slice(0, -end.length))) return true;
  // long compounds whose head is an ordinary noun ("Konsulatspersonal")
  if (wl.compounds && w.length >= 12 && !w.includes("-")) {
    for (let k = 3; k <= w.length - 5; k++) {
      const head = w[k].toUpperCase() + w.slice(k + 1);
      if (wl.nouns.has(head)) return true;
    }
  }
  return false;
}

/** Per language: word form -> its word classes in the POS full-form lexicon, sorted and joined ("Berlin" -> "G", "Bayern" -> "N", "" unlisted). */
const lexClassMemos: Partial<Record<Lang, BoundedCache<string, string>>> = {};
export function lexClasses(w: string, lang: Lang): string {
  const memo = (lexClassMemos[lang] ??= new BoundedCache(100000));
  return memo.getOrCompute(w, (x) => {
    const entries = posModel(lang)?.lexInfo.lexicon?.get(x);
    return entries ? [...new Set(entries.map((e) => e.cls))].sort().join("") : "";
  });
}

export const BOS = "<s>", EOS = "</s>";

/**
 * Receives the per-word features as pieces of their strings: begin(), feed(piece[, from, to])..., end(slot), where
 * slot 0 is the word itself and slots 1..4 the word seen from OFFSETS[slot - 1] ("p3=" + l.slice(0, 3) arrives as
 * begin(); feed("p3="); feed(l, 0, 3); end(0)). Training collects the strings, the tagger hashes the pieces.
 */
export interface FeatureSink {
  begin(): void;
  feed(s: string, from?: number, to?: number): void;
  end(slot: number): void;
}

/** Slot bits for wordFeatures: bit 0 the word itself, bit s the neighbour slot s (1..4). */
export const ALL_SLOTS = 0b11111;
export const NEIGHBOUR_SLOTS = 0b11110;

const PREFIX_TAGS = ["", "p1=", "p2=", "p3=", "p4="];
const SUFFIX_TAGS = ["", "s1=", "s2=", "s3=", "s4=", "s5="];
/** The neighbour positions, in slot order (slot s is OFFSETS[s - 1]). */
export const OFFSETS = [-2, -1, 1, 2];
/** The offsets as written in feature names ("-1", "+2"). */
export const OFFSET_TAGS = OFFSETS.map((off) => (off < 0 ? String(off) : "+" + off));

/** One feature of up to three pieces ("lexN|ss=" + ss). */
function one(sink: FeatureSink, slot: number, a: string, b?: string): void {
  sink.begin(); sink.feed(a); if (b !== undefined) sink.feed(b); sink.end(slot);
}

/**
 * The one definition of the per-word NER features, in the order the tagger sums their weights: the word's own
 * features (intrinsic, slot 0) and its neighbour features (BOS/EOS stand for themselves there).
 */
export function wordFeatures(w: string, lang: Lang, sink: FeatureSink, slots = ALL_SLOTS): void {
  const edge = w === BOS || w === EOS;
  const lower = w.toLowerCase(), short = shortShape(w);
  const listed = (slots & 1) !== 0 && ownFeatures(w, lower, short, lang, sink);
  if ((slots & NEIGHBOUR_SLOTS) === 0) return;
  const ss = edge ? w : short, l = edge ? w : lower;
  const common = !edge && (listed || isCommonWord(w, lang));
  for (let slot = 1; slot <= 4; slot++) {
    if ((slots & (1 << slot)) === 0) continue;
    const off = OFFSETS[slot - 1], tag = OFFSET_TAGS[slot - 1];
    sink.begin(); sink.feed("l"); sink.feed(tag); sink.feed("="); sink.feed(l); sink.end(slot);
    sink.begin(); sink.feed("ss"); sink.feed(tag); sink.feed("="); sink.feed(ss); sink.end(slot);
    if (off !== -1 && off !== 1) continue;
    sink.begin(); sink.feed("s3"); sink.feed(tag); sink.feed("="); sink.feed(l, Math.max(0, l.length - 3)); sink.end(slot);
    if (common) one(sink, slot, "lexC", tag);
    if (!edge) { sink.begin(); sink.feed("pc"); sink.feed(tag); sink.feed("="); sink.feed(lexClasses(w, lang)); sink.end(slot); }
  }
}

/** The word's own features into slot 0; returns whether the word is a listed noun or adjective. */
function ownFeatures(w: string, l: string, ss: string, lang: Lang, sink: FeatureSink): boolean {
  one(sink, 0, "b"); one(sink, 0, "w=", w); one(sink, 0, "l=", l); one(sink, 0, "sh=", shape(w)); one(sink, 0, "ss=", ss);
  const len = l.length;
  for (let k = 1; k <= 4 && k <= len; k++) { sink.begin(); sink.feed(PREFIX_TAGS[k]); sink.feed(l, 0, k); sink.end(0); }
  for (let k = 1; k <= 5 && k <= len; k++) { sink.begin(); sink.feed(SUFFIX_TAGS[k]); sink.feed(l, len - k, len); sink.end(0); }
  const dash = w.indexOf("-");
  if (dash > 0) { one(sink, 0, "dp=", l.slice(0, dash)); one(sink, 0, "dl=", l.slice(l.lastIndexOf("-") + 1)); }
  if (len > 2 && w === w.toUpperCase() && w !== l) one(sink, 0, "allcaps");
  // the word's classes in the POS lexicon, and those of its lower-case form ("Deutschen": "pc=N", "pcl=A")
  const cls = lexClasses(w, lang);
  one(sink, 0, "pc=", cls);
  if (w !== l) one(sink, 0, "pcl=", lexClasses(l, lang));
  const wl = wordLexicon(lang);
  if (!wl) return false;
  // each big-set probe once (they miss the CPU caches): a listed form is a common word without asking isCommonWord
  const noun = wl.nouns.has(w), adjW = wl.adjectives.has(w), adjL = w === l ? adjW : wl.adjectives.has(l);
  const adj = adjW || adjL;
  if (noun) { one(sink, 0, "lexN"); one(sink, 0, "lexN|ss=", ss); }
  if (adj) { one(sink, 0, "lexA"); one(sink, 0, "lexA|ss=", ss); }
  if (dash > 0 && wl.nouns.has(w.slice(w.lastIndexOf("-") + 1))) one(sink, 0, "lexNtail");
  if (w !== l && !noun && !adjL && !isCommonWord(w, lang)) { one(sink, 0, "capUnk"); one(sink, 0, "capUnk|ss=", ss); }
  // a capitalised word the lexicon knows as a name of a person, place or group ("Ohio": "lexName=L")
  const named = w !== l ? wl.names?.get(l) : undefined;
  if (named) one(sink, 0, "lexName=", named);
  return noun || adj;
}

/** Collects the features of wordFeatures as strings, one list per slot. */
class StringSink implements FeatureSink {
  private current = "";
  readonly slots: string[][] = [[], [], [], [], []];
  begin(): void { this.current = ""; }
  feed(s: string, from = 0, to = s.length): void { this.current += from === 0 && to >= s.length ? s : s.slice(from, to); }
  end(slot: number): void { this.slots[slot].push(this.current); }
}

/** wordFeatures as strings, one fresh list per slot ("Berlin" -> [["b", "w=Berlin", ...], ["l-2=berlin"], ...]). */
export function wordFeatureStrings(w: string, lang: Lang, slots = ALL_SLOTS): string[][] {
  const sink = new StringSink();
  wordFeatures(w, lang, sink, slots);
  return sink.slots;
}

/** Features of the word itself. */
export function intrinsicFeatures(w: string, lang: Lang): string[] {
  return wordFeatureStrings(w, lang, 1)[0];
}

/** neighborFeatures for every offset of OFFSETS (same strings, the word's forms computed once). */
export function neighborFeaturesAll(w: string, lang: Lang): string[][] {
  return wordFeatureStrings(w, lang, NEIGHBOUR_SLOTS).slice(1);
}

/** Features of a word seen from the token at distance `off` (-2, -1, 1, 2); BOS/EOS outside the sentence. */
export function neighborFeatures(w: string, off: number, lang: Lang): string[] {
  const slot = OFFSETS.indexOf(off) + 1;
  return wordFeatureStrings(w, lang, 1 << slot)[slot];
}

export interface SentenceInfo { words: string[]; lower: string[]; sh: string[]; gaz: string[][] }

export function sentenceInfo(words: string[], lang: Lang): SentenceInfo {
  return { words, lower: words.map((w) => w.toLowerCase()), sh: words.map(shortShape), gaz: gazetteerTags(words, lang) };
}

/**
 * Pair templates: name, and which items they join. Item kinds: "l" lower-cased word, "s" short shape;
 * offsets relative to the token. A pair feature string is `${name}=${left}|${right}`.
 */
export const PAIR_TEMPLATES: { name: string; left: ["l" | "s", number]; right: ["l" | "s", number] }[] = [
  { name: "ss-1|ss", left: ["s", -1], right: ["s", 0] },
  { name: "ss|ss+1", left: ["s", 0], right: ["s", 1] },
  { name: "l-1|l", left: ["l", -1], right: ["l", 0] },
  { name: "l|l+1", left: ["l", 0], right: ["l", 1] },
  { name: "l-1|ss", left: ["l", -1], right: ["s", 0] },
];

/** The item of a pair template for token i (BOS/EOS outside the sentence). */
export function pairItem(s: SentenceInfo, kind: "l" | "s", k: number): string {
  return k < 0 ? BOS : k >= s.words.length ? EOS : kind === "l" ? s.lower[k] : s.sh[k];
}

/** Features that depend on the sentence apart from the word pairs: sentence start and gazetteer matches. */
export function gazetteerContextFeatures(s: SentenceInfo, i: number): string[] {
  const n = s.words.length, sh = s.sh[i];
  const f: string[] = [];
  if (i === 0) f.push("first", "first|ss=" + sh);
  for (const g of s.gaz[i]) f.push(g, g + "|ss=" + sh);
  if (i > 0) for (const g of s.gaz[i - 1]) f.push("-1" + g);
  if (i + 1 < n) for (const g of s.gaz[i + 1]) f.push("+1" + g);
  return f;
}

/** Features that depend on the sentence: word pairs and gazetteer matches around the token. */
export function contextFeatures(s: SentenceInfo, i: number): string[] {
  const f = PAIR_TEMPLATES.map((t) => `${t.name}=${pairItem(s, t.left[0], i + t.left[1])}|${pairItem(s, t.right[0], i + t.right[1])}`);
  f.push(...gazetteerContextFeatures(s, i));
  return f;
}


/** All feature strings for every token of one sentence (training; the tagger computes the same set with caches). */
export function sentenceFeatures(words: string[], lang: Lang): string[][] {
  const info = sentenceInfo(words, lang);
  const n = words.length;
  return words.map((w, i) => {
    const f = intrinsicFeatures(w, lang);
    for (const o of OFFSETS) f.push(...neighborFeatures(i + o < 0 ? BOS : i + o >= n ? EOS : words[i + o], o, lang));
    f.push(...contextFeatures(info, i));
    return f;
  });
}
