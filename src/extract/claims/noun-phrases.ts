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
  return context.syntax.capitalization === "names" ? nounPhraseEndAtFunctionWord(context, start, end) : nounPhraseEndAtLastCapital(context, start, end);
}

/** Lower-case nouns are normal: the phrase stops at function words and punctuation ("the ministry's spokesman"). */
function nounPhraseEndAtFunctionWord(context: ClaimContext, start: number, end: number): number {
  if (!canOpenNounPhrase(context, start)) return start;
  let token = start;
  while (token < end && continuesNounPhrase(context, start, token)) token++;
  return token;
}

/** Whether a noun phrase can open at `start` (not a preposition, auxiliary, complementizer or lower-case verb). */
function canOpenNounPhrase(context: ClaimContext, start: number): boolean {
  const { lexicon } = context;
  const word = context.lower[start];
  if (lexicon.prepositions.has(word) || lexicon.auxiliaries.has(word) || lexicon.complementizers.has(word)) return false;
  // "reports said": a source noun that is also a verb form opens a phrase before a verb
  const next = context.lower[start + 1] ?? "";
  const sourceNoun = (lexicon.anonymousSources.has(word) || lexicon.infoNouns.has(word)) && (lexicon.verbLemma.has(next) || lexicon.auxiliaries.has(next));
  if (sourceNoun) return true;
  if (lexicon.verbLemma.has(word) && !context.isCapitalized(start)) return false;
  const tag = context.tokens[start].upos;
  return !(tag && NOT_NOUN_PHRASE_START.has(tag) && !(tag === "VERB" && context.isCapitalized(start)));
}

/** Whether `token` continues the noun phrase opened at `start` ("spokesman for the ministry": "for" after a title). */
function continuesNounPhrase(context: ClaimContext, start: number, token: number): boolean {
  const { lexicon } = context;
  const word = context.lower[token];
  const text = context.tokenText(token);
  const tag = context.tokens[token].upos;
  // a capitalised word the tagger calls a verb inside the phrase is part of a name ("the Coordinating Council")
  const capitalizedVerb = tag === "VERB" && context.isCapitalized(token);
  if (tag && tag !== "X" && token > start && !NOUN_PHRASE_TAGS.has(tag) && !capitalizedVerb && !lexicon.connectors.has(word) && !lexicon.possessiveClitics.has(text)) return false;
  // "meldete die Polizei zwei Verletzte": a number after a common noun opens the next phrase (not "Apollo 11")
  if (tag === "NUM" && token > start && context.tokens[token - 1].upos === "NOUN") return false;
  if (!context.isWord(token) && !QUOTE_MARKS.has(text) && !lexicon.possessiveClitics.has(text)) return false;
  const connector = lexicon.connectors.has(word);
  const titleLink = lexicon.titleLinkPrepositions.has(word) && token > start && context.isTitle(token - 1);
  const functionWord = (lexicon.prepositions.has(word) && !titleLink) || lexicon.auxiliaries.has(word) || lexicon.adverbs.has(word) ||
    lexicon.complementizers.has(word) || (lexicon.clauseConjunctions.has(word) && !connector) || lexicon.verbLemma.has(word) ||
    lexicon.relativePronouns.has(word);
  if (token > start && functionWord) return false;
  if (!connector) return true;
  const next = context.lower[token + 1];
  return context.isWord(token + 1) && !lexicon.prepositions.has(next) && !lexicon.verbLemma.has(next) && !lexicon.adverbs.has(next);
}

/** Nouns are capitalised: determiners, adjectives and capitalised words, ending at the last capitalised one
 *  ("der Sprecher des Ministeriums", "offiziellen Angaben"). */
function nounPhraseEndAtLastCapital(context: ClaimContext, start: number, end: number): number {
  const { lexicon } = context;
  let last = start;
  for (let token = start; token < end; token++) {
    const word = context.lower[token];
    if (!fitsCapitalizedNounPhrase(context, start, token)) break;
    if (token > start && lexicon.prepositions.has(word) && !lexicon.connectors.has(word) && !context.isCapitalized(token)) break;
    if (context.isCapitalized(token) || lexicon.lowercaseNames.has(word)) last = token + 1;
    else if (closesQuoteFrom(context, token, start)) last = token + 1;
  }
  return last > start ? last : start;
}

/** Whether `token` can stand in a noun phrase opened at `start`: a capitalised word, determiner, adjective ... */
function fitsCapitalizedNounPhrase(context: ClaimContext, start: number, token: number): boolean {
  const { lexicon } = context;
  const word = context.lower[token];
  const previous = context.lower[token - 1];
  // an adjective never follows the noun it belongs to
  const adjective = context.isAdjective(token) &&
    !(token > start && context.isCapitalized(token - 1) && !(lexicon.nonAdjectives.has(previous) || lexicon.determiners.has(previous)));
  // a determiner after a noun opens its genitive ("Sprecher des Ministeriums"), not after a person's name
  const determiner = lexicon.determiners.has(word) &&
    (token === start || !context.isCapitalized(token - 1) || (lexicon.genitiveDeterminers.has(word) && !isPersonName(context, token - 1)));
  const connector = lexicon.connectors.has(word) && token > start && (context.isCapitalized(token + 1) || context.isAdjective(token + 1));
  return context.isCapitalized(token) || determiner || adjective || lexicon.fillers.has(word) || lexicon.lowercaseNames.has(word) ||
    QUOTE_MARKS.has(context.tokenText(token)) || connector;
}

