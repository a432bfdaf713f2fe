// Extract component for `claims`: every statement the article attributes to someone.
//
// Works on tokens, sentence by sentence, with the language's lexicon (src/lang/<lang>/claims.ts):
//  1. quotations („…“, "…", “…”, « ») found per block; a quotation that stands as a statement (opens a sentence
//     or follows a colon, and closes it or is followed by ", <verb> <speaker>") is a direct claim;
//  2. reporting verbs (forward "X sagte, dass Y" / "X said Y", inverted "Y, sagte X" / "Y, X said"),
//     source phrases ("laut X", "X zufolge", "nach Angaben X", "according to X"), passive cues ("hieß es");
//  3. without a cue of its own: "demnach" and Konjunktiv sentences continue the last source, "soll ... sein",
//     "reportedly" are hedged with no source.
// Sources are cleaned noun phrases, resolved through pronouns, titles and generic anaphors ("die Behörde") to the
// last fitting person or organisation (from the entity layer when present, else from titles and capitalised runs).
// Writes doc.results.claims and the layer "claim" (one span per claim over its content).
import type { Document, Token } from "../../nlp/document.js";
import type { Claim, ClaimMode, Lang } from "../../schema/index.js";
import type { SyntaxHooks } from "../../lang/types.js";
import { claimTablesFor, type ClaimTables } from "./lexicon.js";
import { lowerTexts } from "../../nlp/tokenize.js";
import { languagePack } from "../../lang/registry.js";

export interface ClaimSpanAttrs {
  source: string | null;
  mode: ClaimMode;
  cue: string | null;
  sentence: number;
  unverified: boolean;
}

// ------------------------------------------------------------------ token classes

const CAP_RE = /^\p{Lu}/u;
const WORD_RE = /[\p{L}\p{N}]/u;
const TERMINAL = new Set([".", "!", "?", "…", "...", "?!", "!?"]);
const BOUNDARY = new Set([",", ";", ":", "–", "—", "-", "(", ")"]);
const HARD_BOUNDARY = new Set([";", ":", "–", "—"]);
/** Quote pairs: opening mark -> accepted closing marks. */
const QUOTE_CLOSE: Record<string, string[]> = {
  "„": ["“", "”", "\""],
  "“": ["”", "“"],
  "\"": ["\""],
  "«": ["»"],
  "»": ["«"],
};
const QUOTE_CHARS = new Set(["„", "“", "”", "\"", "«", "»"]);
const SKIP_ROLES = new Set(["caption", "credit", "byline", "dateline", "kicker", "title", "heading", "embed", "broadcast"]);

interface Quote {
  open: number;
  close: number;
  statement: boolean;
}

interface Mention {
  pos: number;
  name: string;
  titles: string[];
  gender?: "m" | "f";
}

interface Draft {
  source: string | null;
  mode: ClaimMode;
  start: number;
  end: number;
  text: string;
  cue: string | null;
  sentence: number;
  block: number;
  distancing: string[];
  unverified: boolean;
  /** Token where the attribution (subject or cue) begins; used to cut a previous claim in the same sentence. */
  attrTok: number;
  /** First and last (exclusive) content tokens. */
  from: number;
  to: number;
  forward: boolean;
}

class Ctx {
  readonly toks: Token[];
  readonly low: string[];
  readonly quoteOf: Int32Array;
  readonly quotes: Quote[] = [];
  readonly used: Uint8Array;
  readonly persons: Mention[] = [];
  readonly orgs: Mention[] = [];
  readonly fullNames = new Map<string, string>();
  readonly genderByName = new Map<string, "m" | "f">();
  readonly drafts: Draft[] = [];
  readonly entityAt = new Map<number, { type: string; name: string }>();
  /** Per token: 1 capitalised word, 2 other word, 3 no word (0 = not computed). */
  private readonly kind: Uint8Array;
  /** Per token: 1 title, 2 no title (0 = not computed). */
  private readonly title: Uint8Array;

  constructor(readonly doc: Document, readonly L: ClaimTables, readonly syntax: SyntaxHooks) {
    this.toks = doc.tokens;
    this.low = lowerTexts(doc);
    this.quoteOf = new Int32Array(doc.tokens.length).fill(-1);
    this.used = new Uint8Array(doc.tokens.length);
    this.kind = new Uint8Array(doc.tokens.length);
    this.title = new Uint8Array(doc.tokens.length);
  }

  private kindOf(i: number): number {
    if (i < 0 || i >= this.toks.length) return 3;
    let k = this.kind[i];
    if (k === 0) {
      const w = this.toks[i].text;
      k = WORD_RE.test(w) ? (CAP_RE.test(w) ? 1 : 2) : 3;
      this.kind[i] = k;
    }
    return k;
  }

  t(i: number): string {
    return this.toks[i]?.text ?? "";
  }
  isCap(i: number): boolean {
    return this.kindOf(i) === 1;
  }
  isWord(i: number): boolean {
    return this.kindOf(i) !== 3;
  }
  isAdj(i: number): boolean {
    const w = this.low[i];
    const L = this.L;
    return !!w && !this.isCap(i) && L.adjectiveEnding.test(w) && !L.nonAdjectives.has(w) && !L.determiners.has(w) && !this.syntax.neverAdjective(w) &&
      !L.auxiliaries.has(w) && !L.verbLemma.has(w) && !L.subjunctive.has(w) && !L.subjunctiveWeak.has(w) && !L.hedgeModals.has(w) && !L.pronouns.has(w);
  }
  isTitle(i: number): boolean {
    if (i < 0 || i >= this.toks.length) return false;
    if (this.title[i] === 0) this.title[i] = this.computeTitle(i) ? 1 : 2;
    return this.title[i] === 1;
  }
  private computeTitle(i: number): boolean {
    const w = this.low[i];
    if (!w) return false;
    if (this.L.titles.has(w) || this.L.titles.has(w.replace(/\.$/, ""))) return true;
    if (!this.isCap(i)) return false;
    if (w.length < 5 || !this.L.titleEndings.has(w.slice(-3))) return false;
    for (let k = 1; k + 4 <= w.length; k++) if (this.L.titleLengths.has(w.length - k) && this.L.titles.has(w.slice(k))) return true;
    return false;
  }
  text(from: number, to: number): string {
    if (to <= from) return "";
    return this.doc.text.slice(this.toks[from].start, this.toks[to - 1].end);
  }
}

// ------------------------------------------------------------------ entry point

export function extractClaims(doc: Document): void {
  const L = claimTablesFor(doc.lang);
  const cx = new Ctx(doc, L, languagePack(doc.lang).syntax);
  readEntities(cx);
  findQuotes(cx);
  findMentions(cx);

  for (const s of doc.sentences) {
    const block = doc.blocks[s.block];
    if (block && SKIP_ROLES.has(block.role)) continue;
    if (!endsLikeSentence(cx, s.tokenStart, s.tokenEnd)) continue;
    const before = cx.drafts.length;
    quoteClaims(cx, s.i, s.tokenStart, s.tokenEnd);
    cueClaims(cx, s.i, s.tokenStart, s.tokenEnd);
    if (cx.drafts.length === before) continuationClaims(cx, s.i, s.tokenStart, s.tokenEnd);
    cutOverlaps(cx, before);
    markUnverified(cx, s.i, s.tokenStart, s.tokenEnd);
  }

  const claims: Claim[] = [];
  const spans = [];
  const drafts = cx.drafts.filter((d) => d.end > d.start && d.text.trim().length > 0).sort((a, b) => a.start - b.start);
  for (const d of drafts) {
    const c: Claim = { source: d.source, mode: d.mode, text: d.text, cue: d.cue, sentence: d.sentence, start: d.start, end: d.end };
    if (d.unverified) c.unverified = true;
    if (d.distancing.length) c.distancing = d.distancing;
    claims.push(c);
    spans.push({ start: d.start, end: d.end, label: "claim", attrs: { source: d.source, mode: d.mode, cue: d.cue, sentence: d.sentence, unverified: d.unverified } as ClaimSpanAttrs });
  }
  doc.results.claims = claims;
  doc.setLayer<ClaimSpanAttrs>("claim", spans);
}

function endsLikeSentence(cx: Ctx, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const w = cx.t(k);
    if (TERMINAL.has(w)) return true;
    if (QUOTE_CHARS.has(w) || w === ")") continue;
    return false;
  }
  return false;
}

// ------------------------------------------------------------------ entities, quotes, mentions

function readEntities(cx: Ctx): void {
  const ents = cx.doc.results.entities ?? [];
  for (const sp of cx.doc.layer<{ type?: string; entity?: unknown }>("entity")) {
    const type = String(sp.attrs?.type ?? "");
    if (type !== "person" && type !== "organization") continue;
    const ref = sp.attrs?.entity;
    let name = cx.doc.text.slice(sp.start, sp.end);
    if (typeof ref === "number" && ents[ref]) name = ents[ref].name;
    else if (typeof ref === "string") name = ents.find((e) => e.id === ref || e.name === ref)?.name ?? ref;
    else if (ref && typeof ref === "object" && "name" in (ref as object)) name = String((ref as { name: unknown }).name);
    const k = cx.doc.tokenIndexAt(sp.start);
    if (k < 0) continue;
    for (let j = k; j < cx.toks.length && cx.toks[j].start < sp.end; j++) cx.entityAt.set(j, { type, name });
    const m: Mention = { pos: k, name, titles: [] };
    if (type === "person") cx.persons.push(m);
    else cx.orgs.push(m);
  }
}

function findQuotes(cx: Ctx): void {
  const { doc } = cx;
  let open = -1;
  let openBlock = -1;
  for (let i = 0; i < cx.toks.length; i++) {
    const w = cx.t(i);
    if (!QUOTE_CHARS.has(w)) continue;
    const blk = doc.sentences[cx.toks[i].sent]?.block ?? 0;
    if (open >= 0 && blk !== openBlock) open = -1; // quotes never cross blocks
    if (open >= 0 && (QUOTE_CLOSE[cx.t(open)] ?? []).includes(w)) {
      const q: Quote = { open, close: i, statement: false };
      cx.quotes.push(q);
      for (let k = open; k <= i; k++) cx.quoteOf[k] = cx.quotes.length - 1;
      open = -1;
    } else if (open < 0 && QUOTE_CLOSE[w]) {
      open = i;
      openBlock = blk;
    }
  }
  for (const q of cx.quotes) q.statement = isStatementQuote(cx, q);
}

