// Extract component for `entities`: persons, organisations and locations, one entry per real-world
// referent with every surface form, roles, a cross-language spelling key and coordinates for places.
// Mentions come from three sources, in order of trust: lexicon patterns (gazetteer places, known
// organisations/media/parties, function-named bodies, compounds), the statistical tagger (where the
// language has a model) and, without a model, capitalisation patterns. Writes the "entity" layer.
import type { Document, Token, Span } from "../../nlp/document.js";
import type { Entity, EntityType } from "../../schema/index.js";
import { tagEntities } from "../../nlp/ner/index.js";
import { lexicon, isTitleWord, lookupName, hasOrgHead, type Lexicon } from "../../nlp/ner/lexicon.js";
import { gazetteer, resolvePlace, type Place } from "../../geo/gazetteer.js";
import { isCommonWord } from "../../nlp/ner/features.js";
import { spellingKey } from "./key.js";
import { createRequire } from "node:module";

// English common words (for capitalised words at the start of a sentence: "Across", "Meanwhile")
let enCommon: Set<string> | undefined;
function englishCommon(): Set<string> {
  if (!enCommon) {
    const lex = (createRequire(import.meta.url)("wink-lexicon") as { lexicon: Record<string, string[]> }).lexicon;
    enCommon = new Set(Object.keys(lex).filter((w) => !lex[w].every((t) => t === "NNP" || t === "NNPS")));
  }
  return enCommon;
}

interface Mention {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  text: string;
  /** Form used for grouping (inflection removed). */
  base: string;
  type: EntityType;
  /** 3 = lexicon, 2 = pattern, 1 = statistical / capitalisation guess. */
  prio: number;
  roles: string[];
  /** An ambiguous place name (common word, sentence start): kept only with support from the tagger or a preposition. */
  weak?: boolean;
  /** A place name that is also a given name and stands before another capitalised word. */
  personal?: boolean;
}

const NER_TYPES: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "location" };
const LETTER = /\p{L}/u;
/** First character is an upper-case letter (ASCII answered from the code; the same answer as the general test). */
const isUpper = (w: string): boolean => {
  if (w.length === 0) return false;
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return w[0] !== w[0].toLowerCase() && LETTER.test(w[0]);
};
/** First character is a letter (\p{L}); ASCII answered from the code. */
const startsWithLetter = (w: string): boolean => {
  if (w.length === 0) return false;
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(w[0]);
};
const normMemo = new Map<string, string>();
/** Comparison form of a name (no accents, lower case, single spaces); memoised, names repeat across articles. */
const norm = (s: string): string => {
  let v = normMemo.get(s);
  if (v === undefined) {
    v = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ß/g, "ss").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (normMemo.size > 50000) normMemo.clear();
    normMemo.set(s, v);
  }
  return v;
};

export function extractEntities(doc: Document): void {
  const lx = lexicon(doc.lang);
  const mentions: Mention[] = [];
  const mk = (a: number, b: number, type: EntityType, prio: number, base?: string): Mention => {
    const { start, end } = doc.tokenSpan(a, b);
    const text = doc.text.slice(start, end);
    return { tokStart: a, tokEnd: b, start, end, text, base: base ?? text, type, prio, roles: [] };
  };
  const mkChars = (tok: number, start: number, end: number, type: EntityType, prio: number, base?: string): Mention => {
    const text = doc.text.slice(start, end);
    return { tokStart: tok, tokEnd: tok + 1, start, end, text, base: base ?? text, type, prio, roles: [] };
  };

  lexiconMentions(doc, lx, mentions, mk, mkChars);
  const stat = tagEntities(doc);
  if (stat.length || hasModel(doc)) {
    for (const s of stat) {
      const type = NER_TYPES[s.type];
      let a = s.tokStart;
      let described = false;
      for (;;) {
        if (a >= s.tokEnd - 1) break;
        const w = doc.tokens[a].text;
        if (isDescriptor(lx, w)) { described = true; a++; continue; }
        if (isTitleWord(lx, w) || lx.honorifics.has(w) || lx.generic.has(w)) { a++; continue; }
        break;
      }
      if (s.tokStart > 0 && isDescriptor(lx, doc.tokens[s.tokStart - 1].text) && doc.sentenceAt(doc.tokens[s.tokStart - 1].start) === doc.sentenceAt(doc.tokens[s.tokStart].start)) described = true;
      // "Katastrophenschutzbehörde Afad", "Organisation NetBlocks": the name of an organisation
      if (type) mentions.push(mk(a, s.tokEnd, described ? "organization" : type, 1));
      else if (s.type.endsWith("part")) {
        // a name inside a compound: take the part before the first hyphen when it is capitalised
        const t = doc.tokens[s.tokStart];
        const dash = t.text.indexOf("-");
        const tp = NER_TYPES[s.type.slice(0, 3)];
        if (tp && dash > 1 && s.tokEnd - s.tokStart === 1 && isUpper(t.text)) mentions.push(mkChars(t.i, t.start, t.start + dash, tp, 1));
      }
    }
  } else capitalisationMentions(doc, lx, mentions, mk);

  // ambiguous place names need the tagger or a preposition on their side
  const preps = wordSets(lx).preps;
  const support = (m: Mention) => stat.some((s) => s.tokStart <= m.tokStart && s.tokEnd >= m.tokEnd && s.type.startsWith("LOC")) || (m.tokStart > 0 && preps.has(doc.tokens[m.tokStart - 1].text) && !(stat.length && stat.some((s) => s.tokStart <= m.tokStart && s.tokEnd > m.tokStart && !s.type.startsWith("LOC"))));
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].weak && (mentions[k].personal || !support(mentions[k]))) mentions.splice(k, 1);
  const chosen = surnameMentions(doc, lx, resolveOverlaps(mentions).filter((m) => keep(m, lx, doc)));
  for (const m of chosen) m.roles = rolesBefore(doc, lx, m);
  const entities = mergeMentions(doc, lx, chosen);
  doc.results.entities = entities.map((e) => e.entity);
  const spans: Span<{ type: EntityType; entity: number }>[] = [];
  entities.forEach((e, i) => { for (const m of e.mentions) spans.push({ start: m.start, end: m.end, label: m.type, attrs: { type: e.entity.type, entity: i } }); });
  doc.setLayer("entity", spans);
}

