// Structured (averaged) perceptron sequence tagger with BIO labels and first-order Viterbi decoding.
// Trained by scripts/train-ner.ts on GermEval 2014; the model file is models/ner-de.txt.gz.
// Format (gzip text): line 1 "labels\t<l1> <l2> ...", line 2 "start\t<w...>", line 3 "trans\t<w...>" (row-major
// prev x cur), then one line per feature "<feature>\t<labelIndex>:<weight>,...".
import { readFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Lang } from "../../schema/index.js";
import { intrinsicFeatures, neighborFeatures, contextFeatures, sentenceInfo, OFFSETS, BOS, EOS } from "./features.js";

export class NerModel {
  readonly labels: string[];
  readonly L: number;
  start: Float64Array;
  trans: Float64Array;
  /** feature -> packed (offset << 5 | count) into lab/wt. */
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
      this.index.set(f, (o << 5) | v.length);
      for (const [li, w] of v) { this.lab[o] = li; this.wt[o] = w; o++; }
    }
  }

  get featureCount(): number { return this.index.size; }

  /** Emission scores, one Float64Array(L) per token. */
  emissions(feats: string[][]): Float64Array[] {
    const L = this.L;
    return feats.map((fs) => {
      const e = new Float64Array(L);
      for (const f of fs) {
        const p = this.index.get(f);
        if (p === undefined) continue;
        const off = p >>> 5, cnt = p & 31;
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
      const off = p >>> 5, cnt = p & 31;
      for (let k = 0; k < cnt; k++) v[this.lab[off + k]] += this.wt[off + k];
    }
    return v;
  }

  /** Per word form: cached weight vectors of the intrinsic (offset 0) and neighbour (-2..2) features. */
  private caches = new Map<number, Map<string, Float32Array>>();
  private cached(off: number, w: string, lang: Lang): Float32Array {
    let c = this.caches.get(off);
    if (!c) this.caches.set(off, (c = new Map()));
    let v = c.get(w);
    if (!v) {
      if (c.size > 50000) c.clear();
      v = this.vector(off === 0 ? intrinsicFeatures(w, lang) : neighborFeatures(w, off));
      c.set(w, v);
    }
    return v;
  }

  /** Best label sequence for the words of one sentence (same features as training, with per-word caches). */
  tagWords(words: string[], lang: Lang): string[] {
    const info = sentenceInfo(words, lang);
    const n = words.length, L = this.L;
    const em: Float64Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const e = new Float64Array(L);
      const v0 = this.cached(0, words[i], lang);
      for (let k = 0; k < L; k++) e[k] = v0[k];
      for (const o of OFFSETS) {
        const v = this.cached(o, i + o < 0 ? BOS : i + o >= n ? EOS : words[i + o], lang);
        for (let k = 0; k < L; k++) e[k] += v[k];
      }
      for (const f of contextFeatures(info, i)) {
        const p = this.index.get(f);
        if (p === undefined) continue;
        const off = p >>> 5, cnt = p & 31;
        for (let k = 0; k < cnt; k++) e[this.lab[off + k]] += this.wt[off + k];
      }
      em[i] = e;
    }
    return viterbi(em, this.start, this.trans, L, this.labels).map((k) => this.labels[k]);
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
    const feats = new Map<string, [number, number][]>();
    for (let k = 3; k < lines.length; k++) {
      const line = lines[k];
      if (!line) continue;
      const tab = line.lastIndexOf("\t");
      const pairs = line.slice(tab + 1).split(",").map((p) => { const c = p.indexOf(":"); return [Number(p.slice(0, c)), Number(p.slice(c + 1))] as [number, number]; });
      feats.set(line.slice(0, tab), pairs);
    }
    return new NerModel(labels, start, trans, feats);
  }
}

/** I-X may only follow B-X or I-X: such transitions are forbidden in decoding. */
export function allowed(labels: string[], prev: number, cur: number): boolean {
  const c = labels[cur];
  if (!c.startsWith("I-")) return true;
  if (prev < 0) return false;
  const p = labels[prev];
  return p !== "O" && p.slice(2) === c.slice(2);
}

const allowedCache = new WeakMap<string[], Uint8Array>();
/** allowed(prev, cur) as a matrix: row L is the sentence start. */
function allowedMatrix(labels: string[]): Uint8Array {
  let m = allowedCache.get(labels);
  if (!m) {
    const L = labels.length;
    m = new Uint8Array((L + 1) * L);
    for (let p = -1; p < L; p++) for (let c = 0; c < L; c++) m[(p < 0 ? L : p) * L + c] = allowed(labels, p, c) ? 1 : 0;
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
  for (let c = 0; c < L; c++) if (score[(n - 1) * L + c] > best) { best = score[(n - 1) * L + c]; arg = c; }
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