/** "The statement said, “...”": a quote opened right after a reporting verb and a comma. */
function introducedByCue(cx: Ctx, open: number): boolean {
  return cx.t(open - 1) === "," && open >= 2 && !!cueLemma(cx, open - 2) && cx.quoteOf[open - 2] < 0;
}

function isStatementQuote(cx: Ctx, q: Quote): boolean {
  let words = 0;
  for (let k = q.open + 1; k < q.close; k++) if (cx.isWord(k)) words++;
  if (words < 3) return false;
  const s = cx.doc.sentences[cx.toks[q.open].sent];
  const startsSentence = q.open === s.tokenStart || cx.t(q.open - 1) === ":" || introducedByCue(cx, q.open);
  if (!startsSentence) {
    // "“We are tired,” she said, “but we go on.”"
    const prev = cx.quotes[cx.quoteOf[q.open - 2] ?? -1];
    let k = q.open - 1;
    while (k > s.tokenStart && cx.quoteOf[k] < 0 && q.open - k <= 8) k--;
    const pq = cx.quoteOf[k] >= 0 ? cx.quotes[cx.quoteOf[k]] : prev;
    return !!pq && pq.statement && cx.t(q.open - 1) === "," && pq.close === k;
  }
  const inner = cx.t(q.close - 1);
  const after = cx.t(q.close + 1);
  const closeSent = cx.doc.sentences[cx.toks[q.close].sent];
  return TERMINAL.has(inner) || inner === "," || after === "," || TERMINAL.has(after) || q.close === closeSent.tokenEnd - 1 || after === "";
}

/** Person and organisation mentions from titles and capitalised runs, and full names for surnames. */
function findMentions(cx: Ctx): void {
  const { toks, L } = cx;
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    if (!cx.isCap(i) || L.determiners.has(cx.low[i])) continue;
    // a run of capitalised tokens
    let j = i;
    while (j < n && cx.isCap(j) && !L.determiners.has(cx.low[j]) && !L.prepositions.has(cx.low[j]) && toks[j].sent === toks[i].sent) j++;
    if (j === i) continue;
    const titles: string[] = [];
    let a = i;
    while (a < j && cx.isTitle(a)) titles.push(cx.t(a++));
    const sentStart = cx.doc.sentences[toks[i].sent].tokenStart === i;
    const nameToks = j - a;
    if (titles.length && nameToks >= 1) {
      const name = cx.text(a, j);
      cx.persons.push({ pos: i, name: expandName(cx, name), titles, gender: genderOf(cx, titles) });
      if (nameToks >= 2) cx.fullNames.set(cx.t(j - 1), name);
    } else if (nameToks >= 2 && sentStart && nameToks <= 4 && !L.organizationHeads.some((h) => cx.low[j - 1].endsWith(h))) {
      // "Pfarrerin Maria Lenz stand ...": the last two words are a likely name
      cx.persons.push({ pos: i, name: cx.text(j - 2, j), titles });
    } else if (nameToks >= 2 && (!sentStart || titles.length)) {
      const name = cx.text(a, j);
      const lastLow = cx.low[j - 1];
      if (L.organizationHeads.some((h) => lastLow.endsWith(h))) cx.orgs.push({ pos: i, name, titles });
      else if (nameToks <= 3 && !cx.fullNames.has(cx.t(j - 1))) cx.fullNames.set(cx.t(j - 1), name);
    } else if (nameToks === 1 && L.organizationHeads.some((h) => cx.low[a].endsWith(h))) {
      cx.orgs.push({ pos: i, name: cx.t(a), titles });
    }
    i = j - 1;
  }
  cx.persons.sort((x, y) => x.pos - y.pos);
  for (const p of cx.persons) {
    if (!p.gender) continue;
    cx.genderByName.set(p.name, p.gender);
    const last = p.name.split(" ").pop();
    if (last) cx.genderByName.set(last, p.gender);
  }
  cx.orgs.sort((x, y) => x.pos - y.pos);
}

function expandOrg(cx: Ctx, name: string, pos: number): string {
  if (name.includes(" ")) return name;
  for (let m = cx.orgs.length - 1; m >= 0; m--) {
    const o = cx.orgs[m];
    if (o.pos < pos && o.name.includes(" ") && o.name.split(" ").pop() === name) return o.name;
  }
  return name;
}

/** Gender implied by titles ("Ministerin" f, "Minister" m, "Mr" m), when the language marks it. */
function genderOf(cx: Ctx, titles: string[]): "m" | "f" | undefined {
  const { L } = cx;
  for (const t of titles) {
    const w = t.toLowerCase().replace(/\.$/u, "");
    if (L.neutralTitles.has(w)) continue;
    if (L.femaleTitles.has(w)) return "f";
    if (L.maleTitles.has(w)) return "m";
    if (L.femaleTitleEnding && w.endsWith(L.femaleTitleEnding)) return "f";
    if (L.otherTitlesMale) return "m";
  }
  return undefined;
}

function expandName(cx: Ctx, name: string): string {
  if (name.includes(" ")) return name;
  return cx.fullNames.get(name) ?? name;
}

// ------------------------------------------------------------------ noun phrases and sources

/** A noun phrase starting at i (German: determiners, adjectives, capitalised words; English: up to a boundary word). */
function npForward(cx: Ctx, i: number, end: number): number {
  const { L } = cx;
  if (i >= end) return i;
  if (L.pronouns.has(cx.low[i])) return i + 1;
  let j = i;
  if (cx.syntax.capitalization === "names") {
    // English: lower-case nouns are normal; stop at function words and punctuation
    const w0 = cx.low[i];
    if (L.prepositions.has(w0) || L.auxiliaries.has(w0) || L.complementizers.has(w0) || (L.verbLemma.has(w0) && !cx.isCap(i))) return i;
    const u0 = cx.toks[i].upos;
    if (u0 && NOT_NP_START.has(u0) && !(u0 === "VERB" && cx.isCap(i))) return i;
    while (j < end) {
      const w = cx.low[j];
      const u = cx.toks[j].upos;
      if (u && u !== "X" && j > i && !NP_UPOS.has(u) && !L.connectors.has(w) && !L.possessiveClitics.has(cx.t(j))) break;
      if (!cx.isWord(j) && !QUOTE_CHARS.has(cx.t(j)) && !L.possessiveClitics.has(cx.t(j))) break;
      const conn = L.connectors.has(w);
      const titleLink = L.titleLinkPrepositions.has(w) && j > i && cx.isTitle(j - 1);
      if (j > i && ((L.prepositions.has(w) && !titleLink) || L.auxiliaries.has(w) || L.adverbs.has(w) || L.complementizers.has(w) || (L.clauseConjunctions.has(w) && !conn) || L.verbLemma.has(w) || L.relativePronouns.has(w))) break;
      if (conn && !(cx.isWord(j + 1) && !L.prepositions.has(cx.low[j + 1]) && !L.verbLemma.has(cx.low[j + 1]) && !L.adverbs.has(cx.low[j + 1]))) break;
      j++;
    }
    return j;
  }
  let last = i;
  while (j < end) {
    const w = cx.low[j];
    // an adjective never follows the noun it belongs to
    const adjOk = cx.isAdj(j) && !(j > i && cx.isCap(j - 1) && !(L.nonAdjectives.has(cx.low[j - 1]) || L.determiners.has(cx.low[j - 1])));
    const detOk = L.determiners.has(w) && (j === i || !cx.isCap(j - 1) || (L.genitiveDeterminers.has(w) && !isPersonName(cx, j - 1)));
    const ok = cx.isCap(j) || detOk || adjOk || L.fillers.has(w) || L.lowercaseNames.has(w) || QUOTE_CHARS.has(cx.t(j)) ||
      (L.connectors.has(w) && j > i && (cx.isCap(j + 1) || cx.isAdj(j + 1)));
    if (!ok || (j > i && L.prepositions.has(w) && !L.connectors.has(w) && !cx.isCap(j))) break;
    if (cx.isCap(j) || L.lowercaseNames.has(w)) last = j + 1;
    else if (QUOTE_CHARS.has(cx.t(j)) && cx.quoteOf[j] >= 0 && cx.quotes[cx.quoteOf[j]].open >= i && cx.quotes[cx.quoteOf[j]].close === j) last = j + 1;
    j++;
  }
  return last > i ? last : i;
}

/** Token k is (the end of) a person's name: from the entity layer or a known full name. */
function isPersonName(cx: Ctx, k: number): boolean {
  const e = cx.entityAt.get(k);
  if (e) return e.type === "person";
  const w = cx.t(k);
  return cx.fullNames.has(w) || cx.persons.some((p) => p.name === w || p.name.endsWith(" " + w));
}

/** Start of the noun phrase that ends right before `end` (used before "zufolge"). */
function npBackward(cx: Ctx, end: number, limit: number): number {
  const { L } = cx;
  let j = end;
  while (j > limit) {
    const k = j - 1;
    const w = cx.low[k];
    const prepAttr = L.prepositions.has(w) && j < end && cx.isCap(j) && k > limit && cx.isCap(k - 1) && !L.genitivePrepositions.has(w);
    const ok = cx.isCap(k) || L.determiners.has(w) || cx.isAdj(k) || L.fillers.has(w) || L.lowercaseNames.has(w) || QUOTE_CHARS.has(cx.t(k)) || L.connectors.has(w) || prepAttr;
    if (!ok) break;
    if (cx.doc.sentences[cx.toks[k].sent].tokenStart === k && L.adverbs.has(w)) break;
    j = k;
  }
  // do not start with a connector or a lower-case adjective that is not followed by a noun
  while (j < end && (L.connectors.has(cx.low[j]) || QUOTE_CHARS.has(cx.t(j)))) j++;
  return j;
}

