// 62-bit feature hashes fed straight from characters, so that the tagger can look a feature up without building
// its string: hash("p3=" + l.slice(0, 3)) is begin(); feed("p3="); feed(l, 0, 3); then key1()/key2().
// Two independent 32-bit streams over the UTF-16 code units (equal strings give equal keys); the model checks at
// load time that its own features have distinct keys, so a lookup can only be wrong for a feature the model does
// not have whose key equals one it has (odds about 1e-13 per lookup).

// The hash being fed: a scratch register, not per-document state. begin() resets it and key1()/key2() read it
// before the next begin() (NerModel.addHashedStr: begin(); feed("w="); feed(w); key1(), key2()), so nothing
// outlives one feature. Module variables keep feed() free of allocations (a returned [h1, h2] pair would be one
// array per fed string, several per feature, on the tagger's per-word path).
let H1 = 0, H2 = 0;

export function begin(): void {
  H1 = 0x811c9dc5;
  H2 = 0x1b873593;
}

/** Feeds the code units s[a..b) (a slice's bounds are clamped like String.prototype.slice with non-negative ends). */
export function feed(s: string, a = 0, b = s.length): void {
  let h1 = H1, h2 = H2;
  if (b > s.length) b = s.length;
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  H1 = h1;
  H2 = h2;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** First half of the current key (31 bits, non-negative). */
export function key1(): number {
  return fmix(H1 ^ Math.imul(H2, 0x27d4eb2d)) >>> 1;
}
/** Second half of the current key (a 31-bit int as well, any sign bit cleared). */
export function key2(): number {
  return fmix(H2 + 0x165667b1) & 0x7fffffff;
}

/** Both halves of the key of a whole string. */
export function hashString(s: string): [number, number] {
  begin();
  feed(s);
  return [key1(), key2()];
}
