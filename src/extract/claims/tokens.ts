// Token classes of the claims component: punctuation that ends or divides a sentence, quotation marks, the POS tags
// that open or continue a noun phrase, and small scans over a token range ("skip the adverbs after the verb").
import type { ClaimContext } from "./context.js";
import { isKnownAs } from "../../nlp/pos/index.js";

/** Punctuation that ends a sentence ("." "?!"). */
export const TERMINAL = new Set([".", "!", "?", "…", "...", "?!", "!?"]);
/** Punctuation that ends a clause or phrase (",", "–", "("). */
export const BOUNDARY = new Set([",", ";", ":", "–", "—", "-", "(", ")"]);
/** Punctuation that ends a parenthetical or a clause, never a list item (";", "–"). */
export const HARD_BOUNDARY = new Set([";", ":", "–", "—"]);
/** Quote pairs: opening mark -> accepted closing marks. */
export const QUOTE_CLOSE: Record<string, string[]> = {
  "„": ["“", "”", "\""],
  "“": ["”", "“"],
  "\"": ["\""],
  "«": ["»"],
  "»": ["«"],
};
export const QUOTE_MARKS = new Set(["„", "“", "”", "\"", "«", "»"]);
/** Blocks whose sentences are never claims (captions, credits, headings). */
export const SKIPPED_ROLES = new Set(["caption", "credit", "byline", "dateline", "kicker", "title", "heading", "embed", "broadcast"]);

/** POS tags inside a noun phrase, and tags that cannot open one. */
export const NOUN_PHRASE_TAGS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
export const NOT_NOUN_PHRASE_START = new Set(["ADP", "SCONJ", "AUX", "INTJ", "VERB", "CCONJ", "ADV"]);
/** POS tags that rule out a reporting verb when the tagger has run. */
export const NOT_VERB_TAGS = new Set(["ADJ", "NOUN", "PROPN", "ADP", "DET", "NUM"]);

/** Whether the words of `sequence` stand at `start`, outside quotations, before `end` ("hieß es"). */
export function matchSequence(context: ClaimContext, start: number, sequence: string[], end: number): boolean {
  if (start + sequence.length > end) return false;
  for (let offset = 0; offset < sequence.length; offset++) {
    if (context.lower[start + offset] !== sequence[offset] || context.quoteIndex[start + offset] >= 0) return false;
  }
  return true;
}

/** The first token from `start` that is no adverb or auxiliary ("sagte am Freitag zudem" -> "am"). */
export function skipAdverbs(context: ClaimContext, start: number, end: number): number {
  const { lexicon } = context;
  while (start < end && (lexicon.adverbs.has(context.lower[start]) || lexicon.auxiliaries.has(context.lower[start]))) start++;
  return start;
}

/** The end of [from, to) without trailing adverbs and auxiliaries ("Der Minister hat" -> "Der Minister"). */
export function skipTrailingAdverbs(context: ClaimContext, from: number, to: number): number {
  const { lexicon } = context;
  while (to > from && (lexicon.adverbs.has(context.lower[to - 1]) || lexicon.auxiliaries.has(context.lower[to - 1]))) to--;
  return to;
}

/** The first token from `from` that is no conjunction or complementizer ("und dass der Minister" -> "der"). */
export function skipConjunctions(context: ClaimContext, from: number, to: number): number {
  const { lexicon } = context;
  while (from < to && (lexicon.clauseConjunctions.has(context.lower[from]) || lexicon.complementizers.has(context.lower[from]))) from++;
  return from;
}

/** Whether a complementizer outside quotations stands in [from, to) ("..., that ..."). */
export function hasComplementizer(context: ClaimContext, from: number, to: number): boolean {
  for (let token = from; token < to; token++) if (context.lexicon.complementizers.has(context.lower[token]) && context.quoteIndex[token] < 0) return true;
  return false;
}

/** Whether a clause or phrase boundary stands in [from, to) (",", "–"). */
export function hasBoundary(context: ClaimContext, from: number, to: number): boolean {
  for (let token = from; token < to; token++) if (BOUNDARY.has(context.tokenText(token))) return true;
  return false;
}

/** The start of the clause that holds `token`: after the last boundary before it ("Y, der Minister sagte" -> "der"),
 *  or after a token `stopsAt` names. */
export function clauseStartBefore(context: ClaimContext, token: number, limit: number, stopsAt?: (token: number) => boolean): number {
  let start = token;
  while (start > limit && !stopsAt?.(start - 1)) {
    // a short bracket inside the clause is no boundary ("The Ministry of the Interior (MUP) announced")
    if (context.tokenText(start - 1) === ")") {
      const open = bracketOpening(context, start - 1, limit);
      if (open > limit && context.isWord(open - 1)) { start = open; continue; }
    }
    if (BOUNDARY.has(context.tokenText(start - 1))) break;
    start--;
  }
  return start;
}

/** The "(" of the short bracket closed at `close` (at most six words, no other boundary inside), or -1. */
function bracketOpening(context: ClaimContext, close: number, limit: number): number {
  for (let token = close - 1; token >= limit && token >= close - 7; token--) {
    const text = context.tokenText(token);
    if (text === "(") return token;
    if (BOUNDARY.has(text)) return -1;
  }
  return -1;
}

/** The end of a sentence's content before its final punctuation ("Er kommt." -> before "."). */
export function withoutTerminal(context: ClaimContext, start: number, end: number): number {
  while (end > start && TERMINAL.has(context.tokenText(end - 1))) end--;
  return end;
}

/** Word classes that open an adverbial, not a subject ("Hierzu sagte der Minister", "Als Begründung nannte sie"). */
const ADVERBIAL_TAGS = new Set(["ADV", "ADP", "SCONJ"]);

/** A word the tagger reads as adverb, preposition or conjunction; capitalised at the sentence start only when its lower-case
 *  form is listed ("Hierzu", "Als"; not "Augenzeugen", which an unsure tagger may call an adverb). */
export function adverbialWord(context: ClaimContext, token: number): boolean {
  const tag = context.tokens[token].upos ?? "";
  if (!ADVERBIAL_TAGS.has(tag)) return false;
  return !context.isCapitalized(token) || isKnownAs(context.doc.lang, context.lower[token], tag) || isKnownAs(context.doc.lang, context.tokenText(token), tag);
}
