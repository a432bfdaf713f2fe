// Extract component for `events`: the main happenings an article reports, coded with ACLED event
// types (Protests, Riots, Battles, Explosions/Remote violence, Violence against civilians,
// Strategic developments), with the day they happened, country, location, actors and fatalities.
//
// Reads: tokens, sentences, layer "time" (attrs {value, type}), layer "entity" (attrs {type,
// entity: index into doc.results.entities}), doc.results.figures (killed counts -> fatalities).
// Writes doc.results.events and layer "event" (one span per event over its first sentence).
//
// Method: cue words from the per-language lexicon (src/lang/<lang>/events.ts) mark mentions;
// mentions of one type (and, for strategic developments, one kind) in one country form one event.
// The event's day is the day named in the sentence of its first mention, else the publication day;
// mentions dated far before publication are background and ignored.
import type { Document, Lang } from "../../nlp/document.js";
import type { Event, EventType, Entity } from "../../schema/index.js";
import { perLanguage } from "../../lang/registry.js";
import type { EventData } from "../../lang/types.js";
import { gazetteer } from "../../geo/gazetteer.js";
import { PrefixIndex } from "../figures/lexicon.js";
import { lowerTexts } from "../../nlp/tokenize.js";


interface CueDef {
  type: EventType;
  subType: string;
  group: string;
  weight: number;
  requiresPerson: boolean;
  /** A riot cue that calls the protest of its sentence violent ("the protests turned violent"). */
  absorbsProtest: boolean;
}
interface Pattern {
  words: string[];
  lastIsPrefix: boolean;
  def: CueDef;
}
interface EventLexicon {
  byFirst: Map<string, Pattern[]>;
  prefix: PrefixIndex<Pattern>;
  /** First words of excluded phrases, verb and noun pairs (quick rejection). */
  excludeFirst: Set<string>;
  /** One-word exclusions match as prefixes ("protestant" -> "Protestantischer"). */
  excludePrefix: PrefixIndex<true>;
  /** Heads of compounds ("kundgebung" in "Großkundgebung"): head -> cue, with the head lengths. */
  heads: Map<string, CueDef>;
  /** Head + inflection ending, bucketed by the last three letters. */
  headSuffixes: Map<string, { suffix: string; def: CueDef }[]>;
  pairs: { def: CueDef; unless: Set<string>; verbs: string[][]; nouns: string[][]; verbIndex: PrefixIndex<string[][]>; nounFirst: Set<string> }[];
  exclude: string[][];
  hypothetical: Set<string>;
  /** Prepositions that make a strategic cue a goal ("für", "for"), and the articles that may follow them. */
  goalMarkers: Set<string>;
  articles: Set<string>;
  requests: string[][];
  actors: string[][];
  /** Actor phrases indexed by the prefix of their first word. */
  actorIndex: PrefixIndex<string[][]>;
  actorCountries: { words: string[]; country: string }[];
}

const split = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * Phrases bucketed so that a word can find the phrases that may start with it. Single-word phrases
 * are prefixes of the word; the first word of a longer phrase must equal it. Each phrase is stored
 * under its first word, and lookups try both the word's prefix bucket and the exact word.
 */
function phraseIndex(phrases: string[][]): PrefixIndex<string[][]> {
  const idx = new PrefixIndex<string[][]>();
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) byFirst.set(p[0], [...(byFirst.get(p[0]) ?? []), p]);
  for (const [first, list] of byFirst) idx.add(first, list);
  return idx;
}

/** All phrases of the index whose first word is a prefix of `word` (one bucket lookup, then a scan). */
function candidates(idx: PrefixIndex<string[][]>, word: string): string[][][] {
  return idx.findAll(word);
}

