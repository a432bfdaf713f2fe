// The claim lexicon of a language (src/lang/<code>/claims.ts) compiled into lookup tables: lower-case sets,
// maps from a form to its lemma, word sequences indexed by their first word, and the regexes of the lexicon.
import type { ClaimLexicon } from "../../lang/types.js";
import { perLanguage } from "../../lang/registry.js";

/** Reporting verbs and the cue words around them ("sagte", "teilte ... mit", "hieß es", ", so"). */
export interface VerbTables {
  /** Every form and lemma of a reporting verb -> its lemma ("sagte" -> "sagen"). */
  verbLemma: Map<string, string>;
  /** Forms of more than one reporting verb, told apart by their particles ("geht ... hervor" / "geht ... aus"): form -> lemmas. */
  sharedForms: Map<string, string[]>;
  verbPrepositions: Map<string, string>;
  needsParticle: Map<string, Set<string>>;
  verbParticles: Set<string>;
  agentPrepositions: Set<string>;
  sourceLocatives: Set<string>;
  reflexiveReporting: Set<string>;
  countHeads: Set<string>;
  passiveReportVerbs: Set<string>;
  passiveAgentPrepositions: Set<string>;
  passiveAgentVerbs: Set<string>;
  namingParticiples: Set<string>;
  partitives: Set<string>;
  idiomObjects: Map<string, Set<string>>;
  gerunds: Set<string>;
  complementizers: Set<string>;
  passiveCues: Map<string, string[][]>;
  invertedCues: Set<string>;
  asIntro: Set<string>;
  impersonalVerbs: Set<string>;
  backReferences: Set<string>;
  objectVerbs: Set<string>;
  namingVerbs: Set<string>;
  infinitiveMarkers: Set<string>;
  sourcePrepositionVerbs: Map<string, string>;
  objectContentVerbs: Set<string>;
  negations: Set<string>;
  blockingParticles: Map<string, Set<string>>;
  clauseOnlyVerbs: Set<string>;
  participleBlockers: Set<string>;
  passiveAuxiliaries: Set<string>;
  haveAuxiliaries: Set<string>;
  reflexives: Set<string>;
  lemmaRouteExclude: RegExp | null;
  coordinatedVerbEnding: RegExp | null;
}

/** Source phrases and information nouns ("laut X", "X zufolge", "nach Angaben X", "according to X"). */
export interface SourceTables {
  sourcePrepositions: Map<string, string[][]>;
  sourcePostpositions: Set<string>;
  infoPostpositions: Set<string>;
  infoPrepositions: Set<string>;
  infoNouns: Set<string>;
  /** Information nouns of five or more letters, ending a compound ("Polizeiangaben"). */
  infoNounEndings: string[];
  anonymousSources: Set<string>;
  reflexiveInfo: Set<string>;
  linkingEndings: string[];
  genitivePrepositions: Set<string>;
  adjectiveBase: [RegExp, string] | null;
  nonSources: Set<string>;
  eventHeads: Set<string>;
}

/** Hedges, continuations, Konjunktiv and "cannot be verified" words. */
export interface HedgeTables {
  continuationAdverbs: Set<string>;
  hedgeAdverbs: Set<string>;
  hedgeModals: Set<string>;
  hedgeInfinitives: Set<string>;
  hedgePhrases: Map<string, string[][]>;
  subjunctive: Set<string>;
  subjunctiveWeak: Set<string>;
  subjunctiveIdioms: string[][];
  unverifiedNegations: Set<string>;
  unverifiedAdverbs: Set<string>;
  unverifiedStems: string[];
  unverifiedSubjects: Set<string>;
}

