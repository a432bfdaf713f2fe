// Feature extraction for the NER tagger (shared by training and tagging, so both see the same features).
import type { Lang } from "../../schema/index.js";
import { gazetteerTags } from "./lexicon.js";

export function shape(w: string): string {
  let out = "";
  for (let k = 0; k < w.length && out.length < 8; k++) {
    const ch = w[k];
    const c = ch >= "0" && ch <= "9" ? "d" : ch !== ch.toLowerCase() ? "X" : ch !== ch.toUpperCase() ? "x" : ch;
    out += c;
  }
  return out;
}

export function shortShape(w: string): string {
  const s = shape(w.length > 8 ? w.slice(0, 4) + w.slice(-4) : w);
  let out = "";
  for (const c of s) if (out[out.length - 1] !== c) out += c;
  return out;
}

/** Feature strings for every token of one sentence. */
export function sentenceFeatures(words: string[], lang: Lang): string[][] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const sh = words.map(shortShape);
  const gaz = gazetteerTags(words, lang);
  const out: string[][] = new Array(n);
  const L = (k: number) => (k < 0 ? "<s>" : k >= n ? "</s>" : lower[k]);
  const S = (k: number) => (k < 0 ? "<s>" : k >= n ? "</s>" : sh[k]);
  for (let i = 0; i < n; i++) {
    const w = words[i], l = lower[i];
    const f: string[] = ["b", "w=" + w, "l=" + l, "sh=" + shape(w), "ss=" + sh[i]];
    const len = l.length;
    for (let k = 1; k <= 4 && k <= len; k++) f.push(`p${k}=${l.slice(0, k)}`);
    for (let k = 1; k <= 5 && k <= len; k++) f.push(`s${k}=${l.slice(len - k)}`);
    f.push("l-1=" + L(i - 1), "l+1=" + L(i + 1), "l-2=" + L(i - 2), "l+2=" + L(i + 2));
    f.push("ss-1=" + S(i - 1), "ss+1=" + S(i + 1), "ss-1|ss=" + S(i - 1) + "|" + sh[i], "ss|ss+1=" + sh[i] + "|" + S(i + 1));
    f.push("l-1|l=" + L(i - 1) + "|" + l, "l|l+1=" + l + "|" + L(i + 1));
    f.push("l-1|ss=" + L(i - 1) + "|" + sh[i]);
    if (i === 0) f.push("first", "first|ss=" + sh[i]);
    const dash = w.indexOf("-");
    if (dash > 0) {
      f.push("dp=" + l.slice(0, dash), "dl=" + l.slice(l.lastIndexOf("-") + 1));
    }
    if (len > 2 && w === w.toUpperCase() && w !== l) f.push("allcaps");
    for (const g of gaz[i]) f.push(g, g + "|ss=" + sh[i]);
    if (i > 0) for (const g of gaz[i - 1]) f.push("-1" + g);
    if (i + 1 < n) for (const g of gaz[i + 1]) f.push("+1" + g);
    out[i] = f;
  }
  return out;
}
