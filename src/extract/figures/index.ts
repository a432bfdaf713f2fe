// Extract component for `figures`: every cardinal quantity of people, things or money, with its
// qualifier ("mindestens", "more than"), category (killed, injured, arrested ... money, other),
// the counted noun phrase and the source of the claim that carries it.
//
// Reads: tokens, sentences, blocks, layer "time" (numbers inside time expressions are not
// figures) and layer "claim" (attrs.source). Writes doc.results.figures and layer "figure"
// (one span per figure, attrs {value, category, qualifier, subject, source}).
// Token POS/lemmas are used when present but not required.
import type { Document, Sentence, Token } from "../../nlp/document.js";
import { startsWithCapital, startsCapitalThenLower, startsLower } from "../../nlp/characters.js";
import type { Figure, FigureCategory, Qualifier } from "../../schema/index.js";
import { lowerTexts } from "../../nlp/tokenize.js";
import { figureLexicon, CASUALTY, ROLES, type FigureLexicon, type Cue } from "./lexicon.js";

import { parseDigits, isNumberToken, matchAt, matchBefore, isDigitToken, CURRENCY_PREFIX_RE, type NumberRead } from "./numbers.js";
import { sourceFor, sameSource, type ClaimSpanAttrs } from "./sources.js";

export { figureLexicon } from "./lexicon.js";
export { parseDigits } from "./numbers.js";

const CATEGORY_ORDER: FigureCategory[] = ["killed", "injured", "arrested", "missing", "displaced", "participants", "troops", "money", "other"];
/** How far (tokens) the category search looks after and before a number. */
const WINDOW_AFTER = 25;
const WINDOW_BEFORE = 5;

/** Reads a number word or digits at token k (without context checks). */
function readAt(low: string[], tokens: Token[], k: number, lex: FigureLexicon): NumberRead | null {
  const t = tokens[k].text;
  let s = t, currency: string | undefined;
  const cm = CURRENCY_PREFIX_RE.exec(t);
  let glued = 1;
  if (cm) {
    currency = cm[1];
    s = cm[2];
    // "$2.5m", "£3bn": a multiplier glued to a money amount
    const g = /^(\d[\d.,]*)(\p{L}+)$/u.exec(s);
    if (g && lex.gluedMultipliers.has(g[2].toLowerCase())) { s = g[1]; glued = lex.gluedMultipliers.get(g[2].toLowerCase())!; }
  }
  let value: number | null = null, digits = false;
  if (/^\d/.test(s)) {
    value = parseDigits(s, lex);
    digits = true;
  } else {
    const w = low[k];
    if (lex.vague.has(w)) return null;
    const v = lex.numberWords.get(w);
    if (v !== undefined) value = v;
    else if ((lex.oneWords.has(w) || lex.indefinite.has(w)) && k + 1 < tokens.length && lex.multipliers.has(low[k + 1])) value = 1; // "eine Million", "a billion"
    else if (lex.oneWords.has(w)) {
      // "killed one pastor": right after a casualty verb, as the indefinite article below
      const afterVerb = k > 0 && startsLower(tokens[k - 1].text) && CASUALTY.includes(cueAt(low, tokens, k - 1, lex)?.cue.category ?? "other");
      return { value: 1, start: k, end: k + 1, digits: false, plain: false, integer: true, one: true, ...(afterVerb ? { afterVerb: true } : {}) };
    }
    // "shelling killed a 63-year-old man": an indefinite article right after a casualty verb counts one
    else if (lex.indefinite.has(w) && k > 0 && startsLower(tokens[k - 1].text) && CASUALTY.includes(cueAt(low, tokens, k - 1, lex)?.cue.category ?? "other"))
      return { value: 1, start: k, end: k + 1, digits: false, plain: false, integer: true, one: true, afterVerb: true };
  }
  if (value === null || !Number.isFinite(value)) return null;
  value *= glued;
  const read: NumberRead = { value, start: k, end: k + 1, digits, plain: digits && glued === 1 && /^\d+$/.test(s), integer: Number.isInteger(value), currency };
  // multipliers: "2,2 Millionen", "two hundred thousand", "$5 bn"
  let j = k + 1;
  while (j < tokens.length && lex.multipliers.has(low[j])) {
    read.value *= lex.multipliers.get(low[j])!;
    read.plain = false;
    j++;
  }
  read.end = j;
  read.value = Math.round(read.value * 1e6) / 1e6;
  read.integer = Number.isInteger(read.value);
  return read;
}

