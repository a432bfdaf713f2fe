// Reader of GUM (../shared/data/gum): each document as plain text rebuilt from its tokens ("Trump 's" -> "Trump's",
// "Bailey - Ross" inside <w> -> "Bailey-Ross"), with its named mentions as character spans typed PER, ORG, LOC or OTH,
// trimmed to the name in CoNLL style ("the [United States]", "U.S. President [Donald Trump]"). Shared by
// scripts/train-ner.ts (BIO sentences in the project's own tokenisation) and scripts/eval-ner.ts (held-out part).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../src/nlp/document.js";
import { tokenize } from "../src/nlp/tokenize.js";
import { languagePack } from "../src/lang/registry.js";
import { gazetteer } from "../src/geo/gazetteer.js";
import { DATA } from "./corpus.js";

/** ../shared/data/gum beside the project. */
export const GUM_DIR = join(DATA, "gum");

export interface GumToken {
  text: string;
  /** Extended PTB tag of the xml ("NP" proper noun). */
  pos: string;
  /** Lemma of the xml ("be" for "'s"). */
  lemma: string;
  /** Index of the syntactic head (document token index, -1 for the root) and the relation to it ("flat"). */
  head: number;
  rel: string;
  /** Character range in the document text. */
  start: number;
  end: number;
}

/** A named mention: character range in the document text and its type ("PER" for "Donald Trump"). */
export interface GumMention { start: number; end: number; type: string }

/** A time expression of the xml (`<date when="2015-05-15">Friday</date>`): character range and its attributes
 *  ("when", "from", "to", "notBefore", "notAfter", "rend"); only outermost dates (GUM nests a few). */
export interface GumDate { start: number; end: number; attrs: Record<string, string> }

export interface GumDocument {
  /** "GUM_news_afghan". */
  name: string;
  /** "news", "interview", "academic", "court", "bio", "voyage". */
  genre: string;
  text: string;
  /** Token ranges [from, to) of the sentences in `tokens`. */
  sentences: [number, number][];
  tokens: GumToken[];
  mentions: GumMention[];
  /** The time expressions of the xml. */
  dates: GumDate[];
  /** The attributes of the xml's `<text>` element ("dateCreated" -> "2015-05-18"). */
  meta: Record<string, string>;
}

/** A sentence in the project's tokenisation with BIO labels ("B-LOCpart" for "U.S." of "U.S.-led"). */
export interface BioSentence { words: string[]; tags: string[] }

/** GUM entity types -> NER types; other types (time, quantity) are not names. */
const TYPES: Record<string, string> = {
  person: "PER", organization: "ORG", place: "LOC", event: "OTH", object: "OTH", abstract: "OTH", substance: "OTH", animal: "OTH", plant: "OTH",
};

/** One mention of the entity column with its token range (document token indices) and whether it has a Wikipedia title. */
interface RawMention { from: number; to: number; type: string; linked: boolean }

/** Every document of GUM, in name order; an empty list when the folder is absent. */
export function readGum(dir = GUM_DIR): GumDocument[] {
  if (!existsSync(join(dir, "tsv"))) return [];
  return readdirSync(join(dir, "tsv")).filter((f) => f.endsWith(".tsv")).sort().map((f) => readDocument(dir, f.slice(0, -4)));
}

function readDocument(dir: string, name: string): GumDocument {
  const { words, raw, sentenceStarts } = readTsv(readFileSync(join(dir, "tsv", name + ".tsv"), "utf8"));
  const { pos, lemma, glue, paragraph, dates, meta } = readXml(readFileSync(join(dir, "xml", name + ".xml"), "utf8"));
  const heads = readHeads(readFileSync(join(dir, "dep", name + ".conllu"), "utf8"));
  if (pos.length !== words.length || heads.length !== words.length) throw new Error(`gum: ${name}: ${words.length} tsv tokens, ${pos.length} xml, ${heads.length} dep`);
  const sentences: [number, number][] = sentenceStarts.map((s, k) => [s, sentenceStarts[k + 1] ?? words.length]);
  const tokens: GumToken[] = [];
  let text = "", open = false;
  for (let i = 0; i < words.length; i++) {
    const gap = i === 0 ? "" : paragraph[i] ? "\n\n" : spaceBefore(words, pos, glue, i, open);
    if (pos[i] === "``") open = true;
    if (pos[i] === "''") open = false;
    text += gap;
    tokens.push({ text: words[i], pos: pos[i], lemma: lemma[i], head: heads[i][0], rel: heads[i][1], start: text.length, end: text.length + words[i].length });
    text += words[i];
  }
  // dependency heads are sentence-relative: make them document indices
  for (const [a, b] of sentences) for (let i = a; i < b; i++) if (tokens[i].head >= 0) tokens[i].head += a;
  const dateSpans = dates.filter((d) => d.to > d.from).map((d) => ({ start: tokens[d.from].start, end: tokens[d.to - 1].end, attrs: d.attrs }));
  return { name, genre: name.split("_")[1], text, sentences, tokens, mentions: namedMentions(tokens, raw), dates: dateSpans, meta };
}

