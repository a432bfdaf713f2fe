// Xish part-of-speech knowledge: there is no models/pos-xx.* model, so only defaults ("PROPN" keeps its case).
import type { LemmaData } from "../../../src/lang/types.js";

const lemma: LemmaData = {
  lexClassUpos: {},
  compoundHeadMin: 0,
  contractionUpos: "",
  clauseClasses: [],
  lemmaKeepCase: ["PROPN"],
};
export default lemma;
