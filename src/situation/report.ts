// The readable situation report (`lagebild situation` without --json).
import type { Situation, Story, TimelineEntry } from "../schema/index.js";

export interface ReportOptions {
  /** Most stories shown (default 20). */
  limit?: number;
  /** Most entities / claims per story (default 8). */
  perStory?: number;
}

const Q: Record<string, string> = { exact: "", at_least: "≥", more_than: ">", up_to: "≤", about: "~", less_than: "<" };

function entry(e: TimelineEntry): string {
  const who = e.source ? `${e.source}${e.outlet ? `, via ${e.outlet}` : ""}` : (e.outlet ?? "unattributed");
  const copies = e.copies && e.copies > 1 ? ` ×${e.copies} copies` : "";
  return `${e.date ?? "????-??-??"}  ${Q[e.qualifier] ?? ""}${e.value}${e.subject ? ` ${e.subject}` : ""}  (${who}${copies})`;
}

export function storyReport(s: Story, opts: ReportOptions = {}): string {
  const per = opts.perStory ?? 8;
  const L: string[] = [];
  const span = s.start === s.end ? (s.start ?? "undated") : `${s.start ?? "?"} – ${s.end ?? "?"}`;
  L.push(`■ ${s.title}`);
  L.push(`  ${s.id} · ${span} · ${s.articles.length} article(s), ${s.sources} independent source(s)${s.countries.length ? ` · ${s.countries.join(", ")}` : ""}`);
  const outlets = [...new Set(s.articles.map((a) => a.outlet).filter((o): o is string => !!o))];
  if (outlets.length) L.push(`  outlets: ${outlets.slice(0, 10).join(", ")}${outlets.length > 10 ? ", …" : ""}`);
  if (s.entities.length) L.push(`  entities: ${s.entities.slice(0, per).map((e) => `${e.name} (${e.articles})`).join(", ")}`);
  for (const f of s.figures) {
    L.push(`  ${f.category}:`);
    for (const e of f.timeline.slice(0, 12)) L.push(`    ${entry(e)}`);
    if (f.timeline.length > 12) L.push(`    … ${f.timeline.length - 12} more`);
    if (f.latest.length > 1) L.push(`    latest per source: ${f.latest.map((e) => `${e.source ?? e.outlet ?? "?"} ${Q[e.qualifier] ?? ""}${e.value} (${e.date ?? "?"})`).join("; ")}`);
    for (const c of f.contradictions.slice(0, 5)) L.push(`    ⚠ contradiction: ${c.reason}`);
  }
  if (s.claims.length) {
    L.push(`  claims:`);
    const ordered = [...s.claims].sort((a, b) => rank(a.status) - rank(b.status) || b.independentSources - a.independentSources);
    for (const c of ordered.slice(0, per)) {
      const text = c.text.length > 140 ? c.text.slice(0, 137) + "…" : c.text;
      L.push(`    [${c.status}${c.independentSources > 1 ? `, ${c.independentSources} sources` : ""}] ${c.sources.join(", ") || "unnamed"}: ${text}`);
    }
    if (s.claims.length > per) L.push(`    … ${s.claims.length - per} more`);
  }
  if (s.events.length) {
    L.push(`  events:`);
    for (const e of s.events.slice(0, per)) L.push(`    ${e.date ?? "?"}  ${e.type}${e.location ? ` · ${e.location}` : ""}${e.country ? ` (${e.country})` : ""}${e.fatalities ? ` · ${e.fatalities} dead` : ""}`);
  }
  return L.join("\n");
}

function rank(s: string): number {
  return ["contradicted", "corroborated", "unverifiable", "single-source"].indexOf(s);
}

export function situationReport(sit: Situation, opts: ReportOptions = {}): string {
  const limit = opts.limit ?? 20;
  const head = `Situation · ${sit.articles} article(s) · ${sit.stories.length} stor${sit.stories.length === 1 ? "y" : "ies"} · ${sit.generated.slice(0, 16).replace("T", " ")} UTC`;
  if (!sit.stories.length) return `${head}\n\n(no stories: ingest articles with \`lagebild ingest PATH\`)\n`;
  const body = sit.stories.slice(0, limit).map((s) => storyReport(s, opts));
  const more = sit.stories.length > limit ? `\n… ${sit.stories.length - limit} more stories (--limit N, or --story ID)` : "";
  return `${head}\n\n${body.join("\n\n")}${more}\n`;
}
