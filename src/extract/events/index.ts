// Extract component for `events`: the main happenings an article reports, coded with ACLED event
// types (Protests, Riots, Battles, Explosions/Remote violence, Violence against civilians,
// Strategic developments), with the day they happened, country, location, actors and fatalities.
//
// Reads: tokens, sentences, layer "time" (attrs {value, type}), layer "entity" (attrs {type,
// entity: index into doc.results.entities}), doc.results.figures (killed counts -> fatalities).
// Writes doc.results.events and layer "event" (one span per event over its first sentence).
//
// Method: cue words from the per-language lexicon (src/lang/<lang>/events.ts) mark mentions; each
// mention has its own day (the time of its clause or sentence, else its paragraph's) and place (the
// town its clause names). Mentions of one kind and country form incidents by day and place
// (incidents.ts): reports of one incident merge, other days and towns stay apart. Background
// (dated long before publication, or only named as what came before) never takes the publication day.
import type { Document } from "../../nlp/document.js";
import type { Event, EventType, Entity, Figure } from "../../schema/index.js";
import { lowerTexts } from "../../nlp/tokenize.js";
import { eventLexicon, candidates, compoundHead, isGoal, type CueDef, type EventLexicon, type Pattern } from "./lexicon.js";
import { matchesAt } from "../../nlp/phrases.js";
import { mentionDay, lastDay, type TimeSpan } from "./day.js";
import { cueByRole, roleNamed } from "./roles.js";
import { countriesByName, placeCountry, isCountryName, isDatelinePlace } from "./places.js";
import { clusterIncidents, placesAgree, type EntityAt, type Group, type Mention } from "./incidents.js";
import { absorb, dropProtestArrests, mergeGenericReports } from "./merge.js";

export { eventLexicon } from "./lexicon.js";

/** Types whose incidents are told apart by place and day. */
const VIOLENT = new Set<EventType>(["Explosions/Remote violence", "Battles", "Violence against civilians"]);
/** At most this many events per article. */
const MAX_EVENTS = 6;
/** Sentences at the start of the text that form the lead (with headlines): a single mention there suffices. */
const LEAD_SENTENCES = 5;
/** Outside the lead an event needs this much cue weight. */
const MIN_WEIGHT_OUTSIDE_LEAD = 2;
/** Outside the lead, an incident this many days before the lead's is a recap unless it has its own dead. */
const RECAP_DAYS = 2;
/** An arrest is a strategic development when a named person stands this close to the cue. */
const PERSON_WINDOW = 8;

/** A cue found in a sentence, before the sentence's checks. */
interface CueAt {
  def: CueDef;
  tok: number;
}

/** Everything the event pass reads from the document, gathered once. */
interface EventContext {
  doc: Document;
  lex: EventLexicon;
  low: string[];
  times: TimeSpan[];
  /** Reported contents (the "claim" layer). */
  contents: { start: number; end: number }[];
  figures: Figure[];
  figureSentences: Set<number | undefined>;
  killedSentences: Set<number | undefined>;
  casualtySentences: Set<number | undefined>;
  /** Entity mentions per sentence. */
  bySentence: EntityAt[][];
  /** Location mentions per country (the first block counts double). */
  countryCount: Map<string, number>;
  mainCountry: string | null;
}

export function extractEvents(doc: Document): void {
  const ctx = eventContext(doc);
  const mentions = cueMentions(ctx);
  const groups = new Map(clusterIncidents(mentions, doc.meta.published?.slice(0, 10) ?? null, (m) => m.sent < LEAD_SENTENCES).map((g) => [g.key, g]));
  mergeGenericReports(groups);
  dropProtestArrests(groups);
  settleProtestsAndRiots(ctx, groups);
  splitViolentIncidents(ctx, groups);
  const ranked = rankGroups(ctx, groups, mentions);
  const events = ranked.map((g) => buildEvent(ctx, g, ranked));
  doc.results.events = events;
  doc.setLayer("event", events.map((e) => ({ start: e.start, end: e.end, label: e.type, attrs: { type: e.type, subType: e.subType, date: e.date, country: e.country } })));
}

