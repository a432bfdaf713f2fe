// The capitalisation pass, for languages without a statistical tagger: runs of capitalised words,
// typed by tail words ("Interior Ministry"), titles ("President X"), given names and speech verbs.
import type { Document, Sentence, Token } from "../../nlp/document.js";
import { isTitleWord, type Lexicon } from "../../nlp/ner/lexicon.js";
import { gazetteer } from "../../geo/gazetteer.js";
import { startsUpper, hasLetter, isAcronym, isOpeningMark } from "../../nlp/characters.js";
import { tokenMention, type Mention, type TokenMention } from "./mention.js";
import { wordSets, isAdjective, isOrdinaryWord, NAME_PREFIX_RE, type WordSets } from "./vocabulary.js";
import { spellingKey } from "./key.js";

type Gazetteer = ReturnType<typeof gazetteer>;

/** What the capitalisation pass works with inside one sentence. */
interface CapitalScan {
  doc: Document;
  lx: Lexicon;
  g: Gazetteer;
  words: WordSets;
  out: Mention[];
  toks: Token[];
  sentence: Sentence;
  /** A headline-case sentence (most words capitalised) gives no evidence from capitals. */
  headline: boolean;
}

/** One run of capitalised words: the name part [start, end) after titles and function words. */
interface NameRun {
  start: number;
  end: number;
  /** An honorific or title stood before the name ("President", "Mr"). */
  titled: boolean;
}

/** Without a statistical model: runs of capitalised words, typed by tail words, titles and first names. */
export function capitalisationMentions(doc: Document, lx: Lexicon, out: Mention[]): void {
  const common = { doc, lx, g: gazetteer(), words: wordSets(lx), out, toks: doc.tokens };
  for (const sentence of doc.sentences) {
    const scan: CapitalScan = { ...common, sentence, headline: isHeadlineCase(doc.tokens, sentence) };
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (!capWord(doc.tokens[i])) continue;
      const end = runEnd(scan, i);
      classifyRun(scan, nameOfRun(scan, i, end));
      i = end - 1;
    }
  }
}

/** A capitalised word or a name with a particle ("al-Sisi", "van Hoorn" parts). */
const capWord = (t: Token) => startsUpper(t.text) || NAME_PREFIX_RE.test(t.text);

/** Most words of the sentence capitalised: "Protesters Clash With Police In Almaty". */
function isHeadlineCase(toks: Token[], s: Sentence): boolean {
  const words = toks.slice(s.tokenStart, s.tokenEnd).filter((t) => hasLetter(t.text));
  return words.length >= 6 && words.filter(capWord).length / words.length > 0.6;
}

/** "and" joins names only inside an organisation name ("Bill and Melinda Gates Foundation"), not "Garissa and Lamu". */
function orgTailAhead(scan: CapitalScan, k: number): boolean {
  const toks = scan.toks;
  for (; k < toks.length && (capWord(toks[k]) || scan.words.connectors.has(toks[k].text)); k++) if (scan.words.orgTail.has(toks[k].text)) return true;
  return false;
}

/** End of the run of capitalised words from token i, across connectors ("Commission on Human Rights"). */
function runEnd(scan: CapitalScan, i: number): number {
  const { toks, sentence: s, lx, doc, words } = scan;
  let e = i + 1;
  for (;;) {
    if (e < s.tokenEnd && capWord(toks[e]) && !/[,;:]/.test(doc.text.slice(toks[e - 1].end, toks[e].start))) { e++; continue; }
    if (e + 1 < s.tokenEnd && words.connectors.has(toks[e].text) && capWord(toks[e + 1]) && !lx.generic.has(toks[e + 1].text) && (!words.coordinators.has(toks[e].text) || orgTailAhead(scan, e + 1))) { e += 2; continue; }
    return e;
  }
}

/** A name at token k starts its sentence (or follows an opening quote there). */
function atSentenceStart(scan: CapitalScan, k: number): boolean {
  const s = scan.sentence;
  return k === s.tokenStart || (k - 1 === s.tokenStart && isOpeningMark(scan.toks[k - 1].text));
}

/** The name inside the run [i, end): leading function words, honorifics and titles taken off. */
function nameOfRun(scan: CapitalScan, i: number, end: number): NameRun {
  const { toks, lx, g, doc, words } = scan;
  let a = i;
  // leading function words and titles
  while (a < end && lx.generic.has(toks[a].text) && !lx.orgs.has(toks[a].text) && !words.enTitles.some((tt) => tt.length === 1 && tt[0] === toks[a].text)) a++;
  let titled = false;
  for (;;) {
    if (a < end && lx.honorifics.has(toks[a].text)) { a++; titled = true; continue; }
    const t = words.enTitles.find((tt) => a + tt.length < end && tt.every((x, k) => toks[a + k].text === x));
    if (t) { a += t.length; titled = true; continue; }
    break;
  }
  if (!titled) {
    const after = nameAfterRoleNoun(scan, a, end);
    if (after !== undefined) { a = after; titled = true; }
  }
  const w = a < end ? toks[a].text : "";
  if (!titled && a < end && atSentenceStart(scan, a) && isOrdinaryWord(lx, w) && !g.firstNames.has(w) && !g.has(w, doc.lang) && !lx.orgs.has(w)) a++;
  return { start: a, end, titled };
}

