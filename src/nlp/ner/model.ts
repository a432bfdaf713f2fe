// Structured (averaged) perceptron sequence tagger with BIO or BILOU labels (tagging answers BIO) and first-order Viterbi decoding.
// Trained by scripts/train-ner.ts on GermEval 2014; the model file is models/ner-de.txt.gz.
// Format (gzip text): line 1 "labels\t<l1> <l2> ...", line 2 "start\t<w...>", line 3 "trans\t<w...>" (row-major
// prev x cur), then one line per feature "<feature>\t<labelIndex>:<weight>,...".
// The per-word features are features.ts wordFeatures, the definition training spells as strings; the tagger feeds
// the same pieces to a WeightSink that looks each feature up by its character hash (hash.ts).
import { readFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Lang } from "../../schema/index.js";
import { intrinsicFeatures, neighborFeatures, neighborFeaturesAll, wordFeatures, ALL_SLOTS, NEIGHBOUR_SLOTS, gazetteerContextFeatures, sentenceInfo, pairItem, shortShape, PAIR_TEMPLATES, OFFSETS, BOS, EOS, type FeatureSink } from "./features.js";
import { begin, feed, key1, key2, hashString } from "./hash.js";
import { wordTags, multiWordTags, startsMultiWord } from "./lexicon.js";
import { BoundedCache } from "../cache.js";

export class NerModel {
  readonly labels: string[];
  readonly L: number;
  start: Float64Array;
  trans: Float64Array;
  /** feature -> packed (offset << 6 | count) into lab/wt. */
  private index = new Map<string, number>();
  private lab: Uint8Array;
  private wt: Float32Array;

  constructor(labels: string[], start: Float64Array, trans: Float64Array, feats: Map<string, [number, number][]>) {
    this.labels = labels;
    this.L = labels.length;
    this.start = start;
    this.trans = trans;
    let total = 0;
    for (const v of feats.values()) total += v.length;
    this.lab = new Uint8Array(total);
    this.wt = new Float32Array(total);
    let o = 0;
    for (const [f, v] of feats) {
      this.index.set(f, (o << 6) | v.length);
      for (const [li, w] of v) { this.lab[o] = li; this.wt[o] = w; o++; }
    }
  }

  /** The labels as BIO (the model's own labels may be BILOU). */
  private bioLabels?: string[];
  private get bio(): string[] { return (this.bioLabels ??= this.labels.map(toBio)); }

  get featureCount(): number { return this.index.size; }

  /** Per pair template: the left and right items that occur in some weighted feature (to skip building the others). */
  private pairSets?: { left: Set<string>; right: Set<string> }[];
  private pairGates(): { left: Set<string>; right: Set<string> }[] {
    if (!this.pairSets) {
      const byName = new Map(PAIR_TEMPLATES.map((t, k) => [t.name + "=", k]));
      const sets = PAIR_TEMPLATES.map(() => ({ left: new Set<string>(), right: new Set<string>() }));
      for (const f of this.index.keys()) {
        const eq = f.indexOf("=");
        const k = eq > 0 ? byName.get(f.slice(0, eq + 1)) : undefined;
        if (k === undefined) continue;
        const v = f.slice(eq + 1);
        for (const bar of [v.indexOf("|"), v.lastIndexOf("|")]) {
          if (bar < 0) continue;
          sets[k].left.add(v.slice(0, bar));
          sets[k].right.add(v.slice(bar + 1));
        }
      }
      this.pairSets = sets;
    }
    return this.pairSets;
  }

  /** Cached weight vector of one pair feature (null when the model has no weights for it). */
  private pairCache: Map<string, Map<string, Float32Array | null>>[] = PAIR_TEMPLATES.map(() => new Map());
  private pairCacheSize = 0;
  private pairVector(t: number, name: string, a: string, b: string): Float32Array | null {
    let m = this.pairCache[t].get(a);
    if (!m) { m = new Map(); this.pairCache[t].set(a, m); }
    let v = m.get(b);
    if (v === undefined) {
      if (++this.pairCacheSize > 300000) { this.pairCache = PAIR_TEMPLATES.map(() => new Map()); this.pairCacheSize = 0; }
      const f = `${name}=${a}|${b}`;
      v = this.index.has(f) ? this.vector([f]) : null;
      (this.pairCache[t].get(a) ?? this.pairCache[t].set(a, new Map()).get(a)!).set(b, v);
    }
    return v;
  }

