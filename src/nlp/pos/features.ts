// Feature extraction shared by training (scripts/train-pos.ts) and tagging: word, affix, shape, context and
// lexicon features for one token given the tags already predicted to its left (greedy left-to-right).
import type { Lexicon } from "./lexicon.js";

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
    const c = w[i];
    let s: string;
    if (c >= "0" && c <= "9") s = "d";
    else if (c !== c.toLowerCase()) s = "X";
    else if (c !== c.toUpperCase()) s = "x";
    else s = c;
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

/** Sorted, "|"-joined word classes of a form in the lexicon ("" when unknown). */
export function lexClasses(lex: Lexicon | null, form: string): string {
  if (!lex) return "";
  const e = lex.get(form);
  if (!e) return "";
  const set = [...new Set(e.map((x) => x.cls))].sort();
  return set.join("|");
}

/** Lexicon classes for a token: exact form, else lower-/capitalised variant, else compound head or hyphen tail. */
export function tokenLexFeature(info: LexInfo, w: string): string {
  const lex = info.lexicon;
  if (!lex || !w) return "";
  let c = lexClasses(lex, w);
  if (c) return c;
  const lower = w.toLowerCase();
  if (lower !== w) {
    c = lexClasses(lex, lower);
    if (c) return "l:" + c;
  } else {
    const cap = w[0].toUpperCase() + w.slice(1);
    if (cap !== w) {
      c = lexClasses(lex, cap);
      if (c) return "c:" + c;
    }
  }
  const hy = w.lastIndexOf("-");
  if (hy > 0 && hy < w.length - 2) {
    const tail = w.slice(hy + 1);
    c = lexClasses(lex, tail) || lexClasses(lex, tail[0].toUpperCase() + tail.slice(1));
    if (c) return "h:" + c;
  }
  const k = compoundSplit(info, w);
  if (k > 0) return "k:" + lexClasses(lex, w[k].toUpperCase() + w.slice(k + 1));
  return "";
}

function known(lex: Lexicon, s: string): boolean {
  if (lex.get(s)) return true;
  const cap = s[0].toUpperCase() + s.slice(1);
  if (cap !== s && lex.get(cap)) return true;
  const low = s.toLowerCase();
  return low !== s && lex.get(low) !== null;
}

/** Whether a compound's modifier is made of known words (with linking elements or verb stems), up to two parts. */
function modifierOk(info: LexInfo, m: string, depth: number): boolean {
  const lex = info.lexicon!;
  if (m.length < 3) return false;
  const cands = [m];
  for (const link of info.compoundLinks ?? []) if (m.length - link.length >= 3 && m.endsWith(link)) cands.push(m.slice(0, -link.length));
  for (const c of cands) {
    if (known(lex, c)) return true;
    for (const e of info.compoundStemEndings ?? []) if (lex.get(c.toLowerCase() + e)) return true;
  }
  if (depth > 0) return false;
  for (const c of cands) {
    for (let j = 3; j <= c.length - 3; j++) {
      if (known(lex, c.slice(j)) && modifierOk(info, c.slice(0, j), depth + 1)) return true;
    }
  }
  return false;
}

/**
 * Split point of an unknown capitalised compound ("Stadtrat" -> 5): the longest known head of at least
 * compoundHeadMin letters whose modifier is itself made of known words; -1 when there is none.
 */
export function compoundSplit(info: LexInfo, w: string): number {
  const lex = info.lexicon;
  const min = info.compoundHeadMin;
  if (!lex || min <= 0 || w.length < min + 3 || w[0] === w[0].toLowerCase()) return -1;
  for (let k = 3; k <= w.length - min; k++) {
    const head = w[k].toUpperCase() + w.slice(k + 1);
    if (lex.get(head) && modifierOk(info, w.slice(0, k), 0)) return k;
  }
  return -1;
}

/** Per-word strings used by the neighbours' features, built once per distinct word (their hashes stay cached). */
export interface WordRec {
  lower: string;
  lex: string;
  shape: string;
  w1: string; w1s3: string; w2: string; n1: string; n1s3: string; n2: string;
  xn1: string; xp1: string; xn2: string; nsh: string;
}

