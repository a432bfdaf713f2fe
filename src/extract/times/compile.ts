// Compiles a language's temporal resources (src/lang/<lang>/time.ts) into regexes once, at first use.
import type { Lang } from "../../nlp/document.js";
import type { RuleKind, SyntaxHooks, TimeLang } from "../../lang/types.js";
import { languageCodes, perLanguage } from "../../lang/registry.js";

export interface CompiledRule {
  kind: RuleKind;
  re: RegExp;
  /** The same pattern, sticky (tried at one position). */
  sticky: RegExp;
  order: number;
}

export interface CompiledLang {
  table: TimeLang;
  /** Nouns are capitalised in the language (the syntax hook capitalization): a capitalised word after a year is what it counts. */
  nounsCapitalized: boolean;
  rules: CompiledRule[];
  /** Sticky alternations of all rules (one per flag set): no rule matches where none of these does.
   *  Null when a pattern uses back-references (an alternation would renumber them). */
  unions: RegExp[] | null;
  /** Lower-cased lookup tables (keys with single spaces). */
  months: Map<string, number>;
  weekdays: Map<string, number>;
  partsOfDay: Map<string, string>;
  relativeDays: Map<string, number>;
  dayPhrases: Map<string, [number, string]>;
  referenceDays: Map<string, number>;
  modifiers: Map<string, number>;
  seasons: Map<string, string>;
  holidays: Map<string, string>;
  yearParts: Map<string, string>;
  referenceDayParts: Map<string, [number, string]>;
  referenceUnits: Map<string, [number, string]>;
  decadeWords: Map<string, number>;
  eras: Map<string, number>;
  units: Map<string, string>;
  vagueUnits: Map<string, string>;
  shiftWords: Map<string, number>;
  numbers: Map<string, number>;
  ordinals: Map<string, number>;
  yearPreps: Set<string>;
  quantityWords: Set<string>;
  yearFollowers: Set<string>;
  yearDeterminers: Set<string>;
  pluralUnits: Set<string>;
  /** Month and weekday names that are abbreviations (a following period belongs to them). */
  abbreviations: Set<string>;
  /** A possessive clitic right after an expression (the syntax hook possessiveClitics: "Monday's"), null without one. */
  possessive: RegExp | null;
  /** A possessive right before an expression ("Hamas’ October 7 attack", "the group's"), null without clitics. */
  possessiveBefore: RegExp | null;
  /** The 12-hour clock's a.m./p.m. after an hour (group 1: "a" or "p"), null for a 24-hour clock. */
  meridiem: RegExp | null;
  ageFollowers: RegExp;
  agePreps: RegExp;
  anchorCue: RegExp;
  futureCue: RegExp;
  pastCue: RegExp;
  /** The same cues, global, for finding the one nearest to an expression. */
  futureCueGlobal: RegExp;
  pastCueGlobal: RegExp;
  /** A past verb form ("gestorben sein"): in the clause of an expression it makes the clause past, whatever else it says. */
  pastForm: RegExp | null;
  /** A range word anywhere ("... since the government took office in December 2023"). */
  rangeWord: RegExp;
  /** A range word at the start of an expression ("seit 2019"); never matches without range words. */
  rangeStart: RegExp;
  /** A looking-back range word at the start of an expression ("seit Oktober"). */
  sinceStart: RegExp;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ +/g, "\\s+");
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Alternation of words, longest first; `mode` "names" = capitalised/upper only (case-sensitive rules). */
function alt(words: string[], mode: "any" | "names" | "lower" | "exact"): string {
  const forms = new Set<string>();
  for (const w of words) {
    if (mode === "exact" || mode === "any") forms.add(w);
    if (mode === "lower") { forms.add(w); forms.add(cap(w)); }
    if (mode === "names") { forms.add(cap(w)); forms.add(w.toUpperCase()); }
  }
  return [...forms].sort((a, b) => b.length - a.length).map(esc).join("|");
}

/** Names that are a proper prefix of another name ("jan" of "januar") are abbreviations. */
function abbreviationsOf(names: string[]): Set<string> {
  const lower = names.map((n) => n.toLowerCase());
  return new Set(lower.filter((n) => lower.some((m) => m !== n && m.startsWith(n))));
}