type CueHit = { cue: Cue; len: number } | null;
/**
 * Cue lookups memoised per document while extractFigures runs on it (the same tokens are looked at from several
 * numbers), keyed by the document's lower-cased tokens: lowerTexts(doc) -> cue hit per token index.
 */
const cueMemos = new WeakMap<string[], (CueHit | undefined)[]>();

/** The category cue starting at token j (longest first), with the number of tokens it covers. */
function cueAt(low: string[], tokens: Token[], j: number, lex: FigureLexicon): CueHit {
  const memo = cueMemos.get(low);
  if (memo) {
    const m = memo[j];
    if (m !== undefined) return m;
    return (memo[j] = findCue(low, tokens, j, lex));
  }
  return findCue(low, tokens, j, lex);
}

function findCue(low: string[], tokens: Token[], j: number, lex: FigureLexicon): CueHit {
  const phrase = lex.cues.longestAt(low, j, low.length);
  if (phrase) return { cue: phrase.value, len: phrase.words.length };
  const lemma = tokens[j].lemma?.toLowerCase();
  if (lemma && lemma !== low[j]) {
    const word = lex.cues.wordPhrase(lemma);
    if (word) return { cue: word.value, len: 1 };
  }
  const prefix = lex.cues.prefixOf(low[j]) ?? (lemma ? lex.cues.prefixOf(lemma) : undefined);
  return prefix ? { cue: prefix.value, len: 1 } : null;
}

interface Found {
  read: NumberRead;
  qualifier: Qualifier;
  qStart: number;
  category: FigureCategory;
  subjStart: number;
  subjEnd: number;
  elided: boolean;
  /** Token index of the cue that decided the category (for the text span). */
  cueAt: number;
  sent: number;
  /** The number opens a range ("160,000 to 200,000 people"): it takes what its partner counts. */
  rangeOpen?: boolean;
}

/** Context checks: dates, times, years, ages, durations, measures, labels, phone numbers. */
function excluded(low: string[], tokens: Token[], r: NumberRead, lex: FigureLexicon, inTime: Uint8Array, sStart: number, sEnd: number): boolean {
  for (let k = r.start; k < r.end; k++) if (inTime[k]) return true;
  const prev = r.start - 1 >= sStart ? low[r.start - 1] : "";
  const next = r.end < sEnd ? low[r.end] : "";
  if (lex.labelWords.has(prev)) return true;
  for (const a of lex.agePhrases) if (matchBefore(low, r.start, a, sStart) >= 0) return true;
  if (lex.unitWords.has(next)) return true;
  for (const u of lex.unitPhrases) if (matchAt(low, r.end, u)) return true;
  if (lex.monthNames.has(next) || lex.monthNames.has(prev)) return true;
  // "in der 4. Klasse": an ordinal (the period does not end the sentence)
  if (next === "." && r.end + 1 < sEnd) return true;
  // "(202)": codes and phone prefixes in brackets
  if (prev === "(" && next === ")") return true;
  // "mehrere zehn Milliarden": vague
  if (lex.vague.has(prev)) return true;
  // "im Jahr 363", "year 1999"
  if (r.plain) for (const y of lex.yearNouns) if (matchBefore(low, r.start, y, sStart) >= 0) return true;
  // "vier von zehn", "one in ten": proportions
  for (const pw of lex.proportionWords) {
    if (matchAt(low, r.end, pw) && isNumberToken(low, tokens, r.end + pw.length, lex)) return true;
    const b = matchBefore(low, r.start, pw, sStart);
    if (b > sStart && (isNumberToken(low, tokens, b - 1, lex) || lex.oneWords.has(low[b - 1]) || lex.proportionOnes.has(low[b - 1]))) return true;
  }
  // "20.000" in a text whose decimal mark is "." (and vice versa): ambiguous, skip without a multiplier
  if (r.digits && r.end === r.start + 1 && /^\d+[.,]\d{3}$/.test(tokens[r.start].text) && r.integer && tokens[r.start].text.includes(lex.decimalSep)) return true;
  // adjacent bare numbers: phone numbers, codes, scores
  if (r.digits && !r.currency && (isDigitToken(tokens, r.start - 1, sStart, sEnd) || isDigitToken(tokens, r.end, sStart, sEnd))) return true;
  // "5:3", "9/11", "2019/20" are split or unparsed; a year: 4 digits in 1800..2100 unless a count noun follows
  if (r.plain && r.value >= 1000 && r.value <= 2100) {
    const nt = r.end < sEnd ? tokens[r.end].text : "";
    const nounNext = next !== "" && !lex.subjectStops.has(next) && !lex.clauseBreaks.has(next) &&
      (lex.capitalizedNouns ? startsCapitalThenLower(nt) : /^\p{Ll}+$/u.test(nt) && !lex.verbSuffixes.some((x) => next.endsWith(x)));
    const nextIsCount = lex.countNouns.has(next) || nounNext || (next && cueAtSafe(low, tokens, r.end, lex, sEnd));
    // "mehr als 1200 Lastwagen", "more than 1500": a comparison counts, a year takes no "more than"
    const compared = lex.qualifiers.some((q) => q.words.length > 1 && matchBefore(low, r.start, q.words, sStart) >= 0);
    if (lex.yearWords.has(prev) && !lex.countNouns.has(next) && !compared) return true;
    if (r.value >= 1800 && !nextIsCount) return true;
  }
  if (!r.integer && !r.currency && r.end === r.start + 1) return true; // 7.8 (magnitude), 2,5 (measure) without unit of count
  // "3.000 bis 5.000 Pfund", "zwischen 5 und 14 Jahren": the first number of a range shares the second's unit
  if (lex.rangeWords.has(next) && r.end + 1 < sEnd && isNumberToken(low, tokens, r.end + 1, lex)) {
    const partner = readAt(low, tokens, r.end + 1, lex);
    if (partner && partner.end < sEnd && (lex.unitWords.has(low[partner.end]) || lex.monthNames.has(low[partner.end]))) return true;
  }
  return false;
}

