// The lexicon pass: gazetteer places, known organisations, media and parties (longest match first),
// places after a place noun, media after a media head, names ending in an organisation word, domain
// names, hyphen compounds and function-named bodies ("Innenministerium").
import type { Document, Sentence, Token } from "../../nlp/document.js";
import { lookupName, isTitleWord, hasOrgHead, type Lexicon } from "../../nlp/ner/lexicon.js";
import { isCommonWord } from "../../nlp/ner/features.js";
import { gazetteer } from "../../geo/gazetteer.js";
import { startsUpper, startsWithLetter, isAcronym, isOpeningMark } from "../../nlp/characters.js";
import { tokenMention, partMention, type Mention, type TokenMention } from "./mention.js";
import { wordSets, isDescriptor, baseOfHead, isAdjective, type WordSets } from "./vocabulary.js";

type Gazetteer = ReturnType<typeof gazetteer>;

/** What the lexicon pass works with inside one sentence. */
interface LexiconScan {
  doc: Document;
  lx: Lexicon;
  g: Gazetteer;
  words: WordSets;
  out: Mention[];
  sentence: Sentence;
  toks: Token[];
  /** Longest known name in words (gazetteer or organisation list). */
  maxWords: number;
  /** Proper word prefixes of multi-word gazetteer names ("Los" of "Los Angeles"). */
  prefixes: Set<string>;
}

/** Gazetteer places, known organisations, function-named bodies, hyphen compounds, "Nachrichtenagentur X". */
export function lexiconMentions(doc: Document, lx: Lexicon, out: Mention[]): void {
  const g = gazetteer();
  const common = { doc, lx, g, words: wordSets(lx), out, toks: doc.tokens, maxWords: Math.max(g.maxWordsOf(doc.lang), lx.orgMaxWords), prefixes: g.prefixesOf(doc.lang) };
  for (const sentence of doc.sentences) {
    const scan: LexiconScan = { ...common, sentence };
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) i += mentionsAt(scan, i);
  }
}

const push = (scan: LexiconScan, m: TokenMention) => scan.out.push(tokenMention(scan.doc, m));

/** The mentions that start at token i; returns how many tokens the pass moves on. */
function mentionsAt(scan: LexiconScan, i: number): number {
  const w = scan.toks[i].text;
  const matched = startsWithLetter(w) ? knownNamesAt(scan, i) : 0;
  if (matched) {
    extendPlaceByTail(scan, i, matched);
    return matched;
  }
  const lw = w.toLowerCase();
  placeAfterHead(scan, i);
  placeBeforeLowerTail(scan, i);
  mediaAfterHead(scan, i, lw);
  mediaAfterTwoWordHead(scan, i, lw);
  acronymBeforeMediaHead(scan, i, lw);
  nameBeforeOrgTail(scan, i);
  if (domainName(scan, i)) return 1;
  if (hyphenCompound(scan, i)) return 1;
  functionNamedBody(scan, i);
  return 1;
}

/** Known names starting at token i, every length up to the longest ("New", "New York"); returns the longest length. */
function knownNamesAt(scan: LexiconScan, i: number): number {
  const matched = knownNamesIn(scan, i, (t) => t.text);
  // an ALL-CAPS dateline or headline names places in capitals ("ROME", "NEW YORK", "KRAMATORSK.")
  if (!matched && isCapitals(scan.toks[i].text)) return knownNamesIn(scan, i, (t) => (isCapitals(t.text) ? titleCase(t.text) : t.text), 4);
  return matched;
}

/** A word in capitals only: "ROME", "NAGORNO-KARABAKH" (not "I", not "NATO-Chef"). */
const isCapitals = (w: string) => w.length >= 2 && /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(w);
/** "NAGORNO-KARABAKH" -> "Nagorno-Karabakh". */
const titleCase = (w: string) => w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** Known names at token i with the tokens read as `form` gives them; names shorter than minLength letters are not tried. */
function knownNamesIn(scan: LexiconScan, i: number, form: (t: Token) => string, minLength = 0): number {
  const { lx, toks, sentence: s } = scan;
  let matched = 0;
  let str = "";
  for (let k = 1; k <= scan.maxWords && i + k <= s.tokenEnd; k++) {
    if (k > 1 && !scan.prefixes.has(str) && !lx.orgPrefixes.has(str)) break;
    str += (k > 1 ? (toks[i + k - 2].spaceAfter ? " " : "") : "") + form(toks[i + k - 1]);
    if (str.length < minLength) continue;
    if (k === 1) { if (oneWordName(scan, i, str)) matched = 1; }
    else if ((startsUpper(str) || lx.orgs.has(str)) && multiWordName(scan, i, k, str)) matched = k;
  }
  return matched;
}