function hasModel(doc: Document): boolean {
  return doc.tokens.some((t) => t.ner !== undefined);
}

/** Word sets derived from a lexicon's data, built once per lexicon (not per article). */
interface WordSets {
  mediaHeads: Set<string>; mediaFirst: Set<string>; locTail: Set<string>; orgTail: Set<string>; locHeads: Set<string>;
  preps: Set<string>; enTitles: string[][]; speechVerbs: Set<string>;
}
const wordSetCache = new WeakMap<Lexicon, WordSets>();
function wordSets(lx: Lexicon): WordSets {
  let ws = wordSetCache.get(lx);
  if (ws) return ws;
  const mediaHeads = new Set(lx.data.mediaHeads.map((h) => h.toLowerCase()));
  ws = {
    mediaHeads,
    mediaFirst: new Set([...mediaHeads].filter((h) => h.includes(" ")).map((h) => h.slice(0, h.indexOf(" ")))),
    locTail: new Set((lx.data as { locationTailWords?: string[] }).locationTailWords ?? []),
    orgTail: new Set(lx.data.orgTailWords),
    locHeads: new Set(lx.data.locationHeads.filter((h) => !h.includes(" "))),
    preps: new Set(lx.data.locationPrepositions),
    enTitles: ((lx.data as { titles?: string[] }).titles ?? []).map((t) => t.split(" ")).sort((a, b) => b.length - a.length),
    speechVerbs: new Set((lx.data as { personCueVerbs?: string[] }).personCueVerbs ?? []),
  };
  wordSetCache.set(lx, ws);
  return ws;
}

type Mk = (a: number, b: number, type: EntityType, prio: number, base?: string) => Mention;
type MkChars = (tok: number, start: number, end: number, type: EntityType, prio: number, base?: string) => Mention;

