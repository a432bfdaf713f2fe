// Shapes the page reads from the API (structural, so the page tolerates added fields).
import type { EntityType, Event, Qualifier } from "../schema/index.js";

export interface TimelineEntryLike {
  date: string | null;
  value: number;
  qualifier: Qualifier;
  source: string | null;
  outlet: string | null;
  article: string;
  subject?: string | null;
  text?: string;
  copies?: number;
}

export interface FigureTimelineLike {
  category: string;
  timeline: TimelineEntryLike[];
  latest?: TimelineEntryLike[];
  contradictions?: { a: TimelineEntryLike; b: TimelineEntryLike; reason: string }[];
}

export interface StoryArticleLike {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string;
  syndication?: string | null;
}

export interface StoryEntityLike {
  key: string;
  name: string;
  type: EntityType;
  names: string[];
  articles: number;
  roles?: string[];
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface StoryClaimLike {
  text: string;
  sources: string[];
  independentSources: number;
  status: string;
  articles: string[];
  mode?: string;
  contradictedBy?: string[];
}

export interface StoryLike {
  id: string;
  title: string;
  articles: StoryArticleLike[];
  entities: StoryEntityLike[];
  figures: FigureTimelineLike[];
  claims: StoryClaimLike[];
  events: (Event & { article?: string })[];
}

export interface StorySummaryLike {
  id: string;
  title: string;
  articles: number;
  first?: string | null;
  last?: string | null;
  countries?: string[];
}

export interface JobLike {
  id: string;
  kind: string;
  state: "queued" | "running" | "done" | "failed";
  total: number | null;
  done: number;
  new: number;
  duplicate: number;
  failed: number;
  errors: { item: string; message: string }[];
  articles: string[];
  message?: string | null;
}
