// The phrase that names a source, as the article gives it: the noun phrase with the description standing in
// apposition after it ("Anna Beispiel, Sprecherin des Verbandes,"), before it ("die Sprecherin des Verbandes, Anna
// Beispiel") and the organisation attached by a preposition ("Anna Beispiel vom Verband Muster", "a spokesman for the
// agency"). The short name stays the claim's `speaker`; the phrase becomes its `source`.
import type { ClaimContext } from "./context.js";
import { nounPhraseEnd, nounPhraseStartBefore } from "./noun-phrases.js";
import { TERMINAL } from "./tokens.js";

/** At most this many tokens in an apposition ("Präsident des Landesamtes für Umwelt und Naturschutz"). */
const APPOSITION_LIMIT = 14;

/** The text of the source phrase around the trimmed noun phrase [from, to) ("Max Muster" -> "Max Muster, Sprecher der Polizei"). */
export function sourcePhrase(context: ClaimContext, from: number, to: number): string {
  const start = descriptionBefore(context, from);
  let end = appositionAfter(context, bracketAfter(context, attributesAfter(context, to)));
  // a bracket or quotation the phrase opens closes in it ("Kommission (KHRC)", "der „Morning Post“")
  if (unbalanced(context.spanText(start, end)) && CLOSING.test(context.tokenText(end))) end++;
  let text = context.spanText(start, end).replace(/\s+/g, " ").trim();
  if (/\([^)]*$/u.test(text)) text = text.replace(/\s*\([^)]*$/u, "");
  // an unbalanced quotation mark goes ("„Queer Kollektiv" -> "Queer Kollektiv")
  return unbalanced(text) ? text.replace(/[„“”"«»]/gu, "").replace(/\s+/g, " ").trim() : text;
}

/** Where a subject named by [.., to) ends before its verb, with attributes, a bracket and an apposition and its
 *  closing comma ("Mara Lind vom Verein Grüne Insel (VGI) sagte" -> before "sagte"). */
export function subjectPhraseEnd(context: ClaimContext, to: number): number {
  const end = bracketAfter(context, attributesAfter(context, to));
  const apposition = appositionAfter(context, end);
  return apposition > end ? apposition + 1 : end;
}

/** A short bracket after the name ("Kommission (KHRC)"), without a verb inside. */
function bracketAfter(context: ClaimContext, to: number): number {
  if (context.tokenText(to) !== "(") return to;
  const sentence = context.sentenceOf(to);
  for (let token = to + 1; token < Math.min(sentence.tokenEnd, to + 8); token++) {
    if (context.tokenText(token) === ")") return token + 1;
    if (!fits(context, token, sentence.tokenEnd)) return to;
  }
  return to;
}

/** Closing brackets and quotation marks. */
const CLOSING = /^[)“”"»]$/u;

/** Whether the text opens a bracket or quotation it does not close ("Kommission (KHRC", "der „Post"). */
function unbalanced(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  const low = count(/„/gu), left = count(/“/gu), right = count(/”/gu);
  const quotes = low > 0 ? low !== left + right : left !== right;
  return quotes || count(/\(/gu) > count(/\)/gu) || count(/"/gu) % 2 === 1 || count(/«/gu) !== count(/»/gu);
}

/** Whether the token may stand in a source phrase: a word of the sentence, no verb, outside quoted statements. */
function fits(context: ClaimContext, token: number, sentenceEnd: number): boolean {
  if (token >= sentenceEnd || token < 0 || context.quoteAt(token)?.statement) return false;
  const text = context.tokenText(token);
  if (TERMINAL.has(text) || text === ":" || text === ";" || text === "(" || text === ")") return false;
  const word = context.lower[token];
  if (context.lexicon.complementizers.has(word)) return false;
  // the tagger decides where it ran ("head of the agency" is no verb); else the lexicon
  const tag = context.tokens[token].upos;
  if (tag) return tag !== "VERB" && tag !== "AUX";
  return !context.lexicon.verbLemma.has(word) && !context.lexicon.auxiliaries.has(word);
}

/** Whether [from, to) describes a person or body: it holds a title or a description ("Sprecher", "Portal"). */
function describes(context: ClaimContext, from: number, to: number): boolean {
  for (let token = from; token < to; token++) if (context.isTitle(token) || isDescriptor(context, token)) return true;
  return false;
}

/** "die Sprecherin des Verbandes, Anna Beispiel": the description before the comma joins the name. */
function descriptionBefore(context: ClaimContext, from: number): number {
  const sentence = context.sentenceOf(from);
  if (!sentence || from - 2 < sentence.tokenStart || context.tokenText(from - 1) !== ",") return from;
  let start = nounPhraseStartBefore(context, from - 1, sentence.tokenStart);
  // "die Premierministerin von Queensland, Anna Bligh": a title and the body or place it belongs to
  for (let step = 0; step < 2 && start - 1 > sentence.tokenStart && context.lexicon.attributePrepositions.has(context.lower[start - 1]); step++) {
    let before = nounPhraseStartBefore(context, start - 1, sentence.tokenStart);
    const opener = (token: number) => context.lexicon.determiners.has(context.lower[token]) || context.lexicon.asIntro.has(context.lower[token]) ||
      context.lexicon.clauseConjunctions.has(context.lower[token]) || context.lexicon.adverbs.has(context.lower[token]);
    while (before < start - 1 && opener(before)) before++;
    if (before >= start - 1 || !describes(context, before, start - 1)) break;
    start = before;
  }
  while (start < from - 1 && context.lexicon.determiners.has(context.lower[start])) start++;
  if (start >= from - 1 || context.tokenText(start - 1) === ",") return from;
  for (let token = start; token < from - 1; token++) if (!fits(context, token, sentence.tokenEnd)) return from;
  return describes(context, start, from - 1) ? start : from;
}

/** "Anna Beispiel vom Verband Muster", "John Doe of the Red Cross": organisations attached by a preposition. */
function attributesAfter(context: ClaimContext, to: number): number {
  const sentence = context.sentenceOf(Math.max(0, to - 1));
  if (!sentence) return to;
  let end = to;
  while (end < sentence.tokenEnd && context.lexicon.attributePrepositions.has(context.lower[end])) {
    const phraseEnd = nounPhraseEnd(context, end + 1, sentence.tokenEnd);
    // after a title any body counts ("a senior official at the main hospital"), else it must be named
    const afterTitle = (context.isTitle(end - 1) || isDescriptor(context, end - 1)) && phraseEnd > end + 1 && !context.timeAt[end + 1];
    // a count is no body ("spricht die Polizei von 40 Festnahmen")
    const counted = /^\p{N}/u.test(context.tokenText(end + 1)) || context.tokens[end + 1]?.upos === "NUM";
    if (phraseEnd <= end + 1 || counted || !(afterTitle || namesBody(context, end + 1, phraseEnd, sentence.tokenEnd))) break;
    end = phraseEnd;
  }
  return end;
}

/** Whether [from, to) names a body: a capitalised word, no time ("vom Donnerstag"), no quoted lower-case words ("von „kriminellem Vandalismus“"). */
function namesBody(context: ClaimContext, from: number, to: number, sentenceEnd: number): boolean {
  let named = false;
  for (let token = from; token < to; token++) {
    if (!fits(context, token, sentenceEnd) || context.timeAt[token]) return false;
    const quote = context.quoteAt(token);
    if (quote && quote.open === token - 1 && !context.isCapitalized(token)) return false;
    if (context.isCapitalized(token)) named = true;
  }
  return named;
}

/** "Anna Beispiel, Sprecherin des Verbandes,": a description closed by a comma after the name joins it. */
function appositionAfter(context: ClaimContext, to: number): number {
  const sentence = context.sentenceOf(Math.max(0, to - 1));
  if (!sentence || context.tokenText(to) !== ",") return to;
  let end = to + 1;
  // the apposition closes at a comma, or at the sentence's end ("sagte Bill Muster, Parteichef der Liberalen.")
  const closesSentence = (token: number) => TERMINAL.has(context.tokenText(token)) && token >= sentence.tokenEnd - 2;
  while (end < sentence.tokenEnd && end <= to + APPOSITION_LIMIT && context.tokenText(end) !== "," && !closesSentence(end)) {
    if (!fits(context, end, sentence.tokenEnd)) return to;
    end++;
  }
  // closing the sentence it must name a role ("Parteichef der Liberalen"), not go on as a clause ("According to X, 30 families lost ...")
  if (closesSentence(end) && !describes(context, to + 1, end)) return to;
  if (!(context.tokenText(end) === "," || closesSentence(end)) || end <= to + 1 || !(describes(context, to + 1, end) || lowerCaseDescription(context, to + 1, end))) return to;
  const first = context.lower[to + 1];
  // a relative clause is no apposition: "who saw it", and where nouns are capitalised one that ends in a verb ("der den Brand sah")
  if (context.lexicon.relativePronouns.has(first) && !context.lexicon.determiners.has(first)) return to;
  if (context.syntax.capitalization !== "names" && !(context.isCapitalized(end - 1) || CLOSING.test(context.tokenText(end - 1)))) return to;
  return end;
}

/** "head of the harbour authority": two or more words opening in lower case, no adverb ("however") or conjunction. */
function lowerCaseDescription(context: ClaimContext, from: number, to: number): boolean {
  const { lexicon } = context;
  if (to - from < 2 || context.isCapitalized(from) || !context.isWord(from)) return false;
  for (let token = from; token < to; token++) {
    const word = context.lower[token];
    if (lexicon.adverbs.has(word) || lexicon.clauseConjunctions.has(word) || lexicon.pronouns.has(word) || lexicon.prepositions.has(word) && token === from) return false;
  }
  return true;
}

/** A description before a name, as a word or a capitalised compound ending in one ("Nachrichtenagentur"). */
export function isDescriptor(context: ClaimContext, token: number): boolean {
  const word = context.lower[token];
  const { descriptors } = context.lexicon;
  if (!word) return false;
  if (descriptors.has(word)) return true;
  if (!context.isCapitalized(token)) return false;
  for (let cut = 1; cut + 4 <= word.length; cut++) if (descriptors.has(word.slice(cut))) return true;
  return false;
}