/** Currency of the second number of a range ("3.000 bis 5.000 Pfund"). */
function rangeCurrency(low: string[], tokens: Token[], r: NumberRead, lex: FigureLexicon, sEnd: number): string | undefined {
  if (!(r.end + 1 < sEnd && lex.rangeWords.has(low[r.end]) && isNumberToken(low, tokens, r.end + 1, lex))) return undefined;
  const partner = readAt(low, tokens, r.end + 1, lex);
  if (!partner) return undefined;
  if (partner.currency) return partner.currency;
  if (partner.end < sEnd && lex.currencies.has(low[partner.end])) return tokens[partner.end].text;
  return undefined;
}

function cueAtSafe(low: string[], tokens: Token[], j: number, lex: FigureLexicon, sEnd: number): boolean {
  return j < sEnd && cueAt(low, tokens, j, lex) !== null;
}

/** A noun at token k: the tagger's word class, else (German) a capitalised word inside the sentence. */
function isNoun(tokens: Token[], k: number, lex: FigureLexicon, sStart: number): boolean {
  const u = tokens[k].upos;
  if (u) return u === "NOUN" || u === "PROPN";
  return lex.capitalizedNouns && k > sStart && startsCapitalThenLower(tokens[k].text);
}

function qualifierFor(low: string[], tokens: Token[], r: NumberRead, lex: FigureLexicon, sStart: number): { q: Qualifier; start: number; post?: number } {
  let end = r.start;
  // words that may stand between qualifier and number ("mindestens bereits 20")
  for (let pass = 0; pass < 2; pass++) {
    let moved = false;
    for (const g of lex.qualifierGap) {
      const s = matchBefore(low, end, g, sStart);
      if (s >= 0) { end = s; moved = true; break; }
    }
    if (!moved) break;
  }
  for (const q of lex.qualifiers) {
    const s = matchBefore(low, end, q.words, sStart);
    if (s < 0) continue;
    // "der Ausnahmezustand über drei Provinzen", "control over two provinces": after a noun the word is the preposition
    if (q.words.length === 1 && lex.prepositionQualifiers.has(q.words[0]) && s > sStart && isNoun(tokens, s - 1, lex, sStart)) break;
    return { q: q.q, start: s };
  }
  for (const q of lex.postQualifiers) if (matchAt(low, r.end, q.words)) return { q: q.q, start: r.start, post: q.words.length };
  return { q: "exact", start: r.start };
}

