// Dependency parsing component ("parser" in the pipeline, after the tagger): writes the "parse" layer, one span
// per token with its head (document token index, -1 for the root) and UD relation ("Polizei" -> head "nahm",
// "nsubj"). Models (models/parse-<lang>.weights.gz, scripts/train-parser.ts) are loaded lazily, once per language,
// for languages whose pack has a `parse` slot; other languages get an empty layer.
import type { Document, Lang } from "../document.js";
import type { ParseSpanAttrs } from "../layers.js";
import { optionalProjectFile } from "../../geo/gazetteer.js";
import { hasLanguage, languagePack } from "../../lang/registry.js";
import { ParserModel } from "./model.js";

const models = new Map<Lang, ParserModel | null>();

/** The parser of a language; null when its pack has no parse slot or the model file is missing. */
export function parserModel(lang: Lang): ParserModel | null {
  let m = models.get(lang);
  if (m === undefined) {
    const file = hasLanguage(lang) && languagePack(lang).parse ? optionalProjectFile(`models/parse-${lang}.weights.gz`) : null;
    m = file ? ParserModel.load(file) : null;
    models.set(lang, m);
  }
  return m;
}

/** The "parser" component: parses every sentence from its tokens' text, UPOS and lemma. */
export function parseDocument(doc: Document): void {
  const model = parserModel(doc.lang);
  const spans: { start: number; end: number; label: string; attrs: ParseSpanAttrs }[] = [];
  if (!model) {
    if (!doc.warnings.includes(`no parser for ${doc.lang}`)) doc.warnings.push(`no parser for ${doc.lang}`);
    doc.setLayer("parse", spans);
    return;
  }
  for (const s of doc.sentences) {
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    if (!toks.length) continue;
    const r = model.parse(toks.map((t) => t.text), toks.map((t) => t.upos ?? "X"), toks.map((t) => t.lemma ?? t.text));
    toks.forEach((t, k) => {
      const head = r.heads[k] < 0 ? -1 : s.tokenStart + r.heads[k];
      spans.push({ start: t.start, end: t.end, label: r.relations[k], attrs: { token: t.i, head, relation: r.relations[k] } });
    });
  }
  doc.setLayer("parse", spans);
}

/** Per document token: head token index (-1 root or unparsed) and relation ("" unparsed), from the "parse" layer. */
export function tokenHeads(doc: Document): { heads: Int32Array; relations: string[] } {
  const heads = new Int32Array(doc.tokens.length).fill(-1);
  const relations: string[] = new Array(doc.tokens.length).fill("");
  for (const s of doc.layer("parse")) {
    heads[s.attrs.token] = s.attrs.head;
    relations[s.attrs.token] = s.attrs.relation;
  }
  return { heads, relations };
}