  private addFeature(e: Float64Array, f: string): void {
    const p = this.index.get(f);
    if (p === undefined) return;
    const off = p >>> 6, cnt = p & 63;
    for (let k = 0; k < cnt; k++) e[this.lab[off + k]] += this.wt[off + k];
  }

  /** Emission scores, one Float64Array(L) per token. */
  emissions(feats: string[][]): Float64Array[] {
    const L = this.L;
    return feats.map((fs) => {
      const e = new Float64Array(L);
      for (const f of fs) {
        const p = this.index.get(f);
        if (p === undefined) continue;
        const off = p >>> 6, cnt = p & 63;
        for (let k = 0; k < cnt; k++) e[this.lab[off + k]] += this.wt[off + k];
      }
      return e;
    });
  }

  /** Summed weights of a feature list, per label. */
  private vector(fs: string[]): Float32Array {
    const v = new Float32Array(this.L);
    for (const f of fs) {
      const p = this.index.get(f);
      if (p === undefined) continue;
      const off = p >>> 6, cnt = p & 63;
      for (let k = 0; k < cnt; k++) v[this.lab[off + k]] += this.wt[off + k];
    }
    return v;
  }

  /** Per word form: weight vectors of its intrinsic features and of its neighbour features at -2, -1, +1, +2 (lazy). */
  private cache = new BoundedCache<string, (Float32Array | undefined)[]>(50000);
  private entry(w: string): (Float32Array | undefined)[] {
    return this.cache.get(w) ?? this.cache.set(w, [undefined, undefined, undefined, undefined, undefined]);
  }
  /** slot 0 = intrinsic, 1..4 = OFFSETS[slot - 1]. */
  private vec(c: (Float32Array | undefined)[], slot: number, w: string, lang: Lang): Float32Array {
    return (c[slot] ??= this.vector(slot === 0 ? intrinsicFeatures(w, lang) : neighborFeatures(w, OFFSETS[slot - 1], lang)));
  }

  /**
   * Pair features by integer ids: every item string that occurs in a pair feature gets an id; the key of a
   * pair (template t, left a, right b) is (t * M + a) * M + b. Built once, on first use.
   */
  private pairIds?: { vocab: Map<string, number>; table: PairTable };
  private pairIndex(): { vocab: Map<string, number>; table: PairTable } {
    if (this.pairIds) return this.pairIds;
    const byName = new Map(PAIR_TEMPLATES.map((t, k) => [t.name + "=", k]));
    const vocab = new Map<string, number>();
    const id = (x: string) => { let v = vocab.get(x); if (v === undefined) { v = vocab.size; vocab.set(x, v); } return v; };
    const pairs: [number, number, number, number][] = [];
    for (const [f, p] of this.index) {
      const eq = f.indexOf("=");
      const t = eq > 0 ? byName.get(f.slice(0, eq + 1)) : undefined;
      if (t === undefined) continue;
      const v = f.slice(eq + 1);
      // an item may itself contain "|": every split is registered (each spells the same feature string)
      for (let bar = v.indexOf("|"); bar >= 0; bar = v.indexOf("|", bar + 1)) pairs.push([t, id(v.slice(0, bar)), id(v.slice(bar + 1)), p]);
    }
    const table = new PairTable(pairs.length);
    for (const [t, a, b, p] of pairs) table.set(a * 8 + t, b, p);
    return (this.pairIds = { vocab, table });
  }

