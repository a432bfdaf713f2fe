// Places that name organisations: sports clubs in results ("Leeds 2 Liverpool 1", "Chelsea 1-1 Arsenal"), a place
// with a club word ("Borussia Dortmund", "Leeds United") and a place with a team name after it ("Boston Red Sox").
import type { Document } from "../../nlp/document.js";
import type { Lexicon } from "../../nlp/ner/lexicon.js";
import { gazetteer } from "../../geo/gazetteer.js";
import { startsUpper } from "../../nlp/characters.js";
import { tokenMention, type Mention } from "./mention.js";
import { wordSets } from "./vocabulary.js";

/** A match score: "2-1", "1:1", "3–0". */
const SCORE = /^\d{1,2}[-:–]\d{1,2}$/;
/** A score of single digits ("2-1"), for a name without its opponent beside it. */
const GOALS = /^\d[-:–]\d$/;
const isNumber = (w: string | undefined) => !!w && /^\d{1,2}$/.test(w);

/** The mentions with places read as clubs where the evidence says so; a tagged span across a score is split. */
export function placesAsClubs(doc: Document, lx: Lexicon, ms: Mention[]): Mention[] {
  const out = ms.flatMap((m) => splitAtScore(doc, m));
  markResults(doc, lx, out);
  const clubbed = withClubWords(doc, lx, out);
  for (const m of clubbed) if (isTeamName(doc, lx, m)) m.type = "organization";
  return clubbed;
}

/** "Chelsea 1-1 Arsenal" tagged as one name: two clubs. */
function splitAtScore(doc: Document, m: Mention): Mention[] {
  for (let k = m.tokStart + 1; k < m.tokEnd - 1; k++) {
    if (!SCORE.test(doc.tokens[k].text)) continue;
    return [
      { ...tokenMention(doc, { from: m.tokStart, to: k, type: "organization", prio: m.prio }), tagged: m.tagged },
      { ...tokenMention(doc, { from: k + 1, to: m.tokEnd, type: "organization", prio: m.prio }), tagged: m.tagged },
    ];
  }
  return [m];
}

/**
 * Names in a result are clubs: around a score ("Leeds 2-1 Liverpool"), each before a goal count ("Leeds 2
 * Liverpool 1"), a pairing before a score ("Mainz - Köln 2:0") or a town before a score ("beat Liverpool 2-1").
 * A country there is its national team and stays a place.
 */
function markResults(doc: Document, lx: Lexicon, ms: Mention[]): void {
  const toks = doc.tokens, preps = wordSets(lx).preps;
  const club = (m: Mention) => { if (m.type !== "person" && !isCountry(doc, m)) m.type = "organization"; };
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k], b = ms[k + 1];
    // "beat Liverpool 2-1" (not "in Berlin 9:30": after a place preposition it is a clock time)
    if (GOALS.test(toks[a.tokEnd]?.text ?? "") && !preps.has(toks[a.tokStart - 1]?.text ?? "")) club(a);
    if (!b || doc.sentenceAt(a.start) !== doc.sentenceAt(b.start)) continue;
    const between = toks.slice(a.tokEnd, b.tokStart).map((t) => t.text);
    const score = between.length === 1 && SCORE.test(between[0]);
    const table = between.length === 1 && isNumber(between[0]) && isNumber(toks[b.tokEnd]?.text);
    const pairing = between.length === 1 && /^[-–]$/.test(between[0]) && SCORE.test(toks[b.tokEnd]?.text ?? "");
    if (score || table || pairing) { club(a); club(b); }
  }
}

/** The mention names a country ("Spain 2 Italy 1": national teams). */
function isCountry(doc: Document, m: Mention): boolean {
  return gazetteer().lookup(m.base, doc.lang).some((p) => p.kind === "country");
}

/** A place with a club word before or after it is one club: "Borussia Dortmund", "Leeds United", "FC Schalke". */
function withClubWords(doc: Document, lx: Lexicon, ms: Mention[]): Mention[] {
  const clubWords = new Set(lx.data.clubWords);
  if (!clubWords.size) return ms;
  const toks = doc.tokens;
  const drop = new Set<Mention>();
  const out = ms.map((m) => {
    if (m.type !== "location") return m;
    let from = m.tokStart, to = m.tokEnd;
    const sentence = doc.sentenceAt(m.start);
    // in capitals too ("LEEDS UNITED")
    const clubWord = (w: string) => clubWords.has(w) || (w.length > 3 && w === w.toUpperCase() && clubWords.has(w[0] + w.slice(1).toLowerCase()));
    const club = (k: number) => k >= 0 && k < toks.length && clubWord(toks[k].text) && doc.sentenceAt(toks[k].start) === sentence;
    while (club(from - 1)) from--;
    while (club(to)) to++;
    if (from === m.tokStart && to === m.tokEnd) return m;
    for (const o of ms) if (o !== m && o.tokStart >= from && o.tokEnd <= to) drop.add(o);
    return { ...tokenMention(doc, { from, to, type: "organization", prio: Math.max(m.prio, 2) }), tagged: m.tagged };
  });
  return out.filter((m) => !drop.has(m));
}

/**
 * A tagged place that is a known place followed by more capitalised words, none of them a place word: a team or
 * firm named after the place ("Boston Red Sox", "Indianapolis Indians"; not "Gaza City", "Kherson Oblast").
 */
function isTeamName(doc: Document, lx: Lexicon, m: Mention): boolean {
  if (!m.tagged || m.type !== "location" || m.tokEnd - m.tokStart < 2) return false;
  const g = gazetteer(), toks = doc.tokens, words = wordSets(lx);
  if (g.has(m.base, doc.lang) || g.has(m.text, doc.lang)) return false;
  // "in den Stadtteilen Carrefour-Feuille und Savanes Pistaches": a kind of place before it (or its list) names a place
  const sentence = doc.sentenceAt(m.start);
  for (let k = m.tokStart - 1; k >= Math.max(0, m.tokStart - 4) && doc.sentenceAt(toks[k].start) === sentence; k--) if (words.locHeads.has(toks[k].text)) return false;
  for (let k = m.tokEnd - 1; k > m.tokStart; k--) {
    const w = toks[k].text;
    if (!startsUpper(w) || words.locTail.has(w) || g.has(w, doc.lang) || lx.data.namePrefixWords.includes(w)) return false;
    const head = doc.text.slice(m.start, toks[k - 1].end);
    if (g.has(head, doc.lang)) return true;
  }
  return false;
}