function eventContext(doc: Document): EventContext {
  const entities = doc.results.entities ?? [];
  const entitySpans: EntityAt[] = [];
  for (const sp of doc.layer<{ type?: string; entity?: number }>("entity")) {
    const e = typeof sp.attrs.entity === "number" ? entities[sp.attrs.entity] : undefined;
    // "Berlin taz | ...": where the report was filed, not where it happened
    if (e?.type === "location" && isDatelinePlace(doc, sp.start, sp.end)) continue;
    if (e) entitySpans.push({ start: sp.start, end: sp.end, entity: placeCountry(e, doc.lang), index: sp.attrs.entity as number });
  }
  const figures = doc.results.figures ?? [];
  const countryCount = articleCountries(doc, entitySpans);
  let mainCountry: string | null = null;
  for (const [c, n] of countryCount) if (!mainCountry || n > countryCount.get(mainCountry)!) mainCountry = c;
  // entity mentions per sentence (one pass)
  const bySentence: EntityAt[][] = doc.sentences.map(() => []);
  for (const e of entitySpans) {
    const s = doc.sentenceAt(e.start);
    if (s) bySentence[s.i].push(e);
  }
  return {
    doc,
    lex: eventLexicon(doc.lang),
    low: lowerTexts(doc),
    times: doc.layer<{ value?: unknown; type?: unknown }>("time"),
    contents: doc.layer("claim"),
    figures,
    figureSentences: new Set(figures.map((f) => f.sentence)),
    killedSentences: new Set(figures.filter((f) => f.category === "killed").map((f) => f.sentence)),
    casualtySentences: new Set(figures.filter((f) => f.category === "killed" || f.category === "injured").map((f) => f.sentence)),
    bySentence,
    countryCount,
    mainCountry,
  };
}

/** The article's countries: location mentions per country (the first block counts double), else country names. */
function articleCountries(doc: Document, entitySpans: EntityAt[]): Map<string, number> {
  const countryCount = new Map<string, number>();
  const firstBlockEnd = doc.blocks[0]?.end ?? 0;
  for (const e of entitySpans) {
    if (e.entity.type !== "location" || !e.entity.country) continue;
    countryCount.set(e.entity.country, (countryCount.get(e.entity.country) ?? 0) + (e.start < firstBlockEnd ? 2 : 1));
  }
  if (countryCount.size === 0) countriesByName(doc, countryCount);
  return countryCount;
}

const sentenceEntities = (ctx: EventContext, si: number): EntityAt[] => ctx.bySentence[si] ?? [];

/**
 * Where a sentence's happening took place: an actor with a known country ("Kreml"), else a town or
 * region, which names it better than a country name, which is often the actor ("Russia attacked
 * Odesa"), also outside the article's countries ("demonstrierten in Berlin"); among country names
 * the article's countries count, the main country first.
 */
function sentenceCountry(ctx: EventContext, si: number): string | null {
  const { doc, lex, low, countryCount, mainCountry } = ctx;
  const s = doc.sentences[si];
  for (let k = s.tokenStart; k < s.tokenEnd; k++)
    for (const ac of lex.actorCountries) if (matchesAt(low, k, ac.words, false, s.tokenEnd)) return ac.country;
  const isArticleCountry = (c: string) => c === mainCountry || (countryCount.get(c) ?? 0) >= 2;
  let byName: string | null = null;
  for (const e of sentenceEntities(ctx, si)) {
    const c = e.entity.country;
    if (e.entity.type !== "location" || !c) continue;
    const countryName = isCountryName(e.entity, doc.lang);
    // a place the gazetteer placed (it has coordinates); an unplaced one only carries a guessed country
    if (!countryName && e.entity.lat != null) return c;
    if (!countryName || !isArticleCountry(c)) continue;
    if (!byName || (c === mainCountry && byName !== mainCountry)) byName = c;
  }
  return byName ?? mainCountry;
}