  /**
   * Per word form, everything the tagger needs that does not depend on the sentence: summed weights of its
   * intrinsic features and one-word gazetteer tags (as the token itself), of its neighbour features as seen
   * from offsets -2, -1, +1, +2 (with its gazetteer tags as the -1/+1 neighbour), of the sentence-start
   * features, plus the ids of its pair items.
   */
  private words = new BoundedCache<string, WordRec>(100000);
  private wordRec(w: string, lang: Lang): WordRec {
    let r = this.words.get(w);
    if (r) return r;
    const edge = w === BOS || w === EOS;
    const ss = edge ? w : shortShape(w);
    const { vocab } = this.pairIndex();
    r = { vec: this.hashedVectors(w, lang), ss, lid: vocab.get(edge ? w : w.toLowerCase()) ?? -1, sid: vocab.get(ss) ?? -1, multi: !edge && startsMultiWord(w, lang) };
    this.words.set(w, r);
    return r;
  }

  /** Feature key (hash.ts) -> packed (offset << 6 | count), built on first use; model features must not collide. */
  private htab?: PairTable;
  private hashTable(): PairTable {
    if (this.htab) return this.htab;
    const t = new PairTable(this.index.size);
    for (const [f, p] of this.index) {
      const [a, b] = hashString(f);
      if (t.get(a, b) >= 0) throw new Error(`lagebild: NER feature hash collision at ${JSON.stringify(f)}`);
      t.set(a, b, p);
    }
    return (this.htab = t);
  }

  /** Adds the weights of the feature whose characters were fed since begin() (hash.ts) to v[at..at+L). */
  private addHashed(t: PairTable, v: Float32Array, at: number): void {
    const p = t.get(key1(), key2());
    if (p < 0) return;
    const off = p >>> 6, cnt = p & 63;
    for (let k = 0; k < cnt; k++) v[at + this.lab[off + k]] += this.wt[off + k];
  }
  private addHashedStr(t: PairTable, v: Float32Array, at: number, a: string, b?: string, c?: string): void {
    begin(); feed(a); if (b !== undefined) feed(b); if (c !== undefined) feed(c);
    this.addHashed(t, v, at);
  }

  /**
   * The word's 7 weight vectors (see wordRec) with every feature looked up by its hash fed from characters:
   * the features of wordFeatures (features.ts) plus the one-word gazetteer tags, in the same order as stringVectors.
   */
  private hashedVectors(w: string, lang: Lang): Float32Array {
    const L = this.L, t = this.hashTable();
    const vec = new Float32Array(L * 7);
    const edge = w === BOS || w === EOS;
    const ss = edge ? w : shortShape(w);
    const sink = (this.weightSink ??= new WeightSink(t, this.lab, this.wt, L));
    sink.vec = vec;
    wordFeatures(w, lang, sink, edge ? NEIGHBOUR_SLOTS : ALL_SLOTS);
    const tags = edge ? [] : wordTags(w, lang);
    for (const g of tags) { this.addHashedStr(t, vec, 0, g); this.addHashedStr(t, vec, 0, g, "|ss=", ss); }
    // the gazetteer tags as the -1/+1 neighbour
    for (const g of tags) this.addHashedStr(t, vec, 2 * L, "-1", g);
    for (const g of tags) this.addHashedStr(t, vec, 3 * L, "+1", g);
    this.addHashedStr(t, vec, 5 * L, "first");
    this.addHashedStr(t, vec, 5 * L, "first|ss=", ss);
    return vec;
  }
  private weightSink?: WeightSink;

  /** The word's 7 weight vectors from the feature strings of features.ts (the reference for hashedVectors). */
  stringVectors(w: string, lang: Lang): Float32Array {
    const L = this.L;
    const vec = new Float32Array(L * 7);
    const edge = w === BOS || w === EOS;
    const ss = edge ? w : shortShape(w);
    const tags = edge ? [] : wordTags(w, lang);
    const self = edge ? [] : intrinsicFeatures(w, lang);
    for (const g of tags) self.push(g, g + "|ss=" + ss);
    this.addTo(vec, 0, self);
    const nbs = neighborFeaturesAll(w, lang);
    for (let slot = 1; slot <= 4; slot++) {
      const off = OFFSETS[slot - 1];
      const f = nbs[slot - 1];
      if (off === -1) for (const g of tags) f.push("-1" + g);
      if (off === 1) for (const g of tags) f.push("+1" + g);
      this.addTo(vec, slot * L, f);
    }
    this.addTo(vec, 5 * L, ["first", "first|ss=" + ss]);
    return vec;
  }

