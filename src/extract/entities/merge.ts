// Merging mentions into entities: identical forms (after inflection), single words into the longer
// name they repeat ("Tokajew" -> "Kassym-Schomart Tokajew"), acronyms and short forms into the full
// organisation name, then each entity's name, aliases, key, roles and place.
import type { Document } from "../../nlp/document.js";
import type { Entity, EntityType } from "../../schema/index.js";
import type { Lexicon } from "../../nlp/ner/lexicon.js";
import { gazetteer, resolvePlace, type Place } from "../../geo/gazetteer.js";
import { isAcronym, startsWithCapital } from "../../nlp/characters.js";
import type { Mention } from "./mention.js";
import { norm, wordSets } from "./vocabulary.js";
import { spellingKey } from "./key.js";

type Gazetteer = ReturnType<typeof gazetteer>;

/** One entity in the making: its mentions and the weight of each type they were given. */
export interface Group {
  entity: Entity;
  mentions: Mention[];
  types: Map<EntityType, number>;
  /** Gazetteer places the group's names may stand for (locations). */
  cands?: Place[];
}

/** The groups so far, found by the comparison form of any of their mentions. */
class Grouping {
  readonly groups: Group[] = [];
  private readonly byNorm = new Map<string, Group>();

  /** The group a name's comparison form already belongs to. */
  find(name: string): Group | undefined {
    return this.byNorm.get(norm(name));
  }

  add(grp: Group, m: Mention): void {
    grp.mentions.push(m);
    grp.types.set(m.type, (grp.types.get(m.type) ?? 0) + (m.prio + 1) + (m.contextual ? 1 : 0));
    this.byNorm.set(norm(m.base), grp);
    this.byNorm.set(norm(m.text), grp);
  }

  fresh(m: Mention): Group {
    const grp: Group = { entity: { name: m.base, type: m.type, aliases: [] }, mentions: [], types: new Map() };
    this.groups.push(grp);
    this.add(grp, m);
    return grp;
  }
}

/** What merging works with. */
interface MergeContext {
  doc: Document;
  lx: Lexicon;
  g: Gazetteer;
  grouping: Grouping;
}

