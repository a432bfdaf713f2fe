// German article-layout cues for the plain-text reader (src/ingest/layout.ts): the words that mark
// update lines, embeds, broadcast notes, photo credits and bylines on German news pages.
export default {
  /** Very frequent function words, for a fast first guess at the language (lower case; none shared with English). */
  functionWords: [
    "der", "die", "das", "und", "zu", "den", "von", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein",
    "eine", "als", "auch", "es", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "sind",
    "noch", "wie", "einem", "über", "einen", "zum", "haben", "nur", "oder", "aber", "vor", "zur", "bis", "mehr",
    "durch", "sein", "wurde", "sei", "wurden", "seien", "gegen", "seit", "ihre", "ihr", "diese", "dieser", "sagte", "nun",
  ],
  /** Labels of the "last updated" line: "Stand: 08.01.2022 09:12 Uhr". */
  updatedLabels: ["Stand", "Aktualisiert", "Zuletzt aktualisiert", "Aktualisiert am"],
  /** Labels of the publication line: "Veröffentlicht: 08.01.2022". */
  publishedLabels: ["Veröffentlicht", "Veröffentlicht am", "Erstellt", "Erstellt am", "Erschienen", "Erschienen am", "Datum"],
  /** Words between a date and its clock time ("... um 20:00 Uhr"). */
  timeConnectors: ["um", "gegen"],
  /** Time zone of outlets writing in this language when the text gives none. */
  defaultTimezone: "Europe/Berlin",
  /** Month names and abbreviations -> month number (for textual dates "7. Januar 2022"). */
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, mär: 3, mrz: 3, april: 4, apr: 4, mai: 5,
    juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10,
    november: 11, nov: 11, dezember: 12, dez: 12,
  } as Record<string, number>,
  /** Date order of all-numeric dates: day-month-year ("08.01.2022"). */
  numericDateOrder: "dmy" as "dmy" | "mdy",
  /** Labels of embedded media or widgets on their own line ("Karte: Kasachstan", "Video: ..."). */
  embedLabels: [
    "Karte", "Video", "Audio", "Grafik", "Infografik", "Liveblog", "Podcast", "Bildergalerie", "Galerie", "Fotostrecke",
    "Interaktiv", "Livestream", "Tabelle", "Umfrage", "Mehr zum Thema", "Lesen Sie auch", "Lesen Sie mehr", "Auch interessant",
    "Hintergrund", "Dossier", "Sendung", "Zum Artikel", "Zum Video",
  ],
  /** Openings of the closing broadcast note ("Über dieses Thema berichtete die tagesschau am ..."). */
  broadcastCues: [
    "Über dieses Thema berichtete", "Über dieses Thema berichteten", "Über dieses Thema hat", "Dieses Thema im Programm",
    "Diese Sendung", "Mehr zu diesem Thema",
  ],
  /** Labels that introduce a photo credit ("Foto: Max Muster", "(Bild: dpa)"). */
  creditLabels: ["Foto", "Fotos", "Bild", "Bilder", "Bildquelle", "Quelle", "Archivfoto", "Archivbild", "Symbolbild", "Copyright"],
  /** Labels that introduce a caption ("Bildunterschrift: ..."). */
  captionLabels: ["Bildunterschrift", "Bildtext"],
  /** Byline openings ("Von Anna Beispiel"); the rest must look like names. */
  bylinePrefixes: ["Von", "Ein Kommentar von", "Ein Bericht von", "Eine Analyse von", "Eine Reportage von", "Text von", "Autor:", "Autorin:"],
  /** Words allowed inside a byline besides names ("Von Anna Beispiel und Tom Muster, Berlin"). */
  bylineJoiners: ["und", "von", "vom", "der", "zu", "de", "van", "mit"],
  /** Conjunctions between the names of a byline. */
  bylineConjunctions: ["und"],
  /** Words that, capitalised inside a headline line, open the title after a kicker ("Unruhen in X Offenbar ...").
   *  German capitalises nouns, so a capitalised determiner, preposition, adverb, pronoun or adjective inside the
   *  line marks a new phrase. Lower-case forms. */
  titleOpeners: [
    // determiners, numerals, quantifiers
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "kein", "keine", "keinen", "dieser",
    "diese", "dieses", "jener", "jede", "jeder", "jedes", "alle", "viele", "mehrere", "einige", "zwei", "drei", "vier",
    "fünf", "zehn", "hunderte", "tausende", "dutzende", "zahlreiche", "mindestens", "fast", "rund", "über", "mehr", "weniger",
    // prepositions and conjunctions
    "in", "im", "am", "an", "auf", "aus", "bei", "beim", "für", "gegen", "mit", "nach", "unter", "vor", "vom", "zum", "zur",
    "trotz", "wegen", "seit", "ohne", "um", "durch", "zwischen", "nahe", "und", "aber", "wenn", "als", "weil", "ob", "doch",
    // adverbs and particles common at the head of a headline
    "offenbar", "offensichtlich", "erneut", "wieder", "weiter", "weiterhin", "noch", "nun", "jetzt", "bald", "schon", "bereits",
    "auch", "kaum", "immer", "wohl", "vermutlich", "angeblich", "möglicherweise", "wahrscheinlich", "offiziell", "erstmals",
    "zuletzt", "heute", "gestern", "morgen", "nachts", "dennoch", "trotzdem", "deshalb", "plötzlich", "endlich", "laut",
    "so", "hier", "dort", "warum", "wie", "was", "wer", "wo", "wann", "welche", "wieso", "weshalb",
    // pronouns
    "er", "sie", "es", "wir", "ihr", "man",
    // adjectives frequent at the start of headlines
    "neue", "neuer", "neues", "schwere", "schwerer", "schwere", "heftige", "heftiger", "tödliche", "tödlicher", "blutige",
    "blutiger", "massive", "massiver", "erste", "erster", "zweite", "letzte", "große", "großer", "hohe", "hoher", "viele",
    "weitere", "weiterer", "tausend", "gewaltsame", "friedliche", "anhaltende", "erneute", "ungewisse", "unklare",
  ],
  /** Agency and photo-agency names recognised in credits ("(dpa)", "| AFP", "(AFP/Stand 19.11.2019)"). */
  agencies: [
    "dpa", "AFP", "Reuters", "AP", "KNA", "epd", "EFE", "ANSA", "Xinhua", "TASS", "Tass", "Interfax", "APA", "sda", "SDA",
    "Keystone", "dts", "ddp", "rtr", "afp", "ap", "kna", "dpa-AFX", "AFX", "Bloomberg", "UPI", "Anadolu", "IHA", "DHA",
    "Ukrinform", "PAP", "ČTK", "MTI", "Kyodo", "Yonhap", "IRNA", "WAFA", "Getty Images", "picture alliance", "imago",
    "IMAGO", "EPA", "epa", "REUTERS", "Belga", "ANP", "Ritzau", "NTB", "TT", "Lusa", "ATS", "AAP", "PTI", "IANS", "KCNA",
    "SANA", "Sputnik", "RIA Nowosti", "ADN",
  ],
  /** Openings of a closing source note ("Mit Material von dpa und AFP"). */
  creditLinePrefixes: ["Mit Material von", "Mit Material der", "Mit Material aus", "Mit Informationen von", "Quelle:", "Quellen:", "Mitarbeit:"],
  /** Word before a date inside an agency credit ("(dpa/Stand 19.11.2019)"). */
  creditDateLabels: ["Stand", "Datum", "aktualisiert"],
};