/** The counted noun phrase after the number: [start, end) token range; elided when there is none. */
function subjectFor(low: string[], tokens: Token[], r: NumberRead, lex: FigureLexicon, sEnd: number): { start: number; end: number; elided: boolean } {
  let j = r.end;
  while (j < sEnd && lex.nounPhraseGap.has(low[j])) j++;
  const start = j;
  const isStop = (k: number) => k >= sEnd || lex.clauseBreaks.has(low[k]) || lex.subjectStops.has(low[k]) || lex.nounPhraseGap.has(low[k]) || isNumberToken(low, tokens, k, lex);
  if (lex.capitalizedNouns) {
    // optional attributive adjectives, then a capitalised noun; coordination "Polizisten und Soldaten"
    const head = (from: number): number => {
      let k = from;
      for (let n = 0; n < 3 && k < sEnd && !isStop(k) && startsLower(tokens[k].text) && lex.adjectiveEndings.some((e) => low[k].endsWith(e)); n++) k++;
      while (k < sEnd && lex.nounPhraseGap.has(low[k])) k++;
      if (k < sEnd && startsWithCapital(tokens[k].text) && !lex.clauseBreaks.has(low[k])) return k;
      return -1;
    };
    const h = head(start);
    if (h < 0) return { start, end: start, elided: true };
    let end = h + 1;
    if (end + 1 < sEnd && lex.nounCoordinators.has(low[end])) {
      const h2 = head(end + 1);
      if (h2 >= 0) end = h2 + 1;
    }
    return { start, end, elided: false };
  }
  // lower-case noun phrase: up to four content words, "journalists and cameramen"
  let k = start;
  const first = low[k] ?? "";
  if (isStop(k) || lex.verbSuffixes.some((s) => first.length > s.length + 2 && first.endsWith(s))) return { start, end: start, elided: true };
  let n = 0;
  const verbLike = (x: number) => lex.verbSuffixes.some((s) => low[x].length > s.length + 2 && low[x].endsWith(s)) || /^(VERB|AUX|ADP)$/.test(tokens[x].upos ?? "");
  // words of the phrase, also an age compound ("63-year-old man")
  while (k < sEnd && n < 3 && !isStop(k) && /^(?:[\p{L}-]|\d+-\p{L})/u.test(tokens[k].text) && !(n > 0 && verbLike(k))) { k++; n++; }
  if (k + 1 < sEnd && lex.nounCoordinators.has(low[k]) && !isStop(k + 1) && /^\p{L}/u.test(tokens[k + 1].text)) k += 2;
  return { start, end: k, elided: k === start };
}

/** Nearest category cue around the number. Casualty cues first, then roles in the noun phrase and window. */
function categoryFor(low: string[], tokens: Token[], r: NumberRead, qStart: number, subj: { start: number; end: number }, lex: FigureLexicon, sStart: number, sEnd: number): { cat: FigureCategory; at: number } {
  // the window after the number: to the clause end or the next number
  // tokens after the number, skipping inserted phrases (", darunter drei Kinder,", ", or about 75% of them,")
  const after: number[] = [];
  let wEnd = r.end;
  // "three refugees including two children had been killed": a part named after "including" does not end the window
  const partOpens = (k: number) => k > r.end && lex.parentheticals.some((p) => matchBefore(low, k, p, r.end) >= 0);
  while (wEnd < sEnd && after.length < WINDOW_AFTER && (!isNumberToken(low, tokens, wEnd, lex) || partOpens(wEnd))) {
    // a cue may open with a clause word ("gelten 45 Menschen als vermisst")
    if (lex.clauseBreaks.has(low[wEnd]) && wEnd >= subj.end && !cueAt(low, tokens, wEnd, lex)) {
      const skip = low[wEnd] === "," ? parentheticalEnd(low, wEnd + 1, lex, sEnd) : -1;
      // after the inserted phrase the clause must go on, not a new one start ("..., and killed 20")
      if (skip < 0 || lex.coordinators.has(low[skip + 1] ?? "")) break;
      wEnd = skip + 1;
      continue;
    }
    after.push(wEnd);
    wEnd++;
  }
  let wStart = qStart;
  // ("21 died and nearly 3,000 homes": the verb before a coordinator belongs to the first clause)
  while (wStart > sStart && qStart - wStart < WINDOW_BEFORE && !lex.clauseBreaks.has(low[wStart - 1]) && !lex.coordinators.has(low[wStart - 1]) && !isNumberToken(low, tokens, wStart - 1, lex)) wStart--;

  let best: { cat: FigureCategory; dist: number; at: number } | null = null;
  let bestRole: { cat: FigureCategory; dist: number; at: number } | null = null;
  const consider = (j: number, dist: number) => {
    const c = cueAt(low, tokens, j, lex);
    if (!c) return;
    const cat = c.cue.category;
    const rank = (x: { cat: FigureCategory; dist: number }) => x.dist * 10 + CATEGORY_ORDER.indexOf(x.cat);
    const cand = { cat, dist, at: j + c.len - 1 };
    // "three refugees ... had been killed": a displacement noun naming the counted people yields to a casualty verb
    const namesPeople = cat === "displaced" && c.cue.kind === "noun" && j >= subj.start && j < subj.end;
    if (CASUALTY.includes(cat) && !namesPeople) { if (!best || rank(cand) < rank(best)) best = cand; }
    else if (namesPeople) { if (!bestRole || rank(cand) < rank(bestRole)) bestRole = cand; }
    else if (ROLES.includes(cat)) {
      // the counted people are named by the noun ("300 Demonstranten") or do the verb after it ("5000 demonstrierten")
      if (c.cue.kind === "noun" ? j < subj.start || j >= subj.end : j < r.end) return;
      if (!bestRole || rank(cand) < rank(bestRole)) bestRole = cand;
    }
  };
  after.forEach((j, n) => consider(j, n));
  for (let j = wStart; j < qStart; j++) consider(j, (qStart - j) * 1.5);
  if (!best && lex.particleVerbs.length) {
    // separable verbs: "nahm ... 300 Demonstranten fest"
    for (const j of after)
      for (const pv of lex.particleVerbs)
        if (!best && low[j] === pv.particle) for (let v = sStart; v < j; v++) if (pv.verbs.has(low[v])) { best = { cat: pv.category, dist: j - r.end, at: j }; break; }
  }
  if (best) return { cat: (best as { cat: FigureCategory }).cat, at: (best as { at: number }).at };
  if (bestRole) return { cat: (bestRole as { cat: FigureCategory }).cat, at: (bestRole as { at: number }).at };
  return countHeadBefore(low, tokens, qStart, lex, sStart) ?? { cat: "other", at: -1 };
}