function wordRec(info: LexInfo, w: string): WordRec {
  const l = w.toLowerCase();
  const lex = cachedLexFeature(info, w);
  const sh = shape(w);
  return {
    lower: l, lex, shape: sh,
    w1: "w1=" + l, w1s3: "w1s3=" + l.slice(-3), w2: "w2=" + l,
    n1: "n1=" + l, n1s3: "n1s3=" + l.slice(-3), n2: "n2=" + l,
    xn1: "xn1=" + lex, xp1: "xp1=" + lex, xn2: "xn2=" + lex, nsh: "nsh=" + sh,
  };
}

const recCaches = new WeakMap<LexInfo, Map<string, WordRec>>();

function cachedWordRec(info: LexInfo, w: string): WordRec {
  let cache = recCaches.get(info);
  if (!cache) recCaches.set(info, (cache = new Map()));
  let r = cache.get(w);
  if (r === undefined) {
    r = wordRec(info, w);
    if (cache.size >= 100_000) cache.clear();
    cache.set(w, r);
  }
  return r;
}

const START_REC: WordRec = {
  lower: "<s>", lex: "<s>", shape: "<s>", w1: "w1=<s>", w1s3: "w1s3=<s>", w2: "w2=<s>", n1: "n1=<s>", n1s3: "n1s3=<s>",
  n2: "n2=<s>", xn1: "xn1=<s>", xp1: "xp1=<s>", xn2: "xn2=<s>", nsh: "nsh=<s>",
};
const END_REC: WordRec = {
  lower: "</s>", lex: "</s>", shape: "</s>", w1: "w1=</s>", w1s3: "w1s3=</s>", w2: "w2=</s>", n1: "n1=</s>",
  n1s3: "n1s3=/s>", n2: "n2=</s>", xn1: "xn1=</s>", xp1: "xp1=</s>", xn2: "xn2=</s>", nsh: "nsh=</s>",
};

export interface SentenceContext {
  words: string[];
  recs: WordRec[];
  lower: string[];
  lex: string[];
  shapes: string[];
  /** Per token: the clause classes found among the tokens to its right, up to the next punctuation. */
  right: string[];
}

const lexCaches = new WeakMap<LexInfo, Map<string, string>>();

/** tokenLexFeature with a per-LexInfo cache. */
export function cachedLexFeature(info: LexInfo, w: string): string {
  let cache = lexCaches.get(info);
  if (!cache) lexCaches.set(info, (cache = new Map()));
  let c = cache.get(w);
  if (c === undefined) {
    c = tokenLexFeature(info, w);
    if (cache.size >= 100_000) cache.clear();
    cache.set(w, c);
  }
  return c;
}

export function sentenceContext(words: string[], info: LexInfo): SentenceContext {
  const recs = words.map((w) => cachedWordRec(info, w));
  const lex = recs.map((r) => r.lex);
  const right: string[] = new Array(words.length);
  let seen = new Set<string>();
  for (let i = words.length - 1; i >= 0; i--) {
    right[i] = seen.size ? [...seen].sort().join("|") : "-";
    if (PUNCT_RE.test(words[i])) seen = new Set();
    else if (lex[i]) for (const c of info.clauseClasses) if (hasClass(lex[i], c)) seen.add(c);
  }
  return { words, recs, lower: recs.map((r) => r.lower), lex, shapes: recs.map((r) => r.shape), right };
}

