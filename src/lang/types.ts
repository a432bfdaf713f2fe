// The shape of a language pack: one typed record per concern (tokens, article layout, time,
// entities, figures, claims, events, situation, lemma) plus the grammar hooks of `syntax`. Each
// folder src/lang/<code>/ exports one `LanguagePack` (its index.ts); src/lang/registry.ts maps a
// code to it. Algorithms read words and patterns only from here, never from a folder by name.
import type { FigureCategory, FigureGroup } from "../schema/index.js";
import type { ClaimLexicon } from "./claim-types.js";
import type { EntityData } from "./entity-types.js";

export type { ClaimLexicon } from "./claim-types.js";

/** Tokenisation and sentence-splitting knowledge (src/nlp/tokenize.ts, src/nlp/sentences.ts). */
export interface TokenData {
  /** Abbreviations that keep their final period, without it ("Dr", "z.B"). */
  abbreviations: string[];
  /** Abbreviations written with inner spaces, joined into one token ("z. B."). */
  spacedAbbreviations: string[];
  /** Words after which "<number>." is an ordinal, not a sentence end ("7. Januar"). */
  ordinalFollowers: string[];
  /** Clitics split off word ends ("n't", "'s"). */
  clitics: string[];
}

/** Part-of-speech and lemma knowledge (src/nlp/pos). */
export interface LemmaData {
  /** Lexicon word classes -> the UPOS tags whose lemma the class supplies ("N" -> NOUN, PROPN). */
  lexClassUpos: Record<string, string[]>;
  /** Shortest known noun at the end of an unknown compound ("Bundes|minister"); 0 = off. */
  compoundHeadMin: number;
  /** Linking elements a compound modifier may end in ("Bund|es|minister"). */
  compoundLinks?: string[];
  /** Endings that make a modifier stem a known verb ("Fahr|zeug" <- fahren). */
  compoundStemEndings?: string[];
  /** UPOS of multi-word tokens of the training data ("zur" = "zu der": ADP). */
  contractionUpos: string;
  /** Lexicon classes whose presence later in the clause tells auxiliaries from full verbs ("hat ... gesagt"). */
  clauseClasses: string[];
  /** UPOS tags whose lemma keeps the case of the form. */
  lemmaKeepCase: string[];
}

/** Article-layout cues of the plain-text reader (src/ingest/layout.ts, src/ingest/cues.ts). */
export interface ArticleData {
  /** Very frequent function words, for a first guess at the language ("der", "the"). */
  functionWords: string[];
  /** Labels of the "last updated" line ("Stand: 08.01.2022"). */
  updatedLabels: string[];
  /** Labels of the publication line ("Veröffentlicht: ..."). */
  publishedLabels: string[];
  /** Words between a date and its clock time ("... um 20:00"). */
  timeConnectors: string[];
  /** Time zone of outlets writing in this language when the text gives none ("Europe/Berlin"). */
  defaultTimezone: string | null;
  /** Month names and abbreviations -> month number ("januar": 1). */
  months: Record<string, number>;
  /** Date order of all-numeric dates ("08.01.2022" is dmy). */
  numericDateOrder: "dmy" | "mdy";
  /** Labels of embedded media on their own line ("Video: ..."). */
  embedLabels: string[];
  /** Openings of a closing broadcast note ("Über dieses Thema berichtete ..."). */
  broadcastCues: string[];
  /** Labels that introduce a photo credit ("Foto: ..."). */
  creditLabels: string[];
  /** Labels that introduce a caption ("Bildunterschrift: ..."). */
  captionLabels: string[];
  /** Byline openings ("Von Anna Beispiel"). */
  bylinePrefixes: string[];
  /** Words allowed inside a byline besides names ("und", "von"). */
  bylineJoiners: string[];
  /** Conjunctions between the names of a byline ("und"). */
  bylineConjunctions: string[];
  /** Words that, capitalised inside a headline line, open the title after a kicker (lower case). */
  titleOpeners: string[];
  /** Agency and photo-agency names recognised in credits ("dpa", "AFP"). */
  agencies: string[];
  /** Openings of a closing source note ("Mit Material von dpa"). */
  creditLinePrefixes: string[];
  /** Word before a date inside an agency credit ("(dpa/Stand 19.11.2019)"). */
  creditDateLabels: string[];
}

