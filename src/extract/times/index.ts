// Extract component for `times`: finds time expressions with the rule tables of the article's
// language (src/lang/<lang>/time.ts) and normalises each to a TIMEX3 value, resolved against the
// anchor (the article's "Stand"/update time, else its publication day).
import type { Document } from "../../nlp/document.js";
import type { TimeExpr } from "../../schema/index.js";
import { compiledFor, type CompiledLang } from "./compile.js";
import { dayNumber, fmtDay, fmtTime, parseIsoDay } from "./calendar.js";
import { resolveOne, resolveRefDay, make, hourOf, monthOf, yearOf, inferYear, type Anchor, type Candidate, type ResolvedTime, type ReferenceContext } from "./resolve.js";
import { clauseBefore, frameOf, lastMentionedDay, narrativeReference, speaksOfFuture, type Frame } from "./reference.js";

export type { ResolvedTime } from "./resolve.js";

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


export function resolveTimes(doc: Document): ResolvedTime[] {
  const c = compiledFor(doc.lang);
  const text = doc.text;
  const cands = selectCandidates(findCandidates(text, c));
  const anchor = findAnchor(doc, cands, c);
  const out: ResolvedTime[] = [];
  const frames: Frame[] = [];
  const pending: Candidate[] = [];
  for (const cand of cands) {
    if (cand.kind === "time") { pending.push(cand); continue; }
    const s = doc.sentenceAt(cand.start);
    const from = s ? s.start : Math.max(0, cand.start - 150);
    const sentence = text.slice(from, s ? s.end : cand.end + 150);
    const future = speaksOfFuture(sentence, cand.start - from, cand.end - from, c);
    const paragraph = doc.blockAt(cand.start)?.start ?? 0;
    const context = referenceContext(out, frames, anchor, paragraph, text, cand.start, future);
    // "gestern" in a quotation counts from the day the quoted words were said ('Am Montag sagte er: "Gestern ..."').
    const speech = RELATIVE_TO_SPEECH.has(cand.kind) ? speechDay(text, paragraph, cand.start, out) : undefined;
    const base = speech !== undefined ? { day: speech } : anchor;
    const r = cand.kind === "refday" ? resolveRefDay(text, cand, c, out, anchor) : resolveOne(text, cand, c, base, future, context);
    if (!r) continue;
    out.push(r);
    const explicit = cand.g.year !== undefined || cand.kind === "year" || context.reference !== undefined;
    const frame = frameOf(r, explicit, paragraph, s?.start ?? -1, clauseBefore(sentence, r.start - from), c);
    if (frame) frames.push(frame);
  }
  // Clock times without a date take the day of a dated expression in the same sentence,
  for (const cand of pending) {
    const s = doc.sentenceAt(cand.start);
    const near = out
      .filter((t) => t.day !== undefined && (s ? t.start >= s.start && t.end <= s.end : Math.abs(t.start - cand.start) < 120))
      .sort((a, b) => Math.abs(a.start - cand.start) - Math.abs(b.start - cand.start))[0];
    // else the day mentioned last before it ("on Sunday ... around 1 p.m."), else the anchor's
    const day = near?.day ?? lastMentionedDay(out.filter((t) => t.end <= cand.start)) ?? anchor.day;
    const h = hourOf(cand.g, text.slice(cand.start, cand.end), c);
    if (h === undefined) continue;
    out.push(make(c, text, cand, fmtDay(day) + fmtTime(h, parseInt(cand.g.min ?? "0", 10)), day));
  }
  return out.sort((a, b) => a.start - b.start);
}


/** Kinds counted from the time of speaking ("gestern", "last night"). */
const RELATIVE_TO_SPEECH = new Set<Candidate["kind"]>(["relday", "reldayfuture", "dayphrase"]);

/** Quotation marks; each one opens or closes a quotation. */
const QUOTE = /["„“”«»]/g;

/** The day a quotation around `at` was spoken: the day mentioned last in its paragraph before the quotation opens,
 *  undefined outside a quotation or without such a day. */
function speechDay(text: string, paragraph: number, at: number, before: ResolvedTime[]): number | undefined {
  const marks = [...text.slice(paragraph, at).matchAll(QUOTE)];
  if (marks.length % 2 === 0) return undefined;
  const open = paragraph + marks[marks.length - 1].index;
  return lastMentionedDay(before.filter((t) => t.start >= paragraph && t.end <= open));
}

/** What the expressions before a candidate say about the time its sentence is about. */
function referenceContext(before: ResolvedTime[], frames: Frame[], anchor: Anchor, paragraph: number, text: string, at: number, future: boolean): ReferenceContext {
  // A clause that speaks of the future is not about the narrative's past ("soll noch vor Weihnachten verlegt werden").
  const narrative = future ? undefined : narrativeReference(frames, anchor, paragraph, text, at);
  const dayInParagraph = narrative && narrative.paragraph === paragraph && narrative.reference.granularity === "D";
  const lastValue = [...before].reverse().find((t) => t.type !== "DURATION" && t.type !== "SET" && /^\d{4}/.test(t.value))?.value;
  return { reference: narrative?.reference, paragraphDay: dayInParagraph ? narrative.reference.day : undefined, lastDay: lastMentionedDay(before), lastValue };
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
      const h = hourOf(cand.g, text.slice(cand.start, cand.end), c);
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
