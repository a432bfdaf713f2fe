// Sentences without a cue of their own: "demnach" and Konjunktiv sentences continue the last source; "soll ...
// worden sein", "angeblich", "reportedly", "is believed to have" make a hedged claim with no source; and "Die
// Angaben lassen sich nicht unabhängig überprüfen" marks the claims before it as unverified.
import type { ClaimContext, Draft, SentenceRange } from "./context.js";
import { addDraft } from "./drafts.js";
import { previousSentenceSubject } from "./subjects.js";
import { QUOTE_MARKS, TERMINAL, clauseStartBefore, matchSequence } from "./tokens.js";

/** What a sentence's words signal: a continuation adverb, a hedge, a Konjunktiv I form, a weaker Konjunktiv II form. */
interface ContinuationSignals {
  continuation: boolean;
  hedge: boolean;
  subjunctive: boolean;
  weakSubjunctive: boolean;
}

/** A claim for a sentence without a cue: continued from the last source, or hedged with none. */
export function continuationClaims(context: ClaimContext, sentence: SentenceRange): void {
  const { start } = sentence;
  let end = sentence.end;
  while (end > start && (TERMINAL.has(context.tokenText(end - 1)) || (QUOTE_MARKS.has(context.tokenText(end - 1)) && (context.quoteAt(end - 1)?.open ?? start) < start))) end--;
  // a sentence inside a running quotation is not a claim of its own
  let outside = 0;
  for (let token = start; token < end; token++) if (context.quoteIndex[token] < 0 && context.isWord(token)) outside++;
  if (outside < 2) return;
  const block = context.doc.sentences[sentence.index].block;
  const previous = context.lastDraft();
  const previousInBlock = previous && previous.block === block ? previous : undefined;
  const previousAdjacent = previous && previous.sentence === sentence.index - 1 ? previous : undefined;
  const signals = signalsOf(context, start, end);
  const claim = { from: start, to: end, cue: null, sentence: sentence.index, attributionStart: start };
  if (signals.continuation && previous) {
    addDraft(context, { ...claim, source: previous.source, sourcePhrase: previous.sourcePhrase, mode: previous.mode === "hedged" ? "hedged" : "indirect" });
    return;
  }
  if (signals.hedge) {
    addDraft(context, { ...claim, source: null, mode: "hedged" });
    return;
  }
  // "Benny Gantz forderte Zurückhaltung. Die Demonstranten seien keine Feinde.": a Konjunktiv sentence after one without a claim
  // continues the speaker that sentence is about, nearer than an older claim of the block
  const subject = signals.subjunctive && !previousAdjacent ? previousSentenceSubject(context, sentence.index) : undefined;
  if (subject) {
    addDraft(context, { ...claim, source: subject.source, sourcePhrase: subject.phrase, mode: "indirect" });
    return;
  }
  const source = previousInBlock ?? previousAdjacent ?? previousBeforeHeading(context, sentence.index);
  if (source && source.mode !== "hedged" && (signals.subjunctive || (signals.weakSubjunctive && previousAdjacent && previousAdjacent.block === block))) {
    addDraft(context, { ...claim, source: source.source, sourcePhrase: source.sourcePhrase, mode: "indirect" });
  }
}

/** The last claim of the block before a heading that opens this sentence's block ("... sagte der Zeuge. / Zwischentitel / Die Leichen seien ..."). */
function previousBeforeHeading(context: ClaimContext, index: number): Draft | undefined {
  const { doc } = context;
  const sentence = doc.sentences[index];
  const heading = doc.sentences[index - 1];
  if (!heading || heading.block === sentence.block || doc.blocks[heading.block]?.role !== "heading") return undefined;
  const before = doc.sentences[index - 2];
  const previous = context.lastDraft();
  return before && previous && previous.sentence === index - 2 && before.block !== heading.block ? previous : undefined;
}

