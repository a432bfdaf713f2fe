// Claims across the articles of one story: grouped by content and polarity, with a status. A claim
// reported as denied ("X denied that the police fired first") has the opposite polarity of the claim
// itself, so it contradicts it instead of merging with it; corroboration counts originators.
import type { Claim, ClaimStatus, Lang, SituationArticle, StoryClaim } from "../schema/index.js";
import { normaliseName } from "../text/names.js";
import { UnionFind, words } from "../text/similarity.js";
import { hasLanguage, perLanguage } from "../lang/registry.js";
import { statementOriginator, type Originator } from "./originators.js";

interface LangTables {
  negations: Set<string>;
  stopwords: Set<string>;
  denials: string[][];
}
/** The negation, stop-word and denial tables of a language, built on first use. */
const tablesFor = perLanguage((pack): LangTables => ({
  negations: new Set(pack.situation.negations),
  stopwords: new Set(pack.situation.stopwords),
  denials: pack.situation.denials.map((d) => d.toLowerCase().split(/\s+/).filter(Boolean)),
}));

const tables = (lang: Lang) => tablesFor(hasLanguage(lang) ? lang : "en");

/** Whether a reporting cue denies what it reports ('denied', 'bestritt'; 'wies ... zurück' needs both words). */
export function deniesClaim(cue: string | null | undefined, lang: Lang): boolean {
  if (!cue) return false;
  const cueWords = words(cue);
  return tables(lang).denials.some((entry) => entry.every((piece) => cueWords.some((w) => w.startsWith(piece))));
}

interface ClaimRef { claim: Claim; article: SituationArticle; originator: Originator; tokens: Set<string>; polarity: number; denied: boolean; key: string }

/**
 * Content words and polarity of a claim. The polarity counts negations in the first clause only
 * (up to a semicolon): what follows is often the outlet's comment ("...; a confirmation was not
 * available"), not part of what the source says.
 */
function claimTokens(text: string, lang: Lang): { tokens: Set<string>; polarity: number } {
  const t = tables(lang);
  const tokens = new Set<string>();
  let neg = 0;
  const cut = text.indexOf(";");
  const headWords = cut > 0 ? words(text.slice(0, cut)).length : Infinity;
  let i = 0;
  for (const w of words(text)) {
    if (t.negations.has(w)) {
      if (i++ < headWords) neg++;
      continue;
    }
    i++;
    if (t.stopwords.has(w) || w.length < 2) continue;
    tokens.add(w);
  }
  return { tokens, polarity: neg % 2 };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  const [s, l] = a.size < b.size ? [a, b] : [b, a];
  for (const x of s) if (l.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function claimRefs(arts: SituationArticle[], origins: Originator[]): ClaimRef[] {
  const refs: ClaimRef[] = [];
  arts.forEach((a, i) => {
    for (const c of a.claims) {
      const { tokens, polarity: textPolarity } = claimTokens(c.text, a.language);
      // "X denied that ..." reports the opposite of its content
      const denied = deniesClaim(c.cue, a.language);
      const polarity = denied ? 1 - textPolarity : textPolarity;
      const originator = statementOriginator(c.speaker ?? c.source, origins[i]!);
      refs.push({ claim: c, article: a, originator, tokens, polarity, denied, key: [...tokens].sort().join(" ") + `|${polarity}` });
    }
  });
  return refs;
}

/** Groups claims with the same content and polarity; pairs of similar content and opposite polarity are returned as opposed. */
function groupClaims(refs: ClaimRef[]): { uf: UnionFind; opposed: Array<[number, number]> } {
  const m = refs.length;
  const uf = new UnionFind(m);
  // identical normalised texts
  const exact = new Map<string, number>();
  refs.forEach((r, i) => {
    const j = exact.get(r.key);
    if (j === undefined) exact.set(r.key, i);
    else uf.union(i, j);
  });
  // similar texts (same polarity): candidates share a token; common tokens are skipped
  const post = new Map<string, number[]>();
  refs.forEach((r, i) => {
    for (const t of r.tokens) {
      const p = post.get(t);
      if (p) p.push(i);
      else post.set(t, [i]);
    }
  });
  const cap = Math.max(20, Math.floor(m / 4));
  const tried = new Set<number>();
  const opposed: Array<[number, number]> = [];
  for (const p of post.values()) {
    if (p.length < 2 || p.length > cap) continue;
    for (let x = 0; x < p.length; x++)
      for (let y = x + 1; y < p.length; y++) {
        const i = p[x]!, j = p[y]!;
        const code = i * m + j;
        if (tried.has(code)) continue;
        tried.add(code);
        if (jaccard(refs[i]!.tokens, refs[j]!.tokens) < 0.6) continue;
        if (refs[i]!.polarity === refs[j]!.polarity) uf.union(i, j);
        else opposed.push([i, j]);
      }
  }
  return { uf, opposed };
}

/** Whether a claim's span holds a figure that is contradicted ("article:start" keys). */
function holdsContradictedFigure(r: ClaimRef, contradictedFigures: Set<string>): boolean {
  for (const key of contradictedFigures) {
    const [aid, start] = key.split(":");
    if (aid === r.article.id && Number(start) >= r.claim.start && Number(start) < r.claim.end) return true;
  }
  return false;
}

/** Who says it: the named speakers, else the outlet; each name once. */
function sourceNames(group: ClaimRef[]): string[] {
  const sources: string[] = [];
  const seen = new Set<string>();
  for (const r of group) {
    const s = r.claim.speaker ?? r.claim.source ?? r.article.outlet;
    const k = s ? normaliseName(s) : "";
    if (k && !seen.has(k)) {
      seen.add(k);
      sources.push(s!);
    }
  }
  return sources;
}

export function storyClaims(arts: SituationArticle[], origins: Originator[], contradictedFigures: Set<string>): StoryClaim[] {
  const refs = claimRefs(arts, origins);
  const { uf, opposed } = groupClaims(refs);
  const groups = new Map<number, ClaimRef[]>();
  refs.forEach((r, i) => {
    const root = uf.find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  const contraGroups = new Map<number, Set<number>>();
  for (const [i, j] of opposed) {
    const a = uf.find(i), b = uf.find(j);
    if (a === b) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      if (!contraGroups.has(x)) contraGroups.set(x, new Set());
      contraGroups.get(x)!.add(y);
    }
  }
  const out: StoryClaim[] = [];
  for (const [root, g] of groups) {
    const first = g[0]!;
    const originators = new Map(g.map((r) => [r.originator.key, r.originator.label]));
    const opposedBy = contraGroups.get(root);
    let status: ClaimStatus;
    if (opposedBy?.size || g.some((r) => holdsContradictedFigure(r, contradictedFigures))) status = "contradicted";
    else if (originators.size >= 2) status = "corroborated";
    else if (g.some((r) => r.claim.unverified)) status = "unverifiable";
    else status = "single-source";
    const claim: StoryClaim = {
      text: first.claim.text,
      sources: sourceNames(g),
      originators: [...originators.values()],
      independentSources: originators.size,
      status,
      articles: [...new Set(g.map((r) => r.article.id))],
      mode: first.claim.mode,
    };
    if (first.denied) claim.denied = true;
    if (opposedBy?.size) claim.contradictedBy = [...opposedBy].map((o) => groups.get(o)![0]!.claim.text);
    out.push(claim);
  }
  return out.sort((a, b) => b.independentSources - a.independentSources || a.text.localeCompare(b.text));
}
