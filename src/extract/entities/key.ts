// Spelling keys: one key for the German, English and transliterated spellings of a name
// (Tokajew / Tokayev / Tokaev, Nasarbajew / Nazarbayev, Massimow / Masimov). The rules are data: an
// ordered list of rewrites applied to the lower-cased, diacritic-free name.
import { BoundedCache } from "../../nlp/cache.js";

/** Ordered rewrite rules [pattern, replacement]. */
export const TRANSLIT_RULES: [RegExp, string][] = [
  [/ß/g, "ss"],
  [/dsch|dzh|dj/g, "j"],
  [/tsch|tch/g, "ch"],
  [/sch/g, "sh"],
  [/zh/g, "sh"],
  [/^ch/g, "h"], // Charkiw / Kharkiv, Chamenei / Khamenei
  [/kh/g, "h"],
  [/ck/g, "k"],
  [/ph/g, "f"],
  [/ks|chs|cks/g, "x"],
  [/ou/g, "u"],
  [/w/g, "v"],
  [/j/g, "y"],
  [/z/g, "s"],
  [/([aeiou])y(?=[aeiou])/g, "$1"], // Tokayev / Tokaev
  [/yy$|iy$|ii$|yi$/g, "y"],
  [/(.)\1+/g, "$1"], // Massimow / Masimov
  [/^(al|el|ad|as|ar|ash|an)[ -]/g, "al "],
];

const keyMemo = new BoundedCache<string, string>(50000);

/** Spelling key of a name: equal across languages and common transliterations (memoised). */
export function spellingKey(name: string): string {
  return keyMemo.getOrCompute(name, spellingKey0);
}

function spellingKey0(name: string): string {
  let s = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’'`]/g, "");
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return s.split(" ").map((w) => { for (const [re, rep] of TRANSLIT_RULES) w = w.replace(re, rep); return w; }).join(" ");
}
