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
  lex: { possessives: Set<string>; priorMarkers: Set<string> };
}

/** Where a mention stands: its sentence and cue token. */
export interface MentionAt {
  sentence: number;
  token: number;
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
export function mentionDay(src: DaySources, at: MentionAt): { day: string | null; background: boolean; prior: boolean } {
  const { doc, low, times } = src;
  const s = doc.sentences[at.sentence];
  const cuePos = doc.tokens[at.token].start;
  let prior = false;
  for (let k = Math.max(s.tokenStart, at.token - PRIOR_WINDOW); k < at.token; k++) if (src.lex.priorMarkers.has(low[k])) prior = true;
  const ownDayEnd = doc.tokens[Math.min(s.tokenEnd - 1, at.token + OWN_DAY_WINDOW)].end;
  const pub = doc.meta.published ? dayNum(doc.meta.published.slice(0, 10)) : NaN;
  let best: { d: number; day: string } | null = null;
  let background = false;
  for (const t of times) {
    if (t.start < s.start || t.end > s.end) continue;
    const value = String(t.attrs.value ?? "");
    if (t.attrs.type === "DURATION" || t.attrs.type === "SET") continue;
    if (prior && (t.start < cuePos || t.start > ownDayEnd)) continue;
    // a possessive ("Sunday's elections") belongs to the noun after it
    const after = doc.tokenIndexAt(t.end);
    if (after >= 0 && after < s.tokenEnd && src.lex.possessives.has(low[after]) && (at.token < after || at.token > after + 3)) continue;
    const day = dayOf(value);
    if (!day) {
      if (periodIsOver(value, pub)) background = true;
      continue;
    }
    const d = Math.abs((t.start + t.end) / 2 - cuePos);
    if (!best || d < best.d) best = { d, day };
  }
  if (best && Number.isFinite(pub)) {
    const n = dayNum(best.day);
    if (n < pub - BACKGROUND_DAYS || n > pub + 1) return { day: null, background: true, prior };
  }
  if (best) return { day: best.day, background: false, prior };
  return { day: null, background, prior };
}

/**
 * A month or year long before publication marks the sentence as background ("im November 2019");
 * so does a month or year that ended before the publication month began ("last month", "im Januar").
 */
function periodIsOver(value: string, pub: number): boolean {
  const m = /^(\d{4})(?:-(\d\d))?$/.exec(value);
  if (!m || !Number.isFinite(pub)) return false;
  const endOfPeriod = m[2] ? Date.UTC(Number(m[1]), Number(m[2]), 0) / 864e5 : Date.UTC(Number(m[1]), 11, 31) / 864e5;
  const pd = new Date(pub * 864e5);
  const pubMonthStart = Date.UTC(pd.getUTCFullYear(), pd.getUTCMonth(), 1) / 864e5;
  return endOfPeriod < pub - BACKGROUND_DAYS || endOfPeriod < pubMonthStart;
}
