// The day an event mention happened: the time expression of its sentence nearest to the cue, and
// whether the sentence is background (a day or period well before publication).
import type { Document } from "../../nlp/document.js";

/** Background mentions: a day named this many days before publication is not the reported happening. */
export const BACKGROUND_DAYS = 14;

/** A span of the "time" layer. */
export interface TimeSpan {
  start: number;
  end: number;
  attrs: { value?: unknown; type?: unknown };
}

/** What dating a mention reads: the document, its lower-cased tokens, the "time" layer, the possessive clitics. */
export interface DaySources {
  doc: Document;
  low: string[];
  times: TimeSpan[];
  lex: { possessives: Set<string>; priorMarkers: Set<string>; nounDateMarkers: Set<string> };
  /** Reported contents (the "claim" layer): a day outside the content around a cue dates the report ("said on Friday that the attack ..."). */
  contents: { start: number; end: number }[];
}

/** Where a mention stands: its sentence and cue token. */
export interface MentionAt {
  sentence: number;
  token: number;
  /** Joined to a cue named as what came before ("nach Protesten und Unruhen"). */
  prior?: boolean;
}

const dayOf = (v: string): string | null => (/^\d{4}-\d\d-\d\d/.test(v) ? v.slice(0, 10) : null);
const dayNum = (d: string) => Date.parse(d) / 864e5;

/** A happening named after "after" stands this close behind the marker ("after a terrorist massacre"). */
const PRIOR_WINDOW = 4;
/** Its own day follows right after it ("after the attack on Friday"). */
const OWN_DAY_WINDOW = 3;

/**
 * The day a mention happened: the time expression of its sentence nearest to the cue. A happening
 * named after "after" / "nach" happened before the sentence's time ("mourned on Sunday after a
 * massacre"): only a day right behind it dates it.
 */
export function mentionDay(src: DaySources, at: MentionAt): { day: string | null; background: boolean; prior: boolean; reportDay?: string | null } {
  const { doc, low, times } = src;
  const s = doc.sentences[at.sentence];
  const cuePos = doc.tokens[at.token].start;
  let prior = at.prior ?? false;
  for (let k = Math.max(s.tokenStart, at.token - PRIOR_WINDOW); k < at.token; k++) if (src.lex.priorMarkers.has(low[k])) prior = true;
  const ownDayEnd = doc.tokens[Math.min(s.tokenEnd - 1, at.token + OWN_DAY_WINDOW)].end;
  const pub = doc.meta.published ? dayNum(doc.meta.published.slice(0, 10)) : NaN;
  const content = src.contents.find((c) => c.start <= cuePos && cuePos < c.end && c.start >= s.start - 1 && c.end <= s.end + 1);
  let best: { d: number; day: string } | null = null;
  let reportDay: string | null = null;
  let background = false;
  for (const t of times) {
    if (t.start < s.start || t.end > s.end) continue;
    const value = String(t.attrs.value ?? "");
    if (t.attrs.type === "DURATION" || t.attrs.type === "SET") continue;
    if (prior && (t.start < cuePos || t.start > ownDayEnd)) continue;
    // a possessive ("Sunday's elections") belongs to the noun after it
    const after = doc.tokenIndexAt(t.end);
    if (after >= 0 && after < s.tokenEnd && src.lex.possessives.has(low[after]) && (at.token < after || at.token > after + 3)) continue;
    // "die Wahl vom 4. Oktober": the day of the noun before it
    const first = doc.tokenIndexAt(t.start);
    const marker = src.lex.nounDateMarkers.has(low[first]) ? first : first - 1;
    if (marker >= s.tokenStart && src.lex.nounDateMarkers.has(low[marker]) && (at.token > marker || at.token < marker - 1)) continue;
    // a day outside the reported content around the cue is when it was reported
    const day = dayOf(value);
    if (content && (t.end <= content.start || t.start >= content.end)) { reportDay ??= day; continue; }
    if (!day) {
      // a period over long ago makes the cue's clause background ("Im März 2019 ..."), not a cue outside the commas around it ("Amini, die vergangene Woche starb, hat Proteste ausgelöst")
      if (periodIsOver(value, pub) && !(commaBetween(doc, s.start, t.start) && commaBetween(doc, t.end, cuePos))) background = true;
      continue;
    }
    const d = Math.abs((t.start + t.end) / 2 - cuePos);
    if (!best || d < best.d) best = { d, day };
  }
  if (best && Number.isFinite(pub)) {
    const n = dayNum(best.day);
    // long before publication: background, dated on its own day ("Vor drei Wochen hatten ...")
    if (n < pub - BACKGROUND_DAYS) return { day: best.day, background: true, prior };
    if (n > pub + 1) return { day: null, background: true, prior };
  }
  if (best) return { day: best.day, background: false, prior };
  return { day: null, background, prior, reportDay };
}