/** The regex source of each rule placeholder ({DAY}, {MONTH} ...); case-sensitive rules match names only capitalised. */
function fragments(table: TimeLang, cs: boolean): Record<string, string> {
  const names = cs ? "names" : "any";
  const words = cs ? "lower" : "any";
  return {
    DAY: "(?<day>0?[1-9]|[12]\\d|3[01])",
    MM: "(?<month>0?[1-9]|1[0-2])",
    MONTH: `(?<month>${alt(Object.keys(table.months), names)})`,
    MONTH2: `(?<month2>${alt(Object.keys(table.months), names)})`,
    DAY2: "(?<day2>0?[1-9]|[12]\\d|3[01])",
    YEAR: "(?<year>1[5-9]\\d\\d|20\\d\\d)",
    YEARB: "(?<year>(?:19|20)\\d\\d)",
    YEAR2: "(?<year>(?:19|20)?\\d\\d)",
    HOUR: "(?<hour>[01]?\\d|2[0-3])",
    MIN: "(?<min>[0-5]\\d)(?!\\d)",
    CLOCK: table.clock,
    TIMEOPT: `(?:\\s*[,–—-]?\\s*(?:(?:${alt(table.timePreps, words)})\\s+){0,2}(?<hour>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d)(?!\\d)(?:${table.clock})?|${table.clock}))?`,
    WEEKDAY: `(?<wd>${alt(Object.keys(table.weekdays), names)})`,
    POD: `(?<pod>${alt(Object.keys(table.partsOfDay), words)})`,
    PODPREP: `(?:${alt(table.partOfDayPreps, words)})`,
    RELDAY: `(?<rel>${alt(Object.keys(table.relativeDays), words)})`,
    RELDAYCS: `(?<rel>${alt(Object.keys(table.relativeDaysCaseSensitive).length ? Object.keys(table.relativeDaysCaseSensitive) : ["\u0000"], "exact")})`,
    DAYPHRASE: `(?<phrase>${alt(Object.keys(table.dayPhrases), words)})`,
    REFDAY: `(?<ref>${alt([...Object.keys(table.referenceDays), ...Object.keys(table.referenceDayParts)], words)})`,
    HOLIDAY: `(?<holiday>${Object.keys(table.holidays).length ? alt(Object.keys(table.holidays), cs ? "exact" : "any") : "(?!)"})`,
    YEARPART: `(?<ypart>${Object.keys(table.yearParts).length ? alt(Object.keys(table.yearParts), words) : "(?!)"})`,
    QN: "(?<qn>[1-4])",
    REFUNIT: `(?<refunit>${Object.keys(table.referenceUnits).length ? alt(Object.keys(table.referenceUnits), words) : "(?!)"})`,
    DECADEWORD: `(?<decword>${Object.keys(table.decadeWords).length ? alt(Object.keys(table.decadeWords), words) : "(?!)"})`,
    ERA: `(?<era>${Object.keys(table.eras).length ? alt(Object.keys(table.eras), cs ? "exact" : "any") : "(?!)"})`,
    CENTNUM: "(?<cent>\\d{1,2})(?:st|nd|rd|th)",
    WEEKNO: "(?<week>0?[1-9]|[1-4]\\d|5[0-3])",
    MOD: `(?<mod>${alt(Object.keys(table.modifiers), words)})`,
    MMOD: `(?<mmod>${alt(Object.keys(table.modifiers), words)})`,
    SEASON: `(?<season>${alt(Object.keys(table.seasons), words)})`,
    UNIT: `(?<unit>${alt(Object.keys(table.units), words)})`,
    SHIFT: `(?<shift>${Object.keys(table.shiftWords).length ? alt(Object.keys(table.shiftWords), words) : "(?!)"})`,
    VAGUEUNIT: `(?<vunit>${alt(Object.keys(table.vagueUnits), words)})`,
    NUM: `(?<num>\\d{1,3}(?:[.,]\\d)?|${alt(Object.keys(table.numbers), words)})`,
    VAGUEQ: `(?<vq>${alt(table.vagueQuantities, words)})`,
    APPROX: `(?:${alt(table.approximators, words)})`,
    ORD: `(?<ord>\\d{1,2}\\.|${alt(Object.keys(table.ordinals), words)})`,
    PRESENT: `(?:${alt(table.presentWords, words)})`,
    PAST: `(?:${alt(table.pastPhrases, words)})`,
  };
}

/** The rules with their placeholders expanded, global and sticky. */
function compileRules(table: TimeLang): CompiledRule[] {
  const frCI = fragments(table, false), frCS = fragments(table, true);
  return table.rules.map((r, order) => {
    const fr = r.caseSensitive ? frCS : frCI;
    const body = r.pattern.replace(/(?<!\\p)\{([A-Z][A-Z0-9]+)\}/g, (_, k: string) => {
      const f = fr[k];
      if (f === undefined) throw new Error(`time rule: unknown placeholder {${k}} in ${r.pattern}`);
      return f;
    });
    // The left word boundary is checked by the caller: a leading lookbehind makes V8 scan ~4x slower.
    const src = `(?:${body})(?![\\p{L}\\p{N}])(?![.,]\\d)(?!-\\p{L})`;
    return { kind: r.kind, order, re: new RegExp(src, r.caseSensitive ? "gu" : "giu"), sticky: new RegExp(src, r.caseSensitive ? "uy" : "iuy") };
  });
}

