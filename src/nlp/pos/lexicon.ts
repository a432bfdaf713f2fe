// A read-only full-form lexicon: a sorted (by UTF-8 bytes), gzipped TSV "form<TAB>code code ..." where each
// code is CLASS + STRIP + APPEND ("N1", "V4echen", "NNS1"): the word class the form can have and how to turn the
// form into its lemma (remove STRIP code units from the end, append APPEND).
// Loading costs one gunzip: lookups work on the UTF-8 bytes directly (no string for the whole text, no
// per-entry objects). A small block index (byte offset of every BLOCK-th line, models/pos-<lang>.lex.idx, or
// computed when absent) serves binary search; once a process has made many lookups (a long run, not a one-article
// CLI call) a hash index over all lines is built, so each further lookup is one hash and one comparison.
import { gunzipSync } from "node:zlib";
import { BoundedCache } from "../cache.js";

export interface LexEntry {
  cls: string;
  lemma: string;
}

/** Lines per block of the block index. */
export const LEX_BLOCK = 16;
/** Lookups after which the hash index is built (building costs about as much as 130k block-index lookups). */
const HASH_AFTER = 150_000;

/** Byte offsets of every LEX_BLOCK-th line start of a UTF-8 TSV buffer. */
export function lexBlockIndex(buf: Uint8Array): Int32Array {
  const out: number[] = [];
  let line = 0;
  if (buf.length) out.push(0);
  for (let p = 0; p < buf.length; p++) {
    if (buf[p] === 10 && p + 1 < buf.length && ++line % LEX_BLOCK === 0) out.push(p + 1);
  }
  return Int32Array.from(out);
}

/** The block index file: little-endian int32 LEX_BLOCK, then the byte offsets of every LEX_BLOCK-th line. */
export function lexIndexFile(tsv: Uint8Array): Buffer {
  const idx = lexBlockIndex(tsv);
  const out = Buffer.alloc(4 + idx.length * 4);
  out.writeInt32LE(LEX_BLOCK, 0);
  for (let i = 0; i < idx.length; i++) out.writeInt32LE(idx[i], 4 + i * 4);
  return out;
}

export class Lexicon {
  private readonly buf: Buffer;
  private readonly blocks: Int32Array;
  /** The query, UTF-8 encoded. */
  private q = new Uint8Array(256);
  private qLen = 0;
  private lookups = 0;
  /** Hash index (built lazily): slot -> line byte offset + 1, 0 = empty. */
  private slots: Int32Array | null = null;
  private mask = 0;
  /** Lookups by form (null: not listed), emptied past 200,000 forms. */
  private readonly cache = new BoundedCache<string, LexEntry[] | null>(200_000);

  constructor(data: string | Uint8Array, blocks?: Int32Array) {
    this.buf = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    this.blocks = blocks ?? lexBlockIndex(this.buf);
  }

  /** From the gzipped TSV and, optionally, a block index file (lexIndexFile); a stale index is ignored. */
  static fromGzip(gz: Uint8Array, blockIndex?: Uint8Array): Lexicon {
    const all = blockIndex && blockIndex.length >= 4 ? new Int32Array(new Uint8Array(blockIndex).buffer) : null;
    return new Lexicon(gunzipSync(gz), all && all[0] === LEX_BLOCK ? all.subarray(1) : undefined);
  }

  /** Number of forms (counted on demand). */
  get size(): number {
    let n = this.buf.length ? 1 : 0;
    for (let p = 0; p < this.buf.length - 1; p++) if (this.buf[p] === 10) n++;
    return n;
  }

