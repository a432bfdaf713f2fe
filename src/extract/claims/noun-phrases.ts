// Noun-phrase chunking for sources and subjects: forward from a token ("der Sprecher des Ministeriums", "the
// ministry's spokesman"), backward from a postposition ("der Polizei zufolge"), appositions ("der Sprecher, Thomas
// Keller,"), short objects ("told the agency") and comma-separated chains of noun phrases opening a sentence.
// Where the language capitalises every noun, a phrase ends at its last capitalised word; where only names are
// capitalised, it runs to the next function word (the `capitalization` syntax hook).
import type { ClaimContext, TokenRange } from "./context.js";
import { isPersonName } from "./mentions.js";
import { NOT_NOUN_PHRASE_START, NOUN_PHRASE_TAGS, QUOTE_MARKS, TERMINAL, skipTrailingAdverbs } from "./tokens.js";

/** The end of the noun phrase starting at `start` ("der Sprecher des Ministeriums sagte" -> before "sagte"). */
export function nounPhraseEnd(context: ClaimContext, start: number, end: number): number {
  if (start >= end) return start;
  if (context.lexicon.pronouns.has(context.lower[start])) return start + 1;
  return context.syntax.capitalization === "names" ? namesNounPhraseEnd(context, start, end) : nounsNounPhraseEnd(context, start, end);
}

/** Lower-case nouns are normal: the phrase stops at function words and punctuation ("the ministry's spokesman"). */
function namesNounPhraseEnd(context: ClaimContext, start: number, end: number): number {
  if (!opensNamesNounPhrase(context, start)) return start;
  let k = start;
  while (k < end && continuesNamesNounPhrase(context, start, k)) k++;
  return k;
}

/** Whether a noun phrase can open at `start` (not a preposition, auxiliary, complementizer or lower-case verb). */
function opensNamesNounPhrase(context: ClaimContext, start: number): boolean {
  const { lexicon } = context;
  const word = context.lower[start];
  if (lexicon.prepositions.has(word) || lexicon.auxiliaries.has(word) || lexicon.complementizers.has(word)) return false;
  if (lexicon.verbLemma.has(word) && !context.isCapitalized(start)) return false;
  const tag = context.tokens[start].upos;
  return !(tag && NOT_NOUN_PHRASE_START.has(tag) && !(tag === "VERB" && context.isCapitalized(start)));
}

/** Whether token k continues the noun phrase opened at `start` ("spokesman for the ministry": "for" after a title). */
function continuesNamesNounPhrase(context: ClaimContext, start: number, k: number): boolean {
  const { lexicon } = context;
  const word = context.lower[k];
  const text = context.tokenText(k);
  const tag = context.tokens[k].upos;
  if (tag && tag !== "X" && k > start && !NOUN_PHRASE_TAGS.has(tag) && !lexicon.connectors.has(word) && !lexicon.possessiveClitics.has(text)) return false;
  if (!context.isWord(k) && !QUOTE_MARKS.has(text) && !lexicon.possessiveClitics.has(text)) return false;
  const connector = lexicon.connectors.has(word);
  const titleLink = lexicon.titleLinkPrepositions.has(word) && k > start && context.isTitle(k - 1);
  const functionWord = (lexicon.prepositions.has(word) && !titleLink) || lexicon.auxiliaries.has(word) || lexicon.adverbs.has(word) ||
    lexicon.complementizers.has(word) || (lexicon.clauseConjunctions.has(word) && !connector) || lexicon.verbLemma.has(word) ||
    lexicon.relativePronouns.has(word);
  if (k > start && functionWord) return false;
  if (!connector) return true;
  const next = context.lower[k + 1];
  return context.isWord(k + 1) && !lexicon.prepositions.has(next) && !lexicon.verbLemma.has(next) && !lexicon.adverbs.has(next);
}

/** Nouns are capitalised: determiners, adjectives and capitalised words, ending at the last capitalised one
 *  ("der Sprecher des Ministeriums", "offiziellen Angaben"). */
function nounsNounPhraseEnd(context: ClaimContext, start: number, end: number): number {
  const { lexicon } = context;
  let last = start;
  for (let k = start; k < end; k++) {
    const word = context.lower[k];
    if (!inNounsNounPhrase(context, start, k)) break;
    if (k > start && lexicon.prepositions.has(word) && !lexicon.connectors.has(word) && !context.isCapitalized(k)) break;
    if (context.isCapitalized(k) || lexicon.lowercaseNames.has(word)) last = k + 1;
    else if (closesQuoteFrom(context, k, start)) last = k + 1;
  }
  return last > start ? last : start;
}

/** Whether token k can stand in a noun phrase opened at `start`: a capitalised word, determiner, adjective ... */
function inNounsNounPhrase(context: ClaimContext, start: number, k: number): boolean {
  const { lexicon } = context;
  const word = context.lower[k];
  const previous = context.lower[k - 1];
  // an adjective never follows the noun it belongs to
  const adjective = context.isAdjective(k) &&
    !(k > start && context.isCapitalized(k - 1) && !(lexicon.nonAdjectives.has(previous) || lexicon.determiners.has(previous)));
  // a determiner after a noun opens its genitive ("Sprecher des Ministeriums"), not after a person's name
  const determiner = lexicon.determiners.has(word) &&
    (k === start || !context.isCapitalized(k - 1) || (lexicon.genitiveDeterminers.has(word) && !isPersonName(context, k - 1)));
  const connector = lexicon.connectors.has(word) && k > start && (context.isCapitalized(k + 1) || context.isAdjective(k + 1));
  return context.isCapitalized(k) || determiner || adjective || lexicon.fillers.has(word) || lexicon.lowercaseNames.has(word) ||
    QUOTE_MARKS.has(context.tokenText(k)) || connector;
}

