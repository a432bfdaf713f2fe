// The claim lexicon a language pack provides (src/lang/<code>/claims.ts), compiled by src/extract/claims/lexicon.ts.

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
  /** Prepositions of a passive's agent before a clause-final participle ("wurden von der Opposition kritisiert"). */
  passiveAgentPrepositions: string[];
  /** Objects that turn a reporting verb into a casualty idiom ("claimed at least 17 lives", "forderte 20 Todesopfer"): lemma -> words. */
  idiomObjects: Record<string, string[]>;
  /** Pronouns that pick one of a group as the speaker ("einer von ihnen", "one of the protesters"). */
  partitives: string[];
  /** Participles that name rather than report when no auxiliary stands before them ("auch Pendlerpauschale genannt"). */
  namingParticiples: string[];
  /** Reporting verbs whose passive with that agent reports ("bezeichnet", "kritisiert"; not "vom Gericht verurteilt"). */
  passiveAgentVerbs: string[];
  /** Reporting verbs whose passive closing a sentence reports with no speaker ("Several injuries were also reported."). */
  passiveReportVerbs: string[];
  /** Nouns for a count, which never speak even with a genitive after them ("Die Zahl der Toten bezifferte ..."). */
  countHeads: string[];
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
