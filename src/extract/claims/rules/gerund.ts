// Rule family 4, participles: ", saying X" / "with the Ministry saying X": the content follows the participle, the
// source is the subject of its clause, or the speaker of the claim before it in the sentence.
import type { ClaimContext, CueSentence } from "../context.js";
import { addDraft } from "../drafts.js";
import { registerSpeaker } from "../mentions.js";
import { firstVerbAfterNounPhrase } from "../noun-phrases.js";
import { sourceOf, type SourceReading } from "../sources.js";
import { subjectOf } from "../subjects.js";
import { BOUNDARY } from "../tokens.js";

/** A claim from a participle at `gerund` ("..., saying the talks had failed"). */
export function gerundClaim(context: ClaimContext, sentence: CueSentence, gerund: number): void {
  let reading: SourceReading | undefined;
  let attributionStart = gerund;
  if (context.tokenText(gerund - 1) !== ",") {
    // "with the Ministry saying ..." (not "for calling", "he's saying")
    const subjectStart = absoluteSubjectStart(context, sentence, gerund);
    if (subjectStart < 0) return;
    reading = sourceOf(context, subjectStart, gerund, subjectStart);
    attributionStart = subjectStart - 1;
  }
  if (!reading) {
    const last = context.lastDraft();
    if (last && last.sentence === sentence.index) reading = { source: last.source, phrase: last.sourcePhrase ?? undefined, person: false, anonymous: false };
    else reading = subjectOf(context, sentence.start, firstVerbAfterNounPhrase(context, sentence.start, gerund), gerund);
  }
  context.used[gerund] = 1;
  const mode = reading.anonymous ? "hedged" : "indirect";
  addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode, from: gerund + 1, to: sentence.contentEnd, cue: context.tokenText(gerund), sentence: sentence.index, attributionStart, forward: true });
  registerSpeaker(context, reading.source, reading.person, attributionStart);
}

/** The subject of "with the Ministry saying": right after a clause conjunction, or -1 when the participle has none. */
function absoluteSubjectStart(context: ClaimContext, sentence: CueSentence, gerund: number): number {
  const { lexicon } = context;
  let start = gerund;
  while (start > sentence.start && !BOUNDARY.has(context.tokenText(start - 1)) && !lexicon.clauseConjunctions.has(context.lower[start - 1])) start--;
  const before = context.lower[gerund - 1];
  if (start >= gerund || start <= sentence.start || !lexicon.clauseConjunctions.has(context.lower[start - 1]) ||
    lexicon.prepositions.has(before) || lexicon.auxiliaries.has(before) || lexicon.possessiveClitics.has(context.tokenText(gerund - 1))) return -1;
  return start;
}
