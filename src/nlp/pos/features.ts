// Feature extraction shared by training (scripts/train-pos.ts) and tagging: word, affix, shape, context and
// lexicon features for one token given the tags already predicted to its left (greedy left-to-right).
// Features are 32-bit integers: a template number mixed with hashes of its parts. Everything that depends on
// one word alone (its string hashes, lexicon classes, static feature ids) is computed once per distinct word
// and cached in a WordRec, so tagging a token costs a few integer mixes and table probes, no strings.
import type { Lexicon } from "./lexicon.js";
import { BoundedCache } from "../cache.js";

export interface LexInfo {
  lexicon: Lexicon | null;
  /** Minimum compound head length for decompounding unknown capitalised words (0 = off). */
  compoundHeadMin: number;
  /** Linking elements between compound parts ("Bund-es-minister"), and endings that turn a stem into a verb ("Fahr-zeug"). */
  compoundLinks?: string[];
  compoundStemEndings?: string[];
  /** Lexicon classes looked for to the right of a word in its clause (participles, infinitives: auxiliaries). */
  clauseClasses: string[];
}

/** Compact word shape: "Xx", "x", "d", "X", "d.d", "Xx-Xx" (runs collapsed). */
export function shape(w: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const code = w.charCodeAt(i);
    let s: string;
    if (code >= 48 && code <= 57) s = "d";
    else if (code >= 65 && code <= 90) s = "X";
    else if (code >= 97 && code <= 122) s = "x";
    else if (code < 128) s = w[i];
    else {
      const c = w[i];
      if (c !== c.toLowerCase()) s = "X";
      else if (c !== c.toUpperCase()) s = "x";
      else s = c;
    }
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

// ---------- hashing ----------

/** FNV-1a hash of s[from..to) (clamped), the same as hashStr(s.slice(from, to)). */
export function hashRange(s: string, from: number, to: number): number {
  if (from < 0) from = 0;
  if (to > s.length) to = s.length;
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** FNV-1a hash of a string, continued from `h`. */
export function hashStr(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function mix(h: number, v: number): number {
  v = Math.imul(v, 0xcc9e2d51);
  v = (v << 15) | (v >>> 17);
  v = Math.imul(v, 0x1b873593);
  h ^= v;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fin(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h | 0;
}

/** Feature id of template t with one or two integer parts (never 0). */
export function feat1(t: number, a: number): number {
  return fin(mix(t, a));
}
export function feat2(t: number, a: number, b: number): number {
  return fin(mix(mix(t, a), b));
}

/** Feature templates (numbers are part of the model: changing them needs retraining). */
export const T = {
  // static (word only)
  B: 1, W: 2, L: 3, S1: 4, S2: 5, S3: 6, S4: 7, S5: 8, F1: 9, F3: 10, SH: 11, LEN: 12, X: 13, XC: 14,
  // dynamic
  SH0: 20, T1: 21, T2: 22, T12: 23, T1W: 24, T1S3: 25, W1: 26, W1S3: 27, W2: 28, N1: 29, N1S3: 30, N2: 31,
  WN1: 32, W1W: 33, XS: 34, XT1: 35, XN: 36, XN1: 37, XP1: 38, NSH: 39, WNX: 40, WNSH: 41, RC: 42, XRC: 43,
  XN2: 44, XP1S3: 45,
  // second pass
  R0: 50, R1: 51, R12: 52, R0R1: 53, P1R1: 54, R1W: 55, R0W: 56,
} as const;

/** XOR applied to a feature id to make its target-domain copy (feature augmentation in training). */
export const DOMAIN_XOR = 0x5bd1e995;

// ---------- lexicon classes ----------

/** Lexicon classes for a token: exact form, else lower-/capitalised variant, else compound head or hyphen tail. */
export function tokenLexFeature(info: LexInfo, w: string, out?: { split: number }): string {
  const lex = info.lexicon;
  if (!lex || !w) return "";
  let c = lex.classes(w);
  if (c) return c;
  const lower = w.toLowerCase();
  if (lower !== w) {
    c = lex.classes(lower);
    if (c) return "l:" + c;
  } else {
    const cap = w[0].toUpperCase() + w.slice(1);
    if (cap !== w) {
      c = lex.classes(cap);
      if (c) return "c:" + c;
    }
  }
  const hy = w.lastIndexOf("-");
  if (hy > 0 && hy < w.length - 2) {
    const tail = w.slice(hy + 1);
    c = lex.classes(tail) || lex.classes(tail[0].toUpperCase() + tail.slice(1));
    if (c) return "h:" + c;
  }
  const k = compoundSplit(info, w);
  if (out) out.split = k;
  if (k > 0) return "k:" + lex.classes(w[k].toUpperCase() + w.slice(k + 1));
  return "";
}

function known(lex: Lexicon, s: string): boolean {
  if (lex.has(s)) return true;
  const cap = s[0].toUpperCase() + s.slice(1);
  if (cap !== s && lex.has(cap)) return true;
  const low = s.toLowerCase();
  return low !== s && lex.has(low);
}

/** Whether a compound's modifier is made of known words (with linking elements or verb stems), up to two parts. */
function modifierOk(info: LexInfo, m: string, depth: number): boolean {
  const lex = info.lexicon!;
  if (m.length < 3) return false;
  const cands = [m];
  for (const link of info.compoundLinks ?? []) if (m.length - link.length >= 3 && m.endsWith(link)) cands.push(m.slice(0, -link.length));
  for (const c of cands) {
    if (known(lex, c)) return true;
    for (const e of info.compoundStemEndings ?? []) if (lex.has(c.toLowerCase() + e)) return true;
  }
  if (depth > 0) return false;
  for (const c of cands) {
    for (let j = 3; j <= c.length - 3; j++) {
      if (known(lex, c.slice(j)) && modifierOk(info, c.slice(0, j), depth + 1)) return true;
    }
  }
  return false;
}

/** Words longer than this are not decompounded (bounds the lookups spent on one unknown word). */
const COMPOUND_MAX_LEN = 40;

/**
 * Split point of an unknown capitalised compound ("Stadtrat" -> 5): the longest known head of at least
 * compoundHeadMin letters whose modifier is itself made of known words; -1 when there is none.
 */
export function compoundSplit(info: LexInfo, w: string): number {
  const lex = info.lexicon;
  const min = info.compoundHeadMin;
  if (!lex || min <= 0 || w.length < min + 3 || w.length > COMPOUND_MAX_LEN) return -1;
  const c0 = w.charCodeAt(0);
  // capitalised words only (A-Z, umlauts); cheap test before any case mapping
  if (!((c0 >= 65 && c0 <= 90) || c0 === 196 || c0 === 214 || c0 === 220 || (c0 > 127 && w[0] !== w[0].toLowerCase()))) return -1;
  for (let k = 3; k <= w.length - min; k++) {
    const head = w[k].toUpperCase() + w.slice(k + 1);
    if (lex.has(head) && modifierOk(info, w.slice(0, k), 0)) return k;
  }
  return -1;
}

// ---------- per-word records ----------

/** Everything about one distinct word that its own and its neighbours' features need. */
export interface WordRec {
  form: string;
  lower: string;
  /** Lexicon classes ("N|V", "l:A", "k:N"; "" when unknown). */
  lex: string;
  /** Hashes: lower-cased form, its last three letters, the lexicon class string, the shape. */
  l: number;
  s3: number;
  x: number;
  sh: number;
  /** Bit c set when the word has lexicon class clauseClasses[c]. */
  rc: number;
  punct: boolean;
  /** Ids of the features that depend on the word alone. */
  stat: Int32Array;
  /** Per pass: summed static weights (filled by the model). */
  scores: (Float32Array | undefined)[];
  /** Compound split point (compoundSplit), -2 until computed. */
  split: number;
  /** Per tag index: the lemma (filled by the model). */
  lemmas: (string | undefined)[] | undefined;
}

const PUNCT_CHARS = ".,;:!?()[]„“”\"–—-";

function isPunct(w: string): boolean {
  if (!w) return false;
  for (let i = 0; i < w.length; i++) if (PUNCT_CHARS.indexOf(w[i]) < 0) return false;
  return true;
}

/** Whether a "|"-joined class string (possibly with a "l:" style prefix) contains class c. */
function hasClass(classes: string, c: string): boolean {
  const k = classes.indexOf(":");
  const s = k >= 0 ? classes.slice(k + 1) : classes;
  return ("|" + s + "|").includes("|" + c + "|");
}

/** The word's compound split point, computed once. */
export function recSplit(info: LexInfo, rec: WordRec): number {
  if (rec.split === -2) rec.split = compoundSplit(info, rec.form);
  return rec.split;
}

function makeRec(info: LexInfo, w: string): WordRec {
  const l = w.toLowerCase();
  const lexOut = { split: -2 };
  const lex = tokenLexFeature(info, w, lexOut);
  const split = lexOut.split;
  const sh = shape(w);
  let rc = 0;
  if (lex) for (let c = 0; c < info.clauseClasses.length; c++) if (hasClass(lex, info.clauseClasses[c])) rc |= 1 << c;
  const lH = hashStr(l), xH = hashStr(lex), shH = hashStr(sh), n = l.length;
  const s3 = hashRange(l, n - 3, n);
  const stat: number[] = [
    feat1(T.B, 0),
    feat1(T.W, hashStr(w)),
    feat1(T.L, lH),
    feat1(T.S1, hashRange(l, n - 1, n)),
    feat1(T.S2, hashRange(l, n - 2, n)),
    feat1(T.S3, s3),
    feat1(T.S4, hashRange(l, n - 4, n)),
    feat1(T.S5, hashRange(l, n - 5, n)),
    feat1(T.F1, hashRange(w, 0, 1)),
    feat1(T.F3, hashRange(l, 0, 3)),
    feat1(T.SH, shH),
    feat1(T.LEN, w.length > 12 ? 12 : w.length),
    feat1(T.X, xH),
  ];
  // each lexicon class on its own, so rare class combinations still share evidence
  if (lex) {
    const c = lex.indexOf(":");
    const pre = c >= 0 ? lex.slice(0, c + 1) : "";
    for (const cls of (c >= 0 ? lex.slice(c + 1) : lex).split("|")) stat.push(feat1(T.XC, hashStr(pre + cls)));
  }
  return {
    form: w, lower: l, lex, l: lH, s3, x: xH, sh: shH, rc, punct: isPunct(w),
    stat: Int32Array.from(stat), scores: [], lemmas: undefined, split,
  };
}

const BOUNDARY = (s: string): WordRec => ({
  form: s, lower: s, lex: s, l: hashStr(s), s3: hashStr(s), x: hashStr(s), sh: hashStr(s), rc: 0, punct: false,
  stat: new Int32Array(0), scores: [], lemmas: undefined, split: -1,
});

/** Words kept (about 1 KB each with their score blocks); the cache is emptied when it is full. */
const CACHE_MAX = 60_000;

/** Per-LexInfo cache of word records (emptied when a new word finds CACHE_MAX of them, as BoundedCache(CACHE_MAX - 1)). */
export class WordCache {
  private readonly map = new BoundedCache<string, WordRec>(CACHE_MAX - 1);
  /** Records standing for the positions before and after the sentence. */
  readonly start = BOUNDARY("<s>");
  readonly end = BOUNDARY("</s>");
  constructor(readonly info: LexInfo) {}

  get(w: string): WordRec {
    return this.map.get(w) ?? this.map.set(w, makeRec(this.info, w));
  }
}

export interface SentenceContext {
  recs: WordRec[];
  start: WordRec;
  end: WordRec;
  /** Per token: bit mask of the clause classes among the tokens to its right, up to the next punctuation. */
  right: Int32Array;
}

export function sentenceContext(words: readonly string[], cache: WordCache): SentenceContext {
  const n = words.length;
  const recs: WordRec[] = new Array(n);
  for (let i = 0; i < n; i++) recs[i] = cache.get(words[i]);
  const right = new Int32Array(n);
  let seen = 0;
  for (let i = n - 1; i >= 0; i--) {
    right[i] = seen;
    if (recs[i].punct) seen = 0;
    else seen |= recs[i].rc;
  }
  return { recs, right, start: cache.start, end: cache.end };
}

/** Tag index used for "before the sentence" (p1) and "two before" (p2), and after it (second pass). */
export const TAG_START = 1000, TAG_START2 = 1001, TAG_END = 1002;

/** Features of a word that depend on whether it starts the sentence (i0 = 1) or not. */
export function positionFeatures(rec: WordRec, i0: number, out: Int32Array, k: number): number {
  out[k++] = feat2(T.SH0, rec.sh, i0);
  out[k++] = feat2(T.XS, rec.x, rec.sh * 2 + i0);
  return k;
}

/** Neighbour roles: the word as token i-1, i-2, i+1, i+2 of the token being tagged. */
export const PREV = 0, PREV2 = 1, NEXT = 2, NEXT2 = 3;

/** Features of token i that depend on one neighbour word alone (cached per word and role at tagging time). */
export function neighbourFeatures(rec: WordRec, role: number, out: Int32Array, k: number): number {
  if (role === PREV) {
    out[k++] = feat1(T.W1, rec.l);
    out[k++] = feat1(T.W1S3, rec.s3);
    out[k++] = feat1(T.XP1, rec.x);
  } else if (role === PREV2) {
    out[k++] = feat1(T.W2, rec.l);
  } else if (role === NEXT) {
    out[k++] = feat1(T.N1, rec.l);
    out[k++] = feat1(T.N1S3, rec.s3);
    out[k++] = feat1(T.XN1, rec.x);
    out[k++] = feat1(T.NSH, rec.sh);
  } else {
    out[k++] = feat1(T.N2, rec.l);
    out[k++] = feat1(T.XN2, rec.x);
  }
  return k;
}

/** Features of the two previous tags alone. */
export function tagFeatures(p1: number, p2: number, out: Int32Array, k: number): number {
  out[k++] = feat1(T.T1, p1);
  out[k++] = feat1(T.T2, p2);
  out[k++] = feat2(T.T12, p1, p2);
  return k;
}

/**
 * Features that combine the word with its neighbours, its right context or the previous tag (and, in the second
 * pass, the first pass's tags). With `noIdentity` the features that name the word itself are left out.
 */
export function pairFeatures(
  ctx: SentenceContext, i: number, p1: number, out: Int32Array, k: number, first?: ArrayLike<number>, noIdentity = false,
): number {
  const recs = ctx.recs;
  const n = recs.length;
  const cur = recs[i];
  const prev = i > 0 ? recs[i - 1] : ctx.start;
  const next = i + 1 < n ? recs[i + 1] : ctx.end;
  const l = cur.l, s3 = cur.s3, lx = cur.x;
  const rc = ctx.right[i];
  if (!noIdentity) {
    out[k++] = feat2(T.T1W, p1, l);
    out[k++] = feat2(T.WN1, l, next.l);
    out[k++] = feat2(T.W1W, prev.l, l);
    out[k++] = feat2(T.WNX, l, next.x);
    out[k++] = feat2(T.WNSH, l, next.sh);
    out[k++] = feat2(T.RC, l, rc);
  }
  out[k++] = feat2(T.T1S3, p1, s3);
  out[k++] = feat2(T.XT1, lx, p1);
  out[k++] = feat2(T.XN, lx, next.x);
  out[k++] = feat2(T.XRC, lx, rc);
  out[k++] = feat2(T.XP1S3, prev.x, s3);
  if (first) {
    // second pass: the first pass's tags of this and the following tokens
    const r0 = first[i];
    const r1 = i + 1 < n ? first[i + 1] : TAG_END;
    const r2 = i + 2 < n ? first[i + 2] : TAG_END;
    out[k++] = feat1(T.R0, r0);
    out[k++] = feat1(T.R1, r1);
    out[k++] = feat2(T.R12, r1, r2);
    out[k++] = feat2(T.R0R1, r0, r1);
    out[k++] = feat2(T.P1R1, p1, r1);
    if (!noIdentity) {
      out[k++] = feat2(T.R1W, r1, l);
      out[k++] = feat2(T.R0W, r0, l);
    }
  }
  return k;
}

/**
 * Features that depend on the context: neighbouring words and tags (p1, p2: tag indices of tokens i-1, i-2;
 * in the second pass also the first pass's tag indices). With `noIdentity` the features that name the word
 * itself are left out (word dropout in training). Writes ids to out from k; returns the new end.
 */
export function dynamicFeatures(
  ctx: SentenceContext, i: number, p1: number, p2: number, out: Int32Array, k: number, first?: ArrayLike<number>, noIdentity = false,
): number {
  const recs = ctx.recs;
  const n = recs.length;
  k = positionFeatures(recs[i], i === 0 ? 1 : 0, out, k);
  k = neighbourFeatures(i > 0 ? recs[i - 1] : ctx.start, PREV, out, k);
  k = neighbourFeatures(i > 1 ? recs[i - 2] : ctx.start, PREV2, out, k);
  k = neighbourFeatures(i + 1 < n ? recs[i + 1] : ctx.end, NEXT, out, k);
  k = neighbourFeatures(i + 2 < n ? recs[i + 2] : ctx.end, NEXT2, out, k);
  k = tagFeatures(p1, p2, out, k);
  return pairFeatures(ctx, i, p1, out, k, first, noIdentity);
}

/** Static feature templates that name the word itself (left out under word dropout). */
const IDENTITY_STATIC = new Set([1, 2]); // indices in WordRec.stat: w=, l=

/**
 * All feature ids for token i (training). With `domain` every feature is also emitted as its domain copy
 * (feature augmentation, Daumé 2007): the general copies learn from all training treebanks, the domain copies
 * the annotation conventions of the target treebank; the exported model adds the two copies up, so tagging
 * needs no domain features. Returns the number of ids; the domain copies are the second half.
 */
export function features(
  ctx: SentenceContext, i: number, p1: number, p2: number, out: Int32Array, domain = false, first?: ArrayLike<number>, noIdentity = false,
): number {
  const stat = ctx.recs[i].stat;
  let k = 0;
  for (let j = 0; j < stat.length; j++) if (!noIdentity || !IDENTITY_STATIC.has(j)) out[k++] = stat[j];
  k = dynamicFeatures(ctx, i, p1, p2, out, k, first, noIdentity);
  if (domain) {
    const m = k;
    for (let j = 0; j < m; j++) out[k++] = out[j] ^ DOMAIN_XOR;
  }
  return k;
}
