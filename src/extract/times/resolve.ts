// Resolving one time-expression candidate to its TIMEX3 value: one small resolver per rule kind
// ("date", "weekday", "relday" ...), the number, month and year readers they share, and the context
// checks of a bare year. Values are relative to the anchor (the article's update or publication day).
import type { CompiledLang } from "./compile.js";
import { startsWithCapital, startsLower } from "../../nlp/characters.js";
import type { RuleKind } from "../../lang/types.js";
import {
  addMonths, dayNumber, daysInMonth, fmtDay, fmtMonth, fmtTime, isoWeek, isoWeekday, weekdayOnOrAfter, weekdayOnOrBefore, ymd,
} from "./calendar.js";
import { referenceOf } from "./reference.js";
import { centuryValue, decadeValue, eraYearValue, holidayValue, isoWeekValue, yearPartValue, type PeriodValue } from "./periods.js";

export interface Candidate {
  start: number;
  end: number;
  kind: RuleKind;
  order: number;
  g: Record<string, string | undefined>;
}

export interface Anchor {
  day: number;
  /** Minutes after midnight, when the article gives its time. */
  minutes?: number;
  /** How exactly the reference is known: a day (the default), a month or only a year ("1939 ..."). */
  granularity?: "Y" | "M" | "D";
}

export interface ResolvedTime {
  start: number;
  end: number;
  text: string;
  value: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  kind: RuleKind;
  /** The calendar day the expression points at, when it has one. */
  day?: number;
}

/** Time of day (minutes) from which a part of day has begun; used to decide "am Abend" = yesterday evening. */
const POD_START: Record<string, number> = { TMO: 5 * 60, TMI: 11 * 60, TAF: 12 * 60, TEV: 17 * 60, TNI: 21 * 60 };

export const lower = (s: string | undefined) => (s ?? "").toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");

export function numberOf(s: string | undefined, c: CompiledLang): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d/.test(s)) return Number(s.replace(",", "."));
  return c.numbers.get(lower(s));
}

export function ordinalOf(s: string | undefined, c: CompiledLang): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d/.test(s)) return parseInt(s, 10);
  return c.ordinals.get(lower(s));
}

export function monthOf(s: string | undefined, c: CompiledLang): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d/.test(s)) return parseInt(s, 10);
  return c.months.get(lower(s));
}

/** Year for a day/month without one: the occurrence closest to the anchor, leaning to the past
 *  (to the first occurrence from the anchor on when the sentence speaks of the future). */
export function inferYear(month: number, day: number, anchor: Anchor, future = false): number {
  const a = ymd(anchor.day);
  if (anchor.granularity === "Y") return a.y; // "1939 ... am 3. September"
  if (future) {
    const dn = dayNumber(a.y, month, Math.min(day, daysInMonth(a.y, month)));
    return dn >= anchor.day || (month === a.m && day === 15) ? a.y : a.y + 1;
  }
  let best = a.y, bestScore = Infinity;
  for (const y of [a.y - 1, a.y, a.y + 1]) {
    const dn = dayNumber(y, month, Math.min(day, daysInMonth(y, month)));
    const diff = dn - anchor.day;
    // The future is less likely in news; a narrative (a reference with a granularity) moves on.
    const score = anchor.granularity ? (diff > 0 ? diff : -diff * 1.5) : diff > 0 ? diff * 2.5 : -diff;
    if (score < bestScore) { bestScore = score; best = y; }
  }
  return best;
}

export function yearOf(s: string | undefined, anchor: Anchor): number | undefined {
  if (!s) return undefined;
  let y = parseInt(s, 10);
  if (s.length === 2) {
    const ay = ymd(anchor.day).y;
    y += 2000;
    if (y > ay + 10) y -= 100;
  }
  return y;
}

/** "am 6. Mai vergangenen Jahres": the year given by a modifier. */
function modYear(g: Candidate["g"], c: CompiledLang, anchor: Anchor): number | undefined {
  if (g.mod === undefined) return undefined;
  return ymd(anchor.day).y + (c.modifiers.get(lower(g.mod)) ?? 0);
}