/** Tokens, raw mentions and sentence starts of a WebAnno TSV 3.2 file. */
function readTsv(tsv: string): { words: string[]; raw: RawMention[]; sentenceStarts: number[] } {
  const words: string[] = [], sentenceStarts: number[] = [];
  const open = new Map<string, RawMention>();
  const raw: RawMention[] = [];
  let sentence = "";
  for (const line of tsv.split("\n")) {
    if (!/^\d+-\d+\t/.test(line)) continue;
    const c = line.split("\t");
    const i = words.length, s = c[0].split("-")[0];
    if (s !== sentence) { sentenceStarts.push(i); sentence = s; }
    words.push(c[2]);
    if (c[3] === "_") continue;
    const linked = new Set((c[6] ?? "_").split("|").filter((x) => x !== "_").map((x) => x.match(/\[(\d+)\]$/)?.[1] ?? ""));
    for (const e of c[3].split("|")) {
      const m = e.match(/^([a-z]+)(?:\[(\d+)\])?$/);
      if (!m) continue;
      const id = m[2] ?? `t${i}`;
      const known = open.get(id);
      if (known && known.to === i) { known.to = i + 1; continue; }
      const r = { from: i, to: i + 1, type: m[1], linked: linked.has(m[2] ?? "") };
      open.set(id, r);
      raw.push(r);
    }
  }
  return { words, raw, sentenceStarts };
}

/** Blocks of the xml whose start begins a paragraph of the rebuilt text. */
const BLOCKS = new Set(["p", "head", "item", "caption", "cell", "l", "sp", "row", "figure", "list", "table", "quote", "note"]);

/** The escapes the xml's token lines use ("&amp;" in "R&amp;D"). */
const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The attributes of an xml start tag ('<date when="2015" rend="bold">' -> {when: "2015", rend: "bold"}). */
function attributes(line: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of line.matchAll(/([A-Za-z]+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/** A date element as a token range [from, to) with its attributes. */
interface RawDate { from: number; to: number; attrs: Record<string, string> }

/** Per token: its tag, its lemma, whether it is glued to the one before (inside <w>), whether a paragraph starts before it;
 *  the outermost date elements and the attributes of the <text> element. */
function readXml(xml: string): { pos: string[]; lemma: string[]; glue: boolean[]; paragraph: boolean[]; dates: RawDate[]; meta: Record<string, string> } {
  const pos: string[] = [], lemma: string[] = [], glue: boolean[] = [], paragraph: boolean[] = [];
  const dates: RawDate[] = [], open: RawDate[] = [];
  let meta: Record<string, string> = {};
  let inWord = false, wordStart = false, block = false;
  for (const line of xml.split("\n")) {
    if (!line) continue;
    if (line.startsWith("<")) {
      const tag = line.match(/^<\/?([a-z]+)/)?.[1] ?? "";
      if (tag === "text" && !line.startsWith("</")) meta = attributes(line);
      if (tag === "date" && !line.startsWith("</")) open.push({ from: pos.length, to: pos.length, attrs: attributes(line) });
      if (tag === "date" && line.startsWith("</")) {
        const d = open.pop();
        if (d && !open.length) { d.to = pos.length; dates.push(d); }
      }
      if (tag === "w") { inWord = !line.startsWith("</"); wordStart = inWord; }
      else if (BLOCKS.has(tag)) block = true;
      continue;
    }
    const c = line.split("\t");
    pos.push(c[1] ?? "");
    lemma.push((c[2] ?? "").replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]));
    glue.push(inWord && !wordStart);
    paragraph.push(block);
    wordStart = false;
    block = false;
  }
  return { pos, lemma, glue, paragraph, dates, meta };
}

/** The head and relation columns of the CoNLL-U file, heads as sentence-relative indices (-1 for the root). */
function readHeads(conllu: string): [number, string][] {
  const out: [number, string][] = [];
  for (const line of conllu.split("\n")) {
    const c = line.split("\t");
    if (c.length < 8 || !/^\d+$/.test(c[0])) continue;
    out.push([Number(c[6]) - 1, c[7]]);
  }
  return out;
}

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "…"]);
const NO_SPACE_AFTER = new Set(["(", "[", "{", "$", "#"]);
const CLITIC = /^(?:n't|n’t|'(?:s|m|re|ve|ll|d)|’(?:s|m|re|ve|ll|d))$/i;

