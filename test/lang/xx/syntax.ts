// Xish grammar hooks: subject-verb-object, content right after the reporting verb ("lo polizio vordat ke ..."),
// only names capitalised, no genitive after a noun, no adjective look-alikes.
import type { SyntaxHooks } from "../../../src/lang/types.js";

const syntax: SyntaxHooks = {
  clauseOrder: "subject-verb-object",
  reportedContent: "after-verb",
  complementizerInContent: false,
  capitalization: "names",
  genitiveAfterNoun: false,
  neverAdjective: () => false,
  possessiveClitics: [],
  closedCompounds: false,
};
export default syntax;
