// Averaged perceptron (Collins 2002) over integer feature ids (32-bit hashes, see features.ts): a trainer that
// keeps lazy averaging state and a compact runtime scorer (open-addressing id table over sparse weight rows).

/** Open-addressing hash table from non-zero int32 keys to row numbers (linear probing, power-of-two size). */
export class IdTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get(key: number): number {
    const keys = this.keys, mask = this.mask;
    let i = key & mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.vals[i];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  set(key: number, val: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys, mask = this.mask;
    let i = key & mask;
    while (keys[i] !== 0 && keys[i] !== key) i = (i + 1) & mask;
    if (keys[i] === 0) this.size++;
    keys[i] = key;
    this.vals[i] = val;
  }

  private grow(): void {
    const oldK = this.keys, oldV = this.vals;
    this.keys = new Int32Array(oldK.length * 2);
    this.vals = new Int32Array(oldK.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let i = 0; i < oldK.length; i++) if (oldK[i] !== 0) this.set(oldK[i], oldV[i]);
  }
}

export type FeatureIds = ArrayLike<number>;

/** Exported weights: feature ids and sparse rows [tag, weight, tag, weight, ...] (weights scaled to integers). */
export interface SparseWeights {
  keys: number[];
  rows: number[][];
}

/** Trainer state for an averaged multi-class perceptron. */
export class PerceptronTrainer {
  readonly nTags: number;
  private readonly index = new IdTable(1 << 16);
  private readonly keys: number[] = [];
  private readonly w: Float64Array[] = [];
  private readonly tot: Float64Array[] = [];
  private readonly ts: Float64Array[] = [];
  private readonly count: number[] = [];
  private step = 0;

  constructor(nTags: number) {
    this.nTags = nTags;
  }

  private row(f: number): number {
    let r = this.index.get(f);
    if (r < 0) {
      r = this.w.length;
      this.index.set(f, r);
      this.keys.push(f);
      this.w.push(new Float64Array(this.nTags));
      this.tot.push(new Float64Array(this.nTags));
      this.ts.push(new Float64Array(this.nTags));
      this.count.push(0);
    }
    return r;
  }

  /** Index of the best class for the features (current, non-averaged weights). */
  predict(feats: FeatureIds, n: number, scores: Float64Array): number {
    scores.fill(0);
    for (let k = 0; k < n; k++) {
      const r = this.index.get(feats[k]);
      if (r < 0) continue;
      const row = this.w[r];
      for (let t = 0; t < this.nTags; t++) scores[t] += row[t];
    }
    let best = 0;
    for (let t = 1; t < this.nTags; t++) if (scores[t] > scores[best]) best = t;
    return best;
  }

  /** One perceptron update after predicting `guess` for gold `truth`. */
  update(feats: FeatureIds, n: number, truth: number, guess: number): void {
    this.step++;
    for (let k = 0; k < n; k++) {
      const r = this.row(feats[k]);
      this.count[r]++;
      if (truth === guess) continue;
      this.bump(r, truth, 1);
      this.bump(r, guess, -1);
    }
  }

  private bump(r: number, t: number, v: number): void {
    const w = this.w[r], tot = this.tot[r], ts = this.ts[r];
    tot[t] += (this.step - ts[t]) * w[t];
    ts[t] = this.step;
    w[t] += v;
  }

  /**
   * Averaged weights, pruned: features seen fewer than minCount times are dropped and weights whose
   * magnitude stays below minWeight are zeroed. Weights are rounded to `scale` steps per unit.
   */
  export(minCount: number, minWeight: number, scale: number): SparseWeights {
    const keys: number[] = [];
    const rows: number[][] = [];
    for (let r = 0; r < this.keys.length; r++) {
      if (this.count[r] < minCount) continue;
      const w = this.w[r], tot = this.tot[r], ts = this.ts[r];
      const row: number[] = [];
      for (let t = 0; t < this.nTags; t++) {
        const total = tot[t] + (this.step - ts[t]) * w[t];
        const avg = total / Math.max(1, this.step);
        if (Math.abs(avg) < minWeight) continue;
        const q = Math.round(avg * scale);
        if (q !== 0) row.push(t, q);
      }
      if (row.length) {
        keys.push(this.keys[r]);
        rows.push(row);
      }
    }
    return { keys, rows };
  }
}

/**
 * Adds the rows of domain copies (id ^ xor, for ids in `domainIds`) to their general twins (feature
 * augmentation at export).
 */
export function mergeDomain(w: SparseWeights, domainIds: Set<number> | null, xor: number): SparseWeights {
  if (!domainIds) return w;
  const merged = new Map<number, Map<number, number>>();
  w.keys.forEach((f, r) => {
    const key = domainIds.has(f) ? f ^ xor : f;
    let m = merged.get(key);
    if (!m) merged.set(key, (m = new Map()));
    const row = w.rows[r];
    for (let j = 0; j < row.length; j += 2) m.set(row[j], (m.get(row[j]) ?? 0) + row[j + 1]);
  });
  const keys: number[] = [];
  const rows: number[][] = [];
  for (const [f, m] of merged) {
    const row: number[] = [];
    for (const [t, v] of [...m].sort((a, b) => a[0] - b[0])) if (v !== 0) row.push(t, v);
    if (row.length) {
      keys.push(f);
      rows.push(row);
    }
  }
  return { keys, rows };
}