/** Token k closes a quotation opened inside the phrase from `start` ("die Gruppe „Freie Presse“"). */
function closesQuoteFrom(context: ClaimContext, k: number, start: number): boolean {
  const quote = context.quoteAt(k);
  return QUOTE_MARKS.has(context.tokenText(k)) && !!quote && quote.open >= start && quote.close === k;
}

/** Start of the noun phrase that ends right before `end` ("der Polizei zufolge" -> "der"). */
export function nounPhraseStartBefore(context: ClaimContext, end: number, limit: number): number {
  const { lexicon } = context;
  let start = end;
  while (start > limit) {
    const k = start - 1;
    const word = context.lower[k];
    // "dem Sprecher der Polizei von Berlin": a preposition between two capitalised words
    const prepositionAttribute = lexicon.prepositions.has(word) && start < end && context.isCapitalized(start) && k > limit &&
      context.isCapitalized(k - 1) && !lexicon.genitivePrepositions.has(word);
    const inPhrase = context.isCapitalized(k) || lexicon.determiners.has(word) || context.isAdjective(k) || lexicon.fillers.has(word) ||
      lexicon.lowercaseNames.has(word) || QUOTE_MARKS.has(context.tokenText(k)) || lexicon.connectors.has(word) || prepositionAttribute;
    if (!inPhrase) break;
    if (context.sentenceOf(k).tokenStart === k && lexicon.adverbs.has(word)) break;
    start = k;
  }
  // do not start with a connector or a quotation mark
  while (start < end && (lexicon.connectors.has(context.lower[start]) || QUOTE_MARKS.has(context.tokenText(start)))) start++;
  return start;
}

/** A name in apposition after a noun phrase ("der Sprecher, Thomas Keller,") replaces the description. */
export function withApposition(context: ClaimContext, phrase: TokenRange, end: number): TokenRange {
  const { lexicon } = context;
  const comma = phrase.to;
  if (context.tokenText(comma) !== ",") return phrase;
  let k = comma + 1;
  while (k < end && k < comma + 5 && context.isCapitalized(k) && !context.isTitle(k) && !lexicon.determiners.has(context.lower[k])) k++;
  const closed = k >= end || context.tokenText(k) === "," || TERMINAL.has(context.tokenText(k)) ||
    lexicon.prepositions.has(context.lower[k]) || lexicon.adverbs.has(context.lower[k]);
  return k - (comma + 1) >= 2 && closed ? { from: comma + 1, to: k } : phrase;
}

/** The first word after an initial noun phrase, the finite verb of a verb-second clause ("Der Minister sagte" -> "sagte"), or -1. */
export function firstVerbAfterNounPhrase(context: ClaimContext, from: number, to: number): number {
  const phraseEnd = nounPhraseEnd(context, from, to);
  return phraseEnd > from && phraseEnd < to ? phraseEnd : -1;
}

/** End of a short object noun phrase ("told Clinton he ...", "told the agency it ..."). */
export function objectEnd(context: ClaimContext, start: number, end: number): number {
  const { lexicon } = context;
  const capitalizedRun = (k: number) => {
    while (k < end && context.isCapitalized(k)) k++;
    return k;
  };
  if (context.isCapitalized(start)) return capitalizedRun(start);
  if (lexicon.determiners.has(context.lower[start])) {
    let k = start + 1;
    while (k < end && k < start + 4 && !context.isCapitalized(k) && !lexicon.subjectPronouns.has(context.lower[k]) &&
      !lexicon.determiners.has(context.lower[k]) && context.isWord(k)) k++;
    return context.isCapitalized(k) ? capitalizedRun(k) : k;
  }
  return start + 1;
}

/** Comma-separated segments of [from, to) ("Der Minister, Peter Krause," -> two segments). */
export function segmentsOf(context: ClaimContext, from: number, to: number): TokenRange[] {
  const segments: TokenRange[] = [];
  let segmentStart = from;
  for (let k = from; k <= to; k++) {
    if (k === to || context.tokenText(k) === ",") {
      if (k > segmentStart) segments.push({ from: segmentStart, to: k });
      segmentStart = k + 1;
    }
  }
  return segments;
}

/** Whether [from, to) is a chain of comma-separated noun phrases ("Der Minister, Peter Krause,"). */
export function isNounPhraseChain(context: ClaimContext, from: number, to: number): boolean {
  const { lexicon } = context;
  const segments = segmentsOf(context, from, to);
  if (!segments.length) return false;
  return segments.every((segment, m) => {
    const end = skipTrailingAdverbs(context, segment.from, segment.to);
    const first = segment.from;
    // "in power since 1994", "which has ...", "filed with ..."
    if (m > 0 && (lexicon.prepositions.has(context.lower[first]) || lexicon.relativePronouns.has(context.lower[first]) || context.tokens[first].upos === "VERB")) return true;
    return nounPhraseEnd(context, first, end) >= end && end > first;
  });
}