/** 1. Cue mentions of every sentence that reports, not supposes ("würde", "could"). */
function cueMentions(ctx: EventContext): Mention[] {
  const mentions: Mention[] = [];
  for (let si = 0; si < ctx.doc.sentences.length; si++) {
    const supposed = supposedClauses(ctx, si);
    if (supposed === true) continue;
    let found = cuesInSentence(ctx, si);
    found.push(...pairCues(ctx, si, found));
    const announced = announcedClauses(ctx, si);
    found = found.filter((f) => !supposed.some(([a, b]) => f.tok >= a && f.tok < b));
    // "kündigte neue Proteste an": no protest yet; "kündigte den Abzug an": a strategic development
    found = found.filter((f) => f.def.type === "Strategic developments" || !announced.some(([a, b]) => f.tok >= a && f.tok < b));
    if (found.length) mentions.push(...sentenceMentions(ctx, si, found));
  }
  return mentions;
}

/** A hypothetical attribute holds for this many tokens after it ("the planned mass rally"). */
const ATTRIBUTE_SPAN = 3;
/** Punctuation that ends a clause ("vowed to punish them, saying four gunmen had been arrested"). */
const CLAUSE_END = new Set([",", ";", ":", "–", "—", "(", ")"]);

/**
 * The token ranges of a sentence that suppose rather than report: the clause of a hypothetical word
 * ("würde", "could", "vowed"); true for the whole sentence under a condition ("falls", "if").
 */
function supposedClauses(ctx: EventContext, si: number): [number, number][] | true {
  const { doc, lex, low } = ctx;
  const s = doc.sentences[si];
  const out: [number, number][] = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (lex.conditionals.has(low[k])) return true;
    // "geplante Proteste": the noun phrase after the attribute
    if (lex.hypotheticalAttributes.has(low[k])) {
      let b = k + 1;
      while (b < Math.min(s.tokenEnd, k + 1 + ATTRIBUTE_SPAN) && !CLAUSE_END.has(low[b])) b++;
      out.push([k, b]);
      continue;
    }
    if (!lex.hypothetical.has(low[k])) continue;
    let a = k, b = k + 1;
    while (a > s.tokenStart && !CLAUSE_END.has(low[a - 1])) a--;
    while (b < s.tokenEnd && !CLAUSE_END.has(low[b])) b++;
    out.push([a, b]);
  }
  return out;
}

/** The clauses of announcement words ("hat neue Proteste angekündigt"). */
function announcedClauses(ctx: EventContext, si: number): [number, number][] {
  const { doc, lex, low } = ctx;
  const s = doc.sentences[si];
  const out: [number, number][] = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (lex.announcements.some((w) => matchesAt(low, k, w, false, s.tokenEnd))) out.push(clauseAround(ctx, si, k));
  return out;
}

/** Cue words and phrases of a sentence, past exclusions ("Protestant") and goals ("für einen Waffenstillstand"). */
function cuesInSentence(ctx: EventContext, si: number): CueAt[] {
  const { doc, lex, low } = ctx;
  const s = doc.sentences[si];
  const found: CueAt[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (lex.excludeFirst.has(low[k]) || lex.excludePrefix.find(low[k])) {
      const x = lex.exclude.find((ph) => matchesAt(low, k, ph, true, s.tokenEnd));
      if (x) { k += x.length - 1; continue; }
    }
    const p = cueAt(ctx, k, s.tokenEnd);
    if (!p) {
      const def = lex.heads.size ? compoundHead(lex, low[k]) : undefined;
      if (def) found.push({ def, tok: k });
      continue;
    }
    // "für einen Waffenstillstand", "for a ceasefire": a goal, not a happening
    if (p.def.type === "Strategic developments" && isGoal(lex, low, k, s.tokenStart)) { k += p.words.length - 1; continue; }
    found.push({ def: p.def, tok: k });
    k += p.words.length - 1;
  }
  return found;
}