/** A role noun inside the run: the name follows it ("Interior Cabinet Secretary Joseph Kiprono"). */
function nameAfterRoleNoun(scan: CapitalScan, a: number, end: number): number | undefined {
  const { toks, lx, g } = scan;
  for (let k = end - 2; k >= a; k--) {
    if (!isTitleWord(lx, toks[k].text.toLowerCase())) continue;
    return end - (k + 1) >= 2 || g.firstNames.has(toks[k + 1].text) ? k + 1 : undefined;
  }
  return undefined;
}

const push = (scan: CapitalScan, m: TokenMention) => scan.out.push(tokenMention(scan.doc, m));

/** Types one name run by its words and context, or leaves it out. */
function classifyRun(scan: CapitalScan, run: NameRun): void {
  const { toks, lx, g, doc, sentence: s } = scan;
  const { start: a, end: e, titled } = run;
  if (a >= e) return;
  const first = toks[a].text;
  const span = doc.text.slice(toks[a].start, toks[e - 1].end);
  if (placeWithLowerTail(scan, run, span)) return;
  if (lx.orgs.has(span) || g.has(span, doc.lang)) return; // the lexicon pass has it
  if (typedByTailWord(scan, run)) return;
  if (scan.headline && !titled && !g.firstNames.has(first)) return;
  const prevWord = toks[a - 1]?.text.toLowerCase() ?? "";
  const roleBefore = a > s.tokenStart && isTitleWord(lx, prevWord);
  if (titled || roleBefore || g.firstNames.has(first)) {
    if (e - a >= 1 && !(e - a === 1 && atSentenceStart(scan, a) && !titled)) push(scan, { from: a, to: e, type: "person", prio: titled ? 2 : 1 });
    return;
  }
  if (isAcronym(first) && e - a === 1) { push(scan, { from: a, to: e, type: "organization", prio: 1 }); return; }
  if (atSentenceStart(scan, a) && e - a === 1) { sentenceStartSpeaker(scan, run); return; }
  if (isAdjective(lx, first) && e - a === 1) return;
  if (e - a >= 2) {
    // a multi-word place: a transliteration variant of a known place ("Khan Younis")
    const placeLike = g.lookupKey(spellingKey(span), spellingKey).length > 0;
    push(scan, { from: a, to: e, type: placeLike ? "location" : "person", prio: 1 });
    return;
  }
  singleWordName(scan, run);
}

/** Lower-case place tails: "Hatay province". */
function placeWithLowerTail(scan: CapitalScan, run: NameRun, span: string): boolean {
  const { toks, sentence: s } = scan;
  const e = run.end;
  if (!(e < s.tokenEnd && scan.words.locTail.has(toks[e].text) && toks[e].text === toks[e].text.toLowerCase())) return false;
  push(scan, { from: run.start, to: e + 1, type: "location", prio: 2, base: span + " " + toks[e].text });
  return true;
}

/** An organisation or place word at the end or inside: "Interior Ministry", "Commission on Human Rights", "Lamu County". */
function typedByTailWord(scan: CapitalScan, run: NameRun): boolean {
  const { toks, words } = scan;
  const { start: a, end: e } = run;
  const last = toks[e - 1].text;
  if (words.orgTail.has(last)) { push(scan, { from: a, to: e, type: "organization", prio: 2 }); return true; }
  // "Commission on Human Rights": an organisation word inside a longer name
  let inner = false;
  for (let k = a + 1; k < e - 1 && !inner; k++) inner = words.orgTail.has(toks[k].text) && words.connectors.has(toks[k + 1].text);
  if (inner) { push(scan, { from: a, to: e, type: "organization", prio: 2 }); return true; }
  if (words.locTail.has(last) && e - a > 1) { push(scan, { from: a, to: e, type: "location", prio: 2 }); return true; }
  return false;
}

/** "Putin said ...": a sentence-initial name before a speech verb. */
function sentenceStartSpeaker(scan: CapitalScan, run: NameRun): void {
  const { toks, lx, sentence: s } = scan;
  const first = toks[run.start].text, e = run.end;
  if (e < s.tokenEnd && scan.words.speechVerbs.has(toks[e].text) && !isOrdinaryWord(lx, first) && !lx.generic.has(first)) push(scan, { from: run.start, to: e, type: "person", prio: 1 });
}

/**
 * A single unknown capitalised word inside a sentence: an acronym is an organisation; a name is kept
 * as a person candidate only when it repeats a part of a longer name (decided in merging).
 */
function singleWordName(scan: CapitalScan, run: NameRun): void {
  const { toks, g, lx, sentence: s } = scan;
  const { start: a, end: e } = run;
  const first = toks[a].text;
  if (isAcronym(first)) { push(scan, { from: a, to: e, type: "organization", prio: 1 }); return; }
  // "Putin said", "Odinga told reporters": a single name before a speech verb is a person
  const nextW = toks[e]?.text ?? "";
  const speaker = e < s.tokenEnd && scan.words.speechVerbs.has(nextW) && !isOrdinaryWord(lx, first);
  // a transliteration variant of a known place ("Odesa" for "Odessa")
  if (!speaker && first.length >= 4 && g.lookupKey(spellingKey(first), spellingKey).length) { push(scan, { from: a, to: e, type: "location", prio: 1 }); return; }
  push(scan, { from: a, to: e, type: "person", prio: speaker ? 1 : 0 });
}
