// Rule family 5, reporting verbs: a verb form reports speech unless one of the guards below says it does not
// ("teilte" without "mit", "the first confirmed case", "did not say"); then the first verb rule that applies drafts
// its claim: a source-preposition verb ("geht aus dem Bericht hervor"), a back reference ("Das sagte X."), an
// inversion ("Y, sagte X."), a trailing subject ("Y, X said."), a passive ("mitgeteilt wurde, dass"), or the
// forward rules of rules/verb-forward.ts ("X sagte, Y", "X said Y").
import type { ClaimContext, CueSentence } from "../context.js";
import { addDraft } from "../drafts.js";
import { registerSpeaker } from "../mentions.js";
import { isModifiedNounPhrase, isNounPhraseChain, nounPhraseEnd, withApposition } from "../noun-phrases.js";
import { infoSource, sourceOf, type SourceReading } from "../sources.js";
import { nounPhraseChainSource, previousSentenceSubject } from "../subjects.js";
import {
  BOUNDARY, QUOTE_MARKS, TERMINAL, clauseStartBefore, hasComplementizer, skipAdverbs, skipConjunctions, skipTrailingAdverbs, withoutTerminal,
} from "../tokens.js";
import { hasParticle } from "../verbs.js";
import { FORWARD_RULES, opensContent } from "./verb-forward.js";

/** A reporting verb in its sentence, as the verb rules see it. */
export interface ReportingVerb {
  sentence: CueSentence;
  /** The verb's token. */
  token: number;
  lemma: string;
  /** The verb as written: the claim's cue ("sagte"). */
  cue: string;
  /** First token of the verb's clause: after the last boundary or taken quotation before it. */
  clauseStart: number;
}

/** A guard: when it applies, the verb form reports nothing here. */
interface VerbGuard {
  name: string;
  applies(context: ClaimContext, verb: ReportingVerb): boolean;
}

/** A verb rule: the first that applies drafts the verb's claim (or decides there is none). */
export interface VerbRule {
  name: string;
  applies(context: ClaimContext, verb: ReportingVerb): boolean;
  claim(context: ClaimContext, verb: ReportingVerb): void;
}

/** Guards tried before the verb is taken. */
const FORM_GUARDS: VerbGuard[] = [
  // "Die Räuber teilten die Beute.": a verb that needs its particle ("teilte ... mit") reports nothing without it
  { name: "missing particle", applies: (context, verb) => !hasParticle(context, verb.token, verb.lemma, verb.sentence.end) },
  // "the first confirmed case", "were reported", "nach gemeldeten Angriffen": an attributive or passive participle
  { name: "participle", applies: isAttributiveParticiple },
  // "confirmed to have died": a raising construction, no attribution
  { name: "raising", applies: (context, verb) => context.lexicon.infinitiveMarkers.has(context.lower[verb.token + 1] ?? "") && context.lexicon.auxiliaries.has(context.lower[verb.token + 2] ?? "") },
  // "did not say whether", "sagte nicht, ob": negated
  { name: "negated", applies: isNegated },
  // "the mobilisation announced by the President": a participle before its agent is passive, its noun no speaker
  { name: "agent", applies: (context, verb) => context.lexicon.agentPrepositions.has(context.lower[verb.token + 1] ?? "") && !context.lexicon.auxiliaries.has(context.lower[verb.token - 1] ?? "") },
  // "protests that have claimed at least 17 lives", "forderte 20 Todesopfer": a casualty idiom
  { name: "casualty idiom", applies: hasIdiomObject },
  // "Die Entfernungspauschale – auch Pendlerpauschale genannt – ist ...", "Das Objekt, genannt X,": a naming participle without an auxiliary
  // (where the form may also be finite, "The police described ...", only in apposition: "X, described as Y,")
  { name: "naming participle", applies: (context, verb) => context.lexicon.namingParticiples.has(context.lower[verb.token]) && !hasAuxiliaryBefore(context, verb) &&
    (context.syntax.clauseOrder === "verb-second" || [",", "–", "("].includes(context.tokenText(verb.token - 1))) },
  // "a group called Hamas": a naming verb before a name
  { name: "naming", applies: (context, verb) => context.lexicon.namingVerbs.has(verb.lemma) && context.isCapitalized(verb.token + 1) },
  // "called back", "called for": a particle that changes the verb's meaning
  { name: "blocking particle", applies: (context, verb) => !!context.lexicon.blockingParticles.get(verb.lemma)?.has(context.lower[verb.token + 1] ?? "") },
  // "wrote the hymn": a verb that reports only with a that-clause, a quotation or a colon
  { name: "no clause", applies: lacksClause },
  // "Sagte er das wirklich?": questions are no attributions
  { name: "question", applies: (context, verb) => TERMINAL.has(context.tokenText(verb.sentence.contentEnd)) && context.tokenText(verb.sentence.contentEnd).includes("?") },
];

