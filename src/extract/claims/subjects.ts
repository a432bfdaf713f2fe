// The speaker of a reporting clause: its subject before the verb ("Der Minister sagte"), after it in a verb-second
// clause or an inversion ("Am Freitag sagte der Minister", "sagte sie"), or a noun-phrase chain opening the sentence
// ("X, the Public Defender, on Thursday called ...").
import { isKnownAs } from "../../nlp/pos/index.js";
import type { ClaimContext } from "./context.js";
import { isModifiedNounPhrase, nounPhraseEnd, segmentsOf } from "./noun-phrases.js";
import { subjectPhraseEnd } from "./source-phrase.js";
import { sourceOf, type SourceReading } from "./sources.js";
import { BOUNDARY, adverbialWord, skipAdverbs } from "./tokens.js";

/** A clause's subject as a source, with the token where its attribution starts (the subject or the verb). */
export interface SubjectReading extends SourceReading {
  attributionStart: number;
}

/** The subject of a clause [from, end) whose (finite or reporting) verb is at `verb` (-1: none found). */
export function subjectOf(context: ClaimContext, from: number, verb: number, end: number): SubjectReading {
  const { lexicon } = context;
  while (from < verb && (lexicon.clauseConjunctions.has(context.lower[from]) || lexicon.complementizers.has(context.lower[from]) || BOUNDARY.has(context.tokenText(from)))) from++;
  if (verb < 0) return { ...sourceOf(context, from, nounPhraseEnd(context, from, end), from), attributionStart: from };
  const before = subjectBeforeVerb(context, from, verb);
  if (before) return before;
  // subject after the verb ("Am Freitag sagte der Minister", "sagte sie"), not its object ("sagte dem Sender")
  let start = skipAdverbs(context, verb + 1, end);
  if (lexicon.obliqueDeterminers.has(context.lower[start])) start = skipAdverbs(context, nounPhraseEnd(context, start, end), end);
  return { ...sourceOf(context, start, nounPhraseEnd(context, start, end), verb), attributionStart: verb };
}

/** A subject noun phrase opening the clause ("Der Minister sagte"); in a verb-second clause it must reach the verb. */
function subjectBeforeVerb(context: ClaimContext, from: number, verb: number): SubjectReading | undefined {
  const { lexicon } = context;
  // "Auch der Trainer kritisierte": a focus particle before the subject
  if (lexicon.focusParticles.has(context.lower[from]) && from + 1 < verb && !lexicon.prepositions.has(context.lower[from + 1]) && !lexicon.adverbs.has(context.lower[from + 1])) {
    const reading = subjectBeforeVerb(context, from + 1, verb);
    if (reading?.source || reading?.anonymous) return { ...reading, attributionStart: from };
  }
  const first = context.lower[from];
  // a time opens the clause ("Samstagmittag meldete die Polizei ..."): the subject follows the verb
  const adverbialStart = from >= verb || !!context.timeAt[from] || lexicon.prepositions.has(first) || lexicon.adverbs.has(first) ||
    lexicon.continuationAdverbs.has(first) || /^\p{N}/u.test(first) || adverbialWord(context, from) ||
    // "Den Wiederaufbau bezeichnete er als ...": an object opens the clause (not "Einer der Zeugen sagte")
    (lexicon.obliqueDeterminers.has(first) && !lexicon.determiners.has(context.lower[from + 1] ?? ""));
  if (adverbialStart) return undefined;
  const phraseEnd = nounPhraseEnd(context, from, verb);
  if (phraseEnd <= from) return undefined;
  // "Mara Lind vom Verein Grüne Insel (VGI) sagte": attributes, a bracket and an apposition may stand between name and verb
  if (context.syntax.clauseOrder === "verb-second" && skipAdverbs(context, phraseEnd, verb) < verb && skipAdverbs(context, subjectPhraseEnd(context, phraseEnd), verb) < verb) return undefined;
  return { ...sourceOf(context, from, phraseEnd, from), attributionStart: from };
}

/** The source named by a noun-phrase chain opening the sentence; a name in apposition wins over a description
 *  ("Nino Lomjaria, the Public Defender, on Thursday called ..." -> "Nino Lomjaria"). */
