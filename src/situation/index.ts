// The situation picture: what many reports say together. PUBLIC API (kept stable):
//
//   computeSituation(store, { story?, since?, until? }): Promise<Situation>
//       reads the stored articles and builds the picture (optionally one story only)
//   buildSituation(articles: SituationArticle[], opts?): Situation
//       the pure builder (tests, benchmark): stories, syndication, merged entities,
//       figure timelines with contradictions, claim status, events
//
// Types: Situation, Story, FigureTimeline, TimelineEntry, StoryClaim, ClaimStatus and the input
// SituationArticle in src/schema/index.ts; text similarity and name keys in src/text.
import type { Situation, SituationArticle } from "../schema/index.js";
import type { Store } from "../store/index.js";
import { buildStories, type BuildOptions } from "./build.js";

export type { BuildOptions } from "./build.js";

export interface SituationOptions extends BuildOptions {
  /** Only this story (by id). */
  story?: string;
  /** Only articles published on or after this day (YYYY-MM-DD). */
  since?: string;
  /** Only articles published on or before this day. */
  until?: string;
  /** Only stories with at least this many independent sources. */
  minSources?: number;
}

export function buildSituation(articles: SituationArticle[], opts: SituationOptions = {}): Situation {
  const stories = buildStories(articles, opts);
  return {
    generated: new Date().toISOString(),
    articles: articles.length,
    stories: stories.filter((s) => (!opts.story || s.id === opts.story) && s.sources >= (opts.minSources ?? 0)),
  };
}

export async function computeSituation(store: Store, opts: SituationOptions = {}): Promise<Situation> {
  const articles = await store.loadSituationArticles({ since: opts.since, until: opts.until });
  return buildSituation(articles, opts);
}
