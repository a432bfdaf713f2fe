// Rule family 3, cue words: the tokens of a sentence tried in order against the cue rules, the first that applies
// drafting its claim: as-clauses ("Wie die Polizei mitteilte, ...", "..., as the ministry said."), passive cues
// ("hieß es", "it was reported"), source phrases (rules/phrase.ts), the inverted ", so der Minister", participles
// (", saying X") and reporting verbs (rules/verb.ts).
import { isKnownAs } from "../../../nlp/pos/index.js";
import type { ClaimContext, CueSentence, SentenceRange } from "../context.js";
import { addDraft } from "../drafts.js";
import { registerSpeaker } from "../mentions.js";
import { isNounPhraseChain, nounPhraseEnd } from "../noun-phrases.js";
import { infoSource, sourceOf, type SourceReading } from "../sources.js";
import { QUOTE_MARKS, TERMINAL, hasBoundary, matchSequence, skipAdverbs, skipTrailingAdverbs } from "../tokens.js";
import { reportingLemma } from "../verbs.js";
import { gerundClaim } from "./gerund.js";
import { infoPhraseClaim, sourcePostpositionClaim, sourcePrepositionClaim } from "./phrase.js";
import { verbClaim } from "./verb.js";

/** A cue rule drafts the claim of a cue at `token` and returns the token it ends on, or undefined when it does not apply. */
type CueRule = (context: ClaimContext, sentence: CueSentence, token: number) => number | undefined;

/** The cue rules in the order they are tried at each token. */
const CUE_RULES: CueRule[] = [
  asIntroductionClaim,
  trailingAsClauseClaim,
  passiveCueClaim,
  sourcePrepositionClaim,
  sourcePostpositionClaim,
  infoPhraseClaim,
  invertedCueClaim,
  gerundRule,
  passiveReportClaim,
  reportingVerbRule,
];

/** Claims from the cue words of a sentence, outside quotations and tokens other claims took. */
export function cueClaims(context: ClaimContext, range: SentenceRange): void {
  const { start, end } = range;
  // content end: before the final punctuation
  let contentEnd = end;
  while (contentEnd > start && (TERMINAL.has(context.tokenText(contentEnd - 1)) || (QUOTE_MARKS.has(context.tokenText(contentEnd - 1)) && context.used[contentEnd - 1]))) contentEnd--;
  const sentence: CueSentence = { ...range, contentEnd };
  for (let token = start; token < contentEnd; token++) {
    if (context.used[token] || context.quoteIndex[token] >= 0) continue;
    for (const rule of CUE_RULES) {
      const last = rule(context, sentence, token);
      if (last !== undefined) {
        token = last;
        break;
      }
    }
  }
}

/** The mode of a claim whose source may be anonymous ("Berichten zufolge" is hedged). */
const modeOf = (reading: SourceReading): "hedged" | "indirect" => (reading.anonymous ? "hedged" : "indirect");

/** "Wie die Polizei mitteilte, ..." / "Wie es hieß, ..." / "As the ministry said, ...": the content follows the comma. */
function asIntroductionClaim(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  if (token !== sentence.start || !context.lexicon.asIntro.has(context.lower[token])) return undefined;
  let comma = token + 1;
  while (comma < sentence.contentEnd && context.tokenText(comma) !== "," && comma < token + 12) comma++;
  if (context.tokenText(comma) !== ",") return undefined;
  const { verb, impersonal } = asClauseVerb(context, token + 1, comma);
  if (!impersonal && verb < 0) return undefined;
  const reading = asClauseSource(context, token + 1, verb, impersonal);
  for (let index = token; index <= comma; index++) context.used[index] = 1;
  const cue = context.spanText(token, comma);
  addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode: modeOf(reading), from: comma + 1, to: sentence.contentEnd, cue, sentence: sentence.index, attributionStart: token, forward: true });
  registerSpeaker(context, reading.source, reading.person, token + 1);
  return comma;
}

/** "..., wie die Bahn mitteilte." / "..., as the ministry said.": the content precedes the as-clause. */
function trailingAsClauseClaim(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  const end = sentence.contentEnd;
  if (token <= sentence.start + 2 || !context.lexicon.asIntro.has(context.lower[token]) || context.tokenText(token - 1) !== "," || hasBoundary(context, token + 1, end)) return undefined;
  const { verb, impersonal } = asClauseVerb(context, token + 1, end);
  if (!(impersonal || (verb >= 0 && end - token <= 14))) return undefined;
  const reading = asClauseSource(context, token + 1, verb, impersonal);
  for (let index = token; index < end; index++) context.used[index] = 1;
  let from = sentence.start;
  const last = context.lastDraft();
  if (last && last.sentence === sentence.index) from = Math.max(from, last.to + 1);
  addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode: modeOf(reading), from, to: token - 1, cue: context.spanText(token, end), sentence: sentence.index, attributionStart: token });
  registerSpeaker(context, reading.source, reading.person, token + 1);
  return end;
}

