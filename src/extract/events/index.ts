// Extract component for `events` (filled by its own issue).
import type { Document } from "../../nlp/document.js";

export function extractEvents(doc: Document): void {
  doc.results.events = doc.results.events ?? [];
}
