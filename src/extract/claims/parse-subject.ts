// The subject of a reporting verb read off the dependency parse, where the word-order rules find none
// ("Das Exilparlament im indischen Dharamshala erklärte, ..." -> nsubj "Exilparlament" with its phrase). The parse
// layer is used when the parser component ran; otherwise only the sentences that need it are parsed, once, on
// demand, so the fallback costs little. Untagged text (no UPOS) is not parsed: the parser needs the tags.
import { parserModel, tokenHeads } from "../../nlp/parse/index.js";
import type { ClaimContext } from "./context.js";
import { isDescriptor } from "./source-phrase.js";
import { sourceOf } from "./sources.js";
import type { SubjectReading } from "./subjects.js";

/** Heads (document token index, -1 root) and relations of one sentence's tokens, by document token index. */
interface SentenceParse {
  heads: Map<number, number>;
  relations: Map<number, string>;
}

const SUBJECT_RELATIONS = new Set(["nsubj", "csubj"]);
/** Relations of a verb that heads a clause of its own (not "the protests announced by ...", an acl). */
const CLAUSE_RELATIONS = new Set(["root", "conj", "ccomp", "parataxis", "advcl", "xcomp"]);
/** Relations of a subject's dependents that belong to its phrase ("Reporter des Senders n-tv", "Anna Muster, Sprecherin"). */
const PHRASE_RELATIONS = new Set(["det", "amod", "nmod", "appos", "flat", "compound", "nummod", "case", "punct", "cc", "conj"]);

const parses = new WeakMap<ClaimContext, Map<number, SentenceParse | null>>();
/** The parse layer's heads and relations, read once per document. */
const layerHeads = new WeakMap<ClaimContext, ReturnType<typeof tokenHeads>>();

/** The parse of the sentence `index`: from the parse layer, else parsed now; null without tags or a model. */
function sentenceParse(context: ClaimContext, index: number): SentenceParse | null {
  let cache = parses.get(context);
  if (!cache) parses.set(context, (cache = new Map()));
  if (cache.has(index)) return cache.get(index) ?? null;
  const { doc } = context;
  const sentence = doc.sentences[index];
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  let parse: SentenceParse | null = null;
  if (doc.hasLayer("parse") && doc.layer("parse").length) {
    let layer = layerHeads.get(context);
    if (!layer) layerHeads.set(context, (layer = tokenHeads(doc)));
    const { heads, relations } = layer;
    parse = { heads: new Map(tokens.map((t) => [t.i, heads[t.i]])), relations: new Map(tokens.map((t) => [t.i, relations[t.i]])) };
  } else if (tokens.length && tokens.every((t) => t.upos)) {
    const model = parserModel(doc.lang);
    if (model) {
      const result = model.parse(tokens.map((t) => t.text), tokens.map((t) => t.upos ?? "X"), tokens.map((t) => t.lemma ?? t.text));
      parse = {
        heads: new Map(tokens.map((t, k) => [t.i, result.heads[k] < 0 ? -1 : sentence.tokenStart + result.heads[k]])),
        relations: new Map(tokens.map((t, k) => [t.i, result.relations[k]])),
      };
    }
  }
  cache.set(index, parse);
  return parse;
}

/** A subject read off the parse, with the token after its phrase. */
export interface ParsedSubject extends SubjectReading {
  phraseEnd: number;
}

/** The subject the parse gives the verb at `verb` (through a coordinated verb's first conjunct), as a source; undefined when none can speak. */
export function parsedSubject(context: ClaimContext, verb: number): ParsedSubject | undefined {
  const parse = sentenceParse(context, context.tokens[verb].sent);
  if (!parse || !CLAUSE_RELATIONS.has((parse.relations.get(verb) ?? "").split(":")[0])) return undefined;
  let subject = subjectOfHead(parse, verb);
  // "sprach sich dagegen aus und sagte, ...": the conjunct shares its first verb's subject
  const head = parse.heads.get(verb) ?? -1;
  if (subject < 0 && parse.relations.get(verb) === "conj" && head >= 0) subject = subjectOfHead(parse, head);
  if (subject < 0) return undefined;
  const { from, to } = phraseOf(context, parse, subject);
  const reading = sourceOf(context, from, to, from);
  return reading.source && !reading.reject ? { ...reading, attributionStart: from, phraseEnd: to } : undefined;
}

