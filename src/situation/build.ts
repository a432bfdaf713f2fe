// Story building (first cut: to be replaced by the full grouping in the next commit).
import type { Story } from "../schema/index.js";
import type { SituationArticle } from "../store/index.js";

export interface BuildOptions {
  /** Largest gap in days between linked articles of one story (default 4). */
  windowDays?: number;
}

export function buildStories(articles: SituationArticle[], _opts: BuildOptions = {}): Story[] {
  return articles.map((a) => ({
    id: `s-${a.id}`, title: a.title ?? a.id, start: a.published, end: a.published, countries: [],
    articles: [{ id: a.id, url: a.url, outlet: a.outlet, title: a.title, published: a.published, language: a.language, credits: a.credits, syndication: null }],
    sources: 1, entities: [], figures: [], claims: [], events: a.events.map((e) => ({ ...e, article: a.id })),
  }));
}