/** A known one-word place or organisation, also inflected ("Kasachstans"). */
function oneWordName(scan: LexiconScan, i: number, str: string): boolean {
  const r = lookupName(scan.lx, str);
  if (!r || !(startsUpper(str) || scan.lx.orgs.has(r.base))) return false;
  const m = tokenMention(scan.doc, { from: i, to: i + 1, type: r.org ? "organization" : "location", prio: 3, base: r.base });
  if (!r.org) markAmbiguousPlace(scan, i, str, m);
  scan.out.push(m);
  return true;
}

/** A small town's name that is also a word or a name ("Lage", "Hassan") is weak: it needs support later. */
function markAmbiguousPlace(scan: LexiconScan, i: number, str: string, m: Mention): void {
  const { g, lx, toks, sentence: s, doc } = scan;
  const places = g.lookup(m.base, doc.lang);
  const cityOnly = places.every((p) => p.kind === "city");
  if (!cityOnly) return;
  const pop = Math.max(...places.map((p) => p.population));
  const atStart = i === s.tokenStart || isOpeningMark(toks[i - 1].text);
  if (g.commonWordsOf(doc.lang).has(m.base) || (atStart && pop < 1e6) || pop < 1e5 || str.length < 4) { m.weak = true; m.prio = 1; }
  // "Mohamed Hassan": a city name right after a given name is part of a person's name
  // (or between two unknown capitalised words: "Amina Hassan Abdi")
  const nameWord = (t: Token | undefined) => !!t && startsUpper(t.text) && !lookupName(lx, t.text) && !lx.generic.has(t.text) && !isTitleWord(lx, t.text);
  const afterGivenName = () => g.firstNames.has(toks[i - 1].text) && !g.has(toks[i - 1].text, doc.lang);
  if (pop < 1e6 && i > s.tokenStart && i + 1 < s.tokenEnd && (afterGivenName() || (i - 1 > s.tokenStart && nameWord(toks[i - 1]) && nameWord(toks[i + 1])))) personal(m);
  // "Nancy Faeser", "Paris Hilton": a given name before a capitalised word is no place
  if (g.firstNames.has(str) && i + 1 < s.tokenEnd && startsUpper(toks[i + 1].text) && !g.has(toks[i + 1].text, doc.lang) && !lx.orgs.has(toks[i + 1].text)) personal(m);
}

function personal(m: Mention): void {
  m.weak = true;
  m.prio = 1;
  m.personal = true;
}

/** A known multi-word organisation or place of k words at token i ("Deutsche Rote Kreuz", "Los Angeles"). */
function multiWordName(scan: LexiconScan, i: number, k: number, str: string): boolean {
  const { lx, g, toks, sentence: s, doc } = scan;
  if (lx.orgs.has(str)) {
    // a capitalised adjective before it belongs to the name ("Deutsche Rote Kreuz", "Internationale Rote Kreuz")
    const p = i - 1 > s.tokenStart ? toks[i - 1].text : "";
    const adj = p && startsUpper(p) && isCommonWord(p, doc.lang) && scan.words.orgAdjectiveEndings.some((end) => p.endsWith(end)) && isCommonWord(p.toLowerCase(), doc.lang);
    push(scan, { from: adj ? i - 1 : i, to: i + k, type: "organization", prio: 3, base: adj ? p + " " + str : undefined });
    return true;
  }
  if (!g.has(str, doc.lang)) return false;
  push(scan, { from: i, to: i + k, type: "location", prio: 3, base: g.baseForm(str, doc.lang) });
  return true;
}

/** "Hatay province", "Los Angeles County": the place with its tail word. */
function extendPlaceByTail(scan: LexiconScan, i: number, matched: number): void {
  const { out, toks, sentence: s } = scan;
  const last = out[out.length - 1];
  const nx = toks[i + matched];
  if (last.type === "location" && nx && i + matched < s.tokenEnd && scan.words.locTail.has(nx.text)) {
    out[out.length - 1] = tokenMention(scan.doc, { from: i, to: i + matched + 1, type: "location", prio: 3, base: scan.doc.text.slice(last.start, nx.end) });
  }
}