  /** hashedVectors, for tests against stringVectors. */
  wordVectors(w: string, lang: Lang): Float32Array { return this.hashedVectors(w, lang); }

  /** Forgets the per-word caches (benchmarks of unseen text). */
  clearCaches(): void { this.words.clear(); this.cache.clear(); }

  private addTo(v: Float32Array, at: number, fs: string[]): void {
    for (const f of fs) {
      const p = this.index.get(f);
      if (p === undefined) continue;
      const off = p >>> 6, cnt = p & 63;
      for (let k = 0; k < cnt; k++) v[at + this.lab[off + k]] += this.wt[off + k];
    }
  }

  /** Best label sequence for the words of one sentence (the training features, summed from per-word caches). */
  tagWords(words: string[], lang: Lang): string[] {
    const n = words.length, L = this.L;
    if (n === 0) return [];
    const recs: WordRec[] = new Array(n);
    let multi = false;
    for (let i = 0; i < n; i++) { recs[i] = this.wordRec(words[i], lang); multi ||= recs[i].multi; }
    const bos = this.wordRec(BOS, lang), eos = this.wordRec(EOS, lang);
    const ctx = multi ? multiWordTags(words, lang, (i) => recs[i].multi) : undefined;
    const { table } = this.pairIndex();
    const buf = new Float64Array(n * L);
    const T = PAIR_TEMPLATES.length;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      let v = recs[i].vec;
      for (let k = 0; k < L; k++) buf[o + k] = v[k];
      for (let slot = 1; slot <= 4; slot++) {
        const j = i + OFFSETS[slot - 1];
        v = (j < 0 ? bos : j >= n ? eos : recs[j]).vec;
        const at = slot * L;
        for (let k = 0; k < L; k++) buf[o + k] += v[at + k];
      }
      if (i === 0) { v = recs[0].vec; for (let k = 0; k < L; k++) buf[o + k] += v[5 * L + k]; }
      for (let t = 0; t < T; t++) {
        const tpl = PAIR_TEMPLATES[t];
        const ja = i + tpl.left[1], jb = i + tpl.right[1];
        const ra = ja < 0 ? bos : ja >= n ? eos : recs[ja];
        const a = tpl.left[0] === "l" ? ra.lid : ra.sid;
        if (a < 0) continue;
        const rb = jb < 0 ? bos : jb >= n ? eos : recs[jb];
        const b = tpl.right[0] === "l" ? rb.lid : rb.sid;
        if (b < 0) continue;
        const p = table.get(a * 8 + t, b);
        if (p < 0) continue;
        const off = p >>> 6, cnt = p & 63;
        for (let k = 0; k < cnt; k++) buf[o + this.lab[off + k]] += this.wt[off + k];
      }
      if (ctx) {
        const e = buf.subarray(o, o + L);
        for (const g of ctx[i]) { this.addFeature(e, g); this.addFeature(e, g + "|ss=" + recs[i].ss); }
        if (i > 0) for (const g of ctx[i - 1]) this.addFeature(e, "-1" + g);
        if (i + 1 < n) for (const g of ctx[i + 1]) this.addFeature(e, "+1" + g);
      }
    }
    return viterbiFlat(buf, n, this.start, this.trans, L, this.labels).map((k) => this.bio[k]);
  }

  /** The plain implementation of tagWords (feature strings per token); kept to check the cached one against. */
  tagWordsReference(words: string[], lang: Lang): string[] {
    const info = sentenceInfo(words, lang);
    const n = words.length, L = this.L;
    const gates = this.pairGates();
    const entries = words.map((w) => this.entry(w));
    const bos = this.entry(BOS), eos = this.entry(EOS);
    const em: Float64Array[] = new Array(n);
    const buf = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      const e = buf.subarray(i * L, (i + 1) * L);
      const v0 = this.vec(entries[i], 0, words[i], lang);
      for (let k = 0; k < L; k++) e[k] = v0[k];
      for (let slot = 1; slot <= 4; slot++) {
        const j = i + OFFSETS[slot - 1];
        const v = j < 0 ? this.vec(bos, slot, BOS, lang) : j >= n ? this.vec(eos, slot, EOS, lang) : this.vec(entries[j], slot, words[j], lang);
        for (let k = 0; k < L; k++) e[k] += v[k];
      }
      for (let t = 0; t < PAIR_TEMPLATES.length; t++) {
        const tpl = PAIR_TEMPLATES[t];
        const a = pairItem(info, tpl.left[0], i + tpl.left[1]);
        if (!gates[t].left.has(a)) continue;
        const b = pairItem(info, tpl.right[0], i + tpl.right[1]);
        if (!gates[t].right.has(b)) continue;
        const v = this.pairVector(t, tpl.name, a, b);
        if (v) for (let k = 0; k < L; k++) e[k] += v[k];
      }
      for (const f of gazetteerContextFeatures(info, i)) this.addFeature(e, f);
      em[i] = e;
    }
    return viterbi(em, this.start, this.trans, L, this.labels).map((k) => this.bio[k]);
  }

  /** Best label sequence (indices). */
  decode(feats: string[][]): number[] {
    return viterbi(this.emissions(feats), this.start, this.trans, this.L, this.labels);
  }

  static load(path: string): NerModel {
    if (!existsSync(path)) throw new Error(`lagebild: NER model missing: ${path} (run npm run train:ner)`);
    const text = gunzipSync(readFileSync(path)).toString("utf8");
    const lines = text.split("\n");
    const labels = lines[0].split("\t")[1].split(" ");
    const start = Float64Array.from(lines[1].split("\t")[1].split(" ").map(Number));
    const trans = Float64Array.from(lines[2].split("\t")[1].split(" ").map(Number));
    // weights straight into typed arrays (no per-pair allocations): a pair is "<label>:<weight>"
    const m = new NerModel(labels, start, trans, new Map());
    let cap = 1 << 18, lab = new Uint8Array(cap), wt = new Float32Array(cap), o = 0;
    for (let k = 3; k < lines.length; k++) {
      const line = lines[k];
      if (!line) continue;
      const tab = line.lastIndexOf("\t");
      const first = o;
      let p = tab + 1;
      // "<label>:<weight>" pairs parsed from the character codes (no substrings); a weight is [-]digits[.digits]
      const end = line.length;
      while (p < end) {
        if (o >= cap) { cap *= 2; const l2 = new Uint8Array(cap); l2.set(lab); lab = l2; const w2 = new Float32Array(cap); w2.set(wt); wt = w2; }
        let li = 0, c = line.charCodeAt(p);
        while (c !== 58 /* : */) { li = li * 10 + (c - 48); c = line.charCodeAt(++p); }
        c = line.charCodeAt(++p);
        let neg = false;
        if (c === 45 /* - */) { neg = true; c = line.charCodeAt(++p); }
        let mant = 0, scale = 1, frac = false, exact = true;
        while (p < end && c !== 44 /* , */) {
          if (c === 46 /* . */) frac = true;
          else if (c >= 48 && c <= 57) { mant = mant * 10 + (c - 48); if (frac) scale *= 10; }
          else exact = false;
          c = line.charCodeAt(++p);
        }
        lab[o] = li;
        if (exact) wt[o] = (neg ? -mant : mant) / scale;
        else { let q = p - 1; while (line.charCodeAt(q) !== 58) q--; wt[o] = +line.slice(q + 1, p); }
        o++;
        p++;
      }
      m.index.set(line.slice(0, tab), (first << 6) | (o - first));
    }
    m.lab = lab.subarray(0, o);
    m.wt = wt.subarray(0, o);
    return m;
  }
}

