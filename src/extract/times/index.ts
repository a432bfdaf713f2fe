// Extract component for `times`: finds time expressions with the rule tables of the article's
// language (src/lang/<lang>/time.ts) and normalises each to a TIMEX3 value, resolved against the
// anchor (the article's "Stand"/update time, else its publication day).
import type { Document } from "../../nlp/document.js";
import type { TimeExpr } from "../../schema/index.js";
import { compiledFor, type CompiledLang } from "./compile.js";
import type { RuleKind } from "../../lang/types.js";
import {
  addMonths, dayNumber, daysInMonth, fmtDay, fmtMonth, fmtTime, isoWeek, isoWeekday, parseIsoDay, weekdayOnOrAfter, weekdayOnOrBefore, ymd,
} from "./calendar.js";

interface Candidate {
  start: number;
  end: number;
  kind: RuleKind;
  order: number;
  g: Record<string, string | undefined>;
}

interface Anchor {
  day: number;
  /** Minutes after midnight, when the article gives its time. */
  minutes?: number;
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

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\d/;

/** Left boundary: not inside a word or number ("Karfreitag", "20.000"). */
function badStart(text: string, s: number): boolean {
  return s > 0 && (isWordChar(text, s - 1) || (s > 1 && (text[s - 1] === "." || text[s - 1] === ",") && DIGIT.test(text[s - 2])));
}

/** WORD_CHAR.test(text[i]), with ASCII answered without the regex. */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(text[i]);
}

/** Same result as scanning the text with every rule's global regex (see findCandidatesScan), but each rule
 *  is only tried at the positions where the alternation of all rules matches. */
export function findCandidates(text: string, c: CompiledLang): Candidate[] {
  const unions = c.unions;
  if (!unions) return findCandidatesScan(text, c);
  const starts: number[] = [];
  const n = text.length;
  for (let s = 0; s < n; s++) {
    if (s > 0) {
      // badStart(text, s), on character codes
      const prev = text.charCodeAt(s - 1);
      if (prev < 128) {
        if ((prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122)) continue;
        if ((prev === 46 || prev === 44) && s > 1) {
          const p2 = text.charCodeAt(s - 2);
          if (p2 >= 48 && p2 <= 57) continue;
        }
      } else {
        if (WORD_CHAR.test(text[s - 1])) continue;
        // the inside of a surrogate pair is no start for a unicode regex's scan
        const code = text.charCodeAt(s);
        if (code >= 0xdc00 && code <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) continue;
      }
    }
    for (const u of unions) {
      u.lastIndex = s;
      if (u.test(text)) { starts.push(s); break; }
    }
  }
  const out: Candidate[] = [];
  if (!starts.length) return out;
  for (const r of c.rules) {
    const re = r.sticky;
    let from = 0;
    for (const s of starts) {
      if (s < from) continue;
      re.lastIndex = s;
      const m = re.exec(text);
      if (!m || m[0].length === 0) continue;
      out.push({ start: s, end: s + m[0].length, kind: r.kind, order: r.order, g: { ...(m.groups ?? {}) } });
      from = s + m[0].length;
    }
  }
  return out;
}

export function findCandidatesScan(text: string, c: CompiledLang): Candidate[] {
  const out: Candidate[] = [];
  for (const r of c.rules) {
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(text))) {
      const s = m.index;
      // Left boundary: not inside a word or number ("Karfreitag", "20.000").
      if (m[0].length === 0 || (s > 0 && (WORD_CHAR.test(text[s - 1]) || (s > 1 && (text[s - 1] === "." || text[s - 1] === ",") && DIGIT.test(text[s - 2]))))) {
        r.re.lastIndex = s + 1;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, kind: r.kind, order: r.order, g: { ...(m.groups ?? {}) } });
    }
  }
  return out;
}

/** Keeps the longest non-overlapping candidates (earlier rules win ties). */
function selectCandidates(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of sorted) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

const lower = (s: string | undefined) => (s ?? "").toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");