/** Speakers: pronouns, titles and their gender, descriptions, organisation heads. */
export interface SpeakerTables {
  pronouns: Set<string>;
  pronounGender: Map<string, "m" | "f">;
  possessivePronouns: Map<string, string>;
  organizationPronouns: Set<string>;
  subjectPronouns: Set<string>;
  femaleTitles: Set<string>;
  maleTitles: Set<string>;
  neutralTitles: Set<string>;
  femaleTitleEnding: string | null;
  otherTitlesMale: boolean;
  titles: Set<string>;
  /** Last three letters of the titles of four or more letters (a compound "...minister" must end so). */
  titleEndings: Set<string>;
  /** Lengths of those titles. */
  titleLengths: Set<number>;
  titleLinkPrepositions: Set<string>;
  attributePrepositions: Set<string>;
  anaphors: Set<string>;
  documentNouns: Set<string>;
  indefiniteDeterminers: Set<string>;
  organizationHeads: string[];
  descriptors: Set<string>;
  lowercaseNames: Set<string>;
  genitiveStripDeterminers: Set<string>;
  genitiveStripEndings: string[];
  genitiveStripKeep: string[];
}

/** Function words that bound noun phrases and clauses. */
export interface GrammarTables {
  determiners: Set<string>;
  genitiveDeterminers: Set<string>;
  obliqueDeterminers: Set<string>;
  relativePronouns: Set<string>;
  subordinators: Set<string>;
  focusParticles: Set<string>;
  possessiveClitics: Set<string>;
  prepositions: Set<string>;
  adverbs: Set<string>;
  auxiliaries: Set<string>;
  fillers: Set<string>;
  connectors: Set<string>;
  nonAdjectives: Set<string>;
  adjectiveEnding: RegExp;
  clauseConjunctions: Set<string>;
}

/** The compiled claim lexicon of one language. */
export type ClaimTables = VerbTables & SourceTables & HedgeTables & SpeakerTables & GrammarTables;

/** A lower-case set of words (["Angaben"] -> {"angaben"}). */
const lowerSet = (words: string[]) => new Set(words.map((word) => word.toLowerCase()));

/** Word sequences indexed by their first word, in lower case ([["hieß", "es"]] -> "hieß" => [["hieß", "es"]]). */
function byFirstWord(sequences: string[][]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const sequence of sequences) {
    const lower = sequence.map((word) => word.toLowerCase());
    const list = index.get(lower[0]) ?? [];
    list.push(lower);
    index.set(lower[0], list);
  }
  return index;
}

/** A regex from a lexicon's regex source, or null ("ing$"). */
const regexOf = (source: string | null) => (source ? new RegExp(source, "u") : null);