function compile(d: EventData): EventLexicon {
  const byFirst = new Map<string, Pattern[]>();
  const prefix = new PrefixIndex<Pattern>();
  const heads = new Map<string, CueDef>();
  const add = (p: Pattern) => {
    if (p.words.length === 1 && p.lastIsPrefix) prefix.add(p.words[0], p);
    else byFirst.set(p.words[0], [...(byFirst.get(p.words[0]) ?? []), p]);
  };
  for (const c of d.cues) {
    const def: CueDef = { type: c.type as EventType, subType: c.subType, group: (c as { group?: string }).group ?? "", weight: c.weight, requiresPerson: Boolean((c as { requiresPerson?: boolean }).requiresPerson), absorbsProtest: Boolean((c as { absorbsProtest?: boolean }).absorbsProtest) };
    for (const w of c.prefixes) add({ words: split(w), lastIsPrefix: true, def });
    for (const w of c.words) add({ words: split(w), lastIsPrefix: false, def });
    for (const w of c.phrases) add({ words: split(w), lastIsPrefix: false, def });
    for (const h of (c as { heads?: string[] }).heads ?? []) heads.set(h, def);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.words.length - a.words.length);
  return {
    byFirst,
    prefix,
    heads,
    headSuffixes: headSuffixTable(heads, ["", ...((d as { headEndings?: string[] }).headEndings ?? [])]),
    pairs: d.pairs.map((p) => ({
      def: { type: p.type as EventType, subType: p.subType, group: p.group ?? "", weight: p.weight, requiresPerson: false, absorbsProtest: false },
      unless: new Set((p as { unless?: string[] }).unless ?? []),
      verbs: p.verbs.map(split),
      nouns: p.nouns.map(split),
      verbIndex: phraseIndex(p.verbs.map(split)),
      nounFirst: new Set(p.nouns.map((x) => split(x)[0])),
    })),
    exclude: d.exclude.map(split),
    excludeFirst: new Set(d.exclude.map((x) => split(x)[0])),
    excludePrefix: d.exclude.map(split).filter((x) => x.length === 1).reduce((idx, x) => (idx.add(x[0], true), idx), new PrefixIndex<true>()),
    hypothetical: new Set(d.hypothetical),
    goalMarkers: new Set((d as { goalMarkers?: string[] }).goalMarkers ?? []),
    articles: new Set((d as { articles?: string[] }).articles ?? []),
    requests: d.requests.map(split),
    actors: d.actors.prefixes.map(split).sort((a, b) => b.length - a.length),
    actorIndex: phraseIndex(d.actors.prefixes.map(split).sort((a, b) => b.length - a.length)),
    actorCountries: Object.entries(d.actorCountries).map(([k, v]) => ({ words: split(k), country: v })),
  };
}

/** The compiled event lexicon of a language, built on first use. */
export const eventLexicon = perLanguage((pack) => compile(pack.events));

/** Background mentions: a day named this many days before publication is not the reported happening. */
const BACKGROUND_DAYS = 14;
/** Types whose incidents are told apart by place and day. */
const VIOLENT = new Set<EventType>(["Explosions/Remote violence", "Battles", "Violence against civilians"]);
/** At most this many events per article. */
const MAX_EVENTS = 6;
/** Sentences at the start of the text that form the lead (with headlines): a single mention there suffices. */
const LEAD_SENTENCES = 5;
/** Outside the lead an event needs this much cue weight. */
const MIN_WEIGHT_OUTSIDE_LEAD = 2;
/** An arrest is a strategic development when a named person stands this close to the cue. */
const PERSON_WINDOW = 8;

function headSuffixTable(heads: Map<string, CueDef>, endings: string[]): Map<string, { suffix: string; def: CueDef }[]> {
  const t = new Map<string, { suffix: string; def: CueDef }[]>();
  for (const [h, def] of heads)
    for (const e of endings) {
      const suffix = h + e;
      const k = suffix.slice(-3);
      t.set(k, [...(t.get(k) ?? []), { suffix, def }].sort((a, b) => b.suffix.length - a.suffix.length));
    }
  return t;
}

