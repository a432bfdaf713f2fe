// English temporal knowledge for the time tagger (HeidelTime-style resources): word tables and
// rule patterns. See src/lang/de/time.ts for how the placeholders are expanded.
import type { TimeLang } from "../types.js";

const time: TimeLang = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
    december: 12, dec: 12,
  },
  weekdays: {
    // "Mon", "Wed", "Sat" and "Sun" are left out: they are words and names ("The Sun") more often than weekdays.
    monday: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, thursday: 4, thurs: 4, thu: 4, friday: 5, fri: 5,
    saturday: 6, sunday: 7,
  },
  partsOfDay: {
    morning: "TMO", noon: "TMI", midday: "TMI", afternoon: "TAF", evening: "TEV", night: "TNI",
  },
  relativeDays: { yesterday: -1, today: 0, tomorrow: 1 },
  relativeDaysCaseSensitive: {},
  dayPhrases: {
    tonight: [0, "TNI"], "last night": [-1, "TNI"], overnight: [-1, "TNI"], "this morning": [0, "TMO"],
    "this afternoon": [0, "TAF"], "this evening": [0, "TEV"], "through the night": [-1, "TNI"],
    "during the night": [-1, "TNI"], "in the night": [-1, "TNI"], "over the night": [-1, "TNI"], "a night of": [-1, "TNI"],
    "the night before": [-1, "TNI"], "earlier in the day": [0, ""], "later in the day": [0, ""],
  },
  referenceDays: { "the day before": -1, "the previous day": -1, "a day earlier": -1, "the next day": 1, "the following day": 1, "a day later": 1, "the day after": 1, "the same day": 0, "that same day": 0 },
  referenceUnits: {
    "the year before": [-1, "Y"], "the previous year": [-1, "Y"], "the preceding year": [-1, "Y"], "the following year": [1, "Y"],
    "that year": [0, "Y"], "that same year": [0, "Y"], "the same year": [0, "Y"], "later that year": [0, "Y"], "earlier that year": [0, "Y"],
    "the following month": [1, "M"], "the previous month": [-1, "M"], "that month": [0, "M"], "the same month": [0, "M"],
    "later that month": [0, "M"], "earlier that month": [0, "M"],
  },
  decadeWords: { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 },
  eras: { BC: -1, BCE: -1, "B.C.": -1, "B.C.E.": -1, AD: 1, CE: 1, "A.D.": 1, "C.E.": 1 },
  referenceDayParts: {
    "the following morning": [1, "TMO"], "the next morning": [1, "TMO"], "the following evening": [1, "TEV"], "the next evening": [1, "TEV"],
    "the following night": [1, "TNI"], "the next night": [1, "TNI"], "that morning": [0, "TMO"], "that afternoon": [0, "TAF"], "that evening": [0, "TEV"],
    "that night": [0, "TNI"], "the same night": [0, "TNI"], "later that day": [0, ""], "earlier that day": [0, ""],
  },
  partOfDayPreps: ["in the", "early in the", "late in the", "by the", "until the", "since the", "in the late", "in the early", "by late", "by early", "until late", "since"],
  modifiers: {
    last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1,
  },
  seasons: { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" },
  holidays: {
    Christmas: "12-25", "Christmas Day": "12-25", "Christmas Eve": "12-24", "Boxing Day": "12-26", "New Year's Day": "01-01", "New Year's Eve": "12-31",
    "May Day": "05-01", Halloween: "10-31", "Valentine's Day": "02-14", "All Saints' Day": "11-01", "Armistice Day": "11-11", "Remembrance Day": "11-11",
    Easter: "E+0", "Easter Sunday": "E+0", "Easter Monday": "E+1", "Good Friday": "E-2", "Maundy Thursday": "E-3", "Holy Saturday": "E-1", "Palm Sunday": "E-7",
    Pentecost: "E+49", "Whit Sunday": "E+49", "Whit Monday": "E+50", "Ascension Day": "E+39",
  },
  yearParts: { quarter: "Q", half: "H" },
  units: {
    day: "D", days: "D", week: "W", weeks: "W", month: "M", months: "M", weekend: "WE", year: "Y", years: "Y", decade: "DE", decades: "DE",
    hour: "H", hours: "H", minute: "MIN", minutes: "MIN",
  },
  vagueUnits: { days: "D", weeks: "W", months: "M", years: "Y", hours: "H", decades: "DE" },
  shiftWords: { later: 1, afterwards: 1, afterward: 1, earlier: -1 },
  vagueCount: 3,
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
    twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  },
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
    nineteenth: 19, twentieth: 20, "twenty-first": 21,
  },
  vagueQuantities: ["a few", "few", "several", "some", "many", "a couple of", "a number of"],
  approximators: ["about", "around", "nearly", "almost", "more than", "over", "less than", "roughly", "some", "just", "only", "barely", "at least", "exactly"],
  presentWords: ["currently", "now", "so far", "at present", "at the moment", "presently", "to date", "as of now"],
  pastPhrases: ["recently", "in recent days", "in recent weeks", "in recent months", "in recent years", "the preceding days", "in the past few days", "in the past days", "earlier this week"],
  yearPreps: ["in", "since", "until", "till", "by", "from", "of", "than", "before", "after", "during", "through", "to", "year", "early", "mid", "late", "between", "for", "around", "c", "circa"],
  quantityWords: ["at least", "about", "around", "nearly", "almost", "over", "more than", "some", "another", "all", "with", "up to", "only", "roughly", "than"],
  pluralUnits: ["days", "weeks", "months", "years", "decades", "hours", "minutes"],
  yearFollowers: ["the", "a", "an", "and", "or", "but", "when", "after", "before", "as", "to", "in", "on", "at", "was", "were", "is", "are", "had", "has", "have", "with", "by", "for", "of", "that", "which", "while", "it", "he", "she", "they", "we", "there", "this", "until", "amid", "during", "following", "elections", "election", "vote", "protests", "uprising", "war", "invasion", "coup", "census", "earthquake", "olympics", "from", "onward", "onwards", "through", "per", "also", "alone", "only", "again", "then", "saw", "would", "will", "could", "can", "did", "became"],
  yearDeterminers: ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "whose"],
  ageFollowers: ["old", "older", "younger", "of age"],
  agePreps: ["aged", "age of", "ages of"],
  futureCues: ["will", "'ll", "shall", "is due to", "are due to", "is expected to", "are expected to", "is scheduled", "are scheduled", "is set to", "are set to", "plans to", "plan to", "planned for", "upcoming", "to be held"],
  pastCues: ["said", "was", "were", "had", "did", "told", "announced", "reported", "ago", "last", "since", "earlier"],
  pastForms: [],
  /** "postponed until Saturday", "delayed to next week": the day lies ahead. */
  futureForms: ["(?:postponed|delayed|adjourned|rescheduled|put\\s+off|pushed\\s+back|moved)\\s+(?:until|till|to)(?![\\p{L}])"],
  rangeWords: ["since", "until", "till", "by", "through", "from"],
  sinceWords: ["since"],
  anchorCues: ["updated", "last updated", "published", "posted"],
  rules: [
    // 29 Nov 2024 - 12:42 / 7 January 2022 / on Friday, 7 January
    { kind: "date", pattern: "(?:(?:[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom)\\s+)?(?:{WEEKDAY},?\\s+)?(?:the\\s+)?{DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?{MONTH}\\.?(?:,?\\s+{YEAR})?{TIMEOPT}", caseSensitive: true },
    // January 7, 2022 / Jan. 7 / on Tuesday, Jan 7
    { kind: "date", pattern: "(?:(?:[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom)\\s+)?(?:{WEEKDAY},?\\s+)?{MONTH}\\.?\\s+{DAY}(?:st|nd|rd|th)?(?:,?\\s+{YEAR})?{TIMEOPT}", caseSensitive: true },
    // September 27-28 / 27-28 September 2022: the first day
    { kind: "date", pattern: "(?:(?:[Oo]n|[Ff]rom|[Bb]etween)\\s+)?{MONTH}\\.?\\s+{DAY}(?:st|nd|rd|th)?\\s?(?:[-–/]|and|to)\\s?{DAY2}(?:st|nd|rd|th)?(?:,?\\s+{YEAR})?", caseSensitive: true },
    { kind: "date", pattern: "(?:(?:[Oo]n|[Ff]rom|[Bb]etween)\\s+)?{DAY}(?:st|nd|rd|th)?\\s?(?:[-–/]|and|to)\\s?{DAY2}(?:st|nd|rd|th)?\\s+{MONTH}\\.?(?:,?\\s+{YEAR})?", caseSensitive: true },
    // the morning of February 9 / on the night of 3 May 1945: a part of that day
    { kind: "date", pattern: "(?:(?:[Oo]n|[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil)\\s+)?the\\s+(?:(?:early|late)\\s+)?{POD}\\s+of\\s+(?:{WEEKDAY},?\\s+)?{MONTH}\\.?\\s+{DAY}(?:st|nd|rd|th)?(?:,?\\s+{YEAR})?", caseSensitive: true },
    { kind: "date", pattern: "(?:(?:[Oo]n|[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil)\\s+)?the\\s+(?:(?:early|late)\\s+)?{POD}\\s+of\\s+(?:{WEEKDAY},?\\s+)?(?:the\\s+)?{DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?{MONTH}\\.?(?:,?\\s+{YEAR})?", caseSensitive: true },
    // 01:10 PM | 17 Oct, 2020 (a web dateline: clock time first)
    { kind: "date", pattern: "{HOUR}:{MIN}\\s*{CLOCK}\\s*[|,–—-]\\s*{DAY}\\s+{MONTH}\\.?,?\\s+{YEAR}", caseSensitive: true },
    // ISO dates and US numeric dates
    { kind: "date", pattern: "{YEAR}-{MM}-{DAY}(?:[T ]{HOUR}:{MIN})?" },
    { kind: "date", pattern: "{MM}/{DAY}/{YEAR}" },
    // in November 2019 / since mid-April / November 2019
    { kind: "month", pattern: "(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|[Dd]uring)\\s+)?(?:(?:[Ee]arly|[Mm]id|[Ll]ate|the end of|the beginning of|the middle of)[\\s-]+)?{MONTH}\\.?(?:,?\\s+(?:of\\s+)?{YEAR})", caseSensitive: true },
    { kind: "month", pattern: "(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]hrough|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|(?:[Aa]t\\s+|[Bb]y\\s+)?the\\s+(?:end|beginning|start|middle)\\s+of)[\\s-]+)+{MONTH}(?![\\p{L}\\p{N}])(?!\\s+\\d)(?!\\s+\\p{Lu})", caseSensitive: true },
    // May/June 1940: the first month
    { kind: "month", pattern: "(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom)\\s+)?{MONTH}\\s?(?:/|–|-)\\s?{MONTH2}(?:,?\\s+(?:of\\s+)?{YEAR})", caseSensitive: true },
    // last June / this March / next May
    { kind: "month", pattern: "(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y)\\s+)?{MMOD}\\s+{MONTH}(?![\\p{L}\\p{N}])(?!\\s+\\d)", caseSensitive: true },
    // the next day / the day before (before "relunit" so that it wins ties)
    { kind: "refday", pattern: "{REFDAY}" },
    // that year / the following month: from the time mentioned last
    { kind: "refunit", pattern: "{REFUNIT}" },
    // last year / last week / this month / earlier this year
    { kind: "relunit", pattern: "(?:(?:in|during|over|since|earlier|later|until|for)\\s+)?(?:the\\s+)?{MOD}\\s+{UNIT}" },
    // at the weekend / over the weekend
    { kind: "relunit", pattern: "(?:at|over|during|on|since|until|by)\\s+the\\s+(?<unit>weekend)" },
    // by the end of the year / the beginning of the month
    { kind: "relunit", pattern: "(?:(?:at|by|until|since|toward|towards|before|from)\\s+)?the\\s+(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+(?:the|this|that)\\s+{UNIT}" },
    // every Friday (a set)
    { kind: "set", pattern: "(?:[Ee]very|[Ee]ach)\\s+{WEEKDAY}", caseSensitive: true },
    // on Friday / Tuesday / last Saturday / Friday night / Sunday's
    { kind: "weekday", pattern: "(?:(?:[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ll]ate|[Ee]arly)\\s+)?(?:{MOD}\\s+)?{WEEKDAY}(?:\\s+{POD})?{TIMEOPT}", caseSensitive: true },
    // yesterday evening / since yesterday / today
    { kind: "relday", pattern: "(?:(?:since|until|from|by)\\s+)?{RELDAY}(?:\\s+{POD})?" },
    // the night of Wednesday / overnight / last night / tonight
    { kind: "nightbefore", pattern: "(?:during\\s+|in\\s+|on\\s+)?the\\s+night\\s+(?:before|to)\\s+{WEEKDAY}" },
    { kind: "nightbefore", pattern: "overnight\\s+(?:into|to)\\s+{WEEKDAY}" },
    { kind: "dayphrase", pattern: "{DAYPHRASE}" },
    // for a second night
    { kind: "ordnight", pattern: "for\\s+(?:a|the)\\s+{ORD}\\s+(?:straight\\s+|consecutive\\s+|successive\\s+)?night" },
    // in the morning / in the evening
    { kind: "pod", pattern: "{PODPREP}\\s+{POD}" },
    // two days later / three years earlier / a few hours later: from the time mentioned last
    { kind: "refshift", pattern: "(?:{APPROX}\\s+)?(?:{NUM}|{VAGUEQ})[\\s-]+{UNIT}\\s+{SHIFT}" },
    // a week ago / two years ago / a few days ago
    { kind: "ago", pattern: "(?:{APPROX}\\s+)?(?:{NUM}|{VAGUEQ})\\s+{UNIT}\\s+ago" },
    // for days / for weeks
    { kind: "vagueduration", pattern: "(?:for|after|over)\\s+{VAGUEUNIT}" },
    // for the third day in a row
    { kind: "ordduration", pattern: "(?:for\\s+)?(?:the|a)\\s+{ORD}\\s+(?:straight\\s+|consecutive\\s+|successive\\s+)?{UNIT}(?:\\s+(?:in\\s+a\\s+row|running))?" },
    // three days / for two weeks / 48 hours
    { kind: "duration", pattern: "(?:(?:for|within|after|over|the\\s+past|the\\s+last|in\\s+the\\s+past|in\\s+the\\s+last|over\\s+the\\s+past|over\\s+the\\s+last)\\s+)?(?:{APPROX}\\s+)?{NUM}[\\s-]+{UNIT}" },
    // in two weeks (a date when the sentence speaks of the future, else a duration)
    { kind: "inunit", pattern: "in\\s+(?:{APPROX}\\s+)?(?:{NUM}|{VAGUEQ})\\s+{UNIT}" },
    // in the summer of 2021 / last winter / this spring
    { kind: "season", pattern: "(?:(?:in|during|since|until|by|through|over)\\s+(?:the\\s+)?|(?:early|late)\\s+|(?=(?:this|last|next|past)\\s))(?:{MOD}\\s+)?{SEASON}(?:\\s+(?:of\\s+)?{YEAR})?(?!\\s+of\\s+(?:the\\s+)?\\p{Lu})" },
    // the winter of 1776 / summer 2021 / winter 1941-42
    { kind: "season", pattern: "(?:(?:in|during|since|until|by|through|over)\\s+)?(?:the\\s+)?{SEASON}\\s+(?:of\\s+)?{YEAR}(?:\\s*[-–/]\\s*(?:\\d{4}|\\d{2})(?!\\d))?" },
    // on Christmas Day 1966 / since Easter / at Christmas
    { kind: "holiday", pattern: "(?:(?:[Oo]n|[Aa]t|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|[Oo]ver|[Dd]uring)\\s+)?{HOLIDAY}(?:,?\\s+(?:of\\s+)?{YEAR})?", caseSensitive: true },
    // the third quarter of 2023 / its fiscal first quarter / the first half of the year / Q3 2023 (not "the first half of the match")
    { kind: "quarter", pattern: "(?:(?:[Ii]n|[Dd]uring|[Ff]or|[Ss]ince|[Bb]y|[Oo]ver)\\s+)?(?:(?:the|its|their)\\s+)?(?:fiscal\\s+|financial\\s+)?(?:{ORD}|{MMOD})[\\s-]+(?:fiscal\\s+|financial\\s+)?(?<ypart>quarter)(?:\\s+(?:of\\s+(?:fiscal\\s+|financial\\s+)?)?{YEAR}|\\s+of\\s+(?:the|this)\\s+year)?(?!\\s+of\\s)", caseSensitive: true },
    { kind: "quarter", pattern: "(?:(?:[Ii]n|[Dd]uring|[Ff]or|[Ss]ince|[Bb]y|[Oo]ver)\\s+)?(?:the\\s+)?{ORD}[\\s-]+(?<ypart>half)\\s+of\\s+(?:{YEAR}|(?:the|this)\\s+year)", caseSensitive: true },
    { kind: "quarter", pattern: "(?:(?:[Ii]n|[Dd]uring|[Ff]or|[Ss]ince|[Bb]y)\\s+)?(?:fiscal\\s+)?Q{QN}(?:\\s*[/-]?\\s*(?:FY\\s?)?{YEAR})?", caseSensitive: true },
    // calendar week 12 / week 12 of 2024
    { kind: "isoweek", pattern: "(?:(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y)\\s+)?calendar\\s+week\\s+{WEEKNO}(?:\\s+of\\s+{YEAR})?" },
    { kind: "isoweek", pattern: "(?:(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y)\\s+)?week\\s+{WEEKNO}\\s+of\\s+{YEAR}" },
    // at 8 p.m. / 12:42 / 8:30 am
    { kind: "time", pattern: "(?:(?:at|around|about|by|until|since|from|before|after)\\s+)?{HOUR}(?::{MIN})?\\s*{CLOCK}" },
    { kind: "time", pattern: "(?:(?:at|around|by|until|since|from)\\s+)?{HOUR}:{MIN}(?!:?\\d)" },
    // the 19th century / in the early twentieth century / 19th-century
    { kind: "century", pattern: "(?:(?:in|during|since|by|throughout|until|from)\\s+)?(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:{CENTNUM}|{ORD})[\\s-]+[Cc]entury" },
    // 508 BC / AD 842 / around 1230 BCE
    { kind: "erayear", pattern: "(?:(?:in|by|from|to|until|around|c\\.|circa)\\s+)?(?<eyear>\\d{1,4})\\s*{ERA}", caseSensitive: true },
    { kind: "erayear", pattern: "(?:(?:[Ii]n|[Bb]y|[Ff]rom|[Uu]ntil|[Aa]round)\\s+)?{ERA}\\s?(?<eyear>\\d{1,4})(?!\\d)", caseSensitive: true },
    // the sixties / the twenties and thirties
    { kind: "decade", pattern: "(?:(?:in|since|during)\\s+)?the\\s+(?:(?:early|mid|late)[\\s-]+)?{DECADEWORD}" },
    // the 20s / the 1830s
    { kind: "decade", pattern: "(?:(?:in|since|during)\\s+)?the\\s+(?:(?:early|mid|late)[\\s-]+)?(?<decade>\\d)0s" },
    // the 1990s / in the '80s
    { kind: "decade", pattern: "(?:(?:in|since|during)\\s+)?(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<century>1[5-9]|20)|['’])(?<decade>\\d)0s" },
    // the end of 1939 / at the beginning of the year 1990
    { kind: "year", pattern: "(?:(?:[Aa]t|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Tt]oward|[Tt]owards)\\s+)?the\\s+(?:end|beginning|start|middle|turn|close)\\s+of\\s+(?:the\\s+year\\s+)?{YEAR}" },
    // fiscal 1997 / fiscal year 2024 / FY2023: a fiscal year
    { kind: "year", pattern: "(?:(?:[Ii]n|[Ff]or|[Dd]uring|[Ss]ince|[Bb]y)\\s+)?(?:(?:the|its|their)\\s+)?(?:(?<fiscal>[Ff]iscal(?:\\s+[Yy]ear)?|FY)\\s?){YEAR}", caseSensitive: true },
    // since 1994 / until 2028 / in 2019
    { kind: "year", pattern: "(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?{YEAR}", caseSensitive: true },
    { kind: "present", pattern: "{PRESENT}" },
    { kind: "past", pattern: "{PAST}" },
  ],
  /** Clock suffix after an hour. */
  clock: "\\s*(?:[ap]\\.m\\.|[AaPp][Mm](?![\\p{L}])|GMT|UTC)",
  /** "9 p.m.", "11am": the mark after the hour. */
  meridiem: "\\d\\s*([ap])\\.?\\s?m\\.?(?![\\p{L}])",
  timePreps: ["at", "around"],
};
export default time;