/** Cleans a source noun phrase [from, to) into a source string (or null) and says whether it names a person. */
function sourceOf(cx: Ctx, from: number, to: number, pos: number): { source: string | null; person: boolean; anonymous: boolean; reject?: boolean } {
  const { L } = cx;
  while (from < to && (!cx.isWord(from) || L.determiners.has(cx.low[from]) || L.fillers.has(cx.low[from]) || L.adverbs.has(cx.low[from]) || L.genitivePrepositions.has(cx.low[from]) || L.auxiliaries.has(cx.low[from]))) from++;
  while (to > from && (!cx.isWord(to - 1) || L.adverbs.has(cx.low[to - 1]) || L.auxiliaries.has(cx.low[to - 1]))) to--;
  if (to <= from) return { source: null, person: false, anonymous: false };
  if (L.nonSources.has(cx.low[from])) return { source: null, person: false, anonymous: false, reject: true };
  // pronoun
  if (to - from === 1 && L.pronouns.has(cx.low[from])) {
    const want = L.pronounGender.get(cx.low[from]);
    let p: Mention | undefined;
    for (const m of cx.persons) {
      if (m.pos >= pos) break;
      const g = m.gender ?? cx.genderByName.get(m.name);
      if (!want || !g || g === want) p = m;
    }
    if (p) return { source: p.name, person: true, anonymous: false };
    const d = cx.drafts[cx.drafts.length - 1];
    return { source: d?.source ?? null, person: true, anonymous: false };
  }
  // "it announced" -> the last organisation
  if (to - from === 1 && L.organizationPronouns.has(cx.low[from])) {
    const o = lastBefore(cx.orgs, pos);
    if (o) return { source: expandOrg(cx, o.name, pos), person: false, anonymous: false };
    // "The city is looking ..., it announced": the subject opening the sentence
    const st = cx.doc.sentences[cx.toks[from].sent];
    if (st && st.tokenStart < from) {
      const np = npForward(cx, st.tokenStart, from);
      if (np > st.tokenStart && !L.organizationPronouns.has(cx.low[st.tokenStart])) return sourceOf(cx, st.tokenStart, np, st.tokenStart);
    }
    for (let m = cx.drafts.length - 1; m >= 0; m--) if (cx.drafts[m].source) return { source: cx.drafts[m].source, person: false, anonymous: false };
    return { source: null, person: false, anonymous: false, reject: true };
  }
  // anonymous ("Berichten", "Reports")
  if (to - from === 1 && L.anonymousSources.has(cx.low[from])) return { source: null, person: false, anonymous: true };
  // an entity from the entity layer
  // an entity from the entity layer: a person anywhere in the phrase, else an organisation at its head
  let ent: { type: string; name: string } | undefined;
  for (let k = from; k < to; k++) {
    const e = cx.entityAt.get(k);
    if (e && e.type === "person") { ent = e; break; }
  }
  ent ??= cx.entityAt.get(to - 1);
  if (ent) {
    const name = stripLeadingWords(cx, ent.name.includes(" ") ? ent.name : (cx.fullNames.get(ent.name) ?? ent.name));
    return { source: name, person: ent.type === "person", anonymous: false };
  }
  const words: number[] = [];
  for (let k = from; k < to; k++) if (cx.isWord(k) && !L.fillers.has(cx.low[k])) words.push(k);
  if (words.length >= 2 && L.infoNouns.has(cx.low[words[words.length - 1]]) && L.possessiveClitics.has(cx.t(words[words.length - 1] - 1))) {
    words.pop();
    while (words.length > 1 && L.possessiveClitics.has(cx.t(words[words.length - 1]))) words.pop();
  }
  // only titles ("die Regierungschefin", "the president") -> the last person with that title
  if (words.every((k) => cx.isTitle(k))) {
    const title = cx.low[words[words.length - 1]];
    for (let m = cx.persons.length - 1; m >= 0; m--) {
      const p = cx.persons[m];
      if (p.pos < pos && p.titles.some((t) => t.toLowerCase() === title)) return { source: p.name, person: true, anonymous: false };
    }
  }
  // a generic anaphor ("die Behörde", "the agency", "the Ministry")
  if (words.length === 1 && (L.anaphors.has(cx.low[words[0]]) || L.determiners.has(cx.low[from - 1] ?? ""))) {
    const head = cx.low[words[0]];
    for (let m = cx.drafts.length - 1; m >= 0; m--) {
      const s = cx.drafts[m].source;
      if (s && s.toLowerCase().split(/\s+/).pop() === head && s.includes(" ")) return { source: s, person: false, anonymous: false };
    }
    for (let m = cx.orgs.length - 1; m >= 0; m--) {
      const o = cx.orgs[m];
      if (o.pos < pos && o.name.includes(" ") && o.name.toLowerCase().split(/\s+/).pop() === head) return { source: o.name, person: false, anonymous: false };
    }
    if (L.anaphors.has(head)) {
      const o = lastBefore(cx.orgs, pos);
      if (o) return { source: expandOrg(cx, o.name, pos), person: false, anonymous: false };
    }
  }
  // strip leading titles and descriptions before a capitalised name run
  // through the last title before a name ("Veteran Governor Paul Reyes", "Präsident Kassym-Schomart Tokajew")
  let a = 0;
  const orgName = L.organizationHeads.some((h) => cx.low[words[words.length - 1]].endsWith(h));
  if (!orgName) for (let m = 0; m < words.length - 1 && m < 4; m++) if (cx.isTitle(words[m]) && cx.isCap(words[m + 1]) && !cx.isTitle(words[m + 1])) a = m + 1;
  // "das Portal Vlast.kz", "the broadcaster Belsat TV": the name, not its description
  let described = false;
  while (a < words.length - 1 && isDescriptor(cx, words[a]) && (cx.isCap(words[a + 1]) || L.lowercaseNames.has(cx.low[words[a + 1]])) && !isDescriptor(cx, words[a + 1])) {
    a++;
    described = true;
  }
  let runStart = words.length;
  const inRun = (m: number) =>
    (cx.isCap(words[m]) && !cx.isTitle(words[m])) ||
    (L.connectors.has(cx.low[words[m]]) && m > 0 && cx.isCap(words[m - 1]) && m + 1 < words.length && cx.isCap(words[m + 1]));
  while (runStart > a && inRun(runStart - 1)) runStart--;
  const titled = a > 0;
  let name: string;
  let person = false;
  if (!described && words.length - runStart >= 2 && runStart > a && !cx.isCap(words[runStart - 1]) && !L.determiners.has(cx.low[words[runStart - 1]])) {
    name = joinTokens(cx, words.slice(runStart));
    person = true;
  } else {
    const ws = words.slice(a);
    name = joinTokens(cx, ws);
    person = titled;
    // "des Senats" -> "Senat"
    const det = cx.low[ws[0] - 1] ?? "";
    if (L.genitiveStripDeterminers.has(det) && cx.isCap(ws[0]) && !cx.entityAt.has(ws[0])) {
      const w0 = cx.t(ws[0]);
      const end = L.genitiveStripEndings.find((x) => w0.endsWith(x) && w0.length - x.length >= 4 && !L.genitiveStripKeep.some((k) => w0.endsWith(k)));
      if (end) name = w0.slice(0, w0.length - end.length) + name.slice(w0.length);
    }
  }
  const single = words.length - a === 1 && cx.isCap(words[a]);
  if (single) {
    const full = cx.fullNames.get(name);
    if (full) {
      name = stripLeadingWords(cx, full);
      person = true;
    } else if (cx.persons.some((p) => p.name.split(" ").pop() === name)) person = true;
  }
  if (person) {
    const lastLow = name.toLowerCase().split(" ").pop() ?? "";
    if (L.organizationHeads.some((h) => lastLow.endsWith(h))) person = false;
  }
  return { source: name.replace(/[„“”"«»]/g, "").replace(/\s+/g, " ").trim() || null, person, anonymous: false };
}

/** Drops leading titles and descriptions from a name string ("Organisation NetBlocks" -> "NetBlocks"). */
function stripLeadingWords(cx: Ctx, name: string): string {
  const ws = name.split(" ");
  const generic = (w: string) => {
    const l = w.toLowerCase();
    if (cx.L.titles.has(l) || cx.L.descriptors.has(l)) return true;
    for (let m = 1; m + 4 <= l.length; m++) if (cx.L.titles.has(l.slice(m)) || cx.L.descriptors.has(l.slice(m))) return true;
    return false;
  };
  // an organisation's own name keeps its words ("Georgian Interior Ministry")
  const last = ws[ws.length - 1].toLowerCase();
  if (cx.L.organizationHeads.some((h) => last.endsWith(h))) return name;
  // through the last title or description that precedes a capitalised word ("Autocratic President Alexander Lukashenko")
  let a = 0;
  for (let m = 0; m < ws.length - 1 && m < 4; m++) if (generic(ws[m]) && CAP_RE.test(ws[m + 1]) && !generic(ws[m + 1])) a = m + 1;
  return ws.slice(a).join(" ");
}

function isDescriptor(cx: Ctx, k: number): boolean {
  const w = cx.low[k];
  if (!w) return false;
  if (cx.L.descriptors.has(w)) return true;
  if (!cx.isCap(k)) return false;
  for (let m = 1; m + 4 <= w.length; m++) if (cx.L.descriptors.has(w.slice(m))) return true;
  return false;
}

function joinTokens(cx: Ctx, idx: number[]): string {
  let out = "";
  for (let m = 0; m < idx.length; m++) {
    const k = idx[m];
    out += cx.t(k);
    if (m < idx.length - 1) out += idx[m + 1] === k + 1 ? cx.doc.text.slice(cx.toks[k].end, cx.toks[k + 1].start) : " ";
  }
  return out;
}

function lastBefore(list: Mention[], pos: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of list) {
    if (m.pos >= pos) break;
    best = m;
  }
  return best;
}

function registerSpeaker(cx: Ctx, source: string | null, person: boolean, pos: number): void {
  if (!source || !person) return;
  const m: Mention = { pos, name: source, titles: [] };
  let k = cx.persons.length;
  while (k > 0 && cx.persons[k - 1].pos > pos) k--;
  cx.persons.splice(k, 0, m);
}

// ------------------------------------------------------------------ drafts

function addDraft(
  cx: Ctx,
  o: { source: string | null; mode: ClaimMode; from: number; to: number; cue: string | null; sentence: number; attrTok: number; forward?: boolean; cut?: [number, number] },
): Draft | undefined {
  let { from, to } = o;
  const trim = (k: number) => {
    const w = cx.t(k);
    return w === "," || w === ";" || w === ":" || TERMINAL.has(w) || w === "-" || w === "–" || w === "—";
  };
  while (from < to && trim(from)) from++;
  while (to > from && trim(to - 1)) to--;
  // unbalanced quote marks at the edges
  if (from < to && QUOTE_CHARS.has(cx.t(to - 1)) && cx.quoteOf[to - 1] >= 0 && cx.quotes[cx.quoteOf[to - 1]].open < from) to--;
  if (from < to && QUOTE_CHARS.has(cx.t(from)) && cx.quoteOf[from] >= 0 && cx.quotes[cx.quoteOf[from]].close >= to) from++;
  let words = 0;
  for (let k = from; k < to; k++) if (cx.isWord(k)) words++;
  const quoted = cx.quoteOf[from] >= 0 && cx.quotes[cx.quoteOf[from]].close === to - 1 && cx.quotes[cx.quoteOf[from]].open === from;
  // the whole content is one quoted sentence ("sagte nur: „Kein Kommentar.“"): a direct claim
  let mode = o.mode;
  if (quoted && mode === "indirect" && !o.cut && (TERMINAL.has(cx.t(to - 2)) || cx.t(from - 1) === ":")) {
    mode = "direct";
    from++;
    to--;
    while (to > from && TERMINAL.has(cx.t(to - 1))) to--;
  }
  if (words < 2 && !(words === 1 && quoted)) return undefined;
  let text = cx.text(from, to);
  if (o.cut) {
    let [a, b] = o.cut;
    while (a > from && (cx.t(a - 1) === "," || cx.t(a - 1) === "-" || cx.t(a - 1) === "–")) a--;
    while (b < to && cx.t(b) === ",") b++;
    if (a > from && b < to) text = cx.text(from, a) + " " + cx.text(b, to);
    else if (a <= from) text = cx.text(Math.max(b, from), to);
    else text = cx.text(from, Math.min(a, to));
    text = text.replace(/\s+,/g, ",").replace(/\s{2,}/g, " ").trim();
  }
  const distancing: string[] = [];
  for (let k = from; k < to; k++) {
    const qi = cx.quoteOf[k];
    if (o.cut && k >= o.cut[0] && k < o.cut[1]) continue;
    if (qi >= 0 && cx.quotes[qi].open === k && cx.quotes[qi].close < to && !cx.quotes[qi].statement) {
      const q = cx.quotes[qi];
      if (mode !== "direct" && q.close - q.open - 1 <= 4) distancing.push(cx.text(q.open + 1, q.close));
    }
  }
  const d: Draft = {
    source: o.source,
    mode,
    start: cx.toks[from].start,
    end: cx.toks[to - 1].end,
    text,
    cue: o.cue,
    sentence: cx.toks[from].sent,
    block: cx.doc.sentences[cx.toks[from].sent]?.block ?? 0,
    distancing,
    unverified: false,
    attrTok: o.attrTok,
    from,
    to,
    forward: !!o.forward,
  };
  cx.drafts.push(d);
  return d;
}

/** Within one sentence, a claim's content stops where the next claim's attribution begins. */
function cutOverlaps(cx: Ctx, first: number): void {
  if (cx.drafts.length - first < 2) return;
  const ds = cx.drafts.slice(first).sort((a, b) => a.from - b.from);
  for (let m = 0; m + 1 < ds.length; m++) {
    const a = ds[m], b = ds[m + 1];
    if (a.sentence !== b.sentence || !a.forward) continue;
    let cut = Math.min(b.attrTok, b.from);
    if (cut > a.from && cut < a.to) {
      while (cut > a.from && (BOUNDARY.has(cx.t(cut - 1)) || cx.L.clauseConjunctions.has(cx.low[cut - 1]))) cut--;
      if (cut - a.from >= 2) {
        a.to = cut;
        a.end = cx.toks[cut - 1].end;
        a.text = cx.text(a.from, cut);
      }
    }
  }
}

// ------------------------------------------------------------------ 1. quotations

function quoteClaims(cx: Ctx, sent: number, s0: number, s1: number): void {
  for (let i = s0; i < s1; i++) {
    const qi = cx.quoteOf[i];
    if (qi < 0 || cx.quotes[qi].open !== i || !cx.quotes[qi].statement) continue;
    const q = cx.quotes[qi];
    const closeSent = cx.doc.sentences[cx.toks[q.close].sent];
    const end = closeSent.tokenEnd;
    let source: string | null = null;
    let person = false;
    let cue: string | null = null;
    let found = false;
    let attrTok = q.open;
    // after the quote: ", sagte sie" / ", she said" / ", teilte X mit"
    const a0 = cx.t(q.close + 1) === "," ? q.close + 2 : cx.t(q.close - 1) === "," ? q.close + 1 : -1;
    if (a0 > 0) {
      for (let v = a0; v < Math.min(end, a0 + 24); v++) {
        if (v > a0 + 3 && ((cx.quoteOf[v] >= 0 && cx.quotes[cx.quoteOf[v]].statement) || TERMINAL.has(cx.t(v)))) break;
        if (cx.L.impersonalVerbs.has(cx.low[v]) && v < a0 + 4) {
          cue = cx.t(v);
          let k = v + 1;
          while (k < end && k < v + 3 && !cx.L.prepositions.has(cx.low[k])) k++;
          if (cx.L.prepositions.has(cx.low[k]) && k + 1 < end) {
            const b = npForward(cx, k + 1, end);
            if (b > k + 1) {
              const r = infoSource(cx, k + 1, b);
              if (!r.anonymous && !r.reject) source = r.source;
            }
          }
          for (let k = q.close + 1; k < end; k++) cx.used[k] = 1;
          found = true;
          break;
        }
        const lemma = cueLemma(cx, v);
        const inv = cx.L.invertedCues.has(cx.low[v]);
        if (!lemma && !inv) continue;
        if (v > a0 + 3 && cx.t(v - 1) !== "," && cx.syntax.clauseOrder === "verb-second") continue;
        let r;
        if (v > a0) {
          // "“...,” Masoud Shojai, head of the fair, said." -> the first segment names the speaker
          let b = a0;
          while (b < v && cx.t(b) !== ",") b++;
          r = sourceOf(cx, a0, skipTrailingAdverbs(cx, a0, b), v);
        }
        else {
          const a = skipAdverbs(cx, v + 1, end);
          const [x, y] = withApposition(cx, a, npForward(cx, a, end), end);
          r = sourceOf(cx, x, y, v);
        }
        source = r.source;
        person = r.person;
        cue = cx.t(v);
        for (let k = q.close + 1; k < end; k++) cx.used[k] = 1;
        found = true;
        break;
      }
    }
    // before the quote: "X sagte:" / "Er appellierte an ...:"
    if (!found && (cx.t(q.open - 1) === ":" || introducedByCue(cx, q.open))) {
      const s = cx.doc.sentences[cx.toks[q.open].sent];
      let v = -1;
      for (let k = s.tokenStart; k < q.open - 1; k++) if (cueLemma(cx, k) && cx.quoteOf[k] < 0) { v = k; break; }
      if (v < 0 && q.open - 1 - s.tokenStart > 6) {
        for (let k = q.open; k <= q.close; k++) cx.used[k] = 1;
        i = q.close;
        continue;
      }
      const r = subjectFor(cx, s.tokenStart, v >= 0 ? v : firstVerbish(cx, s.tokenStart, q.open - 1), q.open - 1);
      source = r.source;
      person = r.person;
      cue = v >= 0 ? cx.t(v) : ":";
      attrTok = s.tokenStart;
      for (let k = s.tokenStart; k < q.open; k++) cx.used[k] = 1;
      found = true;
    }
    // on its own: continues the speaker of the claim just before
    if (!found) {
      const prev = cx.drafts[cx.drafts.length - 1];
      const blk = cx.doc.sentences[sent].block;
      if (prev && (prev.block === blk || prev.sentence >= sent - 1)) source = prev.source;
      cue = null;
    }
    const d = addDraft(cx, { source, mode: "direct", from: q.open + 1, to: q.close, cue, sentence: sent, attrTok });
    if (d) d.distancing = [];
    registerSpeaker(cx, source, person, q.open);
    for (let k = q.open; k <= q.close; k++) cx.used[k] = 1;
    i = q.close;
  }
}

/** A name in apposition after a noun phrase [a, b) ("der Sprecher, Thomas Keller,") replaces the description. */
function withApposition(cx: Ctx, a: number, b: number, end: number): [number, number] {
  if (cx.t(b) !== ",") return [a, b];
  let k = b + 1;
  while (k < end && k < b + 5 && cx.isCap(k) && !cx.isTitle(k) && !cx.L.determiners.has(cx.low[k])) k++;
  if (k - (b + 1) >= 2 && (k >= end || cx.t(k) === "," || TERMINAL.has(cx.t(k)) || cx.L.prepositions.has(cx.low[k]) || cx.L.adverbs.has(cx.low[k]))) return [b + 1, k];
  return [a, b];
}

function skipAdverbs(cx: Ctx, i: number, end: number): number {
  while (i < end && (cx.L.adverbs.has(cx.low[i]) || cx.L.auxiliaries.has(cx.low[i]))) i++;
  return i;
}

/** The first lower-case word after an initial noun phrase (the finite verb of a verb-second clause). */
function firstVerbish(cx: Ctx, from: number, to: number): number {
  const np = npForward(cx, from, to);
  return np > from && np < to ? np : -1;
}

/** The subject of a clause [from, end) whose (finite or reporting) verb is at v. */
function subjectFor(cx: Ctx, from: number, v: number, end: number): { source: string | null; person: boolean; anonymous: boolean; reject?: boolean; at: number } {
  const { L } = cx;
  while (from < v && (L.clauseConjunctions.has(cx.low[from]) || L.complementizers.has(cx.low[from]) || BOUNDARY.has(cx.t(from)))) from++;
  if (v < 0) {
    const np = npForward(cx, from, end);
    return { ...sourceOf(cx, from, np, from), at: from };
  }
  const first = cx.low[from];
  const adverbialStart = from >= v || L.prepositions.has(first) || L.adverbs.has(first) || L.continuationAdverbs.has(first) || /^\p{N}/u.test(first);
  if (!adverbialStart) {
    if (cx.syntax.clauseOrder === "verb-second") {
      const np = npForward(cx, from, v);
      if (np > from && skipAdverbs(cx, np, v) >= v) return { ...sourceOf(cx, from, np, from), at: from };
    } else {
      const np = npForward(cx, from, v);
      if (np > from) return { ...sourceOf(cx, from, np, from), at: from };
    }
  }
  // subject after the verb ("Am Freitag sagte der Minister", "sagte sie"), not its object ("sagte dem Sender")
  let a = skipAdverbs(cx, v + 1, end);
  if (L.obliqueDeterminers.has(cx.low[a])) a = skipAdverbs(cx, npForward(cx, a, end), end);
  const np = npForward(cx, a, end);
  return { ...sourceOf(cx, a, np, v), at: v };
}

// ------------------------------------------------------------------ 2. cues

function matchSeq(cx: Ctx, i: number, seq: string[], end: number): boolean {
  if (i + seq.length > end) return false;
  for (let m = 0; m < seq.length; m++) if (cx.low[i + m] !== seq[m] || cx.quoteOf[i + m] >= 0) return false;
  return true;
}

/** POS tags inside a noun phrase, and tags that cannot open one. */
const NP_UPOS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]);
const NOT_NP_START = new Set(["ADP", "SCONJ", "AUX", "INTJ", "VERB", "CCONJ", "ADV"]);

