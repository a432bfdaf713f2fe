// Numbers in the figure pass: digit strings with the language's separators, number tokens, and
// the phrase matching on lower-cased tokens the pass shares.
import type { Token } from "../../nlp/document.js";
import type { FigureLexicon } from "./lexicon.js";
import { matchesAt } from "../../nlp/phrases.js";

export const DIGITS_RE = /^\d+(?:[.,]\d+)*$/;
export const CURRENCY_PREFIX_RE = /^(US\$|\$|€|£)(\d.*)$/;

/** A number read at a token position. */
export interface NumberRead {
  value: number;
  /** Token range of the number incl. multiplier words, [start, end). */
  start: number;
  end: number;
  /** Written with digits (vs. number word). */
  digits: boolean;
  /** Plain four-digit-like integer without separators (year candidate). */
  plain: boolean;
  integer: boolean;
  currency?: string;
  /** Read from a word for "one" (counts only with a casualty cue). */
  one?: boolean;
  /** "one" read from an indefinite article right after the casualty verb ("killed a man"). */
  afterVerb?: boolean;
}

/** Parses a digit string with the language's separators. */
export function parseDigits(s: string, lex: FigureLexicon): number | null {
  if (!DIGITS_RE.test(s)) return null;
  const ts = lex.thousandsSep, ds = lex.decimalSep;
  const groups = s.split(ts);
  if (groups.length > 1) {
    // "20.000" / "7,939": thousands groups of three digits; the last may carry a decimal part
    const last = groups[groups.length - 1].split(ds);
    if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1, -1).some((g) => !/^\d{3}$/.test(g)) || !/^\d{3}$/.test(last[0])) return null;
    if (last.length > 2) return null;
    const n = Number(groups.slice(0, -1).join("") + last[0] + (last[1] !== undefined ? "." + last[1] : ""));
    return Number.isFinite(n) ? n : null;
  }
  const parts = s.split(ds);
  if (parts.length > 2) return null;
  if (parts.length === 2) return Number(parts[0] + "." + parts[1]);
  return Number(s);
}


export function isNumberToken(low: string[], tokens: Token[], k: number, lex: FigureLexicon): boolean {
  if (k < 0 || k >= tokens.length) return false;
  const s = tokens[k].text;
  if (/^\d/.test(s) || CURRENCY_PREFIX_RE.test(s)) return DIGITS_RE.test(s.replace(CURRENCY_PREFIX_RE, "$2").replace(/\p{L}+$/u, ""));
  return lex.numberWords.has(low[k]);
}

/** The phrase at token k, anywhere in the document (["pro", "cent"] at "pro cent"). */
export function matchAt(low: string[], k: number, words: string[], lastIsPrefix = false): boolean {
  return k >= 0 && matchesAt(low, k, words, lastIsPrefix, low.length);
}

/** Phrase ending right before position `end` (exclusive): returns its start or -1. */
export function matchBefore(low: string[], end: number, words: string[], lo: number): number {
  const s = end - words.length;
  if (s < lo) return -1;
  return matchAt(low, s, words) ? s : -1;
}

/** Bare digits at token k, when k lies in the sentence [sStart, sEnd). */
export function isDigitToken(tokens: Token[], k: number, sStart: number, sEnd: number): boolean {
  return k >= sStart && k < sEnd && /^\d+$/.test(tokens[k].text);
}