/** Guards tried once the verb is taken. */
const CLAUSE_GUARDS: VerbGuard[] = [
  // "..., der das geschrieben hat, ...": a cue inside a verb-final relative or adverbial clause
  { name: "subordinate clause", applies: inSubordinateClause },
  // "erklärte sich bereit": a reporting verb used reflexively
  { name: "reflexive", applies: (context, verb) => !context.lexicon.reflexiveReporting.has(verb.lemma) && context.lexicon.reflexives.has(context.lower[verb.token + 1] ?? "") && context.tokenText(verb.token + 2) !== "," && !context.lexicon.complementizers.has(context.lower[verb.token + 2] ?? "") },
];

/** The verb rules in the order they are tried. */
const VERB_RULES: VerbRule[] = [
  // "Das geht aus dem Bericht der UN hervor." / "Aus dem Bericht geht hervor, dass ...": the source in a prepositional phrase
  { name: "source preposition", applies: (context, verb) => context.lexicon.sourcePrepositionVerbs.has(verb.lemma), claim: sourcePrepositionClaim },
  // "Das berichtete die Agentur X.": attributes the sentence before
  { name: "back reference", applies: isBackReference, claim: backReferenceClaim },
  // "Die Lage sei ruhig, sagte der Minister." / "The talks failed, said the minister.": the subject after the verb
  { name: "inversion", applies: isInversion, claim: inversionClaim },
  // "The talks failed, the minister said on Friday.": the subject before a clause-final verb
  { name: "trailing subject", applies: hasTrailingSubject, claim: trailingSubjectClaim },
  // "Y, Randal Taylor, police chief of the department, told reporters.": a name and its apposition close the sentence
  { name: "trailing chain", applies: (context, verb) => !!trailingChain(context, verb), claim: trailingChainClaim },
  // "als ihr mitgeteilt wurde, dass ...": a passive, no speaker
  { name: "passive", applies: isPassive, claim: passiveClaim },
  ...FORWARD_RULES,
];

/** Claims of the reporting verb at `token` ("sagte", "said"). */
export function verbClaim(context: ClaimContext, sentence: CueSentence, token: number, lemma: string): void {
  const verb: ReportingVerb = { sentence, token, lemma, cue: context.tokenText(token), clauseStart: verbClauseStart(context, sentence, token) };
  if (FORM_GUARDS.some((guard) => guard.applies(context, verb))) return;
  context.used[token] = 1;
  if (CLAUSE_GUARDS.some((guard) => guard.applies(context, verb))) return;
  VERB_RULES.find((rule) => rule.applies(context, verb))?.claim(context, verb);
}

/** The start of the verb's clause: after the last boundary before it or a quotation another claim took. */
function verbClauseStart(context: ClaimContext, sentence: CueSentence, token: number): number {
  return clauseStartBefore(context, token, sentence.start, (before) => context.quoteIndex[before] >= 0 && !!context.used[before]);
}

/** Whether one of the verb's idiom objects follows within its clause ("claimed at least 17 lives") or, for a clause-final participle, precedes it. */
function hasIdiomObject(context: ClaimContext, verb: ReportingVerb): boolean {
  const words = context.lexicon.idiomObjects.get(verb.lemma);
  if (!words) return false;
  for (let token = verb.token + 1; token < Math.min(verb.sentence.contentEnd, verb.token + 7) && !BOUNDARY.has(context.tokenText(token)); token++) if (words.has(context.lower[token])) return true;
  for (let token = verb.token - 1; token >= Math.max(verb.clauseStart, verb.token - 6); token--) if (words.has(context.lower[token])) return true;
  return false;
}

/** Whether an auxiliary stands in the verb's clause before it ("hatte ... genannt"). */
function hasAuxiliaryBefore(context: ClaimContext, verb: ReportingVerb): boolean {
  for (let token = verb.token - 1; token >= verb.clauseStart; token--) if (context.lexicon.auxiliaries.has(context.lower[token])) return true;
  return false;
}

