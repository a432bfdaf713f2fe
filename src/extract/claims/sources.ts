// Sources of claims: a noun phrase cleaned into a source string ("des Senats" -> "Senat", "das Portal Vlast.kz" ->
// "Vlast.kz") and resolved through pronouns ("er"), organisation pronouns ("it"), titles ("die Regierungschefin")
// and generic anaphors ("die Behörde") to the last fitting person or organisation; information nouns name their
// source in a genitive ("Angaben der Polizei") or stand as an anonymous one ("Berichten").
import type { ClaimContext, TokenRange } from "./context.js";
import { expandOrganization, genderOf, lastBefore } from "./mentions.js";
import { nounPhraseEnd } from "./noun-phrases.js";
import { isDescriptor, sourcePhrase } from "./source-phrase.js";
import { adverbialWord } from "./tokens.js";
import { startsWithCapital } from "../../nlp/characters.js";

/** The source a noun phrase names; `reject` when it can never be one ("wir", "I"). */
export interface SourceReading {
  source: string | null;
  /** The phrase naming the source where it says more than `source` ("Angaben der Polizei", "Max Muster, Sprecher der Polizei"). */
  phrase?: string;
  person: boolean;
  anonymous: boolean;
  reject?: boolean;
}

/** Whether every word of the phrase is one of the name's ("Tokajew" in "Kassym-Schomart Tokajew"): the name says it all. */
function wordsWithin(phrase: string, name: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const nameWords = new Set(words(name));
  return words(phrase).every((word) => nameWords.has(word));
}

/** Longer phrases are not names of sources but runs of text. */
const MAX_PHRASE = 160;

const NO_SOURCE: SourceReading = { source: null, person: false, anonymous: false };

/** Cleans a source noun phrase [from, to) into a source string (or null) and says whether it names a person;
 *  `position` is where the attribution stands (pronouns look back from there): "die Sprecherin" -> "Anna Beispiel". */
export function sourceOf(context: ClaimContext, from: number, to: number, position: number): SourceReading {
  const { lexicon } = context;
  // "einer von ihnen", "one of the protesters": one of a group speaks, named by the whole phrase
  if (to - from >= 3 && lexicon.partitives.has(context.lower[from]) && (lexicon.genitivePrepositions.has(context.lower[from + 1]) || lexicon.genitiveDeterminers.has(context.lower[from + 1]))) {
    return { source: context.spanText(from, to), person: true, anonymous: false };
  }
  ({ from, to } = trimSourcePhrase(context, from, to));
  if (to <= from) return { ...NO_SOURCE };
  const first = context.lower[from];
  if (lexicon.nonSources.has(first) || lexicon.eventHeads.has(context.lower[to - 1]) || !canSpeak(context, from, to)) return { ...NO_SOURCE, reject: true };
  if (to - from === 1 && lexicon.pronouns.has(first)) return pronounSource(context, first, position);
  if (to - from === 1 && lexicon.organizationPronouns.has(first)) return organizationPronounSource(context, from, position);
  if (to - from === 1 && lexicon.anonymousSources.has(first)) return { ...NO_SOURCE, anonymous: true };
  const entity = entitySource(context, from, to);
  if (entity) return withPhrase(context, entity, from, to);
  const words = sourceWords(context, from, to);
  // a titled person keeps the phrase around the title ("a senior official at the main hospital")
  const titled = titledPersonSource(context, words, position);
  if (titled) return withPhrase(context, titled, from, to);
  return anaphorSource(context, words, from, position) ?? withPhrase(context, nameSource(context, words), from, to);
}

/** The reading with the whole source phrase of [from, to) when it says more than the name ("Sprecher der Polizei, Max Muster"). */
function withPhrase(context: ClaimContext, reading: SourceReading, from: number, to: number): SourceReading {
  if (!reading.source) return reading;
  const phrase = sourcePhrase(context, from, to);
  return phrase && phrase.length <= MAX_PHRASE && !wordsWithin(phrase, reading.source) ? { ...reading, phrase } : reading;
}