export function nounPhraseChainSource(context: ClaimContext, sentenceStart: number, verb: number): SubjectReading | undefined {
  const { lexicon } = context;
  if (lexicon.prepositions.has(context.lower[sentenceStart]) || lexicon.adverbs.has(context.lower[sentenceStart])) return undefined;
  let clauseStart = verb;
  while (clauseStart > sentenceStart && context.tokenText(clauseStart - 1) !== ",") clauseStart--;
  if (clauseStart <= sentenceStart) return undefined;
  let pick: { from: number; to: number } | undefined;
  for (const [index, segment] of segmentsOf(context, sentenceStart, clauseStart - 1).entries()) {
    const end = nounPhraseEnd(context, segment.from, segment.to);
    if (end <= segment.from) continue;
    // the first segment may go on past its noun phrase with a participle or preposition ("NGOs working in Goma", "officials in Isfara")
    const modified = index === 0 && isModifiedNounPhrase(context, segment.from, end, segment.to);
    if (end < segment.to && !modified) continue;
    if (modified) {
      pick ??= { from: segment.from, to: end };
      continue;
    }
    if (!pick) pick = segment;
    let capitalized = 0;
    for (let token = segment.from; token < segment.to; token++) if (context.isCapitalized(token) && !context.isTitle(token)) capitalized++;
    if (capitalized >= 2 && capitalized === segment.to - segment.from) pick = segment;
  }
  if (!pick) return undefined;
  const reading = sourceOf(context, pick.from, pick.to, pick.from);
  return reading.source ? { ...reading, attributionStart: pick.from } : undefined;
}

/** The speaker a sentence [start, end) opens with: its subject noun phrase before the finite verb, or a chain with an
 *  apposition ("Oppositionsführer X forderte ...", "Die Präsidentin, X, hat sich ... gewandt"); none for counted,
 *  adverbial or passive subjects. */
export function openingSubject(context: ClaimContext, start: number, end: number): SourceReading | undefined {
  const phraseEnd = nounPhraseEnd(context, start, end);
  if (phraseEnd <= start || phraseEnd >= end) return undefined;
  // "Mindestens sechs Menschen wurden getötet": a counted or adverbial subject, or the subject of a passive, does not speak
  const counted = (token: number) => context.tokens[token].upos === "NUM" || /^\p{N}/u.test(context.tokenText(token)) || (!context.tokens[token].upos && isKnownAs(context.doc.lang, context.lower[token], "NUM"));
  for (let token = start; token < phraseEnd; token++) if (counted(token)) return undefined;
  const adverbial = adverbialWord(context, start) || context.lexicon.adverbs.has(context.lower[start]) || (!context.tokens[start].upos && isKnownAs(context.doc.lang, context.lower[start], "ADV"));
  if (adverbial || context.lexicon.passiveAuxiliaries.has(context.lower[phraseEnd])) return undefined;
  const verbTag = context.tokens[phraseEnd].upos;
  const comma = context.tokenText(phraseEnd) === ",";
  if (!comma && (verbTag ? verbTag !== "VERB" && verbTag !== "AUX" : !context.isWord(phraseEnd))) return undefined;
  let reading: SourceReading | undefined;
  if (comma) {
    const verb = verbAfterChain(context, phraseEnd, end);
    reading = verb < 0 ? undefined : nounPhraseChainSource(context, start, verb);
  } else if (!context.isCapitalized(phraseEnd) || context.syntax.capitalization !== "nouns") {
    reading = subjectOf(context, start, phraseEnd, end);
  }
  return reading?.source && !reading.reject && !reading.anonymous ? reading : undefined;
}

/** The finite verb after a chain of comma-separated noun phrases: the first lower-case word right after a comma that is no function word. */
function verbAfterChain(context: ClaimContext, from: number, end: number): number {
  const { lexicon } = context;
  for (let token = from; token + 1 < end; token++) {
    if (context.tokenText(token) !== ",") continue;
    const next = token + 1, word = context.lower[next];
    if (context.isCapitalized(next) || lexicon.determiners.has(word) || lexicon.prepositions.has(word) || lexicon.relativePronouns.has(word) ||
      lexicon.clauseConjunctions.has(word) || lexicon.subordinators.has(word) || lexicon.complementizers.has(word)) continue;
    return next;
  }
  return -1;
}

/** The speaker the sentence before `index` opens with, when it stands in the same block ("Benny Gantz forderte ... . Die
 *  Demonstranten seien keine Feinde."). */
export function previousSentenceSubject(context: ClaimContext, index: number): SourceReading | undefined {
  const { doc } = context;
  const previous = doc.sentences[index - 1];
  if (!previous || previous.block !== doc.sentences[index].block) return undefined;
  return openingSubject(context, previous.tokenStart, previous.tokenEnd);
}
