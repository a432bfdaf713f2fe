// Extract component for `figures` (filled by its own issue).
import type { Document } from "../../nlp/document.js";

export function extractFigures(doc: Document): void {
  doc.results.figures = doc.results.figures ?? [];
}
