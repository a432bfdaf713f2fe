// A read-only full-form lexicon: a sorted, gzipped TSV "form<TAB>code code ..." where each code is
// CLASS + STRIP + APPEND ("N1", "V4echen", "NNS1"): the word class the form can have and how to turn the
// form into its lemma (remove STRIP code units from the end, append APPEND). Lookups go through a hash index
// (line numbers in an Int32Array) over the decompressed text, so loading costs one gunzip and one scan that
// hashes each form; no per-entry objects.
import { gunzipSync } from "node:zlib";

export interface LexEntry {
  cls: string;
  lemma: string;
}

export class Lexicon {
  private readonly text: string;
  private readonly starts: Int32Array;
  /** Open-addressing hash index: slot -> line number + 1 (0 = empty), keyed by the FNV-1a hash of the form. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly cache = new Map<string, LexEntry[] | null>();

  constructor(text: string) {
    this.text = text;
    let n = 0;
    for (let p = text.indexOf("\n"); p >= 0; p = text.indexOf("\n", p + 1)) n++;
    const lines = text.length ? n + 1 : 0;
    const starts = new Int32Array(lines);
    let cap = 16;
    while (cap < lines * 2) cap *= 2;
    const slots = new Int32Array(cap);
    const mask = cap - 1;
    // one pass: line starts and the hash of each form (the characters before the tab)
    let p = 0;
    for (let k = 0; k < lines; k++) {
      starts[k] = p;
      let h = 0x811c9dc5;
      let c = p < text.length ? text.charCodeAt(p) : 10;
      while (c !== 9 && c !== 10) {
        h ^= c;
        h = Math.imul(h, 0x01000193);
        c = ++p < text.length ? text.charCodeAt(p) : 10;
      }
      let i = h & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = k + 1;
      if (c === 9) {
        p = text.indexOf("\n", p);
        if (p < 0) p = text.length;
      }
      p++;
    }
    this.starts = starts;
    this.slots = slots;
    this.mask = mask;
  }

  static fromGzip(buf: Buffer): Lexicon {
    return new Lexicon(gunzipSync(buf).toString("utf8"));
  }

  get size(): number {
    return this.starts.length;
  }

  /** Compares `form` with the form of line k: <0 when form sorts before it. */
  private cmp(form: string, k: number): number {
    const t = this.text;
    let p = this.starts[k];
    for (let i = 0; ; i++, p++) {
      const c = p < t.length ? t.charCodeAt(p) : 9;
      const lineEnded = c === 9 || c === 10;
      if (i === form.length) return lineEnded ? 0 : -1;
      if (lineEnded) return 1;
      const d = form.charCodeAt(i) - c;
      if (d !== 0) return d;
    }
  }

  /** Line number of an exact form, or -1. */
  private find(form: string): number {
    let h = 0x811c9dc5;
    for (let j = 0; j < form.length; j++) {
      h ^= form.charCodeAt(j);
      h = Math.imul(h, 0x01000193);
    }
    const slots = this.slots, mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = slots[i] - 1;
      if (k < 0) return -1;
      if (this.cmp(form, k) === 0) return k;
    }
  }

  /** Whether the form is in the lexicon. */
  has(form: string): boolean {
    return this.find(form) >= 0;
  }

  /** The form's word classes, sorted and "|"-joined ("" when unknown); no lemma decoding. */
  classes(form: string): string {
    const k = this.find(form);
    if (k < 0) return "";
    const t = this.text;
    let p = this.starts[k] + form.length + 1;
    let one = "";
    let many: string[] | null = null;
    while (p < t.length) {
      const s = p;
      let c = t.charCodeAt(p);
      while (p < t.length && !(c >= 48 && c <= 57) && c !== 32 && c !== 10) c = t.charCodeAt(++p);
      const cls = t.slice(s, p);
      if (!one) one = cls;
      else if (cls !== one && !(many && many.includes(cls))) (many ??= [one]).push(cls);
      while (p < t.length && c !== 32 && c !== 10) c = t.charCodeAt(++p);
      if (p >= t.length || c === 10) break;
      p++;
    }
    return many ? many.sort().join("|") : one;
  }

  /** Lemma of the form's first entry whose class is in `classes`, or null (no allocation besides the lemma). */
  lemma(form: string, classes: ReadonlySet<string>): string | null {
    const k = this.find(form);
    if (k < 0) return null;
    const t = this.text;
    let p = this.starts[k] + form.length + 1;
    while (p < t.length) {
      const s = p;
      let c = t.charCodeAt(p);
      while (p < t.length && !(c >= 48 && c <= 57) && c !== 32 && c !== 10) c = t.charCodeAt(++p);
      const cls = t.slice(s, p);
      let strip = 0;
      while (p < t.length && c >= 48 && c <= 57) { strip = strip * 10 + c - 48; c = t.charCodeAt(++p); }
      const a = p;
      while (p < t.length && c !== 32 && c !== 10) c = t.charCodeAt(++p);
      if (classes.has(cls)) return strip > form.length ? form : form.slice(0, form.length - strip) + t.slice(a, p);
      if (p >= t.length || c === 10) break;
      p++;
    }
    return null;
  }

  /** Entries for an exact form, or null. */
  get(form: string): LexEntry[] | null {
    const hit = this.cache.get(form);
    if (hit !== undefined) return hit;
    const found = this.find(form);
    let out: LexEntry[] | null = null;
    if (found >= 0) {
      const s = this.starts[found] + form.length + 1;
      let e = this.text.indexOf("\n", s);
      if (e < 0) e = this.text.length;
      out = this.text.slice(s, e).split(" ").map((code) => decode(form, code));
    }
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(form, out);
    return out;
  }
}

const CODE_RE = /^(\D+?)(\d+)(.*)$/;

function decode(form: string, code: string): LexEntry {
  const m = CODE_RE.exec(code);
  if (!m) return { cls: code, lemma: form };
  const strip = Number(m[2]);
  return { cls: m[1], lemma: form.slice(0, form.length - strip) + m[3] };
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
  const forms = [...map.keys()].filter((f) => f && !/[\t\n ]/.test(f)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return forms.map((f) => f + "\t" + [...map.get(f)!].join(" ")).join("\n");
}