/** The cue pattern at token k: a word or phrase, a prefix, or the lemma of the token. */
function cueAt(ctx: EventContext, k: number, end: number): Pattern | undefined {
  const { lex, low, doc } = ctx;
  const phrase = lex.cues.longestAt(low, k, end) ?? lex.cues.prefixOf(low[k]);
  if (phrase) return phrase.value;
  const lemma = doc.tokens[k].lemma;
  return lemma ? lex.cues.wordPhrase(lemma.toLowerCase())?.value : undefined;
}

/** Decisions written as verb + object anywhere in the sentence ("setzt die Gespräche aus"). */
function pairCues(ctx: EventContext, si: number, found: CueAt[]): CueAt[] {
  const { doc, lex, low } = ctx;
  const s = doc.sentences[si];
  const cueTypes = new Set(found.map((f) => f.def.type));
  const out: CueAt[] = [];
  for (const pr of lex.pairs) {
    // a pair yields to a more specific cue of the sentence ("air strike" over "attack on a school")
    if (pr.unless.size && [...cueTypes].some((t) => pr.unless.has(t))) continue;
    let v = -1, n = -1;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (v < 0 && pr.verbIndex.some(low[k], (l) => l.some((w) => matchesAt(low, k, w, true, s.tokenEnd)))) v = k;
      if (n < 0 && pr.nounFirst.has(low[k]) && pr.nouns.some((w) => matchesAt(low, k, w, false, s.tokenEnd))) n = k;
    }
    if (v >= 0 && n >= 0) out.push({ def: pr.def, tok: Math.min(v, n) });
  }
  return out;
}

/** The sentence's cues that stand: arrests need a named person, requests are no happening, background is left out. */
function sentenceMentions(ctx: EventContext, si: number, found: CueAt[]): Mention[] {
  const { doc, lex, low } = ctx;
  const s = doc.sentences[si];
  // counts of arrested people belong to the protest, not to a strategic arrest
  let hasNumber = false;
  for (let k = s.tokenStart; k < s.tokenEnd && !hasNumber; k++) if (/^\d/.test(doc.tokens[k].text)) hasNumber = true;
  if (ctx.figureSentences.has(si)) hasNumber = true;
  const persons = sentenceEntities(ctx, si).filter((e) => e.entity.type === "person");
  let request = false;
  for (let k = s.tokenStart; k < s.tokenEnd && !request; k++) if (lex.requests.some((r) => matchesAt(low, k, r, false, s.tokenEnd))) request = true;
  const country = sentenceCountry(ctx, si);
  const out: Mention[] = [];
  for (const cue of found) {
    // the actors' roles decide the type ("clashes" of protesters and police: a riot)
    const def = cueByRole(lex, low, cue.def, cue.tok, s.tokenStart, s.tokenEnd);
    if (!def) continue;
    const f = { def, tok: cue.tok };
    // a named person arrested; counted or unnamed arrests are kept for now (they may belong to a protest)
    const counted = f.def.requiresPerson && (hasNumber || !personNear(doc, persons, f.tok));
    if (request && f.def.type === "Strategic developments") continue;
    const own = mentionDay(ctx, { sentence: si, token: f.tok, prior: out.length > 0 && coordinated(ctx, out[out.length - 1], f.tok) });
    const m: Mention = { def: f.def, sent: si, tok: f.tok, day: own.day, reportDay: own.reportDay, country, counted, prior: own.prior, background: own.background, place: clausePlace(ctx, si, f.tok, country) };
    // no day of its own: the day its paragraph is about ("Am Samstag demonstrierten Tausende. Die Polizei ...")
    if (!m.day && !m.background && !m.prior) {
      const ref = referenceDay(ctx, si);
      if (ref) Object.assign(m, { day: ref.day, background: ref.background, referenced: true });
    }
    out.push(m);
  }
  return out;
}

