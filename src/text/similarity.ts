// Near-duplicate detection for syndicated agency copy: word shingles hashed into a MinHash
// signature, locality-sensitive hashing in bands to find candidate pairs cheaply. Shared by the
// store (a signature stored with each article) and the situation (syndication groups):
// signatureSimilarity(minhash(a), minhash(a)) === 1.

/** Number of hash functions in a signature. */
export const SIGNATURE_SIZE = 64;
/** LSH: SIGNATURE_SIZE / BAND_ROWS bands; two rows per band finds pairs down to Jaccard ~0.3. */
const BAND_ROWS = 2;
const SHINGLE = 4;

const SEEDS: Uint32Array = (() => {
  const s = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    // xorshift32 for reproducible seeds
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    s[i] = x;
  }
  return s;
})();

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased word tokens (letters and digits). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** MinHash signature of the text's word 4-shingles, as signed 32-bit ints (fits integer[]). */
export function minhash(text: string): number[] {
  const w = words(text);
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const n = Math.max(1, w.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv1a(w.slice(i, i + SHINGLE).join(" "));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return Array.from(sig, (v) => v | 0);
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let eq = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) eq++;
  return eq / n;
}

/** Candidate pairs (i < j) whose signatures agree on at least one LSH band. */
export function lshCandidates(signatures: readonly (readonly number[] | null)[]): Array<[number, number]> {
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const bands = Math.floor(SIGNATURE_SIZE / BAND_ROWS);
  const n = signatures.length;
  for (let b = 0; b < bands; b++) {
    // Band key: the band's values mixed into one number. A rare collision only adds a candidate,
    // which the caller verifies on the full signature.
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const s = signatures[i];
      if (!s || s.length < SIGNATURE_SIZE) continue;
      let key = 0x811c9dc5;
      for (let r = 0; r < BAND_ROWS; r++) key = Math.imul(key ^ s[b * BAND_ROWS + r]!, 0x01000193);
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
    for (const list of buckets.values()) {
      if (list.length < 2 || list.length > 200) continue; // huge buckets: boilerplate, not copy
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x]!, j = list[y]!;
          const code = i * n + j;
          if (seen.has(code)) continue;
          seen.add(code);
          out.push([i, j]);
        }
    }
  }
  return out;
}

/** Simple union-find over 0..n-1. */
export class UnionFind {
  private parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return;
    // smaller index stays root: deterministic
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }
}
