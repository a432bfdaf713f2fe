// Extract component for `times` (filled by its own issue).
import type { Document } from "../../nlp/document.js";

export function extractTimes(doc: Document): void {
  doc.results.times = doc.results.times ?? [];
}