/** Gazetteer places, known organisations, function-named bodies, hyphen compounds, "Nachrichtenagentur X". */
function lexiconMentions(doc: Document, lx: Lexicon, out: Mention[], mk: Mk, mkChars: MkChars): void {
  const g = gazetteer();
  const toks = doc.tokens;
  const maxW = Math.max(g.maxWordsOf(doc.lang), lx.orgMaxWords);
  const prefixes = g.prefixesOf(doc.lang);
  const { mediaHeads, mediaFirst, locTail, orgTail, locHeads } = wordSets(lx);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = toks[i].text;
      // longest multi-word match
      let matched = 0;
      if (startsWithLetter(w)) {
        let str = "";
        for (let k = 1; k <= maxW && i + k <= s.tokenEnd; k++) {
          const t = toks[i + k - 1];
          if (k > 1 && !prefixes.has(str) && !lx.orgPrefixes.has(str)) break;
          str += (k > 1 ? (toks[i + k - 2].spaceAfter ? " " : "") : "") + t.text;
          if (k === 1) {
            const r = lookupName(lx, str);
            if (r && (isUpper(str) || lx.orgs.has(r.base))) {
              const m = mk(i, i + 1, r.org ? "organization" : "location", 3, r.base);
              if (!r.org) {
                const places = g.lookup(r.base, doc.lang);
                const cityOnly = places.every((p) => p.kind === "city");
                const pop = Math.max(...places.map((p) => p.population));
                const atStart = i === s.tokenStart || /^["“„‘'(]$/.test(toks[i - 1].text);
                if (cityOnly && (g.commonWordsOf(doc.lang).has(r.base) || (atStart && pop < 1e6) || pop < 1e5 || str.length < 4)) { m.weak = true; m.prio = 1; }
                // "Mohamed Hassan": a city name right after a given name is part of a person's name
                // (or between two unknown capitalised words: "Amina Hassan Abdi")
                const nameWord = (t: Token | undefined) => !!t && isUpper(t.text) && !lookupName(lx, t.text) && !lx.generic.has(t.text) && !isTitleWord(lx, t.text);
                if (cityOnly && pop < 1e6 && i > s.tokenStart && i + 1 < s.tokenEnd && ((g.firstNames.has(toks[i - 1].text) && !g.has(toks[i - 1].text, doc.lang)) || (i - 1 > s.tokenStart && nameWord(toks[i - 1]) && nameWord(toks[i + 1])))) { m.weak = true; m.prio = 1; m.personal = true; }
                // "Nancy Faeser", "Paris Hilton": a given name before a capitalised word is no place
                if (cityOnly && g.firstNames.has(str) && i + 1 < s.tokenEnd && isUpper(toks[i + 1].text) && !g.has(toks[i + 1].text, doc.lang) && !lx.orgs.has(toks[i + 1].text)) { m.weak = true; m.prio = 1; m.personal = true; }
              }
              out.push(m);
              matched = 1;
            }
          } else if (isUpper(str) || lx.orgs.has(str)) {
            if (lx.orgs.has(str)) {
              // a capitalised adjective before it belongs to the name ("Deutsche Rote Kreuz", "Internationale Rote Kreuz")
              const p = i - 1 > s.tokenStart ? toks[i - 1].text : "";
              const adj = p && isUpper(p) && isCommonWord(p, doc.lang) && /(?:e|en|es|er)$/.test(p) && isCommonWord(p.toLowerCase(), doc.lang);
              out.push(mk(adj ? i - 1 : i, i + k, "organization", 3, adj ? p + " " + str : undefined));
              matched = k;
            }
            else if (g.has(str, doc.lang)) { out.push(mk(i, i + k, "location", 3, g.baseForm(str, doc.lang))); matched = k; }
          }
        }
      }
      if (matched) {
        // "Hatay province", "Los Angeles County": the place with its tail word
        const last = out[out.length - 1];
        const nx = toks[i + matched];
        if (last.type === "location" && nx && i + matched < s.tokenEnd && locTail.has(nx.text)) {
          out[out.length - 1] = mk(i, i + matched + 1, "location", 3, doc.text.slice(last.start, nx.end));
        }
        i += matched - 1;
        continue;
      }
      // a place named after a place noun: "im Dorf Kap Mira Tal", "in der Provinz Ost-Kivu" (unknown capitalised words)
      if (locHeads.has(w)) {
        let e = i + 1;
        while (e < s.tokenEnd && e < i + 5 && isUpper(toks[e].text) && !isCommonWord(toks[e].text, doc.lang) && !lx.generic.has(toks[e].text) && !isTitleWord(lx, toks[e].text) && !lx.orgs.has(toks[e].text) && /^\p{L}[\p{L}-]*$/u.test(toks[e].text)) e++;
        if (e > i + 1) out.push(mk(i + 1, e, "location", 2));
      }
      // media head + name: "Nachrichtenagentur Vlast.kz", "news agency IHA"
      const lw = w.toLowerCase();
      if (mediaHeads.has(lw) && i + 1 < s.tokenEnd) {
        const n = toks[i + 1].text;
        if (/^[\p{Lu}\p{Ll}][\p{L}\d.-]*$/u.test(n) && ((isUpper(n) && !lx.generic.has(n)) || /\.\p{L}{2,}$/u.test(n) || lx.orgs.has(n))) {
          let e = i + 2;
          while (e < s.tokenEnd && isUpper(toks[e].text) && !lx.generic.has(toks[e].text)) e++;
          out.push(mk(i + 1, e, "organization", 2));
        }
      }
      // two-word "Nachrichtenagentur" phrases in English: "news agency X"
      if (i + 2 < s.tokenEnd && mediaFirst.has(lw) && mediaHeads.has(lw + " " + toks[i + 1].text.toLowerCase()) && isUpper(toks[i + 2].text)) {
        let e = i + 3;
        while (e < s.tokenEnd && isUpper(toks[e].text)) e++;
        out.push(mk(i + 2, e, "organization", 2));
      }
      // acronym before a media head: "the IHA news agency", "die AFP-Agentur" is handled as a compound
      if ((mediaHeads.has(lw) || (i + 1 < s.tokenEnd && mediaFirst.has(lw) && mediaHeads.has(lw + " " + toks[i + 1].text.toLowerCase()))) && i - 1 >= s.tokenStart && /^\p{Lu}{2,6}$/u.test(toks[i - 1].text) && !lx.generic.has(toks[i - 1].text)) {
        out.push(mk(i - 1, i, "organization", 2));
      }
      // names ending in an organisation word: "Polytechnische Universität", "Morning Post", "Rights Watch"
      if (orgTail.has(w) && i - 1 >= s.tokenStart && isUpper(toks[i - 1].text) && i - 1 > s.tokenStart) {
        let a = i - 1;
        for (;;) {
          if (a - 1 > s.tokenStart && isUpper(toks[a - 1].text) && !lx.generic.has(toks[a - 1].text)) { a--; continue; }
          if (a - 2 > s.tokenStart && lx.data.nameConnectors.includes(toks[a - 1].text) && isUpper(toks[a - 2].text) && !lx.generic.has(toks[a - 2].text)) { a -= 2; continue; }
          break;
        }
        const prevW = toks[i - 1].text;
        if (i - a >= 2 || /(?:e|en|er|es|ische|ischen)$/.test(prevW) || !lx.generic.has(prevW)) {
          while (a < i && (lx.generic.has(toks[a].text) || isDescriptor(lx, toks[a].text))) a++;
          if (a < i) out.push(mk(a, i + 1, "organization", 2));
        }
      }
      // domain-like outlet names: "Vlast.kz", "Agenda.ge"
      if (w.includes(".") && /^[\p{L}][\p{L}\d-]*\.(?:kz|ge|ru|ua|de|com|org|net|info|news|by|am|az|uz|kg|tj|tr|ir|io|co|uk|at|ch)$/u.test(w) && isUpper(w)) {
        out.push(mk(i, i + 1, "organization", 2));
        continue;
      }
      // hyphen compounds
      const dash = w.indexOf("-");
      if (dash > 0 && dash < w.length - 1 && isUpper(w)) {
        const first = w.slice(0, dash);
        const lastPart = w.slice(w.lastIndexOf("-") + 1);
        const last = lastPart.toLowerCase();
        const r = lookupName(lx, first);
        const isAcr = /^\p{Lu}{2,6}$/u.test(first);
        if (lx.orgCompoundHeads.has(last) && (r || isAcr) && !isTitleWord(lx, lastPart)) {
          // "US-Außenministerium", "RSF-Miliz": one organisation
          out.push(mk(i, i + 1, "organization", 2));
        } else if (lx.locationCompoundHeads.has(last) && !r) {
          out.push(mk(i, i + 1, "location", 2));
        } else if (r) {
          // "NATO-Generalsekretär", "Kasachstan-Krise": the named part
          out.push(mkChars(i, toks[i].start, toks[i].start + dash, r.org ? "organization" : "location", 3, r.base));
        }
        if (hasOrgHead(lx, lastPart) && !r && !isAcr) out.push(mk(i, i + 1, "organization", 2, baseOfHead(lx, w)));
        continue;
      }
      // function-named bodies: "Innenministerium", "Inlandsnachrichtendienstes", "Interior Ministry" (English via tail words)
      if (isUpper(w) && !lx.generic.has(w) && hasOrgHead(lx, w)) {
        for (const h of lx.orgHeads) {
          if (lw.endsWith(h) && lw.length > h.length + 2) { out.push(mk(i, i + 1, "organization", 2, baseOfHead(lx, w))); break; }
          if (lw === h) { out.push(mk(i, i + 1, "organization", 2, baseOfHead(lx, w))); break; }
        }
      }
    }
  }
}