/** The spacing before token i in running text ("Trump 's" -> no space; an opening quote keeps its space). */
function spaceBefore(words: string[], pos: string[], glue: boolean[], i: number, quoteOpen: boolean): string {
  if (glue[i]) return "";
  const w = words[i], prev = words[i - 1];
  if (NO_SPACE_BEFORE.has(w) || pos[i] === "POS" || CLITIC.test(w)) return "";
  if (NO_SPACE_AFTER.has(prev)) return "";
  if (pos[i] === "''" && quoteOpen) return "";
  if (pos[i - 1] === "``") return "";
  return " ";
}

/**
 * The named mentions of a document, outermost first: a mention is named when its head is a proper noun (or a noun
 * or title with a proper-noun "flat" dependent: "creator Mark Zuckerberg"); its span is trimmed to the name, and
 * nested names outside the trimmed outer one stay ("U.S." in "U.S. President Donald Trump").
 */
function namedMentions(tokens: GumToken[], raw: RawMention[]): GumMention[] {
  const titles = titleWords();
  const generic = new Set(languagePack("en").entities.generic);
  const starts = new Map<number, string[]>();
  for (const r of raw) starts.set(r.from, [...(starts.get(r.from) ?? []), r.type]);
  const spans: { from: number; to: number; type: string; outer: number }[] = [];
  for (const m of raw) {
    let type = TYPES[m.type];
    if (!type) continue;
    const head = nameHead(tokens, m, type === "PER" ? titles : undefined);
    if (head < 0) continue;
    let [from, to] = trim(tokens, m, head, starts, type === "PER" ? titles : undefined);
    if (type === "PER") {
      // a person's name holds no other name before its head ("Ambassador to the United States [Hamdullah Mohib]")
      for (const r of raw) if (r !== m && r.type !== "person" && TYPES[r.type] && r.from < head && r.to > from && r.to <= head) from = Math.max(from, r.to);
      while (from < to && (CONNECTORS.has(tokens[from].text) || titles.has(tokens[from].text))) from++;
      // a plural ("Muslims", "Afghans") is a group, not a person
      if (tokens[head].pos === "NPS") type = "OTH";
    }
    if (from >= to) continue;
    const name = tokens.slice(from, to).map((t) => t.text).join(" ");
    // a generic word is no name in the guidelines ("the Court", "Parliament"); a country acting is still a place
    if (to - from === 1 && generic.has(name)) continue;
    if (type === "ORG" && gazetteer().lookup(name, "en").some((p) => p.kind === "country")) type = "LOC";
    spans.push({ from, to, type, outer: m.to - m.from });
  }
  spans.sort((a, b) => b.outer - a.outer || a.from - b.from);
  const taken: typeof spans = [];
  for (const s of spans) if (!taken.some((t) => s.from < t.to && t.from < s.to)) taken.push(s);
  return taken.sort((a, b) => a.from - b.from).map((s) => ({ start: tokens[s.from].start, end: tokens[s.to - 1].end, type: s.type }));
}

/**
 * The proper noun a mention is named by, or -1: its head when that is a proper noun and no title, else the head's
 * first proper-noun "flat" dependent ("Mark" of "creator Mark Zuckerberg", "Barack" of "President Barack Obama").
 */
function nameHead(tokens: GumToken[], m: RawMention, titles?: Set<string>): number {
  let head = m.to - 1;
  for (let i = m.from; i < m.to; i++) { const h = tokens[i].head; if (h < m.from || h >= m.to) { head = i; break; } }
  const proper = (t: GumToken) => t.pos.startsWith("NP") && nameWord(t) && !titles?.has(t.text);
  if (proper(tokens[head])) return head;
  for (let i = head + 1; i < m.to; i++) if (tokens[i].head === head && tokens[i].rel === "flat" && proper(tokens[i])) return i;
  return -1;
}

/** Lower-case words that may stand inside a name between capitalised ones ("University of Portsmouth", "Bill and Melinda"). */
const CONNECTORS = new Set(["of", "the", "and", "&", "for", "de", "du", "da", "del", "van", "von", "der", "bin", "al", "-", "on"]);

