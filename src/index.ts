// The library: `import { extract } from "lagebild"`. Text or an article record in, the contract's
// Extraction out; plus the pipeline, the language registry and the contract's schemas and types.
// What is exported here is the stable API; everything else may change between versions.
import { extractArticle, type ArticleInput, type ExtractOptions } from "./extract/record.js";
import type { Extraction } from "./schema/index.js";

export type { ArticleInput, ExtractOptions };

/** One article in, its Extraction out: extract({ text: "Bei Protesten ...", published: "2023-03-14", lang: "de" }). */
export function extract(input: string | ArticleInput, opts: ExtractOptions = {}): Extraction {
  return extractArticle(input, opts);
}

// the pipeline: the Document, its components and their declared layers
export { fullPipeline, nlpPipeline, analyze } from "./extract/index.js";
export { Pipeline, PipelineError, describePipeline, orderProblem, type Component, type ComponentDescription, type Placement } from "./nlp/pipeline.js";
export { Document, type Token, type Sentence, type Span, type Block, type BlockRole, type DocumentMeta, type DocumentResults } from "./nlp/document.js";
export {
  DOCUMENT_INPUTS,
  type LayerName, type Layers, type Results, type DocumentParts, type TokenAttributes,
  type NerSpanAttrs, type EntitySpanAttrs, type TimeSpanAttrs, type ClaimSpanAttrs, type FigureSpanAttrs, type EventSpanAttrs,
} from "./nlp/layers.js";

// the language registry
export { languagePack, registerLanguage, unregisterLanguage, languageCodes, hasLanguage, type LanguagePack } from "./lang/registry.js";

// the contract: zod schemas (values) and their types under the same names
export {
  LANGS, Lang, ArticleRecord, Article, Entity, EntityType, Mention, Figure, FigureCategory, Qualifier, Claim, ClaimMode, TimeExpr, EventType, Event, Extraction,
  extractionJsonSchema,
} from "./schema/index.js";

// bad input (empty text, an unknown language, an impossible date) is an InputError
export { InputError } from "./ingest/errors.js";
