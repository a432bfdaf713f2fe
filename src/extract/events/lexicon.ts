// Compiles the per-language event data (src/lang/<lang>/events.ts) once: cue words indexed by their
// first word or prefix (a PhraseMatcher), compound heads with their endings, verb + noun pairs, actor phrases;
// and the lookups the event pass uses on the lower-cased tokens.
import type { EventType } from "../../schema/index.js";
import { perLanguage } from "../../lang/registry.js";
import type { EventData, EventRoleRule, SyntaxHooks } from "../../lang/types.js";
import { PhraseMatcher, PrefixIndex } from "../../nlp/phrases.js";

export interface CueDef {
  type: EventType;
  subType: string;
  group: string;
  weight: number;
  requiresPerson: boolean;
  /** A riot cue that calls the protest of its sentence violent ("the protests turned violent"). */
  absorbsProtest: boolean;
  /** Role rules that retype or drop the cue ("clashes" with protesters -> Riots). */
  byRole: EventRoleRule[];
  /** A generic report ("attack on civilians") that is the incident of these types when the article has one of that day. */
  yieldsTo?: Set<string>;
}
export interface Pattern {
  words: string[];
  lastIsPrefix: boolean;
  def: CueDef;
}
export interface EventLexicon {
  /** The cue patterns: phrases by their first word, longest first, and one-word prefixes. */
  cues: PhraseMatcher<Pattern>;
  /** First words of excluded phrases, verb and noun pairs (quick rejection). */
  excludeFirst: Set<string>;
  /** One-word exclusions match as prefixes ("protestant" -> "Protestantischer"). */
  excludePrefix: PrefixIndex<true>;
  /** Heads of compounds ("kundgebung" in "Großkundgebung"): head -> cue, with the head lengths. */
  heads: Map<string, CueDef>;
  /** Head + inflection ending, bucketed by the last three letters. */
  headSuffixes: Map<string, { suffix: string; def: CueDef }[]>;
  pairs: { def: CueDef; unless: Set<string>; verbs: string[][]; nouns: string[][]; verbIndex: PrefixIndex<string[][]>; nounFirst: Set<string> }[];
  exclude: string[][];
  hypothetical: Set<string>;
  conditionals: Set<string>;
  /** Prepositions that make a strategic cue a goal ("für", "for"), and the articles that may follow them. */
  goalMarkers: Set<string>;
  articles: Set<string>;
  requests: string[][];
  actors: string[][];
  /** Actor phrases indexed by the prefix of their first word. */
  actorIndex: PrefixIndex<string[][]>;
  actorCountries: { words: string[]; country: string }[];
  /** Role words: phrases indexed by the prefix of their first word, per role. */
  roles: Map<string, PrefixIndex<string[][]>>;
  /** Possessive clitics (the syntax hook): a day before one belongs to the noun after it ("Sunday's elections"). */
  possessives: Set<string>;
  /** Words that name a happening as what came before ("after", "nach"). */
  priorMarkers: Set<string>;
  /** Words after which a day belongs to the noun before them ("die Wahl vom 4. Oktober"). */
  nounDateMarkers: Set<string>;
  /** Announcements: hypothetical for every kind but strategic developments ("angekündigt"). */
  announcements: string[][];
  /** Words that join two cues ("und", "and"). */
  coordinators: Set<string>;
  /** Words that make the noun phrase after them hypothetical ("geplante Proteste"). */
  hypotheticalAttributes: Set<string>;
}

const split = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Phrases bucketed so that a word can find the phrases that may start with it. Single-word phrases
 * are prefixes of the word; the first word of a longer phrase must equal it. Each phrase is stored
 * under its first word, and lookups try both the word's prefix bucket and the exact word.
 */
function phraseIndex(phrases: string[][]): PrefixIndex<string[][]> {
  const idx = new PrefixIndex<string[][]>();
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) byFirst.set(p[0], [...(byFirst.get(p[0]) ?? []), p]);
  for (const [first, list] of byFirst) idx.add(first, list);
  return idx;
}

/** All phrases of the index whose first word is a prefix of `word` (one bucket lookup, then a scan). */
export function candidates(idx: PrefixIndex<string[][]>, word: string): string[][][] {
  return idx.findAll(word);
}

