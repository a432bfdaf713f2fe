// Rule family 5, reporting verbs, forward: the content follows the verb ("X sagte, Y", "X sagte, dass Y", "X said
// Y", "X told reporters that Y", "X sprach von Y"); its subject speaks. Where no content clause follows, the object
// may be the content ("meldete zwei Festnahmen"), or a clause-final participle reports ("hätten von X berichtet").
import { isKnownAs } from "../../../nlp/pos/index.js";
import type { ClaimContext } from "../context.js";
import { addDraft } from "../drafts.js";
import { registerSpeaker } from "../mentions.js";
import { nounPhraseEnd, objectEnd } from "../noun-phrases.js";
import { parsedSubject, subjectAfterTopic } from "../parse-subject.js";
import { nounPhraseChainSource, subjectOf, type SubjectReading } from "../subjects.js";
import { BOUNDARY, adverbialWord, skipAdverbs } from "../tokens.js";
import { reportingLemma } from "../verbs.js";
import type { ReportingVerb, VerbRule } from "./verb.js";

/** Where the content after a verb begins in a language whose content follows a comma or complementizer. */
type CommaContent = { kind: "content"; from: number; attributionEnd: number } | { kind: "stop" } | { kind: "attributed" } | { kind: "missing" };

/** The forward rules, tried after the other verb rules (rules/verb.ts). */
export const FORWARD_RULES: VerbRule[] = [
  // "The minister said the talks had failed." / "told reporters that ...": the content right after the verb
  {
    name: "content after verb",
    applies: (context) => context.syntax.reportedContent === "after-verb",
    claim: (context, verb) => forwardClaim(context, verb, contentAfterVerb(context, verb), verb.token + 1),
  },
  // "Der Minister sagte, die Gespräche seien gescheitert." / "sagte, dass ..." / "sprach von einem Erfolg"
  {
    name: "content after comma",
    applies: (context, verb) => commaContent(context, verb).kind !== "missing",
    claim: (context, verb) => {
      const content = commaContent(context, verb);
      if (content.kind === "content") forwardClaim(context, verb, content.from, content.attributionEnd);
      // "forderte einen Korridor, um Hilfe zu bringen": no content clause after the comma, the object before it is the content
      else if (content.kind === "stop" && hasObjectContent(context, verb) && context.tokenText(verb.token + 1) !== ",") objectContentClaim(context, verb);
    },
  },
  // "Die Ukraine meldete am Morgen massive Angriffe.": the object is the content (not "hat ... gemeldet")
  { name: "object content", applies: hasObjectContent, claim: objectContentClaim },
  // "Augenzeugen hätten von Schüssen berichtet.": a clause-final participle after a have-auxiliary
  { name: "perfect participle", applies: () => true, claim: perfectParticipleClaim },
];

/** Whether tokens from `start` can be reported content (not "nachdem ...", "die in ...", "in denen ..."). */
export function opensContent(context: ClaimContext, start: number, end: number): boolean {
  const { lexicon } = context;
  const word = context.lower[start];
  // "damit solle ...": a subordinator right before a finite verb is an adverb opening a main clause
  const next = context.tokens[start + 1];
  const nextWord = context.lower[start + 1] ?? "";
  const finiteNext = next?.upos ? ["AUX", "VERB"].includes(next.upos) : lexicon.auxiliaries.has(nextWord) || lexicon.subjunctive.has(nextWord);
  const adverb = finiteNext && !lexicon.complementizers.has(word);
  if (start >= end || (lexicon.subordinators.has(word) && !adverb)) return false;
  // "in denen ..." opens a relative clause; "in den Ländern ..." (an article before its noun) opens content
  if (lexicon.prepositions.has(word) && lexicon.relativePronouns.has(context.lower[start + 1] ?? "") && !context.isCapitalized(start + 2) && !context.isAdjective(start + 2)) return false;
  if (lexicon.relativePronouns.has(word) && !lexicon.complementizers.has(word) && !context.isCapitalized(start + 1) && !context.isAdjective(start + 1) &&
    !lexicon.fillers.has(context.lower[start + 1] ?? "")) return false;
  return true;
}

