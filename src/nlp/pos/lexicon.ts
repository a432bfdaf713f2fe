// A read-only full-form lexicon: a sorted, gzipped TSV "form<TAB>code code ..." where each code is
// CLASS + STRIP + APPEND ("N1", "V4echen", "NNS1"): the word class the form can have and how to turn the
// form into its lemma (remove STRIP code units from the end, append APPEND). Lookups binary-search the
// decompressed text directly, so loading costs one gunzip and one scan for line starts (no per-entry objects).
import { gunzipSync } from "node:zlib";

export interface LexEntry {
  cls: string;
  lemma: string;
}

export class Lexicon {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly cache = new Map<string, LexEntry[] | null>();

  constructor(text: string) {
    this.text = text;
    let n = 0;
    for (let p = text.indexOf("\n"); p >= 0; p = text.indexOf("\n", p + 1)) n++;
    const starts = new Int32Array(text.length ? n + 1 : 0);
    if (text.length) {
      let k = 0;
      starts[k++] = 0;
      for (let p = text.indexOf("\n"); p >= 0 && k < starts.length; p = text.indexOf("\n", p + 1)) starts[k++] = p + 1;
    }
    this.starts = starts;
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

  /** Entries for an exact form, or null. */
  get(form: string): LexEntry[] | null {
    const hit = this.cache.get(form);
    if (hit !== undefined) return hit;
    let lo = 0, hi = this.starts.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.cmp(form, mid);
      if (c === 0) { found = mid; break; }
      if (c < 0) hi = mid - 1; else lo = mid + 1;
    }
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