/** POS tags that rule out a reporting verb when the tagger has run. */
const NOT_VERB = new Set(["ADJ", "NOUN", "PROPN", "ADP", "DET", "NUM"]);

/** The reporting-verb lemma of token i: by its form, or by the tagger's lemma when it tagged a verb. */
function cueLemma(cx: Ctx, i: number): string | undefined {
  const t = cx.toks[i];
  // a capitalised word inside a sentence is a name or (German) a noun, never a reporting verb
  if (cx.isCap(i) && (cx.syntax.capitalization === "nouns" || cx.doc.sentences[t.sent]?.tokenStart !== i)) return undefined;
  // the tagger's NOUN is trusted only in a nominal context ("the reports", "his claims"); ADJ, ADP ... always
  if (t.upos && NOT_VERB.has(t.upos)) {
    if (t.upos !== "NOUN") return undefined;
    const pu = cx.toks[i - 1]?.upos;
    if (pu === "DET" || pu === "ADJ" || pu === "NUM" || (pu === "PRON" && !cx.L.subjectPronouns.has(cx.low[i - 1] ?? "")) || cx.L.determiners.has(cx.low[i - 1] ?? "")) return undefined;
  }
  const byForm = cx.L.verbLemma.get(cx.low[i]);
  if (byForm) return byForm;
  if (t.upos === "VERB" && t.lemma && !(cx.L.lemmaRouteExclude && cx.L.lemmaRouteExclude.test(cx.low[i]))) return cx.L.verbLemma.get(t.lemma.toLowerCase());
  return undefined;
}

