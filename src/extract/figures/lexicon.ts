// Compiles the per-language figure data (src/lang/<lang>/figures.ts) into lookup structures once.
import type { Lang } from "../../nlp/document.js";
import type { FigureCategory, Qualifier } from "../../schema/index.js";
import { perLanguage } from "../../lang/registry.js";
import type { FigureData, SyntaxHooks } from "../../lang/types.js";
import { PhraseMatcher } from "../../nlp/phrases.js";

export const CASUALTY: FigureCategory[] = ["killed", "injured", "arrested", "missing", "displaced"];
export const ROLES: FigureCategory[] = ["participants", "troops"];

/** A cue: a sequence of lower-case words; the last word may match as a prefix. */
export interface Cue {
  words: string[];
  lastIsPrefix: boolean;
  category: FigureCategory;
  /** Role cues: a noun naming the counted people (must be the counted noun) or a verb they do (after the number). */
  kind: "noun" | "verb";
}

export interface FigureLexicon {
  thousandsSep: string;
  decimalSep: string;
  numberWords: Map<string, number>;
  oneWords: Set<string>;
  /** Indefinite articles that act as "one" before a multiplier ("a million"). */
  indefinite: Set<string>;
  multipliers: Map<string, number>;
  /** Multipliers written onto a money amount ("$2.5m"). */
  gluedMultipliers: Map<string, number>;
  vague: Set<string>;
  qualifiers: { words: string[]; q: Qualifier }[];
  postQualifiers: { words: string[]; q: Qualifier }[];
  qualifierGap: string[][];
  /** Phrases that put a number as "the figure" ("eine Zahl von", "put the figure at"): it counts what was counted before. */
  figureReferences: string[][];
  /** Nouns heading "the number of <casualties>" before the number in its clause ("Zahl der Toten ... auf 26"). */
  countHeads: Set<string>;
  /** Qualifiers that are also prepositions ("über", "over"): after a noun they are the preposition. */
  prepositionQualifiers: Set<string>;
  /** The category cues: phrases by their first word, longest first, and one-word prefix cues. */
  cues: PhraseMatcher<Cue>;
  currencies: Set<string>;
  particleVerbs: { particle: string; verbs: Set<string>; category: FigureCategory }[];
  labelWords: Set<string>;
  agePhrases: string[][];
  proportionWords: string[][];
  rangeWords: Set<string>;
  yearNouns: string[][];
  unitWords: Set<string>;
  unitPhrases: string[][];
  monthNames: Set<string>;
  yearWords: Set<string>;
  countNouns: Set<string>;
  clauseBreaks: Set<string>;
  parentheticals: string[][];
  coordinators: Set<string>;
  nounPhraseGap: Set<string>;
  subjectStops: Set<string>;
  verbSuffixes: string[];
  /** Nouns are capitalised in the language (the syntax hook capitalization): the counted noun is the first capitalised word. */
  capitalizedNouns: boolean;
  adjectiveEndings: string[];
  nounCoordinators: Set<string>;
  oneDeterminers: Set<string>;
  partitives: Set<string>;
  proportionOnes: Set<string>;
}

const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

function buildNumberWords(d: FigureData): Map<string, number> {
  const m = new Map<string, number>(Object.entries(d.numberWords));
  const { units, tens, unitTen, hundred, thousand, glued } = d.compound;
  const below100 = new Map<string, number>(m);
  for (const [u, uv] of Object.entries(units))
    for (const [t, tv] of Object.entries(tens)) below100.set(unitTen.replace("{unit}", u).replace("{ten}", t), uv + tv);
  for (const [w, v] of below100) if (v < 100) m.set(w, v);
  if (glued) {
    // "zweihundert", "zweihundertfünfzig", "dreitausend", "zweitausendfünfhundert"
    const hundreds = new Map<string, number>([[hundred, 100]]);
    for (const [u, uv] of Object.entries(units)) hundreds.set(u + hundred, uv * 100);
    const upto999 = new Map<string, number>();
    for (const [w, v] of below100) if (v < 100) upto999.set(w, v);
    for (const [h, hv] of hundreds) {
      upto999.set(h, hv);
      for (const [w, v] of below100) if (v < 100) upto999.set(h + w, hv + v);
    }
    for (const [w, v] of upto999) m.set(w, v);
    for (const [w, v] of upto999) {
      if (v >= 100 && v % 100 !== 0) continue; // keep the table small: "zweihunderttausend", "fünfzigtausend"
      m.set(w + thousand, v * 1000);
    }
  }
  return m;
}

