// Averaged perceptron (Collins 2002) over string features: a trainer that keeps lazy averaging state and a
// compact runtime scorer (dense Float32Array rows behind a feature -> row map).

/** Trainer state for an averaged multi-class perceptron. */
export class PerceptronTrainer {
  readonly nTags: number;
  private readonly index = new Map<string, number>();
  private readonly w: Float64Array[] = [];
  private readonly tot: Float64Array[] = [];
  private readonly ts: Float64Array[] = [];
  private readonly count: number[] = [];
  private step = 0;

  constructor(nTags: number) {
    this.nTags = nTags;
  }

  private row(f: string, create: boolean): number {
    let r = this.index.get(f);
    if (r === undefined) {
      if (!create) return -1;
      r = this.w.length;
      this.index.set(f, r);
      this.w.push(new Float64Array(this.nTags));
      this.tot.push(new Float64Array(this.nTags));
      this.ts.push(new Float64Array(this.nTags));
      this.count.push(0);
    }
    return r;
  }

  /** Index of the best class for the features (current, non-averaged weights). */
  predict(feats: string[], n: number, scores: Float64Array): number {
    scores.fill(0);
    for (let k = 0; k < n; k++) {
      const r = this.index.get(feats[k]);
      if (r === undefined) continue;
      const row = this.w[r];
      for (let t = 0; t < this.nTags; t++) scores[t] += row[t];
    }
    let best = 0;
    for (let t = 1; t < this.nTags; t++) if (scores[t] > scores[best]) best = t;
    return best;
  }

  /** One perceptron update after predicting `guess` for gold `truth`. */
  update(feats: string[], n: number, truth: number, guess: number): void {
    this.step++;
    for (let k = 0; k < n; k++) {
      const r = this.row(feats[k], true);
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
  export(minCount: number, minWeight: number, scale: number): { feats: string[]; rows: number[][] } {
    const feats: string[] = [];
    const rows: number[][] = [];
    for (const [f, r] of this.index) {
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
        feats.push(f);
        rows.push(row);
      }
    }
    return { feats, rows };
  }
}

/** Adds the rows of features prefixed with `domain` to their unprefixed twins (feature augmentation at export). */
export function mergeDomain(w: { feats: string[]; rows: number[][] }, domain: string): { feats: string[]; rows: number[][] } {
  if (!domain) return w;
  const merged = new Map<string, Map<number, number>>();
  w.feats.forEach((f, r) => {
    const key = f.startsWith(domain) ? f.slice(domain.length) : f;
    let m = merged.get(key);
    if (!m) merged.set(key, (m = new Map()));
    const row = w.rows[r];
    for (let j = 0; j < row.length; j += 2) m.set(row[j], (m.get(row[j]) ?? 0) + row[j + 1]);
  });
  const feats: string[] = [];
  const rows: number[][] = [];
  for (const [f, m] of merged) {
    const row: number[] = [];
    for (const [t, v] of [...m].sort((a, b) => a[0] - b[0])) if (v !== 0) row.push(t, v);
    if (row.length) {
      feats.push(f);
      rows.push(row);
    }
  }
  return { feats, rows };
}

/**
 * Binary weight block: u32 feature count, u32 byte length of the "\n"-joined UTF-8 feature names, the names,
 * then per feature u8 count and count x (u8 tag, i16 quantised weight), little-endian.
 */
export function encodeWeights(w: { feats: string[]; rows: number[][] }): Buffer {
  const names = Buffer.from(w.feats.join("\n"), "utf8");
  let size = 8 + names.length;
  for (const r of w.rows) size += 1 + (r.length / 2) * 3;
  const buf = Buffer.alloc(size);
  buf.writeUInt32LE(w.feats.length, 0);
  buf.writeUInt32LE(names.length, 4);
  names.copy(buf, 8);
  let p = 8 + names.length;
  for (const r of w.rows) {
    buf.writeUInt8(r.length / 2, p++);
    for (let j = 0; j < r.length; j += 2) {
      buf.writeUInt8(r[j], p++);
      buf.writeInt16LE(Math.max(-32768, Math.min(32767, r[j + 1])), p);
      p += 2;
    }
  }
  return buf;
}

/** Runtime scorer: a feature -> row map over dense Float32Array rows. */
export class PerceptronScorer {
  readonly nTags: number;
  private readonly index = new Map<string, number>();
  private readonly w: Float32Array;

  constructor(nTags: number, feats: string[], rows: number[][], scale: number) {
    this.nTags = nTags;
    this.w = new Float32Array(feats.length * nTags);
    for (let r = 0; r < feats.length; r++) {
      this.index.set(feats[r], r * nTags);
      const row = rows[r];
      for (let j = 0; j < row.length; j += 2) this.w[r * nTags + row[j]] = row[j + 1] / scale;
    }
  }

  /** Reads a block written by encodeWeights at `offset`; returns the scorer and the offset after the block. */
  static decode(buf: Buffer, offset: number, nTags: number, scale: number): { scorer: PerceptronScorer; end: number } {
    const n = buf.readUInt32LE(offset);
    const nameLen = buf.readUInt32LE(offset + 4);
    const names = buf.toString("utf8", offset + 8, offset + 8 + nameLen).split("\n");
    const sc = Object.create(PerceptronScorer.prototype) as PerceptronScorer;
    const w = new Float32Array(n * nTags);
    const index = new Map<string, number>();
    let p = offset + 8 + nameLen;
    const inv = 1 / scale;
    for (let r = 0; r < n; r++) {
      index.set(names[r], r * nTags);
      const cnt = buf[p++];
      for (let j = 0; j < cnt; j++) {
        const t = buf[p];
        const v = ((buf[p + 1] | (buf[p + 2] << 8)) << 16) >> 16; // little-endian int16
        p += 3;
        w[r * nTags + t] = v * inv;
      }
    }
    Object.assign(sc, { nTags, index, w });
    return { scorer: sc, end: p };
  }

  get size(): number {
    return this.index.size;
  }

  /** Adds the weights of feats[from..to) to scores. */
  add(feats: string[], from: number, to: number, scores: Float64Array): void {
    const w = this.w, nT = this.nTags;
    for (let k = from; k < to; k++) {
      const off = this.index.get(feats[k]);
      if (off === undefined) continue;
      for (let t = 0; t < nT; t++) scores[t] += w[off + t];
    }
  }

  predict(feats: string[], n: number, scores: Float64Array): number {
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
