// German knowledge for reading figures (cardinal quantities) from news text.
// Words are compared lower-cased. `prefixes` match the start of a word (covers inflection and
// compounds: "verletzt" -> "verletzten", "Verletzte"); `words` match whole words; `phrases` are
// space-separated word sequences.
export default {
  /** Digit grouping: "20.000" = 20000, "2,2" = 2.2. */
  thousandsSep: ".",
  decimalSep: ",",

  /** Number words standing alone. Compounds ("zweiundzwanzig", "dreihundert") are built from the parts below. */
  numberWords: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
    zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
    hundert: 100, einhundert: 100, tausend: 1000, eintausend: 1000,
  } as Record<string, number>,
  /** Parts for compounds: "<unit>und<ten>" (einundzwanzig), "<unit>hundert<rest>", "<n>tausend<rest>". */
  compound: {
    units: { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 } as Record<string, number>,
    tens: { zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 } as Record<string, number>,
    /** Template for unit + ten; {unit} and {ten} are replaced. */
    unitTen: "{unit}und{ten}",
    hundred: "hundert",
    thousand: "tausend",
    /** Hundreds and thousands are written as one word ("zweihundert"). */
    glued: true,
  },
  /** Words for "one" that count only where a casualty is reported ("ein Polizist wurde getötet"). */
  /** Indefinite articles that count as "one" before a multiplier ("a million people"). */
  indefinite: [] as string[],
  oneWords: ["ein", "eine", "einen", "eins"],
  /** Words multiplying the number before them ("2,2 Millionen", "fünf Mio."). */
  multipliers: {
    million: 1e6, millionen: 1e6, mio: 1e6, "mio.": 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, "mrd.": 1e9,
    billion: 1e12, billionen: 1e12, tausend: 1e3, hundert: 100, dutzend: 12,
  } as Record<string, number>,
  /** Vague quantity words: never a figure. */
  /** Multipliers written onto a money amount ("$2.5m", "€3bn"). */
  gluedMultipliers: { mio: 1e6, mrd: 1e9 } as Record<string, number>,
  vague: ["dutzend", "dutzende", "hunderte", "tausende", "zehntausende", "hunderttausende", "millionen", "abertausende", "etliche", "zahlreiche", "viele", "einige", "mehrere"],

  /** Qualifier phrases right before the number (longest match wins). */
  qualifiers: [
    ["mindestens", "at_least"], ["wenigstens", "at_least"], ["zumindest", "at_least"], ["nicht weniger als", "at_least"],
    ["mehr als", "more_than"], ["über", "more_than"], ["weit über", "more_than"], ["weit mehr als", "more_than"], ["gut", "more_than"],
    ["knapp über", "more_than"], ["deutlich mehr als", "more_than"], ["upwards", "more_than"], ["jenseits von", "more_than"],
    ["bis zu", "up_to"], ["höchstens", "up_to"], ["maximal", "up_to"], ["nicht mehr als", "up_to"],
    ["rund", "about"], ["etwa", "about"], ["ca.", "about"], ["circa", "about"], ["zirka", "about"], ["fast", "about"],
    ["knapp", "about"], ["beinahe", "about"], ["nahezu", "about"], ["ungefähr", "about"], ["schätzungsweise", "about"],
    ["annähernd", "about"], ["an die", "about"], ["geschätzt", "about"], ["geschätzte", "about"], ["geschätzten", "about"],
    ["um die", "about"],
    ["weniger als", "less_than"], ["unter", "less_than"], ["knapp unter", "less_than"], ["nicht einmal", "less_than"],
  ] as [string, string][],
  /** Phrases that put a number as "the figure": it counts what the sentence before counted ("Die Polizei nannte eine Zahl von 12.000"). */
  /** Nouns heading "the number of <casualties>" before the number in its clause. */
  countHeads: ["zahl", "anzahl", "gesamtzahl", "bilanz"],
  figureReferences: ["eine zahl von", "die zahl von", "die zahl mit", "die zahl auf", "zahl der teilnehmer auf"],
  /** Qualifiers that are also prepositions: after a noun they are the preposition ("Ausnahmezustand über drei Provinzen"). */
  prepositionQualifiers: ["über"],
  /** Qualifier phrases right after the number ("100 oder mehr"). */
  postQualifiers: [["oder mehr", "at_least"], ["und mehr", "at_least"]] as [string, string][],
  /** Words that may stand between a qualifier and the number without breaking it. */
  qualifierGap: ["bereits", "schon", "insgesamt", "nun", "noch", "jetzt", "inzwischen", "mittlerweile"],

  /**
   * Category cues. Casualty cues (killed ... displaced) are found near the number: the counted noun,
   * an attributive participle ("getöteten") or the clause's verb ("wurden ... getötet").
   * Role cues (participants, troops) describe the counted people.
   */
  categories: {
    killed: {
      prefixes: ["getötet", "todesopfer", "gestorben", "umgekommen", "ermordet", "hingerichtet", "erschossen", "tötete", "verstorben", "todeszahl", "totenzahl", "leichen", "ertrunken", "ums leben", "todesfäll", "todesfall"],
      words: ["tote", "toten", "toter", "starb", "starben", "sterben", "stirbt", "opferzahl", "tot"],
      phrases: ["ums leben", "tödlich verletzt", "tödlich verunglückt", "das leben verloren", "zahl der toten", "zahl der opfer"],
    },
    injured: {
      prefixes: ["verletz", "schwerverletz", "leichtverletz", "verwundet", "verwundete", "angeschossen"],
      words: ["verprügelt", "misshandelt"],
      phrases: ["ins krankenhaus", "in krankenhäuser", "zahl der verletzten", "im krankenhaus behandelt", "in krankenhäusern behandelt", "ärztlich behandelt", "medizinisch behandelt", "medizinisch versorgt"],
    },
    arrested: {
      prefixes: ["festgenommen", "festnahme", "verhaftet", "verhaftung", "inhaftiert", "festgesetzt", "arrestiert", "gewahrsam", "festgenommene", "verhaftete", "inhaftierte", "in haft"],
      words: [],
      phrases: ["in gewahrsam", "in haft"],
    },
    missing: {
      prefixes: ["vermisst", "vermisste", "verschollen", "entführt", "verschleppt", "verschwunden"],
      words: [],
      phrases: ["werden noch vermisst", "gelten als vermisst", "als vermisst"],
    },
    displaced: {
      prefixes: ["vertrieben", "binnenvertrieben", "geflohen", "geflüchtet", "flüchtling", "evakuiert", "obdachlos", "heimatlos"],
      words: ["flohen", "fliehen", "flieht", "flüchteten", "flüchten", "flüchtete", "flüchtet"],
      phrases: ["auf der flucht", "ihre häuser verlassen", "ihre heimat verlassen"],
    },
    participants: {
      prefixes: ["demonstrant", "protestierend", "protestteilnehm", "teilnehm", "kundgebungsteilnehm", "aufrührer", "randalierer", "terrorist", "angreifer", "aufständisch", "besetzer"],
      words: ["demonstrierten", "protestierten", "demonstrieren", "protestieren", "versammelten", "versammelt", "verbarrikadiert", "besetzten", "marschierten"],
      phrases: ["auf die straße", "auf die straßen"],
    },
    troops: {
      prefixes: ["soldat", "truppe", "streitkräfte", "polizist", "sicherheitskräfte", "einsatzkräfte der polizei", "kämpfer", "milizionär", "reservist", "bereitschaftspolizist", "grenzschützer"],
      words: ["stationiert", "entsandt", "mobilisiert", "verlegt", "zusammengezogen"],
      phrases: [],
    },
  },
  /** Separable verbs: the particle ends the clause, the verb stands earlier ("nahm ... fest"). */
  particleVerbs: [
    { particle: "fest", verbs: ["nahm", "nahmen", "nimmt", "nehmen", "setzte", "setzten", "setzt", "hielt", "hielten"], category: "arrested" },
    { particle: "teil", verbs: ["nahm", "nahmen", "nimmt", "nehmen"], category: "participants" },
    { particle: "um", verbs: ["kam", "kamen", "kommt", "brachte", "brachten", "bringt"], category: "killed" },
  ],
  /** Currencies (word or symbol after or before the number). */
  currencies: ["euro", "eur", "€", "gbp", "chf", "jpy", "cny", "rub", "uah", "dollar", "us-dollar", "usd", "$", "pfund", "£", "franken", "rubel", "yuan", "yen", "lira", "rupien", "hrywnja", "schekel", "dirham", "real", "reais",
    "pesos", "peso", "rand", "naira", "dinar", "riyal", "rupiah", "ringgit", "baht", "zloty", "forint", "kronen", "schilling"],

  /** After these words a number is a label, not a count ("Nr. 5", "Artikel 3"). */
  labelWords: ["pop.", "nr", "nr.", "nummer", "artikel", "art.", "paragraf", "paragraph", "§", "seite", "kapitel", "platz", "stufe", "level", "zimmer", "linie", "flug", "gleis", "zone", "kategorie", "stärke", "magnitude", "windstärke", "ziffer", "abschnitt", "punkt", "tel.", "telefon", "fax", "covid-"],
  /** "vier von zehn": a proportion, not a count (both numbers are skipped). */
  proportionWords: ["von", "aus"],
  /** "3.000 bis 5.000 Pfund": a range; the first number takes the unit of the second. */
  rangeWords: ["bis", "-", "–", "und", "oder"],
  /** Before these words a number (1..2100) is a year: "im Jahr 363". */
  yearNouns: ["jahr", "jahre", "anno", "jahrgang", "baujahr"],
  /** Phrases before a number that make it an age ("im Alter von 25"). */
  agePhrases: ["im alter von", "alter von", "alter"],
  /** Units after the number that make it a duration, age or measure, not a count. */
  unitWords: [
    "jahr", "jahre", "jahren", "jahres", "nacht", "nächte", "nächten", "monat", "monate", "monaten", "woche", "wochen", "tag", "tage", "tagen", "stunde", "stunden",
    "minute", "minuten", "sekunde", "sekunden", "jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrhundert", "jahrhunderte", "uhr", "h",
    "mal", "male", "prozent", "%", "prozentpunkte", "promille", "grad", "°", "°c", "km", "kilometer", "kilometern", "meter", "metern", "m",
    "cm", "mm", "km/h", "quadratkilometer", "quadratmeter", "hektar", "kilogramm", "kg", "gramm", "liter", "tonnen", "t", "mbit",
    "punkte", "punkten", "zentimeter", "meilen", "fuß", "kalorien", "volt", "watt", "kilowatt", "megawatt", "gigawatt", "kwh", "celsius",
    "v. chr.", "n. chr.", "v.chr.", "n.chr.", "bit", "byte", "megabyte", "gigabyte", "pixel", "zoll", "ps",
  ],
  /** The words "Jahre alt" etc. — handled by unitWords; ordinal/age suffix tokens like "-jährige" never parse as numbers. */
  monthNames: ["januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
    "jan", "jan.", "feb", "feb.", "mär", "mär.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "okt", "okt.", "nov", "nov.", "dez", "dez."],
  /** Before a four-digit number these words make it a year ("seit 2019", "im Jahr 2022"). */
  yearWords: ["jahr", "jahre", "jahres", "seit", "im", "bis", "ab", "von", "vor", "nach", "in", "anno", "sommer", "winter", "frühjahr", "herbst", "frühling", "ende", "anfang", "mitte", "als", "wie"],
  /** Count nouns after which a four-digit number is a count after all ("2000 Menschen"). */
  countNouns: ["menschen", "personen", "leute", "einwohner", "bewohner", "häuser", "gebäude", "kinder", "frauen", "männer", "zivilisten", "familien", "haushalte", "fahrzeuge", "stimmen", "mitarbeiter", "beschäftigte", "arbeitsplätze", "flüchtlinge", "migranten", "studenten", "schüler", "patienten"],
  /** Words that end the counted noun phrase and the category window. */
  clauseBreaks: [",", ";", ":", "–", "—", "(", ")", ".", "!", "?", "aber", "doch", "jedoch", "während", "weil", "obwohl", "nachdem", "als"],
  /** Words that may precede the counted noun inside its phrase (skipped when looking for the noun). */
  /** Words opening an inserted phrase between commas that the category search skips (", darunter drei Kinder,"). */
  parentheticals: ["oder", "darunter", "davon", "unter ihnen", "meist", "meistens", "viele davon", "die meisten", "überwiegend", "vor allem", "alle", "fast alle", "allesamt"],
  /** Words that start a new clause after an inserted phrase (the category search stops there). */
  coordinators: ["und", "aber", "oder", "sondern", "während", "doch", "dann"],
  nounPhraseGap: ["„", "“", "\"", "»", "«", "‚", "‘"],
  /** Words that end the counted noun phrase (verbs, auxiliaries, prepositions). */
  subjectStops: ["wurden", "wurde", "sind", "seien", "waren", "wären", "haben", "hatten", "hätten", "sollen", "soll", "werden", "würden",
    "bei", "in", "im", "auf", "an", "am", "aus", "von", "vom", "zu", "zum", "zur", "mit", "nach", "für", "um", "und", "oder", "als",
    "der", "die", "das", "den", "dem", "des", "sich", "seit", "bis", "gab", "gibt", "kamen", "kommen", "starben", "sterben",
    "sein", "seine", "seinen", "seiner", "seinem", "ihr", "ihre", "ihren", "ihrer", "ihrem", "unsere", "diese", "dieser", "diesen", "jene", "eine", "einen", "einer", "ein", "einem",
    "er", "sie", "es", "wir", "man", "hat", "hatte", "ist", "war"],
  verbSuffixes: [] as string[],
  /** Endings of attributive adjectives/participles standing before the noun ("getöteten", "verletzte"). */
  adjectiveEndings: ["e", "en", "er", "es", "em"],
  /** Conjunctions joining two counted nouns ("Polizisten und Soldaten"). */
  nounCoordinators: ["und", "oder"],
  /** Determiners before "one" that make it no count ("der eine"). */
  oneDeterminers: ["der", "die", "das", "den", "dem", "des", "jeder"],
  /** A preposition after "one" + noun makes it a part ("ein Polizist von ihnen"). */
  partitives: ["von"],
  /** Further forms of "one" before a proportion word ("einer von zehn"). */
  proportionOnes: ["einer", "eines"],
  /** Who is counted, where and how: groups by the start of the counted noun, running totals, disputed values. */
  scope: {
    groups: {
      people: ["mensch", "person", "leute", "tote", "toten", "opfer", "einwohner", "bewohner", "verletzte", "festgenommene", "todesopfer"],
      civilians: ["zivilist", "zivilperson", "unbeteiligte"],
      protesters: ["demonstrant", "protestier", "teilnehmer", "aktivist", "regierungsgegner", "oppositionelle", "randalierer", "plünderer"],
      police: ["polizist", "beamte", "beamten", "sicherheitskräfte", "sicherheitskräften", "einsatzkräfte", "einsatzkräften", "ordnungshüter", "grenzschützer", "grenzsoldat", "nationalgardist"],
      soldiers: ["soldat", "militärangehörige", "armeeangehörige", "truppe", "rekrut"],
      fighters: ["kämpfer", "rebell", "milizionär", "extremist", "terrorist", "dschihadist", "aufständisch", "angreifer", "bewaffnete", "islamist"],
      children: ["kind", "minderjährig", "jugendlich", "schüler", "baby", "babys"],
      journalists: ["journalist", "reporter", "medienschaffende"],
    },
    cumulative: ["insgesamt", "bislang", "bisher", "mittlerweile", "inzwischen", "seit beginn", "zahl der toten", "zahl der todesopfer", "opferzahl", "todeszahl", "totenzahl", "bilanz", "gesamtzahl", "stieg auf", "steigt auf", "gestiegen auf"],
    withdrawn: ["zurückgezogen", "zurückgenommen", "zog … zurück", "zogen … zurück", "zieht … zurück", "nahm … zurück", "nahmen … zurück", "widerrufen", "widerrief", "gelöscht", "korrigiert", "korrigierte"],
    denied: ["dementiert", "dementierte", "dementierten", "bestritten", "bestritt", "bestreitet", "wies … zurück", "wiesen … zurück", "zurückgewiesen"],
    disputed: ["angezweifelt", "bezweifelt", "umstritten", "in frage gestellt", "infrage gestellt", "nicht bestätigt"],
    figureAnaphors: ["die zahl", "diese zahl", "die angabe", "diese angabe", "die angaben", "diese angaben", "die bilanz", "diese bilanz", "die opferzahl"],
  },
};
