// Runs the entity component on a sentence (tokens and sentences only, so the tests do not depend on the POS model).
import { Document } from "../../src/nlp/document.js";
import { tokenizeDocument } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import { extractEntities } from "../../src/extract/entities/index.js";
import type { Entity } from "../../src/schema/index.js";

export function entities(text: string, lang: "de" | "en"): Entity[] {
  const doc = new Document(text, lang);
  tokenizeDocument(doc);
  splitSentences(doc);
  extractEntities(doc);
  return doc.results.entities ?? [];
}

/** The entity with that name or alias. */
export const find = (list: Entity[], name: string): Entity | undefined => list.find((e) => e.name === name || e.aliases.includes(name));
