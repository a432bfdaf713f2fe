// Reader of GermEval 2014 (../shared/data/germeval2014): sentences with the outer-level BIO labels, and the fixed
// split of both files into training and held-out sentences, for scripts/train-ner.ts and scripts/eval-ner.ts.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DATA } from "./corpus.js";
import type { BioSentence } from "./gum.js";

/** ../shared/data/germeval2014 beside the project. */
export const GERMEVAL_DIR = join(DATA, "germeval2014");

/** The two files of GermEval 2014 the project has, in split order. */
export const GERMEVAL_FILES = ["NER-de-dev.tsv", "NER-de-test.tsv"];

/** The sentences of one GermEval file ("NER-de-dev.tsv"), outer level; an empty list when the file is absent. */
export function readGermEval(name: string): BioSentence[] {
  const path = join(GERMEVAL_DIR, name);
  if (!existsSync(path)) return [];
  const out: BioSentence[] = [];
  let cur: BioSentence = { words: [], tags: [] };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("#")) continue;
    if (!line.trim()) { if (cur.words.length) out.push(cur); cur = { words: [], tags: [] }; continue; }
    const c = line.split("\t");
    cur.words.push(c[1]);
    cur.tags.push(c[2]);
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/**
 * The fixed split: every 10th sentence of each file (the 10th, 20th, ...) is held out and never trained on, the rest
 * trains; another fold (0..8: the 1st, 11th, ... for 0) gives a cross-check for feature experiments.
 */
export function germEvalSplit(fold = 9): { train: BioSentence[]; heldout: BioSentence[] } {
  const train: BioSentence[] = [], heldout: BioSentence[] = [];
  for (const f of GERMEVAL_FILES) readGermEval(f).forEach((s, k) => (k % 10 === fold ? heldout : train).push(s));
  return { train, heldout };
}
