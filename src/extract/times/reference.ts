// The time a sentence is about: the publication day (the anchor), unless the narrative has moved away from it to an
// earlier date given before ("Am 1. September 1939 ... Am 3. September" -> 1939); and the tense of the clause around
// a time expression, which decides whether a bare weekday or month lies ahead or behind ("will be closed until Monday").
import type { CompiledLang } from "./compile.js";
import { dayNumber } from "./calendar.js";
import type { Anchor, ResolvedTime } from "./resolve.js";

/** How far (in days) a day must lie before the anchor for the narrative to have moved away from it. */
const AWAY_DAYS = 31;

/** The middle month of a season or part of a year ("SU" -> July, "Q3" -> August, "H1" -> April). */
const MIDDLE_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 12, Q1: 2, Q2: 5, Q3: 8, Q4: 11, H1: 4, H2: 10 };

/** A resolved value as a reference: its day (the 15th of a month or of the middle month of a season or quarter, 1 July
 *  of a year) and granularity; undefined for durations, sets, vague words and weeks. */
export function referenceOf(value: string): Anchor | undefined {
  const part = /^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$/.exec(value);
  if (part) return { day: dayNumber(+part[1], MIDDLE_MONTH[part[2]], 15), granularity: "M" };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=T|$)/.exec(value);
  if (!m) return undefined;
  const y = +m[1];
  if (m[3]) return { day: dayNumber(y, +m[2], +m[3]), granularity: "D" };
  if (m[2]) return { day: dayNumber(y, +m[2], 15), granularity: "M" };
  return { day: dayNumber(y, 7, 1), granularity: "Y" };
}

/** Whether a reference lies well before the anchor: an earlier year, an earlier month but one, a day more than a month back. */
function awayFrom(ref: Anchor, anchor: Anchor): boolean {
  const a = new Date(anchor.day * 86_400_000), r = new Date(ref.day * 86_400_000);
  if (ref.granularity === "Y") return r.getUTCFullYear() < a.getUTCFullYear();
  if (ref.granularity === "M") return r.getUTCFullYear() * 12 + r.getUTCMonth() < a.getUTCFullYear() * 12 + a.getUTCMonth() - 1;
  return ref.day < anchor.day - AWAY_DAYS;
}

/** Sentence ends in a stretch of text: a full stop, "!" or "?" before a capital, not after a digit ("die 6. Armee"). */
function sentenceEnds(stretch: string): number {
  return [...stretch.matchAll(/(?<!\d)[.!?]["“”»«']?\s+(?=["„“«]?\p{Lu})/gu)].length;
}

/** A dated expression with its paragraph's start; `explicit` when its year is given (or it continues the narrative's),
 *  so that it can set the time of the narrative. */
export interface Frame { time: ResolvedTime; reference: Anchor; paragraph: number; explicit: boolean }

/**
 * The narrative reference of an expression at `at`: the last frame before it, when that lies well before the anchor and
 * is in its paragraph at most one sentence end back; in a historical text (two or more frames and two thirds of them lie well before the anchor)
 * anywhere in the paragraph or an earlier one; else undefined (the anchor holds: a news report's background date
 * two sentences back does not move "vor Weihnachten").
 */
export function narrativeReference(frames: Frame[], anchor: Anchor, paragraph: number, text: string, at: number): Frame | undefined {
  const last = frames.at(-1);
  if (!last || !last.explicit || !awayFrom(last.reference, anchor)) return undefined;
  if (last.paragraph === paragraph && sentenceEnds(text.slice(last.time.end, at + 1)) <= 1) return last;
  const away = frames.filter((f) => awayFrom(f.reference, anchor)).length;
  return away >= 2 && away * 3 >= frames.length * 2 ? last : undefined;
}

/**
 * The frame of an expression, or undefined: a date, month or year (explicit when the text gives its year or it
 * continues the narrative: "am 3. September" after "1939"), not an open range ("seit 2019", "until 2030", "since the
 * government took office in December 2023": `clauseBefore` is the text of its clause before it),
 * and a bare year only with a preposition or at the start of its sentence ("In 1999, ...", "1939 marschierte"), not as
 * a modifier ("the 1999 database").
 */
export function frameOf(t: ResolvedTime, explicit: boolean, paragraph: number, sentenceStart: number, clauseBefore: string, c: CompiledLang): Frame | undefined {
  if (t.type === "DURATION" || t.type === "SET" || c.rangeStart.test(t.text) || c.rangeWord.test(clauseBefore)) return undefined;
  const reference = referenceOf(t.value);
  if (!reference) return undefined;
  if (reference.granularity === "Y" && !/^\p{L}/u.test(t.text) && t.start !== sentenceStart) return undefined;
  return { time: t, reference, paragraph, explicit };
}

/** The day last mentioned before a position ("am Dienstag ... Am Abend" -> that Tuesday), undefined without one. */
export function lastMentionedDay(before: ResolvedTime[]): number | undefined {
  const last = [...before].reverse().find((t) => t.day !== undefined && t.type !== "DURATION");
  // After a night the day goes on with the morning after it ("In der Nacht zum Dienstag ... Am Nachmittag").
  return last?.day !== undefined && last.value.endsWith("TNI") ? last.day + 1 : last?.day;
}

/** The text of the clause before position `start` of a sentence. */
export function clauseBefore(sentence: string, start: number): string {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(sentence[from - 1])) from--;
  return sentence.slice(from, start);
}

/** Punctuation that ends a clause for the tense cues ("..., who was arrested on Friday, will ..."). */
const CLAUSE_BREAK = /[,;:()"“”„«»–—]/u;

/** Whether the clause of a time expression speaks of the future: the cue nearest to it inside its clause decides
 *  ("will be closed until Monday, the ministry announced"); without a cue in the clause, a future cue in the sentence
 *  and no past cue. */
export function speaksOfFuture(sentence: string, start: number, end: number, c: CompiledLang): boolean {
  let from = start, to = end;
  while (from > 0 && !CLAUSE_BREAK.test(sentence[from - 1])) from--;
  while (to < sentence.length && !CLAUSE_BREAK.test(sentence[to])) to++;
  // A past verb form rules its clause ("soll am Dienstag festgenommen worden sein").
  if (c.pastForm?.test(sentence.slice(from, to))) return false;
  let best: { distance: number; future: boolean } | undefined;
  // Past cues first: on a tie the past wins ("sollen am Donnerstag gestorben sein").
  for (const [re, future] of [[c.pastCueGlobal, false], [c.futureCueGlobal, true]] as const) {
    re.lastIndex = 0;
    const clause = sentence.slice(from, to);
    for (const m of clause.matchAll(re)) {
      const s = from + m.index, e = s + m[0].length;
      if (s >= start && s < end) continue; // inside the expression
      const distance = e <= start ? start - e : s >= end ? s - end : 0; // a cue running into it ("postponed until Saturday") touches it
      if (!best || distance < best.distance) best = { distance, future };
    }
  }
  if (best) return best.future;
  return c.futureCue.test(sentence) && !c.pastCue.test(sentence);
}
