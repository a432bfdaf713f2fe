// The word knowledge the entity passes share, derived once per lexicon from the language pack:
// media heads, tail words, descriptors, demonyms, the comparison form of names.
import type { Lexicon } from "../../nlp/ner/lexicon.js";
import { hasOrgHead } from "../../nlp/ner/lexicon.js";
import { isCommonWord, wordLexicon } from "../../nlp/ner/features.js";
import type { Lang } from "../../nlp/document.js";
import { gazetteer } from "../../geo/gazetteer.js";
import { BoundedCache } from "../../nlp/cache.js";

/** Word sets derived from a lexicon's data, built once per lexicon (not per article). */
export interface WordSets {
  mediaHeads: Set<string>;
  /** First words of multi-word media heads ("news" of "news agency"). */
  mediaFirst: Set<string>;
  locTail: Set<string>;
  orgTail: Set<string>;
  locHeads: Set<string>;
  preps: Set<string>;
  /** Prepositions after which a tagged person is a place ("in Dagestan"). */
  placeOnlyPreps: Set<string>;
  /** Nouns for a kind of place before a name ("the town of X", "capital X"). */
  placeKinds: Set<string>;
  /** Words after a name that make it a place, one or two words ("refugee camp"). */
  placeKindTails: Set<string>;
  /** Words between a kind of place and its name ("of"). */
  placeKindLinks: Set<string>;
  /** Capitalised titles split into words, longest first ("Secretary of State"). */
  enTitles: string[][];
  speechVerbs: Set<string>;
  /** Words that may join the capitalised words of one name: the language's name connectors and the name particles ("of", "von", "bin"). */
  connectors: Set<string>;
  /** Connectors that join two names unless an organisation word follows ("Garissa and Lamu"). */
  coordinators: Set<string>;
  /** Tail words taken off a place name to look it up ("Hatay province" -> "Hatay"). */
  placeSuffix: RegExp;
  /** Name prefixes taken off a place name to look it up ("North Darfur" -> "Darfur"). */
  namePrefix: RegExp;
  /** Endings of a capitalised adjective belonging to the organisation name after it ("Deutsche Rote Kreuz"). */
  orgAdjectiveEndings: string[];
  /** Inflection endings of function-named bodies ("Inlandsnachrichtendienstes"). */
  headInflections: string[];
  /** Endings added back to a demonym's stem ("Georg|ian" -> "Georgia"). */
  demonymStems: string[];
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
    placeOnlyPreps: new Set(lx.data.placeOnlyPrepositions ?? []),
    placeKinds: new Set(lx.data.placeKindNouns ?? []),
    placeKindTails: new Set(lx.data.placeKindTails ?? []),
    placeKindLinks: new Set(lx.data.placeKindLinks ?? []),
    enTitles: (lx.data.titles ?? []).map((t) => t.split(" ")).sort((a, b) => b.length - a.length),
    speechVerbs: new Set(lx.data.personCueVerbs ?? []),
    connectors: new Set([...NAME_PARTICLES, ...lx.data.nameConnectors]),
    coordinators: new Set(lx.data.nameCoordinators),
    orgAdjectiveEndings: lx.data.orgAdjectiveEndings,
    headInflections: lx.data.headInflections,
    demonymStems: lx.data.demonymStems,
    namePrefix: lx.data.namePrefixWords.length ? new RegExp(`^(${lx.data.namePrefixWords.join("|")})\\s+`) : /(?!)/,
    placeSuffix: lx.data.placeSuffixes.length ? new RegExp(`\\s+(${lx.data.placeSuffixes.join("|")})$`) : /(?!)/,
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
  for (const inf of wordSets(lx).headInflections) {
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
      const stem = w[0].toUpperCase() + w.slice(1, -end.length); // "kirgisische" -> "Kirgis" (-> "Kirgisien")
      for (const end of wordSets(lx).demonymStems) if (g.has(stem + end, lx.lang)) return true;
    }
  }
  // "Tajik" -> "Tajikistan": a demonym without an ending
  return w.length > 3 && (lx.data.demonymPlaceSuffixes ?? []).some((suffix) => g.has(w + suffix, lx.lang));
}

/** Particles inside personal names of many origins, whatever the article's language ("Pieter van Hoorn", "Osama bin Laden"). */
const NAME_PARTICLES = ["de", "du", "da", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el"];
/** A name that starts with a particle before a capital, hyphenated or not ("al-Sisi", "abu-Bakr", "deGaulle"). */
export const NAME_PREFIX_RE = /^(?:al|el|ad|as|ar|bin|ibn|abu|van|von|de|di|da|du|le|la)-?\p{Lu}/u;

const normMemo = new BoundedCache<string, string>(50000);

/** Comparison form of a name (no accents, lower case, single spaces); memoised, names repeat across articles. */
export function norm(s: string): string {
  return normMemo.getOrCompute(s, (x) => x.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ß/g, "ss").replace(/[^\p{L}\p{N}]+/gu, " ").trim());
}

/** An ordinary word of the language, capitalised only by its place ("Meanwhile", "Across"): the pack's list, else the word lexicon. */
export function isOrdinaryWord(lx: Lexicon, w: string): boolean {
  const list = lx.data.commonWords;
  return list ? list().has(w.toLowerCase()) : isCommonWord(w, lx.lang);
}

/** "Luftangriff", "Palmsonntag": a closed compound whose head is a listed noun of seven letters or more (shorter than the tagger's compound feature reads). */
export function isNounCompound(w: string, lang: Lang): boolean {
  const wl = wordLexicon(lang);
  if (!wl?.compounds || w.length < 10 || w.includes("-")) return false;
  for (let k = 3; k <= w.length - 7; k++) if (wl.nouns.has(w[k].toUpperCase() + w.slice(k + 1))) return true;
  return false;
}