/** Whether [from, to) can name a speaker: not a time ("am gestrigen Mittwoch") and not opened by an adverb,
 *  preposition or conjunction ("Hierzu", "Als Begründung"). */
function canSpeak(context: ClaimContext, from: number, to: number): boolean {
  let timeWords = 0;
  for (let token = from; token < to; token++) if (context.timeAt[token] || !context.isWord(token)) timeWords++;
  if (timeWords === to - from) return false;
  // "reported eight dead", "19 police officers": a number phrase is a count, not a speaker, unless a title heads it ("zwei Sprecher")
  const numberStart = context.tokens[from].upos === "NUM" || /^\d[\d.,]*$/u.test(context.tokenText(from));
  if (numberStart && !context.isTitle(to - 1) && !context.lexicon.organizationHeads.some((head) => context.lower[to - 1].endsWith(head))) return false;
  // "Die Zahl der Toten", "the death toll": a count heads the phrase
  for (let token = from; token < to && token < from + 3; token++) if (context.lexicon.countHeads.has(context.lower[token])) return false;
  // "de Maizière", "van Gogh": a name particle before a capitalised name
  return !adverbialWord(context, from) || (context.lexicon.connectors.has(context.lower[from]) && context.isCapitalized(from + 1));
}

/** The phrase without leading determiners, fillers, adverbs, prepositions and auxiliaries, and trailing adverbs. */
function trimSourcePhrase(context: ClaimContext, from: number, to: number): TokenRange {
  const { lexicon } = context;
  const leading = (token: number) => {
    const word = context.lower[token];
    return !context.isWord(token) || lexicon.determiners.has(word) || lexicon.fillers.has(word) || lexicon.adverbs.has(word) ||
      lexicon.genitivePrepositions.has(word) || lexicon.auxiliaries.has(word);
  };
  const trailing = (token: number) => !context.isWord(token) || lexicon.adverbs.has(context.lower[token]) || lexicon.auxiliaries.has(context.lower[token]);
  while (from < to && leading(from)) from++;
  while (to > from && trailing(to - 1)) to--;
  return { from, to };
}

/** "er", "she": the last person before of the pronoun's gender, else the source of the last claim. */
function pronounSource(context: ClaimContext, pronoun: string, position: number): SourceReading {
  const wanted = context.lexicon.pronounGender.get(pronoun);
  let found: { name: string; position: number } | undefined;
  for (const mention of context.persons) {
    if (mention.position >= position) break;
    // never a name inside a quotation ("„Wir haben mit Karl gesprochen“, sagte sie")
    if (context.quoteIndex[mention.position] >= 0) continue;
    const gender = mention.gender ?? context.genderByName.get(mention.name);
    if (!wanted || !gender || gender === wanted) found = mention;
  }
  // a later speaker named by a title resets the chain ("Ein Sprecher der Polizei erklärte ... Er fügte hinzu")
  const titled = lastTitledSpeaker(context, wanted, found?.position ?? -1, position);
  if (titled) return { source: titled, person: true, anonymous: false };
  if (found) return { source: found.name, person: true, anonymous: false };
  return { source: context.lastDraft()?.source ?? null, person: true, anonymous: false };
}

/** The source of the last claim after `after` and before `position` whose speaker is a titled person of the wanted gender ("Sprecher der Polizei"). */
function lastTitledSpeaker(context: ClaimContext, wanted: "m" | "f" | undefined, after: number, position: number): string | undefined {
  for (let index = context.drafts.length - 1; index >= 0; index--) {
    const draft = context.drafts[index];
    if (draft.attributionStart >= position) continue;
    if (draft.attributionStart <= after || !draft.source) return undefined;
    const title = draft.source.split(/\s+/u).find((word) => context.lexicon.titles.has(word.toLowerCase()));
    if (!title) return undefined;
    const gender = genderOf(context, [title]);
    return !wanted || !gender || gender === wanted ? draft.source : undefined;
  }
  return undefined;
}

