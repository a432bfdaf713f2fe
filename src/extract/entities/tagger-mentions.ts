// Mentions from the statistical tagger's spans (the "ner" layer): descriptors and titles at the start
// are taken off ("Organisation NetBlocks" -> "NetBlocks"), a descriptor makes the name an organisation,
// and a name inside a hyphen compound ("LOCpart") yields the part before the hyphen.
import type { Document } from "../../nlp/document.js";
import type { EntityType } from "../../schema/index.js";
import type { NerSpan } from "../../nlp/ner/index.js";
import { isTitleWord, lookupName, type Lexicon } from "../../nlp/ner/lexicon.js";
import { startsUpper } from "../../nlp/characters.js";
import { tokenMention, partMention, type Mention } from "./mention.js";
import { isDescriptor, isOrdinaryWord, wordSets, NAME_PREFIX_RE, type WordSets } from "./vocabulary.js";
import { spellingKey } from "./key.js";
import { isTitleCaseSentence, ordinaryWordInLowerCase } from "./title-case.js";
import { gazetteer } from "../../geo/gazetteer.js";

const NER_TYPES: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "location" };

/** One mention per tagger span with a type of ours (PER, ORG, LOC, or their compound parts), or spelt like a known place. */
export function taggerMentions(doc: Document, lx: Lexicon, spans: NerSpan[], out: Mention[]): void {
  for (const s of spans) {
    const type = spelledPlace(doc, s) ? "location" : NER_TYPES[s.type];
    if (type) spanMention(doc, lx, s, type, out);
    else if (s.type === "OTH" && s.tokEnd - s.tokStart === 1 && placeContext(doc, lx, s.tokStart, s.tokEnd) === "place") {
      // "the plant in Talvesh": a single other name where only a place can stand
      out.push({ ...tokenMention(doc, { from: s.tokStart, to: s.tokEnd, type: "location", prio: 1 }), tagged: true, contextual: true });
    } else if (s.type.endsWith("part")) compoundPartMention(doc, s, out);
  }
}

/** A person's or other name spelt as a transliteration variant of a known place: "Khan Younis" for "Khan Yunis". */
function spelledPlace(doc: Document, s: NerSpan): boolean {
  if (s.type !== "PER" && s.type !== "OTH") return false;
  const text = doc.text.slice(doc.tokens[s.tokStart].start, doc.tokens[s.tokEnd - 1].end);
  if (s.tokEnd - s.tokStart < 2 && !(s.type === "OTH" && text.length >= 4)) return false;
  return gazetteer().lookupKey(spellingKey(text), spellingKey).length > 0;
}

/** Parts of speech that begin no name: the tagger's "Across Hatay", "Meanwhile Smith" start after them. */
const NOT_NAME_START = new Set(["ADP", "ADV", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "PART", "INTJ"]);

/** The name inside a tagger span [a, b): descriptors, titles and function words off the start, lower-case and generic words off the end. */
function nameRange(doc: Document, lx: Lexicon, s: NerSpan): { a: number; b: number; described: boolean } {
  let a = s.tokStart, b = s.tokEnd, described = false;
  while (a < b - 1) {
    const t = doc.tokens[a];
    if (isDescriptor(lx, t.text)) { described = true; a++; continue; }
    // "North" stays in "North Carolina" (a generic word only alone)
    const generic = lx.generic.has(t.text) && !lx.data.namePrefixWords.includes(t.text);
    if (isTitleWord(lx, t.text) || lx.honorifics.has(t.text) || generic || NOT_NAME_START.has(t.upos ?? "")) { a++; continue; }
    break;
  }
  // "Interior Ministry on Friday": a weekday or lower-case word does not end a name
  // ("al-Tayeb" is a name's last part, not a lower-case word)
  while (b - 1 > a && (lx.generic.has(doc.tokens[b - 1].text) || (!startsUpper(doc.tokens[b - 1].text) && !NAME_PREFIX_RE.test(doc.tokens[b - 1].text)))) b--;
  b = beforeHeadedTail(doc, lx, a, b);
  // "Police Crackdowns Escalate As U.S. Protesters Demand": in a title-case line ordinary words at the ends are no name
  const sentence = doc.sentenceAt(doc.tokens[a].start);
  if (lx.data.titleCaseLines && sentence && isTitleCaseSentence(doc, sentence) && !lookupName(lx, doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end))) {
    // a given name stays ("Editing by Mark Hendry"), and a name headed by an organisation word keeps it ("West Asia News Agency")
    const ordinary = (k: number) => {
      const w = doc.tokens[k].text;
      return ordinaryWordInLowerCase(doc, w) && !lookupName(lx, w) && !gazetteer().firstNames.has(w);
    };
    if (!wordSets(lx).orgTail.has(doc.tokens[b - 1].text)) {
      while (a < b && ordinary(a)) a++;
      while (b > a && ordinary(b - 1)) b--;
    }
  }
  return { a, b, described };
}

/**
 * "the Public Opinion Programme of the University | of Hong Kong": where an "of" phrase follows the span, its last
 * connector part heads that phrase, not this name; the name ends before its last connector.
 */
function beforeHeadedTail(doc: Document, lx: Lexicon, a: number, b: number): number {
  const toks = doc.tokens, connectors = wordSets(lx).connectors;
  const after = toks[b], next = toks[b + 1];
  if (!after || !next || !connectors.has(after.text) || wordSets(lx).coordinators.has(after.text) || !startsUpper(next.text) && !startsUpper(toks[b + 2]?.text ?? "")) return b;
  for (let k = b - 2; k > a; k--) {
    if (!connectors.has(toks[k].text) || wordSets(lx).coordinators.has(toks[k].text)) continue;
    let e = k;
    while (e > a + 1 && !startsUpper(toks[e - 1].text)) e--;
    // "University of Sheffield | of the UK": a lone head word before the connector keeps its name
    return e - a === 1 && wordSets(lx).orgTail.has(toks[a].text) ? b : e;
  }
  return b;
}

