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

/** Runtime scorer built from exported weights. */
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

  get size(): number {
    return this.index.size;
  }

  predict(feats: string[], n: number, scores: Float64Array): number {
    scores.fill(0);
    const w = this.w, nT = this.nTags;
    for (let k = 0; k < n; k++) {
      const off = this.index.get(feats[k]);
      if (off === undefined) continue;
      for (let t = 0; t < nT; t++) scores[t] += w[off + t];
    }
    let best = 0;
    for (let t = 1; t < nT; t++) if (scores[t] > scores[best]) best = t;
    return best;
  }
}