  /** UTF-8 encodes form into this.q; false when it cannot be in the lexicon (tab, newline, too long). */
  private encode(form: string): boolean {
    let q = this.q;
    if (form.length * 3 > q.length) q = this.q = new Uint8Array(form.length * 3 + 16);
    let n = 0;
    for (let i = 0; i < form.length; i++) {
      let c = form.charCodeAt(i);
      if (c < 0x80) {
        if (c === 9 || c === 10) return false;
        q[n++] = c;
      } else if (c < 0x800) {
        q[n++] = 0xc0 | (c >> 6);
        q[n++] = 0x80 | (c & 63);
      } else {
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < form.length) {
          const d = form.charCodeAt(i + 1);
          if (d >= 0xdc00 && d < 0xe000) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
            q[n++] = 0xf0 | (c >> 18);
            q[n++] = 0x80 | ((c >> 12) & 63);
            q[n++] = 0x80 | ((c >> 6) & 63);
            q[n++] = 0x80 | (c & 63);
            continue;
          }
        }
        q[n++] = 0xe0 | (c >> 12);
        q[n++] = 0x80 | ((c >> 6) & 63);
        q[n++] = 0x80 | (c & 63);
      }
    }
    this.qLen = n;
    return true;
  }

  /** Compares the query with the form of the line at byte offset p: <0 when the query sorts before it. */
  private cmpAt(p: number): number {
    const b = this.buf, q = this.q, n = this.qLen, end = b.length;
    for (let i = 0; ; i++, p++) {
      const c = p < end ? b[p] : 9;
      const lineEnded = c === 9 || c === 10;
      if (i === n) return lineEnded ? 0 : -1;
      if (lineEnded) return 1;
      const d = q[i] - c;
      if (d !== 0) return d;
    }
  }

  /** Byte offset of the line holding the query, or -1. */
  private findQuery(): number {
    if (this.slots) return this.findHashed();
    if (++this.lookups >= HASH_AFTER) {
      this.buildHash();
      return this.findHashed();
    }
    const blocks = this.blocks;
    let lo = 0, hi = blocks.length - 1, blk = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.cmpAt(blocks[mid]);
      if (c === 0) return blocks[mid];
      if (c < 0) hi = mid - 1;
      else { blk = mid; lo = mid + 1; }
    }
    if (blk < 0) return -1;
    const b = this.buf, end = b.length;
    let p = blocks[blk];
    for (let k = 1; k < LEX_BLOCK; k++) {
      while (p < end && b[p] !== 10) p++;
      if (++p >= end) return -1;
      const c = this.cmpAt(p);
      if (c === 0) return p;
      if (c < 0) return -1;
    }
    return -1;
  }

  private buildHash(): void {
    const b = this.buf, end = b.length;
    let lines = this.blocks.length * LEX_BLOCK;
    let cap = 16;
    while (cap < lines * 2) cap *= 2;
    const slots = new Int32Array(cap);
    const mask = cap - 1;
    let p = 0;
    while (p < end) {
      const s = p;
      let h = 0x811c9dc5;
      let c = b[p];
      while (c !== 9 && c !== 10 && p < end) {
        h ^= c;
        h = Math.imul(h, 0x01000193);
        c = b[++p];
      }
      let i = h & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = s + 1;
      while (p < end && b[p] !== 10) p++;
      p++;
    }
    this.slots = slots;
    this.mask = mask;
  }

  private findHashed(): number {
    const q = this.q, n = this.qLen;
    let h = 0x811c9dc5;
    for (let j = 0; j < n; j++) {
      h ^= q[j];
      h = Math.imul(h, 0x01000193);
    }
    const slots = this.slots!, mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const p = slots[i] - 1;
      if (p < 0) return -1;
      if (this.cmpAt(p) === 0) return p;
    }
  }

  /** Byte offset just after the form and its tab, or -1 when the form is unknown. */
  private codesAt(form: string): number {
    if (!form || !this.encode(form)) return -1;
    const p = this.findQuery();
    return p < 0 ? -1 : p + this.qLen + 1;
  }

  /** Whether the form is in the lexicon. */
  has(form: string): boolean {
    return this.codesAt(form) >= 0;
  }

  /** Parses the code at p: calls back with class bounds, strip count and append bounds; returns the next code's offset or -1. */
  private code(p: number, out: number[]): number {
    const b = this.buf, end = b.length;
    const s = p;
    let c = b[p];
    while (p < end && !(c >= 48 && c <= 57) && c !== 32 && c !== 10) c = b[++p];
    out[0] = s; out[1] = p;
    let strip = 0;
    while (p < end && c >= 48 && c <= 57) { strip = strip * 10 + c - 48; c = b[++p]; }
    out[2] = strip; out[3] = p;
    while (p < end && c !== 32 && c !== 10) c = b[++p];
    out[4] = p;
    return p >= end || c === 10 ? -1 : p + 1;
  }

  private str(a: number, e: number): string {
    const b = this.buf;
    let ascii = true;
    for (let i = a; i < e; i++) if (b[i] >= 0x80) { ascii = false; break; }
    if (!ascii) return b.toString("utf8", a, e);
    let s = "";
    for (let i = a; i < e; i++) s += String.fromCharCode(b[i]);
    return s;
  }

  private readonly parts = [0, 0, 0, 0, 0];

  /** The form's word classes, sorted and "|"-joined ("" when unknown); no lemma decoding. */
  classes(form: string): string {
    let p = this.codesAt(form);
    if (p < 0) return "";
    const o = this.parts;
    let one = "";
    let many: string[] | null = null;
    while (p >= 0) {
      p = this.code(p, o);
      const cls = this.str(o[0], o[1]);
      if (!one) one = cls;
      else if (cls !== one && !(many && many.includes(cls))) (many ??= [one]).push(cls);
    }
    return many ? many.sort().join("|") : one;
  }

  /** Lemma of the form's first entry whose class is in `classes`, or null. */
  lemma(form: string, classes: ReadonlySet<string>): string | null {
    let p = this.codesAt(form);
    if (p < 0) return null;
    const o = this.parts;
    while (p >= 0) {
      p = this.code(p, o);
      if (classes.has(this.str(o[0], o[1]))) {
        const strip = o[2];
        return strip > form.length ? form : form.slice(0, form.length - strip) + this.str(o[3], o[4]);
      }
    }
    return null;
  }

  /** Entries for an exact form, or null. */
  get(form: string): LexEntry[] | null {
    const hit = this.cache.get(form);
    if (hit !== undefined) return hit;
    let p = this.codesAt(form);
    let out: LexEntry[] | null = null;
    if (p >= 0) {
      out = [];
      const o = this.parts;
      while (p >= 0) {
        p = this.code(p, o);
        const strip = o[2];
        out.push({ cls: this.str(o[0], o[1]), lemma: strip > form.length ? form : form.slice(0, form.length - strip) + this.str(o[3], o[4]) });
      }
    }
    return this.cache.set(form, out);
  }
}

/** Encodes a lemma relative to its form (used when building lexicons and suffix rules). */
export function encodeEdit(form: string, lemma: string): string {
  let k = 0;
  while (k < form.length && k < lemma.length && form[k] === lemma[k]) k++;
  return String(form.length - k) + lemma.slice(k);
}

/** Applies an edit made by encodeEdit. */
export function applyEdit(form: string, edit: string): string {
  let i = 0;
  while (i < edit.length && edit.charCodeAt(i) >= 48 && edit.charCodeAt(i) <= 57) i++;
  const strip = Number(edit.slice(0, i));
  if (strip > form.length) return form;
  return form.slice(0, form.length - strip) + edit.slice(i);
}

/** Builds the sorted TSV text from a form -> codes map. */
export function serializeLexicon(map: Map<string, Set<string>>): string {
  // sorted by UTF-8 bytes, the order the lexicon's byte-level binary search expects
  const forms = [...map.keys()].filter((f) => f && !/[\t\n ]/.test(f)).map((f) => [f, Buffer.from(f, "utf8")] as const)
    .sort((a, b) => Buffer.compare(a[1], b[1])).map((x) => x[0]);
  return forms.map((f) => f + "\t" + [...map.get(f)!].join(" ")).join("\n");
}