/** The continuation and hedge signals of the words of [start, end) outside quotations. */
function signalsOf(context: ClaimContext, start: number, end: number): ContinuationSignals {
  const { lexicon } = context;
  const signals: ContinuationSignals = { continuation: false, hedge: false, subjunctive: false, weakSubjunctive: false };
  for (let token = start; token < end; token++) {
    if (context.quoteIndex[token] >= 0) continue;
    const word = context.lower[token];
    if (lexicon.continuationAdverbs.has(word)) signals.continuation = true;
    if (lexicon.hedgeAdverbs.has(word) && !inSubordinateClause(context, token, start)) signals.hedge = true;
    if (lexicon.hedgePhrases.get(word)?.some((phrase) => matchSequence(context, token, phrase, end))) signals.hedge = true;
    if (lexicon.subjunctive.has(word) && !inSubjunctiveIdiom(context, token, end)) signals.subjunctive = true;
    if (lexicon.subjunctiveWeak.has(word)) signals.weakSubjunctive = true;
    // "soll ... festgenommen worden sein"
    const last = end - 1;
    if (lexicon.hedgeModals.has(word) && last > token + 1 && lexicon.hedgeInfinitives.has(context.lower[last]) && !context.isCapitalized(last - 1)) signals.hedge = true;
  }
  return signals;
}

/** "..., die angeblich ...": `token` stands in a relative or adverbial clause. */
function inSubordinateClause(context: ClaimContext, token: number, sentenceStart: number): boolean {
  const clauseStart = clauseStartBefore(context, token, sentenceStart);
  const first = context.lower[clauseStart];
  return clauseStart !== sentenceStart && (context.lexicon.relativePronouns.has(first) || context.lexicon.subordinators.has(first));
}

/** "es sei denn", "wie dem auch sei": the Konjunktiv form at `token` stands in an idiom that reports nothing. */
function inSubjunctiveIdiom(context: ClaimContext, token: number, end: number): boolean {
  const word = context.lower[token];
  return context.lexicon.subjunctiveIdioms.some((idiom) => idiom.some((idiomWord, offset) => idiomWord === word && matchSequence(context, token - offset, idiom, end + 1)));
}

/** "Die Angaben lassen sich nicht unabhängig überprüfen": marks the claims before it. */
export function markUnverified(context: ClaimContext, sentence: SentenceRange): void {
  if (!saysUnverified(context, sentence)) return;
  const { doc, drafts } = context;
  const block = doc.sentences[sentence.index].block;
  let marked = false;
  for (let index = drafts.length - 1; index >= 0; index--) {
    const draft = drafts[index];
    if (draft.sentence >= sentence.index) continue;
    if (draft.block !== block || draft.unverified) break;
    draft.unverified = true;
    marked = true;
  }
  // a note alone in its block marks the claims of the sentence before
  const blockRecord = doc.blocks[block];
  const alone = !!blockRecord && doc.sentences[sentence.index].start <= blockRecord.start + 1 && (doc.sentences[sentence.index + 1]?.block ?? -1) !== block;
  if (marked || !alone) return;
  for (let index = drafts.length - 1; index >= 0 && drafts[index].sentence >= sentence.index - 1; index--) if (drafts[index].sentence === sentence.index - 1) drafts[index].unverified = true;
}

/** A negation, an adverb or subject, and a verification stem ("nicht", "unabhängig", "überprüfen"). */
function saysUnverified(context: ClaimContext, sentence: SentenceRange): boolean {
  const { lexicon } = context;
  let negation = false, adverb = false;
  for (let token = sentence.start; token < sentence.end; token++) {
    const word = context.lower[token];
    if (lexicon.unverifiedNegations.has(word)) negation = true;
    if (lexicon.unverifiedAdverbs.has(word) || lexicon.unverifiedSubjects.has(word)) adverb = true;
  }
  if (!(negation && adverb)) return false;
  for (let token = sentence.start; token < sentence.end; token++) if (lexicon.unverifiedStems.some((stem) => context.lower[token].startsWith(stem))) return true;
  return false;
}