/** A cue joined to the prior one before it by a coordinator ("nach Protesten und Unruhen"): named as what came before too. */
function coordinated(ctx: EventContext, before: Mention, tok: number): boolean {
  if (!before.prior || tok - before.tok < 2) return false;
  for (let k = before.tok + 1; k < tok; k++) if (!ctx.lex.coordinators.has(ctx.low[k]) && ctx.low[k] !== ",") return false;
  return true;
}

/** The last day (not month or year) named in the sentences before `si` in its paragraph, with whether it is background. */
function referenceDay(ctx: EventContext, si: number): { day: string | null; background: boolean } | null {
  const { doc } = ctx;
  const block = doc.blockAt(doc.sentences[si].start);
  for (let sj = si - 1; sj >= 0; sj--) {
    const sn = doc.sentences[sj];
    if (!block || sn.start < block.start) break;
    const d = lastDay(ctx, sj);
    if (d) return d;
  }
  return null;
}

/** The token range of the clause around token k ("..., where police shot two people on Saturday"). */
function clauseAround(ctx: EventContext, si: number, k: number): [number, number] {
  const s = ctx.doc.sentences[si];
  let a = k, b = k + 1;
  while (a > s.tokenStart && !CLAUSE_END.has(ctx.low[a - 1])) a--;
  while (b < s.tokenEnd && !CLAUSE_END.has(ctx.low[b])) b++;
  return [a, b];
}

/** The town or region (not a country) the cue's clause names, in the mention's country. */
function clausePlace(ctx: EventContext, si: number, tok: number, country: string | null): Entity | null {
  const [a, b] = clauseAround(ctx, si, tok);
  const { doc } = ctx;
  for (const e of sentenceEntities(ctx, si)) {
    if (e.entity.type !== "location" || isCountryName(e.entity, doc.lang)) continue;
    if (country && e.entity.country && e.entity.country !== country) continue;
    const k = doc.tokenIndexAt(e.start);
    if (k >= a && k < b) return e.entity;
  }
  return null;
}

/** A named person within PERSON_WINDOW tokens of the cue, or around it ("arrested X"). */
function personNear(doc: Document, persons: EntityAt[], tok: number): boolean {
  const at = doc.tokens[tok].start;
  return persons.some((p) => {
    const pk = doc.tokenIndexAt(p.start);
    return Math.abs(pk - tok) <= PERSON_WINDOW || (p.start <= at && at < p.end);
  });
}

/**
 * A demonstration is a protest or a riot: a protest with its own reports beside the violence is an
 * event of its own; else the article's emphasis decides (violence counts double); a protest cue in
 * a sentence that says it turned violent describes the riot ("protests turned violent").
 */
function settleProtestsAndRiots(ctx: EventContext, groups: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    if (g.def.type !== "Riots") continue;
    // the protest of the riot's day and place, a placeless or undated one after those that name them
    const p = [...groups.values()]
      .filter((x) => x.def.type === "Protests" && x.country === g.country && x.background === g.background && (!x.day || !g.day || x.day === g.day) && placesAgree(x.place, g.place))
      .sort((a, b) => Number(a.place?.name !== g.place?.name) - Number(b.place?.name !== g.place?.name) || Number(a.day !== g.day) - Number(b.day !== g.day))[0];
    if (!p) continue;
    const riotSents = new Set(g.mentions.filter((m) => m.def.absorbsProtest).map((m) => m.sent));
    let riotW = g.weight, protW = 0;
    for (const m of p.mentions) if (riotSents.has(m.sent)) riotW += m.def.weight; else protW += m.def.weight;
    // a protest reported on its own beside violence of like weight: two events ("Tausende demonstrierten ... Zusammenstöße mit der Polizei")
    const ownRiot = g.mentions.filter((m) => !m.def.absorbsProtest).reduce((a, m) => a + m.def.weight, 0);
    const riotPlaces = placesIn(ctx, g.mentions.map((m) => m.sent));
    const protestPlaces = placesIn(ctx, p.mentions.filter((m) => !riotSents.has(m.sent)).map((m) => m.sent));
    // protests that turned violent in a town the peaceful reports do not name: another incident
    // so does a riot in a town further down beside a protest the lead tells without a town ("protests in many cities ... in Nordstadt they turned violent")
    const local = g.place !== null && p.place === null && p.mentions.some((m) => inLead(ctx, m)) && !g.mentions.some((m) => inLead(ctx, m));
    const elsewhere = local || (riotPlaces.size > 0 && ![...riotPlaces].some((x) => protestPlaces.has(x)));
    if (protW >= 1 && ((ownRiot >= 1 && ownRiot * 2 >= protW) || elsewhere)) {
      // the protest named in a sentence that calls it violent is the riot's
      const violent = p.mentions.filter((m) => riotSents.has(m.sent));
      if (violent.length) {
        p.mentions = p.mentions.filter((m) => !riotSents.has(m.sent));
        p.weight = protW;
        g.mentions.push(...violent);
      }
      continue;
    }
    if (riotW * 2 >= protW) { absorb(g, p); groups.delete(p.key); }
    else { absorb(p, g); groups.delete(g.key); }
  }
}

