// Extract component for `entities` (filled by its own issue).
import type { Document } from "../../nlp/document.js";

export function extractEntities(doc: Document): void {
  doc.results.entities = doc.results.entities ?? [];
}
