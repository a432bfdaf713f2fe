// Rule family 2, source phrases: "laut X", "according to X", "X zufolge", "nach Angaben der Polizei", "nach
// Polizeiangaben", "nach eigenen Angaben". The claim is the sentence around the phrase, within its clause, with the
// phrase cut out of its text.
import type { ClaimContext, CueSentence, TokenRange } from "../context.js";
import { addDraft } from "../drafts.js";
import { registerSpeaker } from "../mentions.js";
import { nounPhraseEnd, nounPhraseStartBefore } from "../noun-phrases.js";
import { infoSource, sourceOf } from "../sources.js";
import { openingSubject } from "../subjects.js";
import { reportingLemma } from "../verbs.js";
import { HARD_BOUNDARY, QUOTE_MARKS, hasBoundary, matchSequence, skipAdverbs } from "../tokens.js";

/** A source phrase in a sentence: the phrase, the noun phrase inside it that names the source, and its cue. */
interface SourcePhrase {
  phrase: TokenRange;
  source: TokenRange;
  cue: string;
}

/** "laut X", "according to X", "according to a statement from the ministry"; returns the token it ends on. */
export function sourcePrepositionClaim(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  const { lexicon } = context;
  const end = sentence.contentEnd;
  const preposition = lexicon.sourcePrepositions.get(context.lower[token])?.find((words) => matchSequence(context, token, words, end));
  if (!preposition) return undefined;
  const start = token + preposition.length;
  let phraseEnd = nounPhraseEnd(context, start, end);
  // "according to a statement from the ministry", "laut Angaben der Feuerwehr", "laut Informationen aus Regierungskreisen"
  const next = context.lower[phraseEnd] ?? "";
  if (phraseEnd > start && isInformationNoun(context, context.lower[phraseEnd - 1] ?? "")) {
    if (lexicon.genitivePrepositions.has(next) || lexicon.attributePrepositions.has(next)) phraseEnd = Math.max(phraseEnd, nounPhraseEnd(context, phraseEnd + 1, end));
    else if (lexicon.genitiveDeterminers.has(next)) phraseEnd = Math.max(phraseEnd, nounPhraseEnd(context, phraseEnd, end));
  }
  if (phraseEnd > start) {
    phraseClaim(context, sentence, { phrase: { from: token, to: phraseEnd }, source: { from: start, to: phraseEnd }, cue: context.spanText(token, start) });
  }
  return phraseEnd - 1;
}

/** An information noun or a compound ending in one ("Angaben", "Eilmeldung"). */
function isInformationNoun(context: ClaimContext, word: string): boolean {
  return context.lexicon.infoNouns.has(word) || context.lexicon.infoNounEndings.some((ending) => word.endsWith(ending));
}

/** "Der Polizei zufolge ...": the noun phrase before the postposition names the source. */
export function sourcePostpositionClaim(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  const { lexicon } = context;
  // "seiner Meinung nach", "Dem Vernehmen nach": an information postposition only right after its noun
  const infoPostposition = lexicon.infoPostpositions.has(context.lower[token]) && lexicon.infoNouns.has(context.lower[token - 1] ?? "");
  if (!lexicon.sourcePostpositions.has(context.lower[token]) && !infoPostposition) return undefined;
  let start = nounPhraseStartBefore(context, token, sentence.start);
  // "Einer Meldung von Xinhua zufolge", "Dem Bericht des Senders zufolge": the information noun before its genitive
  const linked = start - 1 > sentence.start && (lexicon.genitivePrepositions.has(context.lower[start - 1]) || lexicon.attributePrepositions.has(context.lower[start - 1])) ? start - 1 : start;
  const genitive = lexicon.genitiveDeterminers.has(context.lower[linked]) ? linked : linked < start ? linked : -1;
  if (genitive > sentence.start && isInformationNoun(context, context.lower[genitive - 1])) start = nounPhraseStartBefore(context, genitive, sentence.start);
  if (start < token) phraseClaim(context, sentence, { phrase: { from: start, to: token + 1 }, source: { from: start, to: token }, cue: context.tokenText(token) });
  return token;
}