/** A mention in the lead: the first sentences or a headline. */
const inLead = (ctx: EventContext, m: Mention) => m.sent < LEAD_SENTENCES || isHeadline(ctx.doc, ctx.doc.sentences[m.sent].start);

/**
 * Violence outside the lead with its own dead, or on another day than the lead's, is another
 * incident of the same type (ACLED codes one event per place and day).
 */
function splitViolentIncidents(ctx: EventContext, groups: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    if (!VIOLENT.has(g.def.type)) continue;
    const leadDay = g.mentions.find((m) => m.day && inLead(ctx, m))?.day ?? null;
    const leadSents = new Set(g.mentions.filter((m) => inLead(ctx, m)).map((m) => m.sent));
    if (!leadSents.size) continue;
    const leadPlaces = placesIn(ctx, [...leadSents]);
    const apart = new Set<number>();
    for (const m of g.mentions) {
      if (inLead(ctx, m) || leadSents.has(m.sent) || m.def.weight < 1) continue;
      // the report that dates an incident the lead leaves undated is part of it ("Nach tagelangen Gefechten ... seit Beginn der Kämpfe am Freitag")
      if (m.day && m.day === g.day && !leadDay) continue;
      // its own dead in a place the lead does not name, or another day
      const elsewhere = [...placesIn(ctx, [m.sent])].some((x) => !leadPlaces.has(x));
      if ((ctx.killedSentences.has(m.sent) && (elsewhere || !leadPlaces.size)) || (m.day && leadDay && m.day !== leadDay)) apart.add(m.sent);
    }
    for (const si of apart) {
      const ms = g.mentions.filter((m) => m.sent === si);
      g.mentions = g.mentions.filter((m) => m.sent !== si);
      const w = ms.reduce((a, m) => a + m.def.weight, 0);
      g.weight -= w;
      const key = `${g.key}|${si}`;
      groups.set(key, { key, def: ms[0].def, country: g.country, mentions: ms, weight: w, day: ms.find((m) => m.day)?.day ?? g.day, place: ms.find((m) => m.place)?.place ?? null, background: g.background });
    }
  }
}

/**
 * The events worth reporting, heaviest first, at most MAX_EVENTS, in text order. Outside the lead a
 * full-weight mention is a reported happening of its own when its sentence names the day it happened
 * or its own dead and injured ("On Monday, shelling killed two") (the toll may follow in the next
 * sentence when that one names no happening of its own).
 */