/** The hour of a clock time in the candidate's text, on a 24-hour clock ("9 p.m." -> 21). */
export function hourOf(g: Candidate["g"], text: string, c: CompiledLang): number | undefined {
  if (g.hour === undefined) return undefined;
  let h = parseInt(g.hour, 10);
  const ampm = c.meridiem?.exec(text)?.[1]?.toLowerCase();
  if (ampm === "p" && h < 12) h += 12;
  if (ampm === "a" && h === 12) h = 0;
  return h;
}

function podOf(g: Candidate["g"], c: CompiledLang): string {
  return g.pod ? c.partsOfDay.get(lower(g.pod)) ?? "" : "";
}

/** Day of a part of day given without a date: the latest such part of day at or before the anchor. */
function podDay(pod: string, anchor: Anchor): number {
  if (pod === "TNI") return anchor.day - 1;
  if (anchor.minutes !== undefined && anchor.minutes < (POD_START[pod] ?? 0)) return anchor.day - 1;
  return anchor.day;
}

function durationValue(n: number, unit: string): string {
  const num = Number.isInteger(n) ? String(n) : String(n);
  if (unit === "H") return `PT${num}H`;
  if (unit === "MIN") return `PT${num}M`;
  return `P${num}${unit}`;
}

function shiftByUnit(day: number, n: number, unit: string): number {
  switch (unit) {
    case "D": return day + n;
    case "W": return day + 7 * n;
    case "M": return addMonths(day, n);
    case "Y": return addMonths(day, 12 * n);
    case "DE": return addMonths(day, 120 * n);
    default: return day;
  }
}