function compile(d: EventData, syntax: SyntaxHooks): EventLexicon {
  const cues = new PhraseMatcher<Pattern>();
  const heads = new Map<string, CueDef>();
  const add = (p: Pattern) => cues.add(p.words, p, { lastIsPrefix: p.lastIsPrefix });
  for (const c of d.cues) {
    const def: CueDef = { type: c.type as EventType, subType: c.subType, group: (c as { group?: string }).group ?? "", weight: c.weight, requiresPerson: Boolean(c.requiresPerson), absorbsProtest: Boolean(c.absorbsProtest), byRole: c.byRole ?? [] };
    for (const w of c.prefixes) add({ words: split(w), lastIsPrefix: true, def });
    for (const w of c.words) add({ words: split(w), lastIsPrefix: false, def });
    for (const w of c.phrases) add({ words: split(w), lastIsPrefix: false, def });
    for (const h of (c as { heads?: string[] }).heads ?? []) heads.set(h, def);
  }
  return {
    cues,
    heads,
    headSuffixes: headSuffixTable(heads, ["", ...((d as { headEndings?: string[] }).headEndings ?? [])]),
    pairs: d.pairs.map((p) => ({
      def: { type: p.type as EventType, subType: p.subType, group: p.group ?? "", weight: p.weight, requiresPerson: false, absorbsProtest: false, byRole: [], yieldsTo: new Set((p as { unless?: string[] }).unless ?? []) },
      unless: new Set((p as { unless?: string[] }).unless ?? []),
      verbs: p.verbs.map(split),
      nouns: p.nouns.map(split),
      verbIndex: phraseIndex(p.verbs.map(split)),
      nounFirst: new Set(p.nouns.map((x) => split(x)[0])),
    })),
    exclude: d.exclude.map(split),
    excludeFirst: new Set(d.exclude.map((x) => split(x)[0])),
    excludePrefix: d.exclude.map(split).filter((x) => x.length === 1).reduce((idx, x) => (idx.add(x[0], true), idx), new PrefixIndex<true>()),
    hypothetical: new Set(d.hypothetical),
    conditionals: new Set(d.conditionals ?? []),
    goalMarkers: new Set((d as { goalMarkers?: string[] }).goalMarkers ?? []),
    articles: new Set((d as { articles?: string[] }).articles ?? []),
    requests: d.requests.map(split),
    actors: d.actors.prefixes.map(split).sort((a, b) => b.length - a.length),
    actorIndex: phraseIndex(d.actors.prefixes.map(split).sort((a, b) => b.length - a.length)),
    actorCountries: Object.entries(d.actorCountries).map(([k, v]) => ({ words: split(k), country: v })),
    roles: new Map(Object.entries(d.roles ?? {}).map(([role, words]) => [role, phraseIndex(words.map(split))])),
    possessives: new Set(syntax.possessiveClitics),
    priorMarkers: new Set(d.priorMarkers ?? []),
    nounDateMarkers: new Set(d.nounDateMarkers ?? []),
    hypotheticalAttributes: new Set(d.hypotheticalAttributes ?? []),
    announcements: (d.announcements ?? []).map(split),
    coordinators: new Set(d.coordinators ?? []),
  };
}

/** The compiled event lexicon of a language, built on first use. */
export const eventLexicon = perLanguage((pack) => compile(pack.events, pack.syntax));

function headSuffixTable(heads: Map<string, CueDef>, endings: string[]): Map<string, { suffix: string; def: CueDef }[]> {
  const t = new Map<string, { suffix: string; def: CueDef }[]>();
  for (const [h, def] of heads)
    for (const e of endings) {
      const suffix = h + e;
      const k = suffix.slice(-3);
      t.set(k, [...(t.get(k) ?? []), { suffix, def }].sort((a, b) => b.suffix.length - a.suffix.length));
    }
  return t;
}

/** A cue right after a goal preposition, directly or behind an article ("für einen Waffenstillstand"). */
export function isGoal(lex: EventLexicon, low: string[], k: number, sStart: number): boolean {
  if (k - 1 >= sStart && lex.goalMarkers.has(low[k - 1])) return true;
  return k - 2 >= sStart && lex.goalMarkers.has(low[k - 2]) && lex.articles.has(low[k - 1]);
}

/** A compound whose last part is a cue head, with at least three letters before it ("Studentenprotesten"). */
export function compoundHead(lex: EventLexicon, w: string): CueDef | undefined {
  if (w.length < 8) return undefined;
  const list = lex.headSuffixes.get(w.slice(-3));
  if (list) for (const x of list) if (w.length - x.suffix.length >= 3 && w.endsWith(x.suffix)) return x.def;
  return undefined;
}
