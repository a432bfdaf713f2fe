// Alert rules: what the articles not yet checked ("fresh") change in the situation picture.
//   new-story           a story all of whose articles are fresh
//   figure              a fresh point in a figure series of a story that was known ("killed · people · UA · running total: at least 14, was 12")
//   contradiction       a figure contradiction one side of which is fresh
//   incident            an incident (event type in a country) only fresh articles report
//   unverifiable-claim  a claim, only in fresh articles, that they mark as unverifiable
// Pure: alertDrafts(situation, articles, fresh) -> drafts with evidence spans; evidenceSentence
// widens a span to its sentence. src/jobs/alerts.ts runs them when articles are stored.
import { createHash } from "node:crypto";
import type { AlertDraft, AlertKind, SituationArticle, Story, StoryEvent, TimelineEntry, Situation, Qualifier } from "../schema/index.js";

const QUALIFIER_WORDS: Record<Qualifier, string> = { exact: "", at_least: "at least ", more_than: "more than ", up_to: "up to ", about: "about ", less_than: "fewer than " };

interface Span {
  article: string;
  start: number;
  end: number;
}

/** The alerts the fresh articles raise in this situation (built over old and fresh articles together). */
export function alertDrafts(situation: Situation, articles: SituationArticle[], fresh: Set<string>): AlertDraft[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: AlertDraft[] = [];
  for (const story of situation.stories) {
    const ids = story.articles.map((a) => a.id);
    if (!ids.some((id) => fresh.has(id))) continue;
    const known = ids.some((id) => !fresh.has(id));
    const make = (kind: AlertKind, key: unknown[], title: string, span: Span, type: string | null = null, country: string | null = story.countries[0] ?? null): AlertDraft => ({
      id: alertId(kind, key),
      kind,
      title,
      story: story.id,
      storyTitle: story.title,
      type,
      country,
      evidence: span,
    });
    if (!known) out.push(make("new-story", [ids], newStoryTitle(story), leadSpan(byId.get(ids[0]!)!)));
    else out.push(...figurePoints(story, byId, fresh, make));
    out.push(...contradictions(story, byId, fresh, make));
    for (const ev of story.events) {
      const reports = ev.articles?.length ? ev.articles : [ev.article];
      if (!reports.every((id) => fresh.has(id))) continue;
      out.push(make("incident", [ev.article, ev.type, ev.date, ev.location, ev.country], incidentTitle(ev), { article: ev.article, start: ev.start, end: ev.end }, ev.type, ev.country ?? null));
    }
    for (const c of story.claims) {
      if (c.status !== "unverifiable" || !c.articles.every((id) => fresh.has(id))) continue;
      const span = claimSpan(c.text, c.articles, byId);
      if (span) out.push(make("unverifiable-claim", [span.article, c.text], `Unverifiable claim (${c.sources.join(", ") || "unnamed source"}): ${clip(c.text, 160)}`, span));
    }
  }
  return out;
}

type Make = (kind: AlertKind, key: unknown[], title: string, span: Span, type?: string | null, country?: string | null) => AlertDraft;

function figurePoints(story: Story, byId: Map<string, SituationArticle>, fresh: Set<string>, make: Make): AlertDraft[] {
  const out: AlertDraft[] = [];
  for (const series of story.series ?? []) {
    const old = series.points.filter((e) => !fresh.has(e.article));
    series.points.forEach((e, k) => {
      if (!fresh.has(e.article) || !byId.has(e.article)) return;
      // the same value from the same originator is a repetition, not a new point
      if (old.some((o) => o.value === e.value && o.qualifier === e.qualifier && (o.originator ?? o.source) === (e.originator ?? e.source))) return;
      // the value before it in the series, whether checked in an earlier round or in this one ("17, was 14")
      const before = series.points.slice(0, k).filter((o) => o.article !== e.article).at(-1);
      const was = before ? `, was ${amount(before)} (${[before.source ?? before.outlet, before.date].filter(Boolean).join(", ")})` : " (a new series)";
      const status = e.status ? ` (${e.status})` : "";
      out.push(make("figure", [e.article, series.id, e.value, e.qualifier, e.source], `${series.label} in ${story.title}: ${amount(e)}${e.subject ? ` ${e.subject}` : ""}${status}, per ${e.source ?? e.outlet ?? "the article"}${was}`, { article: e.article, start: e.start, end: e.end }, series.category));
    });
  }
  return out;
}

function contradictions(story: Story, byId: Map<string, SituationArticle>, fresh: Set<string>, make: Make): AlertDraft[] {
  const out: AlertDraft[] = [];
  for (const series of story.series ?? [])
    for (const c of series.contradictions) {
      const side = fresh.has(c.b.article) ? c.b : fresh.has(c.a.article) ? c.a : null;
      if (!side) continue;
      const span = figureSpan(side, series.category, byId);
      if (span) out.push(make("contradiction", [c.a.article, c.b.article, series.id, c.a.value, c.b.value], `Contradiction in ${story.title} (${series.label}): ${c.reason}`, span, series.category));
    }
  return out;
}

function amount(e: Pick<TimelineEntry, "qualifier" | "value">): string {
  return `${QUALIFIER_WORDS[e.qualifier] ?? ""}${e.value}`;
}

function newStoryTitle(s: Story): string {
  const where = s.countries.length ? ` (${s.countries.join(", ")})` : "";
  return `New story: ${s.title}${where}, ${s.articles.length} article${s.articles.length === 1 ? "" : "s"}`;
}

function incidentTitle(ev: StoryEvent): string {
  const place = [ev.location, ev.country].filter(Boolean).join(", ");
  return `${ev.subType ?? ev.type}${place ? ` in ${place}` : ""}${ev.date ? ` on ${ev.date}` : ""}${ev.fatalities ? `, ${ev.fatalities} dead` : ""}`;
}

/** Where the figure of a timeline entry stands in its article. */
function figureSpan(e: TimelineEntry, category: string, byId: Map<string, SituationArticle>): Span | null {
  const f = byId.get(e.article)?.figures.find((x) => x.category === category && x.value === e.value && (e.text === undefined || x.text === e.text));
  return f ? { article: e.article, start: f.start, end: f.end } : null;
}

function claimSpan(text: string, articles: string[], byId: Map<string, SituationArticle>): Span | null {
  for (const id of articles) {
    const claims = byId.get(id)?.claims ?? [];
    const c = claims.find((x) => x.text === text) ?? claims.find((x) => x.unverified);
    if (c) return { article: id, start: c.start, end: c.end };
  }
  return null;
}

/** The lead of a new story's first article: its first figure, claim or event, else its opening. */
function leadSpan(a: SituationArticle): Span {
  const first = [...a.figures, ...a.claims].sort((x, y) => x.start - y.start)[0] ?? a.events[0];
  return first ? { article: a.id, start: first.start, end: first.end } : { article: a.id, start: 0, end: 0 };
}

/** The sentence around a span ("Bei einem Angriff ... getötet worden."), from the extraction's sentences. */
export function evidenceSentence(x: { text: string; sentences: { start: number; end: number; text: string }[] }, start: number, end: number): { start: number; end: number; text: string } {
  const s = x.sentences.find((t) => t.start <= start && start < t.end) ?? x.sentences[0];
  if (s) return { start: s.start, end: s.end, text: s.text };
  const stop = Math.max(end, Math.min(x.text.length, start + 200));
  return { start, end: stop, text: x.text.slice(start, stop) };
}

function alertId(kind: AlertKind, key: unknown[]): string {
  return createHash("sha256").update(JSON.stringify([kind, ...key])).digest("hex").slice(0, 16);
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}