/** A place named after a place noun: "im Dorf Kap Mira Tal", "in der Provinz Ost-Kivu" (unknown capitalised words). */
function placeAfterHead(scan: LexiconScan, i: number): void {
  const { lx, toks, sentence: s, doc } = scan;
  if (!scan.words.locHeads.has(toks[i].text)) return;
  let e = i + 1;
  const unknownName = (w: string) => startsUpper(w) && !isCommonWord(w, doc.lang) && !lx.generic.has(w) && !isTitleWord(lx, w) && !lx.orgs.has(w) && /^\p{L}[\p{L}-]*$/u.test(w);
  while (e < s.tokenEnd && e < i + 5 && unknownName(toks[e].text)) e++;
  if (e > i + 1) push(scan, { from: i + 1, to: e, type: "location", prio: 2 });
}

/** A capitalised name before a lower-case place tail word: "Hatay province", "Kherson oblast" (the name with its tail). */
function placeBeforeLowerTail(scan: LexiconScan, i: number): void {
  const { lx, toks, sentence: s, doc } = scan;
  const w = toks[i].text, next = toks[i + 1]?.text ?? "";
  if (i + 1 >= s.tokenEnd || !startsUpper(w) || !scan.words.locTail.has(next) || startsUpper(next)) return;
  // "North Kivu province": after a name prefix even a word of the lexicon is a name
  const prefixed = i > s.tokenStart && lx.data.namePrefixWords.includes(toks[i - 1].text);
  if (lx.generic.has(w) || isTitleWord(lx, w) || lx.orgs.has(w) || (isCommonWord(w, doc.lang) && !prefixed) || !/^\p{L}[\p{L}-]*$/u.test(w)) return;
  const from = prefixed ? i - 1 : i;
  push(scan, { from, to: i + 2, type: "location", prio: 2, base: doc.text.slice(toks[from].start, toks[i + 1].end) });
}

/** Media head + name: "Nachrichtenagentur Vlast.kz", "news agency IHA". */
function mediaAfterHead(scan: LexiconScan, i: number, lw: string): void {
  const { lx, toks, sentence: s } = scan;
  if (!(scan.words.mediaHeads.has(lw) && i + 1 < s.tokenEnd)) return;
  const n = toks[i + 1].text;
  if (!(/^[\p{Lu}\p{Ll}][\p{L}\d.-]*$/u.test(n) && ((startsUpper(n) && !lx.generic.has(n)) || /\.\p{L}{2,}$/u.test(n) || lx.orgs.has(n)))) return;
  let e = i + 2;
  while (e < s.tokenEnd && startsUpper(toks[e].text) && !lx.generic.has(toks[e].text)) e++;
  push(scan, { from: i + 1, to: e, type: "organization", prio: 2 });
}

/** Two-word media heads in English: "news agency X". */
function mediaAfterTwoWordHead(scan: LexiconScan, i: number, lw: string): void {
  const { toks, sentence: s, words } = scan;
  if (!(i + 2 < s.tokenEnd && words.mediaFirst.has(lw) && words.mediaHeads.has(lw + " " + toks[i + 1].text.toLowerCase()) && startsUpper(toks[i + 2].text))) return;
  let e = i + 3;
  while (e < s.tokenEnd && startsUpper(toks[e].text)) e++;
  push(scan, { from: i + 2, to: e, type: "organization", prio: 2 });
}

/** Acronym before a media head: "the IHA news agency" ("die AFP-Agentur" is handled as a compound). */
function acronymBeforeMediaHead(scan: LexiconScan, i: number, lw: string): void {
  const { toks, sentence: s, words, lx } = scan;
  const head = words.mediaHeads.has(lw) || (i + 1 < s.tokenEnd && words.mediaFirst.has(lw) && words.mediaHeads.has(lw + " " + toks[i + 1].text.toLowerCase()));
  if (head && i - 1 >= s.tokenStart && isAcronym(toks[i - 1].text) && !lx.generic.has(toks[i - 1].text)) push(scan, { from: i - 1, to: i, type: "organization", prio: 2 });
}

/** Names ending in an organisation word: "Polytechnische Universität", "Morning Post", "Rights Watch". */
function nameBeforeOrgTail(scan: LexiconScan, i: number): void {
  const { lx, toks, sentence: s } = scan;
  if (!(scan.words.orgTail.has(toks[i].text) && i - 1 >= s.tokenStart && startsUpper(toks[i - 1].text) && i - 1 > s.tokenStart)) return;
  // generic words and descriptors at the start are no part of the name ("Regierung", "Organisation")
  let a = orgNameStart(scan, i);
  while (a < i && (lx.generic.has(toks[a].text) || isDescriptor(lx, toks[a].text))) a++;
  if (a < i) push(scan, { from: a, to: i + 1, type: "organization", prio: 2 });
}