function cueClaims(cx: Ctx, sent: number, s0: number, s1: number): void {
  const { L } = cx;
  // content end: before the final punctuation
  let e = s1;
  while (e > s0 && (TERMINAL.has(cx.t(e - 1)) || (QUOTE_CHARS.has(cx.t(e - 1)) && cx.used[e - 1]))) e--;
  for (let i = s0; i < e; i++) {
    if (cx.used[i] || cx.quoteOf[i] >= 0) continue;
    const w = cx.low[i];
    // "Wie die Polizei mitteilte, ..." / "Wie es hieß, ..." / "As the ministry said, ..."
    if (i === s0 && L.asIntro.has(w)) {
      let c = i + 1;
      while (c < e && cx.t(c) !== "," && c < i + 12) c++;
      if (cx.t(c) === ",") {
        const { v, imp } = asClauseVerb(cx, i + 1, c);
        if (imp || v >= 0) {
          const r = asClauseSource(cx, i + 1, v, imp);
          for (let k = i; k <= c; k++) cx.used[k] = 1;
          addDraft(cx, { source: r.source, mode: r.anonymous ? "hedged" : "indirect", from: c + 1, to: e, cue: cx.text(i, c), sentence: sent, attrTok: i, forward: true });
          registerSpeaker(cx, r.source, r.person, i + 1);
          i = c;
          continue;
        }
      }
    }
    // "..., wie die Bahn mitteilte." / "..., as the ministry said."
    if (i > s0 + 2 && L.asIntro.has(w) && cx.t(i - 1) === "," && !hasBoundary(cx, i + 1, e)) {
      const { v, imp } = asClauseVerb(cx, i + 1, e);
      if (imp || (v >= 0 && e - i <= 14)) {
        const r = asClauseSource(cx, i + 1, v, imp);
        for (let k = i; k < e; k++) cx.used[k] = 1;
        let from = s0;
        const last = cx.drafts[cx.drafts.length - 1];
        if (last && last.sentence === sent) from = Math.max(from, last.to + 1);
        addDraft(cx, { source: r.source, mode: r.anonymous ? "hedged" : "indirect", from, to: i - 1, cue: cx.text(i, e), sentence: sent, attrTok: i });
        registerSpeaker(cx, r.source, r.person, i + 1);
        i = e;
        continue;
      }
    }
    // passive cues: "hieß es", "war von X die Rede", "it was reported"
    const pas = L.passiveCues.get(w)?.find((p) => matchSeq(cx, i, p, e));
    if (pas) {
      const after = i + pas.length;
      for (let k = i; k < after; k++) cx.used[k] = 1;
      const commaBefore = i > s0 && cx.t(i - 1) === ",";
      const clauseAfter = cx.t(after) === "," || L.complementizers.has(cx.low[after]);
      if (commaBefore && (after >= e || L.prepositions.has(cx.low[after]))) addDraft(cx, { source: null, mode: "indirect", from: s0, to: i - 1, cue: cx.text(i, after), sentence: sent, attrTok: i });
      else if (clauseAfter) addDraft(cx, { source: null, mode: "indirect", from: cx.t(after) === "," ? after + 1 : after, to: e, cue: cx.text(i, after), sentence: sent, attrTok: i, forward: true });
      else if (pas.length === 2 && cx.isCap(i + 1) && !cx.isCap(i)) addDraft(cx, { source: null, mode: "indirect", from: s0, to: e, cue: cx.text(i, after), sentence: sent, attrTok: i });
      i = after - 1;
      continue;
    }
    // "laut X", "according to X"
    const sp = L.sourcePrepositions.get(w)?.find((p) => matchSeq(cx, i, p, e));
    if (sp) {
      const a = i + sp.length;
      let b = npForward(cx, a, e);
      // "according to a statement from the ministry"
      if (b > a && L.infoNouns.has(cx.low[b - 1]) && L.genitivePrepositions.has(cx.low[b] ?? "")) b = Math.max(b, npForward(cx, b + 1, e));
      if (b > a) phraseClaim(cx, sent, s0, e, i, b, a, b, cx.text(i, a));
      i = b - 1;
      continue;
    }
    // "X zufolge"
    if (L.sourcePostpositions.has(w)) {
      const a = npBackward(cx, i, s0);
      if (a < i) phraseClaim(cx, sent, s0, e, a, i + 1, a, i, cx.t(i));
      continue;
    }
    // "nach (offiziellen) Angaben (der Polizei)"
    if (L.infoPrepositions.has(w)) {
      let k = i + 1;
      while (k < e && k < i + 4 && (cx.isAdj(k) || L.determiners.has(cx.low[k]))) k++;
      const compound = !L.infoNouns.has(cx.low[k]) && cx.isCap(k) ? L.infoNounEndings.find((x) => cx.low[k].length > x.length + 1 && cx.low[k].endsWith(x)) : undefined;
      if (compound) {
        // "nach Polizeiangaben" -> "Polizei"
        let src = cx.t(k).slice(0, cx.t(k).length - compound.length).replace(/-$/u, "");
        const link = L.linkingEndings.find((x) => src.toLowerCase().endsWith(x));
        if (link) src = src.slice(0, -1);
        for (let m = i; m <= k; m++) cx.used[m] = 1;
        addDraft(cx, { source: src, mode: "indirect", from: s0, to: e, cue: cx.text(i, k + 1), sentence: sent, attrTok: i, cut: [i, k + 1] });
        i = k;
        continue;
      }
      if (L.infoNouns.has(cx.low[k]) && k > i + 1 && L.reflexiveInfo.has(cx.low[k - 1])) {
        // "nach eigenen Angaben": the subject of the clause speaks
        const a = skipAdverbs(cx, k + 2, e);
        const r = sourceOf(cx, a, npForward(cx, a, e), a);
        for (let m = i; m <= k; m++) cx.used[m] = 1;
        addDraft(cx, { source: r.source, mode: "indirect", from: s0, to: e, cue: cx.text(i, k + 1), sentence: sent, attrTok: i, cut: [i, k + 1] });
        i = k;
        continue;
      }
      if (L.infoNouns.has(cx.low[k])) {
        const g = cx.low[k + 1];
        const genitive = L.determiners.has(g) || L.genitivePrepositions.has(g) || cx.isAdj(k + 1) || QUOTE_CHARS.has(cx.t(k + 1)) || (cx.isCap(k + 1) && cx.syntax.genitiveAfterNoun);
        const gStart = L.genitivePrepositions.has(g) ? k + 2 : k + 1;
        const b = genitive ? npForward(cx, gStart, e) : k + 1;
        phraseClaim(cx, sent, s0, e, i, b > k + 1 ? b : k + 1, i + 1, b > k + 1 ? b : k + 1, cx.text(i, k + 1));
        i = Math.max(k, b - 1);
        continue;
      }
    }
    // ", so der Minister."
    if (L.invertedCues.has(w) && cx.t(i - 1) === ",") {
      const a = skipAdverbs(cx, i + 1, e);
      const b = npForward(cx, a, e);
      if (b > a && b >= e - 1) {
        const r = sourceOf(cx, a, b, i);
        addDraft(cx, { source: r.source, mode: r.anonymous ? "hedged" : "indirect", from: s0, to: i - 1, cue: cx.t(i), sentence: sent, attrTok: i });
        registerSpeaker(cx, r.source, r.person, a);
        for (let k = i; k < b; k++) cx.used[k] = 1;
        i = b - 1;
        continue;
      }
    }
    // ", saying X" (English participle: the source is the clause's subject)
    if (L.gerunds.has(w)) {
      gerundClaim(cx, sent, s0, e, i);
      continue;
    }
    const lemma = cueLemma(cx, i);
    if (lemma) verbClaim(cx, sent, s0, e, s1, i, lemma);
  }
}

/** The reporting verb of an as-clause [from, to) ("wie die Polizei mitteilte"), or an impersonal one ("wie es hieß"). */
function asClauseVerb(cx: Ctx, from: number, to: number): { v: number; imp: boolean } {
  const { L } = cx;
  let v = -1, imp = false;
  for (let k = from; k < to; k++) {
    if (L.impersonalVerbs.has(cx.low[k])) imp = true;
    else {
      const lemma = cueLemma(cx, k);
      if (!lemma) continue;
      const need = L.needsParticle.get(lemma);
      if (need && ![...need].some((p) => cx.low[k].startsWith(p)) && !cx.low.slice(from, to).some((x) => need.has(x))) continue;
      v = k;
    }
  }
  return { v, imp };
}

