// The entity part of a language pack (src/lang/types.ts re-exports it): names, role nouns, organisation and
// place heads, read by src/nlp/ner, src/extract/entities and src/geo.
/** Entity knowledge: names, role nouns, organisation and place heads (src/nlp/ner, src/extract/entities, src/geo). */
export interface EntityData {
  /** Inflection endings a name may carry, tried after exact lookup (genitive "Moskaus"). */
  inflections: string[];
  /** Endings of the first word of a multi-word name and their base ("Vereinigte" -> "Vereinigten"). */
  multiWordInflections: [string, string][];
  /** Endings that make a capitalised word derived from a place an adjective or demonym ("kasachische"). */
  adjectiveEndings: string[];
  /** Heads of role nouns ("präsident", "minister"). */
  titleHeads: string[];
  /** Role nouns as whole words (where compounds are not formed). */
  titles?: string[];
  /** Forms of address directly before a name ("Frau", "Dr."). */
  honorifics: string[];
  /** Prefixes of role compounds ("Ex-Premier"). */
  titlePrefixes: string[];
  /** Heads of compounds naming an institution by function ("Innenministerium"). */
  orgHeads: string[];
  /** Heads that make "<Name>-<head>" one organisation ("CDU-Fraktion"). */
  orgCompoundHeads: string[];
  /** Suffix words that make the preceding capitalised name an organisation ("Amnesty International"). */
  orgTailWords: string[];
  /** Lower-case words that may join the capitalised words of a name ("Bündnis für Frieden"). */
  nameConnectors: string[];
  /** Words before a place name that mark it as a location ("Provinz Kurdistan"). */
  locationHeads: string[];
  /** Words after a place name that mark it as a location ("Kurdistan Region"). */
  locationTailWords?: string[];
  /** Heads that make "<Name>-<head>" a place ("Maidan-Platz"). */
  locationCompoundHeads: string[];
  /** News agencies, broadcasters, newspapers, online platforms. */
  media: string[];
  /** International organisations, alliances, armed groups. */
  organizations: string[];
  /** Political parties. */
  parties: string[];
  /** Capitalised words that look like names but are generic descriptions. */
  generic: string[];
  /** Words that make the place beside them a sports club ("Borussia Dortmund", "Leeds United", "FC Schalke"). */
  clubWords: string[];
  /** Generic words that still begin a longer name and stay in it ("North" of "North Carolina"). */
  namePrefixWords: string[];
  /** Countries whose places a text in this language names most often ("DE"). */
  homeCountries: string[];
  /** Prepositions before a place ("in", "nach"). */
  locationPrepositions: string[];
  /** Prepositions after which a name the tagger calls a person is a place ("in Dagestan"); none where genitives follow ("in Merkels Kabinett"). */
  placeOnlyPrepositions?: string[];
  /** Lower-case nouns for a kind of place: a name after them or after them and "of" is a place ("the town of X", "capital X"). */
  placeKindNouns?: string[];
  /** Endings that make a bare demonym its place ("Tajik" + "istan", "Kyrgyz" + "stan"). */
  demonymPlaceSuffixes?: string[];
  /** Words between such a noun and the name ("of" in "the town of X"). */
  placeKindLinks?: string[];
  /** Lower-case words after a name that make it a place ("the X refugee camp", "the X neighbourhood"). */
  placeKindTails?: string[];
  /** Endings of descriptor compounds ("Katastrophenschutzbehörde"). */
  descriptorHeads: string[];
  /** Descriptor nouns that may precede a name but are not part of it ("Organisation NetBlocks"). */
  descriptors: string[];
  /** Words that introduce a media name ("Nachrichtenagentur dpa"). */
  mediaHeads: string[];
  /** Exonyms not in CLDR's exemplar cities (local name -> GeoNames English name). */
  exonyms: Record<string, string>;
  /** Extra country names in use besides the ISO/CLDR ones (alpha-2 code -> names). */
  countryNames: Record<string, string[]>;
  /** Historical or supranational places without an ISO code ("Sowjetunion"). */
  supranational: string[];
  /** Regions without an ISO code of their own ("Krim"). */
  places: string[];
  /** Verbs whose subject is a person ("said"): evidence for a person name. */
  personCueVerbs?: string[];
  /**
   * The language's ordinary words in lower case, loaded on first use, for a capitalised word at a
   * sentence start ("Meanwhile", "Across"); without it the tagger's word lexicon answers.
   */
  commonWords?: () => ReadonlySet<string>;
  /** Headlines may capitalise every word ("Police Crackdowns Escalate As Protesters Demand Justice"): tagged spans there lose ordinary words at their ends. */
  titleCaseLines?: boolean;
  /** Endings of a capitalised adjective that belongs to the organisation name after it ("Deutsche Rote Kreuz"). */
  orgAdjectiveEndings: string[];
  /** Inflection endings of a function-named body, taken off for its base form ("Inlandsnachrichtendienstes"), tried in order. */
  headInflections: string[];
  /** Endings added back to a demonym's stem to find its place ("Georg|ian" -> "Georgia", "kasach|ische"), "" first. */
  demonymStems: string[];
  /** Connectors that join two names, not one ("Garissa and Lamu"), unless an organisation word follows ("Bill and Melinda Gates Foundation"). */
  nameCoordinators: string[];
  /** Tail words taken off a place name to look it up ("Hatay province" -> "Hatay"). */
  placeSuffixes: string[];
  /** Endings of inflected forms missing from the tagger's word lexicon ("Netzwerke" <- "Netzwerk"). */
  commonNounEndings: string[];
}
