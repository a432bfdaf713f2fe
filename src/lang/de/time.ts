// German temporal knowledge for the time tagger (HeidelTime-style resources): word tables and
// rule patterns. Patterns are regex sources with placeholders ({MONTH}, {DAY} ...) that the
// tagger expands from the tables below into named capture groups; the rule `kind` names the
// generic normaliser that turns the captured groups into a TIMEX3 value.
import type { TimeLang } from "../types.js";

const time: TimeLang = {
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, mär: 3, mrz: 3, april: 4, apr: 4, mai: 5,
    juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10,
    november: 11, nov: 11, dezember: 12, dez: 12,
  },
  weekdays: {
    montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
  },
  /** Parts of the day and their TIMEX3 suffix. */
  partsOfDay: {
    morgen: "TMO", morgens: "TMO", früh: "TMO", vormittag: "TMO", vormittags: "TMO", mittag: "TMI", mittags: "TMI",
    nachmittag: "TAF", nachmittags: "TAF", abend: "TEV", abends: "TEV", nacht: "TNI", nachts: "TNI", morgenstunden: "TMO", vormittagsstunden: "TMO", nachmittagsstunden: "TAF", abendstunden: "TEV", nachtstunden: "TNI",
  },
  /** Day words relative to the anchor (days offset). */
  relativeDays: { vorgestern: -2, gestern: -1, heute: 0, übermorgen: 2 },
  /** Relative day words that only count in lower case ("morgen" = tomorrow, "Morgen" = morning). */
  relativeDaysCaseSensitive: { morgen: 1 },
  /** Fixed phrases: [day offset, part of day]. A night is dated by its evening. */
  dayPhrases: {
    "heute nacht": [-1, "TNI"], "letzte nacht": [-1, "TNI"], "vergangene nacht": [-1, "TNI"],
    "in der vergangenen nacht": [-1, "TNI"], "in der letzten nacht": [-1, "TNI"], "über nacht": [-1, "TNI"],
    "in der nacht": [-1, "TNI"], "die ganze nacht": [-1, "TNI"], "in dieser nacht": [-1, "TNI"],
  },
  /** Days relative to the day last mentioned (else the anchor): offset in days. */
  referenceDays: { "am vortag": -1, "tags zuvor": -1, "einen tag zuvor": -1, "einen tag vorher": -1, "am folgetag": 1, "tags darauf": 1, "am nächsten tag": 1, "am darauffolgenden tag": 1, "einen tag später": 1, "am selben tag": 0, "am gleichen tag": 0, "am folgenden tag": 1, "am tag zuvor": -1, "am tag danach": 1, "am tag darauf": 1, "am tag nach": 1, "am tag vor": -1 },
  referenceUnits: {
    "im selben jahr": [0, "Y"], "im gleichen jahr": [0, "Y"], "im selben jahr noch": [0, "Y"], "im folgenden jahr": [1, "Y"], "im darauffolgenden jahr": [1, "Y"],
    "im jahr darauf": [1, "Y"], "im jahr danach": [1, "Y"], "im jahr zuvor": [-1, "Y"], "im selben monat": [0, "M"], "im gleichen monat": [0, "M"],
    "im folgenden monat": [1, "M"], "im darauffolgenden monat": [1, "M"], "im monat darauf": [1, "M"], "im monat zuvor": [-1, "M"],
  },
  decadeWords: { zwanziger: 2, dreißiger: 3, vierziger: 4, fünfziger: 5, sechziger: 6, siebziger: 7, achtziger: 8, neunziger: 9 },
  eras: { "v. Chr.": -1, "v.Chr.": -1, "vor Christus": -1, "n. Chr.": 1, "n.Chr.": 1, "nach Christus": 1 },
  referenceDayParts: {
    "am nächsten Morgen": [1, "TMO"], "am folgenden Morgen": [1, "TMO"], "am Morgen danach": [1, "TMO"], "am nächsten Abend": [1, "TEV"],
    "am selben Abend": [0, "TEV"], "am gleichen Abend": [0, "TEV"], "am Abend desselben Tages": [0, "TEV"], "in derselben Nacht": [0, "TNI"],
    "in der folgenden Nacht": [0, "TNI"], "in der Nacht darauf": [0, "TNI"],
  },
  /** Words before a bare part of day ("am Abend", "in der Nacht"). */
  partOfDayPreps: ["am", "gegen", "im laufe des", "zum", "bis zum", "seit dem", "am frühen", "am späten", "am späteren", "in den frühen", "in den späten", "in den", "in der", "bis in die", "bis in den", "seit dem frühen", "seit dem späten", "bis zum frühen", "bis zum späten", "bis in den späten"],
  /** Modifiers of weekdays and calendar units: -1 past, 0 this, 1 next. */
  modifiers: {
    vergangene: -1, vergangenen: -1, vergangener: -1, vergangenem: -1, vergangenes: -1,
    letzte: -1, letzten: -1, letzter: -1, letztem: -1, letztes: -1,
    vorige: -1, vorigen: -1, voriger: -1, vorigem: -1, voriges: -1,
    diese: 0, diesen: 0, dieser: 0, diesem: 0, dieses: 0, laufenden: 0, laufende: 0,
    nächste: 1, nächsten: 1, nächster: 1, nächstem: 1, nächstes: 1,
    kommende: 1, kommenden: 1, kommender: 1, kommendem: 1, kommendes: 1,
  },
  /** Seasons and their TIMEX3 codes. */
  seasons: { frühling: "SP", frühjahr: "SP", frühjahrs: "SP", sommer: "SU", sommers: "SU", herbst: "FA", herbstes: "FA", winter: "WI", winters: "WI" },
  holidays: {
    Weihnachten: "12-25", Heiligabend: "12-24", "Heiligen Abend": "12-24", "ersten Weihnachtsfeiertag": "12-25", "zweiten Weihnachtsfeiertag": "12-26",
    Silvester: "12-31", Neujahr: "01-01", Neujahrstag: "01-01", "Tag der Arbeit": "05-01", "Tag der Deutschen Einheit": "10-03", Allerheiligen: "11-01",
    Ostern: "E+0", Ostersonntag: "E+0", Ostermontag: "E+1", Karfreitag: "E-2", Gründonnerstag: "E-3", Palmsonntag: "E-7", Karsamstag: "E-1",
    Pfingsten: "E+49", Pfingstsonntag: "E+49", Pfingstmontag: "E+50", "Christi Himmelfahrt": "E+39", Fronleichnam: "E+60",
    Jahresbeginn: "Y-01-01", Jahresanfang: "Y-01-01", Jahresende: "Y-12-31",
  },
  yearParts: { Quartal: "Q", Quartals: "Q", Vierteljahr: "Q", Vierteljahres: "Q", Geschäftsquartal: "Q", Halbjahr: "H", Halbjahres: "H", Jahreshälfte: "H" },
  /** Calendar units: form -> TIMEX3 unit letter (H and MIN are clock units). */
  units: {
    tag: "D", tage: "D", tagen: "D", tages: "D", woche: "W", wochen: "W", monat: "M", monate: "M", monaten: "M",
    monats: "M", wochenende: "WE", wochenendes: "WE", jahr: "Y", jahre: "Y", jahren: "Y", jahres: "Y", jahrzehnt: "DE", jahrzehnte: "DE", jahrzehnten: "DE",
    stunde: "H", stunden: "H", minute: "MIN", minuten: "MIN",
  },
  /** Plural unit forms used without a number ("seit Tagen"). */
  vagueUnits: { tagen: "D", wochen: "W", monaten: "M", jahren: "Y", stunden: "H", jahrzehnten: "DE" },
  shiftWords: { später: 1, danach: 1, darauf: 1, zuvor: -1, vorher: -1, früher: -1 },
  /** Count assumed for a plural unit without a number (the gold convention: "seit Tagen" -> P3D). */
  vagueCount: 3,
  numbers: {
    ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
    neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40,
    fünfzig: 50, hundert: 100, anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5,
  },
  ordinals: {
    ersten: 1, erste: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4, fünften: 5, fünfte: 5,
    sechsten: 6, sechste: 6, siebten: 7, siebte: 7, achten: 8, achte: 8, neunten: 9, neunte: 9, zehnten: 10, zehnte: 10,
    elften: 11, zwölften: 12, dreizehnten: 13, vierzehnten: 14, fünfzehnten: 15, sechzehnten: 16, siebzehnten: 17, achtzehnten: 18,
    neunzehnten: 19, zwanzigsten: 20, einundzwanzigsten: 21,
  },
  /** Vague quantities ("vor wenigen Tagen" -> PAST_REF). */
  vagueQuantities: ["wenigen", "einigen", "mehreren", "ein paar", "wenige", "einige", "mehrere", "vielen", "etlichen"],
  /** Approximators allowed before a number in "vor gut einer Woche". */
  approximators: ["gut", "knapp", "etwa", "rund", "fast", "mehr als", "über", "nicht ganz", "ungefähr", "circa", "ca.", "mindestens", "genau", "nur", "erst"],
  /** Vague present-time words (TIMEX3 PRESENT_REF). */
  presentWords: ["nun", "derzeit", "bisher", "bislang", "zuletzt", "jetzt", "aktuell", "momentan", "gegenwärtig", "zurzeit"],
  /** Vague past phrases (PAST_REF). */
  pastPhrases: ["vor kurzem", "kürzlich", "jüngst", "unlängst", "in den vergangenen tagen", "in den letzten tagen", "in den vergangenen wochen", "in den letzten wochen"],
  /** Words after which a bare four-digit number is a year ("seit 2017", "als 2019"). */
  yearPreps: ["im", "in", "seit", "bis", "ab", "von", "vor", "nach", "als", "um", "jahr", "jahre", "jahres", "anfang", "mitte", "ende", "sommer", "winter", "frühjahr", "herbst", "frühling", "zwischen", "des", "für"],
  /** Words before a number that make it a count, not a year. */
  quantityWords: ["mindestens", "rund", "etwa", "über", "fast", "knapp", "mehr", "weniger", "zu", "insgesamt", "nur", "circa", "ca.", "ungefähr", "bis zu", "weitere", "alle", "diese", "mit"],
  /** A year may stand before a lower-case word ("2017 gegründet"); capitalised words are counted nouns. */
  /** Plural unit forms: "in den letzten Jahren" is a vague past, not a year. */
  pluralUnits: ["tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren", "jahrzehnte", "jahrzehnten", "stunden", "minuten"],
  yearFollowers: [],
  /** German puts the year after the noun ("die Wahl 2019"): no determiner makes it a modifier. */
  yearDeterminers: [],
  /** Words after "<number> Jahre" that make it an age, not a duration. */
  ageFollowers: ["alt", "älter", "jünger", "jung"],
  /** Phrases before a number that make it an age. */
  agePreps: ["alter von", "im alter von", "mit", "mit nur", "mit gerade", "mit erst"],
  /** Cues in a sentence that put a bare weekday or month in the future ("Am Sonntag wird gewählt") ... */
  futureCues: ["wird", "werden", "soll", "sollen", "will", "wollen", "plant", "planen", "geplant", "bevorstehenden", "anstehenden"],
  /** ... unless the sentence also has a past cue. */
  pastCues: ["worden", "wurde", "wurden", "war", "waren", "hatte", "hatten", "habe", "hat", "haben", "sei", "seien", "gewesen", "seit", "vergangenen", "letzten"],
  /** "sollen ... gestorben sein", "soll ... festgenommen worden sein": a hedged past, not a future. */
  pastForms: ["\\p{Ll}+(?:t|en)\\s+(?:worden\\s+)?(?:sein|haben)(?=\\s*[,.;:!?\"“”]|\\s*$)"],
  /** "auf Samstag verschoben", "vertagt bis Montag": the day lies ahead. */
  futureForms: ["(?:verschoben|vertagt|verlegt)\\s+(?:auf|bis)", "(?:auf|bis)\\s+(?:\\S+\\s+){1,3}(?:verschoben|vertagt|verlegt)(?![\\p{L}])"],
  rangeWords: ["seit", "bis", "ab", "von", "vom"],
  sinceWords: ["seit"],
  /** Cues in the dateline that give the anchor date-time ("Stand: 08.01.2022 09:12 Uhr"). */
  anchorCues: ["stand", "aktualisiert", "zuletzt aktualisiert", "veröffentlicht", "datum"],
  /** Rules: pattern templates (case-insensitive unless caseSensitive). */
  rules: [
    // 08.01.2022 09:12 Uhr / 8.1.22 / am 08.01.2022 um 20 Uhr
    { kind: "date", pattern: "(?:(?:am|vom|bis|zum|seit|ab|bis zum)\\s+)?(?:{WEEKDAY},?\\s+)?(?:(?:den|dem)\\s+(?:heutigen\\s+|gestrigen\\s+|morgigen\\s+)?)?{DAY}\\.\\s?{MM}\\.\\s?{YEAR2}{TIMEOPT}" },
    // am 07. Januar 2022 um 20:00 Uhr / 21.September / Mittwoch 21.September / 7. Jan. 2022
    { kind: "date", pattern: "(?:(?:am|vom|bis|zum|seit|ab|bis zum)\\s+)?(?:{WEEKDAY},?\\s+)?(?:(?:den|dem)\\s+(?:heutigen\\s+|gestrigen\\s+|morgigen\\s+)?)?{DAY}\\.\\s?{MONTH}\\.?(?:\\s+{YEAR}|\\s+{MOD}\\s+Jahres)?{TIMEOPT}" },
    // am 27./28. September / vom 3. bis 5. Mai 1940: the first day
    { kind: "date", pattern: "(?:(?:am|vom|bis|zum|seit|ab)\\s+)?{DAY}\\.\\s?(?:/|–|-|und|bis)\\s?{DAY2}\\.\\s?{MONTH}\\.?(?:\\s+{YEAR})?" },
    // am Morgen des 9. Februar / in der Nacht des 3. Mai 1945: a part of that day
    { kind: "date", pattern: "(?:(?:am|in\\s+der|in\\s+den|im\\s+Laufe\\s+des|gegen|seit\\s+dem|bis\\s+zum)\\s+)?(?:(?:frühen|späten)\\s+)?{POD}\\s+des\\s+{DAY}\\.\\s?{MONTH}\\.?(?:\\s+{YEAR})?" },
    // am 12.03. (day and month only, after a preposition)
    { kind: "date", pattern: "(?:am|vom|bis|zum|seit|ab|bis zum)\\s+(?:{WEEKDAY},?\\s+)?(?:den\\s+)?{DAY}\\.\\s?{MM}\\.(?!\\s?\\d)" },
    // ISO dates
    { kind: "date", pattern: "{YEAR}-{MM}-{DAY}(?:[T ]{HOUR}:{MIN})?" },
    // im November 2019 / Mitte April / seit Anfang Mai
    { kind: "month", pattern: "(?:(?:im|seit|bis|ab|vom|zum|bis zum|bis in den|seit dem|von)\\s+)?(?:(?:Anfang|Mitte|Ende)\\s+)?{MONTH}\\s+(?:{YEAR}|{MOD}\\s+Jahres)" },
    // Mai/Juni 1940: the first month
    { kind: "month", pattern: "(?:(?:im|seit|bis|ab|von)\\s+)?{MONTH}\\s?(?:/|–|-)\\s?{MONTH2}\\s+{YEAR}" },
    // im vergangenen Juni / letzten März / im kommenden Mai
    { kind: "month", pattern: "(?:(?:im|seit|bis|ab|vom|zum)\\s+)?{MMOD}\\s+{MONTH}(?!\\s+\\d)" },
    // A month without a year needs a preposition ("August" alone is often a name).
    { kind: "month", pattern: "(?:(?:im|seit|bis|ab|vom|zum|bis zum|bis in den|seit dem|von|für|Anfang|Mitte|Ende)\\s+)+{MONTH}" },
    // am Vortag / tags darauf / am nächsten Tag (before "relunit" so that it wins ties)
    { kind: "refday", pattern: "{REFDAY}" },
    // im selben Jahr / im folgenden Monat: from the time mentioned last
    { kind: "refunit", pattern: "{REFUNIT}" },
    // am Tag nach dem Angriff / am Tag vor der Wahl: the day after or before the event mentioned last
    { kind: "refday", pattern: "(?<ref>am\\s+Tag\\s+(?:nach|vor))\\s+(?:dem|der|den)\\s+\\p{Lu}\\p{L}+" },
    // im vergangenen Jahr / vergangene Woche / in diesem Monat / Ende vergangenen Jahres
    { kind: "relunit", pattern: "(?:(?:im|in\\s+der|in\\s+den|in\\s+diesem|am|seit|bis|ab|Anfang|Mitte|Ende)\\s+)?(?:(?:des|der)\\s+)?{MOD}\\s+{UNIT}" },
    // am Wochenende / Anfang der Woche / Ende des Jahres
    { kind: "relunit", pattern: "(?:am|übers|über\\s+das|an\\s+diesem|seit\\s+dem|bis\\s+zum|vom)\\s+(?<unit>Wochenende)" },
    { kind: "relunit", pattern: "(?:(?:seit|bis)\\s+)?(?:Anfang|Mitte|Ende|Beginn|zu\\s+Beginn|im\\s+Laufe|im\\s+Verlauf)\\s+(?:der|des|dieser|dieses)\\s+{UNIT}" },
    // in der Nacht zum Donnerstag / in der Nacht von Mittwoch auf Donnerstag
    { kind: "nightbefore", pattern: "(?:(?:in|während|über)\\s+)?(?:der|die)\\s+Nacht\\s+(?:vo[nm]\\s+(?:[A-ZÄÖÜ][a-zäöüß]+|\\d{1,2}\\.)\\s+)?(?:zum|zu|auf\\s+den|auf)\\s+(?:{WEEKDAY}|{DAY}\\.\\s?{MONTH}\\.?(?:\\s+{YEAR})?)" },
    // jeden Freitag (a set)
    { kind: "set", pattern: "(?:jeden|jede|immer)\\s+{WEEKDAY}" },
    // am Freitag / am vergangenen Samstag / Freitagabend / am Freitag Abend / seit Montag
    { kind: "weekday", pattern: "(?:(?:am|seit|bis|ab|vom|zum|bis zum|für|an diesem|an jenem|diesen)\\s+)?(?:{MOD}\\s+)?{WEEKDAY}(?:\\s*{POD})?{TIMEOPT}" },
    // gestern Abend / seit gestern / heute Morgen
    // heute Montag / morgen Dienstag: the weekday names the same day
    { kind: "relday", pattern: "(?:(?:seit|bis|ab|von|noch|erst|schon)\\s+)?{RELDAY}(?:\\s+{POD}|,?\\s+{WEEKDAY})?{TIMEOPT}" },
    { kind: "relday", pattern: "(?:(?:bis|ab|ebenfalls|schon|erst|noch)\\s+)?{RELDAYCS}(?!\\s*(?:früh|abend|nachmittag|vormittag))(?:,?\\s+{WEEKDAY})?", caseSensitive: true },
    // "Morgen" capitalised at the start of a sentence is "tomorrow" when the sentence speaks of the future
    { kind: "reldayfuture", pattern: "(?<=^|[.!?:]\\s+|\\n)(?<rel>Morgen)(?=\\s+\\p{Ll})", caseSensitive: true },
    // heute Nacht / in der vergangenen Nacht / in der Nacht
    { kind: "dayphrase", pattern: "{DAYPHRASE}" },
    // am Abend / am Morgen
    { kind: "pod", pattern: "{PODPREP}\\s+{POD}" },
    // zwei Tage später / drei Jahre zuvor / wenige Stunden danach: from the time mentioned last
    { kind: "refshift", pattern: "(?:{APPROX}\\s+)?(?:{NUM}|{VAGUEQ})\\s+{UNIT}\\s+{SHIFT}" },
    // vor gut einer Woche / vor zwei Jahren / vor wenigen Tagen
    { kind: "ago", pattern: "vor\\s+(?:{APPROX}\\s+)?(?:{NUM}|{VAGUEQ})\\s+{UNIT}" },
    // seit Tagen / seit Wochen
    { kind: "vagueduration", pattern: "(?:seit|für|nach|über)\\s+{VAGUEUNIT}" },
    // den dritten Tag in Folge
    { kind: "ordduration", pattern: "(?:(?:den|am|zum|seit dem)\\s+)?{ORD}\\s+{UNIT}\\s+(?:in\\s+Folge|hintereinander|nacheinander)" },
    // drei Tage / seit zwei Wochen / 48 Stunden
    { kind: "duration", pattern: "(?:(?:seit|für|binnen|innerhalb\\s+von|innerhalb|nach|über|die\\s+vergangenen|die\\s+letzten|den\\s+vergangenen|den\\s+letzten|in\\s+den\\s+vergangenen|in\\s+den\\s+letzten)\\s+)?(?:{APPROX}\\s+)?{NUM}\\s+{UNIT}" },
    // in zwei Wochen (a date when the sentence speaks of the future, else a duration) / in wenigen Tagen
    { kind: "inunit", pattern: "in\\s+(?:{APPROX}\\s+)?(?:{NUM}|{VAGUEQ})\\s+{UNIT}" },
    // im Sommer 2021 / im vergangenen Herbst / seit dem Frühjahr
    { kind: "season", pattern: "(?:im|seit\\s+dem|bis\\s+zum|ab\\s+dem|Anfang\\s+des|Mitte\\s+des|Ende\\s+des|diesen|letzten|vergangenen|nächsten|kommenden)\\s+(?:{MOD}\\s+)?{SEASON}(?:\\s+{YEAR})?" },
    // Winter 1918 / im Herbst des Jahres 1917 / Winter 1941/42
    { kind: "season", pattern: "(?:(?:im|seit\\s+dem|bis\\s+zum|ab\\s+dem|Anfang\\s+des|Mitte\\s+des|Ende\\s+des)\\s+)?{SEASON}\\s+(?:des\\s+Jahres\\s+)?{YEAR}(?:/(?:\\d{4}|\\d{2}))?" },
    // an Weihnachten 1966 / seit Ostern / am Karfreitag
    { kind: "holiday", pattern: "(?:(?:an|am|zu|zum|seit|bis|vor|nach|über|um|bis\\s+zum|seit\\s+dem)\\s+)?{HOLIDAY}(?:\\s+{YEAR})?" },
    // im Geschäftsjahr 2023: a fiscal year
    { kind: "year", pattern: "(?:(?:im|seit\\s+dem|für\\s+das|das)\\s+)?(?<fiscal>Geschäftsjahr|Haushaltsjahr|Fiskaljahr)\\s+{YEAR}(?:/\\d{2,4})?" },
    // im dritten Quartal 2023 / im 1. Halbjahr / im laufenden Quartal / Q3 2023
    { kind: "quarter", pattern: "(?:(?:im|seit\\s+dem|bis\\s+zum|ab\\s+dem|für\\s+das|das)\\s+)?(?:{ORD}|{MMOD})\\s+{YEARPART}(?:\\s+(?:des\\s+Jahres\\s+)?{YEAR}|\\s+{MOD}\\s+Jahres)?" },
    { kind: "quarter", pattern: "(?:(?:im|seit|bis)\\s+)?Q{QN}(?:\\s*[/-]?\\s*{YEAR})?" },
    // in der 12. Kalenderwoche / KW 12/2024
    { kind: "isoweek", pattern: "(?:(?:in\\s+der|seit\\s+der|ab\\s+der|bis\\s+zur)\\s+)?{WEEKNO}\\.\\s+Kalenderwoche(?:\\s+{YEAR})?" },
    { kind: "isoweek", pattern: "(?:(?:in\\s+der|seit\\s+der|ab\\s+der|bis\\s+zur)\\s+)?(?:KW|Kalenderwoche)\\s?{WEEKNO}(?:\\s*/?\\s*{YEAR})?" },
    // um 20:00 Uhr / gegen 7.15 Uhr / 12:42
    { kind: "time", pattern: "(?:(?:um|gegen|ab|bis|seit|kurz\\s+vor|kurz\\s+nach|nach|vor)\\s+)?{HOUR}(?:[:.]{MIN})?\\s*Uhr" },
    { kind: "time", pattern: "(?:(?:um|gegen|ab|bis|seit)\\s+)?{HOUR}:{MIN}(?!:?\\d)" },
    // im 19. Jahrhundert / Anfang des zwanzigsten Jahrhunderts
    { kind: "century", pattern: "(?:(?:im|seit\\s+dem|bis\\s+zum|bis\\s+ins|ins|des|Anfang\\s+des|Mitte\\s+des|Ende\\s+des|zu\\s+Beginn\\s+des)\\s+)?{ORD}\\s+Jahrhunderts?" },
    // 508 v. Chr. / um 1230 v. Chr.
    { kind: "erayear", pattern: "(?:(?:im\\s+Jahr(?:e)?|um|seit|bis|ab|vor|nach|von)\\s+)?(?<eyear>\\d{1,4})\\s+{ERA}" },
    // die sechziger Jahre / in den Neunzigern
    { kind: "decade", pattern: "(?:(?:in\\s+den|seit\\s+den|der|die|Anfang\\s+der|Mitte\\s+der|Ende\\s+der)\\s+)?{DECADEWORD}(?:[\\s-]*Jahren?|[\\s-]*Jahre|n)" },
    // die 1990er Jahre / in den 80er-Jahren
    { kind: "decade", pattern: "(?:(?:in\\s+den|seit\\s+den|der|die|Anfang\\s+der|Mitte\\s+der|Ende\\s+der)\\s+)?(?<century>1[5-9]|20)?(?<decade>\\d)0er(?:[\\s-]*Jahren?|[\\s-]*Jahre)?" },
    // im Jahr 2019 / seit 2017 / 2017 gegründet
    { kind: "year", pattern: "(?:(?:im|seit\\s+dem|bis\\s+zum)\\s+Jahre?|(?:(?:seit|bis|ab|gegen)\\s+)?(?:Anfang|Mitte|Ende|Beginn|zu\\s+Beginn|im\\s+Laufe|im\\s+Verlauf)(?:\\s+des\\s+Jahres)?)\\s+{YEAR}" },
    { kind: "year", pattern: "(?:(?:seit|bis|ab)\\s+)?{YEAR}" },
    { kind: "present", pattern: "{PRESENT}" },
    { kind: "past", pattern: "{PAST}" },
  ],
  /** Clock suffix after an hour ("20 Uhr"). */
  clock: "\\s*Uhr",
  /** The clock counts 24 hours ("21 Uhr"). */
  meridiem: null,
  timePreps: ["um", "gegen", "ab", "bis"],
};
export default time;
