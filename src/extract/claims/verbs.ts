// Reporting verbs: the lemma of a token that reports speech ("sagte" -> "sagen", "said" -> "say"), by its form or,
// when the tagger has run and tagged a verb, by the tagger's lemma; nouns and names are never reporting verbs.
import type { ClaimContext } from "./context.js";
import { NOT_VERB_TAGS, QUOTE_MARKS } from "./tokens.js";

/** The reporting-verb lemma of the token at `index`: by its form, or by the tagger's lemma when it tagged a verb ("teilte" -> "mitteilen"). */
export function reportingLemma(context: ClaimContext, index: number): string | undefined {
  const { lexicon } = context;
  const token = context.tokens[index];
  // a capitalised word inside a sentence is a name or (where nouns are capitalised) a noun, never a reporting verb
  if (context.isCapitalized(index) && (context.syntax.capitalization === "nouns" || context.doc.sentences[token.sent]?.tokenStart !== index)) return undefined;
  // the tagger's NOUN is trusted only in a nominal context ("the reports", "his claims"); ADJ, ADP ... always
  if (token.upos && NOT_VERB_TAGS.has(token.upos)) {
    if (token.upos !== "NOUN") return undefined;
    const previousTag = context.tokens[index - 1]?.upos;
    const previous = context.lower[index - 1] ?? "";
    if (previousTag === "DET" || previousTag === "ADJ" || previousTag === "NUM" || (previousTag === "PRON" && !lexicon.subjectPronouns.has(previous)) || lexicon.determiners.has(previous)) return undefined;
    // "..., reports indicated that": a noun right before a verb is its subject
    const nextTag = context.tokens[index + 1]?.upos;
    if (nextTag === "VERB" || nextTag === "AUX") return undefined;
  }
  // "reports said", "reports indicated": a source noun that is also a verb form, right before a verb, is the subject
  const word = context.lower[index];
  if ((lexicon.anonymousSources.has(word) || lexicon.infoNouns.has(word)) && index + 1 < context.tokens.length) {
    const next = context.tokens[index + 1];
    if (next.upos === "VERB" || next.upos === "AUX" || lexicon.verbLemma.has(context.lower[index + 1]) || lexicon.auxiliaries.has(context.lower[index + 1])) return undefined;
  }
  const byForm = lexicon.verbLemma.get(context.lower[index]);
  // "geht ... hervor" / "geht davon aus": a form of two verbs is the one whose particle the sentence has
  const shared = lexicon.sharedForms.get(context.lower[index]);
  if (shared) return shared.find((lemma) => hasParticle(context, index, lemma, context.sentenceOf(index).tokenEnd)) ?? byForm;
  if (byForm) return byForm;
  if (token.upos === "VERB" && token.lemma && !(lexicon.lemmaRouteExclude && lexicon.lemmaRouteExclude.test(context.lower[index]))) return lexicon.verbLemma.get(token.lemma.toLowerCase());
  return undefined;
}

/** Whether a verb that needs a separable particle has it: in the clause after it or written onto it ("teilte ... mit", "mitgeteilt"). */
export function hasParticle(context: ClaimContext, verb: number, lemma: string, clauseEnd: number): boolean {
  const needed = context.lexicon.needsParticle.get(lemma);
  if (!needed) return true;
  // the particle closes its clause ("gab ... bekannt.", "teilte ... mit, dass"), not "zu dem Vorfall"
  const closes = (token: number) => token + 1 >= clauseEnd || [",", ".", ";", ":", "!", "?", "(", "–", "-"].includes(context.tokenText(token + 1)) ||
    context.lexicon.clauseConjunctions.has(context.lower[token + 1]) || QUOTE_MARKS.has(context.tokenText(token + 1));
  for (let token = verb + 1; token < clauseEnd; token++) if (needed.has(context.lower[token]) && context.quoteIndex[token] < 0 && closes(token)) return true;
  // participles written as one word ("mitgeteilt") carry the particle themselves
  return [...needed].some((particle) => context.lower[verb].startsWith(particle));
}