/** "it announced": the last organisation, else the subject opening the sentence, else the last source. */
function organizationPronounSource(context: ClaimContext, pronoun: number, position: number): SourceReading {
  const organization = lastBefore(context.organizations, position);
  if (organization) return { source: expandOrganization(context, organization.name, position), person: false, anonymous: false };
  // "The city is looking ..., it announced": the subject opening the sentence
  const sentence = context.sentenceOf(pronoun);
  if (sentence && sentence.tokenStart < pronoun) {
    const phraseEnd = nounPhraseEnd(context, sentence.tokenStart, pronoun);
    if (phraseEnd > sentence.tokenStart && !context.lexicon.organizationPronouns.has(context.lower[sentence.tokenStart])) {
      return sourceOf(context, sentence.tokenStart, phraseEnd, sentence.tokenStart);
    }
  }
  for (let index = context.drafts.length - 1; index >= 0; index--) if (context.drafts[index].source) return { source: context.drafts[index].source, person: false, anonymous: false };
  return { ...NO_SOURCE, reject: true };
}

/** An entity from the entity layer: a person anywhere in the phrase, else an organisation at its head. */
function entitySource(context: ClaimContext, from: number, to: number): SourceReading | undefined {
  let entity: { type: string; name: string } | undefined;
  for (let token = from; token < to; token++) {
    const candidate = context.entityAt.get(token);
    if (candidate && candidate.type === "person") { entity = candidate; break; }
  }
  entity ??= context.entityAt.get(to - 1);
  if (!entity) return undefined;
  const name = stripLeadingWords(context, entity.name.includes(" ") ? entity.name : (context.fullNames.get(entity.name) ?? entity.name));
  return { source: name, person: entity.type === "person", anonymous: false };
}

/** The word tokens of the phrase, without fillers and a possessed information noun ("Turkey’s figures" -> "Turkey"). */
function sourceWords(context: ClaimContext, from: number, to: number): number[] {
  const { lexicon } = context;
  const words: number[] = [];
  for (let token = from; token < to; token++) if (context.isWord(token) && !lexicon.fillers.has(context.lower[token])) words.push(token);
  const last = () => words[words.length - 1];
  if (words.length >= 2 && lexicon.infoNouns.has(context.lower[last()]) && lexicon.possessiveClitics.has(context.tokenText(last() - 1))) {
    words.pop();
    while (words.length > 1 && lexicon.possessiveClitics.has(context.tokenText(last()))) words.pop();
  }
  return words;
}

/** Only titles ("die Regierungschefin", "the president"): the last person before with that title. */
function titledPersonSource(context: ClaimContext, words: number[], position: number): SourceReading | undefined {
  if (!words.every((token) => context.isTitle(token))) return undefined;
  const title = context.lower[words[words.length - 1]];
  for (let index = context.persons.length - 1; index >= 0; index--) {
    const person = context.persons[index];
    if (person.position < position && person.titles.some((candidate) => candidate.toLowerCase() === title)) return { source: person.name, person: true, anonymous: false };
  }
  return undefined;
}

/** A generic anaphor ("die Behörde", "the agency", "the Ministry"): the last source or organisation with that head. */
function anaphorSource(context: ClaimContext, words: number[], from: number, position: number): SourceReading | undefined {
  const { lexicon } = context;
  if (words.length !== 1 || !(lexicon.anaphors.has(context.lower[words[0]]) || lexicon.determiners.has(context.lower[from - 1] ?? ""))) return undefined;
  const head = context.lower[words[0]];
  const headOf = (name: string) => name.toLowerCase().split(/\s+/).pop() ?? "";
  // "die Gruppe" after "die örtliche Widerstandsgruppe": the head may end a compound
  const compoundOf = (name: string) => headOf(name).length > head.length + 2 && headOf(name).endsWith(head);
  for (let index = context.drafts.length - 1; index >= 0; index--) {
    const source = context.drafts[index].source;
    if (source && ((headOf(source) === head && source.includes(" ")) || compoundOf(source))) return { source, person: false, anonymous: false };
  }
  for (let index = context.organizations.length - 1; index >= 0; index--) {
    const organization = context.organizations[index];
    if (organization.position < position && organization.name.includes(" ") && headOf(organization.name) === head) return { source: organization.name, person: false, anonymous: false };
  }
  if (lexicon.anaphors.has(head)) {
    const organization = lastBefore(context.organizations, position);
    if (organization) return { source: expandOrganization(context, organization.name, position), person: false, anonymous: false };
  }
  return undefined;
}

