// The source of a figure: the claim that carries it (or the nearest claim of its sentence), and
// whether two sources name the same speaker.
import type { Document } from "../../nlp/document.js";
import type { ClaimSpanAttrs as LayerClaimAttrs } from "../../nlp/layers.js";

/** The claim attributes a figure's source needs (the "claim" layer's, declared in src/nlp/layers.ts). */
export type ClaimSpanAttrs = Pick<LayerClaimAttrs, "source" | "sentence"> & Partial<Pick<LayerClaimAttrs, "speaker">>;

/** A figure's source: the phrase naming it and the short speaker name ("Angaben der Polizei", "Polizei"). */
export interface FigureSource {
  source: string | null;
  speaker: string | null;
}

const sourceOfClaim = (attrs: ClaimSpanAttrs): FigureSource => ({ source: attrs.source ?? null, speaker: attrs.source ? (attrs.speaker ?? attrs.source) : null });

/** The source of the claim that carries offset `pos` (or the nearest claim in the same sentence). */
export function sourceFor(doc: Document, claims: { start: number; end: number; attrs: ClaimSpanAttrs }[], pos: number, sentIdx: number): FigureSource {
  let covering: { start: number; end: number; attrs: ClaimSpanAttrs } | undefined;
  for (const c of claims) if (c.start <= pos && pos < c.end && (!covering || c.end - c.start < covering.end - covering.start)) covering = c;
  if (covering) return sourceOfClaim(covering.attrs);
  const s = doc.sentences[sentIdx];
  let best: { d: number; found: FigureSource } | undefined;
  for (const c of claims) {
    const inSent = c.attrs.sentence === sentIdx || (c.start < s.end && c.end > s.start);
    if (!inSent) continue;
    const d = pos < c.start ? c.start - pos : pos - c.end;
    if (!best || d < best.d) best = { d, found: sourceOfClaim(c.attrs) };
  }
  return best ? best.found : { source: null, speaker: null };
}

const norm = (s: string | null) => (s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export function sameSource(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const A = norm(a).split(" ").filter((w) => w.length > 3), B = new Set(norm(b).split(" ").filter((w) => w.length > 3));
  if (!A.length || !B.size) return norm(a) === norm(b);
  return A.some((w) => B.has(w) || [...B].some((v) => v.startsWith(w) || w.startsWith(v)));
}
