// Xish temporal knowledge: months ("3 marvo"), weekdays ("ko tredi"), relative days ("hieri" = yesterday), a few rules.
import type { TimeLang } from "../../../src/lang/types.js";
import { months } from "./article.js";

const time: TimeLang = {
  months,
  weekdays: { unadi: 1, duadi: 2, tredi: 3, kardi: 4, pendi: 5, sesdi: 6, sepdi: 7 },
  partsOfDay: { matino: "TMO", vespero: "TEV", nokto: "TNI" },
  relativeDays: { hieri: -1, hodi: 0, morgi: 1 },
  relativeDaysCaseSensitive: {},
  dayPhrases: { "tis nokto": [-1, "TNI"] },
  referenceDays: { "lo tago posa": 1 },
  partOfDayPreps: ["ilu lo"],
  modifiers: { pasinta: -1, tiu: 0, venonta: 1 },
  seasons: { somro: "SU", vintro: "WI" },
  units: { tago: "D", tagoj: "D", semano: "W", semanoj: "W", monato: "M", monatoj: "M", jaro: "Y", jaroj: "Y", horo: "H", horoj: "H" },
  vagueUnits: { tagoj: "D", semanoj: "W", jaroj: "Y" },
  shiftWords: {},
  holidays: {},
  yearParts: {},
  referenceDayParts: {},
  referenceUnits: {},
  decadeWords: {},
  eras: {},
  vagueCount: 3,
  numbers: { una: 1, dua: 2, tre: 3, kar: 4, pen: 5 },
  ordinals: { unesa: 1, duesa: 2, tresa: 3 },
  vagueQuantities: ["kelkaj"],
  approximators: ["cirka"],
  presentWords: ["nun"],
  pastPhrases: ["lastatempe"],
  yearPreps: ["ilu", "dez", "ta"],
  quantityWords: ["cirka", "minimume"],
  pluralUnits: ["tagoj", "semanoj", "monatoj", "jaroj", "horoj"],
  yearFollowers: ["lo", "ek"],
  yearDeterminers: [],
  pastForms: [],
  futureForms: [],
  rangeWords: [],
  sinceWords: [],
  ageFollowers: ["jaraĝa"],
  agePreps: ["aĝa"],
  anchorCues: ["novigat", "publikat"],
  futureCues: ["volos"],
  pastCues: ["vordat", "sa"],
  rules: [
    // ko 3 marvo 2024 / 3 marvo
    { kind: "date", pattern: "(?:(?:[Kk]o|[Dd]ez)\\s+)?{DAY}\\s+{MONTH}(?:\\s+{YEAR})?{TIMEOPT}" },
    { kind: "date", pattern: "{YEAR}-{MM}-{DAY}" },
    // ilu marvo 2024
    { kind: "month", pattern: "(?:[Ii]lu\\s+)?{MONTH}\\s+{YEAR}" },
    // pasinta semano
    { kind: "relunit", pattern: "{MOD}\\s+{UNIT}" },
    // ko tredi / ko pasinta tredi
    { kind: "weekday", pattern: "(?:[Kk]o\\s+)?(?:{MOD}\\s+)?{WEEKDAY}(?:\\s+{POD})?" },
    // hieri / hieri vespero
    { kind: "relday", pattern: "{RELDAY}(?:\\s+{POD})?" },
    { kind: "dayphrase", pattern: "{DAYPHRASE}" },
    { kind: "refday", pattern: "{REFDAY}" },
    // pre tre tagoj (three days ago)
    { kind: "ago", pattern: "pre\\s+(?:{NUM}|{VAGUEQ})\\s+{UNIT}" },
    // dum tre tagoj (for three days)
    { kind: "duration", pattern: "(?:dum\\s+)?{NUM}\\s+{UNIT}" },
    // je 14:30
    { kind: "time", pattern: "(?:je\\s+)?{HOUR}:{MIN}(?!:?\\d)" },
    { kind: "year", pattern: "(?:[Ii]lu\\s+)?{YEARB}" },
    { kind: "present", pattern: "{PRESENT}" },
    { kind: "past", pattern: "{PAST}" },
  ],
  clock: "\\s*horo",
  meridiem: null,
  timePreps: ["je"],
};
export default time;