/** "said the talks", "told Clinton he ...", "said in a statement that ...", "said on Friday it ...": where the content starts. */
function contentAfterVerb(context: ClaimContext, verb: ReportingVerb): number {
  const { lexicon } = context;
  const end = verb.sentence.contentEnd;
  const clauseWord = (token: number) => lexicon.complementizers.has(context.lower[token]) || BOUNDARY.has(context.tokenText(token));
  let from = verb.token + 1;
  // "claimed Saturday that ...": a time between the verb and its complementizer
  let afterTime = from;
  while (afterTime < end && context.timeAt[afterTime]) afterTime++;
  if (afterTime > from && lexicon.complementizers.has(context.lower[afterTime])) return afterTime + 1;
  // "state TV reported, while rights groups ...": a subordinate clause after the comma is no content
  if (context.tokenText(from) === "," && !opensContent(context, from + 1, end)) return end;
  if (lexicon.objectVerbs.has(verb.lemma)) {
    let token = verb.token + 1;
    while (token < Math.min(end, verb.token + 8) && !clauseWord(token)) token++;
    from = lexicon.complementizers.has(context.lower[token]) ? token + 1 : objectEnd(context, verb.token + 1, end);
  }
  if (lexicon.prepositions.has(context.lower[from])) {
    let token = from;
    while (token < Math.min(end, from + 6) && !clauseWord(token)) token++;
    if (lexicon.complementizers.has(context.lower[token])) return token + 1;
    const phraseEnd = nounPhraseEnd(context, from + 1, end);
    if (phraseEnd > from + 1 && phraseEnd < end && (lexicon.subjectPronouns.has(context.lower[phraseEnd]) || lexicon.determiners.has(context.lower[phraseEnd]))) return phraseEnd;
  }
  return from;
}

/** "sagte, X" / "sagte: X" / "sagte, dass X" / "sprach von X": the first comma, colon, complementizer or the verb's preposition. */
function commaContent(context: ClaimContext, verb: ReportingVerb): CommaContent {
  const { lexicon } = context;
  const end = verb.sentence.contentEnd;
  const preposition = lexicon.verbPrepositions.get(verb.lemma);
  for (let token = verb.token + 1; token < end && token < verb.token + 14; token++) {
    if (context.quoteAt(token)?.statement) return { kind: "stop" }; // handled as a quotation
    if (preposition && context.lower[token] === preposition && token <= verb.token + 5) return { kind: "content", from: token + 1, attributionEnd: verb.token + 1 };
    const text = context.tokenText(token);
    // a comma or colon inside a quoted title is none of the sentence's ("„2001: Odyssee im Weltraum“")
    if ((text === "," || text === ":") && context.quoteIndex[token] < 0) {
      // "wirft X Y vor, teilten Medien mit": the clause before is the content of the attribution after the comma
      if (text === "," && reportingLemma(context, token + 1)) return { kind: "attributed" };
      if (text === "," && !opensContent(context, token + 1, end)) return { kind: "stop" };
      return { kind: "content", from: token + 1, attributionEnd: token };
    }
    if (lexicon.complementizers.has(context.lower[token])) return { kind: "content", from: token, attributionEnd: token };
  }
  return { kind: "missing" };
}

/** The forward claim: content [from, sentence end), the subject of [clause start, attributionEnd) as speaker. */
function forwardClaim(context: ClaimContext, verb: ReportingVerb, from: number, attributionEnd: number): void {
  const { lexicon } = context;
  const { sentence } = verb;
  if (from >= sentence.contentEnd) return;
  if (lexicon.complementizers.has(context.lower[from]) && !context.syntax.complementizerInContent) from++;
  const speaker = forwardSpeaker(context, verb, attributionEnd);
  if (!speaker) return;
  const { to, second } = coordinatedVerb(context, verb, from);
  const third = secondComplementizer(context, from, to);
  const mode = speaker.anonymous ? "hedged" : "indirect";
  const claim = { source: speaker.source, sourcePhrase: speaker.phrase, mode, cue: verb.cue, sentence: sentence.index, forward: true } as const;
  const attributionStart = Math.min(speaker.attributionStart, verb.token);
  if (third > 0) {
    const cutAt = context.tokenText(third - 2) === "," ? third - 2 : third - 1;
    addDraft(context, { ...claim, from, to: cutAt, attributionStart });
    addDraft(context, { ...claim, from: context.syntax.complementizerInContent ? third : third + 1, to, attributionStart: third });
  } else addDraft(context, { ...claim, from, to, attributionStart });
  registerSpeaker(context, speaker.source, speaker.person, speaker.attributionStart);
  if (second >= 0 && !lexicon.verbLemma.has(context.lower[second])) {
    addDraft(context, { ...claim, from: second, to: sentence.contentEnd, cue: context.tokenText(second), attributionStart: second });
  }
}