/** "the first confirmed case", "were reported", "in reported attacks" (not "Das berichtete ..."). */
function isAttributiveParticiple(context: ClaimContext, verb: ReportingVerb): boolean {
  const { lexicon } = context;
  const previous = context.lower[verb.token - 1] ?? "";
  // "officials had previously confirmed", "officials previously confirmed": an adverb after an auxiliary or the subject
  const beforeAdverb = context.tokens[verb.token - 2];
  const adverbTag = context.tokens[verb.token - 1]?.upos;
  const finiteAfterAdverb = (adverbTag ? adverbTag === "ADV" : lexicon.adverbs.has(previous)) && !!beforeAdverb &&
    (lexicon.haveAuxiliaries.has(context.lower[verb.token - 2]) || ["NOUN", "PROPN", "PRON"].includes(beforeAdverb.upos ?? ""));
  const blocked = (lexicon.participleBlockers.has(previous) && !finiteAfterAdverb) || lexicon.passiveAuxiliaries.has(previous) || lexicon.prepositions.has(previous);
  return verb.token > verb.sentence.start && blocked && !(verb.token === verb.sentence.start + 1 && lexicon.backReferences.has(previous));
}

/** "did not say", "sagte nicht": a negation within three tokens before or one after the verb. */
function isNegated(context: ClaimContext, verb: ReportingVerb): boolean {
  // not across a comma: "... nicht anerkennen, sagte der Richter" reports a negated content
  let from = verb.token;
  while (from > Math.max(verb.sentence.start, verb.token - 3) && context.tokenText(from - 1) !== ",") from--;
  for (let token = from; token <= verb.token + 1 && token < verb.sentence.contentEnd; token++) {
    if (token !== verb.token && context.lexicon.negations.has(context.lower[token])) return true;
  }
  return false;
}

/** "wrote the hymn": a clause-only verb not followed (past adverbs and prepositional phrases) by "that", ":", ",", a quotation or a subject pronoun. */
function lacksClause(context: ClaimContext, verb: ReportingVerb): boolean {
  const { lexicon } = context;
  if (!lexicon.clauseOnlyVerbs.has(verb.lemma)) return false;
  const end = verb.sentence.contentEnd;
  // "..., they added.": a clause-only verb closing the sentence after its content
  const { sentence, clauseStart } = verb;
  if (clauseStart > sentence.start + 2 && context.tokenText(clauseStart - 1) === "," && verb.token - clauseStart <= 4 && skipAdverbs(context, verb.token + 1, end) >= end) return false;
  let token = skipAdverbs(context, verb.token + 1, end);
  // "geht davon aus, dass": the verb's particle before the clause
  if (lexicon.verbParticles.has(context.lower[token]) && context.tokenText(token + 1) === ",") token++;
  while (token < end && token < verb.token + 6 && lexicon.prepositions.has(context.lower[token]) && !lexicon.complementizers.has(context.lower[token])) {
    token = nounPhraseEnd(context, token + 1, end) > token + 1 ? nounPhraseEnd(context, token + 1, end) : token + 1;
  }
  const text = context.tokenText(token);
  return !(lexicon.complementizers.has(context.lower[token]) || text === ":" || text === "," || QUOTE_MARKS.has(text) || lexicon.subjectPronouns.has(context.lower[token]));
}

/** "..., der das geschrieben hat,": in a verb-second language, a clause opened by a relative pronoun or subordinator. */
function inSubordinateClause(context: ClaimContext, verb: ReportingVerb): boolean {
  const { lexicon } = context;
  const start = clauseStartBefore(context, verb.token, verb.sentence.start);
  const first = context.lower[start];
  return start > verb.sentence.start && (lexicon.relativePronouns.has(first) || lexicon.subordinators.has(first)) && !lexicon.asIntro.has(first) &&
    !context.isCapitalized(start + 1) && context.syntax.clauseOrder === "verb-second";
}