function phrases(list: [string, string][]): { words: string[]; q: Qualifier }[] {
  return list.map(([p, q]) => ({ words: words(p), q: q as Qualifier })).sort((a, b) => b.words.length - a.words.length);
}

/** The category cues indexed by their first word (exact) and by their first letters (one-word prefix cues). */
function cueIndex(d: FigureData): PhraseMatcher<Cue> {
  const cues = new PhraseMatcher<Cue>();
  const addCue = (cue: Cue) => cues.add(cue.words, cue, { lastIsPrefix: cue.lastIsPrefix });
  for (const [cat, c] of Object.entries(d.categories) as [FigureCategory, { prefixes: string[]; words: string[]; phrases: string[] }][]) {
    for (const p of c.prefixes) addCue({ words: words(p), lastIsPrefix: true, category: cat, kind: "noun" });
    for (const w of c.words) addCue({ words: words(w), lastIsPrefix: false, category: cat, kind: "verb" });
    for (const p of c.phrases) addCue({ words: words(p), lastIsPrefix: false, category: cat, kind: "verb" });
  }
  return cues;
}

export function compileFigureLexicon(d: FigureData, syntax: SyntaxHooks): FigureLexicon {
  const cues = cueIndex(d);
  const units = d.unitWords.map((u) => u.toLowerCase());
  return {
    thousandsSep: d.thousandsSep,
    decimalSep: d.decimalSep,
    numberWords: buildNumberWords(d),
    oneWords: new Set(d.oneWords),
    indefinite: new Set(d.indefinite),
    multipliers: new Map(Object.entries(d.multipliers)),
    gluedMultipliers: new Map(Object.entries(d.gluedMultipliers)),
    vague: new Set(d.vague),
    qualifiers: phrases(d.qualifiers),
    postQualifiers: phrases(d.postQualifiers),
    qualifierGap: d.qualifierGap.map(words).sort((a, b) => b.length - a.length),
    figureReferences: ((d as { figureReferences?: string[] }).figureReferences ?? []).map(words),
    countHeads: new Set((d as { countHeads?: string[] }).countHeads ?? []),
    prepositionQualifiers: new Set((d as { prepositionQualifiers?: string[] }).prepositionQualifiers ?? []),
    cues,
    currencies: new Set(d.currencies.map((c) => c.toLowerCase())),
    particleVerbs: d.particleVerbs.map((p) => ({ particle: p.particle, verbs: new Set(p.verbs), category: p.category as FigureCategory })),
    labelWords: new Set(d.labelWords),
    agePhrases: d.agePhrases.map(words).sort((a, b) => b.length - a.length),
    proportionWords: d.proportionWords.map(words).sort((a, b) => b.length - a.length),
    rangeWords: new Set(d.rangeWords),
    yearNouns: d.yearNouns.map(words).sort((a, b) => b.length - a.length),
    unitWords: new Set(units.filter((u) => !u.includes(" "))),
    unitPhrases: units.filter((u) => u.includes(" ")).map(words),
    monthNames: new Set(d.monthNames),
    yearWords: new Set(d.yearWords),
    countNouns: new Set(d.countNouns),
    clauseBreaks: new Set(d.clauseBreaks),
    parentheticals: d.parentheticals.map(words),
    coordinators: new Set(d.coordinators),
    nounPhraseGap: new Set(d.nounPhraseGap),
    subjectStops: new Set(d.subjectStops),
    verbSuffixes: d.verbSuffixes,
    capitalizedNouns: syntax.capitalization === "nouns",
    adjectiveEndings: d.adjectiveEndings,
    nounCoordinators: new Set(d.nounCoordinators),
    oneDeterminers: new Set(d.oneDeterminers),
    partitives: new Set(d.partitives),
    proportionOnes: new Set(d.proportionOnes),
  };
}

/** The compiled figure lexicon of a language, built on first use ("de" -> German number words, cues). */
export const figureLexicon = perLanguage((pack) => compileFigureLexicon(pack.figures, pack.syntax));