/** The reporting verb of an as-clause [from, to) ("wie die Polizei mitteilte"), or an impersonal one ("wie es hieß"). */
function asClauseVerb(context: ClaimContext, from: number, to: number): { verb: number; impersonal: boolean } {
  const { lexicon } = context;
  let verb = -1, impersonal = false;
  for (let index = from; index < to; index++) {
    if (lexicon.impersonalVerbs.has(context.lower[index])) {
      impersonal = true;
      continue;
    }
    const lemma = reportingLemma(context, index);
    if (!lemma) continue;
    const needed = lexicon.needsParticle.get(lemma);
    if (needed && ![...needed].some((particle) => context.lower[index].startsWith(particle)) && !context.lower.slice(from, to).some((word) => needed.has(word))) continue;
    verb = index;
  }
  return { verb, impersonal };
}

/** The source of an as-clause: its subject, or the phrase after the verb's source preposition ("wie aus dem Bericht X hervorgeht"). */
function asClauseSource(context: ClaimContext, from: number, verb: number, impersonal: boolean): SourceReading {
  if (impersonal) return { source: null, person: false, anonymous: false };
  const lemma = reportingLemma(context, verb);
  const preposition = lemma ? context.lexicon.sourcePrepositionVerbs.get(lemma) : undefined;
  if (preposition) {
    for (let index = from; index < verb; index++) if (context.lower[index] === preposition) return infoSource(context, index + 1, nounPhraseEnd(context, index + 1, verb));
  }
  // "wie „heise online“ berichtet": a quoted title names a medium
  if (QUOTE_MARKS.has(context.tokenText(from)) && QUOTE_MARKS.has(context.tokenText(verb - 1)) && verb - from > 2 && verb - from <= 6) {
    return { source: context.spanText(from + 1, verb - 1), person: false, anonymous: false };
  }
  const phraseEnd = nounPhraseEnd(context, from, verb);
  // "wie de Maizière darlegte": a name the chunker does not open is the clause before the verb
  if (phraseEnd <= from && verb - from <= 5) return sourceOf(context, from, verb, from);
  return sourceOf(context, from, phraseEnd, from);
}

/** Passive cues with no speaker: "..., hieß es.", "Es hieß, ...", "war von X die Rede", "it was reported that ...". */
function passiveCueClaim(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  const { lexicon } = context;
  const end = sentence.contentEnd;
  const words = lexicon.passiveCues.get(context.lower[token])?.find((cue) => matchSequence(context, token, cue, end));
  if (!words) return undefined;
  const after = token + words.length;
  for (let index = token; index < after; index++) context.used[index] = 1;
  const commaBefore = token > sentence.start && context.tokenText(token - 1) === ",";
  const clauseAfter = context.tokenText(after) === "," || lexicon.complementizers.has(context.lower[after]);
  const document = commaBefore ? documentSource(context, after, end) : openingSource(context, sentence.start, token);
  const claim = { source: document?.source ?? null, sourcePhrase: document?.phrase, mode: "indirect" as const, cue: context.spanText(token, after), sentence: sentence.index, attributionStart: token };
  if (commaBefore && (after >= end || lexicon.prepositions.has(context.lower[after]))) addDraft(context, { ...claim, from: sentence.start, to: token - 1 });
  else if (clauseAfter) addDraft(context, { ...claim, from: context.tokenText(after) === "," ? after + 1 : after, to: end, forward: true });
  else if (words.length === 2 && context.isCapitalized(token + 1) && !context.isCapitalized(token)) addDraft(context, { ...claim, from: sentence.start, to: end });
  // "They were accused of using force": a cue closing on its preposition; the accusation is the whole sentence
  else if ((lexicon.prepositions.has(context.lower[after - 1]) || lexicon.genitivePrepositions.has(context.lower[after - 1])) && after < end) addDraft(context, { ...claim, from: sentence.start, to: end });
  return after - 1;
}