/** "Aus dem Bericht geht hervor, dass ..." / "Das geht aus dem Bericht der UN hervor.": the source after the verb's preposition. */
function sourcePrepositionClaim(context: ClaimContext, verb: ReportingVerb): void {
  const { sentence } = verb;
  const end = sentence.contentEnd;
  const preposition = context.lexicon.sourcePrepositionVerbs.get(verb.lemma);
  let prepositionIndex = -1;
  for (let token = sentence.start; token < end; token++) if (context.lower[token] === preposition && context.quoteIndex[token] < 0) { prepositionIndex = token; break; }
  if (prepositionIndex < 0) return;
  const phraseEnd = nounPhraseEnd(context, prepositionIndex + 1, end);
  const reading = infoSource(context, prepositionIndex + 1, phraseEnd);
  const mode = reading.anonymous ? "hedged" : "indirect";
  let comma = Math.max(verb.token, phraseEnd);
  while (comma < end && context.tokenText(comma) !== ",") comma++;
  if (comma < end && opensContent(context, comma + 1, end)) {
    addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode, from: comma + 1, to: end, cue: verb.cue, sentence: sentence.index, attributionStart: sentence.start, forward: true });
  } else if (context.lexicon.backReferences.has(context.lower[sentence.start]) && sentence.index > 0) {
    const previous = context.doc.sentences[sentence.index - 1];
    if (previous.block === context.doc.sentences[sentence.index].block && !context.drafts.some((draft) => draft.sentence === sentence.index - 1)) {
      const to = withoutTerminal(context, previous.tokenStart, previous.tokenEnd);
      addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode, from: previous.tokenStart, to, cue: verb.cue, sentence: sentence.index - 1, attributionStart: sentence.start });
    }
  }
}

/** "Das berichtete ..." : a demonstrative opening the sentence right before the verb. */
function isBackReference(context: ClaimContext, verb: ReportingVerb): boolean {
  const { sentence } = verb;
  return verb.token === sentence.start + 1 && context.lexicon.backReferences.has(context.lower[sentence.start]) && sentence.index > 0;
}

/** "Das berichtete die Agentur X.": names the speaker of the quotations before, or attributes the sentence before. */
function backReferenceClaim(context: ClaimContext, verb: ReportingVerb): void {
  const { sentence } = verb;
  const end = sentence.contentEnd;
  const previous = context.doc.sentences[sentence.index - 1];
  const subjectStart = skipAdverbs(context, verb.token + 1, end);
  const subject = withApposition(context, { from: subjectStart, to: nounPhraseEnd(context, subjectStart, end) }, end);
  if (subject.to <= subject.from) return;
  const before = context.drafts.filter((draft) => draft.sentence === sentence.index - 1);
  if (before.length && before.every((draft) => draft.source === null && draft.mode === "direct")) {
    const reading = sourceOf(context, subject.from, subject.to, subject.from);
    for (const draft of before) draft.source = reading.source;
    registerSpeaker(context, reading.source, reading.person, subject.from);
  } else if (previous.block === context.doc.sentences[sentence.index].block && !before.length) {
    const reading = sourceOf(context, subject.from, subject.to, subject.from);
    const to = withoutTerminal(context, previous.tokenStart, previous.tokenEnd);
    addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode: reading.anonymous ? "hedged" : "indirect", from: previous.tokenStart, to, cue: verb.cue, sentence: sentence.index - 1, attributionStart: sentence.start });
    registerSpeaker(context, reading.source, reading.person, subject.from);
  }
}

/** A comma right before the verb, or a comma and a closing quotation mark (", sagte", ",“ sagte"). */
function commaBefore(context: ClaimContext, verb: ReportingVerb): boolean {
  return context.tokenText(verb.token - 1) === "," || (QUOTE_MARKS.has(context.tokenText(verb.token - 1)) && context.tokenText(verb.token - 2) === ",");
}

/** The noun phrase after the verb and its adverbs ("sagte am Freitag der Minister" -> "der Minister"). */
function subjectAfterVerb(context: ClaimContext, verb: ReportingVerb): { from: number; to: number } {
  const { lexicon } = context;
  const end = verb.sentence.contentEnd;
  const from = skipAdverbs(context, verb.token + 1, end);
  // "sagte einer von ihnen": a partitive and its group
  if (lexicon.partitives.has(context.lower[from]) && lexicon.genitivePrepositions.has(context.lower[from + 1] ?? "") && from + 2 < end) {
    // the group as a noun phrase, or a pronoun ("von ihnen", "of them")
    const phraseEnd = context.tokens[from + 2].upos === "PRON" ? from + 3 : nounPhraseEnd(context, from + 2, end);
    const group = phraseEnd > from + 2 ? phraseEnd : context.isWord(from + 2) ? from + 3 : from + 2;
    if (group > from + 2) return { from, to: group };
  }
  return { from, to: nounPhraseEnd(context, from, end) };
}

