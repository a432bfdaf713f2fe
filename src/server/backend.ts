// What the HTTP layer needs from the store and the situation layer. `storeBackend` (adapter.ts)
// implements it on top of src/store and src/situation; the API code only sees this interface.
import type { AlertList, AddResult, ArticleCorrection, ArticleDetail, ArticleList, ArticleRecord, Feed, FeedAdded, Job, StoryDetail, StorySummary } from "../schema/index.js";

import type { EXPORT_FORMATS } from "./routes.js";

export type { ArticleDetail } from "../schema/index.js";

/** "csv", "acled", "geojson" or "jsonl" (the export route's formats). */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Backend {
  /** Name of the store for /api/health, e.g. "pglite" or "postgres". */
  readonly storeName: string;
  /** Extracts and stores one article (text, HTML or JSON record; a URL-only record is fetched). */
  addArticle(record: ArticleRecord): Promise<AddResult>;
  /** Queues many records (or a feed poll) as a job and returns at once. */
  startBatch(records: ArticleRecord[], label?: string): Promise<Job>;
  listArticles(opts: { q?: string; limit: number; offset: number; story?: string }): Promise<ArticleList>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  /** Corrects title, outlet or publication day; null when there is no such article. */
  updateArticle(id: string, fix: ArticleCorrection): Promise<ArticleDetail | null>;
  deleteArticle(id: string): Promise<boolean>;
  countArticles(): Promise<number>;

  listFeeds(): Promise<Feed[]>;
  addFeed(url: string, title?: string): Promise<FeedAdded>;
  removeFeed(id: string): Promise<boolean>;
  pollFeed(id: string): Promise<Job | null>;

  getJob(id: string): Promise<Job | null>;
  listJobs(): Promise<Job[]>;

  listStories(): Promise<StorySummary[]>;
  /** The situation of one story (figures timelines, claims with status, entities, events). */
  getStory(id: string): Promise<StoryDetail | null>;

  /** Alerts, newest first (filters as GET /api/alerts). */
  listAlerts(filter: { after?: number; kind?: AlertList["items"][number]["kind"]; type?: string; country?: string; story?: string; limit: number; offset: number }): Promise<AlertList>;

  /** table: for csv, which table (figures, claims, events, articles, entities; default figures). */
  exportData(format: ExportFormat, table?: string, filter?: { story?: string; since?: string; until?: string }): Promise<{ contentType: string; filename: string; body: string }>;
  close(): Promise<void>;
}