export type { EntityData } from "./entity-types.js";

/** The cue words of one figure category: word starts, whole words, word sequences. */
export interface FigureCategoryCues {
  prefixes: string[];
  words: string[];
  phrases: string[];
}

/** What a figure counts, where and how (src/extract/figures/scope.ts). Words compare lower-cased. */
export interface FigureScopeData {
  /** Starts of the counted noun's last word per group ("demonstrant" -> protesters: "Demonstranten", "Demonstrantinnen"). */
  groups: Partial<Record<FigureGroup, string[]>>;
  /** Words or phrases in the figure's sentence that make it a running total ("insgesamt", "death toll"). */
  cumulative: string[];
  /** Words or phrases that call a value withdrawn, denied or disputed (the sentence's, or the next one's about "the figure"); "zogen … zurück" allows words between. */
  withdrawn: string[];
  denied: string[];
  disputed: string[];
  /** A later sentence refers to the figure before ("die Zahl", "the toll"). */
  figureAnaphors: string[];
}

/** Figure knowledge: number words, qualifiers, category cues (src/extract/figures). */
export interface FigureData {
  /** Groups, running totals and disputed values. */
  scope?: FigureScopeData;
  /** Digit grouping ("20.000" = 20000 with "."). */
  thousandsSep: string;
  decimalSep: string;
  /** Number words standing alone ("zwölf": 12). */
  numberWords: Record<string, number>;
  /** Parts of compound number words ("einundzwanzig", "dreihundert"). */
  compound: { units: Record<string, number>; tens: Record<string, number>; unitTen: string; hundred: string; thousand: string; glued: boolean };
  /** Indefinite articles that count as "one" before a multiplier ("a million"). */
  indefinite: string[];
  /** Words for "one" that count only where a casualty is reported ("ein Polizist"). */
  oneWords: string[];
  /** Words multiplying the number before them ("2,2 Millionen"). */
  multipliers: Record<string, number>;
  /** Multipliers written onto a money amount ("$2.5m"). */
  gluedMultipliers: Record<string, number>;
  /** Vague quantity words: never a figure ("hunderte"). */
  vague: string[];
  /** Qualifier phrases right before the number and their qualifier ("bis zu": at_most). */
  qualifiers: [string, string][];
  /** Nouns heading "the number of <casualties>" before the number in its clause ("Die Zahl der Toten ist ... auf 26 gestiegen"). */
  countHeads?: string[];
  /** Phrases that put a number as "the figure" of the sentence before ("eine Zahl von"). */
  figureReferences: string[];
  /** Qualifiers that are also prepositions after a noun ("über"). */
  prepositionQualifiers: string[];
  /** Qualifier phrases right after the number ("oder mehr"). */
  postQualifiers: [string, string][];
  /** Words that may stand between a qualifier and the number ("bereits"). */
  qualifierGap: string[];
  /** Cue words of each category ("getötet" -> killed). */
  categories: Record<Exclude<FigureCategory, "money" | "other">, FigureCategoryCues> & Partial<Record<FigureCategory, FigureCategoryCues>>;
  /** Separable verbs whose particle ends the clause ("nahm ... fest"). */
  particleVerbs: { particle: string; verbs: string[]; category: string }[];
  /** Currencies, word or symbol ("euro", "$"). */
  currencies: string[];
  /** After these words a number is a label ("Nr. 5"). */
  labelWords: string[];
  /** "vier von zehn": a proportion, not a count. */
  proportionWords: string[];
  /** "3.000 bis 5.000": a range. */
  rangeWords: string[];
  /** Before these words a number is a year ("im Jahr 363"). */
  yearNouns: string[];
  /** Phrases before a number that make it an age ("im Alter von"). */
  agePhrases: string[];
  /** Units after the number that make it a duration, age or measure ("Jahre", "km"). */
  unitWords: string[];
  monthNames: string[];
  /** Before a four-digit number these words make it a year ("seit 2019"). */
  yearWords: string[];
  /** Count nouns after which a four-digit number is a count after all ("2000 Menschen"). */
  countNouns: string[];
  /** Words that end the counted noun phrase and the category window. */
  clauseBreaks: string[];
  /** Words opening an inserted phrase the category search skips (", darunter drei Kinder,"). */
  parentheticals: string[];
  /** Words that start a new clause after an inserted phrase ("und"). */
  coordinators: string[];
  /** Characters skipped inside the counted noun phrase (quotes). */
  nounPhraseGap: string[];
  /** Words that end the counted noun phrase (verbs, auxiliaries, prepositions). */
  subjectStops: string[];
  /** Endings that mark a word as a verb where nouns are not capitalised ("-ed"). */
  verbSuffixes: string[];
  /** Endings of attributive adjectives before the noun ("getöteten"). */
  adjectiveEndings: string[];
  /** Conjunctions joining two counted nouns into one noun phrase ("Polizisten und Soldaten", "journalists and cameramen"). */
  nounCoordinators: string[];
  /** Determiners before a word for "one" that make it no count ("der eine", "the one"). */
  oneDeterminers: string[];
  /** Prepositions after "one" + noun that make it a part, not a count ("one of the victims", "einer von ihnen"). */
  partitives: string[];
  /** Inflected forms of "one" before a proportion word, besides the oneWords ("einer von zehn"). */
  proportionOnes: string[];
}