/** First token of the capitalised words (and name connectors) before the organisation word at token i. */
function orgNameStart(scan: LexiconScan, i: number): number {
  const { lx, toks, sentence: s } = scan;
  const nameWord = (k: number) => startsUpper(toks[k].text) && !lx.generic.has(toks[k].text);
  let a = i - 1;
  for (;;) {
    if (a - 1 > s.tokenStart && nameWord(a - 1)) { a--; continue; }
    // "Society for X", "Bank of X": a connector other than "and" joins only after an organisation word ("Scotland for X" does not)
    const connector = toks[a - 1]?.text ?? "";
    const joins = scan.words.coordinators.has(connector) || scan.words.orgTail.has(toks[a - 2]?.text ?? "");
    if (a - 2 > s.tokenStart && lx.data.nameConnectors.includes(connector) && nameWord(a - 2) && joins) { a -= 2; continue; }
    return a;
  }
}

const DOMAIN_NAME = /^[\p{L}][\p{L}\d-]*\.(?:kz|ge|ru|ua|de|com|org|net|info|news|by|am|az|uz|kg|tj|tr|ir|io|co|uk|at|ch)$/u;

/** Domain-like outlet names: "Vlast.kz", "Agenda.ge". */
function domainName(scan: LexiconScan, i: number): boolean {
  const w = scan.toks[i].text;
  if (!(w.includes(".") && DOMAIN_NAME.test(w) && startsUpper(w))) return false;
  push(scan, { from: i, to: i + 1, type: "organization", prio: 2 });
  return true;
}

/** Hyphen compounds: "US-Außenministerium" (one organisation), "Maidan-Platz" (a place), "NATO-Generalsekretär" (the named part). */
function hyphenCompound(scan: LexiconScan, i: number): boolean {
  const { lx, toks, doc } = scan;
  const w = toks[i].text;
  const dash = w.indexOf("-");
  if (!(dash > 0 && dash < w.length - 1 && startsUpper(w))) return false;
  const first = w.slice(0, dash);
  const lastPart = w.slice(w.lastIndexOf("-") + 1);
  const last = lastPart.toLowerCase();
  const r = lookupName(lx, first);
  const isAcr = isAcronym(first);
  if (lx.orgCompoundHeads.has(last) && (r || isAcr) && !isTitleWord(lx, lastPart)) {
    // "US-Außenministerium", "RSF-Miliz": one organisation
    push(scan, { from: i, to: i + 1, type: "organization", prio: 2 });
  } else if (lx.locationCompoundHeads.has(last) && !r) {
    push(scan, { from: i, to: i + 1, type: "location", prio: 2 });
  } else if (r) {
    // "NATO-Generalsekretär", "Kasachstan-Krise": the named part
    scan.out.push(partMention(doc, { token: i, start: toks[i].start, end: toks[i].start + dash, type: r.org ? "organization" : "location", prio: 3, base: r.base }));
  }
  if (hasOrgHead(lx, lastPart) && !r && !isAcr) push(scan, { from: i, to: i + 1, type: "organization", prio: 2, base: baseOfHead(lx, w) });
  return true;
}

/** Function-named bodies: "Innenministerium", "des Gesundheitsministeriums", "das kirgisische Außenministerium" ("Interior Ministry" comes via tail words). */
function functionNamedBody(scan: LexiconScan, i: number): void {
  const { lx, toks } = scan;
  const w = toks[i].text;
  if (!startsUpper(w) || lx.generic.has(w)) return;
  // a fast refusal first (memoised suffix lookups): most capitalised words end in no head, inflected or not
  if (!hasOrgHead(lx, w) && !wordSets(lx).headInflections.some((inf) => w.endsWith(inf) && hasOrgHead(lx, w.slice(0, -inf.length)))) return;
  const base = baseOfHead(lx, w); // "Gesundheitsministeriums" -> "Gesundheitsministerium"
  const lb = base.toLowerCase();
  if (lx.generic.has(base) || !hasOrgHead(lx, base)) return;
  if (!lx.orgHeads.some((h) => (lb.endsWith(h) && lb.length > h.length + 2) || lb === h)) return;
  // "das kirgisische Außenministerium": the country's adjective tells whose body it is, and belongs to the name
  const before = i > 0 ? toks[i - 1].text : "";
  const placeAdjective = /^\p{Ll}/u.test(before) && toks[i - 1].end === toks[i].start - 1 && isAdjective(lx, before);
  if (placeAdjective) push(scan, { from: i - 1, to: i + 1, type: "organization", prio: 2 });
  else push(scan, { from: i, to: i + 1, type: "organization", prio: 2, base });
}