/** A descriptor noun before an organisation's name: "Organisation", "Katastrophenschutzbehörde", "Nachrichtenagentur". */
function isDescriptor(lx: Lexicon, w: string): boolean {
  if (lx.data.descriptors.includes(w)) return true;
  const lw = w.toLowerCase();
  return lx.data.descriptorHeads.some((h) => lw.endsWith(h)) && !hasOrgHead(lx, w);
}

/** "Inlandsnachrichtendienstes" -> "Inlandsnachrichtendienst" when the uninflected form is a head too. */
function baseOfHead(lx: Lexicon, w: string): string {
  const lw = w.toLowerCase();
  for (const inf of ["es", "s"]) {
    if (lw.endsWith(inf)) {
      const b = lw.slice(0, -inf.length);
      if (lx.orgHeads.some((h) => b.endsWith(h) && !lw.endsWith(h))) return w.slice(0, -inf.length);
    }
  }
  return w;
}

const COORDINATORS = new Set(["and", "&"]);
const CONNECTORS = new Set(["of", "de", "du", "da", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "for", "and", "&", "on"]);
const NAME_PREFIX_RE = /^(?:al|el|ad|as|ar|bin|ibn|abu|van|von|de|di|da|du|le|la)-?\p{Lu}/u;

/** Without a statistical model: runs of capitalised words, typed by tail words, titles and first names. */
function capitalisationMentions(doc: Document, lx: Lexicon, out: Mention[], mk: Mk): void {
  const toks = doc.tokens;
  const g = gazetteer();
  const { enTitles, orgTail, locTail, speechVerbs } = wordSets(lx);
  const capWord = (t: Token) => isUpper(t.text) || NAME_PREFIX_RE.test(t.text);
  // "and" joins names only inside an organisation name ("Bill and Melinda Gates Foundation"), not "Garissa and Lamu"
  const orgTailAhead = (k: number): boolean => {
    for (; k < toks.length && (capWord(toks[k]) || CONNECTORS.has(toks[k].text)); k++) if (orgTail.has(toks[k].text)) return true;
    return false;
  };
  for (const s of doc.sentences) {
    // headline-case sentences (most words capitalised) give no evidence from capitals
    const words = toks.slice(s.tokenStart, s.tokenEnd).filter((t) => /\p{L}/u.test(t.text));
    const headline = words.length >= 6 && words.filter(capWord).length / words.length > 0.6;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!capWord(toks[i])) continue;
      let e = i + 1;
      for (;;) {
        if (e < s.tokenEnd && capWord(toks[e]) && !/[,;:]/.test(doc.text.slice(toks[e - 1].end, toks[e].start))) { e++; continue; }
        if (e + 1 < s.tokenEnd && CONNECTORS.has(toks[e].text) && capWord(toks[e + 1]) && !lx.generic.has(toks[e + 1].text) && (!COORDINATORS.has(toks[e].text) || orgTailAhead(e + 1))) { e += 2; continue; }
        break;
      }
      let a = i;
      // leading function words and titles
      while (a < e && lx.generic.has(toks[a].text) && !lx.orgs.has(toks[a].text) && !enTitles.some((tt) => tt.length === 1 && tt[0] === toks[a].text)) a++;
      const sentStart = (k: number) => k === s.tokenStart || (k - 1 === s.tokenStart && /^["“„‘'(]$/.test(toks[k - 1].text));
      let titled = false;
      for (;;) {
        if (a < e && lx.honorifics.has(toks[a].text)) { a++; titled = true; continue; }
        const t = enTitles.find((tt) => a + tt.length < e && tt.every((x, k) => toks[a + k].text === x));
        if (t) { a += t.length; titled = true; continue; }
        break;
      }
      // a role noun inside the run: the name follows it ("Interior Cabinet Secretary Joseph Kiprono")
      if (!titled) {
        for (let k = e - 2; k >= a; k--) {
          if (!isTitleWord(lx, toks[k].text.toLowerCase())) continue;
          if (e - (k + 1) >= 2 || g.firstNames.has(toks[k + 1].text)) { a = k + 1; titled = true; }
          break;
        }
      }
      if (!titled && a < e && sentStart(a) && englishCommon().has(toks[a].text.toLowerCase()) && !g.firstNames.has(toks[a].text) && !g.has(toks[a].text, doc.lang) && !lx.orgs.has(toks[a].text)) a++;
      i = e - 1;
      if (a >= e) continue;
      const first = toks[a].text, last = toks[e - 1].text;
      const span = doc.text.slice(toks[a].start, toks[e - 1].end);
      const atStart = a === s.tokenStart || /^["“„‘'(]$/.test(toks[a - 1]?.text ?? "") && a - 1 === s.tokenStart;
      // lower-case place tails: "Hatay province"
      if (e < s.tokenEnd && locTail.has(toks[e].text) && toks[e].text === toks[e].text.toLowerCase()) {
        out.push(mk(a, e + 1, "location", 2, span + " " + toks[e].text));
        continue;
      }
      if (lx.orgs.has(span) || g.has(span, doc.lang)) continue; // the lexicon pass has it
      if (orgTail.has(last)) { out.push(mk(a, e, "organization", 2)); continue; }
      // "Commission on Human Rights": an organisation word inside a longer name
      let inner = false;
      for (let k = a + 1; k < e - 1 && !inner; k++) inner = orgTail.has(toks[k].text) && CONNECTORS.has(toks[k + 1].text);
      if (inner) { out.push(mk(a, e, "organization", 2)); continue; }
      if (locTail.has(last) && e - a > 1) { out.push(mk(a, e, "location", 2)); continue; }
      if (headline && !titled && !g.firstNames.has(first)) continue;
      const prevWord = toks[a - 1]?.text.toLowerCase() ?? "";
      const roleBefore = a > s.tokenStart && isTitleWord(lx, prevWord);
      if (titled || roleBefore || g.firstNames.has(first)) {
        if (e - a >= 1 && !(e - a === 1 && atStart && !titled)) out.push(mk(a, e, "person", titled ? 2 : 1));
        continue;
      }
      if (/^\p{Lu}{2,6}$/u.test(first) && e - a === 1) { out.push(mk(a, e, "organization", 1)); continue; }
      if (atStart && e - a === 1) {
        // "Putin said ...": a sentence-initial name before a speech verb
        if (e < s.tokenEnd && speechVerbs.has(toks[e].text) && !englishCommon().has(first.toLowerCase()) && !lx.generic.has(first)) out.push(mk(a, e, "person", 1));
        continue;
      }
      if (isAdjective(lx, first) && e - a === 1) continue;
      if (e - a >= 2) {
        // a multi-word place: a transliteration variant of a known place ("Khan Younis")
        const placeLike = g.lookupKey(spellingKey(span), spellingKey).length > 0;
        out.push(mk(a, e, placeLike ? "location" : "person", 1));
        continue;
      }
      // a single unknown capitalised word inside a sentence: an acronym is an organisation; a name is kept
      // as a person candidate only when it repeats a part of a longer name (decided in merging)
      if (/^\p{Lu}{2,6}$/u.test(first)) out.push(mk(a, e, "organization", 1));
      else {
        // "Putin said", "Odinga told reporters": a single name before a speech verb is a person
        const nextW = toks[e]?.text ?? "";
        const speaker = e < s.tokenEnd && speechVerbs.has(nextW) && !englishCommon().has(first.toLowerCase());
        // a transliteration variant of a known place ("Odesa" for "Odessa")
        if (!speaker && first.length >= 4 && g.lookupKey(spellingKey(first), spellingKey).length) { out.push(mk(a, e, "location", 1)); continue; }
        out.push(mk(a, e, "person", speaker ? 1 : 0));
      }
    }
  }
}

/** A demonym or adjective derived from a known place ("Georgian", "kasachische"). */
function isAdjective(lx: Lexicon, w: string): boolean {
  const g = gazetteer();
  for (const end of lx.data.adjectiveEndings) {
    if (w.length > end.length + 3 && w.endsWith(end)) {
      const stem = w.slice(0, -end.length);
      for (const cand of [stem, stem + "a", stem + "ia", stem + "y", stem + "e", stem + "en", stem + "an"]) if (g.has(cand, lx.lang)) return true;
    }
  }
  return false;
}

/** Non-overlapping mentions: higher priority, then longer, wins. */
function resolveOverlaps(ms: Mention[]): Mention[] {
  const sorted = [...ms].sort((a, b) => b.prio - a.prio || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  for (const m of sorted) {
    const clashes = taken.filter((t) => m.start < t.end && t.start < m.end);
    if (!clashes.length) { taken.push(m); continue; }
    // an explicit multi-word name pattern ("South China Morning Post") beats the place inside it
    if (m.prio >= 2 && m.tokEnd - m.tokStart > 1 && clashes.every((t) => t.start >= m.start && t.end <= m.end && t.end - t.start < m.end - m.start)) {
      for (const t of clashes) taken.splice(taken.indexOf(t), 1);
      taken.push(m);
    }
    // a longer statistical person/org span that contains a lexicon location keeps its own reading when it
    // is clearly longer (e.g. "Polytechnische Universität Hongkong" style names are rare: keep the lexicon).
  }
  return taken.sort((a, b) => a.start - b.start);
}

function keep(m: Mention, lx: Lexicon, doc: Document): boolean {
  const t = m.text.trim();
  if (t.length < 2) return false;
  if (lx.generic.has(t) || lx.generic.has(m.base)) return false;
  if (!/\p{L}/u.test(t)) return false;
  if (m.type !== "organization" && !isUpper(t) && !NAME_PREFIX_RE.test(t)) return false;
  if (m.prio <= 1 && m.tokEnd - m.tokStart === 1 && isAdjective(lx, t)) return false;
  if (m.prio <= 1 && m.tokEnd - m.tokStart === 1 && isTitleWord(lx, t)) return false;
  // a statistical span made only of ordinary nouns and adjectives ("Mobile Netzwerke", "Universität")
  if (m.prio <= 1 && !m.weak && !(m.type === "person" && m.tokEnd - m.tokStart > 1)) {
    let common = true;
    for (let k = m.tokStart; k < m.tokEnd && common; k++) common = isCommonWord(doc.tokens[k].text, doc.lang) && !gazetteer().has(doc.tokens[k].text, doc.lang);
    if (common) return false;
  }
  return true;
}

const roleSetCache = new WeakMap<Lexicon, { titles: Set<string>; prefixes: Set<string> }>();
function roleSets(lx: Lexicon): { titles: Set<string>; prefixes: Set<string> } {
  let r = roleSetCache.get(lx);
  if (!r) roleSetCache.set(lx, (r = { titles: new Set((lx.data as { titles?: string[] }).titles ?? []), prefixes: new Set(lx.data.titlePrefixes) }));
  return r;
}

/** Role nouns and titles right before a person ("Ex-Premier", "NATO-Generalsekretär", "Secretary of State"). */
function rolesBefore(doc: Document, lx: Lexicon, m: Mention): string[] {
  if (m.type !== "person") return [];
  const roles: string[] = [];
  const s = doc.sentenceAt(m.start);
  const from = s ? s.tokenStart : 0;
  const { titles, prefixes } = roleSets(lx);
  const join = (a: number, b: number) => doc.tokens.slice(a, b).map((t) => t.text).join(" ");
  let a = m.tokStart;
  // a multi-word title ("Secretary of State", "Prime Minister")
  for (let len = 4; len >= 2; len--) {
    if (a - len >= from && (titles.has(join(a - len, a)) || lx.titleHeads.includes(join(a - len, a).toLowerCase()))) { a -= len; break; }
  }
  // role nouns, honorifics and their prefixes ("Ex-Premier", "former President", "kirgisische Präsident")
  while (a - 1 >= from) {
    const w = doc.tokens[a - 1].text;
    if (isTitleWord(lx, w) || lx.honorifics.has(w) || titles.has(w) || (a < m.tokStart && prefixes.has(w.toLowerCase()))) { a--; continue; }
    break;
  }
  if (a < m.tokStart) {
    const parts = doc.tokens.slice(a, m.tokStart).map((t) => t.text).filter((p) => !lx.honorifics.has(p));
    if (parts.length) roles.push(parts.join(" "));
  }
  // apposition after the name: "X, Chef des Y," -> role
  const e0 = m.tokEnd;
  if (doc.tokens[e0]?.text === "," && doc.tokens[e0 + 1] && isTitleWord(lx, doc.tokens[e0 + 1].text)) {
    let e = e0 + 1;
    while (e < doc.tokens.length && e < e0 + 6 && !/^[,.;:)]$/.test(doc.tokens[e].text)) e++;
    roles.push(doc.text.slice(doc.tokens[e0 + 1].start, doc.tokens[e - 1].end));
  }
  return roles;
}

/** Surnames of full person names found elsewhere in the text without the tagger ("Tokajew sagte ..."). */
function surnameMentions(doc: Document, lx: Lexicon, ms: Mention[]): Mention[] {
  const surnames = new Set<string>();
  for (const m of ms) if (m.type === "person" && m.tokEnd - m.tokStart >= 2) surnames.add(doc.tokens[m.tokEnd - 1].text);
  if (!surnames.size) return ms;
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of ms) for (let k = m.tokStart; k < m.tokEnd; k++) covered[k] = 1;
  const out = [...ms];
  for (const t of doc.tokens) {
    if (covered[t.i]) continue;
    let base: string | undefined;
    if (surnames.has(t.text)) base = t.text;
    else for (const inf of lx.inflections) if (t.text.endsWith(inf) && surnames.has(t.text.slice(0, -inf.length))) base = t.text.slice(0, -inf.length);
    if (base && base.length > 2) out.push({ tokStart: t.i, tokEnd: t.i + 1, start: t.start, end: t.end, text: t.text, base, type: "person", prio: 1, roles: [] });
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Group { entity: Entity; mentions: Mention[]; types: Map<EntityType, number> }

function mergeMentions(doc: Document, lx: Lexicon, ms: Mention[]): Group[] {
  const g = gazetteer();
  const groups: Group[] = [];
  const byNorm = new Map<string, Group>();
  const add = (grp: Group, m: Mention) => {
    grp.mentions.push(m);
    grp.types.set(m.type, (grp.types.get(m.type) ?? 0) + (m.prio + 1));
    byNorm.set(norm(m.base), grp);
    byNorm.set(norm(m.text), grp);
  };
  const fresh = (m: Mention): Group => {
    const grp: Group = { entity: { name: m.base, type: m.type, aliases: [] }, mentions: [], types: new Map() };
    groups.push(grp);
    add(grp, m);
    return grp;
  };
  // 1. identical forms (after inflection)
  const surnameCands: Mention[] = [];
  const allForms = new Set(ms.map((m) => norm(m.text)));
  for (const m of ms) {
    // German genitive of an unknown name that also occurs uninflected: "Tokajews" -> "Tokajew"
    if (m.base === m.text) for (const inf of lx.inflections) {
      if (m.text.length > inf.length + 3 && m.text.endsWith(inf) && allForms.has(norm(m.text.slice(0, -inf.length)))) { m.base = m.text.slice(0, -inf.length); break; }
    }
    const grp = byNorm.get(norm(m.base)) ?? byNorm.get(norm(m.text));
    if (grp) add(grp, m);
    else if (m.tokEnd - m.tokStart === 1 && !g.has(m.base, doc.lang) && !lx.orgs.has(m.base)) surnameCands.push(m);
    else fresh(m);
  }
  // 2. single words: part of a longer person name ("Tokajew", "Mahsa") or of a compound/longer org
  const wordsOf = new Map<Mention, string[]>();
  for (const m of surnameCands) {
    const n = norm(m.base);
    let target = byNorm.get(n);
    if (!target) {
      const cands = groups.filter((grp) => grp.mentions.some((x) => {
        if (x.tokEnd - x.tokStart < 2 && !x.text.includes("-")) return false;
        let words = wordsOf.get(x);
        if (!words) wordsOf.set(x, (words = norm(x.base).split(" ")));
        if (x.type === "person" || grp.entity.type === "person") return words.length > 1 && (words[words.length - 1] === n || words[0] === n);
        return x.text.startsWith(m.base + "-") || words[words.length - 1] === n && false;
      }));
      if (cands.length) {
        // the nearest preceding full name
        cands.sort((a, b) => nearest(b, m) - nearest(a, m));
        target = cands[0];
      }
    }
    if (target) add(target, m);
    else if (m.prio > 0) fresh(m);
  }
  // 3. organisations named by their acronym in brackets or by initials ("European Union" / "EU"),
  //    and shorter forms of longer organisation names ("Interior Ministry" in "Georgian Interior Ministry")
  for (const a of groups) {
    if (!a.mentions.length || dominant(a) !== "organization") continue;
    for (const b of groups) {
      if (a === b || !b.mentions.length || dominant(b) !== "organization") continue;
      const an = norm(a.entity.name), bn = norm(b.entity.name);
      const initials = bn.split(" ").filter((w) => w.length > 2 || /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
      const suffix = bn.endsWith(" " + an) && an.includes(" ");
      if ((/^\p{Lu}{2,6}$/u.test(a.entity.name) && initials === an && bn.includes(" ")) || suffix || bn.startsWith(an + " ") && an.length > 2 && /^\p{Lu}+$/u.test(a.entity.name)) {
        for (const m of a.mentions) add(b, m);
        a.mentions = [];
        break;
      }
    }
  }
  const live = groups.filter((grp) => grp.mentions.length);
  // 4. types, names, aliases, keys, roles, places
  const context = new Map<string, number>();
  const placeOf = new Map<Group, Place | undefined>();
  for (const grp of live) {
    grp.entity.type = dominant(grp);
    const forms = [...new Set(grp.mentions.map((m) => m.text))];
    const bases = [...new Set(grp.mentions.map((m) => m.base))];
    // canonical name: the longest base form (full person name, full organisation name)
    let name = bases.reduce((x, y) => (y.split(/\s+/).length > x.split(/\s+/).length || (y.split(/\s+/).length === x.split(/\s+/).length && y.length > x.length && grp.entity.type !== "location") ? y : x));
    if (grp.entity.type === "location") name = bases.find((b) => g.has(b, doc.lang)) ?? bases[0];
    grp.entity.name = name;
    grp.entity.aliases = [...new Set([...forms, ...bases])].filter((f) => f !== name);
    grp.entity.key = spellingKey(name);
    const roles = [...new Set(grp.mentions.flatMap((m) => m.roles))];
    if (roles.length) grp.entity.roles = roles;
    grp.entity.mentions = grp.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text }));
    if (grp.entity.type === "location") {
      let cands = bases.flatMap((b) => g.lookup(b, doc.lang).concat(g.lookup(b.replace(/\s+(province|Province|County|county|region|Region|district|oblast|Oblast)$/, ""), doc.lang)));
      if (!cands.length) cands = bases.flatMap((b) => g.lookupKey(spellingKey(b), spellingKey));
      if (cands.some((p) => p.kind === "country")) {
        const p = cands.find((c) => c.kind === "country")!;
        placeOf.set(grp, p);
        context.set(p.country!, (context.get(p.country!) ?? 0) + grp.mentions.length);
      } else placeOf.set(grp, undefined);
      (grp as Group & { cands?: Place[] }).cands = cands;
    }
  }
  for (const grp of live) {
    if (grp.entity.type !== "location") continue;
    const cands = (grp as Group & { cands?: Place[] }).cands ?? [];
    let p = placeOf.get(grp) ?? resolvePlace(cands, context, lx.data.homeCountries);
    // a region known without a country ("Gaza") lies in the country of its same-named city
    if (p && !p.country && !p.supranational) p = resolvePlace(cands.filter((c) => c.country), context, lx.data.homeCountries) ?? p;
    if (p && (p.country || p.supranational)) {
      grp.entity.country = p.country;
      grp.entity.lat = p.lat;
      grp.entity.lon = p.lon;
    } else {
      // a place without coordinates: the article's main country, when it talks about one
      const main = [...context.entries()].sort((a, b) => b[1] - a[1])[0];
      if (main) grp.entity.country = main[0];
      else grp.entity.country = null;
    }
  }
  return live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** Start of the group's last mention before m; groups mentioned only after m rank below, the closest first. */
function nearest(grp: Group, m: Mention): number {
  let best = -Infinity;
  for (const x of grp.mentions) if (x.start <= m.start) best = Math.max(best, x.start);
  return best === -Infinity ? -1e9 - grp.mentions[0].start : best;
}

function dominant(grp: Group): EntityType {
  let best: EntityType = grp.entity.type, n = -1;
  for (const [t, c] of grp.types) if (c > n) { n = c; best = t; }
  return best;
}

export { spellingKey };