/** One event cue family: an ACLED type and sub-type with the words that signal it. */
export interface EventCue {
  type: string;
  subType: string;
  /** Below 1: a weak cue that needs support. */
  weight: number;
  /** Strategic developments of one group are one event (an arrest is not a curfew). */
  group?: string;
  /** Counts only with a named person nearby ("arrested X"). */
  requiresPerson?: boolean;
  /** A riot cue that calls the protest of its sentence violent ("turned violent"). */
  absorbsProtest?: boolean;
  prefixes: string[];
  words: string[];
  phrases: string[];
  /** Compound heads that carry the cue ("Großkundgebung"). */
  heads?: string[];
  /**
   * The actors' roles decide the type: the first rule whose role is named in the cue's sentence
   * (with `after`: within that many tokens after the cue, the target) retypes the cue, or drops it
   * (`drop`: "troops marched" is no protest). "clashes" with protesters -> Riots, with rebels -> Battles.
   */
  byRole?: EventRoleRule[];
}

/** Actor roles that decide between event types (src/lang/<code>/events.ts lists their words). */
export type EventRole = "protesters" | "police" | "military" | "rebels" | "civilians";

export interface EventRoleRule {
  /** One of the EventRole names. */
  role: string;
  type?: string;
  subType?: string;
  /** The role word must stand within this many tokens after the cue (the target: "Anschlag auf einen Militärkonvoi"). */
  after?: number;
  /** The role word must stand within this many tokens before the cue (the agent: "Truppen marschierten"). */
  before?: number;
  /** The retyped cue's weight (else the cue's). */
  weight?: number;
  /** With the role named the cue is no event ("Truppen marschierten": no protest). */
  drop?: boolean;
}

