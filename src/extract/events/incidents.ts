// Incidents, not types: the event mentions of one kind and country form one incident per day and
// place. A mention dated in its own sentence opens or joins the incident of its day; a mention
// without a day of its own joins the incident of its paragraph's day, else the first of its kind;
// a mention in another town than an incident's stays apart ("protests in Nordstadt on Monday and
// in Südstadt on Tuesday": two incidents).
import type { Entity } from "../../schema/index.js";
import type { CueDef } from "./lexicon.js";

/** Places further apart than this are different incidents. */
const SAME_PLACE_KM = 25;

export interface EntityAt {
  start: number;
  end: number;
  entity: Entity;
  index: number;
}

export interface Mention {
  def: CueDef;
  /** An arrest of counted people, not of a named person ("40 Menschen festgenommen"). */
  counted?: boolean;
  /** Named as what came before the sentence's time ("after a massacre"). */
  prior?: boolean;
  sent: number;
  tok: number;
  /** The day it happened: its sentence's, else its paragraph's (then `referenced`). */
  day: string | null;
  /** The day comes from an earlier sentence of the paragraph ("Am Samstag ... . Die Polizei ..."). */
  referenced?: boolean;
  /** The day it was reported ("said on Friday that ..."): the incident's day when nothing else dates it. */
  reportDay?: string | null;
  /** Dated long before publication: an incident of the background. */
  background?: boolean;
  /** The town or region its clause names ("protests in Nordstadt"). */
  place?: Entity | null;
  country: string | null;
}

/** The mentions of one incident: one kind, country, day and place. */
export interface Group {
  key: string;
  def: CueDef;
  country: string | null;
  mentions: Mention[];
  weight: number;
  day: string | null;
  place: Entity | null;
  background: boolean;
}

/** The kind of a mention: its type, the group of a strategic development, and its country. */
export const kindOf = (m: Mention): string => `${m.def.type}|${m.def.group}|${m.country ?? ""}`;

const rad = (d: number) => (d * Math.PI) / 180;
function distanceKm(a: Entity, b: Entity): number {
  const [la1, lo1, la2, lo2] = [rad(a.lat!), rad(a.lon!), rad(b.lat!), rad(b.lon!)];
  const h = Math.sin((la2 - la1) / 2) ** 2 + Math.cos(la1) * Math.cos(la2) * Math.sin((lo2 - lo1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Two places of one incident: either unknown, the same, or one without coordinates (a region: "Karakalpakstan" holds "Nukus"). */
export function placesAgree(a: Entity | null | undefined, b: Entity | null | undefined): boolean {
  if (!a || !b || a.name === b.name) return true;
  if (a.lat == null || b.lat == null || a.lon == null || b.lon == null) return true;
  return distanceKm(a, b) <= SAME_PLACE_KM;
}

/** A mention joins an incident; only a mention dated in its own sentence pins the incident's place (an undated one may tell a part of it). */
function addTo(g: Group, m: Mention, pin = true): void {
  g.mentions.push(m);
  g.weight += m.def.weight;
  if (!g.day && m.day) g.day = m.day;
  if (pin && !g.place && m.place) g.place = m.place;
}

function open(groups: Group[], m: Mention): Group {
  const key = `${kindOf(m)}|${groups.length}`;
  const g: Group = { key, def: m.def, country: m.country, mentions: [], weight: 0, day: null, place: null, background: Boolean(m.background) };
  groups.push(g);
  addTo(g, m);
  g.day ??= m.reportDay ?? null;
  return g;
}

/** An undated lead tells of an incident dated in the body only when that day is close to publication ("declares a state of emergency ... took effect on Wednesday"). */
const RECENT_DAYS = 2;
function recent(same: Group[], published: string | null): Group | undefined {
  if (!published) return undefined;
  return same.find((x) => x.day !== null && Math.abs(Date.parse(published) - Date.parse(x.day)) <= RECENT_DAYS * 864e5);
}

/** The incident of the town a mention's clause names: it outweighs a day the mention only takes from its paragraph ("Die Proteste in Nordstadt waren friedlich"). */
function sameTown(groups: Group[], m: Mention): Group | undefined {
  const town = m.place?.name;
  return town ? groups.find((x) => x.key.startsWith(kindOf(m) + "|") && x.background === Boolean(m.background) && x.place?.name === town) : undefined;
}

/**
 * The incidents of the mentions (text order). First the mentions dated in their own sentence: one
 * incident per kind, day and place. Then the rest: a mention dated by its paragraph joins its day's
 * incident or opens one; an undated mention named as what came before ("after the attack") joins the
 * first incident of its kind; another undated mention joins the incident the lead dates, else the publication
 * day's, else (outside the lead) the first of its kind and place; background stays with background.
 */
export function clusterIncidents(mentions: Mention[], published: string | null, inLead: (m: Mention) => boolean): Group[] {
  const groups: Group[] = [];
  const fits = (g: Group, m: Mention) => g.key.startsWith(kindOf(m) + "|") && g.background === Boolean(m.background) && placesAgree(g.place, m.place);
  const ownDay = (m: Mention) => m.day !== null && !m.referenced;
  for (const m of mentions) {
    if (!ownDay(m)) continue;
    const g = groups.find((x) => fits(x, m) && (x.day === m.day || x.day === null));
    if (g) addTo(g, m); else open(groups, m);
  }
  const first = (g: Group) => Math.min(...g.mentions.map((m) => m.sent));
  for (const m of mentions) {
    if (ownDay(m)) continue;
    const same = groups.filter((x) => fits(x, m)).sort((a, b) => first(a) - first(b));
    // named as what came before ("after the massacre"): the incident told of already or further down
    const g = m.prior && !m.day
      ? same[0]
      : m.day
      ? same.find((x) => x.day === m.day || (x.day === null && m.day === published)) ?? sameTown(groups, m)
      : same.find((x) => x.mentions.some((o) => o.day && !o.referenced && inLead(o))) ?? same.find((x) => x.day === published || x.day === null) ?? (inLead(m) ? recent(same, published) : same[0]);
    if (g) addTo(g, m, false); else open(groups, m);
  }
  for (const g of groups) g.mentions.sort((a, b) => a.sent - b.sent || a.tok - b.tok);
  return groups;
}