/** The source of an as-clause: its subject, or the phrase after the verb's source preposition ("wie aus dem Bericht X hervorgeht"). */
function asClauseSource(cx: Ctx, from: number, v: number, imp: boolean): ReturnType<typeof sourceOf> {
  const { L } = cx;
  if (imp) return { source: null, person: false, anonymous: false };
  const lemma = cueLemma(cx, v);
  const sp = lemma ? L.sourcePrepositionVerbs.get(lemma) : undefined;
  if (sp) {
    for (let k = from; k < v; k++) if (cx.low[k] === sp) return infoSource(cx, k + 1, npForward(cx, k + 1, v));
  }
  return sourceOf(cx, from, npForward(cx, from, v), from);
}

/** A claim from a source phrase [pa, pb) with its source noun phrase [na, nb); content is the sentence without the phrase. */
function phraseClaim(cx: Ctx, sent: number, s0: number, e: number, pa: number, pb: number, na: number, nb: number, cue: string): void {
  const { L } = cx;
  for (let k = pa; k < pb; k++) cx.used[k] = 1;
  // the source inside the phrase: "Angaben der Polizei" -> "Polizei"; "offiziellen Angaben" -> "offizielle Angaben"
  let r = infoSource(cx, na, nb);
  if (r.anonymous) r = { ...r, source: null };
  // content: the sentence around the phrase, within the clause
  let cFrom = s0, cTo = e;
  for (let k = pa - 1; k >= s0; k--) if (HARD_BOUNDARY.has(cx.t(k)) && cx.quoteOf[k] < 0) { cFrom = k + 1; break; }
  for (let k = pb; k < e; k++) {
    if (!HARD_BOUNDARY.has(cx.t(k)) || cx.quoteOf[k] >= 0) continue;
    if (cFrom > s0 || cx.t(k) === ";") cTo = k; // only a parenthetical the phrase stands in, or a new clause
    break;
  }
  // "..., according to an assessment released by X." -> the phrase runs to the end
  if (pa > s0 && cx.t(pa - 1) === "," && !hasBoundary(cx, pb, e)) pb = e;
  // a trailing relative clause after a complete statement is background, not the claim
  for (let k = Math.max(pb, s0 + 3); k + 1 < e; k++) {
    if (cx.t(k) !== "," || !L.relativePronouns.has(cx.low[k + 1]) || cx.quoteOf[k] >= 0) continue;
    let verb = false;
    for (let m = (pa <= s0 + 1 ? pb : s0); m < k; m++) if (L.auxiliaries.has(cx.low[m])) verb = true;
    if (verb && !hasBoundary(cx, k + 1, e)) cTo = k;
    break;
  }
  const mode: ClaimMode = r.anonymous ? "hedged" : "indirect";
  addDraft(cx, { source: r.source, mode, from: cFrom, to: cTo, cue, sentence: sent, attrTok: pa, cut: [pa, pb] });
  registerSpeaker(cx, r.source, r.person, na);
}

/** The source named by a noun phrase that may be an information noun: "Angaben der Polizei" -> "Polizei",
 *  "offiziellen Angaben" -> "offizielle Angaben", "Berichten" -> anonymous. */
function infoSource(cx: Ctx, from: number, to: number): { source: string | null; person: boolean; anonymous: boolean; reject?: boolean } {
  const { L } = cx;
  let info = -1;
  for (let k = from; k < to; k++) if (L.infoNouns.has(cx.low[k])) { info = k; break; }
  if (info >= 0 && info + 1 < to && !(L.prepositions.has(cx.low[info + 1]) && !L.genitivePrepositions.has(cx.low[info + 1]))) return sourceOf(cx, info + 1, to, from);
  if (info >= 0) {
    const adj: string[] = [];
    for (let k = from; k < info; k++) if (!L.determiners.has(cx.low[k]) && cx.isWord(k) && L.adjectiveEnding.test(cx.low[k])) adj.push(L.adjectiveBase ? cx.low[k].replace(L.adjectiveBase[0], L.adjectiveBase[1]) : cx.low[k]);
    if (adj.length) return { source: [...adj, cx.t(info)].join(" ").replace(/^\p{Lu}/u, (c) => c.toLowerCase()), person: false, anonymous: false };
    return L.anonymousSources.has(cx.low[info]) ? { source: null, person: false, anonymous: true } : { source: cx.t(info), person: false, anonymous: false };
  }
  return sourceOf(cx, from, to, from);
}

function gerundClaim(cx: Ctx, sent: number, s0: number, e: number, g: number): void {
  const { L } = cx;
  let r: { source: string | null; person: boolean; anonymous: boolean } | undefined;
  let attr = g;
  if (cx.t(g - 1) !== ",") {
    // "with the Ministry saying ..." (not "for calling", "he's saying")
    let a = g;
    while (a > s0 && !BOUNDARY.has(cx.t(a - 1)) && !L.clauseConjunctions.has(cx.low[a - 1])) a--;
    if (a >= g || a <= s0 || !L.clauseConjunctions.has(cx.low[a - 1]) || L.prepositions.has(cx.low[g - 1]) || L.auxiliaries.has(cx.low[g - 1]) || L.possessiveClitics.has(cx.t(g - 1))) return;
    r = sourceOf(cx, a, g, a);
    attr = a - 1;
  }
  if (!r) {
    const prev = cx.drafts.length && cx.drafts[cx.drafts.length - 1].sentence === sent ? cx.drafts[cx.drafts.length - 1] : undefined;
    if (prev) r = { source: prev.source, person: false, anonymous: false };
    else {
      const sj = subjectFor(cx, s0, firstVerbish(cx, s0, g), g);
      r = sj;
    }
  }
  cx.used[g] = 1;
  addDraft(cx, { source: r.source, mode: r.anonymous ? "hedged" : "indirect", from: g + 1, to: e, cue: cx.t(g), sentence: sent, attrTok: attr, forward: true });
  registerSpeaker(cx, r.source, r.person, attr);
}