/** Event knowledge (src/extract/events). */
export interface EventData {
  cues: EventCue[];
  /** Inflection endings stripped before a compound head is looked up ("Großkundgebungen"). */
  headEndings?: string[];
  /** Decisions written as verb + object anywhere in the sentence ("setzt die Gespräche aus"). */
  pairs: { type: string; subType: string; group?: string; weight: number; verbs: string[]; nouns: string[]; unless?: string[] }[];
  /** Phrases that contain a cue word but are no event ("Protestant"). */
  exclude: string[];
  /** Words of what may or would happen, not of what happened ("würde"): they hold for the cues of their clause. */
  hypothetical: string[];
  /** Conditions that hold for the whole sentence ("falls", "if"). */
  conditionals?: string[];
  /** A cue right behind these names what came before the sentence's time ("after a massacre"). */
  priorMarkers?: string[];
  /** After these a day belongs to the noun before them, not to the happening ("die Wahl vom 4. Oktober"). */
  nounDateMarkers?: string[];
  /** Announcements: they make the other cues of their clause hypothetical, a strategic development announced counts ("kündigte den Abzug an"). */
  announcements?: string[];
  /** Words that join two cues into one phrase ("Proteste und Unruhen"). */
  coordinators?: string[];
  /** Attributes that make only the noun phrase after them hypothetical ("geplante Proteste"), not their clause. */
  hypotheticalAttributes?: string[];
  /** A cue right after these and an article is a goal ("für einen Waffenstillstand"). */
  goalMarkers: string[];
  articles: string[];
  /** Calls and efforts: a development that has not happened ("Bemühungen um"). */
  requests: string[];
  /** Who acts: security forces, protesters, armed groups. */
  actors: { prefixes: string[] };
  /** Bodies whose country is known from their name ("kreml": RU). */
  actorCountries: Record<string, string>;
  /** Words naming an actor of each role (prefixes of the first word; "demonstrant", "rebellen"). */
  roles?: Partial<Record<EventRole, string[]>>;
}

/** Cross-article knowledge (src/situation): negations and function words. */
export interface SituationData {
  /** Words that negate a statement ("nicht"). */
  negations: string[];
  /** Function words left out when comparing claim texts ("der"). */
  stopwords: string[];
  /** Reporting cues that deny what they report, as word beginnings; several words must all occur ("bestritt", "wies zurück"). */
  denials: string[];
}


/** Temporal resources (src/extract/times). */
export type RuleKind =
  | "date" | "month" | "year" | "relunit" | "weekday" | "nightbefore" | "relday" | "reldayfuture" | "refday" | "dayphrase" | "pod" | "ordnight"
  | "set" | "decade" | "season" | "inunit" | "ago" | "refshift" | "holiday" | "quarter" | "isoweek" | "refunit" | "century" | "erayear" | "vagueduration" | "ordduration" | "duration" | "time" | "present" | "past";

export interface TimeRule {
  kind: RuleKind;
  /** Regex source with placeholders ({DAY}, {MONTH}, {YEAR} ...) expanded by the tagger. */
  pattern: string;
  /** Match letter case exactly (month and weekday names then only match capitalised). */
  caseSensitive?: boolean;
}

export interface TimeLang {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  partsOfDay: Record<string, string>;
  relativeDays: Record<string, number>;
  relativeDaysCaseSensitive: Record<string, number>;
  dayPhrases: Record<string, [number, string]>;
  referenceDays: Record<string, number>;
  /** Years and months relative to the time mentioned last: [offset, unit "Y" or "M"] ("im selben Jahr" [0, "Y"],
   *  "the following month" [1, "M"]). */
  referenceUnits: Record<string, [number, string]>;
  /** Decade words and their digit ("sixties" 6, "sechziger" 6). */
  decadeWords: Record<string, number>;
  /** Era marks after (or before) a year: -1 before Christ ("BC", "v. Chr."), 1 after ("AD", "n. Chr."). */
  eras: Record<string, number>;
  /** Parts of days relative to the day last mentioned: [day offset, part of day] ("am nächsten Morgen" [1, "TMO"]). */
  referenceDayParts: Record<string, [number, string]>;
  partOfDayPreps: string[];
  modifiers: Record<string, number>;
  seasons: Record<string, string>;
  /** Named days: "MM-DD" (a fixed day), "E+N" (N days after Easter Sunday: "Karfreitag" "E-2"), "Y-MM-DD" (that day of
   *  the year the text is about, never another: "seit Jahresbeginn"). Keys as written (capitalised names). */
  holidays: Record<string, string>;
  /** Words of parts of a year and their TIMEX3 letter: quarters "Q" ("Quartal", "quarter"), halves "H" ("Halbjahr"). */
  yearParts: Record<string, string>;
  units: Record<string, string>;
  vagueUnits: Record<string, string>;
  /** Words after "<number> <unit>" that shift from the time mentioned last ("zwei Tage später" +1, "drei Jahre zuvor" -1). */
  shiftWords: Record<string, number>;
  vagueCount: number;
  numbers: Record<string, number>;
  ordinals: Record<string, number>;
  vagueQuantities: string[];
  approximators: string[];
  presentWords: string[];
  pastPhrases: string[];
  yearPreps: string[];
  quantityWords: string[];
  /** Plural unit forms ("in den letzten Jahren" is vague, not a year). */
  pluralUnits: string[];
  /** Lower-case words that may follow a year where nouns are lower case ("in 2019 the ..."). */
  yearFollowers: string[];
  /** Determiners before a year that modifies a noun ("the 1996 bombing", "a 2003 interview"). */
  yearDeterminers: string[];
  ageFollowers: string[];
  agePreps: string[];
  anchorCues: string[];
  futureCues: string[];
  pastCues: string[];
  /** Regex sources of verb forms that speak of the past like a past cue: the German perfect infinitive after
   *  "soll" ("sollen am Donnerstag gestorben sein"). */
  pastForms: string[];
  /** Regex sources of phrases that point ahead like a future cue: a postponement to a day ("postponed until Saturday"). */
  futureForms: string[];
  /** Words that open a range at the start of a time expression ("seit 2019", "until Monday"): such an expression does
   *  not move the narrative to its date. */
  rangeWords: string[];
  /** Range words that look back: the month or weekday after them lies before the anchor ("seit Oktober"). */
  sinceWords: string[];
  rules: TimeRule[];
  clock: string;
  /** Regex source of a 12-hour clock's mark after the hour, group 1 "a" or "p" ("9 p.m."); null where the clock counts 24 hours. */
  meridiem: string | null;
  timePreps: string[];
}

