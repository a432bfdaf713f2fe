// The benchmark corpus: real sentences from ../shared/data (UD test sets, GermEval dev) grouped into
// pseudo-articles of ~600 tokens, paragraphs of four sentences. Shared by the benchmarks.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "../src/nlp/document.js";

/** The project root, from the source or the compiled script in dist/. */
export const ROOT = [dirname(dirname(fileURLToPath(import.meta.url))), dirname(dirname(dirname(fileURLToPath(import.meta.url))))].find((d) => existsSync(join(d, "package.json")))!;
/** ../shared/data beside the project. */
export const DATA = join(ROOT, "..", "shared", "data");

/** The `# text = ` lines of a CoNLL-U file. */
export function udSentences(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) if (line.startsWith("# text = ")) out.push(line.slice(9).trim());
  return out;
}

/** The sentences of a GermEval TSV file, tokens joined by spaces. */
export function germevalSentences(file: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#")) continue;
    if (!line.trim()) { if (cur.length) out.push(cur.join(" ")); cur = []; continue; }
    cur.push(line.split("\t")[1]);
  }
  if (cur.length) out.push(cur.join(" "));
  return out;
}

/** Groups sentences into articles of about `size` whitespace tokens, paragraphs of 4 sentences. */
export function pseudoArticles(sentences: string[], size = 600): string[] {
  const out: string[] = [];
  let paras: string[] = [], para: string[] = [], n = 0;
  for (const s of sentences) {
    para.push(s);
    n += s.split(/\s+/).length;
    if (para.length === 4) { paras.push(para.join(" ")); para = []; }
    if (n >= size) { if (para.length) paras.push(para.join(" ")); out.push(paras.join("\n\n")); paras = []; para = []; n = 0; }
  }
  return out;
}

/** The benchmark articles of one language (German: GSD test + PUD + GermEval dev; English: EWT test + dev). */
export function benchArticles(lang: Lang): string[] {
  if (lang === "de") {
    return pseudoArticles([...udSentences(join(DATA, "ud", "de_gsd-ud-test.conllu")), ...udSentences(join(DATA, "ud", "de_pud-ud-test.conllu")), ...germevalSentences(join(DATA, "germeval2014", "NER-de-dev.tsv"))]);
  }
  return pseudoArticles([...udSentences(join(DATA, "ud", "en_ewt-ud-test.conllu")), ...udSentences(join(DATA, "ud", "en_ewt-ud-dev.conllu"))]);
}