function numberOf(s: string | undefined, c: CompiledLang): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d/.test(s)) return Number(s.replace(",", "."));
  return c.numbers.get(lower(s));
}

function ordinalOf(s: string | undefined, c: CompiledLang): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d/.test(s)) return parseInt(s, 10);
  return c.ordinals.get(lower(s));
}

function monthOf(s: string | undefined, c: CompiledLang): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d/.test(s)) return parseInt(s, 10);
  return c.months.get(lower(s));
}

/** Year for a day/month without one: the occurrence closest to the anchor, leaning to the past
 *  (to the first occurrence from the anchor on when the sentence speaks of the future). */
function inferYear(month: number, day: number, anchor: Anchor, future = false): number {
  const a = ymd(anchor.day);
  if (future) {
    const dn = dayNumber(a.y, month, Math.min(day, daysInMonth(a.y, month)));
    return dn >= anchor.day || (month === a.m && day === 15) ? a.y : a.y + 1;
  }
  let best = a.y, bestScore = Infinity;
  for (const y of [a.y - 1, a.y, a.y + 1]) {
    const dn = dayNumber(y, month, Math.min(day, daysInMonth(y, month)));
    const diff = dn - anchor.day;
    const score = diff > 0 ? diff * 2.5 : -diff; // the future is less likely in news
    if (score < bestScore) { bestScore = score; best = y; }
  }
  return best;
}

