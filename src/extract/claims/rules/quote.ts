// Rule family 1, quotations: a statement quotation is a direct claim; its speaker stands after it (", sagte sie",
// ", teilte X mit", ", hieß es aus dem Ministerium"), before it ("X sagte: „…“") or, with neither, is the speaker
// of the claim just before.
import type { ClaimContext, Quote, SentenceRange } from "../context.js";
import { addDraft } from "../drafts.js";
import { registerSpeaker } from "../mentions.js";
import { firstVerbAfterNounPhrase, nounPhraseEnd, withApposition } from "../noun-phrases.js";
import { introducedByCue } from "../quotes.js";
import { infoSource, sourceOf } from "../sources.js";
import { parsedSubject } from "../parse-subject.js";
import { nounPhraseChainSource, subjectOf, type SubjectReading } from "../subjects.js";
import { TERMINAL, skipAdverbs, skipTrailingAdverbs } from "../tokens.js";
import { reportingLemma } from "../verbs.js";

/** Who a quotation is attributed to, with the cue and the token where the attribution begins. */
interface QuoteAttribution {
  source: string | null;
  /** The phrase that names the speaker, where it says more than the name ("der Sprecher der Polizei, Max Muster"). */
  phrase?: string;
  person: boolean;
  cue: string | null;
  attributionStart: number;
}

/** A colon introduction of more than six words without a reporting verb: the quotation is no claim. */
const NOT_A_CLAIM = "not a claim";

/** Direct claims from the statement quotations that open in the sentence. */
export function quoteClaims(context: ClaimContext, sentence: SentenceRange): void {
  for (let token = sentence.start; token < sentence.end; token++) {
    const quote = context.quoteAt(token);
    if (!quote || quote.open !== token || !quote.statement) continue;
    const attribution = speakerAfterQuote(context, quote) ?? speakerBeforeQuote(context, quote) ?? previousSpeaker(context, quote, sentence.index);
    if (attribution !== NOT_A_CLAIM) {
      const { source, phrase, person, cue, attributionStart } = attribution;
      const draft = addDraft(context, { source, sourcePhrase: phrase, mode: "direct", from: quote.open + 1, to: quote.close, cue, sentence: sentence.index, attributionStart });
      if (draft) draft.distancing = [];
      registerSpeaker(context, source, person, quote.open);
    }
    markUsed(context, quote.open, quote.close + 1);
    token = quote.close;
  }
}

/** Marks tokens [from, to) as taken by a claim. */
function markUsed(context: ClaimContext, from: number, to: number): void {
  for (let token = from; token < to; token++) context.used[token] = 1;
}

/** After the quote: "“…”, sagte sie" / "“…,” she said" / "“…”, teilte X mit" / "“…”, hieß es aus dem Ministerium". */
function speakerAfterQuote(context: ClaimContext, quote: Quote): QuoteAttribution | undefined {
  const end = context.sentenceOf(quote.close).tokenEnd;
  const start = context.tokenText(quote.close + 1) === "," ? quote.close + 2 : context.tokenText(quote.close - 1) === "," ? quote.close + 1 : -1;
  if (start <= 0) return undefined;
  for (let verb = start; verb < Math.min(end, start + 24); verb++) {
    if (verb > start + 3 && (context.quoteAt(verb)?.statement || TERMINAL.has(context.tokenText(verb)))) break;
    const attribution = context.lexicon.impersonalVerbs.has(context.lower[verb]) && verb < start + 4
      ? impersonalAttribution(context, quote, verb, end)
      : verbAfterQuote(context, quote, start, verb, end);
    if (!attribution) continue;
    markUsed(context, quote.close + 1, end);
    return attribution;
  }
  return undefined;
}

/** "“…”, hieß es aus dem Ministerium": an impersonal verb, the source in a prepositional phrase after it. */
function impersonalAttribution(context: ClaimContext, quote: Quote, verb: number, end: number): QuoteAttribution {
  const { lexicon } = context;
  let source: string | null = null;
  let phrase: string | undefined;
  let token = verb + 1;
  while (token < end && token < verb + 3 && !lexicon.prepositions.has(context.lower[token])) token++;
  if (lexicon.prepositions.has(context.lower[token]) && token + 1 < end) {
    const phraseEnd = nounPhraseEnd(context, token + 1, end);
    if (phraseEnd > token + 1) {
      const reading = infoSource(context, token + 1, phraseEnd);
      if (!reading.anonymous && !reading.reject) ({ source, phrase } = { source: reading.source, phrase: reading.phrase });
    }
  }
  return { source, phrase, person: false, cue: context.tokenText(verb), attributionStart: quote.open };
}