/** "Y, sagte X.": a comma before the verb and a subject after it, not a complement clause ("..., said that") or opening chain. */
function isInversion(context: ClaimContext, verb: ReportingVerb): boolean {
  const { lexicon } = context;
  if (!commaBefore(context, verb)) return false;
  // "..., Randal Taylor, police chief, told reporters": after "told" stands the addressee, not the speaker
  if (lexicon.objectVerbs.has(verb.lemma) && context.syntax.clauseOrder !== "verb-second") return false;
  const subject = subjectAfterVerb(context, verb);
  const first = context.lower[subject.from];
  const subjectTail = subject.to > subject.from && !lexicon.prepositions.has(first) && !lexicon.complementizers.has(first) &&
    !hasComplementizer(context, subject.to, verb.sentence.contentEnd);
  return subjectTail && !isNounPhraseChain(context, verb.sentence.start, verb.token - 1);
}

/** The content runs from the sentence start to the comma; the subject after the verb speaks. */
function inversionClaim(context: ClaimContext, verb: ReportingVerb): void {
  const subject = withApposition(context, subjectAfterVerb(context, verb), verb.sentence.contentEnd);
  const reading = sourceOf(context, subject.from, subject.to, verb.token);
  if (reading.reject) return;
  const to = context.tokenText(verb.token - 1) === "," ? verb.token - 1 : verb.token - 2;
  trailingAttribution(context, verb, reading, to, verb.token);
}

/** "Y, X said (on Friday).": subject-verb-object order, a short noun phrase before the verb and only adverbials after it. */
function hasTrailingSubject(context: ClaimContext, verb: ReportingVerb): boolean {
  const { sentence, clauseStart } = verb;
  if (context.syntax.clauseOrder !== "subject-verb-object" || commaBefore(context, verb) || !hasAdverbialTail(context, verb)) return false;
  if (clauseStart <= sentence.start || verb.token - clauseStart > 6) return false;
  // "..., they added.": a pronoun subject
  if (verb.token === clauseStart + 1 && context.lexicon.pronouns.has(context.lower[clauseStart])) return true;
  // "..., the Health Ministry in Gaza said": the subject may carry a prepositional modifier
  const subjectStart = skipConjunctions(context, clauseStart, verb.token), subjectEnd = skipTrailingAdverbs(context, clauseStart, verb.token);
  const phraseEnd = nounPhraseEnd(context, subjectStart, verb.token);
  return phraseEnd >= subjectEnd || (phraseEnd > subjectStart && isModifiedNounPhrase(context, subjectStart, phraseEnd, subjectEnd));
}

/** The tail after the verb is only adverbials ("on Friday", "in a statement") or nothing, and an addressee may come first ("told AFP"). */
function hasAdverbialTail(context: ClaimContext, verb: ReportingVerb): boolean {
  const { lexicon } = context;
  const end = verb.sentence.contentEnd;
  const tailStart = skipAdverbs(context, verb.token + 1, end);
  const addressee = lexicon.objectVerbs.has(verb.lemma) && tailStart < end && !lexicon.prepositions.has(context.lower[tailStart]) && !lexicon.complementizers.has(context.lower[tailStart]);
  const afterObject = addressee ? nounPhraseEnd(context, tailStart, end) : tailStart;
  let tailEnd = afterObject;
  while (tailEnd < end && !BOUNDARY.has(context.tokenText(tailEnd))) tailEnd++;
  const prepositionTail = lexicon.prepositions.has(context.lower[afterObject]) && !lexicon.infinitiveMarkers.has(context.lower[afterObject]);
  let shortTail = tailEnd >= end && end - afterObject <= 3;
  for (let token = afterObject; token < end && shortTail; token++) shortTail = lexicon.adverbs.has(context.lower[token]) || lexicon.determiners.has(context.lower[token]) || !!context.timeAt[token];
  return (afterObject >= end || prepositionTail || context.tokenText(afterObject) === "," || shortTail) && tailEnd - verb.token <= 7 &&
    (tailEnd >= end || context.tokenText(tailEnd) === ",");
}

