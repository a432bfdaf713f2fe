// Reader of CoNLL-U treebanks (../shared/data/ud), shared by scripts/train-pos.ts and scripts/train-parser.ts.
import { readFileSync } from "node:fs";

/** One token: form, UPOS, lemma, head (1-based index in the sentence, 0 = root) and relation ("nsubj:pass"); the
 *  Penn tag (xpos) and relation again as `rel` for the POS trainer's tag mapping (scripts/gum-pos.ts). */
export interface Tok { form: string; upos: string; lemma: string; head: number; deprel: string; xpos?: string; rel?: string }
export type Sent = Tok[];

interface Word { id: number; form: string; upos: string; lemma: string; head: number; deprel: string; xpos: string }

/**
 * Reads a CoNLL-U file. With contractionUpos set, multi-word tokens ("zum" = "zu dem") become one token with that
 * UPOS and the first word's lemma, attached where its first word with a head outside the token attaches.
 */
export function readConllu(path: string, contractionUpos: string): Sent[] {
  const out: Sent[] = [];
  let words: Word[] = [];
  let ranges: [number, number, string][] = [];
  const flush = () => {
    if (words.length) out.push(sentence(words, ranges, contractionUpos));
    words = [];
    ranges = [];
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith("#")) continue;
    const c = line.split("\t");
    const id = c[0];
    if (id.includes(".")) continue;
    if (id.includes("-")) {
      const [a, b] = id.split("-").map(Number);
      if (contractionUpos) ranges.push([a, b, c[1]]);
      continue;
    }
    words.push({ id: Number(id), form: c[1], upos: c[3], lemma: c[2], head: Number(c[6]), deprel: c[7], xpos: c[4] });
  }
  flush();
  return out;
}

/** The tokens of one sentence, multi-word tokens joined (word ids renumbered to token positions). */
function sentence(words: Word[], ranges: [number, number, string][], contractionUpos: string): Sent {
  const tokenOf = new Map<number, number>(); // word id -> 1-based token position
  const toks: (Tok & { word: Word })[] = [];
  let r = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const range = ranges[r];
    if (range && w.id === range[0]) {
      const inside = words.filter((x) => x.id >= range[0] && x.id <= range[1]);
      const top = inside.find((x) => x.head < range[0] || x.head > range[1]) ?? inside[0];
      toks.push({ form: range[2], upos: contractionUpos, lemma: inside[0].lemma, head: 0, deprel: top.deprel, word: top });
      for (const x of inside) tokenOf.set(x.id, toks.length);
      k += inside.length - 1;
      r++;
      continue;
    }
    toks.push({ form: w.form, upos: w.upos, lemma: w.lemma, head: 0, deprel: w.deprel, xpos: w.xpos, rel: w.deprel, word: w });
    tokenOf.set(w.id, toks.length);
  }
  return toks.map(({ word, ...t }) => ({ ...t, head: word.head === 0 ? 0 : tokenOf.get(word.head) ?? 0 }));
}
