// English grammar hooks read by the algorithms (clause order, where reported content sits, how a noun phrase ends).
import type { SyntaxHooks } from "../types.js";

const syntax: SyntaxHooks = {
  clauseOrder: "subject-verb-object",
  reportedContent: "after-verb",
  complementizerInContent: false,
  capitalization: "names",
  genitiveAfterNoun: false,
  neverAdjective: () => false,
  /** "Sunday's elections": the tokenizer splits off "'s". */
  possessiveClitics: ["'s", "’s"],
  /** "consulate staff": compounds are written apart or hyphenated. */
  closedCompounds: false,
};
export default syntax;