/** "Die Zahl der Toten ist nach Angaben des Ministeriums auf 26 gestiegen": a count noun of a casualty earlier in the clause. */
function countHeadBefore(low: string[], tokens: Token[], qStart: number, lex: FigureLexicon, sStart: number): { cat: FigureCategory; at: number } | null {
  for (let h = qStart - 1; h >= Math.max(sStart, qStart - 15); h--) {
    if (lex.clauseBreaks.has(low[h]) && low[h] !== ",") return null;
    if (isNumberToken(low, tokens, h, lex)) return null;
    if (!lex.countHeads.has(low[h])) continue;
    // "Zahl der Toten", or the head inside the cue itself ("the death toll from the clashes rose to 225")
    for (let j = Math.max(sStart, h - 1); j <= h + 3 && j < qStart; j++) {
      const c = cueAt(low, tokens, j, lex);
      if (c && CASUALTY.includes(c.cue.category) && (j > h || j + c.len > h)) return { cat: c.cue.category, at: j + c.len - 1 };
    }
  }
  return null;
}

/** When an inserted phrase starts at `k` (", darunter ...,"): the index of the comma that closes it, else -1. */
function parentheticalEnd(low: string[], k: number, lex: FigureLexicon, sEnd: number): number {
  if (!lex.parentheticals.some((p) => matchAt(low, k, p))) return -1;
  for (let j = k; j < sEnd && j < k + 12; j++) if (low[j] === ",") return j;
  return -1;
}

/** What reading the figures of one sentence works with. */
interface SentenceScan {
  doc: Document;
  low: string[];
  tokens: Token[];
  lex: FigureLexicon;
  /** Tokens inside time expressions. */
  inTime: Uint8Array;
  sentence: Sentence;
  sentIdx: number;
  /** The last figure of the sentence before, when it is the one right before. */
  before?: Found;
  /** The figures of this sentence so far. */
  out: Found[];
}

/** The counted noun phrase after a number: [start, end) token range; elided when there is none. */
interface Subject {
  start: number;
  end: number;
  elided: boolean;
}

/** Reads every figure of one sentence. */
function figuresInSentence(doc: Document, low: string[], sentIdx: number, lex: FigureLexicon, inTime: Uint8Array, before?: Found): Found[] {
  const sentence = doc.sentences[sentIdx];
  const scan: SentenceScan = { doc, low, tokens: doc.tokens, lex, inTime, sentence, sentIdx, before, out: [] };
  for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) k = figureAt(scan, k);
  shareRanges(scan);
  shareCasualtyBackward(scan);
  return scan.out;
}