/** "Bei der Agentur RIA hieß es", "Aus Paris hieß es", "Im Bericht heißt es": a phrase opening the sentence right before the cue. */
function openingSource(context: ClaimContext, start: number, cue: number): SourceReading | undefined {
  const { lexicon } = context;
  if (cue <= start + 1 || cue - start > 8 || nounPhraseEnd(context, start + 1, cue) !== cue) return undefined;
  if (lexicon.sourceLocatives.has(context.lower[start])) {
    const reading = sourceOf(context, start + 1, cue, start);
    return reading.source && !reading.reject ? reading : undefined;
  }
  const document = documentSource(context, start, cue);
  if (document) return document;
  // "Im Bericht heißt es": a definite text cited before nothing else names itself
  const head = cue - 1;
  return lexicon.documentNouns.has(context.lower[head]) && !lexicon.indefiniteDeterminers.has(context.lower[head - 1] ?? "") && lexicon.prepositions.has(context.lower[start])
    ? { source: context.tokenText(head), person: false, anonymous: false } : undefined;
}

/** "..., hieß es in dem Tweet (der Behörde)": the text's named author, or for a definite text with none the source cited just
 *  before, in this paragraph or the one before. */
function documentSource(context: ClaimContext, preposition: number, end: number): SourceReading | undefined {
  const { lexicon } = context;
  if (!lexicon.prepositions.has(context.lower[preposition] ?? "")) return undefined;
  const phraseEnd = nounPhraseEnd(context, preposition + 1, end);
  // "..., hieß es bei der Agentur X", "..., hieß es aus Paris"
  if (lexicon.sourceLocatives.has(context.lower[preposition]) && phraseEnd > preposition + 1) {
    const reading = sourceOf(context, preposition + 1, phraseEnd, preposition);
    if (reading.source && !reading.reject) return reading;
  }
  let head = -1;
  for (let token = preposition + 1; token < phraseEnd; token++) if (lexicon.documentNouns.has(context.lower[token]) || lexicon.infoNouns.has(context.lower[token])) { head = token; break; }
  if (head < 0) return undefined;
  if (phraseEnd > head + 1) {
    const reading = infoSource(context, preposition + 1, phraseEnd);
    return reading.source ? reading : undefined;
  }
  if (lexicon.indefiniteDeterminers.has(context.lower[head - 1] ?? "")) return undefined;
  const previous = context.lastDraft();
  const block = context.doc.sentences[context.tokens[preposition].sent].block;
  return previous?.source && block - previous.block <= 1 ? { source: previous.source, phrase: previous.sourcePhrase ?? undefined, person: false, anonymous: false } : undefined;
}

/** ", so der Minister.": an inverted cue after a comma, the source closing the sentence. */
function invertedCueClaim(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  if (!context.lexicon.invertedCues.has(context.lower[token]) || context.tokenText(token - 1) !== ",") return undefined;
  const end = sentence.contentEnd;
  const subjectStart = skipAdverbs(context, token + 1, end);
  let subjectEnd = nounPhraseEnd(context, subjectStart, end);
  if (subjectEnd <= subjectStart) return undefined;
  let comma = subjectStart;
  while (comma < end && !(context.tokenText(comma) === "," && context.quoteIndex[comma] < 0)) comma++;
  const segmentEnd = skipTrailingAdverbs(context, subjectStart, comma);
  // "Y, so Karl Muster von der Zeitung X." / "Y, so Frank Muster, Leiter der Abteilung.": the attribution closes the sentence
  const next = context.tokens[comma + 1];
  const clauseAfter = comma + 1 < end && (next.upos ? next.upos === "VERB" || next.upos === "AUX" : context.lexicon.auxiliaries.has(context.lower[comma + 1]) || context.lexicon.subjunctive.has(context.lower[comma + 1]) ||
    (!context.isCapitalized(comma + 1) && isKnownAs(context.doc.lang, context.lower[comma + 1], "VERB")));
  const closing = subjectEnd >= end - 1 || (!clauseAfter && isNounPhraseChain(context, subjectStart, end) && segmentEnd > subjectStart);
  // "Sein Rivale, so Obama weiter, würde ...": a parenthetical attribution inside the content
  const parenthetical = !closing && comma < end && segmentEnd <= subjectEnd + 1 && comma + 1 < end;
  if (!closing && !parenthetical) return undefined;
  if (closing && subjectEnd < segmentEnd && isNounPhraseChain(context, subjectStart, segmentEnd)) subjectEnd = segmentEnd;
  const reading = sourceOf(context, subjectStart, closing ? subjectEnd : Math.min(subjectEnd, segmentEnd), token);
  const claim = { source: reading.source, sourcePhrase: reading.phrase, mode: modeOf(reading), cue: context.tokenText(token), sentence: sentence.index, attributionStart: token };
  if (closing) addDraft(context, { ...claim, from: sentence.start, to: token - 1 });
  else addDraft(context, { ...claim, from: sentence.start, to: end, cut: { from: token - 1, to: comma + 1 } });
  registerSpeaker(context, reading.source, reading.person, subjectStart);
  const last = closing ? end : comma + 1;
  for (let index = token; index < last; index++) context.used[index] = 1;
  return last - 1;
}