function yearOf(s: string | undefined, anchor: Anchor): number | undefined {
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

function hourOf(g: Candidate["g"], text: string): number | undefined {
  if (g.hour === undefined) return undefined;
  let h = parseInt(g.hour, 10);
  const ampm = /\d\s*([ap])\.?\s?m\.?(?![\p{L}])/iu.exec(text)?.[1]?.toLowerCase();
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
  const countedNoun = c.table.yearBeforeLowercase
    ? /^\p{Lu}/u.test(nextWord) && !isTemporalWord(after, c)
    : /^\p{Ll}/u.test(nextWord) && !c.yearFollowers.has(nextWord);
  if (!/^\d/.test(matched)) return !countedNoun; // has its own preposition ("seit 2017")
  const before = text.slice(Math.max(0, cand.start - 30), cand.start);
  if (/[$€£]\s*$/.test(before)) return false;
  const prevWords = before.toLowerCase().match(/[\p{L}.]+/gu) ?? [];
  const prev = (prevWords.at(-1) ?? "").replace(/\.$/, "");
  const prev2 = prevWords.slice(-2).join(" ");
  if (c.quantityWords.has(prev) || c.quantityWords.has(prev2)) return false;
  if (c.yearPreps.has(prev)) return !countedNoun;
  if (next === "" || /^[.,;:!?)"“”»«'’\]–—-]/u.test(next)) return true;
  if (/^\p{Ll}/u.test(next)) return !countedNoun;
  return false;
}

function isTemporalWord(after: string, c: CompiledLang): boolean {
  const w = /^\s*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  return !!w && (c.months.has(w) || c.weekdays.has(w));
}

export function resolveTimes(doc: Document): ResolvedTime[] {
  const c = compiledFor(doc.lang);
  const text = doc.text;
  const cands = selectCandidates(findCandidates(text, c));
  const anchor = findAnchor(doc, cands, c);
  const out: ResolvedTime[] = [];
  const pending: Candidate[] = [];
  for (const cand of cands) {
    if (cand.kind === "time") { pending.push(cand); continue; }
    const s = doc.sentenceAt(cand.start);
    const context = s ? text.slice(s.start, s.end) : text.slice(Math.max(0, cand.start - 150), cand.end + 150);
    const future = c.futureCue.test(context) && !c.pastCue.test(context);
    const r = cand.kind === "refday" ? resolveRefDay(text, cand, c, out, anchor) : resolveOne(text, cand, c, anchor, future);
    if (r) out.push(r);
  }
  // Clock times without a date take the day of a dated expression in the same sentence, else the anchor.
  for (const cand of pending) {
    const s = doc.sentenceAt(cand.start);
    const near = out
      .filter((t) => t.day !== undefined && (s ? t.start >= s.start && t.end <= s.end : Math.abs(t.start - cand.start) < 120))
      .sort((a, b) => Math.abs(a.start - cand.start) - Math.abs(b.start - cand.start))[0];
    const day = near?.day ?? anchor.day;
    const h = hourOf(cand.g, text.slice(cand.start, cand.end));
    if (h === undefined) continue;
    out.push(make(c, text, cand, fmtDay(day) + fmtTime(h, parseInt(cand.g.min ?? "0", 10)), day));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "am Vortag", "the next day": relative to the day last mentioned before, else to the anchor. */
function resolveRefDay(text: string, cand: Candidate, c: CompiledLang, before: ResolvedTime[], anchor: Anchor): ResolvedTime | undefined {
  const off = c.referenceDays.get(lower(cand.g.ref));
  if (off === undefined) return undefined;
  const last = [...before].reverse().find((t) => t.day !== undefined && t.kind !== "time");
  const day = (last?.day ?? anchor.day) + off;
  return make(c, text, cand, fmtDay(day), day);
}

function make(c: CompiledLang, text: string, cand: Candidate, value: string, day?: number): ResolvedTime {
  let end = cand.end;
  let start = cand.start;
  // A possessive weekday or month ("Monday's earthquake") modifies a noun: no preposition belongs to it.
  if (/^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3))) {
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

function resolveOne(text: string, cand: Candidate, c: CompiledLang, anchor: Anchor, future: boolean): ResolvedTime | undefined {
  const g = cand.g;
  const matched = text.slice(cand.start, cand.end);
  switch (cand.kind) {
    case "date": {
      const month = monthOf(g.month, c), d = parseInt(g.day ?? "", 10);
      if (!month || !d || month > 12) return undefined;
      const y = yearOf(g.year, anchor) ?? modYear(g, c, anchor) ?? inferYear(month, d, anchor, future);
      if (d > daysInMonth(y, month)) return undefined;
      const day = dayNumber(y, month, d);
      const h = hourOf(g, matched);
      const value = fmtDay(day) + (h !== undefined ? fmtTime(h, parseInt(g.min ?? "0", 10)) : "");
      return make(c, text, cand, value, day);
    }
    case "month": {
      const month = monthOf(g.month, c);
      if (!month) return undefined;
      const y = yearOf(g.year, anchor) ?? modYear(g, c, anchor) ?? inferYear(month, 15, anchor, future);
      return make(c, text, cand, fmtMonth(y, month));
    }
    case "year": {
      if (!acceptYear(text, cand, c)) return undefined;
      return make(c, text, cand, g.year!);
    }
    case "relunit": {
      const mod = g.mod !== undefined ? c.modifiers.get(lower(g.mod)) ?? 0 : undefined;
      const unit = c.units.get(lower(g.unit));
      // "in den letzten Jahren", "in recent months": a vague stretch, not one period.
      if (c.pluralUnits.has(lower(g.unit))) return make(c, text, cand, mod === 1 ? "FUTURE_REF" : mod === -1 ? "PAST_REF" : "PRESENT_REF");
      const m = mod ?? 0;
      const a = ymd(anchor.day);
      switch (unit) {
        case "Y": return make(c, text, cand, String(a.y + m));
        case "M": { const t = ymd(addMonths(anchor.day, m)); return make(c, text, cand, fmtMonth(t.y, t.m)); }
        case "W": return make(c, text, cand, isoWeek(anchor.day + 7 * m));
        case "WE": {
          // Without a modifier: the latest weekend that has begun by the anchor.
          const shift = mod === undefined ? (isoWeekday(anchor.day) >= 6 ? 0 : -1) : mod === -1 && isoWeekday(anchor.day) >= 6 ? -1 : m;
          return make(c, text, cand, `${isoWeek(anchor.day + 7 * shift)}-WE`);
        }
        case "D": return mod === undefined ? make(c, text, cand, fmtDay(anchor.day), anchor.day) : undefined;
        default: return undefined;
      }
    }
    case "weekday": {
      const wd = c.weekdays.get(lower(g.wd));
      if (!wd) return undefined;
      const mod = g.mod !== undefined ? c.modifiers.get(lower(g.mod)) ?? 0 : undefined;
      const day = mod === 1 ? weekdayOnOrAfter(anchor.day, wd, true)
        : mod === undefined && future ? weekdayOnOrAfter(anchor.day, wd, false)
        : weekdayOnOrBefore(anchor.day, wd, mod === -1);
      const pod = podOf(g, c);
      const h = hourOf(g, matched);
      const value = fmtDay(day) + (h !== undefined ? fmtTime(h, parseInt(g.min ?? "0", 10)) : pod);
      return make(c, text, cand, value, day);
    }
    case "set": {
      const wd = c.weekdays.get(lower(g.wd));
      return wd ? { ...make(c, text, cand, `XXXX-WXX-${wd}`), type: "SET" } : undefined;
    }
    case "decade": {
      const d = g.decade;
      if (d === undefined) return undefined;
      const m = /(19|20)\d0/.exec(matched);
      const ay = ymd(anchor.day).y;
      const century = m ? m[1] : 2000 + Number(d) * 10 <= ay ? "20" : "19";
      return make(c, text, cand, `${century}${d}`);
    }
    case "nightbefore": {
      // "in der Nacht zum Donnerstag" / "zum 8. Januar": the night is dated by the evening before.
      let day: number;
      if (g.wd !== undefined) {
        const wd = c.weekdays.get(lower(g.wd));
        if (!wd) return undefined;
        day = weekdayOnOrBefore(anchor.day, wd) - 1;
      } else {
        const month = monthOf(g.month, c), d = parseInt(g.day ?? "", 10);
        if (!month || !d) return undefined;
        const y = yearOf(g.year, anchor) ?? inferYear(month, d, anchor, future);
        if (d > daysInMonth(y, month)) return undefined;
        day = dayNumber(y, month, d) - 1;
      }
      return make(c, text, cand, fmtDay(day) + "TNI", day);
    }
    case "season": {
      const season = c.seasons.get(lower(g.season));
      if (!season) return undefined;
      const mod = g.mod !== undefined ? c.modifiers.get(lower(g.mod)) ?? 0 : 0;
      const y = yearOf(g.year, anchor) ?? ymd(anchor.day).y + mod;
      return make(c, text, cand, `${y}-${season}`);
    }
    case "inunit": {
      const unit = c.units.get(lower(g.unit));
      if (!unit) return undefined;
      if (g.vq !== undefined) return future ? make(c, text, cand, "FUTURE_REF") : undefined;
      const n = numberOf(g.num, c);
      if (n === undefined || n === 0) return undefined;
      if (!future || unit === "H" || unit === "MIN") return make(c, text, cand, durationValue(n, unit));
      const day = shiftByUnit(anchor.day, Math.round(n), unit);
      return make(c, text, cand, fmtDay(day), day);
    }
    case "reldayfuture":
    case "relday": {
      if (cand.kind === "reldayfuture" && !future) return undefined;
      const rel = c.relativeDays.get(lower(g.rel));
      if (rel === undefined) return undefined;
      const pod = podOf(g, c);
      const phrase = g.pod ? c.dayPhrases.get(`${lower(g.rel)} ${lower(g.pod)}`) : undefined;
      const day = anchor.day + (phrase ? phrase[0] : rel);
      const h = hourOf(g, matched);
      const value = fmtDay(day) + (h !== undefined ? fmtTime(h, parseInt(g.min ?? "0", 10)) : phrase ? phrase[1] : pod);
      return make(c, text, cand, value, day);
    }
    case "dayphrase": {
      const p = c.dayPhrases.get(lower(g.phrase));
      if (!p) return undefined;
      const day = anchor.day + p[0];
      return make(c, text, cand, fmtDay(day) + p[1], day);
    }
    case "pod": {
      const pod = podOf(g, c);
      if (!pod) return undefined;
      const day = podDay(pod, anchor);
      return make(c, text, cand, fmtDay(day) + pod, day);
    }
    case "ordnight": {
      const day = anchor.day - 1;
      return make(c, text, cand, fmtDay(day) + "TNI", day);
    }
    case "ago": {
      if (g.vq !== undefined) return make(c, text, cand, "PAST_REF");
      const n = numberOf(g.num, c), unit = c.units.get(lower(g.unit));
      if (n === undefined || !unit) return undefined;
      if (unit === "H" || unit === "MIN") return make(c, text, cand, fmtDay(anchor.day), anchor.day);
      const day = shiftByUnit(anchor.day, -Math.round(n), unit);
      return make(c, text, cand, fmtDay(day), day);
    }
    case "vagueduration": {
      const unit = c.vagueUnits.get(lower(g.vunit));
      return unit ? make(c, text, cand, durationValue(c.table.vagueCount, unit)) : undefined;
    }
    case "ordduration": {
      const n = ordinalOf(g.ord, c), unit = c.units.get(lower(g.unit));
      return n && unit ? make(c, text, cand, durationValue(n, unit)) : undefined;
    }
    case "duration": {
      const n = numberOf(g.num, c), unit = c.units.get(lower(g.unit));
      if (n === undefined || !unit || n === 0) return undefined;
      if (c.ageFollowers.test(text.slice(cand.end, cand.end + 20))) return undefined;
      if (c.agePreps.test(text.slice(Math.max(0, cand.start - 20), cand.start))) return undefined;
      return make(c, text, cand, durationValue(n, unit));
    }
    case "present":
      return make(c, text, cand, "PRESENT_REF");
    case "past":
      return make(c, text, cand, "PAST_REF");
    default:
      return undefined;
  }
}

/** The anchor: the article's update time when given, else the publication day; the dateline's clock time when found. */
function findAnchor(doc: Document, cands: Candidate[], c: CompiledLang): Anchor {
  const text = doc.text;
  let day = parseIsoDay(doc.meta.anchor) ?? parseIsoDay(doc.meta.updated) ?? parseIsoDay(doc.meta.published);
  let minutes: number | undefined;
  const upd = doc.meta.updated ? /T(\d{2}):(\d{2})/.exec(doc.meta.updated) : null;
  if (upd && parseIsoDay(doc.meta.updated) === day) minutes = +upd[1] * 60 + +upd[2];
  if (minutes === undefined || day === undefined) {
    // A dated clock time after a cue ("Stand:", "Updated") or near the top of the article.
    for (const cand of cands) {
      if (cand.kind !== "date" || cand.g.hour === undefined) continue;
      const cue = c.anchorCue.test(text.slice(Math.max(0, cand.start - 25), cand.start));
      if (!cue && cand.start > 400) continue;
      const provisional: Anchor = { day: day ?? todayDay() };
      const month = monthOf(cand.g.month, c), d = parseInt(cand.g.day ?? "", 10);
      if (!month || !d) continue;
      const y = yearOf(cand.g.year, provisional) ?? inferYear(month, d, provisional);
      const dn = dayNumber(y, month, d);
      if (day === undefined) day = dn;
      if (dn !== day) continue;
      const h = hourOf(cand.g, text.slice(cand.start, cand.end));
      if (h !== undefined) minutes = h * 60 + parseInt(cand.g.min ?? "0", 10);
      break;
    }
  }
  return { day: day ?? todayDay(), minutes };
}

function todayDay(): number {
  return Math.floor(Date.now() / 86_400_000);
}

export function extractTimes(doc: Document): void {
  const times = resolveTimes(doc);
  const results: TimeExpr[] = times.map((t) => ({ text: t.text, value: t.value, type: t.type, start: t.start, end: t.end }));
  doc.results.times = results;
  doc.setLayer("time", times.map((t) => ({ start: t.start, end: t.end, label: t.type, attrs: { value: t.value, type: t.type } })));
}