/** The content runs from the sentence start to the subject's clause; the subject before the verb speaks. */
function trailingSubjectClaim(context: ClaimContext, verb: ReportingVerb): void {
  let reading = sourceOf(context, verb.clauseStart, verb.token, verb.clauseStart);
  // "Local residents spoke to the agency. The city ..., they added.": a pronoun with no named antecedent is the subject the sentence before opens with
  if (!reading.source && !reading.reject && context.lexicon.pronouns.has(context.lower[verb.clauseStart])) {
    reading = previousSentenceSubject(context, verb.sentence.index) ?? reading;
  }
  if (reading.reject || (!reading.source && !reading.anonymous)) return;
  // ", which says ...": a relative clause reports its own content, not the sentence before it
  const { lexicon } = context;
  if (lexicon.relativePronouns.has(context.lower[verb.clauseStart]) && !lexicon.determiners.has(context.lower[verb.clauseStart])) return;
  trailingAttribution(context, verb, reading, verb.clauseStart - 1, verb.clauseStart);
}

/** The chain of one or two comma-separated noun phrases between the content and a clause-final verb in a
 *  subject-verb-object language ("..., Randal Taylor, police chief of the department, told reporters"), or undefined. */
function trailingChain(context: ClaimContext, verb: ReportingVerb): { from: number; to: number } | undefined {
  const { sentence } = verb;
  if (context.syntax.clauseOrder !== "subject-verb-object" || !commaBefore(context, verb) || !hasAdverbialTail(context, verb)) return undefined;
  const commas: number[] = [];
  for (let token = verb.token - 2; token > sentence.start && commas.length < 3; token--) if (context.tokenText(token) === "," && context.quoteIndex[token] < 0) commas.push(token);
  // the comma that ends the content: two segments back ("X, apposition, said"), the chain no longer than a dozen words
  const contentEnd = commas[1] ?? -1;
  if (contentEnd <= sentence.start + 2 || verb.token - contentEnd > 14) return undefined;
  const chain = { from: contentEnd + 1, to: verb.token - 1 };
  return isNounPhraseChain(context, chain.from, chain.to) ? chain : undefined;
}

/** The content up to the chain; the chain's name (or first noun phrase) speaks. */
function trailingChainClaim(context: ClaimContext, verb: ReportingVerb): void {
  const chain = trailingChain(context, verb);
  if (!chain) return;
  const reading = nounPhraseChainSource(context, chain.from, verb.token);
  if (!reading || reading.reject) return;
  trailingAttribution(context, verb, reading, chain.from - 1, chain.from);
}

/** Drafts the content before an attribution that closes the sentence and takes the attribution's tokens. */
function trailingAttribution(context: ClaimContext, verb: ReportingVerb, reading: SourceReading, to: number, attributionStart: number): void {
  const { sentence } = verb;
  addDraft(context, { source: reading.source, sourcePhrase: reading.phrase, mode: reading.anonymous ? "hedged" : "indirect", from: sentence.start, to, cue: verb.cue, sentence: sentence.index, attributionStart });
  registerSpeaker(context, reading.source, reading.person, verb.token);
  // the attribution's tail, up to a clause of its own (", while an official said ...")
  for (let token = verb.token; token < sentence.contentEnd && context.tokenText(token) !== ","; token++) context.used[token] = 1;
}

/** "mitgeteilt wurde": a participle before a passive auxiliary at the end of a verb-final clause. */
function isPassive(context: ClaimContext, verb: ReportingVerb): boolean {
  return context.lexicon.passiveAuxiliaries.has(context.lower[verb.token + 1] ?? "") && context.syntax.clauseOrder === "verb-second";
}

/** "als ihr mitgeteilt wurde, dass ...": the content clause after the comma, with no speaker. */
function passiveClaim(context: ClaimContext, verb: ReportingVerb): void {
  const { sentence } = verb;
  let token = verb.token + 2;
  while (token < sentence.contentEnd && token < verb.token + 4 && context.tokenText(token) !== ",") token++;
  if (context.tokenText(token) === "," && context.lexicon.complementizers.has(context.lower[token + 1] ?? "")) {
    addDraft(context, { source: null, mode: "indirect", from: token + 1, to: sentence.contentEnd, cue: verb.cue, sentence: sentence.index, attributionStart: verb.token, forward: true });
  }
}
