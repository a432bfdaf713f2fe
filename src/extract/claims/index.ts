// Extract component for `claims` (filled by its own issue).
import type { Document } from "../../nlp/document.js";

export function extractClaims(doc: Document): void {
  doc.results.claims = doc.results.claims ?? [];
}