/** Reporting verbs: every form maps to its lemma ("sagte" -> "sagen"), plus the cue words around them. */
function verbTables(lexicon: ClaimLexicon): VerbTables {
  const verbLemma = new Map<string, string>();
  const lemmasOf = new Map<string, string[]>();
  for (const [lemma, forms] of Object.entries(lexicon.verbs)) {
    verbLemma.set(lemma.toLowerCase(), lemma);
    for (const form of forms.map((f) => f.toLowerCase())) {
      if (!verbLemma.has(form)) verbLemma.set(form, lemma);
      const lemmas = lemmasOf.get(form) ?? [];
      if (!lemmas.includes(lemma)) lemmasOf.set(form, [...lemmas, lemma]);
    }
  }
  return {
    verbLemma,
    sharedForms: new Map([...lemmasOf].filter(([, lemmas]) => lemmas.length > 1)),
    verbPrepositions: new Map(Object.entries(lexicon.verbPreps)),
    needsParticle: new Map(Object.entries(lexicon.needsParticle).map(([lemma, particles]) => [lemma, lowerSet(particles)])),
    verbParticles: lowerSet(lexicon.verbParticles),
    agentPrepositions: lowerSet(lexicon.agentPrepositions),
    sourceLocatives: lowerSet(lexicon.sourceLocatives),
    reflexiveReporting: new Set(lexicon.reflexiveReporting),
    countHeads: lowerSet(lexicon.countHeads),
    passiveReportVerbs: new Set(lexicon.passiveReportVerbs),
    passiveAgentPrepositions: lowerSet(lexicon.passiveAgentPrepositions),
    passiveAgentVerbs: new Set(lexicon.passiveAgentVerbs),
    namingParticiples: lowerSet(lexicon.namingParticiples),
    partitives: lowerSet(lexicon.partitives),
    idiomObjects: new Map(Object.entries(lexicon.idiomObjects).map(([lemma, words]) => [lemma, lowerSet(words)])),
    gerunds: lowerSet(lexicon.gerunds),
    complementizers: lowerSet(lexicon.complementizers),
    passiveCues: byFirstWord(lexicon.passiveCues),
    invertedCues: lowerSet(lexicon.invertedCues),
    asIntro: lowerSet(lexicon.asIntro),
    impersonalVerbs: lowerSet(lexicon.impersonalVerbs),
    backReferences: lowerSet(lexicon.backReferences),
    objectVerbs: new Set(lexicon.objectVerbs),
    namingVerbs: new Set(lexicon.namingVerbs),
    infinitiveMarkers: lowerSet(lexicon.infinitiveMarkers),
    sourcePrepositionVerbs: new Map(Object.entries(lexicon.sourcePrepVerbs)),
    objectContentVerbs: new Set(lexicon.objectContentVerbs),
    negations: lowerSet(lexicon.negations),
    blockingParticles: new Map(Object.entries(lexicon.blockingParticles).map(([lemma, particles]) => [lemma, lowerSet(particles)])),
    clauseOnlyVerbs: new Set(lexicon.clauseOnlyVerbs),
    participleBlockers: lowerSet(lexicon.participleBlockers),
    passiveAuxiliaries: lowerSet(lexicon.passiveAuxiliaries),
    haveAuxiliaries: lowerSet(lexicon.haveAuxiliaries),
    reflexives: lowerSet(lexicon.reflexives),
    lemmaRouteExclude: regexOf(lexicon.lemmaRouteExclude),
    coordinatedVerbEnding: regexOf(lexicon.coordinatedVerbEnding),
  };
}

/** Source phrases and information nouns ("nach Angaben", "according to"). */
function sourceTables(lexicon: ClaimLexicon): SourceTables {
  const adjectiveBase = lexicon.adjectiveBase;
  return {
    sourcePrepositions: byFirstWord(lexicon.sourcePrepositions),
    sourcePostpositions: lowerSet(lexicon.sourcePostpositions),
    infoPostpositions: lowerSet(lexicon.infoPostpositions),
    infoPrepositions: lowerSet(lexicon.infoPrepositions),
    infoNouns: lowerSet(lexicon.infoNouns),
    infoNounEndings: lexicon.infoNouns.map((noun) => noun.toLowerCase()).filter((noun) => noun.length >= 5),
    anonymousSources: lowerSet(lexicon.anonymousSources),
    reflexiveInfo: lowerSet(lexicon.reflexiveInfo),
    linkingEndings: lexicon.linkingEndings,
    genitivePrepositions: lowerSet(lexicon.genitivePreps),
    adjectiveBase: adjectiveBase ? [new RegExp(adjectiveBase[0] + "$", "u"), adjectiveBase[1]] : null,
    nonSources: lowerSet(lexicon.nonSources),
    eventHeads: lowerSet(lexicon.eventHeads),
  };
}

/** Hedges, continuation adverbs, Konjunktiv forms and the words of "cannot be independently verified". */
function hedgeTables(lexicon: ClaimLexicon): HedgeTables {
  return {
    continuationAdverbs: lowerSet(lexicon.continuationAdverbs),
    hedgeAdverbs: lowerSet(lexicon.hedgeAdverbs),
    hedgeModals: lowerSet(lexicon.hedgeModals),
    hedgeInfinitives: lowerSet(lexicon.hedgeInfinitives),
    hedgePhrases: byFirstWord(lexicon.hedgePhrases),
    subjunctive: lowerSet(lexicon.subjunctive),
    subjunctiveWeak: lowerSet(lexicon.subjunctiveWeak),
    subjunctiveIdioms: lexicon.subjunctiveIdioms.map((idiom) => idiom.map((word) => word.toLowerCase())),
    unverifiedNegations: lowerSet(lexicon.unverified.negations),
    unverifiedAdverbs: lowerSet(lexicon.unverified.adverbs),
    unverifiedStems: lexicon.unverified.stems.map((stem) => stem.toLowerCase()),
    unverifiedSubjects: lowerSet(lexicon.unverified.subjects),
  };
}

