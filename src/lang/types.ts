// The shape of a language pack: one typed record per concern (tokens, article layout, time,
// entities, figures, claims, events, situation, lemma) plus the grammar hooks of `syntax`. Each
// folder src/lang/<code>/ exports one `LanguagePack` (its index.ts); src/lang/registry.ts maps a
// code to it. Algorithms read words and patterns only from here, never from a folder by name.
import type { FigureCategory } from "../schema/index.js";
import type { EntityData } from "./entity-types.js";

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

/** Figure knowledge: number words, qualifiers, category cues (src/extract/figures). */
export interface FigureData {
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
}

/** Attribution knowledge (src/extract/claims): reporting verbs, source phrases, hedges. */
export interface ClaimLexicon {
  /** Reporting verbs: lemma -> surface forms (finite, participle, infinitive). */
  verbs: Record<string, string[]>;
  /** Verbs whose content is a prepositional complement ("sprach von X"): lemma -> preposition. */
  verbPreps: Record<string, string>;
  /** Verbs whose direct object is the reported content when no clause follows ("meldete zwei Festnahmen"). */
  objectContentVerbs: string[];
  /** Verbs whose source stands in a prepositional phrase ("geht aus dem Bericht X hervor"): lemma -> preposition. */
  sourcePrepVerbs: Record<string, string>;
  /** Verbs that count only with one of their separable particles in the clause ("teilte ... mit"). */
  needsParticle: Record<string, string[]>;
  /** Reporting verbs that report when used reflexively ("äußerte sich", "erinnerte sich"), unlike "erklärte sich bereit". */
  reflexiveReporting: string[];
  /** Prepositions that name where an impersonal statement came from ("Bei der Agentur hieß es", "Aus Paris hieß es"). */
  sourceLocatives: string[];
  /** Prepositions that introduce a passive's agent right after a participle ("announced by the President"). */
  agentPrepositions: string[];
  /** Separable particles that close a clause after its verb, kept out of the content ("kündigte Proteste an"). */
  verbParticles: string[];
  /** Participles after a comma whose source is the clause subject ("..., saying X"). */
  gerunds: string[];
  /** Complementizers that open reported content ("dass", "that"). */
  complementizers: string[];
  /** Prepositions that introduce a source before the content ("laut X", "according to X"). */
  sourcePrepositions: string[][];
  /** Postpositions that close a source phrase ("X zufolge"). */
  sourcePostpositions: string[];
  /** Postpositions that name a source only after an information noun ("seiner Meinung nach", "Dem Vernehmen nach"). */
  infoPostpositions: string[];
  /** Prepositions that introduce an information noun ("nach Angaben X"). */
  infoPrepositions: string[];
  /** Information nouns ("Angaben", "Informationen", "estimates"). */
  infoNouns: string[];
  /** Anonymous sources that make a statement hedged ("Berichten zufolge", "Reports say"). */
  anonymousSources: string[];
  /** Adverbs that continue the last source ("demnach"). */
  continuationAdverbs: string[];
  /** Hedging adverbs ("reportedly", "angeblich"). */
  hedgeAdverbs: string[];
  /** Hedging modals ("soll") that need a perfect infinitive at the clause end. */
  hedgeModals: string[];
  /** Infinitive auxiliaries closing a hedged perfect ("sein", "haben"). */
  hedgeInfinitives: string[];
  /** Word sequences that hedge a statement ("is believed to have"). */
  hedgePhrases: string[][];
  /** Passive / impersonal attribution phrases with no speaker ("hieß es"). */
  passiveCues: string[][];
  /** Words that act as a reporting verb only after a comma, with the source after them (", so der Minister"). */
  invertedCues: string[];
  /** News agencies and outlets written in lower case ("dpa"): kept inside source names. */
  lowercaseNames: string[];
  /** Words opening an attribution clause before the content ("Wie die Polizei mitteilte, ..."). */
  asIntro: string[];
  /** Impersonal reporting verbs inside such a clause ("Wie es hieß, ..."). */
  impersonalVerbs: string[];
  /** Demonstratives that make a reporting sentence attribute the sentence before ("Das sagte X."). */
  backReferences: string[];
  /** Reporting verbs with an addressee object before the content ("told reporters that"). */
  objectVerbs: string[];
  /** Adjectives that make an information noun refer to the clause subject ("nach eigenen Angaben"). */
  reflexiveInfo: string[];
  /** Endings of a compound's source part before an information noun whose last letter is a linking element,
   *  dropped from the source ("Regierungs|angaben" -> "Regierung"). */
  linkingEndings: string[];
  /** Konjunktiv I forms that continue reported speech on their own. */
  subjunctive: string[];
  /** Fixed phrases in which a Konjunktiv form reports nothing ("es sei denn", "wie dem auch sei"). */
  subjunctiveIdioms: string[][];
  /** Konjunktiv II / replacement forms that continue reported speech only right after a claim. */
  subjunctiveWeak: string[];
  /** "cannot be independently verified": negations, the adverb, verb stems. */
  unverified: { negations: string[]; adverbs: string[]; stems: string[]; subjects: string[] };
  /** Personal pronouns that can stand for a speaker. */
  pronouns: string[];
  /** Grammatical gender of those pronouns ("m" / "f"; missing = any). */
  pronounGender: Record<string, "m" | "f">;
  /** Possessives before an information noun and the pronoun they stand for ("nach seinen Angaben" -> "er"). */
  possessivePronouns: Record<string, string>;
  /** Gender read off titles: explicit lists, a feminine ending, and whether other titles are masculine. */
  titleGender: { female: string[]; male: string[]; neutral: string[]; femaleEnding: string | null; othersMale: boolean };
  /** Titles and functions before names ("Präsident", "Mr"); matched as word or compound ending. */
  titles: string[];
  /** Descriptions before an organisation's or outlet's name ("das Portal X", "Nachrichtenagentur X"); matched as word or compound ending. */
  descriptors: string[];
  /** Genitive determiners after which a noun's genitive ending is dropped in source names ("des Senats" -> "Senat"),
   *  unless the noun ends in one of `keep` ("des Kongress" keeps its "s"). */
  genitiveStrip: { determiners: string[]; endings: string[]; keep: string[] };
  /** Generic nouns that refer back to an organisation ("die Behörde", "the agency"). */
  anaphors: string[];
  /** Nouns for a text a source put out, read back to that source after "hieß es in dem ..." ("dem Tweet" -> its author). */
  documentNouns: string[];
  /** Indefinite articles: "in einer Erklärung" names a new text, "in der Erklärung" the one just cited. */
  indefiniteDeterminers: string[];
  /** Head nouns that mark a capitalised name as an organisation. */
  orgHeads: string[];
  determiners: string[];
  /** Determiners that may follow a noun inside a noun phrase (genitive: "Sprecher des Ministeriums"). */
  genitiveDeterminers: string[];
  /** Prepositions that open a genitive source after an information noun ("Angaben von X", "figures from X"). */
  genitivePreps: string[];
  /** Words before a reporting-verb form that make it an attributive participle ("the first confirmed case"). */
  participleBlockers: string[];
  /** Passive auxiliaries directly before a participle ("were reported") that make it no attribution. */
  passiveAuxiliaries: string[];
  /** Words that open an adverbial clause, never reported content ("nachdem", "when"). */
  subordinators: string[];
  /** Focus particles that may stand before a subject at the clause start ("Auch der Trainer kritisierte"). */
  focusParticles: string[];
  /** Forms of "have" that build a perfect with a reporting participle ("hätten ... berichtet"). */
  haveAuxiliaries: string[];
  /** Possessive clitics kept inside noun phrases ("Turkey’s"). */
  possessiveClitics: string[];
  /** Subject pronouns that open a content clause after an adverbial ("said in a statement it had ..."). */
  subjectPronouns: string[];
  /** Turning an inflected adjective into its base plural form ("offiziellen Angaben" -> "offizielle"): [ending, replacement]. */
  adjectiveBase: [string, string] | null;
  /** Pronouns that are never a claim's source outside quotations ("I", "wir"). */
  nonSources: string[];
  /** Heads of noun phrases that name an event, never a speaker ("The attack has claimed 56 lives", "Die Kämpfe forderten ..."). */
  eventHeads: string[];
  /** Verb endings the tagger's lemma route must not accept (participles used as adjectives, gerunds) (regex source). */
  lemmaRouteExclude: string | null;
  /** Reporting verbs that name something when a capitalised word follows ("a group called X"). */
  namingVerbs: string[];
  /** Infinitive markers after a reporting participle that make it a raising construction ("said to have"). */
  infinitiveMarkers: string[];
  /** Pronouns standing for an organisation ("it announced"). */
  orgPronouns: string[];
  /** Particles after a reporting verb that change its meaning ("called back", "called for"): lemma -> particles. */
  blockingParticles: Record<string, string[]>;
  /** Reporting verbs that count only with a that-clause, a quotation or a colon ("wrote that", not "wrote the hymn"). */
  clauseOnlyVerbs: string[];
  /** Prepositions that attach an organisation to a title inside a noun phrase ("spokesman for the ministry"). */
  titleLinkPreps: string[];
  /** Prepositions that attach an organisation to a named speaker in the source phrase ("Anna Beispiel vom Verband", "a spokesman from the ministry"). */
  attributePreps: string[];
  /** Negations next to a reporting verb that cancel the attribution ("did not say", "sagte nicht"). */
  negations: string[];
  /** Reflexive pronouns that turn a reporting verb into something else ("erklärte sich bereit"). */
  reflexives: string[];
  /** Determiners that never open a subject ("dem", "einem"). */
  obliqueDeterminers: string[];
  /** Relative pronouns opening a trailing relative clause. */
  relativePronouns: string[];
  prepositions: string[];
  /** Adverbs that may sit between subject and verb or open a clause. */
  adverbs: string[];
  auxiliaries: string[];
  /** Words dropped from source strings ("sogenannte"). */
  fillers: string[];
  /** Lowercase connectors inside names ("und", "of"). */
  connectors: string[];
  /** Lowercase words that look like inflected adjectives but never are. */
  nonAdjectives: string[];
  /** Lowercase inflected-adjective endings (regex source, anchored at the end). */
  adjectiveEnding: string;
  /** Conjunctions that start a new clause after a comma. */
  clauseConjunctions: string[];
  /** Endings of past-tense verbs coordinated after "and" inside reported speech (regex source). */
  coordinatedVerbEnding: string | null;
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