/** The figure of the number at token k, if it is one; returns the token the scan goes on after. */
function figureAt(scan: SentenceScan, k: number): number {
  const { low, tokens, lex, sentence: s } = scan;
  const r = readAt(low, tokens, k, lex);
  if (!r) return k;
  if (r.end > s.tokenEnd) r.end = s.tokenEnd;
  if (excluded(low, tokens, r, lex, scan.inTime, s.tokenStart, s.tokenEnd)) return r.end - 1;
  attachCurrency(scan, r);
  if (!r.integer && !r.currency && r.value < 1000) return r.end - 1;
  const { q, start: qStart, post } = qualifierFor(low, tokens, r, lex, s.tokenStart);
  // "100 oder mehr Gäste": the counted noun follows the post-qualifier
  const subj: Subject = r.currency ? { start: r.end, end: r.end, elided: false } : subjectFor(low, tokens, post ? { ...r, end: r.end + post } : r, lex, s.tokenEnd);
  let category: FigureCategory = "money", at = -1;
  if (!r.currency) ({ cat: category, at } = categoryFor(low, tokens, r, qStart, subj, lex, s.tokenStart, s.tokenEnd));
  if (r.one && !oneCounts(scan, r, subj, category, at, qStart)) return k;
  // a number right after a capitalised name with nothing counted is a label ("Bayern 3", "Block 50")
  if (subj.elided && !r.currency && qStart === r.start && r.start > s.tokenStart + 1 && startsWithCapital(tokens[r.start - 1].text) && !lex.clauseBreaks.has(low[r.start - 1])) return r.end - 1;
  const yearLike = r.plain && r.value >= 1000 && r.value <= 2100;
  // a bare year-like number ("1981 Einsturzgefahr", "1901 Landesgeologe") counts only with a qualifier, a cue or a count noun
  if (yearLike && q === "exact" && category === "other" && !(subj.end > subj.start && lex.countNouns.has(low[subj.end - 1]))) return r.end - 1;
  category = sharedCategory(scan, qStart, category);
  // "welcher 1998 starb", "1519 wurde er": a bare four-digit number with nothing counted is a year
  if (yearLike && subj.elided) return r.end - 1;
  const found = withCountedNoun(scan, { read: r, qualifier: q, qStart, category, subjStart: subj.start, subjEnd: subj.end, elided: subj.elided, cueAt: at, sent: scan.sentIdx });
  if (found) scan.out.push(found);
  return r.end - 1;
}

/** "about 160,000 to 200,000 people took part": the first number of a range counts what the second counts; without
 *  a partner figure it is no figure. */
function shareRanges(scan: SentenceScan): void {
  const kept: Found[] = [];
  const countsNothing = (figure: Found | undefined) => !figure || (figure.category === "other" && figure.elided);
  scan.out.forEach((figure, index) => {
    const opener = scan.out[index - 1];
    // "mindestens 90 oder 100" with nothing counted: neither is a figure
    if (opener?.rangeOpen && opener.read.end + 1 === figure.read.start && countsNothing(figure)) return;
    if (!figure.rangeOpen) return kept.push(figure);
    const partner = scan.out[index + 1];
    if (!partner || partner.read.start !== figure.read.end + 1 || partner.category === "money" || countsNothing(partner)) return;
    kept.push({ ...figure, category: partner.category, subjStart: partner.subjStart, subjEnd: partner.subjEnd, rangeOpen: false });
  });
  scan.out.splice(0, scan.out.length, ...kept);
}

/** "59 Zivilisten, sechs Milizionäre und 15 Polizisten wurden getötet": counts listed before a casualty count
 *  (joined by commas and a coordinator, nothing else between) share its category. */
function shareCasualtyBackward(scan: SentenceScan): void {
  const { low, lex, out } = scan;
  for (let index = out.length - 2; index >= 0; index--) {
    const figure = out[index];
    const next = out[index + 1];
    if (!CASUALTY.includes(next.category) || CASUALTY.includes(figure.category) || figure.category === "money" || figure.elided) continue;
    let joined = figure.subjEnd < next.qStart;
    for (let token = figure.subjEnd; token < next.qStart; token++) if (low[token] !== "," && !lex.nounCoordinators.has(low[token])) joined = false;
    if (joined) figure.category = next.category;
  }
}

/** Currency after ("2,2 Millionen Euro") or before ("$ 5", "EUR 5") the number, or of the range it opens. */
function attachCurrency(scan: SentenceScan, r: NumberRead): void {
  const { low, tokens, lex, sentence: s } = scan;
  if (r.currency) return;
  if (r.end < s.tokenEnd && lex.currencies.has(low[r.end])) { r.currency = tokens[r.end].text; r.end++; }
  else if (r.start - 1 >= s.tokenStart && lex.currencies.has(low[r.start - 1])) r.currency = tokens[r.start - 1].text;
  else r.currency = rangeCurrency(low, tokens, r, lex, s.tokenEnd);
}