const PUNCT_RE = /^[.,;:!?()\[\]„“”"–—-]+$/;

/** Whether a "|"-joined class string (possibly with a "l:" style prefix) contains class c. */
function hasClass(classes: string, c: string): boolean {
  const s = classes.indexOf(":") >= 0 ? classes.slice(classes.indexOf(":") + 1) : classes;
  return ("|" + s + "|").includes("|" + c + "|");
}

const START = "<s>";
const END = "</s>";

/** Features that depend on the word alone (their weights can be summed once per word and cached). */
export function staticFeatures(w: string, lower: string, lex: string, shp: string, out: string[], k: number): number {
  const l = lower;
  out[k++] = "b";
  out[k++] = "w=" + w;
  out[k++] = "l=" + l;
  out[k++] = "s1=" + l.slice(-1);
  out[k++] = "s2=" + l.slice(-2);
  out[k++] = "s3=" + l.slice(-3);
  out[k++] = "s4=" + l.slice(-4);
  out[k++] = "s5=" + l.slice(-5);
  out[k++] = "f1=" + w.slice(0, 1);
  out[k++] = "f3=" + l.slice(0, 3);
  out[k++] = "sh=" + shp;
  out[k++] = "len=" + (w.length > 12 ? 12 : w.length);
  out[k++] = "x=" + lex;
  // each lexicon class on its own, so rare class combinations still share evidence
  if (lex) {
    const c = lex.indexOf(":");
    const pre = c >= 0 ? lex.slice(0, c + 1) : "";
    for (const cls of (c >= 0 ? lex.slice(c + 1) : lex).split("|")) out[k++] = "xc=" + pre + cls;
  }
  return k;
}

/** Features that depend on the context: neighbouring words and tags (and, in the second pass, first-pass tags). */
export function dynamicFeatures(
  ctx: SentenceContext, i: number, p1: string, p2: string, out: string[], k: number, first?: string[],
): number {
  const l = ctx.lower[i];
  const n = ctx.words.length;
  const prev = i > 0 ? ctx.recs[i - 1] : START_REC;
  const prev2 = i > 1 ? ctx.recs[i - 2] : START_REC;
  const next = i + 1 < n ? ctx.recs[i + 1] : END_REC;
  const next2 = i + 2 < n ? ctx.recs[i + 2] : END_REC;
  const lw1 = prev.lower;
  const nw1 = next.lower;
  const lx = ctx.lex[i];
  const nlx = next.lex;
  const plx = prev.lex;
  const sh = ctx.shapes[i];
  const nsh = next.shape;
  const s3 = l.slice(-3);
  out[k++] = "sh0=" + sh + (i === 0 ? "^" : "");
  out[k++] = "t1=" + p1;
  out[k++] = "t2=" + p2;
  out[k++] = "t12=" + p1 + " " + p2;
  out[k++] = "t1w=" + p1 + " " + l;
  out[k++] = "t1s3=" + p1 + " " + s3;
  out[k++] = prev.w1;
  out[k++] = prev.w1s3;
  out[k++] = prev2.w2;
  out[k++] = next.n1;
  out[k++] = next.n1s3;
  out[k++] = next2.n2;
  out[k++] = "wn1=" + l + " " + nw1;
  out[k++] = "w1w=" + lw1 + " " + l;
  out[k++] = "xs=" + lx + " " + sh + (i === 0 ? "^" : "");
  out[k++] = "xt1=" + lx + " " + p1;
  out[k++] = "xn=" + lx + " " + nlx;
  out[k++] = next.xn1;
  out[k++] = prev.xp1;
  out[k++] = next.nsh;
  out[k++] = "wnx=" + l + " " + nlx;
  out[k++] = "wnsh=" + l + " " + nsh;
  out[k++] = "rc=" + l + " " + ctx.right[i];
  out[k++] = "xrc=" + lx + " " + ctx.right[i];
  out[k++] = next2.xn2;
  out[k++] = "xp1s3=" + plx + " " + s3;
  if (first) {
    // second pass: the first pass's tags of this and the following tokens
    const r0 = first[i];
    const r1 = i + 1 < n ? first[i + 1] : END;
    const r2 = i + 2 < n ? first[i + 2] : END;
    out[k++] = "r0=" + r0;
    out[k++] = "r1=" + r1;
    out[k++] = "r12=" + r1 + " " + r2;
    out[k++] = "r0r1=" + r0 + " " + r1;
    out[k++] = "p1r1=" + p1 + " " + r1;
    out[k++] = "r1w=" + r1 + " " + l;
    out[k++] = "r0w=" + r0 + " " + l;
  }
  return k;
}

/**
 * All feature strings for token i (training); p1/p2 are the tags of tokens i-1 and i-2. With a domain prefix
 * every feature is also emitted prefixed (feature augmentation, Daumé 2007): the general copies learn from all
 * training treebanks, the prefixed copies learn the annotation conventions of the target treebank; the
 * exported model adds the two copies up, so tagging needs no prefixed features.
 */
export function features(
  ctx: SentenceContext, i: number, p1: string, p2: string, out: string[], domain = "", first?: string[],
): number {
  let k = staticFeatures(ctx.words[i], ctx.lower[i], ctx.lex[i], ctx.shapes[i], out, 0);
  k = dynamicFeatures(ctx, i, p1, p2, out, k, first);
  if (domain) {
    const m = k;
    for (let j = 0; j < m; j++) out[k++] = domain + out[j];
  }
  return k;
}
