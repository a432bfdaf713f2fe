// Reader of GermEval 2014 (../shared/data/germeval2014): sentences with the outer-level BIO labels, for scripts
// that score the German tagger (scripts/eval-ner.ts).
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DATA } from "./corpus.js";
import type { BioSentence } from "./gum.js";

/** ../shared/data/germeval2014 beside the project. */
export const GERMEVAL_DIR = join(DATA, "germeval2014");

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
