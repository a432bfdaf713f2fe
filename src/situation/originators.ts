// Originators: who a report goes back to. Corroboration counts originators, never copies:
// four outlets printing one dpa text are one source (the agency), two outlets quoting the same
// ministry are one source (the speaker).
import type { SituationArticle } from "../schema/index.js";
import { normaliseName } from "../text/names.js";

/** Credit pieces for comparison ("AFP/dpa" -> afp, dpa). */
export function creditPieces(credits: string[]): Set<string> {
  const out = new Set<string>();
  for (const c of credits) for (const p of c.split(/[\/,;&|+]/)) {
    const n = normaliseName(p);
    if (n) out.add(n);
  }
  return out;
}

/** Who an article's own text goes back to: a label to show and a key to count by. */
export interface Originator { key: string; label: string }

/**
 * The originator of each article: the agency behind a syndication group (the credit every copy
 * shares: "dpa", "dpa/AFP", "dpa" -> dpa), else the group itself; an article of its own is its outlet's.
 */
export function articleOriginators(arts: SituationArticle[], syn: (string | null)[]): Originator[] {
  const groupCredits = new Map<string, Map<string, string>>();
  arts.forEach((a, i) => {
    const g = syn[i];
    if (!g) return;
    const mine = new Map<string, string>();
    for (const c of a.credits) for (const p of c.split(/[\/,;&|+]/)) if (normaliseName(p)) mine.set(normaliseName(p), p.trim());
    const shared = groupCredits.get(g);
    if (!shared) groupCredits.set(g, mine);
    else for (const k of [...shared.keys()]) if (!mine.has(k)) shared.delete(k);
  });
  return arts.map((a, i) => {
    const g = syn[i];
    if (g) {
      const agencies = [...(groupCredits.get(g) ?? new Map<string, string>())].sort((x, y) => x[0].localeCompare(y[0]));
      if (agencies.length === 1) return { key: `agency:${agencies[0]![0]}`, label: agencies[0]![1] };
      return { key: `copy:${g}`, label: a.outlet ?? g };
    }
    if (a.outlet && normaliseName(a.outlet)) return { key: `outlet:${normaliseName(a.outlet)}`, label: a.outlet };
    return { key: `article:${a.id}`, label: a.id };
  });
}

/** The originator of a claim or figure: its speaker ('Innenministerium'), else the article's originator. */
export function statementOriginator(speaker: string | null | undefined, article: Originator): Originator {
  const k = speaker ? normaliseName(speaker) : "";
  return k ? { key: `speaker:${k}`, label: speaker! } : article;
}