/** A word that is part of a name: capitalised or a number ("Apollo 11"), not a determiner or possessive. */
function nameWord(t: GumToken): boolean {
  return (/^\p{Lu}/u.test(t.text) || (/^\d/.test(t.text) && t.pos === "CD")) && t.pos !== "DT" && t.pos !== "PP$" && t.pos !== "POS";
}

/** A coordinator before a mention of the same type ("District [and] the Irving Police Department"): two names, not one. */
function coordinates(tokens: GumToken[], k: number, m: RawMention, starts: Map<number, string[]>): boolean {
  return tokens[k].rel === "cc" && (starts.get(k + 1) ?? []).includes(m.type);
}

/** The name inside a mention: the run of name words around its head, connectors only between name words, titles off. */
function trim(tokens: GumToken[], m: RawMention, h: number, starts: Map<number, string[]>, titles?: Set<string>): [number, number] {
  let a = h, b = h + 1;
  for (;;) {
    if (a > m.from && nameWord(tokens[a - 1])) { a--; continue; }
    if (a - 1 > m.from && CONNECTORS.has(tokens[a - 1].text) && (nameWord(tokens[a - 2]) || CONNECTORS.has(tokens[a - 2].text))) { a--; continue; }
    break;
  }
  for (;;) {
    if (b < m.to && nameWord(tokens[b])) { b++; continue; }
    let k = b;
    while (k < m.to && CONNECTORS.has(tokens[k].text) && !coordinates(tokens, k, m, starts)) k++;
    if (k > b && k < m.to && nameWord(tokens[k])) { b = k + 1; continue; }
    break;
  }
  while (a < b && CONNECTORS.has(tokens[a].text)) a++;
  if (titles) for (let k = b - 2; k >= a; k--) if (titles.has(tokens[k].text)) { a = k + 1; break; }
  return [a, b];
}

/** Titles and forms of address before a person's name, from the English language pack ("President", "Mr."). */
function titleWords(): Set<string> {
  const d = languagePack("en").entities;
  const out = new Set<string>(d.honorifics);
  for (const t of d.titles ?? []) for (const w of t.split(" ")) if (/^\p{Lu}/u.test(w)) out.add(w);
  for (const t of d.titleHeads) if (!t.includes(" ")) out.add(t[0].toUpperCase() + t.slice(1));
  return out;
}

/** The fixed held-out part: every fifth document of each genre in name order (the 3rd, 8th, ...), the rest trains. */
export function gumSplit(docs: GumDocument[]): { train: GumDocument[]; heldout: GumDocument[] } {
  const train: GumDocument[] = [], heldout: GumDocument[] = [];
  const seen = new Map<string, number>();
  for (const d of docs) {
    const k = seen.get(d.genre) ?? 0;
    seen.set(d.genre, k + 1);
    (k % 5 === 2 ? heldout : train).push(d);
  }
  return { train, heldout };
}

/** The sentences of a document in the project's tokenisation, labelled BIO from the mentions. */
export function bioSentences(doc: GumDocument, lang: Lang = "en"): BioSentence[] {
  const out: BioSentence[] = [];
  for (const [a, b] of doc.sentences) {
    const start = doc.tokens[a].start, end = doc.tokens[b - 1].end;
    const toks = tokenize(doc.text.slice(start, end), lang).map((t) => ({ text: t.text, start: t.start + start, end: t.end + start }));
    const tags = toks.map(() => "O");
    for (const m of doc.mentions) {
      if (m.end <= start || m.start >= end) continue;
      const inside = toks.map((t, k) => [t, k] as const).filter(([t]) => t.start < m.end && m.start < t.end);
      if (!inside.length) continue;
      const [first, k0] = inside[0];
      // a name at the start of a hyphen compound ("U.S.-led"): a part label, as GermEval's LOCpart
      if (inside.length === 1 && first.start === m.start && first.end > m.end && doc.text[m.end] === "-") { tags[k0] = `B-${m.type}part`; continue; }
      inside.forEach(([, k], j) => (tags[k] = (j === 0 ? "B-" : "I-") + m.type));
    }
    out.push({ words: toks.map((t) => t.text), tags });
  }
  return out;
}

/** BIO training and held-out sentences of GUM for scripts/train-ner.ts; exits with a message when GUM is absent. */
export function gumTrainingData(): { train: BioSentence[]; dev: BioSentence[] } {
  const docs = readGum();
  if (!docs.length) { console.error(`train-ner: ${GUM_DIR} not found (GUM lives in ../shared/data/gum)`); process.exit(1); }
  const { train, heldout } = gumSplit(docs);
  return { train: train.flatMap((d) => bioSentences(d)), dev: heldout.flatMap((d) => bioSentences(d)) };
}
