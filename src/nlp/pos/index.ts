// Part-of-speech tagging and lemmatisation component (averaged perceptron, trained by scripts/train-pos.ts).
import type { Document } from "../document.js";

/** Sets token.upos and token.lemma. Placeholder until the trained tagger lands: leaves tokens untagged. */
export function tagDocument(_doc: Document): void {}
