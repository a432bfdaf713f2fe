// Part-of-speech tagging and lemmatisation component (averaged perceptron, trained by scripts/train-pos.ts).
// Sets token.upos (UD UPOS) and token.lemma for every token. Models are loaded lazily, once per language.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Document, Lang } from "../document.js";
import { PosModel, type LangPosData } from "./model.js";
import { hasLanguage, languagePack } from "../../lang/registry.js";

/** The project's models/ folder, from src/nlp/pos (tsx) or dist/src/nlp/pos (compiled). */
function modelsDir(): string {
  for (const rel of ["../../../models/", "../../../../models/"]) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p + "pos-de.json.gz") || existsSync(p + "pos-en.json.gz")) return p;
  }
  return fileURLToPath(new URL("../../../models/", import.meta.url));
}

const models = new Map<Lang, PosModel | null>();

/** The model for a language (null when its files are missing). */
export function posModel(lang: Lang): PosModel | null {
  let m = models.get(lang);
  if (m === undefined) {
    const dir = modelsDir();
    const file = `${dir}pos-${lang}.json.gz`;
    m = existsSync(file) && existsSync(`${dir}pos-${lang}.weights.gz`) && hasLanguage(lang) ? PosModel.load(file, `${dir}pos-${lang}.weights.gz`, `${dir}pos-${lang}.lex.tsv.gz`, languagePack(lang).lemma) : null;
    models.set(lang, m);
  }
  return m;
}

/** Tags every token of the document with token.upos and token.lemma. */
export function tagDocument(doc: Document): void {
  const model = posModel(doc.lang);
  if (!model) {
    if (!doc.warnings.includes(`no POS model for ${doc.lang}`)) doc.warnings.push(`no POS model for ${doc.lang}`);
    for (const t of doc.tokens) {
      t.upos = "X";
      t.lemma = t.text;
    }
    return;
  }
  const spans = doc.sentences.length
    ? doc.sentences.map((s) => [s.tokenStart, s.tokenEnd] as const)
    : [[0, doc.tokens.length] as const];
  const words: string[] = [], tags: string[] = [], lemmas: string[] = [];
  for (const [a, b] of spans) {
    if (b <= a) continue;
    words.length = tags.length = lemmas.length = b - a;
    for (let k = a; k < b; k++) words[k - a] = doc.tokens[k].text;
    model.analyze(words, tags, lemmas);
    for (let k = a; k < b; k++) {
      const t = doc.tokens[k];
      t.upos = tags[k - a];
      t.lemma = lemmas[k - a];
    }
  }
}

/** Whether the tagger knows the form as written: its training data with this tag, or its lexicon with any class ("als" ADP: yes; "augenzeugen": no). */
export function isKnownAs(lang: Lang, form: string, upos: string): boolean {
  const model = posModel(lang);
  return !!model && (model.seenWith(form, upos) || (model.lexInfo.lexicon?.has(form) ?? false));
}
