// Arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the buffer and its dynamic
// oracle (Goldberg & Nivre 2013). Tokens are 0..n-1, the root is n. SHIFT moves b0 onto the stack; LEFT makes s0
// a child of b0 ("Polizei" <- "nahm"); RIGHT makes s0 a child of s1. The root takes one child, the last word left.

export const SHIFT = 0, LEFT = 1, RIGHT = 2;
/** Index standing for "no such position" (past the root, below the stack). */
export const NONE = -1;

export class Configuration {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 0;
  /** First buffer position; n when only the root is left. */
  b = 0;
  /** Per token (and root at n): head, relation index, two leftmost / rightmost children, left / right child counts. */
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n + 1).fill(NONE);
    this.labels = new Int32Array(n + 1).fill(NONE);
    this.lc1 = new Int32Array(n + 1).fill(NONE);
    this.lc2 = new Int32Array(n + 1).fill(NONE);
    this.rc1 = new Int32Array(n + 1).fill(NONE);
    this.rc2 = new Int32Array(n + 1).fill(NONE);
    this.nl = new Int32Array(n + 1);
    this.nr = new Int32Array(n + 1);
  }

  done(): boolean {
    return this.b >= this.n && this.sp === 0;
  }

  /** Stack position k from the top (0 = s0), NONE when the stack is shorter. */
  s(k: number): number {
    return this.sp > k ? this.stack[this.sp - 1 - k] : NONE;
  }

  /** Buffer position k (0 = b0): a token, the root (n) or NONE past it. */
  buf(k: number): number {
    const i = this.b + k;
    return i <= this.n ? i : NONE;
  }

  legal(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === LEFT) return this.sp >= 1 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  /** The head a LEFT or RIGHT would give s0. */
  headFor(move: number): number {
    return move === LEFT ? this.b : this.stack[this.sp - 2];
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp];
    const h = move === LEFT ? this.b : this.stack[this.sp - 1];
    this.heads[d] = h;
    this.labels[d] = label;
    if (d < h) {
      this.lc2[h] = this.lc1[h];
      this.lc1[h] = d;
      this.nl[h]++;
    } else {
      this.rc2[h] = this.rc1[h];
      this.rc1[h] = d;
      this.nr[h]++;
    }
  }

  /** Dynamic-oracle cost of a legal move: gold arcs (heads `gold`, root = n) it makes unreachable. */
  cost(move: number, gold: ArrayLike<number>): number {
    const n = this.n, b = this.b;
    if (move === SHIFT) {
      let c = 0;
      const g = gold[b];
      for (let k = 0; k < this.sp; k++) {
        const x = this.stack[k];
        if (gold[x] === b) c++;
        if (x === g && k < this.sp - 1) c++;
      }
      return c;
    }
    const s0 = this.stack[this.sp - 1];
    const s1 = this.sp >= 2 ? this.stack[this.sp - 2] : NONE;
    let c = 0;
    for (let d = b; d < n; d++) if (gold[d] === s0) c++;
    const g = gold[s0];
    if (move === LEFT) {
      if (g !== b && (g === s1 || g > b)) c++;
    } else if (g !== s1 && g >= b) c++;
    return c;
  }
}