/** Open-addressing hash table from an integer pair (k1, k2 >= 0) to a non-negative integer. */
export class PairTable {
  private k1: Int32Array;
  private k2: Int32Array;
  private v: Int32Array;
  private mask: number;
  constructor(n: number) {
    let cap = 16;
    while (cap < n * 2) cap *= 2;
    this.mask = cap - 1;
    this.k1 = new Int32Array(cap).fill(-1);
    this.k2 = new Int32Array(cap);
    this.v = new Int32Array(cap);
  }
  private slot(a: number, b: number): number {
    return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 7) & this.mask;
  }
  set(a: number, b: number, value: number): void {
    let h = this.slot(a, b);
    while (this.k1[h] !== -1 && !(this.k1[h] === a && this.k2[h] === b)) h = (h + 1) & this.mask;
    this.k1[h] = a; this.k2[h] = b; this.v[h] = value;
  }
  /** The value, or -1. */
  get(a: number, b: number): number {
    let h = this.slot(a, b);
    for (;;) {
      const k = this.k1[h];
      if (k === -1) return -1;
      if (k === a && this.k2[h] === b) return this.v[h];
      h = (h + 1) & this.mask;
    }
  }
}

/** Adds the weights of each feature wordFeatures feeds to its slot of `vec`, looked up by the hash of its characters. */
class WeightSink implements FeatureSink {
  vec = new Float32Array(0);
  constructor(private readonly table: PairTable, private readonly lab: Uint8Array, private readonly wt: Float32Array, private readonly L: number) {}
  begin(): void { begin(); }
  feed(s: string, from?: number, to?: number): void { feed(s, from, to); }
  end(slot: number): void {
    const p = this.table.get(key1(), key2());
    if (p < 0) return;
    const at = slot * this.L, off = p >>> 6, cnt = p & 63;
    for (let k = 0; k < cnt; k++) this.vec[at + this.lab[off + k]] += this.wt[off + k];
  }
}

