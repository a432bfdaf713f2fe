// NER component ("ner" in the pipeline): tags tokens with BIO labels (token.ner) using the statistical
// model of the document's language, where the project has one (German: GermEval 2014), and writes the
// "ner" layer, one span per name (attrs: type such as PER or LOCpart, token range). Languages without
// a model get an empty layer; the entity extractor then relies on gazetteers and patterns.
import type { Document, Lang } from "../document.js";
import type { NerSpanAttrs } from "../layers.js";
import { optionalProjectFile } from "../../geo/gazetteer.js";
import { NerModel, bioSpans } from "./model.js";

const models = new Map<Lang, NerModel | null>();

/** The model of a language, models/ner-<lang>.txt.gz ("models/ner-de.txt.gz"); null when the project has none. */
export function nerModel(lang: Lang): NerModel | null {
  if (!models.has(lang)) {
    const file = optionalProjectFile(`models/ner-${lang}.txt.gz`);
    models.set(lang, file ? NerModel.load(file) : null);
  }
  return models.get(lang)!;
}

export interface NerSpan { tokStart: number; tokEnd: number; type: string }

/** Tags every sentence; sets token.ner and returns the spans (token indices, GermEval types such as PER, LOCpart). */
export function tagEntities(doc: Document): NerSpan[] {
  const model = nerModel(doc.lang);
  if (!model) return [];
  const out: NerSpan[] = [];
  for (const s of doc.sentences) {
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    if (!toks.length) continue;
    const tags = model.tagWords(toks.map((t) => t.text), doc.lang);
    toks.forEach((t, k) => (t.ner = tags[k]));
    for (const [a, b, type] of bioSpans(tags)) out.push({ tokStart: s.tokenStart + a, tokEnd: s.tokenStart + b, type });
  }
  return out;
}

/** Attributes of a span of the "ner" layer: the tagger's type and the token range [tokStart, tokEnd) (declared in src/nlp/layers.ts). */
export type NerAttrs = NerSpanAttrs;

/** The "ner" component: tags the document and writes the "ner" layer (empty without a model). */
export function recognizeNames(doc: Document): void {
  const spans = tagEntities(doc);
  doc.setLayer<NerAttrs>("ner", spans.map((s) => ({ ...doc.tokenSpan(s.tokStart, s.tokEnd), label: s.type, attrs: { type: s.type, tokStart: s.tokStart, tokEnd: s.tokEnd } })));
}

/** The spans of the "ner" layer as token ranges, in text order ("Olaf Scholz" -> {tokStart, tokEnd, type: "PER"}). */
export function nerSpans(doc: Document): NerSpan[] {
  return doc.layer<NerAttrs>("ner").map((s) => ({ tokStart: s.attrs.tokStart, tokEnd: s.attrs.tokEnd, type: s.attrs.type }));
}
