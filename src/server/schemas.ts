// zod schemas of the API's own objects (requests and responses around the contract types of
// src/schema). The OpenAPI document is generated from these and from src/schema.
import { z } from "zod";
import { ArticleRecord, Lang } from "../schema/index.js";

export const ErrorBody = z
  .object({ error: z.object({ code: z.string().describe("machine-readable error code"), message: z.string() }) })
  .describe("every API error");

export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  language: Lang,
  published: z.string().nullable(),
  story: z.string().nullable().optional().describe("id of the story the article belongs to"),
  counts: z
    .object({ entities: z.number().int(), figures: z.number().int(), claims: z.number().int(), events: z.number().int() })
    .partial()
    .optional(),
  snippet: z.string().nullable().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleList = z.object({ total: z.number().int(), items: z.array(ArticleSummary) });

export const AddResult = z.object({
  status: z.enum(["new", "duplicate"]),
  id: z.string(),
  article: ArticleSummary,
  warnings: z.array(z.string()).optional(),
});
export type AddResult = z.infer<typeof AddResult>;

export const JobState = z.enum(["queued", "running", "done", "failed"]);
export const Job = z.object({
  id: z.string(),
  kind: z.string().describe("batch, feed, url ..."),
  state: JobState,
  total: z.number().int().nullable(),
  done: z.number().int(),
  new: z.number().int(),
  duplicate: z.number().int(),
  failed: z.number().int(),
  errors: z.array(z.object({ item: z.string(), message: z.string() })),
  articles: z.array(z.string()).describe("ids of the articles stored by the job"),
  message: z.string().nullable().optional(),
  created: z.string(),
  finished: z.string().nullable().optional(),
});
export type Job = z.infer<typeof Job>;
export const JobAccepted = z.object({ job: Job });

export const BatchRequest = z.object({ articles: z.array(ArticleRecord).min(1) });

export const FeedRequest = z.object({ url: z.string().url(), title: z.string().optional() });
export const Feed = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable().optional(),
  added: z.string().nullable().optional(),
  lastPolled: z.string().nullable().optional(),
  error: z.string().nullable().optional().describe("the last fetch's error, if it failed"),
});
export type Feed = z.infer<typeof Feed>;

export const StorySummary = z.object({
  id: z.string(),
  title: z.string(),
  articles: z.number().int().describe("number of articles"),
  first: z.string().nullable().optional(),
  last: z.string().nullable().optional(),
  places: z.array(z.string()).optional(),
  countries: z.array(z.string()).optional(),
});
export type StorySummary = z.infer<typeof StorySummary>;

export const Health = z.object({
  ok: z.boolean(),
  version: z.string(),
  store: z.string(),
  articles: z.number().int().nullable(),
  readsOpen: z.boolean(),
});