interface WordRec { vec: Float32Array; ss: string; lid: number; sid: number; multi: boolean }

const maskedTrans = new WeakMap<Float64Array, { tr: Float64Array; preds: Int32Array[] }>();
/** Viterbi over a flat emission buffer (n x L); each label looks only at its allowed predecessors. */
export function viterbiFlat(em: Float64Array, n: number, start: Float64Array, trans: Float64Array, L: number, labels: string[]): number[] {
  if (n === 0) return [];
  const ok = allowedMatrix(labels);
  let mt = maskedTrans.get(trans);
  if (!mt) {
    const tr = new Float64Array(L * L);
    for (let k = 0; k < L * L; k++) tr[k] = ok[k] ? trans[k] : -Infinity;
    const preds: Int32Array[] = [];
    for (let c = 0; c < L; c++) { const ps: number[] = []; for (let p = 0; p < L; p++) if (ok[p * L + c]) ps.push(p); preds.push(Int32Array.from(ps)); }
    maskedTrans.set(trans, (mt = { tr, preds }));
  }
  const { tr, preds } = mt;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let c = 0; c < L; c++) score[c] = ok[L * L + c] ? start[c] + em[c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L, cur = i * L;
    for (let c = 0; c < L; c++) {
      const ps = preds[c];
      let best = -Infinity, arg = 0;
      for (let q = 0; q < ps.length; q++) {
        const p = ps[q];
        const s = score[prev + p] + tr[p * L + c];
        if (s > best) { best = s; arg = p; }
      }
      score[cur + c] = best + em[cur + c];
      back[cur + c] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let c = 0; c < L; c++) if (score[(n - 1) * L + c] > best && ok[(L + 1) * L + c]) { best = score[(n - 1) * L + c]; arg = c; }
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i * L + arg]; }
  return out;
}

/** True when the labels are BILOU (a "L-" or "U-" label: "U-PER" a one-word name, "L-PER" the last word of a longer one). */
export function isBilou(labels: string[]): boolean {
  return labels.some((l) => l.startsWith("L-") || l.startsWith("U-"));
}