/**
 * Binary weight block, little-endian: u32 magic "PW01", u32 feature count n, u32 entry count E, n x i32 feature
 * ids, n x u8 entries per feature, E x u8 tag, then (2-byte aligned) E x i16 quantised weight.
 */
export function encodeWeights(w: SparseWeights): Buffer {
  const n = w.keys.length;
  let e = 0;
  for (const r of w.rows) e += r.length / 2;
  const head = 12 + n * 4 + n + e;
  const pad = head % 2;
  const buf = Buffer.alloc(head + pad + e * 2);
  buf.write("PW01", 0, "latin1");
  buf.writeUInt32LE(n, 4);
  buf.writeUInt32LE(e, 8);
  let p = 12;
  for (const k of w.keys) { buf.writeInt32LE(k | 0, p); p += 4; }
  for (const r of w.rows) {
    if (r.length / 2 > 255) throw new Error("encodeWeights: more than 255 tags in a row");
    buf.writeUInt8(r.length / 2, p++);
  }
  for (const r of w.rows) for (let j = 0; j < r.length; j += 2) buf.writeUInt8(r[j], p++);
  p += pad;
  for (const r of w.rows) for (let j = 0; j < r.length; j += 2) { buf.writeInt16LE(Math.max(-32768, Math.min(32767, r[j + 1])), p); p += 2; }
  return buf;
}

/**
 * Runtime scorer. One Int32Array holds the open-addressing table as (feature id, row) pairs, the row packed as
 * start << 8 | entry count; a second holds the entries packed as quantised weight << 8 | tag. A feature lookup
 * touches one table slot and one run of entries. Scores are in quantised units (weight * scale).
 */
export class PerceptronScorer {
  readonly nTags: number;
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly ent: Int32Array;
  readonly size: number;

  private constructor(nTags: number, table: Int32Array, ent: Int32Array, size: number) {
    this.nTags = nTags;
    this.table = table;
    this.mask = table.length / 2 - 1;
    this.ent = ent;
    this.size = size;
  }

  private static tableFor(n: number): Int32Array {
    let cap = 16;
    while (cap < n * 2) cap *= 2;
    return new Int32Array(cap * 2);
  }

  private static put(table: Int32Array, key: number, start: number, count: number): void {
    const mask = table.length / 2 - 1;
    let i = key & mask;
    while (table[2 * i] !== 0 && table[2 * i] !== key) i = (i + 1) & mask;
    table[2 * i] = key;
    table[2 * i + 1] = (start << 8) | count;
  }

  /** A scorer from exported weights (quantised with `scale`; the scale only matters for reading scores). */
  static fromWeights(nTags: number, keys: number[], rows: number[][]): PerceptronScorer {
    const table = PerceptronScorer.tableFor(keys.length);
    let e = 0;
    for (const r of rows) e += r.length / 2;
    const ent = new Int32Array(e);
    let p = 0;
    for (let r = 0; r < keys.length; r++) {
      const row = rows[r];
      PerceptronScorer.put(table, keys[r], p, row.length / 2);
      for (let j = 0; j < row.length; j += 2) ent[p++] = (Math.max(-32768, Math.min(32767, row[j + 1])) << 8) | row[j];
    }
    return new PerceptronScorer(nTags, table, ent, keys.length);
  }

  /** Reads a block written by encodeWeights at `offset`; returns the scorer and the offset after the block. */
  static decode(buf: Buffer, offset: number, nTags: number): { scorer: PerceptronScorer; end: number } {
    if (buf.toString("latin1", offset, offset + 4) !== "PW01") throw new Error("POS weights: unknown format (retrain with scripts/train-pos.ts)");
    const n = buf.readUInt32LE(offset + 4);
    const e = buf.readUInt32LE(offset + 8);
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const keyAt = offset + 12, cntAt = keyAt + n * 4, tagAt = cntAt + n;
    let wAt = tagAt + e;
    wAt += (wAt - offset) % 2;
    const table = PerceptronScorer.tableFor(n);
    let s = 0;
    for (let r = 0; r < n; r++) {
      const c = buf[cntAt + r];
      PerceptronScorer.put(table, dv.getInt32(keyAt + r * 4, true), s, c);
      s += c;
    }
    const ent = new Int32Array(e);
    for (let j = 0; j < e; j++) ent[j] = (dv.getInt16(wAt + j * 2, true) << 8) | buf[tagAt + j];
    return { scorer: new PerceptronScorer(nTags, table, ent, n), end: wAt + e * 2 };
  }

  /** Adds the weights of feats[from..to) to scores (at scores[at + tag]). */
  add(feats: FeatureIds, from: number, to: number, scores: Float64Array | Float32Array, at = 0): void {
    const table = this.table, mask = this.mask, ent = this.ent;
    for (let k = from; k < to; k++) {
      const key = feats[k];
      let i = key & mask;
      let row = -1;
      for (;;) {
        const kk = table[2 * i];
        if (kk === key) { row = table[2 * i + 1]; break; }
        if (kk === 0) break;
        i = (i + 1) & mask;
      }
      if (row < 0) continue;
      for (let j = row >>> 8, end = j + (row & 255); j < end; j++) {
        const x = ent[j];
        scores[at + (x & 255)] += x >> 8;
      }
    }
  }

  predict(feats: FeatureIds, n: number, scores: Float64Array): number {
    scores.fill(0);
    this.add(feats, 0, n, scores);
    return argmax(scores);
  }
}

export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let t = 1; t < scores.length; t++) if (scores[t] > scores[best]) best = t;
  return best;
}