/** A cue right after a goal preposition, directly or behind an article ("für einen Waffenstillstand"). */
function isGoal(lex: EventLexicon, low: string[], k: number, sStart: number): boolean {
  if (k - 1 >= sStart && lex.goalMarkers.has(low[k - 1])) return true;
  return k - 2 >= sStart && lex.goalMarkers.has(low[k - 2]) && lex.articles.has(low[k - 1]);
}

/** A compound whose last part is a cue head, with at least three letters before it ("Studentenprotesten"). */
function compoundHead(lex: EventLexicon, w: string): CueDef | undefined {
  if (w.length < 8) return undefined;
  const list = lex.headSuffixes.get(w.slice(-3));
  if (list) for (const x of list) if (w.length - x.suffix.length >= 3 && w.endsWith(x.suffix)) return x.def;
  return undefined;
}

function matchAt(low: string[], k: number, words: string[], lastIsPrefix: boolean, end: number): boolean {
  if (k + words.length > end) return false;
  for (let i = 0; i < words.length; i++) {
    const w = low[k + i];
    if (i === words.length - 1 && lastIsPrefix ? !w.startsWith(words[i]) : w !== words[i]) return false;
  }
  return true;
}

interface Mention {
  def: CueDef;
  sent: number;
  tok: number;
  day: string | null;
  country: string | null;
}

interface EntityAt {
  start: number;
  end: number;
  entity: Entity;
  index: number;
}

const dayOf = (v: string): string | null => (/^\d{4}-\d\d-\d\d/.test(v) ? v.slice(0, 10) : null);
const dayNum = (d: string) => Date.parse(d) / 864e5;

/** The day a mention happened: the time expression of its sentence nearest to the cue. */
function mentionDay(doc: Document, low: string[], times: { start: number; end: number; attrs: { value?: unknown; type?: unknown } }[], sentIdx: number, tok: number): { day: string | null; background: boolean } {
  const s = doc.sentences[sentIdx];
  const cuePos = doc.tokens[tok].start;
  const pub = doc.meta.published ? dayNum(doc.meta.published.slice(0, 10)) : NaN;
  let best: { d: number; day: string } | null = null;
  let background = false;
  for (const t of times) {
    if (t.start < s.start || t.end > s.end) continue;
    const value = String(t.attrs.value ?? "");
    if (t.attrs.type === "DURATION" || t.attrs.type === "SET") continue;
    // English possessive ("Sunday's elections") belongs to the noun after it
    const after = doc.tokenIndexAt(t.end);
    if (after >= 0 && after < s.tokenEnd && (low[after] === "'s" || low[after] === "’s") && (tok < after || tok > after + 3)) continue;
    const day = dayOf(value);
    if (!day) {
      // a month or year long before publication marks the sentence as background ("im November 2019")
      const m = /^(\d{4})(?:-(\d\d))?$/.exec(value);
      if (m && Number.isFinite(pub)) {
        const endOfPeriod = m[2] ? Date.UTC(Number(m[1]), Number(m[2]), 0) / 864e5 : Date.UTC(Number(m[1]), 11, 31) / 864e5;
        // (a month or year that ended before the publication month began is over: "last month", "im Januar")
        const pd = new Date(pub * 864e5);
        const pubMonthStart = Date.UTC(pd.getUTCFullYear(), pd.getUTCMonth(), 1) / 864e5;
        if (endOfPeriod < pub - BACKGROUND_DAYS || endOfPeriod < pubMonthStart) background = true;
      }
      continue;
    }
    const d = Math.abs((t.start + t.end) / 2 - cuePos);
    if (!best || d < best.d) best = { d, day };
  }
  if (best && Number.isFinite(pub)) {
    const n = dayNum(best.day);
    if (n < pub - BACKGROUND_DAYS || n > pub + 1) return { day: null, background: true };
  }
  if (best) return { day: best.day, background: false };
  return { day: null, background };
}