/** The name the words spell, without leading titles and descriptions ("Präsident Kassym-Schomart Tokajew", "des Senats" -> "Senat"). */
function nameSource(context: ClaimContext, words: number[]): SourceReading {
  const { lexicon } = context;
  const { start, described } = nameStart(context, words);
  const runStart = capitalizedRunStart(context, words, start);
  let name: string;
  let person: boolean;
  const before = words[runStart - 1];
  if (!described && words.length - runStart >= 2 && runStart > start && !context.isCapitalized(before) && !lexicon.determiners.has(context.lower[before])) {
    name = joinTokens(context, words.slice(runStart));
    person = true;
  } else {
    name = withoutGenitiveEnding(context, words.slice(start));
    person = start > 0;
  }
  if (words.length - start === 1 && context.isCapitalized(words[start])) {
    const full = context.fullNames.get(name);
    if (full) {
      name = stripLeadingWords(context, full);
      person = true;
    } else if (context.persons.some((mention) => mention.name.split(" ").pop() === name)) person = true;
  }
  if (person) {
    const lastWord = name.toLowerCase().split(" ").pop() ?? "";
    if (lexicon.organizationHeads.some((head) => lastWord.endsWith(head))) person = false;
  }
  return { source: name.replace(/[„“”"«»]/g, "").replace(/\s+/g, " ").trim() || null, person, anonymous: false };
}

/** Where the name begins: through the last title before a name ("Veteran Governor Paul Reyes") and past
 *  descriptions ("das Portal Vlast.kz", "the broadcaster Belsat TV"). */
function nameStart(context: ClaimContext, words: number[]): { start: number; described: boolean } {
  const { lexicon } = context;
  let start = 0;
  const organizationName = lexicon.organizationHeads.some((head) => context.lower[words[words.length - 1]].endsWith(head));
  if (!organizationName) {
    for (let index = 0; index < words.length - 1 && index < 4; index++) {
      if (context.isTitle(words[index]) && context.isCapitalized(words[index + 1]) && !context.isTitle(words[index + 1])) start = index + 1;
    }
  }
  let described = false;
  while (start < words.length - 1 && isDescriptor(context, words[start]) &&
    (context.isCapitalized(words[start + 1]) || lexicon.lowercaseNames.has(context.lower[words[start + 1]])) && !isDescriptor(context, words[start + 1])) {
    start++;
    described = true;
  }
  return { start, described };
}

/** The start of the run of capitalised non-title words ending the phrase ("der ehemalige Minister Peter Krause" -> "Peter"). */
function capitalizedRunStart(context: ClaimContext, words: number[], limit: number): number {
  const inRun = (index: number) =>
    (context.isCapitalized(words[index]) && !context.isTitle(words[index])) ||
    (context.lexicon.connectors.has(context.lower[words[index]]) && index > 0 && context.isCapitalized(words[index - 1]) && index + 1 < words.length && context.isCapitalized(words[index + 1]));
  let runStart = words.length;
  while (runStart > limit && inRun(runStart - 1)) runStart--;
  return runStart;
}

/** The words joined, a genitive noun after a genitive determiner in its base form ("des Senats" -> "Senat"). */
function withoutGenitiveEnding(context: ClaimContext, words: number[]): string {
  const { lexicon } = context;
  const name = joinTokens(context, words);
  const determiner = context.lower[words[0] - 1] ?? "";
  if (!lexicon.genitiveStripDeterminers.has(determiner) || !context.isCapitalized(words[0]) || context.entityAt.has(words[0])) return name;
  const first = context.tokenText(words[0]);
  const ending = lexicon.genitiveStripEndings.find((candidate) => first.endsWith(candidate) && first.length - candidate.length >= 4 &&
    !lexicon.genitiveStripKeep.some((kept) => first.endsWith(kept)));
  return ending ? first.slice(0, first.length - ending.length) + name.slice(first.length) : name;
}

/** Drops leading titles and descriptions from a name string ("Organisation NetBlocks" -> "NetBlocks"). */
export function stripLeadingWords(context: ClaimContext, name: string): string {
  const { lexicon } = context;
  const words = name.split(" ");
  const generic = (word: string) => {
    const lower = word.toLowerCase();
    if (lexicon.titles.has(lower) || lexicon.descriptors.has(lower)) return true;
    for (let cut = 1; cut + 4 <= lower.length; cut++) if (lexicon.titles.has(lower.slice(cut)) || lexicon.descriptors.has(lower.slice(cut))) return true;
    return false;
  };
  // an organisation's own name keeps its words ("Georgian Interior Ministry")
  const last = words[words.length - 1].toLowerCase();
  if (lexicon.organizationHeads.some((head) => last.endsWith(head))) return name;
  // through the last title or description that precedes a capitalised word ("Autocratic President Alexander Lukashenko")
  let start = 0;
  for (let index = 0; index < words.length - 1 && index < 4; index++) if (generic(words[index]) && startsWithCapital(words[index + 1]) && !generic(words[index + 1])) start = index + 1;
  return words.slice(start).join(" ");
}

/** The tokens' texts joined as written when adjacent, else with a space ("Vlast", ".", "kz" -> "Vlast.kz"). */
function joinTokens(context: ClaimContext, indices: number[]): string {
  let out = "";
  for (let index = 0; index < indices.length; index++) {
    const token = indices[index];
    out += context.tokenText(token);
    if (index < indices.length - 1) out += indices[index + 1] === token + 1 ? context.doc.text.slice(context.tokens[token].end, context.tokens[token + 1].start) : " ";
  }
  return out;
}

/** The source named by a noun phrase that may be an information noun: "Angaben der Polizei" -> "Polizei",
 *  "offiziellen Angaben" -> "offizielle Angaben", "Berichten" -> anonymous. */
export function infoSource(context: ClaimContext, from: number, to: number): SourceReading {
  const { lexicon } = context;
  let info = -1;
  for (let token = from; token < to; token++) if (lexicon.infoNouns.has(context.lower[token])) { info = token; break; }
  if (info < 0) return sourceOf(context, from, to, from);
  const next = context.lower[info + 1];
  const attribute = lexicon.attributePrepositions.has(next) && !lexicon.genitivePrepositions.has(next);
  if (info + 1 < to && (!(lexicon.prepositions.has(next) && !lexicon.genitivePrepositions.has(next)) || attribute)) {
    // "nach Angaben der Polizei": the object phrase is the source phrase, its genitive the speaker ("Angaben aus Khartum": after the preposition)
    const reading = sourceOf(context, attribute ? info + 2 : info + 1, to, from);
    if (!reading.source || reading.reject) return reading;
    let start = from;
    while (start < info && (lexicon.determiners.has(context.lower[start]) || !context.isWord(start))) start++;
    return { ...reading, phrase: sourcePhrase(context, start, to) };
  }
  // "seiner Meinung nach", "nach ihren Angaben": the possessive's person
  const possessive = info > from ? lexicon.possessivePronouns.get(context.lower[info - 1]) : undefined;
  if (possessive) return pronounSource(context, possessive, from);
  const adjectives: string[] = [];
  for (let token = from; token < info; token++) {
    const word = context.lower[token];
    if (lexicon.determiners.has(word) || !context.isWord(token) || !lexicon.adjectiveEnding.test(word)) continue;
    adjectives.push(lexicon.adjectiveBase ? word.replace(lexicon.adjectiveBase[0], lexicon.adjectiveBase[1]) : word);
  }
  if (adjectives.length) return { source: [...adjectives, context.tokenText(info)].join(" ").replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()), person: false, anonymous: false };
  return lexicon.anonymousSources.has(context.lower[info]) ? { ...NO_SOURCE, anonymous: true } : { source: context.tokenText(info), person: false, anonymous: false };
}