function compile(table: TimeLang, syntax: SyntaxHooks): CompiledLang {
  const lowerMap = <V>(o: Record<string, V>) => new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, " "), v] as [string, V]));
  const rules = compileRules(table);
  const wordsRe = (ws: string[]) => ws.map(esc).join("|");
  return {
    table,
    nounsCapitalized: syntax.capitalization === "nouns",
    rules,
    unions: unionsOf(rules),
    months: lowerMap(table.months),
    weekdays: lowerMap(table.weekdays),
    partsOfDay: lowerMap(table.partsOfDay),
    relativeDays: lowerMap({ ...table.relativeDays, ...table.relativeDaysCaseSensitive }),
    dayPhrases: lowerMap(table.dayPhrases),
    referenceDays: lowerMap(table.referenceDays),
    modifiers: lowerMap(table.modifiers),
    seasons: lowerMap(table.seasons),
    holidays: lowerMap(table.holidays),
    yearParts: lowerMap(table.yearParts),
    referenceDayParts: lowerMap(table.referenceDayParts),
    referenceUnits: lowerMap(table.referenceUnits),
    decadeWords: lowerMap(table.decadeWords),
    eras: lowerMap(table.eras),
    units: lowerMap(table.units),
    vagueUnits: lowerMap(table.vagueUnits),
    shiftWords: lowerMap(table.shiftWords),
    numbers: lowerMap(table.numbers),
    ordinals: lowerMap(table.ordinals),
    yearPreps: new Set(table.yearPreps.map((w) => w.toLowerCase())),
    quantityWords: new Set(table.quantityWords.map((w) => w.toLowerCase())),
    yearFollowers: new Set(table.yearFollowers.map((w) => w.toLowerCase())),
    yearDeterminers: new Set(table.yearDeterminers.map((w) => w.toLowerCase())),
    pluralUnits: new Set(table.pluralUnits.map((w) => w.toLowerCase())),
    abbreviations: abbreviationsOf([...Object.keys(table.months), ...Object.keys(table.weekdays)]),
    possessiveBefore: syntax.possessiveClitics.length ? new RegExp(`(?:\\p{L}(?:${syntax.possessiveClitics.map(esc).join("|")})|s['’])\\s*$`, "u") : null,
    possessive: syntax.possessiveClitics.length ? new RegExp(`^(?:${syntax.possessiveClitics.map(esc).join("|")})(?![\\p{L}])`, "u") : null,
    meridiem: table.meridiem === null ? null : new RegExp(table.meridiem, "iu"),
    ageFollowers: new RegExp(`^[\\s-]*(?:${wordsRe(table.ageFollowers)})(?![\\p{L}])`, "iu"),
    agePreps: new RegExp(`(?:${wordsRe(table.agePreps)})\\s*$`, "iu"),
    futureCue: new RegExp(`(?<![\\p{L}])(?:${wordsRe(table.futureCues)})(?![\\p{L}])`, "iu"),
    pastCue: new RegExp(pastSource(table), "iu"),
    futureCueGlobal: new RegExp([`(?<![\\p{L}])(?:${wordsRe(table.futureCues)})(?![\\p{L}])`, ...table.futureForms.map((f) => `(?<![\\p{L}])(?:${f})`)].join("|"), "giu"),
    pastCueGlobal: new RegExp(pastSource(table), "giu"),
    pastForm: table.pastForms.length ? new RegExp(table.pastForms.map((f) => `(?<![\\p{L}])(?:${f})`).join("|"), "iu") : null,
    rangeWord: new RegExp(`(?<![\\p{L}])(?:${table.rangeWords.length ? wordsRe(table.rangeWords) : "(?!)"})(?![\\p{L}])`, "iu"),
    rangeStart: new RegExp(`^(?:${table.rangeWords.length ? wordsRe(table.rangeWords) : "(?!)"})(?![\\p{L}])`, "iu"),
    sinceStart: new RegExp(`^(?:${table.sinceWords.length ? wordsRe(table.sinceWords) : "(?!)"})(?![\\p{L}])`, "iu"),
    anchorCue: new RegExp(`(?:${wordsRe(table.anchorCues)})\\s*:?\\s*$`, "iu"),
  };
}

/** The past cues and past verb forms as one alternation. */
function pastSource(table: TimeLang): string {
  const words = `(?<![\\p{L}])(?:${table.pastCues.map(esc).join("|")})(?![\\p{L}])`;
  return [words, ...table.pastForms.map((f) => `(?<![\\p{L}])(?:${f})`)].join("|");
}

const NAMED_GROUP = /\(\?<([A-Za-z_$][\w$]*)>/g;

/** One sticky alternation per flag set; capture names are dropped (they would clash). */
function unionsOf(rules: CompiledRule[]): RegExp[] | null {
  if (rules.some((r) => /\\(?:k<|[1-9])/.test(r.re.source))) return null;
  const out: RegExp[] = [];
  for (const flags of ["uy", "iuy"]) {
    const group = rules.filter((r) => r.sticky.flags === flags);
    if (group.length) out.push(new RegExp(group.map((r) => `(?:${r.re.source.replace(NAMED_GROUP, "(?:")})`).join("|"), flags));
  }
  return out;
}

/** The compiled tables of a language, rebuilt when its pack is replaced ("de" -> German rules and words). */
export const compiledFor: (lang: string) => CompiledLang = perLanguage((pack) => compile(pack.time, pack.syntax));

// Compile at module load so the first article pays nothing.
for (const l of languageCodes()) compiledFor(l);