/** "nach (offiziellen) Angaben (der Polizei)", "nach Polizeiangaben", "nach eigenen Angaben". */
export function infoPhraseClaim(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  const { lexicon } = context;
  if (!lexicon.infoPrepositions.has(context.lower[token])) return undefined;
  let noun = token + 1;
  while (noun < sentence.contentEnd && noun < token + 4 && (context.isAdjective(noun) || lexicon.determiners.has(context.lower[noun]))) noun++;
  return compoundInfoClaim(context, sentence, token, noun) ?? ownInfoClaim(context, sentence, token, noun) ?? infoNounClaim(context, sentence, token, noun);
}

/** "nach Polizeiangaben": the compound's first part is the source ("Polizei"), without its linking "s". */
function compoundInfoClaim(context: ClaimContext, sentence: CueSentence, token: number, noun: number): number | undefined {
  const { lexicon } = context;
  const word = context.lower[noun];
  if (lexicon.infoNouns.has(word) || !context.isCapitalized(noun)) return undefined;
  const ending = lexicon.infoNounEndings.find((infoNoun) => word.length > infoNoun.length + 1 && word.endsWith(infoNoun));
  if (!ending) return undefined;
  const text = context.tokenText(noun);
  let source = text.slice(0, text.length - ending.length).replace(/-$/u, "");
  if (lexicon.linkingEndings.some((linking) => source.toLowerCase().endsWith(linking))) source = source.slice(0, -1);
  for (let index = token; index <= noun; index++) context.used[index] = 1;
  const cue = context.spanText(token, noun + 1);
  addDraft(context, { source, mode: "indirect", from: sentence.start, to: sentence.contentEnd, cue, sentence: sentence.index, attributionStart: token, cut: { from: token, to: noun + 1 } });
  return noun;
}

/** "nach eigenen Angaben": the subject of the clause after the phrase speaks. */
function ownInfoClaim(context: ClaimContext, sentence: CueSentence, token: number, noun: number): number | undefined {
  const { lexicon } = context;
  if (!lexicon.infoNouns.has(context.lower[noun]) || noun <= token + 1 || !lexicon.reflexiveInfo.has(context.lower[noun - 1])) return undefined;
  // "Die Agentur sprach nach eigenen Berechnungen von ...": right after a reporting verb the phrase says nothing new, the verb speaks
  if (token > sentence.start && reportingLemma(context, token - 1)) return noun;
  // "Nach eigenen Angaben hat X ...": the subject after the verb; "X hat ... nach eigenen Angaben gestoppt": the one the sentence opens with
  const subjectStart = skipAdverbs(context, noun + 2, sentence.contentEnd);
  const opening = token > sentence.start + 1 ? openingSubject(context, sentence.start, sentence.contentEnd) : undefined;
  const reading = opening ?? sourceOf(context, subjectStart, nounPhraseEnd(context, subjectStart, sentence.contentEnd), subjectStart);
  for (let index = token; index <= noun; index++) context.used[index] = 1;
  const cue = context.spanText(token, noun + 1);
  addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode: "indirect", from: sentence.start, to: sentence.contentEnd, cue, sentence: sentence.index, attributionStart: token, cut: { from: token, to: noun + 1 } });
  return noun;
}

/** "nach Angaben der Polizei", "nach Angaben von X", "nach offiziellen Angaben": the genitive after the noun, if any. */
function infoNounClaim(context: ClaimContext, sentence: CueSentence, token: number, noun: number): number | undefined {
  const { lexicon } = context;
  if (!lexicon.infoNouns.has(context.lower[noun])) return undefined;
  const next = context.lower[noun + 1];
  const genitive = lexicon.determiners.has(next) || lexicon.genitivePrepositions.has(next) || context.isAdjective(noun + 1) ||
    (lexicon.attributePrepositions.has(next) && context.isCapitalized(noun + 2)) ||
    QUOTE_MARKS.has(context.tokenText(noun + 1)) || (context.isCapitalized(noun + 1) && context.syntax.genitiveAfterNoun);
  const genitiveStart = lexicon.genitivePrepositions.has(next) || lexicon.attributePrepositions.has(next) ? noun + 2 : noun + 1;
  const genitiveEnd = genitive ? nounPhraseEnd(context, genitiveStart, sentence.contentEnd) : noun + 1;
  const phraseEnd = genitiveEnd > noun + 1 ? genitiveEnd : noun + 1;
  phraseClaim(context, sentence, { phrase: { from: token, to: phraseEnd }, source: { from: token + 1, to: phraseEnd }, cue: context.spanText(token, noun + 1) });
  return Math.max(noun, genitiveEnd - 1);
}