/** The speaker of a forward claim: the clause subject, through relative pronouns, an opening chain or the claim before. */
function forwardSpeaker(context: ClaimContext, verb: ReportingVerb, attributionEnd: number): SubjectReading | undefined {
  const { lexicon } = context;
  const { sentence, clauseStart } = verb;
  // "X, der Polizeichef der Region, sagte gegenüber AFP, dass ...": right after an apposition the chain before speaks
  const chain = clauseStart === verb.token && clauseStart > sentence.start ? nounPhraseChainSource(context, sentence.start, verb.token) : undefined;
  if (chain) return chain;
  let subject: SubjectReading = subjectOf(context, clauseStart, verb.token, attributionEnd);
  // a phrase that cannot speak: the parse may still name the subject ("So sagte der für die Region zuständige Koordinator")
  if (subject.reject) return parsedSubject(context, verb.token);
  // "Die praktische Anwendung ... stellte der Vorsitzende fest": a topic that names no speaker before the verb
  if (subject.attributionStart === clauseStart) subject = subjectAfterTopic(context, verb.token, clauseStart) ?? subject;
  const relativeSource = !!subject.source && lexicon.relativePronouns.has(subject.source.toLowerCase());
  // "the suspect, who police said was armed": an attribution inside a relative clause
  if (clauseStart > sentence.start && context.tokenText(clauseStart - 1) === "," && lexicon.relativePronouns.has(context.lower[clauseStart]) &&
    !context.isCapitalized(clauseStart + 1) && subject.attributionStart === clauseStart && !relativeSource) return undefined;
  const previous = context.lastDraft();
  const previousInSentence = previous && previous.sentence === sentence.index ? previous : undefined;
  if (relativeSource) subject = { source: previousInSentence?.source ?? null, phrase: previousInSentence?.sourcePhrase ?? undefined, person: false, anonymous: false, attributionStart: subject.attributionStart };
  // appositives: "X, the Public Defender, on Thursday called ..." -> a noun phrase opening the sentence
  if (!subject.source && !subject.anonymous) subject = nounPhraseChainSource(context, sentence.start, verb.token) ?? subject;
  // the parse where word order finds no subject ("Das Exilparlament im indischen Dharamshala erklärte", "... aus und sagte")
  if (!subject.source && !subject.anonymous) subject = parsedSubject(context, verb.token) ?? subject;
  if (subject.source || subject.anonymous) return subject;
  // a coordinated verb without its own subject: the previous claim's speaker in this sentence
  return previousInSentence ? { source: previousInSentence.source, phrase: previousInSentence.sourcePhrase ?? undefined, person: false, anonymous: false, attributionStart: verb.token } : undefined;
}

/** "said X and added Y": a coordinated past-tense verb after "and" ends the content and opens a second claim. */
function coordinatedVerb(context: ClaimContext, verb: ReportingVerb, from: number): { to: number; second: number } {
  const { lexicon } = context;
  const end = verb.sentence.contentEnd;
  if (!lexicon.coordinatedVerbEnding) return { to: end, second: -1 };
  let relative = false;
  for (let token = from + 1; token < end; token++) {
    // "the attack that killed 1,200 people and triggered the war": an "and" inside a relative clause joins its verbs
    const previousTag = context.tokens[token - 1].upos;
    const afterNoun = previousTag ? previousTag === "NOUN" || previousTag === "PROPN" :
      context.isWord(token - 1) && !lexicon.verbLemma.has(context.lower[token - 1]) && !lexicon.auxiliaries.has(context.lower[token - 1]);
    if (lexicon.relativePronouns.has(context.lower[token]) && afterNoun) relative = true;
    if (relative || !lexicon.connectors.has(context.lower[token]) || !lexicon.clauseConjunctions.has(context.lower[token]) || context.quoteIndex[token] >= 0) continue;
    const next = skipAdverbs(context, token + 1, end);
    if (next < end && lexicon.coordinatedVerbEnding.test(context.lower[next]) && !lexicon.auxiliaries.has(context.lower[next]) && !context.isCapitalized(next)) {
      return { to: context.tokenText(token - 1) === "," ? token - 1 : token, second: next };
    }
  }
  return { to: end, second: -1 };
}

