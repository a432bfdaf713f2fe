// Plain-text layout reader: finds the structure of a news page copied as text — photo caption and
// credit, kicker and title, the "last updated" line, datelines and bylines, the teaser, sub-headings
// (one section each), embeds, the closing broadcast note and agency credits — and cuts the text into
// blocks. Every cue word comes from the language's data module (src/lang/<lang>/article.ts).
import type { Block, BlockRole } from "../nlp/document.js";
import type { Lang } from "../schema/index.js";
import { cuesFor, findDateTime, type Cues } from "./cues.js";
import { hasLetter, startsCapitalThenLower, startsWithCapital } from "../nlp/characters.js";

export interface Caption {
  text: string;
  credit?: string | null;
}

export interface Layout {
  blocks: Block[];
  kicker: string | null;
  title: string | null;
  teaser: string | null;
  /** YYYY-MM-DDTHH:MM (or YYYY-MM-DD) of the last update, local time of the outlet. */
  updated: string | null;
  /** YYYY-MM-DD when the text gives it (agency credit with a date, dateline). */
  published: string | null;
  timezone: string | null;
  outlet: string | null;
  credits: string[];
  captions: Caption[];
  sections: { heading: string | null; paragraphs: string[] }[];
  embeds: string[];
  broadcast: string | null;
  authors: string[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

type Kind =
  | { k: "caption"; caption: Span | null; credit: Span | null }
  | { k: "updated"; value: string }
  | { k: "published"; date: string }
  | { k: "dateline"; date: string; time: string | null; outlet: string | null }
  | { k: "byline"; names: string }
  | { k: "embed" }
  | { k: "broadcast" }
  | { k: "headline" }
  | { k: "paragraph" };

/** A sub-span of a line, as offsets into the whole text. */
interface Span {
  start: number;
  end: number;
}

const FINAL_PUNCT = /[.,;:…]$/;
const CLOSING = /["”“»«'’)\]]+$/;
const OPENING = /^["„“»«'‚‘(\[]+/;
/** a sentence ends inside the line ("... gelöscht. Verletzt ...", "... square. (Credit)") */
const INNER_SENTENCE_END = /\p{Ll}{3,}[.!?]["”“»«'’]?\s+[\p{Lu}(„"«»]/u;
const UPPER_START = /^["„“»«'‚‘(\[]*[\p{Lu}\d]/u;
const SENTENCE_END = /[.!?…]["”“»«'’)]*$/;
const PIPE_CREDIT = /^(.+?)\s+\|\s+([^|]{1,60})$/;
const COPYRIGHT = /^(.*?)\s*[(\[]?©\s*([^©()\[\]]{1,60}?)[)\]]?\s*$/;
const PAREN_AT_END = /\(([^()]{2,80})\)\s*$/;
const MAX_CUE_LINE = 1000;
/** At most kicker, title and a subtitle line stand before the text. */
const MAX_HEAD_HEADLINES = 3;
const PAREN_AFTER_SENTENCE = /^(.*[.!?…]["”“»«'’]?)\s+\(([^()]{2,40})\)$/;
const CREDIT_SPLIT = /\s*[/,;&+]\s*/;
const WORD = /\S+/g;
// datelines at the start of a paragraph: "MOSCOW (Reuters) -", "Berlin (dpa) -", "WASHINGTON —"
const DATELINE_AGENCY = /^(\p{Lu}[\p{L}.'’\-]*(?:[ /]\p{Lu}[\p{L}.'’\-]*){0,3})(?:,\s*[\p{L}\d.]+(?:\s[\p{L}\d.]+){0,2})?\s*\(([^()]{2,40})\)\s*[-–—:]+\s+/u;
const DATELINE_CAPS = /^(\p{Lu}[\p{Lu}.'’\-]+(?:\s\p{Lu}[\p{Lu}.'’\-]+){0,3})(?:,\s*[\p{L}\d.]+(?:\s[\p{L}\d.]+){0,2})?\s*[-–—]+\s+/u;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (!t) continue;
    out.push({ start: m.index + lead, end: m.index + lead + t.length, text: t });
  }
  return out;
}

/** A short line without final punctuation: a title, kicker or sub-heading. */
function isHeadlineLike(t: string, maxWords: number, maxLen: number): boolean {
  if (t.length > maxLen || !hasLetter(t) || !UPPER_START.test(t)) return false;
  const bare = t.replace(CLOSING, "");
  if (!bare || FINAL_PUNCT.test(bare) || INNER_SENTENCE_END.test(t)) return false;
  return wordCount(t) <= maxWords;
}

function isAgency(s: string, cues: Cues): boolean {
  return cues.agencies.has(s.trim().toLowerCase());
}

/** A credit text looks like a name or agency: short, no sentence punctuation. */
function creditLike(s: string): boolean {
  const t = s.trim();
  return t.length >= 2 && t.length <= 80 && wordCount(t) <= 8 && !/[.!?;]$/.test(t.replace(/\b[A-Z]\.$/, "")) && hasLetter(t);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** What the HTML structure already says a line is (the plain-text heuristics decide the rest). */
export type LineHint = "kicker" | "title" | "heading" | "paragraph" | "caption";

function classify(line: Line, text: string, cues: Cues, inHead: boolean, hint?: LineHint): Kind {
  const t = line.text;
  // cue lines, captions and headlines are short; long lines are body text (and regexes stay linear)
  if (t.length > MAX_CUE_LINE) return { k: "paragraph" };
  const at = (idx: number, len: number): Span => trimSpan(text, line.start + idx, line.start + idx + len);
  // captions and credits
  let m = cues.creditThenCaption.exec(t);
  if (m) {
    const ci = t.indexOf(m[1]);
    const pi = t.lastIndexOf(m[2]);
    return { k: "caption", credit: at(ci, m[1].length), caption: at(pi, m[2].length) };
  }
  m = cues.captionLabel.exec(t);
  if (m) return { k: "caption", caption: at(t.length - m[1].length, m[1].length), credit: null };
  if (cues.embed.test(t)) return { k: "embed" };
  m = cues.leadingCredit.exec(t);
  if (m && creditLike(m[1])) {
    return { k: "caption", credit: at(t.indexOf(m[1]), m[1].length), caption: at(t.length - m[2].length, m[2].length) };
  }
  m = PIPE_CREDIT.exec(t);
  if (m && wordCount(m[2]) <= 6 && wordCount(m[1]) >= 3 && creditLike(m[2])) {
    return { k: "caption", caption: at(0, m[1].length), credit: at(t.length - m[2].length, m[2].length) };
  }
  if (t.length <= 400) {
    m = cues.trailingCredit.exec(t) ?? COPYRIGHT.exec(t);
    if (m && creditLike(m[2]) && (m[1].length === 0 || wordCount(m[1]) >= 3)) {
      const credit = at(t.lastIndexOf(m[2]), m[2].length);
      const capText = m[1].replace(/[\s(\[|–—-]+$/, "");
      return { k: "caption", credit, caption: capText ? at(0, capText.length) : null };
    }
  }
  if (cues.broadcast.test(t)) return { k: "broadcast" };
  m = cues.updated.exec(t);
  if (m) {
    const dt = findDateTime(m[1], cues);
    if (dt) return { k: "updated", value: dt.time ? `${dt.date}T${dt.time}` : dt.date };
  }
  m = cues.publishedLine.exec(t);
  if (m) {
    const dt = findDateTime(m[1], cues);
    if (dt) return { k: "published", date: dt.date };
  }
  m = cues.byline.exec(t);
  if (m && !SENTENCE_END.test(t)) {
    const names = m[1].split(/,\s*/)[0];
    const words = names.split(/\s+/);
    if (words.length >= 2 && words.length <= 10 && words.every((w) => cues.bylineJoiners.has(w.toLowerCase()) || startsWithCapital(w)) && !/\d/.test(names)) {
      return { k: "byline", names };
    }
  }
  if (inHead && t.length <= 120 && !SENTENCE_END.test(t)) {
    const dt = findDateTime(t, cues);
    if (dt) {
      let rest = t.slice(0, dt.index) + " " + t.slice(dt.index + dt.length);
      if (dt.time) rest = rest.replace(/\b\d{1,2}[:.]\d{2}\b/, " ");
      if (wordCount(rest.replace(/[-–—|,/]+/g, " ")) <= 6) {
        const before = t.slice(0, dt.index).trim();
        const outlet = /^[^,]{2,40},$/.test(before) ? before.slice(0, -1).trim() : null;
        return { k: "dateline", date: dt.date, time: dt.time, outlet };
      }
    }
  }
  if (hint === "kicker" || hint === "title" || hint === "heading") return { k: "headline" };
  if (hint === "caption") return { k: "caption", caption: { start: line.start, end: line.end }, credit: null };
  if (hint === "paragraph") return { k: "paragraph" };
  if (isHeadlineLike(t, inHead ? 24 : 14, inHead ? 200 : 110)) return { k: "headline" };
  return { k: "paragraph" };
}

/** Splits "Unruhen in X Offenbar Y in Z" into kicker and title at a capitalised title-opening word. */
function splitKicker(line: Line, cues: Cues): { kicker: Span; title: Span } | null {
  if (!cues.titleOpeners.size) return null;
  const words: { w: string; start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(line.text))) words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  for (let k = 1; k < words.length - 1 && k <= 7; k++) {
    const w = words[k].w.replace(OPENING, "");
    if (!startsCapitalThenLower(w) && !/^\p{Lu}$/u.test(w)) continue;
    if (!cues.titleOpeners.has(w.toLowerCase())) continue;
    const prev = words[k - 1].w;
    if (!/[\p{L}\d]$/u.test(prev)) continue;
    // a kicker ends in a noun or name: "Was Sie jetzt wissen müssen" has none
    if (cues.titleOpeners.has(prev.replace(OPENING, "").toLowerCase())) continue;
    return {
      kicker: { start: line.start, end: line.start + words[k - 1].end },
      title: { start: line.start + words[k].start, end: line.end },
    };
  }
  return null;
}

/**
 * Reads the layout of an article text. `hints` (keyed by a line's start offset) carry what a markup
 * source already knows about a line; lines without a hint are classified from their shape and cue words.
 */
export function parseLayout(text: string, lang: Lang, hints?: Map<number, LineHint>): Layout {
  const cues = cuesFor(lang);
  const lines = splitLines(text);
  const hintOf = (l: Line) => hints?.get(l.start);
  const kinds: Kind[] = [];
  let headEnd = 0;
  let headlines = 0;
  while (headEnd < lines.length) {
    const hint = hintOf(lines[headEnd]);
    if (hint === "heading" && headEnd > 0) break;
    const kd = classify(lines[headEnd], text, cues, true, hint);
    if (kd.k === "paragraph") break;
    if (kd.k === "headline" && ++headlines > MAX_HEAD_HEADLINES) break;
    kinds.push(kd);
    headEnd++;
  }
  for (let i = headEnd; i < lines.length; i++) kinds.push(classify(lines[i], text, cues, false, hintOf(lines[i])));
  const knownTitle = hints ? lines.find((l) => hintOf(l) === "title") : undefined;

  const blocks: Block[] = [];
  const out: Layout = {
    blocks, kicker: null, title: null, teaser: null, updated: null, published: null, timezone: null, outlet: null,
    credits: [], captions: [], sections: [], embeds: [], broadcast: null, authors: [],
  };
  let section = 0;
  const slice = (s: Span) => text.slice(s.start, s.end);
  const push = (role: BlockRole, s: Span) => {
    if (s.end > s.start) blocks.push({ role, start: s.start, end: s.end, section });
  };
  const addCredit = (c: string) => {
    const v = c.trim();
    if (v && !out.credits.includes(v)) out.credits.push(v);
  };
  const addCaption = (kd: Extract<Kind, { k: "caption" }>) => {
    const pieces: [BlockRole, Span][] = [];
    if (kd.caption) pieces.push(["caption", kd.caption]);
    if (kd.credit) pieces.push(["credit", kd.credit]);
    pieces.sort((a, b) => a[1].start - b[1].start);
    for (const [r, s] of pieces) push(r, s);
    const credit = kd.credit ? slice(kd.credit) : null;
    if (kd.caption) out.captions.push({ text: slice(kd.caption), credit });
    else if (credit) {
      const prev = out.captions[out.captions.length - 1];
      if (prev && !prev.credit) prev.credit = credit;
    }
    if (credit) addCredit(credit);
  };
  const handleMeta = (kd: Kind, line: Line): boolean => {
    switch (kd.k) {
      case "caption":
        addCaption(kd);
        return true;
      case "updated":
        push("dateline", line);
        if (!out.updated) {
          out.updated = kd.value;
          out.timezone = cues.data.defaultTimezone;
        }
        return true;
      case "published":
        push("dateline", line);
        out.published = kd.date;
        return true;
      case "dateline":
        push("dateline", line);
        if (!out.updated && kd.time) out.updated = `${kd.date}T${kd.time}`;
        if (!out.published) out.published = kd.date;
        if (!out.outlet && kd.outlet) out.outlet = kd.outlet;
        return true;
      case "byline":
        push("byline", line);
        for (const n of kd.names.split(cues.bylineSplit)) {
          if (n.trim() && !out.authors.includes(n.trim())) out.authors.push(n.trim());
        }
        return true;
      case "embed":
        push("embed", line);
        out.embeds.push(line.text);
        return true;
      case "broadcast":
        push("broadcast", line);
        out.broadcast = line.text;
        return true;
      default:
        return false;
    }
  };

  // ---- head: captions, kicker/title, update line, dateline, byline
  const titleLines: Line[] = [];
  for (let i = 0; i < headEnd; i++) {
    const kd = kinds[i];
    if (kd.k === "headline") titleLines.push(lines[i]);
    else handleMeta(kd, lines[i]);
  }
  if (knownTitle && titleLines.length) {
    // markup told which line is the title; a headline line before it is the kicker
    const ti = titleLines.indexOf(knownTitle);
    if (ti > 0) {
      push("kicker", titleLines[ti - 1]);
      out.kicker = titleLines[ti - 1].text;
    }
    if (ti >= 0) {
      push("title", knownTitle);
      out.title = knownTitle.text;
    }
    const rest = titleLines.slice(ti + 1);
    for (const r of rest) push("teaser", r);
    if (rest.length) out.teaser = rest.map((r) => r.text).join(" ");
  } else if (titleLines.length === 1) {
    const split = splitKicker(titleLines[0], cues);
    if (split) {
      push("kicker", split.kicker);
      push("title", split.title);
      out.kicker = slice(split.kicker);
      out.title = slice(split.title);
    } else {
      push("title", titleLines[0]);
      out.title = titleLines[0].text;
    }
  } else if (titleLines.length >= 2) {
    const [k, t, ...rest] = titleLines;
    push("kicker", k);
    push("title", t);
    out.kicker = k.text;
    out.title = t.text;
    for (const r of rest) push("teaser", r);
    if (rest.length) out.teaser = rest.map((r) => r.text).join(" ");
  }
  blocks.sort((a, b) => a.start - b.start);

  // ---- body
  const lastPara = (() => {
    for (let i = lines.length - 1; i >= headEnd; i--) if (kinds[i].k === "paragraph" || kinds[i].k === "headline") return i;
    return -1;
  })();
  // bodyAfter[i]: a paragraph or headline line follows line i
  const bodyAfter: boolean[] = new Array(lines.length).fill(false);
  for (let i = lines.length - 2; i >= 0; i--) bodyAfter[i] = bodyAfter[i + 1] || kinds[i + 1].k === "paragraph" || kinds[i + 1].k === "headline";
  const sections: Layout["sections"] = [{ heading: null, paragraphs: [] }];
  let firstBody = true;
  for (let i = headEnd; i < lines.length; i++) {
    const line = lines[i];
    let kd = kinds[i];
    if (handleMeta(kd, line)) continue;
    if (kd.k === "headline") {
      // a sub-heading needs body text after it; a short last line is a paragraph
      if (bodyAfter[i] && !firstBody) {
        section++;
        sections.push({ heading: line.text, paragraphs: [] });
        push("heading", line);
        continue;
      }
      kd = { k: "paragraph" };
    }
    let span: Span = { start: line.start, end: line.end };
    // dateline prefix of the first paragraph: "MOSCOW (Reuters) - ..."
    if (firstBody) {
      const dm = DATELINE_AGENCY.exec(line.text) ?? DATELINE_CAPS.exec(line.text);
      if (dm && dm[1].length >= 3) {
        const agency = dm[2];
        if (!agency || isAgency(agency, cues) || wordCount(agency) <= 3) {
          const prefix = trimSpan(text, line.start, line.start + dm[0].replace(/[\s\-–—:]+$/, "").length);
          push("dateline", prefix);
          if (agency) for (const a of agency.split(CREDIT_SPLIT)) if (a.trim()) addCredit(a);
          span = trimSpan(text, line.start + dm[0].length, line.end);
        }
      }
    }
    // a closing agency credit: "... (dpa/Stand 19.11.2019)", "(AFP)"
    // a closing source note: "Mit Material von dpa und AFP", "(Reporting by ...; Editing by ...)"
    if (i >= lastPara - 1 && line.text.length <= 250) {
      const cl = cues.creditLine.exec(line.text);
      if (cl) {
        for (const a of line.text.match(cues.agencyMention) ?? []) addCredit(a);
        push("credit", span);
        continue;
      }
    }
    if (i === lastPara) {
      const pm = PAREN_AT_END.exec(line.text);
      if (pm) {
        const parts = pm[1].split(CREDIT_SPLIT).map((p) => p.trim()).filter(Boolean);
        const agencies = parts.filter((p) => isAgency(p, cues));
        const note = cues.creditLine.test(`(${pm[1]})`);
        if (note) for (const a of pm[1].match(cues.agencyMention) ?? []) if (!agencies.includes(a)) agencies.push(a);
        if (agencies.length || note) {
          const open = line.start + pm.index;
          for (const a of agencies) addCredit(a);
          for (const p of parts) {
            if (agencies.includes(p)) continue;
            const dm = cues.creditDate.exec(p);
            const dt = dm ? findDateTime(dm[1], cues) : null;
            if (dt && !out.published) out.published = dt.date;
          }
          const before = trimSpan(text, span.start, open);
          if (before.end > before.start) addParagraph(before);
          push("credit", trimSpan(text, open + 1, open + 1 + pm[1].length));
          firstBody = false;
          continue;
        }
      }
    } else if (line.text.length <= 300) {
      // a photo caption inside the body: one short sentence ending in "(Credit)"
      const cm = PAREN_AFTER_SENTENCE.exec(line.text);
      if (cm && creditLike(cm[2]) && wordCount(cm[2]) <= 4 && (isAgency(cm[2], cues) || startsWithCapital(cm[2])) && !/\d/.test(cm[2])) {
        const cap = trimSpan(text, line.start, line.start + cm[1].length);
        const open = line.start + line.text.lastIndexOf("(");
        addCaption({ k: "caption", caption: cap, credit: trimSpan(text, open + 1, line.end - 1) });
        continue;
      }
    }
    addParagraph(span);
  }

  function addParagraph(span: Span): void {
    if (firstBody && (out.title || out.updated) && !out.teaser) {
      push("teaser", span);
      out.teaser = slice(span);
    } else {
      push("paragraph", span);
      sections[sections.length - 1].paragraphs.push(slice(span));
    }
    firstBody = false;
  }

  blocks.sort((a, b) => a.start - b.start);
  // section 0 (before the first sub-heading) is kept even when empty: block.section indexes into this list
  out.sections = sections;
  return out;
}

/**
 * Undoes hard line wrapping (text wrapped at a fixed width, e.g. from e-mail or a terminal): inside a
 * paragraph, a line that reaches the wrap width continues on the next line, so its newline becomes a
 * space. The text keeps its length, so offsets stay those of the input. Texts with long lines (one
 * paragraph per line) and short lines (headlines) are left alone.
 */
export function unwrapHardWraps(text: string): string {
  const lines = text.split("\n");
  let maxLen = 0;
  for (const l of lines) maxLen = Math.max(maxLen, l.trimEnd().length);
  if (maxLen < 50 || maxLen > 100) return text;
  const threshold = maxLen - 25;
  let inner = 0, wrapped = 0, midSentence = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].trim() || !lines[i + 1].trim()) continue;
    inner++;
    const cur = lines[i].trimEnd();
    if (cur.length >= threshold) {
      wrapped++;
      if (!SENTENCE_END.test(cur) && !/:$/.test(cur)) midSentence++;
    }
  }
  // wrapped lines break mostly inside sentences; one-sentence paragraphs on single lines do not
  if (wrapped < 3 || wrapped < inner * 0.6 || midSentence < wrapped * 0.5) return text;
  let result = "";
  let from = 0;
  let offset = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i].trimEnd(), next = lines[i + 1].trim();
    offset += lines[i].length; // offset of the newline after line i
    if (cur.trim() && next && cur.length >= threshold) {
      result += text.slice(from, offset) + " ";
      from = offset + 1;
    }
    offset += 1;
  }
  return result + text.slice(from);
}