/** A claim from a source phrase; its content is the sentence without the phrase, within the phrase's clause. */
function phraseClaim(context: ClaimContext, sentence: CueSentence, found: SourcePhrase): void {
  for (let index = found.phrase.from; index < found.phrase.to; index++) context.used[index] = 1;
  // the source inside the phrase: "Angaben der Polizei" -> "Polizei"; "offiziellen Angaben" -> "offizielle Angaben"
  let reading = infoSource(context, found.source.from, found.source.to);
  if (reading.anonymous) reading = { ...reading, source: null };
  const content = clauseAround(context, sentence, found.phrase);
  // "..., according to an assessment released by X." -> the phrase runs to the end
  const phrase = { ...found.phrase };
  // (not before a finite verb: ", laut Polizei wurde ein Mann verletzt" opens a clause of its own)
  const after = context.tokens[phrase.to];
  const afterWord = context.lower[phrase.to] ?? "";
  const opensClause = after?.upos ? ["AUX", "VERB"].includes(after.upos) : context.lexicon.auxiliaries.has(afterWord) || context.lexicon.subjunctive.has(afterWord);
  if (phrase.from > sentence.start && context.tokenText(phrase.from - 1) === "," && !hasBoundary(context, phrase.to, sentence.contentEnd) && !opensClause) phrase.to = sentence.contentEnd;
  content.to = withoutRelativeTail(context, sentence, phrase, content.to);
  addDraft(context, {
    source: reading.source, sourcePhrase: reading.phrase, mode: reading.anonymous ? "hedged" : "indirect", from: content.from, to: content.to, cue: found.cue,
    sentence: sentence.index, attributionStart: phrase.from, cut: phrase,
  });
  registerSpeaker(context, reading.source, reading.person, found.source.from);
}

/** The clause the phrase stands in: from the last hard boundary before it; to the next one when it is a parenthetical or ";". */
function clauseAround(context: ClaimContext, sentence: CueSentence, phrase: TokenRange): TokenRange {
  const content = { from: sentence.start, to: sentence.contentEnd };
  const hardBoundary = (index: number) => HARD_BOUNDARY.has(context.tokenText(index)) && context.quoteIndex[index] < 0;
  for (let index = phrase.from - 1; index >= sentence.start; index--) if (hardBoundary(index)) { content.from = index + 1; break; }
  for (let index = phrase.to; index < sentence.contentEnd; index++) {
    if (!hardBoundary(index)) continue;
    if (content.from > sentence.start || context.tokenText(index) === ";") content.to = index; // only a parenthetical the phrase stands in, or a new clause
    break;
  }
  return content;
}

/** A trailing relative clause after a complete statement is background, not the claim ("..., die seit Jahren ..."). */
function withoutRelativeTail(context: ClaimContext, sentence: CueSentence, phrase: TokenRange, contentEnd: number): number {
  const { lexicon } = context;
  const end = sentence.contentEnd;
  for (let index = Math.max(phrase.to, sentence.start + 3); index + 1 < end; index++) {
    if (context.tokenText(index) !== "," || !lexicon.relativePronouns.has(context.lower[index + 1]) || context.quoteIndex[index] >= 0) continue;
    let verb = false;
    for (let earlier = phrase.from <= sentence.start + 1 ? phrase.to : sentence.start; earlier < index; earlier++) if (lexicon.auxiliaries.has(context.lower[earlier])) verb = true;
    return verb && !hasBoundary(context, index + 1, end) ? index : contentEnd;
  }
  return contentEnd;
}