/** ", saying X" (a participle: the source is the clause's subject). */
function gerundRule(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  if (!context.lexicon.gerunds.has(context.lower[token])) return undefined;
  gerundClaim(context, sentence, token);
  return token;
}

/** "Several other injuries were also reported (as of Tuesday).": a passive reporting participle closing the sentence, no speaker
 *  unless its agent follows ("were reported by the agency"). */
function passiveReportClaim(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  const { lexicon } = context;
  const lemma = reportingLemma(context, token);
  if (lemma && lexicon.passiveAgentVerbs.has(lemma)) return passiveAgentClaim(context, sentence, token);
  // a participle, not the noun of the same spelling ("There were also reports of ...")
  if (!lemma || !lexicon.passiveReportVerbs.has(lemma) || context.tokens[token].upos === "NOUN" || lexicon.anonymousSources.has(context.lower[token])) return undefined;
  let auxiliary = token - 1;
  while (auxiliary > sentence.start && lexicon.adverbs.has(context.lower[auxiliary])) auxiliary--;
  if (!lexicon.passiveAuxiliaries.has(context.lower[auxiliary]) || auxiliary <= sentence.start) return undefined;
  // only prepositional phrases and times after it ("as of this writing", "on Monday"), no clause
  const end = sentence.contentEnd;
  for (let index = token + 1; index < end; index++) {
    const tag = context.tokens[index].upos;
    if (context.tokenText(index) === "," || lexicon.complementizers.has(context.lower[index]) || tag === "VERB" || tag === "AUX" || lexicon.auxiliaries.has(context.lower[index])) return undefined;
  }
  let reading: SourceReading = { source: null, person: false, anonymous: false };
  if (lexicon.agentPrepositions.has(context.lower[token + 1] ?? "")) reading = sourceOf(context, token + 2, nounPhraseEnd(context, token + 2, end), token);
  for (let index = auxiliary; index < end; index++) context.used[index] = 1;
  addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode: "indirect", from: sentence.start, to: end, cue: context.spanText(auxiliary, token + 1), sentence: sentence.index, attributionStart: auxiliary });
  return end - 1;
}

/** "Die Forderungen wurden von Minister X als unrealistisch bezeichnet.": a clause-final reporting participle after a passive
 *  auxiliary and an agent who can speak; the whole sentence is the claim. */
function passiveAgentClaim(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  const { lexicon } = context;
  const end = sentence.contentEnd;
  if (token + 1 < end && context.tokenText(token + 1) !== ",") return undefined;
  let auxiliary = -1, agent = -1;
  for (let index = token - 1; index >= sentence.start && context.tokenText(index) !== ","; index--) {
    if (lexicon.passiveAgentPrepositions.has(context.lower[index]) && agent < 0) agent = index;
    if (lexicon.passiveAuxiliaries.has(context.lower[index]) && auxiliary < 0) auxiliary = index;
  }
  if (auxiliary < 0 || agent < 0) return undefined;
  const agentEnd = nounPhraseEnd(context, agent + 1, token);
  const reading = agentEnd > agent + 1 ? sourceOf(context, agent + 1, agentEnd, agent) : undefined;
  if (!reading?.source || reading.reject || !(reading.person || context.isTitle(agentEnd - 1) || context.entityAt.has(agentEnd - 1) || lexicon.organizationHeads.some((head) => context.lower[agentEnd - 1].endsWith(head)))) return undefined;
  for (let index = Math.min(auxiliary, agent); index <= token; index++) context.used[index] = 1;
  addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode: "indirect", from: sentence.start, to: end, cue: context.tokenText(token), sentence: sentence.index, attributionStart: Math.min(auxiliary, agent) });
  return token;
}

/** "X sagte, ...", "Y, sagte X.", "X said Y": a reporting verb (rules/verb.ts). */
function reportingVerbRule(context: ClaimContext, sentence: CueSentence, token: number): number | undefined {
  const lemma = reportingLemma(context, token);
  if (lemma) verbClaim(context, sentence, token, lemma);
  return token;
}