function rankGroups(ctx: EventContext, groups: Map<string, Group>, mentions: Mention[]): Group[] {
  const mentionSents = new Set(mentions.map((m) => m.sent));
  const casualties = ctx.casualtySentences;
  const ownReport = (m: Mention) => m.def.weight >= 1 && ((m.day !== null && !m.referenced) || casualties.has(m.sent) || (casualties.has(m.sent + 1) && !mentionSents.has(m.sent + 1)));
  const all = [...groups.values()];
  return all
    .filter((g) => !g.background && !isRecap(ctx, g, all) && !undatedBefore(ctx, g) && g.weight >= 1 && (g.weight >= MIN_WEIGHT_OUTSIDE_LEAD || g.mentions.some((m) => inLead(ctx, m) || ownReport(m))))
    .map((g) => ({ g, first: Math.min(...g.mentions.map((m) => m.sent)) }))
    .sort((a, b) => b.g.weight - a.g.weight || a.first - b.first)
    .slice(0, MAX_EVENTS)
    .sort((a, b) => a.first - b.first)
    .map((x) => x.g);
}

/**
 * An incident told only outside the lead, days before the lead's and without its own dead, recalls
 * how things began ("Auslöser der Unruhen war vor einer Woche ..."): background, not a reported happening.
 */
function isRecap(ctx: EventContext, g: Group, groups: Group[]): boolean {
  if (!g.day || g.mentions.some((m) => inLead(ctx, m) || ctx.killedSentences.has(m.sent))) return false;
  const leadDays = groups.filter((o) => o.day && !o.background && o.mentions.some((m) => inLead(ctx, m))).map((o) => Date.parse(o.day!));
  return leadDays.length > 0 && Date.parse(g.day) < Math.min(...leadDays) - RECAP_DAYS * 864e5;
}

/** Only named as what came before ("Nach einer Woche von Protesten ...") and dated nowhere: not the publication day's happening. */
function undatedBefore(ctx: EventContext, g: Group): boolean {
  return !g.day && g.mentions.every((m) => m.prior) && !leadParagraphDay(ctx, g.mentions);
}

/** The event of a group: day, place, actors, fatalities and its first sentence. */
function buildEvent(ctx: EventContext, g: Group, ranked: Group[]): Event {
  const { doc } = ctx;
  const ms = [...g.mentions].sort((a, b) => a.sent - b.sent || a.tok - b.tok);
  const first = ms[0];
  const sents = [...new Set(ms.map((m) => m.sent))];
  const location = g.place ?? g.mentions.find((m) => m.place)?.place ?? eventLocation(ctx, g, sents);
  const s = doc.sentences[first.sent];
  return {
    type: g.def.type,
    subType: g.def.subType,
    date: g.day ?? eventDate(ctx, ms),
    country: g.country,
    location: location?.name ?? null,
    lat: location?.lat ?? null,
    lon: location?.lon ?? null,
    ...actorsWithRoles(ctx, sents),
    fatalities: eventFatalities(ctx, g, sents, ranked),
    text: doc.sentenceText(s),
    sentence: first.sent,
    start: s.start,
    end: s.end,
  };
}

/**
 * The day of the first dated mention in the lead; else the first mention's; else the first day the
 * lead paragraph names after it ("Bei einem Angriff ... In der Nacht zum Dienstag drangen ..."); else
 * publication. A first mention named as what came before ("after a massacre") takes the first
 * dated mention's day further down before the lead paragraph's.
 */
function eventDate(ctx: EventContext, ms: Mention[]): string | null {
  const pub = ctx.doc.meta.published?.slice(0, 10) ?? null;
  const dated = ms.find((m) => m.day && inLead(ctx, m));
  const before = ms[0].prior ? ms.find((m) => m.day)?.day : undefined;
  return dated?.day ?? ms[0].day ?? before ?? leadParagraphDay(ctx, ms) ?? pub;
}

function leadParagraphDay(ctx: EventContext, ms: Mention[]): string | null {
  for (const m of ms) {
    if (!inLead(ctx, m)) break;
    const d = paragraphDay(ctx, m);
    if (d) return d;
  }
  return null;
}

/** The first day named later in the mention's paragraph, inside the lead (null when that sentence is background). */
function paragraphDay(ctx: EventContext, m: Mention): string | null {
  const { doc } = ctx;
  const block = doc.blockAt(doc.sentences[m.sent].start);
  for (let si = m.sent + 1; si < doc.sentences.length && si < LEAD_SENTENCES; si++) {
    const sn = doc.sentences[si];
    if (block && sn.start >= block.end) break;
    const { day, background } = mentionDay(ctx, { sentence: si, token: sn.tokenStart });
    if (background) return null;
    if (day) return day;
  }
  return null;
}