/** "“…”, sagte der Minister" or "“…,” Masoud Shojai, head of the fair, said": a reporting verb or an inverted cue. */
function verbAfterQuote(context: ClaimContext, quote: Quote, start: number, verb: number, end: number): QuoteAttribution | undefined {
  if (!reportingLemma(context, verb) && !context.lexicon.invertedCues.has(context.lower[verb])) return undefined;
  // in a verb-second language the verb comes right after the quotation (its first position), or after a comma
  if (verb > start + 3 && context.tokenText(verb - 1) !== "," && context.syntax.clauseOrder === "verb-second") return undefined;
  let reading;
  if (verb > start) {
    // "“...,” Masoud Shojai, head of the fair, said." -> the first segment names the speaker
    let segmentEnd = start;
    while (segmentEnd < verb && context.tokenText(segmentEnd) !== ",") segmentEnd++;
    reading = sourceOf(context, start, skipTrailingAdverbs(context, start, segmentEnd), verb);
  } else {
    // "“…”, äußerte sich der Chef": past the reflexive pronoun
    const afterVerb = context.lexicon.reflexives.has(context.lower[verb + 1] ?? "") ? verb + 2 : verb + 1;
    const subjectStart = skipAdverbs(context, afterVerb, end);
    const subject = withApposition(context, { from: subjectStart, to: nounPhraseEnd(context, subjectStart, end) }, end);
    reading = sourceOf(context, subject.from, subject.to, verb);
  }
  return { source: reading.source, phrase: reading.phrase, person: reading.person, cue: context.tokenText(verb), attributionStart: quote.open };
}

/** Before the quote: "X sagte: „…“" / "Er appellierte an ...: „…“" / "The statement said, “…”". */
function speakerBeforeQuote(context: ClaimContext, quote: Quote): QuoteAttribution | typeof NOT_A_CLAIM | undefined {
  if (!(context.tokenText(quote.open - 1) === ":" || introducedByCue(context, quote.open))) return undefined;
  const sentenceStart = context.sentenceOf(quote.open).tokenStart;
  let verb = -1;
  for (let token = sentenceStart; token < quote.open - 1; token++) if (reportingLemma(context, token) && context.quoteIndex[token] < 0) { verb = token; break; }
  if (verb < 0 && quote.open - 1 - sentenceStart > 6) return NOT_A_CLAIM;
  let subject: SubjectReading = subjectOf(context, sentenceStart, verb >= 0 ? verb : firstVerbAfterNounPhrase(context, sentenceStart, quote.open - 1), quote.open - 1);
  // "Der Direktor des Hilfswerks, Anthony Lake, sagte: „…“": a chain with an apposition before the verb
  if (!subject.source && !subject.anonymous && verb > sentenceStart) subject = nounPhraseChainSource(context, sentenceStart, verb) ?? parsedSubject(context, verb) ?? subject;
  markUsed(context, sentenceStart, quote.open);
  // "Und weiter: „…“": an introduction naming no one continues the speaker before
  if (!subject.source && !subject.anonymous) return undefined;
  return { source: subject.source, phrase: subject.phrase, person: subject.person, cue: verb >= 0 ? context.tokenText(verb) : ":", attributionStart: sentenceStart };
}

/** On its own: the quotation continues the speaker of the claim just before, in its block or the sentence after. */
function previousSpeaker(context: ClaimContext, quote: Quote, sentence: number): QuoteAttribution {
  const previous = context.lastDraft();
  const block = context.doc.sentences[sentence].block;
  const follows = previous && (previous.block === block || previous.sentence >= sentence - 1);
  return { source: follows ? previous.source : null, phrase: follows ? (previous.sourcePhrase ?? undefined) : undefined, person: false, cue: null, attributionStart: quote.open };
}
