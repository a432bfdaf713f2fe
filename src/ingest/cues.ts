// Compiles the per-language layout cue data (src/lang/<lang>/article.ts) into regular expressions,
// once at module load, and parses the dates and times those cues carry.
import type { Lang } from "../schema/index.js";
import { perLanguage } from "../lang/registry.js";
import type { ArticleData } from "../lang/types.js";

export type ArticleCueData = ArticleData;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Alternation of phrases, longest first, spaces matching any run of blanks. */
const alt = (xs: readonly string[]) =>
  [...new Set(xs)].sort((a, b) => b.length - a.length).map((x) => esc(x).replace(/ /g, "\\s+")).join("|");

export interface Cues {
  lang: Lang;
  data: ArticleCueData;
  months: Map<string, number>;
  /** "Stand: <rest>" */
  updated: RegExp;
  /** "Veröffentlicht: <rest>" */
  publishedLine: RegExp;
  /** "Karte: Kasachstan" */
  embed: RegExp;
  /** "Über dieses Thema berichtete ..." */
  broadcast: RegExp;
  /** "Image copyright X Image caption Y" (credit first, then caption) */
  creditThenCaption: RegExp;
  /** "Image caption Y" */
  captionLabel: RegExp;
  /** "caption text (Foto: X)" / "Foto: X" at the end of a line */
  trailingCredit: RegExp;
  /** "Foto: X" / "© X" at the start of a line, caption after it */
  leadingCredit: RegExp;
  /** "By Jane Doe" */
  byline: RegExp;
  bylineJoiners: Set<string>;
  /** splits "Anna Beispiel und Tom Muster" into names */
  bylineSplit: RegExp;
  titleOpeners: Set<string>;
  agencies: Set<string>;
  /** "Mit Material von dpa", "(Reporting by ...; Editing by ...)" */
  creditLine: RegExp;
  /** agency names anywhere in a credit note */
  agencyMention: RegExp;
  /** "Stand 19.11.2019" inside a credit */
  creditDate: RegExp;
  /** textual dates "7. Januar 2022", "29 Nov 2024", "January 7, 2022" */
  textDateDMY: RegExp;
  textDateMDY: RegExp;
  /** what may stand between a date and its clock time (" - ", ", ", " um ") */
  gapBeforeTime: RegExp;
}

const NUM_DATE = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})\b/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;
const TIME = /\b(\d{1,2})[:.](\d{2})(?![\d.:])\s*(a\.?m\.?|p\.?m\.?)?/i;