function verbClaim(cx: Ctx, sent: number, s0: number, e: number, s1: number, v: number, lemma: string): void {
  const { L } = cx;
  const need = L.needsParticle.get(lemma);
  if (need) {
    let ok = false;
    for (let k = v + 1; k < s1 && !ok; k++) if (need.has(cx.low[k]) && cx.quoteOf[k] < 0) ok = true;
    // participles written as one word ("mitgeteilt") carry the particle themselves
    if (!ok && ![...need].some((p) => cx.low[v].startsWith(p))) return;
  }
  // attributive or passive participles ("the first confirmed case", "were reported", "confirmed to have")
  const prevW = cx.low[v - 1] ?? "";
  if (v > s0 && (L.participleBlockers.has(prevW) || L.passiveAuxiliaries.has(prevW) || L.prepositions.has(prevW)) && !(v === s0 + 1 && L.backReferences.has(prevW))) return;
  if (L.infinitiveMarkers.has(cx.low[v + 1] ?? "") && L.auxiliaries.has(cx.low[v + 2] ?? "")) return;
  // negated ("did not say whether", "sagte nicht, ob")
  for (let k = Math.max(s0, v - 3); k <= v + 1 && k < e; k++) if (k !== v && L.negations.has(cx.low[k])) return;
  // "a group called X", "called back"
  if (L.namingVerbs.has(lemma) && cx.isCap(v + 1)) return;
  if (L.blockingParticles.get(lemma)?.has(cx.low[v + 1] ?? "")) return;
  if (L.clauseOnlyVerbs.has(lemma)) {
    let k = skipAdverbs(cx, v + 1, e);
    while (k < e && k < v + 6 && L.prepositions.has(cx.low[k]) && !L.complementizers.has(cx.low[k])) k = npForward(cx, k + 1, e) > k + 1 ? npForward(cx, k + 1, e) : k + 1;
    const t = cx.t(k);
    if (!(L.complementizers.has(cx.low[k]) || t === ":" || t === "," || QUOTE_CHARS.has(t) || L.subjectPronouns.has(cx.low[k]))) return;
  }
  // questions are no attributions
  if (TERMINAL.has(cx.t(e)) && cx.t(e).includes("?")) return;
  cx.used[v] = 1;
  const cue = cx.t(v);
  // a cue inside a relative or adverbial clause ("..., der ... geschrieben hat,") or used reflexively ("erklärte sich bereit")
  {
    let b = v;
    while (b > s0 && !BOUNDARY.has(cx.t(b - 1))) b--;
    if (b > s0 && (L.relativePronouns.has(cx.low[b]) || L.subordinators.has(cx.low[b])) && !L.asIntro.has(cx.low[b]) && !cx.isCap(b + 1) && cx.syntax.clauseOrder === "verb-second") return;
    if (L.reflexives.has(cx.low[v + 1] ?? "") && cx.t(v + 2) !== "," && !L.complementizers.has(cx.low[v + 2] ?? "")) return;
  }
  // "Das geht aus dem Bericht der UN hervor." / "Aus dem Bericht geht hervor, dass ..."
  const srcPrep = L.sourcePrepositionVerbs.get(lemma);
  if (srcPrep) {
    let p = -1;
    for (let k = s0; k < e; k++) if (cx.low[k] === srcPrep && cx.quoteOf[k] < 0) { p = k; break; }
    if (p < 0) return;
    const b = npForward(cx, p + 1, e);
    const r = infoSource(cx, p + 1, b);
    let comma = Math.max(v, b);
    while (comma < e && cx.t(comma) !== ",") comma++;
    if (comma < e && opensContent(cx, comma + 1, e)) {
      addDraft(cx, { source: r.source, mode: r.anonymous ? "hedged" : "indirect", from: comma + 1, to: e, cue, sentence: sent, attrTok: s0, forward: true });
    } else if (L.backReferences.has(cx.low[s0]) && sent > 0) {
      const prevS = cx.doc.sentences[sent - 1];
      if (prevS.block === cx.doc.sentences[sent].block && !cx.drafts.some((d) => d.sentence === sent - 1)) {
        let pe = prevS.tokenEnd;
        while (pe > prevS.tokenStart && TERMINAL.has(cx.t(pe - 1))) pe--;
        addDraft(cx, { source: r.source, mode: r.anonymous ? "hedged" : "indirect", from: prevS.tokenStart, to: pe, cue, sentence: sent - 1, attrTok: s0 });
      }
    }
    return;
  }
  // "Das berichtete die Agentur X." attributes the sentence before
  if (v === s0 + 1 && L.backReferences.has(cx.low[s0]) && sent > 0) {
    const prevS = cx.doc.sentences[sent - 1];
    const a0 = skipAdverbs(cx, v + 1, e);
    const [a, b] = withApposition(cx, a0, npForward(cx, a0, e), e);
    const before = cx.drafts.filter((d) => d.sentence === sent - 1);
    if (b > a && before.length && before.every((d) => d.source === null && d.mode === "direct")) {
      const r = sourceOf(cx, a, b, a);
      for (const d of before) d.source = r.source;
      registerSpeaker(cx, r.source, r.person, a);
    } else if (b > a && prevS.block === cx.doc.sentences[sent].block && !before.length) {
      const r = sourceOf(cx, a, b, a);
      let pe = prevS.tokenEnd;
      while (pe > prevS.tokenStart && TERMINAL.has(cx.t(pe - 1))) pe--;
      addDraft(cx, { source: r.source, mode: r.anonymous ? "hedged" : "indirect", from: prevS.tokenStart, to: pe, cue, sentence: sent - 1, attrTok: s0 });
      registerSpeaker(cx, r.source, r.person, a);
    }
    return;
  }
  // clause start before the verb
  let c0 = v;
  while (c0 > s0 && !BOUNDARY.has(cx.t(c0 - 1)) && !(cx.quoteOf[c0 - 1] >= 0 && cx.used[c0 - 1])) c0--;

  // inverted: "Y, sagte X." / "Y, X said." / "Y, said X."
  const commaBefore = cx.t(v - 1) === "," || (QUOTE_CHARS.has(cx.t(v - 1)) && cx.t(v - 2) === ",");
  // the tail after the verb is only adverbials ("on Friday", "in a statement") or nothing
  const tailStart = skipAdverbs(cx, v + 1, e);
  // an addressee may follow ("..., a spokesman told AFP")
  const tail2 = L.objectVerbs.has(lemma) && tailStart < e && !L.prepositions.has(cx.low[tailStart]) && !L.complementizers.has(cx.low[tailStart]) ? npForward(cx, tailStart, e) : tailStart;
  let tailEnd = tail2;
  while (tailEnd < e && !BOUNDARY.has(cx.t(tailEnd))) tailEnd++;
  const prepTail = L.prepositions.has(cx.low[tail2]) && !L.infinitiveMarkers.has(cx.low[tail2]);
  let shortTail = tailEnd >= e && e - tail2 <= 3;
  for (let k = tail2; k < e && shortTail; k++) shortTail = L.adverbs.has(cx.low[k]) || L.determiners.has(cx.low[k]);
  const adverbialTail = (tail2 >= e || prepTail || cx.t(tail2) === "," || shortTail) && tailEnd - v <= 7 && (tailEnd >= e || cx.t(tailEnd) === ",");
  const subjAfter = npForward(cx, tailStart, e);
  const subjectTail = subjAfter > tailStart && !L.prepositions.has(cx.low[tailStart]) && !L.complementizers.has(cx.low[tailStart]) && !hasComp(cx, subjAfter, e);
  const npBefore = c0 > s0 && v - c0 <= 6 && npForward(cx, skipConj(cx, c0, v), v) >= skipTrailingAdverbs(cx, c0, v);
  const initialNpChain = commaBefore && isNpChain(cx, s0, v - 1);
  if ((commaBefore && subjectTail && !initialNpChain) || (cx.syntax.clauseOrder === "subject-verb-object" && !commaBefore && adverbialTail && npBefore)) {
    let src;
    if (commaBefore) {
      const [a, b] = withApposition(cx, tailStart, subjAfter, e);
      src = sourceOf(cx, a, b, v);
    } else src = sourceOf(cx, c0, v, c0);
    if (src.reject) return;
    const to = commaBefore ? (cx.t(v - 1) === "," ? v - 1 : v - 2) : c0 - 1;
    // content: from the sentence start, or from the end of a previous claim's attribution
    if (!src.source && !src.anonymous && !commaBefore) return;
    addDraft(cx, { source: src.source, mode: src.anonymous ? "hedged" : "indirect", from: s0, to, cue, sentence: sent, attrTok: commaBefore ? v : c0 });
    registerSpeaker(cx, src.source, src.person, v);
    for (let k = v; k < e; k++) cx.used[k] = 1;
    return;
  }

  // passive: "als ihr mitgeteilt wurde, dass ..." -> no speaker
  if (L.passiveAuxiliaries.has(cx.low[v + 1] ?? "") && cx.syntax.clauseOrder === "verb-second") {
    let k = v + 2;
    while (k < e && k < v + 4 && cx.t(k) !== ",") k++;
    if (cx.t(k) === "," && L.complementizers.has(cx.low[k + 1] ?? "")) {
      addDraft(cx, { source: null, mode: "indirect", from: k + 1, to: e, cue, sentence: sent, attrTok: v, forward: true });
    }
    return;
  }
  // forward: find where the content begins
  let from = -1;
  let attrEnd = v + 1;
  const prep = L.verbPrepositions.get(lemma);
  if (cx.syntax.reportedContent === "after-verb") {
    from = v + 1;
    if (L.objectVerbs.has(lemma)) {
      let k = v + 1;
      while (k < Math.min(e, v + 8) && !L.complementizers.has(cx.low[k]) && !BOUNDARY.has(cx.t(k))) k++;
      from = L.complementizers.has(cx.low[k]) ? k + 1 : objectEnd(cx, v + 1, e);
    }
    if (L.prepositions.has(cx.low[from])) {
      let k = from;
      while (k < Math.min(e, from + 6) && !L.complementizers.has(cx.low[k]) && !BOUNDARY.has(cx.t(k))) k++;
      if (L.complementizers.has(cx.low[k])) from = k + 1;
      else {
        const np = npForward(cx, from + 1, e);
        if (np > from + 1 && np < e && (L.subjectPronouns.has(cx.low[np]) || L.determiners.has(cx.low[np]))) from = np;
      }
    }
  } else {
    for (let k = v + 1; k < e && k < v + 14; k++) {
      if (cx.quoteOf[k] >= 0 && cx.quotes[cx.quoteOf[k]].statement) return; // handled as a quotation
      if (prep && cx.low[k] === prep && k <= v + 5 && from < 0) { from = k + 1; break; }
      if (cx.t(k) === "," || cx.t(k) === ":") {
        if (cx.t(k) === "," && !opensContent(cx, k + 1, e)) return;
        from = k + 1;
        attrEnd = k;
        break;
      }
      if (L.complementizers.has(cx.low[k])) { from = k; attrEnd = k; break; }
    }
    if (from < 0 && L.objectContentVerbs.has(lemma) && !L.haveAuxiliaries.has(cx.low[c0 + 1] ?? "") && v + 1 < e) {
      // "Die Ukraine meldete am Morgen massive Angriffe": the object is the content (not "bestätigte ... nicht")
      for (let k = v + 1; k < e; k++) if (L.negations.has(cx.low[k])) return;
      const sj = subjectFor(cx, c0, v, e);
      if (sj.reject || (!sj.source && !sj.anonymous)) return;
      const cFrom = sj.at === c0 ? v + 1 : npForward(cx, skipAdverbs(cx, v + 1, e), e);
      addDraft(cx, { source: sj.source, mode: sj.anonymous ? "hedged" : "indirect", from: cFrom, to: e, cue, sentence: sent, attrTok: Math.min(sj.at, v), forward: true });
      registerSpeaker(cx, sj.source, sj.person, sj.at);
      return;
    }
    if (from < 0) {
      // clause-final participle after a have-auxiliary: "Augenzeugen hätten von X berichtet"
      const final = v + 1 >= e || cx.t(v + 1) === ",";
      let aux = -1;
      for (let k = c0; k < v; k++) if (L.auxiliaries.has(cx.low[k])) { aux = k; break; }
      let hasPrep = false;
      for (let k = aux + 1; k < v && aux >= 0; k++) if (prep && cx.low[k] === prep) hasPrep = true;
      if (final && aux >= 0 && hasPrep && L.haveAuxiliaries.has(cx.low[aux])) {
        const sj = subjectFor(cx, c0, aux, v);
        const cFrom = sj.at === c0 ? skipAdverbs(cx, aux + 1, v) : npForward(cx, skipAdverbs(cx, aux + 1, v), v);
        addDraft(cx, { source: sj.source, mode: sj.anonymous ? "hedged" : "indirect", from: cFrom, to: v + 1, cue, sentence: sent, attrTok: c0 });
        registerSpeaker(cx, sj.source, sj.person, c0);
      }
      return;
    }
  }
  if (from >= e) return;
  if (L.complementizers.has(cx.low[from]) && !cx.syntax.complementizerInContent) from++;
  // the subject
  let sj = subjectFor(cx, c0, v, attrEnd);
  if (sj.reject) return;
  // "the suspect, who police said was armed": an attribution inside a relative clause
  if (c0 > s0 && cx.t(c0 - 1) === "," && L.relativePronouns.has(cx.low[c0]) && !cx.isCap(c0 + 1) && sj.at === c0 && !(sj.source && L.relativePronouns.has(sj.source.toLowerCase()))) return;
  if (sj.source && L.relativePronouns.has(sj.source.toLowerCase())) {
    const prev = cx.drafts[cx.drafts.length - 1];
    sj = prev && prev.sentence === sent ? { source: prev.source, person: false, anonymous: false, at: sj.at } : { source: null, person: false, anonymous: false, at: sj.at };
  }
  if (!sj.source && !sj.anonymous) {
    // appositives: "X, the Public Defender, on Thursday called ..." -> a noun phrase opening the sentence
    const chain = npChainSource(cx, s0, v);
    if (chain) sj = chain;
  }
  if (!sj.source && !sj.anonymous) {
    // a coordinated verb without its own subject: the previous claim's speaker in this sentence
    const prev = cx.drafts[cx.drafts.length - 1];
    if (prev && prev.sentence === sent) sj = { source: prev.source, person: false, anonymous: false, at: v };
    else return;
  }
  // English: a coordinated past-tense verb after "and" opens a second claim by the same speaker
  let to = e;
  let second = -1;
  if (L.coordinatedVerbEnding) {
    for (let k = from + 1; k < e; k++) {
      if (!L.connectors.has(cx.low[k]) || !L.clauseConjunctions.has(cx.low[k]) || cx.quoteOf[k] >= 0) continue;
      const nxt = skipAdverbs(cx, k + 1, e);
      if (nxt < e && L.coordinatedVerbEnding.test(cx.low[nxt]) && !L.auxiliaries.has(cx.low[nxt]) && !cx.isCap(nxt)) {
        to = cx.t(k - 1) === "," ? k - 1 : k;
        second = nxt;
        break;
      }
    }
  }
  // "that X, but that Y" / "dass X und dass Y": two statements
  let third = -1;
  if (L.complementizers.has(cx.low[from]) || L.complementizers.has(cx.low[from - 1])) {
    for (let k = from + 1; k + 1 < to; k++) {
      if (cx.quoteOf[k] < 0 && L.clauseConjunctions.has(cx.low[k]) && L.complementizers.has(cx.low[k + 1])) {
        third = k + 1;
        break;
      }
    }
  }
  const mode: ClaimMode = sj.anonymous ? "hedged" : "indirect";
  if (third > 0) {
    const cutAt = cx.t(third - 2) === "," ? third - 2 : third - 1;
    addDraft(cx, { source: sj.source, mode, from, to: cutAt, cue, sentence: sent, attrTok: Math.min(sj.at, v), forward: true });
    addDraft(cx, { source: sj.source, mode, from: cx.syntax.complementizerInContent ? third : third + 1, to, cue, sentence: sent, attrTok: third, forward: true });
  } else addDraft(cx, { source: sj.source, mode, from, to, cue, sentence: sent, attrTok: Math.min(sj.at, v), forward: true });
  registerSpeaker(cx, sj.source, sj.person, sj.at);
  if (second >= 0 && !L.verbLemma.has(cx.low[second])) {
    addDraft(cx, { source: sj.source, mode: sj.anonymous ? "hedged" : "indirect", from: second, to: e, cue: cx.t(second), sentence: sent, attrTok: second, forward: true });
  }
}