/** `token` closes a quotation opened inside the phrase from `start` ("die Gruppe „Freie Presse“"). */
function closesQuoteFrom(context: ClaimContext, token: number, start: number): boolean {
  const quote = context.quoteAt(token);
  return QUOTE_MARKS.has(context.tokenText(token)) && !!quote && quote.open >= start && quote.close === token;
}

/** Start of the noun phrase that ends right before `end` ("der Polizei zufolge" -> "der"). */
export function nounPhraseStartBefore(context: ClaimContext, end: number, limit: number): number {
  const { lexicon } = context;
  let start = end;
  while (start > limit) {
    const token = start - 1;
    const word = context.lower[token];
    // "dem Sprecher der Polizei von Berlin": a preposition between two capitalised words
    const prepositionAttribute = lexicon.prepositions.has(word) && start < end && context.isCapitalized(start) && token > limit &&
      context.isCapitalized(token - 1) && !lexicon.genitivePrepositions.has(word);
    const inPhrase = context.isCapitalized(token) || lexicon.determiners.has(word) || context.isAdjective(token) || lexicon.fillers.has(word) ||
      lexicon.lowercaseNames.has(word) || QUOTE_MARKS.has(context.tokenText(token)) || lexicon.connectors.has(word) || prepositionAttribute;
    if (!inPhrase) break;
    if (context.sentenceOf(token).tokenStart === token && lexicon.adverbs.has(word)) break;
    start = token;
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
  let token = comma + 1;
  while (token < end && token < comma + 5 && context.isCapitalized(token) && !context.isTitle(token) && !lexicon.determiners.has(context.lower[token])) token++;
  const closed = token >= end || context.tokenText(token) === "," || TERMINAL.has(context.tokenText(token)) ||
    lexicon.prepositions.has(context.lower[token]) || lexicon.adverbs.has(context.lower[token]);
  return token - (comma + 1) >= 2 && closed ? { from: comma + 1, to: token } : phrase;
}

/** The first word after an initial noun phrase, the finite verb of a verb-second clause ("Der Minister sagte" -> "sagte"), or -1. */
export function firstVerbAfterNounPhrase(context: ClaimContext, from: number, to: number): number {
  const phraseEnd = nounPhraseEnd(context, from, to);
  return phraseEnd > from && phraseEnd < to ? phraseEnd : -1;
}

/** End of a short object noun phrase ("told Clinton he ...", "told the agency it ..."). */
export function objectEnd(context: ClaimContext, start: number, end: number): number {
  const { lexicon } = context;
  const capitalizedRun = (token: number) => {
    while (token < end && context.isCapitalized(token)) token++;
    return token;
  };
  if (context.isCapitalized(start)) return capitalizedRun(start);
  if (lexicon.determiners.has(context.lower[start])) {
    let token = start + 1;
    while (token < end && token < start + 4 && !context.isCapitalized(token) && !lexicon.subjectPronouns.has(context.lower[token]) &&
      !lexicon.determiners.has(context.lower[token]) && context.isWord(token)) token++;
    return context.isCapitalized(token) ? capitalizedRun(token) : token;
  }
  return start + 1;
}

/** Comma-separated segments of [from, to) ("Der Minister, Peter Krause," -> two segments). */
export function segmentsOf(context: ClaimContext, from: number, to: number): TokenRange[] {
  const segments: TokenRange[] = [];
  let segmentStart = from;
  for (let token = from; token <= to; token++) {
    if (token === to || context.tokenText(token) === ",") {
      if (token > segmentStart) segments.push({ from: segmentStart, to: token });
      segmentStart = token + 1;
    }
  }
  return segments;
}

/** Whether [from, to) is a noun phrase [from, phraseEnd) with a participle or prepositional modifier and no finite verb
 *  ("NGOs working in Goma", "officials in Isfara"; not "Angriffe auf Schutzsuchende könnten ... darstellen"). */
export function isModifiedNounPhrase(context: ClaimContext, from: number, phraseEnd: number, to: number): boolean {
  const { lexicon } = context;
  if (phraseEnd <= from || phraseEnd >= to) return false;
  // a verb right after the noun is a participle modifier only where verbs do not stand second ("Die Regierung plane ..." is a clause)
  const participle = context.tokens[phraseEnd].upos === "VERB" && context.syntax.clauseOrder !== "verb-second";
  if (!(lexicon.prepositions.has(context.lower[phraseEnd]) || participle)) return false;
  for (let token = phraseEnd + 1; token < to; token++) {
    const tag = context.tokens[token].upos;
    if (tag === "AUX" || tag === "VERB" || lexicon.auxiliaries.has(context.lower[token]) || lexicon.subjunctive.has(context.lower[token])) return false;
  }
  return true;
}

/** Whether [from, to) is a chain of comma-separated noun phrases ("Der Minister, Peter Krause,"). */
export function isNounPhraseChain(context: ClaimContext, from: number, to: number): boolean {
  const { lexicon } = context;
  const segments = segmentsOf(context, from, to);
  if (!segments.length) return false;
  return segments.every((segment, index) => {
    const end = skipTrailingAdverbs(context, segment.from, segment.to);
    const first = segment.from;
    // "in power since 1994", "which has ...", "filed with ..."
    if (index > 0 && (lexicon.prepositions.has(context.lower[first]) || lexicon.relativePronouns.has(context.lower[first]) || context.tokens[first].upos === "VERB")) return true;
    const phraseEnd = nounPhraseEnd(context, first, end);
    // a noun phrase may go on with a participle or preposition ("NGOs working in Goma", "Obmann der Fraktion im Ausschuss")
    return (phraseEnd >= end && end > first) || isModifiedNounPhrase(context, first, phraseEnd, end);
  });
}
