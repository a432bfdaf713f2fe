// Name keys shared by the store (entity rows) and the situation (cross-article merging):
// normaliseName("Kassym-Schomart Tokajew") === "kassym schomart tokajew".
import type { Entity } from "../schema/index.js";

/** Merge key of an entity: its spelling key, else the normalised name (lower case, no diacritics). */
export function entityKey(e: Pick<Entity, "key" | "name"> & { placeId?: string }): string {
  if (e.placeId) return e.placeId; // "Moskau" and "Moscow": one gazetteer place
  if (e.key) return e.key;
  return normaliseName(e.name);
}

/** Lower case, diacritics dropped, runs of other characters one space ("Müller-Lüdenscheidt" -> "muller ludenscheidt"). */
export function normaliseName(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** A country's English name from its ISO code ("KZ" -> "Kazakhstan"); the code itself where Intl has no name, null for none. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
