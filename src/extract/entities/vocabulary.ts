// The word knowledge the entity passes share, derived once per lexicon from the language pack:
// media heads, tail words, descriptors, demonyms, the comparison form of names.
import type { Lexicon } from "../../nlp/ner/lexicon.js";
import { hasOrgHead } from "../../nlp/ner/lexicon.js";
import { gazetteer } from "../../geo/gazetteer.js";
import { BoundedCache } from "../../nlp/cache.js";
import { createRequire } from "node:module";

/** Word sets derived from a lexicon's data, built once per lexicon (not per article). */
export interface WordSets {
  mediaHeads: Set<string>;
  /** First words of multi-word media heads ("news" of "news agency"). */
  mediaFirst: Set<string>;
  locTail: Set<string>;
  orgTail: Set<string>;
  locHeads: Set<string>;
  preps: Set<string>;
  /** Capitalised titles split into words, longest first ("Secretary of State"). */
  enTitles: string[][];
  speechVerbs: Set<string>;
}

const wordSetCache = new WeakMap<Lexicon, WordSets>();

export function wordSets(lx: Lexicon): WordSets {
  let ws = wordSetCache.get(lx);
  if (ws) return ws;
  const mediaHeads = new Set(lx.data.mediaHeads.map((h) => h.toLowerCase()));
  ws = {
    mediaHeads,
    mediaFirst: new Set([...mediaHeads].filter((h) => h.includes(" ")).map((h) => h.slice(0, h.indexOf(" ")))),
    locTail: new Set(lx.data.locationTailWords ?? []),
    orgTail: new Set(lx.data.orgTailWords),
    locHeads: new Set(lx.data.locationHeads.filter((h) => !h.includes(" "))),
    preps: new Set(lx.data.locationPrepositions),
    enTitles: (lx.data.titles ?? []).map((t) => t.split(" ")).sort((a, b) => b.length - a.length),
    speechVerbs: new Set(lx.data.personCueVerbs ?? []),
  };
  wordSetCache.set(lx, ws);
  return ws;
}

/** Titles and title prefixes as sets, for the role pass. */
export interface RoleSets {
  titles: Set<string>;
  prefixes: Set<string>;
}

const roleSetCache = new WeakMap<Lexicon, RoleSets>();

export function roleSets(lx: Lexicon): RoleSets {
  let r = roleSetCache.get(lx);
  if (!r) roleSetCache.set(lx, (r = { titles: new Set(lx.data.titles ?? []), prefixes: new Set(lx.data.titlePrefixes) }));
  return r;
}

/** A descriptor noun before an organisation's name: "Organisation", "Katastrophenschutzbehörde", "Nachrichtenagentur". */
export function isDescriptor(lx: Lexicon, w: string): boolean {
  if (lx.data.descriptors.includes(w)) return true;
  const lw = w.toLowerCase();
  return lx.data.descriptorHeads.some((h) => lw.endsWith(h)) && !hasOrgHead(lx, w);
}

/** "Inlandsnachrichtendienstes" -> "Inlandsnachrichtendienst" when the uninflected form is a head too. */
export function baseOfHead(lx: Lexicon, w: string): string {
  const lw = w.toLowerCase();
  for (const inf of ["es", "s"]) {
    if (lw.endsWith(inf)) {
      const b = lw.slice(0, -inf.length);
      if (lx.orgHeads.some((h) => b.endsWith(h) && !lw.endsWith(h))) return w.slice(0, -inf.length);
    }
  }
  return w;
}

/** A demonym or adjective derived from a known place ("Georgian", "kasachische"). */
export function isAdjective(lx: Lexicon, w: string): boolean {
  const g = gazetteer();
  for (const end of lx.data.adjectiveEndings) {
    if (w.length > end.length + 3 && w.endsWith(end)) {
      const stem = w.slice(0, -end.length);
      for (const cand of [stem, stem + "a", stem + "ia", stem + "y", stem + "e", stem + "en", stem + "an"]) if (g.has(cand, lx.lang)) return true;
    }
  }
  return false;
}

export const COORDINATORS = new Set(["and", "&"]);
export const CONNECTORS = new Set(["of", "de", "du", "da", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "for", "and", "&", "on"]);
export const NAME_PREFIX_RE = /^(?:al|el|ad|as|ar|bin|ibn|abu|van|von|de|di|da|du|le|la)-?\p{Lu}/u;

const normMemo = new BoundedCache<string, string>(50000);

/** Comparison form of a name (no accents, lower case, single spaces); memoised, names repeat across articles. */
export function norm(s: string): string {
  return normMemo.getOrCompute(s, (x) => x.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ß/g, "ss").replace(/[^\p{L}\p{N}]+/gu, " ").trim());
}

// English common words (for capitalised words at the start of a sentence: "Across", "Meanwhile")
let enCommon: Set<string> | undefined;
export function englishCommon(): Set<string> {
  if (!enCommon) {
    const lex = (createRequire(import.meta.url)("wink-lexicon") as { lexicon: Record<string, string[]> }).lexicon;
    enCommon = new Set(Object.keys(lex).filter((w) => !lex[w].every((t) => t === "NNP" || t === "NNPS")));
  }
  return enCommon;
}
