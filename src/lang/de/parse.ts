// German knowledge for the dependency parser (src/nlp/parse, trained by scripts/train-parser.ts).
import type { ParseData } from "../types.js";

const parse: ParseData = {
  /** Subtypes kept: passive subjects and agents name who did what ("von der Polizei festgenommen"). */
  relationSubtypes: ["nsubj:pass", "obl:agent"],
};
export default parse;
