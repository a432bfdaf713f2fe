// The one place where the Document's layers and results are named and typed. Pipeline components
// declare what they `requires` and `assigns` with these names ("layer.entity", "results.claims"),
// and the Pipeline checks the order with them (as spaCy's requires/assigns).
import type { Block, DocumentMeta, Sentence, Token } from "./document.js";
import type { ClaimMode, Claim, Entity, EntityType, Event, EventType, Figure, FigureCategory, Qualifier, TimeExpr } from "../schema/index.js";

/** The Document's own parts: `doc.text`, `doc.blocks` and `doc.meta` come with it, tokens and sentences from components. */
export interface DocumentParts {
  text: string;
  blocks: Block[];
  meta: DocumentMeta;
  tokens: Token[];
  sentences: Sentence[];
}

/** Attributes a component sets on every token ("token.upos": "NOUN"). */
export interface TokenAttributes {
  upos: string;
  lemma: string;
  ner: string;
}

/** A name the statistical tagger found: its type and token range ({type: "PER", tokStart: 3, tokEnd: 5}). */
export interface NerSpanAttrs {
  type: string;
  tokStart: number;
  tokEnd: number;
}

/** An entity mention: its type and the index of its entity in doc.results.entities ({type: "person", entity: 0}). */
export interface EntitySpanAttrs {
  type: EntityType;
  entity: number;
}

/** A time expression: its TIMEX3 value and type ({value: "2023-03-13", type: "DATE"}). */
export interface TimeSpanAttrs {
  value: string;
  type: string;
}

/** A claim's content: who says it and how ({source: "Polizei", mode: "indirect", cue: "sagte", ...}). */
export interface ClaimSpanAttrs {
  source: string | null;
  /** The source as a short name ("Polizei" for "Angaben der Polizei"). */
  speaker: string | null;
  mode: ClaimMode;
  cue: string | null;
  sentence: number;
  unverified: boolean;
}

/** A figure: the number and what it counts ({value: 12, category: "injured", qualifier: "at_least", ...}). */
export interface FigureSpanAttrs {
  value: number;
  category: FigureCategory;
  qualifier: Qualifier;
  subject: string | null;
  source: string | null;
  speaker?: string | null;
}

/** An event over its first sentence ({type: "Protests", subType: "...", date: "2023-03-13", country: "MD"}). */
export interface EventSpanAttrs {
  type: EventType;
  subType?: string | null;
  date: string | null;
  country?: string | null;
}

/** A token's dependency: its token index, its head's (-1 for the root) and the UD relation ({token: 3, head: 4, relation: "nsubj"}). */
export interface ParseSpanAttrs {
  token: number;
  head: number;
  relation: string;
}

/** Span layers: layer name -> the attributes of its spans (doc.layer("entity") holds Span<EntitySpanAttrs>). */
export interface Layers {
  ner: NerSpanAttrs;
  parse: ParseSpanAttrs;
  entity: EntitySpanAttrs;
  time: TimeSpanAttrs;
  claim: ClaimSpanAttrs;
  figure: FigureSpanAttrs;
  event: EventSpanAttrs;
}

/** Results: result name -> its contract type (doc.results.entities holds Entity[]). */
export interface Results {
  entities: Entity[];
  times: TimeExpr[];
  claims: Claim[];
  figures: Figure[];
  events: Event[];
}

/** Attributes a component sets on every figure of results.figures ("figure.group": "protesters"). */
export interface FigureAttributes {
  group: string;
  place: string;
  cumulative: boolean;
  status: string;
}

/** A name a component requires or assigns: "doc.tokens", "token.lemma", "layer.entity", "results.claims", "figure.group". */
export type LayerName =
  | `doc.${keyof DocumentParts & string}`
  | `token.${keyof TokenAttributes & string}`
  | `figure.${keyof FigureAttributes & string}`
  | `layer.${keyof Layers & string}`
  | `results.${keyof Results & string}`;

/** What every Document holds from its construction, before any component runs. */
export const DOCUMENT_INPUTS: readonly LayerName[] = ["doc.text", "doc.blocks", "doc.meta"];
