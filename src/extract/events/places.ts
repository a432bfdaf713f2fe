// Places in the event pass: an entity's country as the gazetteer knows it, whether a location names
// a whole country, and country names counted in the text when there are no location entities.
import type { Document, Lang } from "../../nlp/document.js";
import type { Entity } from "../../schema/index.js";
import { gazetteer } from "../../geo/gazetteer.js";
import { startsWithCapital } from "../../nlp/characters.js";

/** Without location entities: count country names written in the text (gazetteer forms, capitalised words). */
export function countriesByName(doc: Document, out: Map<string, number>): void {
  let g: ReturnType<typeof gazetteer>;
  try { g = gazetteer(); } catch { return; }
  const firstBlockEnd = doc.blocks[0]?.end ?? 0;
  for (const t of doc.tokens) {
    if (!startsWithCapital(t.text)) continue;
    const c = g.lookup(t.text, doc.lang).find((p) => p.kind === "country" && p.country);
    if (c?.country) out.set(c.country, (out.get(c.country) ?? 0) + (t.start < firstBlockEnd ? 2 : 1));
  }
}

/**
 * A location whose country the gazetteer knows otherwise: when none of the gazetteer's places of
 * that name lies in the entity's country (a region without coordinates that took the article's
 * main country), the most populous gazetteer place decides ("Gaza" in an article about Israel).
 */
const placeMemo = new WeakMap<Entity, Entity>();
export function placeCountry(e: Entity, lang: Lang): Entity {
  if (e.type !== "location" || !e.country) return e;
  const m = placeMemo.get(e);
  if (m) return m;
  let r = e;
  try {
    const cands = gazetteer().lookup(e.name, lang).filter((p) => p.country && !p.supranational);
    if (cands.length && !cands.some((p) => p.country === e.country)) {
      const best = cands.reduce((a, b) => (b.kind === "country" || b.population > a.population ? b : a));
      r = { ...e, country: best.country };
    }
  } catch { /* no gazetteer: keep the entity's country */ }
  placeMemo.set(e, r);
  return r;
}

/** A location entity that names a whole country ("Iran", "Kasachstan"): not a place within it. */
const countryNameMemo = new WeakMap<Entity, boolean>();
export function isCountryName(e: Entity, lang: Lang): boolean {
  const m = countryNameMemo.get(e);
  if (m !== undefined) return m;
  const r = lookupCountryName(e, lang);
  countryNameMemo.set(e, r);
  return r;
}
function lookupCountryName(e: Entity, lang: Lang): boolean {
  try {
    return [e.name, ...e.aliases].some((n) => gazetteer().lookup(n, lang).some((p) => p.kind === "country"));
  } catch {
    return false;
  }
}

/** After a dateline place: an optional outlet word, then a dash, bar, colon or bracket ("Berlin taz |", "Nairobi, (APP", "Ouagadougou –"). */
const DATELINE_TAIL = /^\s*,?\s*(?:\p{L}+\s*)?[|(–—:-]/u;
/** Only the first body paragraphs carry a dateline. */
const DATELINE_BLOCKS = 4;

/**
 * A place that only says where the report was filed: inside a dateline block, or at the very
 * start of one of the first paragraphs before a dash or bar ("Berlin taz | Nach einer Woche ...").
 */
export function isDatelinePlace(doc: Document, start: number, end: number): boolean {
  const bi = doc.blocks.findIndex((b) => start >= b.start && start < b.end);
  if (bi < 0) return false;
  const b = doc.blocks[bi];
  if (b.role === "dateline") return true;
  if (b.role !== "paragraph" || bi >= DATELINE_BLOCKS + doc.blocks.filter((x, i) => i < bi && x.role !== "paragraph").length) return false;
  if (doc.text.slice(b.start, start).trim() !== "") return false;
  return DATELINE_TAIL.test(doc.text.slice(end, end + 40));
}