/**
 * A month or year long before publication marks the sentence as background ("im November 2019");
 * so does a month or year that ended before the publication month began ("last month", "im Januar").
 */
function periodIsOver(value: string, pub: number): boolean {
  // "in der vergangenen Woche" (2025-W11): over when it ended before the publication week began
  const w = /^(\d{4})-W(\d\d)$/.exec(value);
  if (w && Number.isFinite(pub)) return isoWeekStart(Number(w[1]), Number(w[2])) + 7 <= pub - ((new Date(pub * 864e5).getUTCDay() + 6) % 7);
  const m = /^(\d{4})(?:-(\d\d))?$/.exec(value);
  if (!m || !Number.isFinite(pub)) return false;
  const endOfPeriod = m[2] ? Date.UTC(Number(m[1]), Number(m[2]), 0) / 864e5 : Date.UTC(Number(m[1]), 11, 31) / 864e5;
  const pd = new Date(pub * 864e5);
  const pubMonthStart = Date.UTC(pd.getUTCFullYear(), pd.getUTCMonth(), 1) / 864e5;
  return endOfPeriod < pub - BACKGROUND_DAYS || endOfPeriod < pubMonthStart;
}

/** The day number of the Monday of ISO week `week` of `year`. */
function isoWeekStart(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4) / 864e5;
  const jan4Weekday = (new Date(jan4 * 864e5).getUTCDay() + 6) % 7;
  return jan4 - jan4Weekday + (week - 1) * 7;
}

/**
 * The last day a sentence names for what follows it, with whether it is background; not a day that
 * opens a period up to now ("seit Beginn der Regenfälle vor zwei Wochen").
 */
export function lastDay(src: DaySources, sentence: number): { day: string; background: boolean } | null {
  const { doc, low, times } = src;
  const s = doc.sentences[sentence];
  const pub = doc.meta.published ? dayNum(doc.meta.published.slice(0, 10)) : NaN;
  let last: string | null = null;
  for (const t of times) {
    if (t.start < s.start || t.end > s.end || t.attrs.type === "DURATION" || t.attrs.type === "SET") continue;
    const day = dayOf(String(t.attrs.value ?? ""));
    if (!day) continue;
    const first = doc.tokenIndexAt(t.start);
    let since = false;
    for (let k = Math.max(s.tokenStart, first - PRIOR_WINDOW); k <= first && !since; k++) if (src.lex.priorMarkers.has(low[k])) since = true;
    if (!since) last = day;
  }
  if (!last) return null;
  const n = dayNum(last);
  if (Number.isFinite(pub) && n > pub + 1) return null;
  return { day: last, background: Number.isFinite(pub) && n < pub - BACKGROUND_DAYS };
}

/** A comma between two offsets of the text: another clause. */
function commaBetween(doc: Document, a: number, b: number): boolean {
  return doc.text.slice(Math.min(a, b), Math.max(a, b)).includes(",");
}