/** A word for "one" counts only for a counted person with a casualty verb ("ein Polizist wurde getötet", "killed a man"). */
function oneCounts(scan: SentenceScan, r: NumberRead, subj: Subject, category: FigureCategory, at: number, qStart: number): boolean {
  const { low, tokens, lex, sentence: s } = scan;
  // "killing (at least) one": the object of a casualty verb, nothing else counted
  const verbBefore = qStart > s.tokenStart && startsLower(tokens[qStart - 1].text) && CASUALTY.includes(cueAt(low, tokens, qStart - 1, lex)?.cue.category ?? "other");
  if (CASUALTY.includes(category) && verbBefore && (subj.elided || subj.end <= subj.start)) return at === qStart - 1 || at < r.start;
  if (!CASUALTY.includes(category) || subj.elided || subj.end <= subj.start) return false;
  if (r.afterVerb) return !(subj.end < s.tokenEnd && lex.partitives.has(low[subj.end]));
  if (at < subj.end) return false;
  // "eine Verbindung ... den Toten": a noun, no report of a death (but "kam ums Leben" ends a phrase cue in a noun)
  const endsPhrase = [1, 2].some((back) => { const cue = at - back >= 0 ? cueAt(low, tokens, at - back, lex) : null; return !!cue && at - back + cue.len - 1 === at; });
  if (lex.capitalizedNouns && startsWithCapital(tokens[at].text) && !endsPhrase) return false;
  // "the one", "der eine": not a count
  const wordBefore = r.start > s.tokenStart ? low[r.start - 1] : "";
  if (lex.oneDeterminers.has(wordBefore) && !lex.qualifiers.some((x) => x.words.length === 1 && x.words[0] === wordBefore)) return false;
  return !lex.partitives.has(low[r.end]);
}

/**
 * The category a count shares with the previous figure of the sentence: a part of it (", darunter
 * drei Kinder,"; a role noun does not override it: ", unter ihnen elf Polizisten" are injured, not
 * troops), or a count coordinated with it ("elf Kinder und vier Mönche").
 */
function sharedCategory(scan: SentenceScan, qStart: number, category: FigureCategory): FigureCategory {
  const { low, lex, sentence: s, out } = scan;
  const partOf = out.length ? out[out.length - 1] : undefined;
  if (!partOf) return category;
  const inserted = () => lex.parentheticals.some((p) => { const b = matchBefore(low, qStart, p, s.tokenStart); return b > s.tokenStart && low[b - 1] === ","; });
  if ((category === "other" || (ROLES.includes(category) && CASUALTY.includes(partOf.category))) && inserted()) category = partOf.category;
  if (category === "other" && qStart > s.tokenStart && lex.coordinators.has(low[qStart - 1]) && partOf.subjEnd === qStart - 1 && !partOf.elided) category = partOf.category;
  return category;
}

/**
 * A figure without a counted noun continues the previous figure ("with 13 requiring surgery", "rund
 * 200 jünger als 18"), also one of the sentence before when the number is put as the figure ("Die
 * Polizei nannte eine Zahl von 12.000"); a bare number with nothing counted ("at 995", "Paragraph
 * 13", "Name, 24,") is no figure (undefined).
 */
function withCountedNoun(scan: SentenceScan, f: Found): Found | undefined {
  const { low, lex, sentence: s, out, before } = scan;
  if (!f.elided || f.read.currency) return f;
  let prev: Found | undefined = out[out.length - 1];
  if (!prev && before && before.category !== "money" && lex.figureReferences.some((x) => matchBefore(low, f.qStart, x, s.tokenStart) >= 0)) prev = before;
  if (prev && prev.category !== "money" && (f.category === "other" || f.category === prev.category)) return { ...f, category: prev.category, subjStart: prev.subjStart, subjEnd: prev.subjEnd };
  const end = f.read.end;
  if (end + 1 < s.tokenEnd && lex.rangeWords.has(low[end]) && isNumberToken(low, scan.tokens, end + 1, lex)) return { ...f, rangeOpen: true };
  return f.category === "other" ? undefined : f;
}

