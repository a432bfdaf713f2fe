// German grammar hooks read by the algorithms (clause order, where reported content sits, how a noun phrase ends).
import type { SyntaxHooks } from "../types.js";

const syntax: SyntaxHooks = {
  clauseOrder: "verb-second",
  reportedContent: "after-comma",
  complementizerInContent: true,
  capitalization: "nouns",
  genitiveAfterNoun: true,
  // adverbs, conjunctions and pronouns in -dem end like an adjective in -em ("trotzdem", "nachdem", "jedem")
  neverAdjective: (word) => /dem$/u.test(word),
  /** No possessive clitic is split off ("Merkels Rede"). */
  possessiveClitics: [],
  /** "Konsulatspersonal", "Katastrophenschutzbehörde": compounds are written as one word. */
  closedCompounds: true,
};
export default syntax;