/** "that X, but that Y" / "dass X und dass Y": the second complementizer, or -1. */
function secondComplementizer(context: ClaimContext, from: number, to: number): number {
  const { lexicon } = context;
  if (!lexicon.complementizers.has(context.lower[from]) && !lexicon.complementizers.has(context.lower[from - 1])) return -1;
  for (let token = from + 1; token + 1 < to; token++) {
    if (context.quoteIndex[token] < 0 && lexicon.clauseConjunctions.has(context.lower[token]) && lexicon.complementizers.has(context.lower[token + 1])) return token + 1;
  }
  return -1;
}

/** "meldete am Morgen massive Angriffe": an object-content verb with no perfect auxiliary after its clause start. */
function hasObjectContent(context: ClaimContext, verb: ReportingVerb): boolean {
  const { lexicon } = context;
  return lexicon.objectContentVerbs.has(verb.lemma) && !lexicon.haveAuxiliaries.has(context.lower[verb.clauseStart + 1] ?? "") && verb.token + 1 < verb.sentence.contentEnd;
}

/** "Die Ukraine meldete am Morgen massive Angriffe": the object is the content (not "bestätigte ... nicht"). */
function objectContentClaim(context: ClaimContext, verb: ReportingVerb): void {
  const { sentence, clauseStart } = verb;
  // "kündigte Proteste an": the closing particle belongs to the verb, not the content
  const end = objectContentEnd(context, verb);
  // a negation counts before the first comma ("forderte eine Truppe, die nicht der UN angehört")
  let firstComma = verb.token + 1;
  while (firstComma < end && context.tokenText(firstComma) !== ",") firstComma++;
  if (hasNegation(context, verb.token + 1, firstComma) || hasSourcePhrase(context, verb.token + 1, end)) return;
  // "Die Vorsitzende der Partei, Petra Pau, forderte die Einrichtung ...": right after an apposition the chain before is the subject, the noun phrase after the verb its object
  const chain = clauseStart === verb.token && clauseStart > sentence.start ? nounPhraseChainSource(context, sentence.start, verb.token) : undefined;
  const topicSubject = chain ? undefined : subjectAfterTopic(context, verb.token, clauseStart);
  let subject: SubjectReading = chain ?? topicSubject ?? subjectOf(context, clauseStart, verb.token, end);
  // no speaking subject, or one found after the verb where a noun phrase opens the clause ("Die Mission der UN im Sudan (UNMIS)
  // verlangte ...", "Die Zahl der Toten bezifferte die Agentur ..."): the parse decides
  const after = !chain && subject.attributionStart !== clauseStart;
  const parsed = topicSubject ?? (subject.reject || (!subject.source && !subject.anonymous) || (after && opensWithNounPhrase(context, clauseStart, verb.token)) ? parsedSubject(context, verb.token) : undefined);
  if (parsed) subject = parsed;
  if (subject.reject || (!subject.source && !subject.anonymous)) return;
  const subjectAfter = parsed ? parsed.attributionStart > verb.token : after;
  const from = !subjectAfter ? verb.token + 1 : parsed ? parsed.phraseEnd : nounPhraseEnd(context, skipAdverbs(context, verb.token + 1, end), end);
  const mode = subject.anonymous ? "hedged" : "indirect";
  const claim = { source: subject.source, sourcePhrase: subject.phrase, mode, to: end, cue: verb.cue, sentence: sentence.index, attributionStart: Math.min(subject.attributionStart, verb.token), forward: true } as const;
  // "Den Wiederaufbau bezeichnete er als Pflicht": the object opens the clause, verb and subject are cut out
  const objectFirst = subjectAfter && (context.lexicon.obliqueDeterminers.has(context.lower[clauseStart]) || (!!parsed && opensWithNounPhrase(context, clauseStart, verb.token)));
  if (objectFirst) addDraft(context, { ...claim, from: clauseStart, cut: { from: verb.token, to: from } });
  else addDraft(context, { ...claim, from });
  registerSpeaker(context, subject.source, subject.person, subject.attributionStart);
}