/** "Katastrophenschutzbehörde Afad", "Organisation NetBlocks": the name of an organisation. */
function spanMention(doc: Document, lx: Lexicon, s: NerSpan, type: EntityType, out: Mention[]): void {
  const range = nameRange(doc, lx, s);
  const { a, b } = range;
  if (a >= b) return;
  let described = range.described;
  const before = s.tokStart > 0 ? doc.tokens[s.tokStart - 1] : undefined;
  if (before && isDescriptor(lx, before.text) && doc.sentenceAt(before.start) === doc.sentenceAt(doc.tokens[s.tokStart].start)) described = true;
  const place = type === "person" && !described ? placeContext(doc, lx, a, b) : undefined;
  if (place === "tail") {
    // "Hatay province": the place with its lower-case tail word, as the capitalisation pass writes it
    const tail = doc.tokens[b];
    out.push({ ...tokenMention(doc, { from: a, to: b + 1, type: "location", prio: 1, base: doc.text.slice(doc.tokens[a].start, tail.end) }), tagged: true, contextual: true });
    return;
  }
  const finalType = place ? "location" : described ? "organization" : type;
  const whole = finalType === "person" ? completedPerson(doc, lx, a, b) : { a, b };
  out.push({ ...tokenMention(doc, { from: whole.a, to: whole.b, type: finalType, prio: 1 }), tagged: true, contextual: place !== undefined });
}

/** "Abdel Fattah | al-Burhan", "Mohamed Hamdan | Daglo", "leader | Ales | Bialiatski": a person's span grown by the untagged unknown proper nouns beside it. */
function completedPerson(doc: Document, lx: Lexicon, a: number, b: number): { a: number; b: number } {
  const sentence = doc.sentenceAt(doc.tokens[a].start);
  const nameWord = (k: number): boolean => {
    const t = doc.tokens[k];
    if (!t || doc.sentenceAt(t.start) !== sentence || (t.ner && t.ner !== "O")) return false;
    if (NAME_PREFIX_RE.test(t.text)) return true;
    return t.upos === "PROPN" && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !isOrdinaryWord(lx, t.text) && !lx.generic.has(t.text) &&
      !isTitleWord(lx, t.text) && !lx.honorifics.has(t.text) && !isDescriptor(lx, t.text) && !lookupName(lx, t.text);
  };
  const adjacent = (k: number, next: number) => doc.tokens[next] && doc.tokens[next].start - doc.tokens[k].end <= 1;
  let from = a, to = b;
  while (to - b < 2 && adjacent(to - 1, to) && nameWord(to)) to++;
  while (a - from < 1 && from > 0 && adjacent(from - 1, from) && nameWord(from - 1)) from--;
  return { a: from, b: to };
}

/**
 * Context that makes a tagged person a place: a place-only preposition before it ("in Dagestan", not "in Smith's
 * view"), a place head before it ("Provinz Idlib") or a place tail word after it ("Hatay province", "Lamu County").
 */
function placeContext(doc: Document, lx: Lexicon, from: number, to: number): "place" | "tail" | undefined {
  const words = wordSets(lx);
  const sentence = doc.sentenceAt(doc.tokens[from].start);
  const inSentence = (k: number) => k >= 0 && k < doc.tokens.length && doc.sentenceAt(doc.tokens[k].start) === sentence;
  const prev = inSentence(from - 1) ? doc.tokens[from - 1].text : "", next = inSentence(to) ? doc.tokens[to].text : "";
  if (next && words.locTail.has(next)) return startsUpper(next) ? "place" : "tail";
  if (words.locHeads.has(prev)) return "place";
  if (words.placeOnlyPreps.has(prev) && !/^['’]/.test(next)) return "place";
  if (placeKindAround(doc, words, from, to, inSentence)) return "place";
  return undefined;
}

/** "the small town of X", "the capital X", "the X displacement camp": a noun for a kind of place beside the name. */
export function placeKindAround(doc: Document, words: WordSets, from: number, to: number, inSentence: (k: number) => boolean): boolean {
  const text = (k: number) => (inSentence(k) ? doc.tokens[k].text : "");
  if (words.placeKinds.has(text(from - 1))) return true;
  // after a link a single word only: "the home province of Mahsa Amini" names a person
  if (to - from === 1 && words.placeKindLinks.has(text(from - 1)) && words.placeKinds.has(text(from - 2))) return true;
  const next = text(to);
  if (/^['’]/.test(next)) return false;
  return words.placeKindTails.has(next) || (next !== "" && words.placeKindTails.has(next + " " + text(to + 1)));
}

/** A name inside a compound: the part before the first hyphen when it is capitalised ("Kiew-Besuch"). */
function compoundPartMention(doc: Document, s: NerSpan, out: Mention[]): void {
  const t = doc.tokens[s.tokStart];
  const dash = t.text.indexOf("-");
  const type = NER_TYPES[s.type.slice(0, 3)];
  if (type && dash > 1 && s.tokEnd - s.tokStart === 1 && startsUpper(t.text)) out.push(partMention(doc, { token: t.i, start: t.start, end: t.start + dash, type, prio: 1 }));
}
