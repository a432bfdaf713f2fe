// Choosing among the mentions of all passes: weak place names need support, overlaps go to the more
// trusted and longer mention, generic words and adjectives are dropped, and surnames of full names
// found elsewhere are added ("Tokajew sagte ...").
import type { Document } from "../../nlp/document.js";
import type { NerSpan } from "../../nlp/ner/index.js";
import { isTitleWord, type Lexicon } from "../../nlp/ner/lexicon.js";
import { isCommonWord } from "../../nlp/ner/features.js";
import { gazetteer } from "../../geo/gazetteer.js";
import { startsUpper, hasLetter } from "../../nlp/characters.js";
import type { Mention } from "./mention.js";
import { wordSets, isAdjective, isNounCompound, NAME_PREFIX_RE } from "./vocabulary.js";

/** Ambiguous place names need the tagger or a preposition on their side; removes those without. */
export function dropUnsupportedPlaces(doc: Document, lx: Lexicon, spans: NerSpan[], mentions: Mention[]): void {
  const preps = wordSets(lx).preps;
  const taggedPlace = (m: Mention) => spans.some((s) => s.tokStart <= m.tokStart && s.tokEnd >= m.tokEnd && s.type.startsWith("LOC"));
  const taggedOther = (m: Mention) => spans.length > 0 && spans.some((s) => s.tokStart <= m.tokStart && s.tokEnd > m.tokStart && !s.type.startsWith("LOC"));
  const afterPreposition = (m: Mention) => m.tokStart > 0 && preps.has(doc.tokens[m.tokStart - 1].text) && !taggedOther(m);
  const support = (m: Mention) => taggedPlace(m) || afterPreposition(m);
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].weak && (mentions[k].personal || !support(mentions[k]))) mentions.splice(k, 1);
}