/** Pronouns, titles with their gender, descriptions and organisation heads. */
function speakerTables(lexicon: ClaimLexicon): SpeakerTables {
  const titles = lowerSet(lexicon.titles);
  const longTitles = [...titles].filter((title) => title.length >= 4);
  return {
    pronouns: lowerSet(lexicon.pronouns),
    pronounGender: new Map(Object.entries(lexicon.pronounGender)),
    possessivePronouns: new Map(Object.entries(lexicon.possessivePronouns)),
    organizationPronouns: lowerSet(lexicon.orgPronouns),
    subjectPronouns: lowerSet(lexicon.subjectPronouns),
    femaleTitles: lowerSet(lexicon.titleGender.female),
    maleTitles: lowerSet(lexicon.titleGender.male),
    neutralTitles: lowerSet(lexicon.titleGender.neutral),
    femaleTitleEnding: lexicon.titleGender.femaleEnding,
    otherTitlesMale: lexicon.titleGender.othersMale,
    titles,
    titleEndings: new Set(longTitles.map((title) => title.slice(-3))),
    titleLengths: new Set(longTitles.map((title) => title.length)),
    titleLinkPrepositions: lowerSet(lexicon.titleLinkPreps),
    attributePrepositions: lowerSet(lexicon.attributePreps),
    anaphors: lowerSet(lexicon.anaphors),
    documentNouns: lowerSet(lexicon.documentNouns),
    indefiniteDeterminers: lowerSet(lexicon.indefiniteDeterminers),
    organizationHeads: lexicon.orgHeads.map((head) => head.toLowerCase()),
    descriptors: lowerSet(lexicon.descriptors),
    lowercaseNames: lowerSet(lexicon.lowercaseNames),
    genitiveStripDeterminers: lowerSet(lexicon.genitiveStrip.determiners),
    genitiveStripEndings: lexicon.genitiveStrip.endings,
    genitiveStripKeep: lexicon.genitiveStrip.keep,
  };
}

/** Function words: determiners, pronouns, prepositions, adverbs, auxiliaries, conjunctions. */
function grammarTables(lexicon: ClaimLexicon): GrammarTables {
  return {
    determiners: lowerSet(lexicon.determiners),
    genitiveDeterminers: lowerSet(lexicon.genitiveDeterminers),
    obliqueDeterminers: lowerSet(lexicon.obliqueDeterminers),
    relativePronouns: lowerSet(lexicon.relativePronouns),
    subordinators: lowerSet(lexicon.subordinators),
    focusParticles: lowerSet(lexicon.focusParticles),
    possessiveClitics: new Set(lexicon.possessiveClitics),
    prepositions: lowerSet(lexicon.prepositions),
    adverbs: lowerSet(lexicon.adverbs),
    auxiliaries: lowerSet(lexicon.auxiliaries),
    fillers: lowerSet(lexicon.fillers),
    connectors: lowerSet(lexicon.connectors),
    nonAdjectives: lowerSet(lexicon.nonAdjectives),
    adjectiveEnding: new RegExp(lexicon.adjectiveEnding, "u"),
    clauseConjunctions: lowerSet(lexicon.clauseConjunctions),
  };
}

/** Compiles a language's claim lexicon into lookup tables. */
export function compileLexicon(lexicon: ClaimLexicon): ClaimTables {
  return { ...verbTables(lexicon), ...sourceTables(lexicon), ...hedgeTables(lexicon), ...speakerTables(lexicon), ...grammarTables(lexicon) };
}

/** The compiled claim lexicon of a language, built on first use ("de" -> its tables). */
export const claimTablesFor = perLanguage((pack) => compileLexicon(pack.claims));