/** Context checks for a bare four-digit year. */
function acceptYear(text: string, cand: Candidate, c: CompiledLang): boolean {
  const matched = text.slice(cand.start, cand.end);
  const after = text.slice(cand.end, cand.end + 30);
  if (/^\s*(?:%|\d)/.test(after)) return false;
  const next = /^\s*(\S)/u.exec(after)?.[1] ?? "";
  // A noun after the number is what is counted ("2000 Menschen", "2000 people"): capitalised in
  // German, lower case (and not a function word) in English.
  const nextWord = /^\s*(\p{L}+)/u.exec(after)?.[1] ?? "";
  const countedNoun = c.nounsCapitalized
    ? startsWithCapital(nextWord) && !isTemporalWord(after, c)
    : startsLower(nextWord) && !c.yearFollowers.has(nextWord);
  if (!/^\d/.test(matched)) return !countedNoun; // has its own preposition ("seit 2017")
  const before = text.slice(Math.max(0, cand.start - 30), cand.start);
  if (/[$€£]\s*$/.test(before)) return false;
  const prevWords = before.toLowerCase().match(/[\p{L}.]+/gu) ?? [];
  const prev = (prevWords.at(-1) ?? "").replace(/\.$/, "");
  const prev2 = prevWords.slice(-2).join(" ");
  const adjacent = /[\p{L}]\s*$/u.test(before);
  if (c.quantityWords.has(prev) || c.quantityWords.has(prev2)) return false;
  if (c.yearPreps.has(prev)) return !countedNoun;
  // A year before 1900 stands after a preposition or in brackets ("(1738)", "(1704 – 1787)"): "1500" alone is a count.
  if (Number(matched) < 1900 && !/\(\s*$/.test(before) && !/^\s*(?:\)|[–—-]\s*\d)/u.test(after)) return false;
  // A year as a modifier after a determiner: "the 1996 bombing", "a 2003 interview", "the 2012 Summer Paralympics"
  // (not a count of units: "a 2000 year old tradition").
  if (adjacent && c.yearDeterminers.has(prev) && nextWord && !c.units.has(nextWord.toLowerCase()) && (startsWithCapital(nextWord) || !/s$/u.test(nextWord) || c.yearFollowers.has(nextWord))) return true;
  if (next === "" || /^[.,;:!?)"“”»«'’\]–—-]/u.test(next)) return true;
  if (startsLower(next)) return !countedNoun;
  return false;
}

function isTemporalWord(after: string, c: CompiledLang): boolean {
  const w = /^\s*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  return !!w && (c.months.has(w) || c.weekdays.has(w));
}

/** "am Vortag", "the next day": relative to the day last mentioned before, else to the anchor. */
export function resolveRefDay(text: string, cand: Candidate, c: CompiledLang, before: ResolvedTime[], anchor: Anchor): ResolvedTime | undefined {
  const part = c.referenceDayParts.get(lower(cand.g.ref));
  const off = part?.[0] ?? c.referenceDays.get(lower(cand.g.ref));
  if (off === undefined) return undefined;
  const last = [...before].reverse().find((t) => t.day !== undefined && t.kind !== "time");
  const day = (last?.day ?? anchor.day) + off;
  return make(c, text, cand, fmtDay(day) + (part?.[1] ?? ""), day);
}

export function make(c: CompiledLang, text: string, cand: Candidate, value: string, day?: number): ResolvedTime {
  let end = cand.end;
  let start = cand.start;
  // A possessive weekday or month ("Monday's earthquake") modifies a noun: no preposition belongs to it.
  if (c.possessive?.test(text.slice(end, end + 3))) {
    const lead = /^(?:\p{Ll}+\s+)+(?=\p{Lu})/u.exec(text.slice(start, end));
    if (lead) start += lead[0].length;
  }
  // Drop a sentence-final period picked up by an optional abbreviation dot after a full name ("im Juni.").
  if (text[end - 1] === ".") {
    const word = /(\p{L}+)\.$/u.exec(text.slice(start, end))?.[1]?.toLowerCase();
    if (word && !c.abbreviations.has(word) && (c.months.has(word) || c.weekdays.has(word))) end--;
  }
  const type = value.startsWith("P") ? "DURATION" : /T/.test(value) && !value.endsWith("_REF") ? "TIME" : "DATE";
  return { start, end, text: text.slice(start, end), value, type, kind: cand.kind, day };
}

/** What resolving one candidate works with: the text, the candidate, the language's tables, the anchor, the tense. */
export interface Resolution {
  text: string;
  cand: Candidate;
  c: CompiledLang;
  anchor: Anchor;
  /** The sentence speaks of the future ("will", "soll ... werden"). */
  future: boolean;
  /** The time the sentence is about: the anchor, or the earlier date the narrative has moved to. */
  reference: Anchor;
  /** That earlier date when it is a day given in the same paragraph (weekdays count from it). */
  paragraphDay?: number;
  /** The day mentioned last before the expression ("am Dienstag ... Am Abend"). */
  lastDay?: number;
  /** The value of the dated expression mentioned last ("1832", "1939-09"). */
  lastValue?: string;
  /** The candidate's own text. */
  matched: string;
}

type Resolver = (r: Resolution) => ResolvedTime | undefined;

/** The resolved expression of the candidate with its value (and day). */
const value = (r: Resolution, v: string, day?: number) => make(r.c, r.text, r.cand, v, day);

/** Clock time of the candidate after the day ("T14:30"), else the given suffix (a part of day, ""). */
function clockOr(r: Resolution, otherwise: string): string {
  const h = hourOf(r.cand.g, r.matched, r.c);
  return h !== undefined ? fmtTime(h, parseInt(r.cand.g.min ?? "0", 10)) : otherwise;
}

/** The modifier's offset ("letzten" -1, "next" +1); undefined without a modifier. */
const modOf = (r: Resolution): number | undefined => (r.cand.g.mod !== undefined ? r.c.modifiers.get(lower(r.cand.g.mod)) ?? 0 : undefined);

/** "am 8. Januar 2022 um 14 Uhr", "January 8": a calendar day, with a clock time when given. */
function resolveDate(r: Resolution): ResolvedTime | undefined {
  const { cand: { g }, c, anchor } = r;
  const month = monthOf(g.month, c), d = parseInt(g.day ?? "", 10);
  if (!month || !d || month > 12) return undefined;
  const past = !r.future && r.reference === r.anchor && namesPastEvent(r);
  const y = yearOf(g.year, anchor) ?? modYear(g, c, anchor) ?? (past ? latestYearOfDay(month, d, r.reference) : inferYear(month, d, r.reference, r.future));
  if (d > daysInMonth(y, month)) return undefined;
  const day = dayNumber(y, month, d);
  return value(r, fmtDay(day) + clockOr(r, podOf(g, c)), day);
}

/** A day and month naming an event after a determiner or possessive ("the October 7 attack", "Hamas’ October 7 attack"):
 *  a day that has happened. */
function namesPastEvent(r: Resolution): boolean {
  const before = r.text.slice(Math.max(0, r.cand.start - 30), r.cand.start);
  if (!/^\s+\p{Ll}/u.test(r.text.slice(r.cand.end, r.cand.end + 20)) || !/^\p{Lu}/u.test(r.matched)) return false;
  const word = /(\p{L}+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  return (!!word && r.c.yearDeterminers.has(word)) || !!r.c.possessiveBefore?.test(before);
}

/** The year of the latest day `month`-`day` on or before the reference. */
function latestYearOfDay(month: number, day: number, reference: Anchor): number {
  const t = ymd(reference.day);
  return month < t.m || (month === t.m && day <= t.d) ? t.y : t.y - 1;
}

/** "im Januar", "March 2021": a month. */
function resolveMonth(r: Resolution): ResolvedTime | undefined {
  const { cand: { g }, c, anchor } = r;
  const month = monthOf(g.month, c);
  if (!month) return undefined;
  if (g.mmod !== undefined && !g.year) return value(r, fmtMonth(relativeMonthYear(month, c.modifiers.get(lower(g.mmod)) ?? 0, anchor), month));
  const y = yearOf(g.year, anchor) ?? modYear(g, c, anchor)
    ?? (r.c.sinceStart.test(r.matched) ? latestYearOf(month, anchor) : inferYear(month, 15, r.reference, r.future));
  return value(r, fmtMonth(y, month));
}

/** The year of "last June" (the latest June before the anchor's month), "this June" (the anchor's year), "next June"
 *  (the first June after the anchor's month). */
function relativeMonthYear(month: number, mod: number, anchor: Anchor): number {
  const a = ymd(anchor.day);
  if (mod < 0) return month < a.m ? a.y : a.y - 1;
  if (mod > 0) return month > a.m ? a.y : a.y + 1;
  return a.y;
}

/** The year of the latest month `month` that has begun by the anchor ("seit Oktober" in August: last year's). */
function latestYearOf(month: number, anchor: Anchor): number {
  const a = ymd(anchor.day);
  return month <= a.m ? a.y : a.y - 1;
}

/** "2019", "seit 2017": a year, when the context makes it one. */
function resolveYear(r: Resolution): ResolvedTime | undefined {
  // "fiscal 1997", "im Geschäftsjahr 2023": a fiscal year
  if (r.cand.g.fiscal !== undefined) return value(r, `FY${r.cand.g.year}`);
  if (!acceptYear(r.text, r.cand, r.c)) return undefined;
  return value(r, r.cand.g.year!);
}

/** "letzte Woche", "this year", "am Wochenende": a period relative to the anchor. */
function resolveRelativeUnit(r: Resolution): ResolvedTime | undefined {
  const { cand: { g }, c, anchor } = r;
  const mod = modOf(r);
  const unit = c.units.get(lower(g.unit));
  // "in den letzten Jahren", "in recent months": a vague stretch, not one period.
  if (c.pluralUnits.has(lower(g.unit))) return value(r, mod === 1 ? "FUTURE_REF" : mod === -1 ? "PAST_REF" : "PRESENT_REF");
  const m = mod ?? 0;
  const a = ymd(anchor.day);
  // Without a modifier a year or month is the one the sentence is about ("Ende des Monats" in a narrative of May 1945).
  const base = mod === undefined ? r.reference.day : anchor.day;
  switch (unit) {
    case "Y": return value(r, String(mod === undefined ? ymd(base).y : a.y + m));
    case "M": { const t = ymd(addMonths(base, m)); return value(r, fmtMonth(t.y, t.m)); }
    case "W": return value(r, isoWeek(anchor.day + 7 * m));
    case "WE": {
      // Without a modifier: the latest weekend that has begun by the anchor.
      const shift = mod === undefined ? (isoWeekday(anchor.day) >= 6 ? 0 : -1) : mod === -1 && isoWeekday(anchor.day) >= 6 ? -1 : m;
      return value(r, `${isoWeek(anchor.day + 7 * shift)}-WE`);
    }
    case "D": return mod === undefined ? value(r, fmtDay(anchor.day), anchor.day) : undefined;
    default: return undefined;
  }
}

/** "am Dienstag", "next Friday", "Montagabend": the weekday nearest the anchor in the sentence's tense. */
function resolveWeekday(r: Resolution): ResolvedTime | undefined {
  const { cand: { g }, c, anchor } = r;
  const wd = c.weekdays.get(lower(g.wd));
  if (!wd) return undefined;
  const mod = modOf(r);
  const since = c.sinceStart.test(r.matched);
  // In a narrative that has moved to an earlier day of the paragraph: the next such weekday from it.
  const day = mod === undefined && r.paragraphDay !== undefined ? weekdayOnOrAfter(r.paragraphDay, wd, false)
    : mod === 1 ? weekdayOnOrAfter(anchor.day, wd, true)
    : mod === undefined && r.future && !since ? weekdayOnOrAfter(anchor.day, wd, false)
    : weekdayOnOrBefore(anchor.day, wd, mod === -1);
  return value(r, fmtDay(day) + clockOr(r, podOf(g, c)), day);
}

/** "jeden Montag", "every Friday": a recurring weekday. */
function resolveSet(r: Resolution): ResolvedTime | undefined {
  const wd = r.c.weekdays.get(lower(r.cand.g.wd));
  return wd ? { ...value(r, `XXXX-WXX-${wd}`), type: "SET" } : undefined;
}

/** "im selben Jahr", "the following month": the year or month mentioned last, shifted (else the anchor's). */
function resolveReferenceUnit(r: Resolution): ResolvedTime | undefined {
  const spec = r.c.referenceUnits.get(lower(r.cand.g.refunit));
  if (!spec) return undefined;
  const [off, unit] = spec;
  const last = r.lastValue ? referenceOf(r.lastValue) : undefined;
  const base = last && (unit === "Y" || last.granularity !== "Y") ? last.day : r.anchor.day;
  const t = ymd(addMonths(base, unit === "Y" ? 12 * off : off));
  return value(r, unit === "Y" ? String(t.y) : fmtMonth(t.y, t.m));
}

/** "in der Nacht zum Donnerstag" / "zum 8. Januar": the night is dated by the evening before. */
function resolveNightBefore(r: Resolution): ResolvedTime | undefined {
  const { cand: { g }, c, anchor } = r;
  let day: number;
  if (g.wd !== undefined) {
    const wd = c.weekdays.get(lower(g.wd));
    if (!wd) return undefined;
    day = weekdayOnOrBefore(anchor.day, wd) - 1;
  } else {
    const month = monthOf(g.month, c), d = parseInt(g.day ?? "", 10);
    if (!month || !d) return undefined;
    const y = yearOf(g.year, anchor) ?? inferYear(month, d, r.reference, r.future);
    if (d > daysInMonth(y, month)) return undefined;
    day = dayNumber(y, month, d) - 1;
  }
  return value(r, fmtDay(day) + "TNI", day);
}

/** "im Sommer", "last winter": a season of a year. */
function resolveSeason(r: Resolution): ResolvedTime | undefined {
  const { cand: { g }, c, anchor } = r;
  const season = c.seasons.get(lower(g.season));
  if (!season) return undefined;
  const mod = g.mod !== undefined ? c.modifiers.get(lower(g.mod)) ?? 0 : 0;
  const y = yearOf(g.year, anchor) ?? (g.mod === undefined && r.reference !== anchor ? ymd(r.reference.day).y : ymd(anchor.day).y + mod);
  return value(r, `${y}-${season}`);
}

/** "in drei Tagen", "within two weeks": a day ahead in future sentences, else a duration. */
function resolveInUnit(r: Resolution): ResolvedTime | undefined {
  const { cand: { g }, c, anchor } = r;
  const unit = c.units.get(lower(g.unit));
  if (!unit) return undefined;
  if (g.vq !== undefined) return r.future ? value(r, "FUTURE_REF") : undefined;
  const n = numberOf(g.num, c);
  if (n === undefined || n === 0) return undefined;
  if (!r.future || unit === "H" || unit === "MIN") return value(r, durationValue(n, unit));
  const day = shiftByUnit(anchor.day, Math.round(n), unit);
  return value(r, fmtDay(day), day);
}

/** "gestern Abend", "tomorrow": a day relative to the anchor (future-only forms in future sentences). */
function resolveRelativeDay(r: Resolution): ResolvedTime | undefined {
  const { cand: { g, kind }, c, anchor } = r;
  if (kind === "reldayfuture" && !r.future) return undefined;
  const rel = c.relativeDays.get(lower(g.rel));
  if (rel === undefined) return undefined;
  const pod = podOf(g, c);
  const phrase = g.pod ? c.dayPhrases.get(`${lower(g.rel)} ${lower(g.pod)}`) : undefined;
  const day = anchor.day + (phrase ? phrase[0] : rel);
  return value(r, fmtDay(day) + clockOr(r, phrase ? phrase[1] : pod), day);
}

/** "heute Nacht", "last night": a fixed phrase for a day and part of day. */
function resolveDayPhrase(r: Resolution): ResolvedTime | undefined {
  const p = r.c.dayPhrases.get(lower(r.cand.g.phrase));
  if (!p) return undefined;
  const day = r.anchor.day + p[0];
  return value(r, fmtDay(day) + p[1], day);
}

/** "am Abend", "in the morning": a part of day without a date. */
function resolvePartOfDay(r: Resolution): ResolvedTime | undefined {
  const pod = podOf(r.cand.g, r.c);
  if (!pod) return undefined;
  // The day mentioned last; the anchor's day (or none) by the anchor's clock ("am Abend" in a morning article: yesterday).
  const day = r.lastDay !== undefined && r.lastDay !== r.anchor.day ? r.lastDay : podDay(pod, r.anchor);
  return value(r, fmtDay(day) + pod, day);
}

/** "for a third straight night": the night before the anchor. */
function resolveOrdinalNight(r: Resolution): ResolvedTime | undefined {
  const day = r.anchor.day - 1;
  return value(r, fmtDay(day) + "TNI", day);
}

/** "vor drei Tagen", "two weeks ago": a day before the anchor (hours and minutes ago: the anchor day). */
function resolveAgo(r: Resolution): ResolvedTime | undefined {
  const { cand: { g }, c, anchor } = r;
  if (g.vq !== undefined) return value(r, "PAST_REF");
  const n = numberOf(g.num, c), unit = c.units.get(lower(g.unit));
  if (n === undefined || !unit) return undefined;
  if (unit === "H" || unit === "MIN") return value(r, fmtDay(anchor.day), anchor.day);
  return shifted(r, anchor.day, -Math.round(n), unit);
}

/** A day shifted by whole units, valued at the unit's granularity: "vor vier Jahren" -> the year, "vor einem Monat" ->
 *  the month, days and weeks -> the day. */
function shifted(r: Resolution, from: number, n: number, unit: string): ResolvedTime {
  const day = shiftByUnit(from, n, unit);
  const t = ymd(day);
  if (unit === "Y" || unit === "DE") return value(r, String(t.y));
  if (unit === "M") return value(r, fmtMonth(t.y, t.m));
  return value(r, fmtDay(day), day);
}

/** "zwei Tage später", "three years earlier", "wenige Stunden danach": shifted from the time mentioned last (its day,
 *  month or year, as the unit needs), else from the anchor; hours and minutes stay on its day. */
function resolveRefShift(r: Resolution): ResolvedTime | undefined {
  const { cand: { g }, c, anchor } = r;
  const unit = c.units.get(lower(g.unit)), sign = c.shiftWords.get(lower(g.shift));
  if (!unit || sign === undefined || unit === "WE") return undefined;
  const last = r.lastValue ? referenceOf(r.lastValue) : undefined;
  const day = unit === "Y" || unit === "DE" ? last?.day : unit === "M" ? (last && last.granularity !== "Y" ? last.day : undefined) : r.lastDay;
  const base = day ?? (r.lastValue ? undefined : anchor.day);
  if (base === undefined) return undefined;
  if (unit === "H" || unit === "MIN") return value(r, fmtDay(base), base);
  if (g.vq !== undefined) return undefined;
  const n = numberOf(g.num, c);
  return n ? shifted(r, base, sign * Math.round(n), unit) : undefined;
}

/** "seit Jahren", "for months": a vague duration. */
function resolveVagueDuration(r: Resolution): ResolvedTime | undefined {
  const unit = r.c.vagueUnits.get(lower(r.cand.g.vunit));
  return unit ? value(r, durationValue(r.c.table.vagueCount, unit)) : undefined;
}

/** "den dritten Tag in Folge", "for the second week in a row": an ordinal duration. */
function resolveOrdinalDuration(r: Resolution): ResolvedTime | undefined {
  const n = ordinalOf(r.cand.g.ord, r.c), unit = r.c.units.get(lower(r.cand.g.unit));
  return n && unit ? value(r, durationValue(n, unit)) : undefined;
}

/** "drei Tage", "two weeks": a duration, unless it is an age ("20 Jahre alt", "im Alter von 20 Jahren"). */
function resolveDuration(r: Resolution): ResolvedTime | undefined {
  const { cand, c, text } = r;
  const n = numberOf(cand.g.num, c), unit = c.units.get(lower(cand.g.unit));
  if (n === undefined || !unit || n === 0) return undefined;
  if (c.ageFollowers.test(text.slice(cand.end, cand.end + 20))) return undefined;
  if (c.agePreps.test(text.slice(Math.max(0, cand.start - 20), cand.start))) return undefined;
  return value(r, durationValue(n, unit));
}

/** The resolved expression of a named day or part of a year. */
const period = (r: Resolution, p: PeriodValue | undefined) => (p ? value(r, p.value, p.day) : undefined);

/** How each rule kind resolves ("time" and "refday" are resolved in resolveTimes, after the others). */
const RESOLVERS: Partial<Record<RuleKind, Resolver>> = {
  date: resolveDate,
  month: resolveMonth,
  year: resolveYear,
  relunit: resolveRelativeUnit,
  weekday: resolveWeekday,
  set: resolveSet,
  decade: (r) => period(r, decadeValue(r)),
  nightbefore: resolveNightBefore,
  season: resolveSeason,
  inunit: resolveInUnit,
  reldayfuture: resolveRelativeDay,
  relday: resolveRelativeDay,
  dayphrase: resolveDayPhrase,
  pod: resolvePartOfDay,
  ordnight: resolveOrdinalNight,
  ago: resolveAgo,
  refshift: resolveRefShift,
  refunit: resolveReferenceUnit,
  century: (r) => period(r, centuryValue(r, ordinalOf)),
  erayear: (r) => period(r, eraYearValue(r)),
  holiday: (r) => period(r, holidayValue(r)),
  quarter: (r) => period(r, yearPartValue(r, ordinalOf)),
  isoweek: (r) => period(r, isoWeekValue(r)),
  vagueduration: resolveVagueDuration,
  ordduration: resolveOrdinalDuration,
  duration: resolveDuration,
  present: (r) => value(r, "PRESENT_REF"),
  past: (r) => value(r, "PAST_REF"),
};

/** What the text before a candidate says about its time (see reference.ts); empty: the anchor alone. */
export interface ReferenceContext { reference?: Anchor; paragraphDay?: number; lastDay?: number; lastValue?: string }

/** The TIMEX3 value of one candidate, or undefined when its words do not make a time. */
export function resolveOne(text: string, cand: Candidate, c: CompiledLang, anchor: Anchor, future: boolean, context: ReferenceContext = {}): ResolvedTime | undefined {
  const resolve = RESOLVERS[cand.kind];
  return resolve ? resolve({ text, cand, c, anchor, future, matched: text.slice(cand.start, cand.end), reference: context.reference ?? anchor, paragraphDay: context.paragraphDay, lastDay: context.lastDay, lastValue: context.lastValue }) : undefined;
}