/** Grammar differences as hooks of the language, read by the algorithms instead of flags. */
export interface SyntaxHooks {
  /** Word order of clauses: "verb-second" main clauses with verb-final subordinate clauses ("Am Freitag sagte der Minister",
   *  "..., der das geschrieben hat"), or "subject-verb-object" everywhere ("On Friday the minister said", "..., who said"). */
  clauseOrder: "verb-second" | "subject-verb-object";
  /** Where reported content starts: right "after-verb" ("said X") or only "after-comma" or complementizer ("sagte, X"). */
  reportedContent: "after-verb" | "after-comma";
  /** Whether the complementizer belongs to the reported content ("sagte, dass X": "dass X"; "said that X": "X"). */
  complementizerInContent: boolean;
  /** Which words are capitalised: every noun ("nouns": a capitalised word is never a verb, a noun phrase ends at its
   *  last capitalised word) or only names ("names": a noun phrase runs to the next function word). */
  capitalization: "nouns" | "names";
  /** Whether a capitalised word right after a noun can be its genitive attribute ("nach Angaben Kiews"). */
  genitiveAfterNoun: boolean;
  /** A lower-case word that looks like an inflected adjective but never is one ("trotzdem", "jedem"). */
  neverAdjective(word: string): boolean;
  /** Clitic tokens that make the word before them a possessive of the noun after ("Sunday's elections": "'s"). */
  possessiveClitics: string[];
  /** Nouns join into one closed compound whose last part is a noun of its own ("Konsulats|personal"). */
  closedCompounds: boolean;
}

/** Everything Lagebild knows about one language; src/lang/<code>/index.ts exports one. */
/** Dependency-parser knowledge (src/nlp/parse, scripts/train-parser.ts). */
export interface ParseData {
  /** UD relation subtypes kept as relations of their own; others become their main type ("nmod:poss" -> "nmod"). */
  relationSubtypes: string[];
}

export interface LanguagePack {
  /** ISO 639-1 code ("de"). */
  code: string;
  /** English name ("German"). */
  name: string;
  tokens: TokenData;
  article: ArticleData;
  time: TimeLang;
  entities: EntityData;
  figures: FigureData;
  claims: ClaimLexicon;
  events: EventData;
  situation: SituationData;
  lemma: LemmaData;
  /** A language without it has no parser (the "parse" layer stays empty). */
  parse?: ParseData;
  syntax: SyntaxHooks;
}