/** The entities of the chosen mentions, in order of their first mention. */
export function mergeMentions(doc: Document, lx: Lexicon, ms: Mention[]): Group[] {
  const ctx: MergeContext = { doc, lx, g: gazetteer(), grouping: new Grouping() };
  const singles = groupIdentical(ctx, ms);
  attachSingleWords(ctx, singles);
  mergeShortOrganisationNames(ctx.grouping);
  const live = ctx.grouping.groups.filter((grp) => grp.mentions.length);
  const context = new Map<string, number>();
  const placeOf = new Map<Group, Place | undefined>();
  for (const grp of live) describeGroup(ctx, grp, context, placeOf);
  for (const grp of live) if (grp.entity.type === "location") placeGroup(ctx, grp, context, placeOf);
  return live.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** 1. Identical forms (after inflection) share a group; returns the single words left for step 2. */
function groupIdentical(ctx: MergeContext, ms: Mention[]): Mention[] {
  const { lx, g, doc, grouping } = ctx;
  const singles: Mention[] = [];
  const allForms = new Set(ms.map((m) => norm(m.text)));
  for (const m of ms) {
    // German genitive of an unknown name that also occurs uninflected: "Tokajews" -> "Tokajew"
    if (m.base === m.text) for (const inf of lx.inflections) {
      if (m.text.length > inf.length + 3 && m.text.endsWith(inf) && allForms.has(norm(m.text.slice(0, -inf.length)))) { m.base = m.text.slice(0, -inf.length); break; }
    }
    const grp = grouping.find(m.base) ?? grouping.find(m.text);
    if (grp) grouping.add(grp, m);
    else if (m.tokEnd - m.tokStart === 1 && !g.has(m.base, doc.lang) && !lx.orgs.has(m.base)) singles.push(m);
    else grouping.fresh(m);
  }
  return singles;
}

/** 2. Single words: part of a longer person name ("Tokajew", "Mahsa") or of a compound/longer org. */
function attachSingleWords(ctx: MergeContext, singles: Mention[]): void {
  const grouping = ctx.grouping;
  const wordsOf = new Map<Mention, string[]>();
  for (const m of singles) {
    const n = norm(m.base);
    let target = grouping.find(m.base);
    if (!target) {
      const cands = grouping.groups.filter((grp) => grp.mentions.some((x) => repeatsPartOf(grp, x, m, n, wordsOf)));
      if (cands.length) {
        // the nearest preceding full name
        cands.sort((a, b) => nearest(b, m) - nearest(a, m));
        target = cands[0];
      }
    }
    if (target) grouping.add(target, m);
    else if (m.prio > 0) grouping.fresh(m);
  }
}

/** The single word m (comparison form n) is the first or last word of the longer name x of group grp. */
function repeatsPartOf(grp: Group, x: Mention, m: Mention, n: string, wordsOf: Map<Mention, string[]>): boolean {
  if (x.tokEnd - x.tokStart < 2 && !x.text.includes("-")) return false;
  let words = wordsOf.get(x);
  if (!words) wordsOf.set(x, (words = norm(x.base).split(" ")));
  if (x.type === "person" || grp.entity.type === "person") return words.length > 1 && (words[words.length - 1] === n || words[0] === n);
  return x.text.startsWith(m.base + "-") || words[words.length - 1] === n && false;
}

/**
 * 3. Organisations named by their acronym in brackets or by initials ("European Union" / "EU"),
 *    and shorter forms of longer organisation names ("Interior Ministry" in "Georgian Interior Ministry").
 */
function mergeShortOrganisationNames(grouping: Grouping): void {
  const groups = grouping.groups;
  for (const a of groups) {
    if (!a.mentions.length || dominant(a) !== "organization") continue;
    for (const b of groups) {
      if (a === b || !b.mentions.length || dominant(b) !== "organization") continue;
      if (!isShortFormOf(a.entity.name, b.entity.name)) continue;
      for (const m of a.mentions) grouping.add(b, m);
      a.mentions = [];
      break;
    }
  }
}

/** "EU" of "European Union" (initials), "Interior Ministry" of "Georgian Interior Ministry", "UN" of "UN Security Council". */
function isShortFormOf(short: string, long: string): boolean {
  const an = norm(short), bn = norm(long);
  const initials = bn.split(" ").filter((w) => w.length > 2 || startsWithCapital(w)).map((w) => w[0]).join("");
  const suffix = bn.endsWith(" " + an) && an.includes(" ");
  return (isAcronym(short) && initials === an && bn.includes(" ")) || suffix || bn.startsWith(an + " ") && an.length > 2 && /^\p{Lu}+$/u.test(short);
}

/** 4. The group's type, name, aliases, key, roles and mentions; for a place its gazetteer candidates. */
function describeGroup(ctx: MergeContext, grp: Group, context: Map<string, number>, placeOf: Map<Group, Place | undefined>): void {
  const { g, doc } = ctx;
  grp.entity.type = dominant(grp);
  const forms = [...new Set(grp.mentions.map((m) => m.text))];
  const bases = [...new Set(grp.mentions.map((m) => m.base))];
  const name = canonicalName(ctx, grp, bases);
  grp.entity.name = name;
  grp.entity.aliases = [...new Set([...forms, ...bases])].filter((f) => f !== name);
  grp.entity.key = spellingKey(name);
  const roles = [...new Set(grp.mentions.flatMap((m) => m.roles))];
  if (roles.length) grp.entity.roles = roles;
  grp.entity.mentions = grp.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text }));
  if (grp.entity.type !== "location") return;
  const { placeSuffix, namePrefix } = wordSets(ctx.lx);
  let cands = bases.flatMap((b) => g.lookup(b, doc.lang).concat(g.lookup(b.replace(placeSuffix, ""), doc.lang)));
  // an unknown name with a prefix: the region or country it is part of ("North Darfur" -> "Darfur"; no town: "North Carolina")
  if (!cands.length) cands = bases.flatMap((b) => g.lookup(b.replace(placeSuffix, "").replace(namePrefix, ""), doc.lang)).filter((c) => c.kind !== "city");
  if (!cands.length) cands = bases.flatMap((b) => g.lookupKey(spellingKey(b), spellingKey));
  const country = cands.find((c) => c.kind === "country");
  if (country) {
    placeOf.set(grp, country);
    context.set(country.country!, (context.get(country.country!) ?? 0) + grp.mentions.length);
  } else placeOf.set(grp, undefined);
  grp.cands = cands;
}

/** Canonical name: the longest base form (full person name, full organisation name); for a place the gazetteer's form. */
function canonicalName(ctx: MergeContext, grp: Group, bases: string[]): string {
  const words = (s: string) => s.split(/\s+/).length;
  const name = bases.reduce((x, y) => (words(y) > words(x) || (words(y) === words(x) && y.length > x.length && grp.entity.type !== "location") ? y : x));
  if (grp.entity.type === "location") return bases.find((b) => ctx.g.has(b, ctx.doc.lang)) ?? bases[0];
  return name;
}

/** Country and coordinates of a place, from its candidates and the article's countries. */
function placeGroup(ctx: MergeContext, grp: Group, context: Map<string, number>, placeOf: Map<Group, Place | undefined>): void {
  const home = ctx.lx.data.homeCountries;
  const cands = grp.cands ?? [];
  let p = placeOf.get(grp) ?? resolvePlace(cands, context, home);
  // a region known without a country ("Gaza") lies in the country of its same-named city
  if (p && !p.country && !p.supranational) p = resolvePlace(cands.filter((c) => c.country), context, home) ?? p;
  if (p && (p.country || p.supranational)) {
    grp.entity.country = p.country;
    if (p.country && p.kind !== "place") grp.entity.placeId = p.kind === "country" ? `country:${p.country}` : `${p.kind}:${p.ref}:${p.country}`;
    grp.entity.lat = p.lat;
    grp.entity.lon = p.lon;
  } else {
    // a place without coordinates: the article's main country, when it talks about one
    const main = [...context.entries()].sort((a, b) => b[1] - a[1])[0];
    if (main) grp.entity.country = main[0];
    else grp.entity.country = null;
  }
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