/** "Augenzeugen hätten von Schüssen berichtet": a clause-final participle after a have-auxiliary and the verb's preposition. */
function perfectParticipleClaim(context: ClaimContext, verb: ReportingVerb): void {
  const { lexicon } = context;
  const { sentence, clauseStart } = verb;
  const preposition = lexicon.verbPrepositions.get(verb.lemma);
  const clauseFinal = verb.token + 1 >= sentence.contentEnd || context.tokenText(verb.token + 1) === ",";
  let auxiliary = -1;
  for (let token = clauseStart; token < verb.token; token++) if (lexicon.auxiliaries.has(context.lower[token])) { auxiliary = token; break; }
  let hasPreposition = false;
  for (let token = auxiliary + 1; token < verb.token && auxiliary >= 0; token++) if (preposition && context.lower[token] === preposition) hasPreposition = true;
  // "Die Staatschefs haben den Angriff verurteilt": an object-content verb needs no preposition, but an object and no negation
  const objectContent = lexicon.objectContentVerbs.has(verb.lemma) && auxiliary >= 0 && auxiliary + 1 < verb.token && !hasNegation(context, auxiliary + 1, verb.token) &&
    !hasSourcePhrase(context, auxiliary + 1, verb.token);
  if (!clauseFinal || auxiliary < 0 || !(hasPreposition || objectContent) || !lexicon.haveAuxiliaries.has(context.lower[auxiliary])) return;
  const subject = subjectOf(context, clauseStart, auxiliary, verb.token);
  // "Das Erdbeben hat 100 Todesopfer gefordert": an object-content verb needs a subject that can speak
  if (!hasPreposition && !subject.source && !subject.anonymous) return;
  const afterAuxiliary = skipAdverbs(context, auxiliary + 1, verb.token);
  const from = subject.attributionStart === clauseStart ? afterAuxiliary : nounPhraseEnd(context, afterAuxiliary, verb.token);
  const mode = subject.anonymous ? "hedged" : "indirect";
  addDraft(context, { source: subject.source, sourcePhrase: subject.phrase, mode, from, to: verb.token + 1, cue: verb.cue, sentence: sentence.index, attributionStart: clauseStart });
  registerSpeaker(context, subject.source, subject.person, clauseStart);
}

/** Where an object content ends: before a coordinated finite verb ("forderten X und lieferten sich ...") and the closing particle ("kündigte Proteste an"). */
function objectContentEnd(context: ClaimContext, verb: ReportingVerb): number {
  const { lexicon } = context;
  let end = verb.sentence.contentEnd;
  for (let token = verb.token + 2; token + 1 < end; token++) {
    // "wirft X Y vor, teilten Medien mit": an inverted attribution after the comma is the sentence's own
    if (context.tokenText(token) === "," && reportingLemma(context, token + 1)) { end = token; break; }
    if (!lexicon.clauseConjunctions.has(context.lower[token]) || context.quoteIndex[token] >= 0) continue;
    if (finiteVerbLike(context, token + 1)) end = token;
  }
  return lexicon.verbParticles.has(context.lower[end - 1] ?? "") ? end - 1 : end;
}

/** Whether the word at `token` is a verb: tagged so, else an auxiliary or a word the tagger's lexicon knows as a verb. */
function finiteVerbLike(context: ClaimContext, token: number): boolean {
  const tag = context.tokens[token].upos;
  if (tag) return tag === "VERB" || tag === "AUX";
  const word = context.lower[token];
  return context.lexicon.auxiliaries.has(word) || (!context.isCapitalized(token) && isKnownAs(context.doc.lang, word, "VERB"));
}

/** "forderte am Sonntag laut X die Rücknahme": a source phrase in the object names the source; its own claim takes the clause. */
function hasSourcePhrase(context: ClaimContext, from: number, to: number): boolean {
  for (let token = from; token < to; token++) if (context.lexicon.sourcePrepositions.has(context.lower[token]) || context.lexicon.sourcePostpositions.has(context.lower[token])) return true;
  return false;
}

/** Whether a noun phrase (not an adverbial or an oblique object) opens the clause before the verb ("Die Mission der UN ..."). */
function opensWithNounPhrase(context: ClaimContext, clauseStart: number, verb: number): boolean {
  const { lexicon } = context;
  const word = context.lower[clauseStart];
  if (verb - clauseStart < 2 || context.timeAt[clauseStart] || lexicon.obliqueDeterminers.has(word) || lexicon.prepositions.has(word) || lexicon.adverbs.has(word)) return false;
  return lexicon.determiners.has(word) || (context.isCapitalized(clauseStart) && !adverbialWord(context, clauseStart));
}

/** Whether a negation stands in [from, to) ("bestätigte ... nicht", "hat keine Proteste angekündigt"). */
function hasNegation(context: ClaimContext, from: number, to: number): boolean {
  for (let token = from; token < to; token++) if (context.lexicon.negations.has(context.lower[token])) return true;
  return false;
}