/** A label continues a name (I-X, and L-X in BILOU), or leaves it open for the next word (B-X and I-X in BILOU). */
const continues = (l: string) => l.startsWith("I-") || l.startsWith("L-");
const opens = (l: string) => l.startsWith("B-") || l.startsWith("I-");

/** I-X (and L-X) may only follow B-X or I-X; in BILOU, B-X and I-X must be followed by I-X or L-X: other transitions are forbidden. */
export function allowed(labels: string[], prev: number, cur: number, bilou = isBilou(labels)): boolean {
  const c = labels[cur];
  const p = prev < 0 ? "O" : labels[prev];
  if (bilou && opens(p)) return continues(c) && p.slice(2) === c.slice(2);
  if (!continues(c)) return true;
  return opens(p) && p.slice(2) === c.slice(2);
}

/** The label that may end a sentence: in BILOU not B-X or I-X. */
function canEnd(labels: string[], k: number, bilou: boolean): boolean {
  return !bilou || !opens(labels[k]);
}

/** A BILOU label as BIO ("U-PER" -> "B-PER", "L-PER" -> "I-PER"); BIO labels stay. */
export function toBio(label: string): string {
  return label.startsWith("U-") ? "B-" + label.slice(2) : label.startsWith("L-") ? "I-" + label.slice(2) : label;
}

/** BIO labels of a sentence as BILOU (["B-PER", "I-PER", "B-LOC"] -> ["B-PER", "L-PER", "U-LOC"]). */
export function toBilou(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (t === "O") return t;
    const next = tags[i + 1] ?? "O", last = !(next.startsWith("I-") && next.slice(2) === t.slice(2));
    return last ? (t.startsWith("B-") ? "U-" : "L-") + t.slice(2) : t;
  });
}

const allowedCache = new WeakMap<string[], Uint8Array>();
/** allowed(prev, cur) as a matrix: row L is the sentence start, row L + 1 marks the labels that may end a sentence. */
function allowedMatrix(labels: string[]): Uint8Array {
  let m = allowedCache.get(labels);
  if (!m) {
    const L = labels.length;
    m = new Uint8Array((L + 2) * L);
    const bilou = isBilou(labels);
    for (let p = -1; p < L; p++) for (let c = 0; c < L; c++) m[(p < 0 ? L : p) * L + c] = allowed(labels, p, c, bilou) ? 1 : 0;
    // row L + 1: the labels that may end a sentence
    for (let c = 0; c < L; c++) m[(L + 1) * L + c] = canEnd(labels, c, bilou) ? 1 : 0;
    allowedCache.set(labels, m);
  }
  return m;
}

export function viterbi(em: Float64Array[], start: Float64Array, trans: Float64Array, L: number, labels: string[]): number[] {
  const n = em.length;
  if (n === 0) return [];
  const ok = allowedMatrix(labels);
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let c = 0; c < L; c++) score[c] = ok[L * L + c] ? start[c] + em[0][c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const e = em[i];
    for (let c = 0; c < L; c++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < L; p++) {
        const s = score[(i - 1) * L + p] + trans[p * L + c];
        if (s > best && ok[p * L + c]) { best = s; arg = p; }
      }
      score[i * L + c] = best + e[c];
      back[i * L + c] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let c = 0; c < L; c++) if (score[(n - 1) * L + c] > best && ok[(L + 1) * L + c]) { best = score[(n - 1) * L + c]; arg = c; }
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { out[i] = arg; arg = back[i * L + arg]; }
  return out;
}

/** Spans [start, end, type] of a BIO sequence (strict reading: I- without B- opens a span). */
export function bioSpans(tags: string[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  let s = -1, t = "";
  for (let i = 0; i <= tags.length; i++) {
    const g = tags[i] ?? "O";
    const inside = g.startsWith("I-") && s >= 0 && g.slice(2) === t;
    if (!inside) {
      if (s >= 0) out.push([s, i, t]);
      s = -1;
      if (g !== "O") { s = i; t = g.slice(2); }
    }
  }
  return out;
}
