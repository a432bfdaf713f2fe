// Xish grammar hooks: subject-verb-object, content after the reporting verb ("lo polizio vordat ke ...").
import type { SyntaxHooks } from "../../../src/lang/types.js";

const syntax: SyntaxHooks = {};
export default syntax;