export function extractEvents(doc: Document): void {
  const lex = eventLexicon(doc.lang);
  const tokens = doc.tokens;
  const low = lowerTexts(doc);
  const times = doc.layer<{ value?: unknown; type?: unknown }>("time");
  const entities = doc.results.entities ?? [];
  const entitySpans: EntityAt[] = [];
  for (const sp of doc.layer<{ type?: string; entity?: number }>("entity")) {
    const e = typeof sp.attrs.entity === "number" ? entities[sp.attrs.entity] : undefined;
    if (e) entitySpans.push({ start: sp.start, end: sp.end, entity: placeCountry(e, doc.lang), index: sp.attrs.entity as number });
  }
  const figures = doc.results.figures ?? [];
  const figureSentences = new Set(figures.map((f) => f.sentence));
  const killedSentences = new Set(figures.filter((f) => f.category === "killed").map((f) => f.sentence));
  const casualtySentences = new Set(figures.filter((f) => f.category === "killed" || f.category === "injured").map((f) => f.sentence));

  // the article's countries: location mentions per country (the first block counts double)
  const countryCount = new Map<string, number>();
  const firstBlockEnd = doc.blocks[0]?.end ?? 0;
  for (const e of entitySpans) {
    if (e.entity.type !== "location" || !e.entity.country) continue;
    countryCount.set(e.entity.country, (countryCount.get(e.entity.country) ?? 0) + (e.start < firstBlockEnd ? 2 : 1));
  }
  if (countryCount.size === 0) countriesByName(doc, countryCount);
  let mainCountry: string | null = null;
  for (const [c, n] of countryCount) if (!mainCountry || n > countryCount.get(mainCountry)!) mainCountry = c;
  const isArticleCountry = (c: string) => c === mainCountry || (countryCount.get(c) ?? 0) >= 2;

  // entity mentions per sentence (one pass)
  const bySentence: EntityAt[][] = doc.sentences.map(() => []);
  for (const e of entitySpans) {
    const s = doc.sentenceAt(e.start);
    if (s) bySentence[s.i].push(e);
  }
  const sentenceEntities = (si: number): EntityAt[] => bySentence[si] ?? [];
  const sentenceCountry = (si: number): string | null => {
    const s = doc.sentences[si];
    for (let k = s.tokenStart; k < s.tokenEnd; k++)
      for (const ac of lex.actorCountries) if (matchAt(low, k, ac.words, false, s.tokenEnd)) return ac.country;
    // where it happened: a town or region names it better than a country name, which is often the
    // actor ("Russia attacked Odesa"), also outside the article's countries ("demonstrierten in Berlin");
    // among country names the article's countries count, the main country first
    let byName: string | null = null;
    for (const e of sentenceEntities(si)) {
      const c = e.entity.country;
      if (e.entity.type !== "location" || !c) continue;
      const countryName = isCountryName(e.entity, doc.lang);
      // a place the gazetteer placed (it has coordinates); an unplaced one only carries a guessed country
      if (!countryName && e.entity.lat != null) return c;
      if (!countryName || !isArticleCountry(c)) continue;
      if (!byName || (c === mainCountry && byName !== mainCountry)) byName = c;
    }
    return byName ?? mainCountry;
  };

  // 1. cue mentions
  const mentions: Mention[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    let hypothetical = false;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (lex.hypothetical.has(low[k])) { hypothetical = true; break; }
    if (hypothetical) continue;
    const found: { def: CueDef; tok: number }[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (lex.excludeFirst.has(low[k]) || lex.excludePrefix.find(low[k])) {
        const x = lex.exclude.find((ph) => matchAt(low, k, ph, true, s.tokenEnd));
        if (x) { k += x.length - 1; continue; }
      }
      let p: Pattern | undefined;
      for (const c of lex.byFirst.get(low[k]) ?? []) if (matchAt(low, k, c.words, c.lastIsPrefix, s.tokenEnd)) { p = c; break; }
      if (!p) p = lex.prefix.find(low[k]);
      if (!p && tokens[k].lemma) for (const c of lex.byFirst.get(tokens[k].lemma!.toLowerCase()) ?? []) if (c.words.length === 1) { p = c; break; }
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
    const cueTypes = new Set(found.map((f) => f.def.type));
    for (const pr of lex.pairs) {
      // a pair yields to a more specific cue of the sentence ("air strike" over "attack on a school")
      if (pr.unless.size && [...cueTypes].some((t) => pr.unless.has(t))) continue;
      let v = -1, n = -1;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        if (v < 0 && pr.verbIndex.some(low[k], (l) => l.some((w) => matchAt(low, k, w, true, s.tokenEnd)))) v = k;
        if (n < 0 && pr.nounFirst.has(low[k]) && pr.nouns.some((w) => matchAt(low, k, w, false, s.tokenEnd))) n = k;
      }
      if (v >= 0 && n >= 0) found.push({ def: pr.def, tok: Math.min(v, n) });
    }
    if (!found.length) continue;
    // counts of arrested people belong to the protest, not to a strategic arrest
    let hasNumber = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !hasNumber; k++) if (/^\d/.test(tokens[k].text)) hasNumber = true;
    if (figureSentences.has(si)) hasNumber = true;
    const persons = sentenceEntities(si).filter((e) => e.entity.type === "person");
    let request = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !request; k++) if (lex.requests.some((r) => matchAt(low, k, r, false, s.tokenEnd))) request = true;
    const country = sentenceCountry(si);
    for (const f of found) {
      if (f.def.requiresPerson) {
        if (hasNumber) continue;
        const at = tokens[f.tok].start;
        const near = persons.some((p) => {
          const pk = doc.tokenIndexAt(p.start);
          return Math.abs(pk - f.tok) <= PERSON_WINDOW || (p.start <= at && at < p.end);
        });
        if (!near) continue;
      }
      if (request && f.def.type === "Strategic developments") continue;
      const { day, background } = mentionDay(doc, low, times, si, f.tok);
      if (background) continue;
      mentions.push({ def: f.def, sent: si, tok: f.tok, day, country });
    }
  }

  // 2. one event per type (strategic developments: per kind) and country
  interface Group { key: string; def: CueDef; country: string | null; mentions: Mention[]; weight: number }
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = `${m.def.type}|${m.def.group}|${m.country ?? ""}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, def: m.def, country: m.country, mentions: [], weight: 0 }));
    g.mentions.push(m);
    g.weight += m.def.weight;
  }
  // a demonstration is a protest or a riot: the article's emphasis decides (violence counts double);
  // a protest cue in a sentence that says it turned violent describes the riot ("protests turned violent")
  for (const g of [...groups.values()]) {
    if (g.def.type !== "Riots") continue;
    const p = groups.get(`Protests||${g.country ?? ""}`);
    if (!p) continue;
    const riotSents = new Set(g.mentions.filter((m) => m.def.absorbsProtest).map((m) => m.sent));
    let riotW = g.weight, protW = 0;
    for (const m of p.mentions) if (riotSents.has(m.sent)) riotW += m.def.weight; else protW += m.def.weight;
    if (riotW * 2 >= protW) { g.mentions.push(...p.mentions); groups.delete(p.key); }
    else { p.mentions.push(...g.mentions); groups.delete(g.key); }
  }
  // outside the lead, a full-weight mention is a reported happening of its own when its sentence
  // names the day it happened or its own dead and injured ("On Monday, shelling killed two")
  // (the toll may follow in the next sentence when that one names no happening of its own)
  const mentionSents = new Set(mentions.map((m) => m.sent));
  const ownReport = (m: Mention) => m.def.weight >= 1 && (m.day !== null || casualtySentences.has(m.sent) || (casualtySentences.has(m.sent + 1) && !mentionSents.has(m.sent + 1)));
  const inLead = (m: Mention) => m.sent < LEAD_SENTENCES || isHeadline(doc, doc.sentences[m.sent].start);
  // violence outside the lead with its own dead, or on another day than the lead's, is another
  // incident of the same type (ACLED codes one event per place and day)
  for (const g of [...groups.values()]) {
    if (!VIOLENT.has(g.def.type)) continue;
    const leadDay = g.mentions.find((m) => m.day && inLead(m))?.day ?? null;
    const leadSents = new Set(g.mentions.filter(inLead).map((m) => m.sent));
    if (!leadSents.size) continue;
    const apart = new Set<number>();
    for (const m of g.mentions) {
      if (inLead(m) || leadSents.has(m.sent) || m.def.weight < 1) continue;
      if (killedSentences.has(m.sent) || (m.day && leadDay && m.day !== leadDay)) apart.add(m.sent);
    }
    for (const si of apart) {
      const ms = g.mentions.filter((m) => m.sent === si);
      g.mentions = g.mentions.filter((m) => m.sent !== si);
      const w = ms.reduce((a, m) => a + m.def.weight, 0);
      g.weight -= w;
      const key = `${g.key}|${si}`;
      groups.set(key, { key, def: ms[0].def, country: g.country, mentions: ms, weight: w });
    }
  }
  const ranked = [...groups.values()]
    .filter((g) => g.weight >= 1 && (g.weight >= MIN_WEIGHT_OUTSIDE_LEAD || g.mentions.some((m) => inLead(m) || ownReport(m))))
    .map((g) => ({ g, first: Math.min(...g.mentions.map((m) => m.sent)) }))
    .sort((a, b) => b.g.weight - a.g.weight || a.first - b.first)
    .slice(0, MAX_EVENTS)
    .sort((a, b) => a.first - b.first);

  const pub = doc.meta.published?.slice(0, 10) ?? null;
  const paragraphDay = (m: Mention): string | null => {
    const block = doc.blockAt(doc.sentences[m.sent].start);
    for (let si = m.sent + 1; si < doc.sentences.length && si < LEAD_SENTENCES; si++) {
      const sn = doc.sentences[si];
      if (block && sn.start >= block.end) break;
      const { day, background } = mentionDay(doc, low, times, si, sn.tokenStart);
      if (background) return null;
      if (day) return day;
    }
    return null;
  };
  const leadParagraphDay = (ms: Mention[]): string | null => {
    for (const m of ms) {
      if (!inLead(m)) break;
      const d = paragraphDay(m);
      if (d) return d;
    }
    return null;
  };
  const otherEventSents = (g: { mentions: Mention[] }): Set<number> => {
    const out = new Set<number>();
    for (const { g: o } of ranked) if (o !== g) for (const m of o.mentions) out.add(m.sent);
    return out;
  };
  const events: Event[] = [];
  for (const { g } of ranked) {
    const ms = [...g.mentions].sort((a, b) => a.sent - b.sent || a.tok - b.tok);
    const first = ms[0];
    // the day of the first dated mention in the lead; else the first mention's; else the first day
    // the lead paragraph names after it ("Bei einem Angriff ... In der Nacht zum Dienstag drangen ..."); else publication
    const dated = ms.find((m) => m.day && inLead(m));
    const date = dated?.day ?? first.day ?? leadParagraphDay(ms) ?? pub;
    const sents = [...new Set(ms.map((m) => m.sent))];
    // location: the first named place in the event's sentences that is not the country itself
    let location: Entity | null = null;
    for (const si of sents) {
      for (const e of sentenceEntities(si)) {
        if (e.entity.type !== "location") continue;
        if (g.country && e.entity.country && e.entity.country !== g.country) continue;
        if (isCountryName(e.entity, doc.lang)) continue;
        location = e.entity;
        break;
      }
      if (location) break;
    }
    const actors: string[] = [];
    for (const si of sents) {
      const s = doc.sentences[si];
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        let a: string[] | undefined;
        for (const l of candidates(lex.actorIndex, low[k])) { a = l.find((x) => matchAt(low, k, x, true, s.tokenEnd)); if (a) break; }
        if (!a) continue;
        const text = doc.text.slice(tokens[k].start, tokens[k + a.length - 1].end);
        if (!actors.some((x) => x.toLowerCase() === text.toLowerCase())) actors.push(text);
        k += a.length - 1;
      }
    }
    let fatalities: number | null = null;
    // the toll stands in an event's sentence or in the one right after it ("At least 23 people were killed ...")
    // (not when that next sentence reports another event: "... Kämpfe an. In X wurde ein Ehepaar durch Beschuss getötet")
    const own = new Set(sents);
    const tollSents = new Set(sents.flatMap((si) => (own.has(si + 1) || !otherEventSents(g).has(si + 1) ? [si, si + 1] : [si])));
    for (const f of figures) if (f.category === "killed" && f.sentence !== undefined && tollSents.has(f.sentence)) fatalities = Math.max(fatalities ?? 0, f.value);
    const s = doc.sentences[first.sent];
    events.push({
      type: g.def.type,
      subType: g.def.subType,
      date,
      country: g.country,
      location: location?.name ?? null,
      lat: location?.lat ?? null,
      lon: location?.lon ?? null,
      actors: actors.slice(0, 5),
      fatalities,
      text: doc.sentenceText(s),
      sentence: first.sent,
      start: s.start,
      end: s.end,
    });
  }
  doc.results.events = events;
  doc.setLayer("event", events.map((e) => ({ start: e.start, end: e.end, label: e.type, attrs: { type: e.type, subType: e.subType, date: e.date, country: e.country } })));
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

/** Without location entities: count country names written in the text (gazetteer forms, capitalised words). */
function countriesByName(doc: Document, out: Map<string, number>): void {
  let g: ReturnType<typeof gazetteer>;
  try { g = gazetteer(); } catch { return; }
  const firstBlockEnd = doc.blocks[0]?.end ?? 0;
  for (const t of doc.tokens) {
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const c = g.lookup(t.text, doc.lang).find((p) => p.kind === "country" && p.country);
    if (c?.country) out.set(c.country, (out.get(c.country) ?? 0) + (t.start < firstBlockEnd ? 2 : 1));
  }
}

/**
 * A location whose country the gazetteer knows otherwise: when none of the gazetteer's places of
 * that name lies in the entity's country (a region without coordinates that took the article's
 * main country), the most populous gazetteer place decides ("Gaza" in an article about Israel).
 */
const placeMemo = new WeakMap<Entity, Entity>();
function placeCountry(e: Entity, lang: Lang): Entity {
  if (e.type !== "location" || !e.country) return e;
  const m = placeMemo.get(e);
  if (m) return m;
  let r = e;
  try {
    const cands = gazetteer().lookup(e.name, lang).filter((p) => p.country && !p.supranational);
    if (cands.length && !cands.some((p) => p.country === e.country)) {
      const best = cands.reduce((a, b) => (b.kind === "country" || b.population > a.population ? b : a));
      r = { ...e, country: best.country };
    }
  } catch { /* no gazetteer: keep the entity's country */ }
  placeMemo.set(e, r);
  return r;
}

/** A location entity that names a whole country ("Iran", "Kasachstan"): not a place within it. */
const countryNameMemo = new WeakMap<Entity, boolean>();
function isCountryName(e: Entity, lang: Lang): boolean {
  const m = countryNameMemo.get(e);
  if (m !== undefined) return m;
  const r = lookupCountryName(e, lang);
  countryNameMemo.set(e, r);
  return r;
}
function lookupCountryName(e: Entity, lang: Lang): boolean {
  try {
    return [e.name, ...e.aliases].some((n) => gazetteer().lookup(n, lang).some((p) => p.kind === "country"));
  } catch {
    return false;
  }
}
