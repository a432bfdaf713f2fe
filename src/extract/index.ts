// The extraction pipeline: ingest result -> Document -> NLP components -> extract components ->
// the contract's Extraction object.
import { Document, type Lang } from "../nlp/document.js";
import { Pipeline, type Component } from "../nlp/pipeline.js";
import { tokenizeDocument } from "../nlp/tokenize.js";
import { splitSentences } from "../nlp/sentences.js";
import { tagDocument } from "../nlp/pos/index.js";
import { recognizeNames } from "../nlp/ner/index.js";
import { parseDocument } from "../nlp/parse/index.js";
import { extractEntities } from "./entities/index.js";
import { extractTimes } from "./times/index.js";
import { extractFigures } from "./figures/index.js";
import { scopeFigures } from "./figures/scope.js";
import { extractClaims } from "./claims/index.js";
import { extractEvents } from "./events/index.js";
import { parseArticle, type ParseOptions, type ParsedArticle } from "../ingest/index.js";
import type { Extraction } from "../schema/index.js";

/** What each component reads and writes, found in its code ("claims" reads the entity layer to name sources). */
export const DECLARATIONS: Record<string, Pick<Component, "requires" | "assigns">> = {
  tokenizer: { requires: ["doc.text"], assigns: ["doc.tokens"] },
  sentences: { requires: ["doc.tokens", "doc.blocks"], assigns: ["doc.sentences"] },
  tagger: { requires: ["doc.tokens", "doc.sentences"], assigns: ["token.upos", "token.lemma"] },
  parser: { requires: ["doc.tokens", "doc.sentences", "token.upos", "token.lemma"], assigns: ["layer.parse"] },
  ner: { requires: ["doc.tokens", "doc.sentences"], assigns: ["token.ner", "layer.ner"] },
  entities: { requires: ["doc.tokens", "doc.sentences", "layer.ner"], assigns: ["layer.entity", "results.entities"] },
  times: { requires: ["doc.text", "doc.sentences", "doc.meta"], assigns: ["layer.time", "results.times"] },
  claims: {
    requires: ["doc.tokens", "doc.sentences", "doc.blocks", "token.upos", "token.lemma", "layer.entity", "results.entities", "layer.time"],
    assigns: ["layer.claim", "results.claims"],
  },
  figures: {
    requires: ["doc.tokens", "doc.sentences", "doc.blocks", "token.upos", "token.lemma", "layer.time", "layer.claim"],
    assigns: ["layer.figure", "results.figures"],
  },
  scopes: {
    requires: ["doc.sentences", "layer.entity", "results.entities", "results.figures"],
    assigns: ["figure.group", "figure.place", "figure.cumulative", "figure.status"],
  },
  events: {
    requires: ["doc.tokens", "doc.sentences", "doc.blocks", "doc.meta", "token.lemma", "layer.time", "layer.entity", "layer.claim", "results.entities", "results.figures"],
    assigns: ["layer.event", "results.events"],
  },
};

/** A component of this project under its declared name: c("claims", extractClaims). */
const c = (name: string, run: (doc: Document) => void): Component => {
  const declared = DECLARATIONS[name];
  if (!declared) throw new Error(`component "${name}" has no declaration in DECLARATIONS`);
  return { name, requires: declared.requires, assigns: declared.assigns, run };
};

/** The text pipeline (tokens, sentences, POS, lemmas, dependencies). */
export function nlpPipeline(): Pipeline {
  return new Pipeline([c("tokenizer", tokenizeDocument), c("sentences", splitSentences), c("tagger", tagDocument), c("parser", parseDocument)]);
}

/** The full pipeline: text pipeline plus every extract component, in dependency order. The parser is in it but
 *  disabled: no extract component reads the "parse" layer yet and it costs about a third of the extraction time
 *  (`fullPipeline().enable("parser")` turns it on). */
export function fullPipeline(): Pipeline {
  return new Pipeline([
    ...nlpPipeline().components,
    c("ner", recognizeNames),
    c("entities", extractEntities),
    c("times", extractTimes),
    c("claims", extractClaims),
    c("figures", extractFigures),
    c("scopes", scopeFigures),
    c("events", extractEvents),
  ]).disable("parser");
}

let cached: Pipeline | undefined;
function pipeline(): Pipeline {
  return (cached ??= fullPipeline());
}

/** Builds a Document from a parsed article (blocks and dates carried over). */
export function documentFor(parsed: ParsedArticle, published?: string): Document {
  const pub = published ?? parsed.article.published ?? undefined;
  return new Document(parsed.text, parsed.language, {
    blocks: parsed.blocks,
    meta: { published: pub, updated: parsed.article.updated ?? undefined, anchor: (parsed.article.updated ?? pub ?? undefined)?.slice(0, 10) },
  });
}

/** Runs the full pipeline (or the one given) on a parsed article and assembles the contract object. */
export function extractParsed(parsed: ParsedArticle, opts: { published?: string; pipeline?: Pipeline } = {}): { extraction: Extraction; doc: Document } {
  const doc = documentFor(parsed, opts.published);
  doc.warnings.push(...parsed.warnings);
  (opts.pipeline ?? pipeline()).run(doc);
  const extraction: Extraction = {
    version: 1,
    language: doc.lang,
    article: { ...parsed.article, published: opts.published ?? parsed.article.published },
    text: doc.text,
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end, text: doc.sentenceText(s) })),
    entities: doc.results.entities ?? [],
    figures: doc.results.figures ?? [],
    claims: doc.results.claims ?? [],
    times: doc.results.times ?? [],
    events: doc.results.events ?? [],
    warnings: doc.warnings,
  };
  return { extraction, doc };
}

/** Convenience: raw text/HTML/JSON in, extraction out. */
export function extract(input: string, opts: ParseOptions = {}): Extraction {
  return extractParsed(parseArticle(input, opts), { published: opts.published }).extraction;
}

/** Runs only the text pipeline on a plain string (for the benchmark and tests). */
export function analyze(text: string, lang: Lang): Document {
  const doc = new Document(text, lang);
  nlpPipeline().run(doc);
  return doc;
}