/** The towns and regions (not countries) the sentences name, those with a known country. */
function placesIn(ctx: EventContext, sents: number[]): Set<string> {
  const out = new Set<string>();
  for (const si of sents)
    for (const e of sentenceEntities(ctx, si)) if (e.entity.type === "location" && e.entity.country && !isCountryName(e.entity, ctx.doc.lang)) out.add(e.entity.name);
  return out;
}

/** The first named place in the event's sentences that is not the country itself. */
function eventLocation(ctx: EventContext, g: Group, sents: number[]): Entity | null {
  for (const si of sents) {
    for (const e of sentenceEntities(ctx, si)) {
      if (e.entity.type !== "location") continue;
      if (g.country && e.entity.country && e.entity.country !== g.country) continue;
      if (isCountryName(e.entity, ctx.doc.lang)) continue;
      return e.entity;
    }
  }
  return null;
}

/** The first five actors and the role each plays ("Demonstranten": protesters; "Polizei": police). */
function actorsWithRoles(ctx: EventContext, sents: number[]): { actors: string[]; actorRoles: (string | null)[] } {
  const found = eventActors(ctx, sents).slice(0, 5);
  const roles = [...ctx.lex.roles.keys()];
  return { actors: found.map((a) => a.text), actorRoles: found.map((a) => roles.find((r) => roleNamed(ctx.lex, ctx.low, r, a.tok, a.tok + a.len)) ?? null) };
}

/** Actor phrases of the event's sentences, each once ("security forces", "Demonstranten"), with their tokens. */
function eventActors(ctx: EventContext, sents: number[]): { text: string; tok: number; len: number }[] {
  const { doc, lex, low } = ctx;
  const actors: { text: string; tok: number; len: number }[] = [];
  for (const si of sents) {
    const s = doc.sentences[si];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      let a: string[] | undefined;
      for (const l of candidates(lex.actorIndex, low[k])) { a = l.find((x) => matchesAt(low, k, x, true, s.tokenEnd)); if (a) break; }
      if (!a) continue;
      const text = doc.text.slice(doc.tokens[k].start, doc.tokens[k + a.length - 1].end);
      if (!actors.some((x) => x.text.toLowerCase() === text.toLowerCase())) actors.push({ text, tok: k, len: a.length });
      k += a.length - 1;
    }
  }
  return actors;
}

/**
 * The toll stands in an event's sentence or in the one right after it ("At least 23 people were killed ...")
 * (not when that next sentence reports another event: "... Kämpfe an. In X wurde ein Ehepaar durch Beschuss getötet").
 */
function eventFatalities(ctx: EventContext, g: Group, sents: number[], ranked: Group[]): number | null {
  const own = new Set(sents);
  const others = new Set<number>();
  for (const o of ranked) if (o !== g) for (const m of o.mentions) others.add(m.sent);
  const tollSents = new Set(sents.flatMap((si) => (own.has(si + 1) || !others.has(si + 1) ? [si, si + 1] : [si])));
  let fatalities: number | null = null;
  for (const f of ctx.figures) if (f.category === "killed" && f.sentence !== undefined && tollSents.has(f.sentence)) fatalities = Math.max(fatalities ?? 0, f.value);
  return fatalities;
}
/** Headline-like block: a title/heading, or one short line without final sentence punctuation. */
function isHeadline(doc: Document, offset: number): boolean {
  const b = doc.blockAt(offset);
  if (!b) return false;
  if (b.role === "title" || b.role === "heading" || b.role === "kicker" || b.role === "teaser") return true;
  if (b.role !== "paragraph") return false;
  const t = doc.text.slice(b.start, b.end).trim();
  return t.length < 200 && !/[.!?…:]["“”»«’']?$/.test(t) && !t.includes("\n");
}

