// German grammar hooks read by the algorithms (clause order, where reported content sits, how a noun phrase ends).
import type { SyntaxHooks } from "../types.js";

const syntax: SyntaxHooks = {};
export default syntax;
