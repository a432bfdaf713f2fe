// A mention: one stretch of text that names an entity, with the evidence that found it. The passes
// (lexicon, tagger, capitalisation, surnames) produce mentions; selection and merging read them.
import type { Document } from "../../nlp/document.js";
import type { EntityType } from "../../schema/index.js";

export interface Mention {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  text: string;
  /** Form used for grouping (inflection removed). */
  base: string;
  type: EntityType;
  /** 3 = lexicon, 2 = pattern, 1 = statistical / capitalisation guess. */
  prio: number;
  roles: string[];
  /** An ambiguous place name (common word, sentence start): kept only with support from the tagger or a preposition. */
  weak?: boolean;
  /** A place name that is also a given name and stands before another capitalised word. */
  personal?: boolean;
  /** A span of the statistical tagger (it may hold a known name: "Pittsburgh Pirates", "North Carolina"). */
  tagged?: boolean;
  /** Typed by the words around it ("in Talvesh", "the town of X"): weighs more than a bare guess in merging. */
  contextual?: boolean;
}

/** A mention over whole tokens [from, to) ("Los Angeles County" = three tokens). */
export interface TokenMention {
  from: number;
  to: number;
  type: EntityType;
  prio: number;
  /** Grouping form when it differs from the text ("Kasachstan" for "Kasachstans"). */
  base?: string;
}

/** A mention over part of one token ("NATO" in "NATO-Generalsekretär"). */
export interface PartMention {
  token: number;
  start: number;
  end: number;
  type: EntityType;
  prio: number;
  base?: string;
}

/** The mention of a token range, its text read from the document. */
export function tokenMention(doc: Document, m: TokenMention): Mention {
  const { start, end } = doc.tokenSpan(m.from, m.to);
  const text = doc.text.slice(start, end);
  return { tokStart: m.from, tokEnd: m.to, start, end, text, base: m.base ?? text, type: m.type, prio: m.prio, roles: [] };
}

/** The mention of characters [start, end) inside one token. */
export function partMention(doc: Document, m: PartMention): Mention {
  const text = doc.text.slice(m.start, m.end);
  return { tokStart: m.token, tokEnd: m.token + 1, start: m.start, end: m.end, text, base: m.base ?? text, type: m.type, prio: m.prio, roles: [] };
}