/** Whether tokens from i can be reported content (not "nachdem ...", "die in ...", "in denen ..."). */
function opensContent(cx: Ctx, i: number, e: number): boolean {
  const { L } = cx;
  const w = cx.low[i];
  if (i >= e || L.subordinators.has(w)) return false;
  if (L.prepositions.has(w) && L.relativePronouns.has(cx.low[i + 1] ?? "")) return false;
  if (L.relativePronouns.has(w) && !L.complementizers.has(w) && !cx.isCap(i + 1) && !cx.isAdj(i + 1) && !L.fillers.has(cx.low[i + 1] ?? "")) return false;
  return true;
}

/** End of a short object noun phrase ("told Clinton he ...", "told the agency it ..."). */
function objectEnd(cx: Ctx, i: number, e: number): number {
  const { L } = cx;
  if (cx.isCap(i)) {
    let k = i;
    while (k < e && cx.isCap(k)) k++;
    return k;
  }
  if (L.determiners.has(cx.low[i])) {
    let k = i + 1;
    while (k < e && k < i + 4 && !cx.isCap(k) && !L.subjectPronouns.has(cx.low[k]) && !L.determiners.has(cx.low[k]) && cx.isWord(k)) k++;
    if (cx.isCap(k)) while (k < e && cx.isCap(k)) k++;
    return k;
  }
  return i + 1;
}

function hasComp(cx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (cx.L.complementizers.has(cx.low[k]) && cx.quoteOf[k] < 0) return true;
  return false;
}

function skipConj(cx: Ctx, from: number, to: number): number {
  while (from < to && (cx.L.clauseConjunctions.has(cx.low[from]) || cx.L.complementizers.has(cx.low[from]))) from++;
  return from;
}

function skipTrailingAdverbs(cx: Ctx, from: number, to: number): number {
  while (to > from && (cx.L.adverbs.has(cx.low[to - 1]) || cx.L.auxiliaries.has(cx.low[to - 1]))) to--;
  return to;
}

/** Comma-separated segments [from, to) that are all noun phrases ("Der Minister, Peter Krause,"). */
function segmentsOf(cx: Ctx, from: number, to: number): [number, number][] {
  const segs: [number, number][] = [];
  let a = from;
  for (let k = from; k <= to; k++) {
    if (k === to || cx.t(k) === ",") {
      if (k > a) segs.push([a, k]);
      a = k + 1;
    }
  }
  return segs;
}

function isNpChain(cx: Ctx, from: number, to: number): boolean {
  const segs = segmentsOf(cx, from, to);
  if (!segs.length) return false;
  return segs.every(([a, b], m) => {
    const end = skipTrailingAdverbs(cx, a, b);
    if (m > 0 && (cx.L.prepositions.has(cx.low[a]) || cx.L.relativePronouns.has(cx.low[a]) || cx.toks[a].upos === "VERB")) return true; // "in power since 1994", "which has ...", "filed with ..."
    return npForward(cx, a, end) >= end && end > a;
  });
}

/** The source named by a noun-phrase chain opening the sentence; a name in apposition wins over a description. */
function npChainSource(cx: Ctx, s0: number, v: number): ReturnType<typeof subjectFor> | undefined {
  if (cx.L.prepositions.has(cx.low[s0]) || cx.L.adverbs.has(cx.low[s0])) return undefined;
  let c0 = v;
  while (c0 > s0 && cx.t(c0 - 1) !== ",") c0--;
  if (c0 <= s0) return undefined;
  const segs = segmentsOf(cx, s0, c0 - 1);
  let pick: [number, number] | undefined;
  for (const [a, b] of segs) {
    const end = npForward(cx, a, b);
    if (end < b || end <= a) continue;
    if (!pick) pick = [a, b];
    let caps = 0;
    for (let k = a; k < b; k++) if (cx.isCap(k) && !cx.isTitle(k)) caps++;
    if (caps >= 2 && caps === b - a) pick = [a, b];
  }
  if (!pick) return undefined;
  const r = sourceOf(cx, pick[0], pick[1], pick[0]);
  return r.source ? { ...r, at: pick[0] } : undefined;
}

function hasBoundary(cx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BOUNDARY.has(cx.t(k))) return true;
  return false;
}

// ------------------------------------------------------------------ 3. continuations and hedges

function continuationClaims(cx: Ctx, sent: number, s0: number, s1: number): void {
  const { L } = cx;
  let e = s1;
  while (e > s0 && (TERMINAL.has(cx.t(e - 1)) || QUOTE_CHARS.has(cx.t(e - 1)) && cx.quoteOf[e - 1] >= 0 && cx.quotes[cx.quoteOf[e - 1]].open < s0)) e--;
  // a sentence inside a running quotation is not a claim of its own
  let outside = 0;
  for (let k = s0; k < e; k++) if (cx.quoteOf[k] < 0 && cx.isWord(k)) outside++;
  if (outside < 2) return;
  const block = cx.doc.sentences[sent].block;
  const prev = cx.drafts[cx.drafts.length - 1];
  const prevInBlock = prev && prev.block === block ? prev : undefined;
  const prevAdjacent = prev && prev.sentence === sent - 1 ? prev : undefined;
  let cont = false, hedge = false, subj = false, weak = false;
  for (let k = s0; k < e; k++) {
    if (cx.quoteOf[k] >= 0) continue;
    const w = cx.low[k];
    if (L.continuationAdverbs.has(w)) cont = true;
    if (L.hedgeAdverbs.has(w)) {
      // not inside a relative or adverbial clause ("..., die angeblich ...")
      let b = k;
      while (b > s0 && !BOUNDARY.has(cx.t(b - 1))) b--;
      if (b === s0 || !(L.relativePronouns.has(cx.low[b]) || L.subordinators.has(cx.low[b]))) hedge = true;
    }
    if (L.hedgePhrases.get(w)?.some((p) => matchSeq(cx, k, p, e))) hedge = true;
    if (L.subjunctive.has(w) && !L.subjunctiveIdioms.some((p) => p.some((pw, m) => pw === w && matchSeq(cx, k - m, p, e + 1)))) subj = true;
    if (L.subjunctiveWeak.has(w)) weak = true;
    if (L.hedgeModals.has(w)) {
      // "soll ... festgenommen worden sein"
      const last = e - 1;
      if (last > k + 1 && L.hedgeInfinitives.has(cx.low[last]) && !cx.isCap(last - 1)) hedge = true;
    }
  }
  if (cont && prev) {
    addDraft(cx, { source: prev.source, mode: prev.mode === "hedged" ? "hedged" : "indirect", from: s0, to: e, cue: null, sentence: sent, attrTok: s0 });
    return;
  }
  if (hedge) {
    addDraft(cx, { source: null, mode: "hedged", from: s0, to: e, cue: null, sentence: sent, attrTok: s0 });
    return;
  }
  const src = prevInBlock ?? prevAdjacent;
  if (src && src.mode !== "hedged" && (subj || (weak && prevAdjacent && prevAdjacent.block === block))) {
    addDraft(cx, { source: src.source, mode: "indirect", from: s0, to: e, cue: null, sentence: sent, attrTok: s0 });
  }
}

/** "Die Angaben lassen sich nicht unabhängig überprüfen": marks the claims before it. */
function markUnverified(cx: Ctx, sent: number, s0: number, s1: number): void {
  const { L } = cx;
  let neg = false, adv = false, stem = false;
  for (let k = s0; k < s1; k++) {
    const w = cx.low[k];
    if (L.unverifiedNegations.has(w)) neg = true;
    if (L.unverifiedAdverbs.has(w) || L.unverifiedSubjects.has(w)) adv = true;
  }
  if (neg && adv) for (let k = s0; k < s1 && !stem; k++) stem = L.unverifiedStems.some((st) => cx.low[k].startsWith(st));
  if (!(neg && adv && stem)) return;
  const block = cx.doc.sentences[sent].block;
  let marked = false;
  for (let m = cx.drafts.length - 1; m >= 0; m--) {
    const d = cx.drafts[m];
    if (d.sentence >= sent) continue;
    if (d.block !== block) break;
    if (d.unverified) break;
    d.unverified = true;
    marked = true;
  }
  const blk = cx.doc.blocks[block];
  const alone = !!blk && cx.doc.sentences[sent].start <= blk.start + 1 && (cx.doc.sentences[sent + 1]?.block ?? -1) !== block;
  if (!marked && alone) {
    for (let m = cx.drafts.length - 1; m >= 0 && cx.drafts[m].sentence >= sent - 1; m--) if (cx.drafts[m].sentence === sent - 1) cx.drafts[m].unverified = true;
  }
}