function compile(lang: Lang, d: ArticleData): Cues {
  const monthAlt = alt(Object.keys(d.months));
  const creditAlt = alt(d.creditLabels);
  const captionAlt = alt(d.captionLabels);
  return {
    lang,
    data: d,
    months: new Map(Object.entries(d.months)),
    updated: new RegExp(`^(?:${alt(d.updatedLabels)})\\s*:?\\s+(.{6,60})$`, "iu"),
    publishedLine: new RegExp(`^(?:${alt(d.publishedLabels)})\\s*:?\\s+(.{6,60})$`, "iu"),
    embed: new RegExp(`^(?:${alt(d.embedLabels)})\\s*:\\s*(\\S.{0,100})$`, "u"),
    broadcast: new RegExp(`^(?:${alt(d.broadcastCues)})\\b`, "iu"),
    creditThenCaption: new RegExp(`^(?:${creditAlt})\\s*[:,]?\\s+(.{1,80}?)\\s+(?:${captionAlt})\\s*[:,]?\\s+(.+)$`, "u"),
    captionLabel: new RegExp(`^(?:${captionAlt})\\s*[:,]?\\s+(.+)$`, "u"),
    trailingCredit: new RegExp(`^(.*?)[\\s(\\[]*(?<![\\p{L}])(?:${creditAlt})\\s*[:,]\\s*([^()\\[\\]:]{1,80}?)[)\\]]?\\s*$`, "u"),
    leadingCredit: new RegExp(`^(?:${creditAlt})\\s*[:,]\\s*([^()\\[\\]:|]{1,60}?)(?:\\s*[|/–—-]\\s+|\\s{2,})(.{10,})$`, "u"),
    byline: new RegExp(`^(?:${alt(d.bylinePrefixes)})\\s+(.{3,120})$`, "u"),
    bylineJoiners: new Set(d.bylineJoiners),
    bylineSplit: new RegExp(`\\s*,\\s*|\\s+(?:${alt(d.bylineConjunctions)})\\s+`, "u"),
    titleOpeners: new Set(d.titleOpeners),
    agencies: new Set(d.agencies.map((a) => a.toLowerCase())),
    creditLine: new RegExp(`^\\(?(?:${alt(d.creditLinePrefixes)})\\s*(.{2,240}?)\\)?$`, "iu"),
    agencyMention: new RegExp(`(?<![\\p{L}\\d])(?:${alt(d.agencies)})(?![\\p{L}\\d])`, "gu"),
    creditDate: new RegExp(`^(?:(?:${alt(d.creditDateLabels)})\\s*:?\\s*)?(.+)$`, "iu"),
    textDateDMY: new RegExp(`\\b(\\d{1,2})\\.?\\s+(${monthAlt})\\.?,?\\s+(\\d{4})\\b`, "iu"),
    gapBeforeTime: new RegExp(`^(?:\\s*(?:[,\\-–—|/@]|${alt(d.timeConnectors)})\\s*)*\\s*$`, "iu"),
    textDateMDY: new RegExp(`\\b(${monthAlt})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "iu"),
  };
}

/** The compiled layout cues of a language, built on first use. */
export const cuesFor: (lang: string) => Cues = perLanguage((pack) => compile(pack.code as Lang, pack.article));

const pad = (n: number) => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export interface DateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM when a clock time follows the date */
  time: string | null;
  /** offsets of the date expression in the input string */
  index: number;
  length: number;
}

/** Finds the first date (with an optional clock time after it) in a short string. */
export function findDateTime(s: string, cues: Cues): DateTime | null {
  let best: { date: string; index: number; length: number } | null = null;
  const consider = (date: string | null, m: RegExpExecArray | null) => {
    if (date && m && (!best || m.index < best.index)) best = { date, index: m.index, length: m[0].length };
  };
  let m = ISO_DATE.exec(s);
  if (m) {
    const date = validDate(+m[1], +m[2], +m[3]);
    if (date && m[4]) return { date, time: `${m[4]}:${m[5]}`, index: m.index, length: m[0].length };
    consider(date, m);
  }
  m = NUM_DATE.exec(s);
  if (m) {
    let y = +m[4];
    if (m[4].length === 2) y += 2000;
    const dotted = m[2] === ".";
    const dmy = dotted || cues.data.numericDateOrder === "dmy";
    consider(dmy ? validDate(y, +m[3], +m[1]) : validDate(y, +m[1], +m[3]), m);
  }
  m = cues.textDateDMY.exec(s);
  if (m) consider(validDate(+m[3], cues.months.get(m[2].toLowerCase()) ?? 0, +m[1]), m);
  m = cues.textDateMDY.exec(s);
  if (m) consider(validDate(+m[3], cues.months.get(m[1].toLowerCase()) ?? 0, +m[2]), m);
  if (!best) return null;
  const b: { date: string; index: number; length: number } = best;
  const rest = s.slice(b.index + b.length, b.index + b.length + 30);
  const t = TIME.exec(rest);
  let time: string | null = null;
  if (t && cues.gapBeforeTime.test(rest.slice(0, t.index))) {
    let h = +t[1];
    const min = +t[2];
    const ampm = t[3]?.toLowerCase().replace(/\./g, "");
    if (ampm === "pm" && h < 12) h += 12;
    if (ampm === "am" && h === 12) h = 0;
    if (h < 24 && min < 60) time = `${pad(h)}:${pad(min)}`;
  }
  return { date: b.date, time, index: b.index, length: b.length };
}
