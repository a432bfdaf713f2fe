// English knowledge for reading figures (cardinal quantities) from news text.
// Words are compared lower-cased. `prefixes` match the start of a word, `words` whole words,
// `phrases` space-separated word sequences.
export default {
  /** Digit grouping: "7,939" = 7939, "80.23" = 80.23. */
  thousandsSep: ",",
  decimalSep: ".",

  numberWords: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  } as Record<string, number>,
  compound: {
    units: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 } as Record<string, number>,
    tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 } as Record<string, number>,
    unitTen: "{ten}-{unit}",
    hundred: "hundred",
    thousand: "thousand",
    /** Hundreds and thousands are separate words ("two hundred"): handled as multipliers. */
    glued: false,
  },
  /** Indefinite articles that count as "one" before a multiplier ("a million people"). */
  indefinite: ["a", "an"],
  oneWords: ["one"],
  multipliers: {
    hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, dozen: 12,
  } as Record<string, number>,
  /** Multipliers written onto a money amount ("$2.5m", "€3bn"). */
  gluedMultipliers: { m: 1e6, mn: 1e6, bn: 1e9, k: 1e3, tn: 1e12 } as Record<string, number>,
  vague: ["dozen", "dozens", "hundreds", "thousands", "millions", "scores", "tens", "several", "many", "numerous", "countless"],

  qualifiers: [
    ["at least", "at_least"], ["no fewer than", "at_least"], ["no less than", "at_least"], ["a minimum of", "at_least"],
    ["more than", "more_than"], ["over", "more_than"], ["upwards of", "more_than"], ["in excess of", "more_than"], ["well over", "more_than"],
    ["well above", "more_than"], ["just over", "more_than"],
    ["up to", "up_to"], ["as many as", "up_to"], ["at most", "up_to"], ["no more than", "up_to"], ["a maximum of", "up_to"],
    ["nearly", "about"], ["almost", "about"], ["about", "about"], ["around", "about"], ["some", "about"], ["close to", "about"],
    ["roughly", "about"], ["approximately", "about"], ["approx.", "about"], ["an estimated", "about"], ["estimated", "about"],
    ["an approximate", "about"], ["circa", "about"], ["ca.", "about"], ["nigh on", "about"], ["getting on for", "about"],
    ["fewer than", "less_than"], ["less than", "less_than"], ["just under", "less_than"],
  ] as [string, string][],
  /** Phrases that put a number as "the figure": it counts what the sentence before counted ("Police put the figure at 12,000"). */
  /** Nouns heading "the number of <casualties>" before the number in its clause. */
  countHeads: ["number", "toll", "tally", "count"],
  figureReferences: ["the figure at", "the number at", "a figure of", "the figure was", "the number was", "the turnout at", "turnout at"],
  /** Qualifiers that are also prepositions: after a noun they are the preposition ("control over two provinces"). */
  prepositionQualifiers: ["over"],
  postQualifiers: [["or more", "at_least"], ["and more", "at_least"], ["plus", "at_least"]] as [string, string][],
  qualifierGap: ["already", "now", "so far", "in total", "a total of", "total of", "still"],

  categories: {
    killed: {
      prefixes: ["killed", "dead", "died", "deaths", "fatalit", "murdered", "executed", "slain", "drowned", "perished", "bodies"],
      words: ["killing", "kills", "kill", "die", "dies", "death", "toll", "lives"],
      phrases: ["death toll", "lost their lives", "shot dead", "were killed", "fatally", "lives have been lost", "lives were lost", "lives lost", "lives have been claimed", "claimed the lives of", "claiming the lives of", "cost the lives of"],
    },
    injured: {
      prefixes: ["injur", "wounded", "hurt", "hospitali", "assaulted", "beaten", "casualt"],
      words: ["wounds", "surgery", "hospitalised", "hospitalized", "shot"],
      phrases: ["in hospital", "to hospital", "required treatment", "received treatment"],
    },
    arrested: {
      prefixes: ["arrest", "detain", "detention", "jailed", "imprisoned", "custody", "apprehended", "rounded up"],
      words: [],
      phrases: ["taken into custody", "in custody", "rounded up"],
    },
    missing: {
      prefixes: ["missing", "abducted", "kidnapped", "unaccounted"],
      words: [],
      phrases: ["unaccounted for"],
    },
    displaced: {
      prefixes: ["displaced", "fled", "flee", "refugee", "evacuated", "homeless", "uprooted"],
      words: [],
      phrases: ["forced from their homes", "left their homes", "driven from their homes"],
    },
    participants: {
      prefixes: ["protester", "protestor", "demonstrator", "participant", "marcher", "rioter", "attacker", "insurgent", "terrorist", "occupier"],
      words: ["joined", "participated", "rallied", "marched", "protested", "demonstrated", "gathered", "turned out", "took to", "barricaded", "occupied"],
      phrases: ["took to the streets", "turned out", "took part", "take part", "taking part", "taken part", "joined the march", "joined the protest", "joined the rally", "participated in"],
    },
    troops: {
      prefixes: ["soldier", "troop", "servicemen", "servicemembers", "police officer", "policemen", "policeman", "fighters", "militiamen", "reservist", "marines", "paratroopers", "guardsmen"],
      words: ["deployed", "stationed", "mobilised", "mobilized"],
      phrases: ["police officers", "security forces", "armed forces", "military personnel", "security personnel", "called up", "were drafted"],
    },
  },
  particleVerbs: [] as { particle: string; verbs: string[]; category: string }[],
  currencies: ["gbp", "chf", "jpy", "cny", "rub", "uah", "dollar", "dollars", "$", "us$", "usd", "euro", "euros", "€", "eur", "pound", "pounds", "£", "sterling", "yuan", "yen", "rubles", "roubles", "rupees", "francs", "lira", "hryvnia", "shekels",
    "reais", "real", "pesos", "peso", "rand", "naira", "dinars", "dinar", "riyals", "riyal", "dirhams", "rupiah", "ringgit", "baht", "zloty", "forints", "kroner", "kronor", "krona", "shillings", "cedis"],

  labelWords: ["pop.", "no", "no.", "number", "article", "section", "chapter", "page", "level", "room", "flight", "route", "line", "zone", "category", "magnitude", "grade", "platform", "tel", "tel.", "phone", "fax", "covid-", "ward", "gate", "point"],
  proportionWords: ["of", "in", "out of"],
  rangeWords: ["to", "-", "–", "and", "or"],
  yearNouns: ["year", "anno", "class of"],
  agePhrases: ["aged", "age of", "at age", "age"],
  unitWords: [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "night", "nights", "hour", "hours", "minute", "minutes", "second", "seconds",
    "decade", "decades", "century", "centuries", "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "gmt", "utc", "times",
    "percent", "per cent", "%", "percentage", "degrees", "°", "°c", "°f", "km", "kilometers", "kilometres", "miles", "mile", "meters",
    "metres", "m", "feet", "ft", "foot", "inches", "cm", "mm", "mph", "km/h", "acres", "hectares", "square", "kg", "kilograms", "pounds-weight",
    "tons", "tonnes", "litres", "liters", "gallons", "barrels", "points", "mbps", "gb", "megawatts", "volts", "calories", "year-old", "years-old",
    "kilowatts", "kwh", "bc", "ad", "bce", "ce", "b.c.", "a.d.", "pixels", "bytes", "megabytes", "gigabytes", "inch",
  ],
  monthNames: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec."],
  yearWords: ["year", "since", "in", "until", "till", "by", "from", "before", "after", "of", "than", "as", "summer", "winter", "spring", "autumn", "fall", "end", "early", "late", "mid", "during", "to", "and"],
  countNouns: ["people", "persons", "residents", "inhabitants", "houses", "homes", "buildings", "children", "women", "men", "civilians", "families", "households", "vehicles", "votes", "employees", "workers", "jobs", "refugees", "migrants", "students", "patients"],
  clauseBreaks: [",", ";", ":", "–", "—", "(", ")", ".", "!", "?", "but", "while", "because", "although", "after", "when", "which", "who", "whereas", "that", "since", "following"],
  /** Words opening an inserted phrase between commas that the category search skips (", darunter drei Kinder,"). */
  parentheticals: ["or", "including", "among them", "mostly", "many of them", "most of them", "some of them", "mainly", "all of them", "both"],
  /** Words that start a new clause after an inserted phrase (the category search stops there). */
  coordinators: ["and", "but", "or", "while", "whereas", "then"],
  nounPhraseGap: ["“", "”", "\"", "‘", "’", "'"],
  /** Words that end the counted noun phrase (verbs, auxiliaries, prepositions). */
  subjectStops: ["were", "was", "are", "is", "have", "had", "has", "been", "be", "will", "would", "could", "may", "might", "in", "at", "on",
    "during", "of", "from", "to", "with", "by", "for", "who", "that", "which", "said", "say", "says", "reportedly", "also", "as", "the",
    "a", "an", "their", "his", "her", "its", "into", "than", "or", "and", "died", "remain", "remained", "still", "now", "more", "people's",
    "he", "she", "it", "they", "we", "you", "i", "there", "this", "these", "those", "them", "him", "us", "under", "over", "per", "each",
    "overnight", "yesterday", "today", "tonight", "worldwide", "nationwide", "alone", "so", "last", "across", "inside", "outside"],
  /** Word endings that mark a verb form right after a number ("13 requiring surgery", "43 detained"). */
  verbSuffixes: ["ing", "ed"],
  adjectiveEndings: [] as string[],
  /** Conjunctions joining two counted nouns ("journalists and cameramen"). */
  nounCoordinators: ["and", "or"],
  /** Determiners before "one" that make it no count ("the one"). */
  oneDeterminers: ["the", "this", "that", "every"],
  /** A preposition after "one" + noun makes it a part ("one of them"). */
  partitives: ["of"],
  /** Further forms of "one" before a proportion word ("none: "one in ten" has the word "one""). */
  proportionOnes: [] as string[],
  /** Who is counted, where and how: groups by the start of the counted noun, running totals, disputed values. */
  scope: {
    groups: {
      people: ["people", "person", "persons", "dead", "victims", "residents", "inhabitants", "individuals", "casualties", "bodies"],
      civilians: ["civilian", "non-combatant", "bystander"],
      protesters: ["protester", "protestor", "demonstrator", "participant", "activist", "rioter", "looter", "marcher"],
      police: ["police", "policem", "officer", "security forces", "security personnel", "guards", "border guard", "gendarme", "law enforcement"],
      soldiers: ["soldier", "troop", "servicem", "service members", "military personnel", "conscript", "recruit"],
      fighters: ["fighter", "militant", "rebel", "insurgent", "terrorist", "jihadist", "gunm", "attacker", "militiam", "combatant", "extremist"],
      children: ["child", "minor", "kid", "teen", "student", "pupil", "baby", "babies", "infant"],
      journalists: ["journalist", "reporter", "media worker"],
    },
    cumulative: ["in total", "total", "so far", "to date", "death toll", "toll", "overall", "altogether", "since the start", "since the beginning", "rose to", "risen to", "climbed to", "rising to", "has reached", "had reached", "cumulative"],
    withdrawn: ["withdrawn", "withdrew", "retracted", "retract", "revised down", "corrected", "deleted", "walked back"],
    denied: ["denied", "denies", "deny", "rejected", "rejects", "dismissed"],
    disputed: ["disputed", "disputes", "questioned", "contested", "could not be verified", "unverified", "not confirmed"],
    figureAnaphors: ["the figure", "this figure", "that figure", "the number", "this number", "the toll", "that toll", "the tally", "the claim"],
  },
};