/** Headline-like block: a title/heading, or one line without final sentence punctuation. */
function isHeadline(doc: Document, offset: number): boolean {
  const b = doc.blockAt(offset);
  if (!b) return false;
  if (b.role === "title" || b.role === "heading" || b.role === "kicker" || b.role === "caption") return true;
  if (b.role !== "paragraph") return false;
  const t = doc.text.slice(b.start, b.end).trim();
  return t.length < 200 && !/[.!?…:]["“”»«’']?$/.test(t) && !t.includes("\n");
}

export function extractFigures(doc: Document): void {
  const lex = figureLexicon(doc.lang);
  const low = lowerTexts(doc);
  cueMemos.set(low, new Array(doc.tokens.length));
  // the numbers inside time expressions are no figures
  const inTime = doc.tokensInLayer("time");
  const found: Found[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const last = found[found.length - 1];
    found.push(...figuresInSentence(doc, low, si, lex, inTime, last && last.sent === si - 1 ? last : undefined));
  }
  const claims = doc.layer<ClaimSpanAttrs>("claim");
  const result = distinctFigures(found.map((f) => figureOf(doc, f, claims)));
  cueMemos.delete(low);
  doc.results.figures = result.map(({ headline: _h, ...f }) => f);
  doc.setLayer(
    "figure",
    doc.results.figures.map((f) => ({ start: f.start, end: f.end, label: f.category, attrs: { value: f.value, category: f.category, qualifier: f.qualifier, subject: f.subject, source: f.source, speaker: f.speaker ?? null } })),
  );
}

/** A figure while it is being chosen: whether it stands in a headline. */
type FigureAt = Figure & { headline: boolean };

/** The figure of a found number: its text from the qualifier to the counted noun (or the cue), subject, source, day. */
function figureOf(doc: Document, f: Found, claims: { start: number; end: number; attrs: ClaimSpanAttrs }[]): FigureAt {
  const tokens = doc.tokens;
  const r = f.read;
  const numStart = tokens[r.start].start;
  const spanStart = tokens[f.qStart].start;
  let endTok = Math.max(r.end, f.subjEnd);
  if (f.cueAt >= endTok && f.cueAt - endTok < 6) endTok = f.cueAt + 1;
  const spanEnd = tokens[endTok - 1].end;
  const subject = r.currency ? r.currency : f.subjEnd > f.subjStart ? doc.text.slice(tokens[f.subjStart].start, tokens[f.subjEnd - 1].end) : null;
  const { source, speaker } = sourceFor(doc, claims, numStart, f.sent);
  const s = doc.sentences[f.sent];
  const times = doc.layer<{ value?: string; type?: string }>("time").filter((t) => t.start >= s.start && t.end <= s.end && t.attrs.type !== "DURATION" && /^\d{4}-\d\d-\d\d/.test(String(t.attrs.value ?? "")));
  return {
    value: r.value,
    category: f.category,
    qualifier: f.qualifier,
    subject,
    source,
    speaker,
    text: doc.text.slice(spanStart, spanEnd),
    unit: r.currency ?? null,
    date: times.length ? String(times[0].attrs.value) : null,
    sentence: f.sent,
    start: spanStart,
    end: spanEnd,
    headline: isHeadline(doc, numStart),
  };
}

/**
 * One figure per (value, category, qualifier, source); a headline figure folds into the body figure
 * it announces, and a figure without a source into the same figure with one.
 */
function distinctFigures(figs: FigureAt[]): FigureAt[] {
  const kept: FigureAt[] = [];
  for (const f of figs) {
    // "mindestens 17 ... Die 17 Toten": a later bare repetition of a qualified value from the same source is the same figure
    const sameQualifier = (k: FigureAt) => k.qualifier === f.qualifier || (f.qualifier === "exact" && !k.headline);
    const same = (k: FigureAt) => k.value === f.value && k.category === f.category && sameSource(k.speaker ?? k.source, f.speaker ?? f.source);
    if (kept.some((k) => same(k) && sameQualifier(k))) continue;
    // "rises to 17 ... at least 17 lives": the qualified value replaces an earlier bare one of the same source
    const bare = f.qualifier !== "exact" ? kept.findIndex((k) => same(k) && k.qualifier === "exact" && !k.headline && !f.headline) : -1;
    if (bare >= 0) { kept[bare] = f; continue; }
    kept.push(f);
  }
  const result: FigureAt[] = [];
  for (const f of kept) {
    if (f.headline && kept.some((k) => k !== f && !k.headline && k.value === f.value && k.category === f.category)) continue;
    if (f.source === null && kept.some((k) => k !== f && k.source !== null && k.value === f.value && k.category === f.category && k.qualifier === f.qualifier)) continue;
    result.push(f);
  }
  return result;
}