/** The subject token attached to `head`, the nearest before it first ("after officials warned"), or -1. */
function subjectOfHead(parse: SentenceParse, head: number): number {
  let before = -1, after = -1;
  for (const [token, tokenHead] of parse.heads) {
    if (tokenHead !== head || !SUBJECT_RELATIONS.has(parse.relations.get(token) ?? "")) continue;
    if (token < head) before = Math.max(before, token);
    else if (after < 0) after = token;
  }
  return before >= 0 ? before : after;
}

/** The contiguous span of the subject and its phrase dependents, without edge punctuation and relative clauses. */
function phraseOf(context: ClaimContext, parse: SentenceParse, subject: number): { from: number; to: number } {
  const inPhrase = new Set([subject]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [token, head] of parse.heads) {
      const relation = (parse.relations.get(token) ?? "").split(":")[0];
      if (inPhrase.has(token) || !inPhrase.has(head) || !PHRASE_RELATIONS.has(relation)) continue;
      inPhrase.add(token);
      grew = true;
    }
  }
  let from = subject, to = subject + 1;
  while (inPhrase.has(from - 1)) from--;
  // "der Präsident als Pflicht": a predicative "als" ends the phrase
  // ... and so does a counted prepositional phrase, the verb's content ("die Polizei | von 40 Festnahmen")
  const countedPhrase = (token: number) => context.lexicon.prepositions.has(context.lower[token]) && context.tokens[token + 1]?.upos === "NUM";
  while (inPhrase.has(to) && !context.lexicon.asIntro.has(context.lower[to]) && !countedPhrase(to)) to++;
  while (to > from + 1 && !context.isWord(to - 1)) to--;
  while (from < to - 1 && !context.isWord(from)) from++;
  return { from, to };
}

/** Whether [from, to) names someone who can speak: a person or organisation of the entity layer, a title, a descriptor or an organisation head. */
function namesSpeaker(context: ClaimContext, from: number, to: number): boolean {
  for (let token = from; token < to; token++) {
    const entity = context.entityAt.get(token);
    if ((entity && entity.type !== "location") || context.isTitle(token) || isDescriptor(context, token)) return true;
    if (context.lexicon.organizationHeads.some((head) => context.lower[token].endsWith(head))) return true;
  }
  return false;
}

/** "Eine Verschiebung der Wahl bezeichnete Conze als fatal": where nouns are case-ambiguous, a topic before the verb that names no
 *  speaker gives way to the parse's subject after the verb when that one does. */
export function subjectAfterTopic(context: ClaimContext, verb: number, clauseStart: number): ParsedSubject | undefined {
  // an oblique object opening the clause ("Den Wiederaufbau bezeichnete er") is the word-order rules' case
  // nor an adverbial or a time ("Am Samstag meldete die Polizei ..."): only a noun topic gives way
  const { lexicon } = context;
  const first = context.lower[clauseStart];
  if (context.syntax.clauseOrder !== "verb-second" || verb - clauseStart < 2 || lexicon.obliqueDeterminers.has(first) || context.timeAt[clauseStart] ||
    lexicon.prepositions.has(first) || lexicon.adverbs.has(first) || namesSpeaker(context, clauseStart, verb)) return undefined;
  const parsed = parsedSubject(context, verb);
  return parsed && parsed.attributionStart > verb && namesSpeaker(context, parsed.attributionStart, parsed.phraseEnd) ? parsed : undefined;
}