/** Non-overlapping mentions: higher priority, then longer, wins; a longer tagged name wins over known names inside it. */
export function resolveOverlaps(ms: Mention[], doc: Document, lx: Lexicon): Mention[] {
  keepFirstParts(ms, doc, lx);
  const sorted = [...ms].sort((a, b) => b.prio - a.prio || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  // the taken mentions by the tokens they cover, so a clash is looked up, not searched for (long texts: many mentions)
  const byToken = new Map<number, Mention[]>();
  const dropped = new Set<Mention>();
  const order: Mention[] = [];
  const take = (m: Mention) => { order.push(m); for (let k = m.tokStart; k < m.tokEnd; k++) { const l = byToken.get(k); if (l) l.push(m); else byToken.set(k, [m]); } };
  const clashesOf = (m: Mention) => {
    const out = new Set<Mention>();
    for (let k = m.tokStart; k < m.tokEnd; k++) for (const t of byToken.get(k) ?? []) if (!dropped.has(t) && m.start < t.end && t.start < m.end) out.add(t);
    return [...out];
  };
  for (const m of sorted) {
    const clashes = clashesOf(m);
    if (!clashes.length) { take(m); continue; }
    // an explicit multi-word name pattern ("South China Morning Post") beats the place inside it
    const pattern = m.prio >= 2 && m.tokEnd - m.tokStart > 1 && clashes.every((t) => t.start >= m.start && t.end <= m.end && t.end - t.start < m.end - m.start);
    // a tagged name holding known names with more name words around them: "Pittsburgh Pirates", "North Carolina"
    if (pattern || (m.tagged && clashes.every((t) => t.start >= m.start && t.end <= m.end) && extendsNames(doc, m, clashes))) {
      for (const t of clashes) dropped.add(t);
      take(m);
    }
  }
  return order.filter((m) => !dropped.has(m)).sort((a, b) => a.start - b.start);
}

/**
 * Names keep their first part: a known name that a tagged span enters from the left gets the span's capitalised
 * words before it ("North" + "Darfur State" -> "North Darfur State").
 */
function keepFirstParts(ms: Mention[], doc: Document, lx: Lexicon): void {
  // a name prefix right before a known place: "the North Caucasus", "North Darfur State's"
  for (const [k, m] of ms.entries()) {
    const p = doc.tokens[m.tokStart - 1];
    if (m.type !== "location" || m.prio < 2 || !p || !lx.data.namePrefixWords.includes(p.text) || doc.text.slice(p.end, m.start) !== " ") continue;
    if (doc.sentenceAt(p.start) !== doc.sentenceAt(m.start)) continue;
    const text = doc.text.slice(p.start, m.end);
    ms[k] = { ...m, tokStart: p.i, start: p.start, text, base: text, weak: false };
  }
  // the known names by their first token (a tagged span looks only at the tokens inside it)
  const known = new Map<number, number[]>();
  ms.forEach((m, k) => { if (!m.tagged && m.prio >= 2) known.set(m.tokStart, [...(known.get(m.tokStart) ?? []), k]); });
  for (const t of ms) {
    if (!t.tagged) continue;
    for (let first = t.tokStart + 1; first < t.tokEnd; first++) for (const k of known.get(first) ?? []) {
      const m = ms[k]!;
      if (m.tagged || m.prio < 2 || !(t.tokStart < m.tokStart && m.tokStart < t.tokEnd && t.tokEnd < m.tokEnd)) continue;
      let capitals = true;
      for (let j = t.tokStart; j < m.tokStart && capitals; j++) capitals = startsUpper(doc.tokens[j].text);
      if (!capitals) continue;
      const start = doc.tokens[t.tokStart].start;
      const text = doc.text.slice(start, m.end);
      // the tagger read the front: an organisation stays one ("Food Standards" + "Australia New Zealand")
      ms[k] = { ...m, tokStart: t.tokStart, start, text, base: text, type: t.type === "organization" ? t.type : m.type };
    }
  }
}

/** The tagged mention adds capitalised words to the names inside it, lower-case ones only within ("Rostow am Don"). */
function extendsNames(doc: Document, m: Mention, inner: Mention[]): boolean {
  let extra = 0;
  for (let k = m.tokStart; k < m.tokEnd; k++) {
    const t = doc.tokens[k];
    if (inner.some((n) => n.start <= t.start && t.end <= n.end)) continue;
    if (!startsUpper(t.text) && (k === m.tokStart || k === m.tokEnd - 1)) return false;
    extra++;
  }
  return extra > 0;
}

/** Whether a mention names an entity at all (not "Regierung", "Georgian", "Mobile Netzwerke"). */
export function keep(m: Mention, lx: Lexicon, doc: Document): boolean {
  const t = m.text.trim();
  if (t.length < 2) return false;
  if (lx.generic.has(t) || lx.generic.has(m.base)) return false;
  if (!hasLetter(t)) return false;
  if (m.type !== "organization" && !startsUpper(t) && !NAME_PREFIX_RE.test(t)) return false;
  if (m.prio <= 1 && m.tokEnd - m.tokStart === 1 && isAdjective(lx, t)) return false;
  if (m.prio <= 1 && m.tokEnd - m.tokStart === 1 && isTitleWord(lx, t)) return false;
  // "combat UAVs", "NGOs": the plural of an abbreviation is a common noun
  if (m.prio <= 1 && m.tokEnd - m.tokStart === 1 && /^\p{Lu}{2,}s$/u.test(t)) return false;
  // a statistical span made only of ordinary nouns and adjectives ("Mobile Netzwerke", "Universität")
  // (a name prefix before a capitalised noun names a region: "North Kivu")
  const region = m.tokEnd - m.tokStart > 1 && lx.data.namePrefixWords.includes(doc.tokens[m.tokStart].text);
  if (m.prio <= 1 && !m.weak && !region && !(m.type === "person" && m.tokEnd - m.tokStart > 1)) {
    let common = true;
    const single = m.tokEnd - m.tokStart === 1;
    for (let k = m.tokStart; k < m.tokEnd && common; k++) {
      const w = doc.tokens[k].text;
      common = (isCommonWord(w, doc.lang) || (single && isNounCompound(w, doc.lang))) && !gazetteer().has(w, doc.lang);
    }
    if (common) return false;
  }
  return true;
}

/** Surnames of full person names found elsewhere in the text without the tagger ("Tokajew sagte ..."). */
export function surnameMentions(doc: Document, lx: Lexicon, ms: Mention[]): Mention[] {
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
