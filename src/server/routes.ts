// The REST API's routes, each declared once: method, path, operationId and the zod schemas of its
// path parameters, query, body and responses. app.ts serves every route through this table
// (mount.ts validates path parameters and queries with these schemas) and openapi.ts builds the
// OpenAPI document from it, so the document lists exactly what the server answers.
import { isCalendarDay } from "../extract/record.js";
import { z } from "zod";
import {
  ALERT_KINDS, AddResult, AlertList, ArticleCorrection, ArticleDetail, PreviewList, ArticleList, ArticleRecord, BatchRequest, ErrorBody, FeedAdded, FeedList, FeedRequest, Health, JobAccepted, JobList, StoryDetail, StoryList,
} from "../schema/index.js";

export type Method = "get" | "post" | "patch" | "delete";

export interface RouteResponse {
  description: string;
  /** Body per media type ("application/json": Health); none for 204. */
  content?: Record<string, z.ZodType>;
}

export interface RouteSpec {
  method: Method;
  /** OpenAPI form: "/api/articles/{id}" (mount.ts turns it into Hono's "/api/articles/:id"). */
  path: `/api/${string}`;
  operationId: string;
  summary: string;
  description?: string;
  /** Path parameters; a value failing its schema is a 400 bad_id. */
  params?: z.ZodObject;
  /** Query parameters; a value failing its schema is a 400 with queryErrors[name] ?? "bad_query". */
  query?: z.ZodObject;
  queryErrors?: Record<string, string>;
  /** Request body per media type (read and validated by the handler with these schemas). */
  body?: Record<string, z.ZodType>;
  responses: Record<string, RouteResponse>;
}

export const EXPORT_FORMATS = ["csv", "acled", "geojson", "jsonl"] as const;
export const CSV_TABLES = ["figures", "claims", "events", "articles", "entities"] as const;
const META_FIELDS = ["url", "outlet", "published", "title", "language"] as const;

const json = (schema: z.ZodType, description: string): RouteResponse => ({ description, content: { "application/json": schema } });
const err = (description: string): RouteResponse => json(ErrorBody, description);
const noContent = (description: string): RouteResponse => ({ description });
const writeErrors = { "401": err("missing or wrong API token"), "413": err("request body too large") };

/** Ids in paths: "3f2a9c0d1e4b5a6f", "b1x2y3abcdef". */
const id = (what: string) => z.object({ id: z.string().regex(/^[\w.:-]{1,128}$/, "malformed id").describe(`id of the ${what}`) });
/** An empty query value counts as absent ("?limit=" is the default limit). */
const absentIfEmpty = (v: unknown) => (v === "" ? undefined : v);
/** A whole-number query parameter within [min, max]: wholeNumber("limit", 1, 500, 50). */
function wholeNumber(name: string, min: number, max: number, dflt: number) {
  const range = `${name} must be between ${min} and ${max}`;
  const digits = z.string().regex(/^\d+$/, `${name} must be a whole number`).transform(Number);
  return z.preprocess(absentIfEmpty, digits.pipe(z.number().int().min(min, range).max(max, range)).default(dflt));
}

/** An optional query day that must exist on the calendar: calendarDay("since") refuses "2022-02-30". */
function calendarDay(name: string) {
  return z.preprocess(absentIfEmpty, z.string().refine(isCalendarDay, `${name} must be a real date YYYY-MM-DD`).optional());
}

const listQuery = z.object({
  q: z
    .preprocess((v) => (typeof v === "string" ? v.trim() || undefined : v), z.string().max(500, "the search query is longer than 500 characters").optional())
    .describe("full-text search over articles and claims"),
  limit: wholeNumber("limit", 1, 500, 50),
  offset: wholeNumber("offset", 0, 1e9, 0),
  story: z.preprocess(absentIfEmpty, z.string().optional()).describe("only articles of this story"),
});

const tableMessage = `table applies to format=csv and is one of ${CSV_TABLES.join(", ")}`;
const exportQuery = z
  .object({
    format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(", ")}` }).default("jsonl"),
    table: z.enum(CSV_TABLES, { error: tableMessage }).optional().describe("which table a CSV export holds (default figures)"),
    story: z.preprocess(absentIfEmpty, z.string().regex(/^[\w.:-]{1,128}$/, "malformed story id").optional()).describe("only this story (csv, acled, geojson)"),
    since: calendarDay("since").describe("only articles published on or after this day YYYY-MM-DD (csv, acled, geojson)"),
    until: calendarDay("until").describe("only articles published on or before this day YYYY-MM-DD (csv, acled, geojson)"),
  })
  .superRefine((q, ctx) => {
    if (q.table !== undefined && q.format !== "csv") ctx.addIssue({ code: "custom", path: ["table"], message: tableMessage });
    for (const key of ["story", "since", "until"] as const) {
      if (q[key] !== undefined && q.format === "jsonl") ctx.addIssue({ code: "custom", path: [key], message: `${key} applies to format csv, acled and geojson; jsonl exports every stored article` });
    }
  });

/** Filters of the alert list and feed: each combination is an alert rule one can subscribe to ("?kind=incident&type=Protests&country=KZ"). */
const alertQuery = z.object({
  after: z.preprocess(absentIfEmpty, z.string().regex(/^\d+$/, "after must be a whole number").transform(Number).optional()).describe("only alerts with a higher seq (the page's badge: alerts since the last one seen)"),
  kind: z.preprocess(absentIfEmpty, z.enum(ALERT_KINDS, { error: `kind must be one of ${ALERT_KINDS.join(", ")}` }).optional()).describe("only this kind of alert"),
  type: z.preprocess(absentIfEmpty, z.string().max(100).optional()).describe("only this figure category or event type ('killed', 'Protests')"),
  country: z.preprocess(absentIfEmpty, z.string().regex(/^[A-Za-z]{2}$/, "country is a two-letter code").optional()).describe("only this country (ISO 3166-1 alpha-2)"),
  story: z.preprocess(absentIfEmpty, z.string().regex(/^[\w.:-]{1,128}$/, "malformed story id").optional()).describe("only alerts of this story"),
  limit: wholeNumber("limit", 1, 500, 50),
  offset: wholeNumber("offset", 0, 1e9, 0),
});

const metaQuery = z.object(Object.fromEntries(META_FIELDS.map((k) => [k, z.string().optional()])));

export const ROUTES = {
  health: {
    method: "get", path: "/api/health", operationId: "getHealth", summary: "server and store status",
    responses: { "200": json(Health, "status") },
  },
  listArticles: {
    method: "get", path: "/api/articles", operationId: "listArticles", summary: "list or search articles",
    query: listQuery,
    responses: { "200": json(ArticleList, "articles, newest first"), "400": err("bad query parameter") },
  },
  addArticles: {
    method: "post", path: "/api/articles", operationId: "addArticles",
    summary: "add articles: one (text, HTML, JSON record, URL) or a batch (JSON array, {articles: [...]}, several uploaded files, a JSONL upload)",
    description:
      "One article is extracted and stored at once (201 new, 200 duplicate). A batch is queued as a job (202); poll GET /api/jobs/{id} for progress. Query parameters url, outlet, published, title, language add metadata to text/plain and text/html bodies.",
    query: metaQuery,
    body: {
      "application/json": z.union([ArticleRecord, BatchRequest, z.array(ArticleRecord)]),
      "text/plain": z.string(),
      "text/html": z.string(),
      "multipart/form-data": z.looseObject({ file: z.array(z.string().meta({ format: "binary" })).optional().describe("the uploaded files (every file field is read)") }),
    },
    responses: {
      "201": json(AddResult, "stored"),
      "200": json(AddResult, "already stored (same URL or content)"),
      "202": json(JobAccepted, "batch queued"),
      "400": err("empty, binary, badly encoded or malformed input"),
      "415": err("unsupported content type or charset"),
      "422": err("the article cannot be processed (e.g. unsupported language)"),
      ...writeErrors,
    },
  },
  previewArticles: {
    method: "post", path: "/api/articles/preview", operationId: "previewArticles",
    summary: "what the reader finds in articles before they are stored: title, outlet, publication day (and where from), language, what is missing",
    description: "Takes the bodies POST /api/articles takes; extracts and stores nothing. Each item's record (an upload decoded) can be sent back to POST /api/articles with the details completed.",
    query: metaQuery,
    body: {
      "application/json": z.union([ArticleRecord, BatchRequest, z.array(ArticleRecord)]),
      "text/plain": z.string(),
      "text/html": z.string(),
      "multipart/form-data": z.looseObject({ file: z.array(z.string().meta({ format: "binary" })).optional() }),
    },
    responses: { "200": json(PreviewList, "one item per article"), "400": err("empty, binary, badly encoded or malformed input"), "415": err("unsupported content type or charset"), ...writeErrors },
  },
  getArticle: {
    method: "get", path: "/api/articles/{id}", operationId: "getArticle", summary: "one article with its extraction",
    params: id("article"),
    responses: { "200": json(ArticleDetail, "the article"), "400": err("malformed id"), "404": err("no such article") },
  },
  updateArticle: {
    method: "patch", path: "/api/articles/{id}", operationId: "updateArticle", summary: "correct an article's title, outlet or publication day",
    description: "The situation (stories, timelines, outlets) follows at once; the extraction is not run again, so times the text gives relative to its day keep their first reading.",
    params: id("article"),
    body: { "application/json": ArticleCorrection },
    responses: { "200": json(ArticleDetail, "the corrected article"), "400": err("malformed id or correction"), "404": err("no such article"), ...writeErrors },
  },
  deleteArticle: {
    method: "delete", path: "/api/articles/{id}", operationId: "deleteArticle", summary: "delete an article",
    params: id("article"),
    responses: { "204": noContent("deleted"), "400": err("malformed id"), "404": err("no such article"), ...writeErrors },
  },
  listJobs: {
    method: "get", path: "/api/jobs", operationId: "listJobs", summary: "recent jobs (batches, feed polls)",
    responses: { "200": json(JobList, "jobs") },
  },
  getJob: {
    method: "get", path: "/api/jobs/{id}", operationId: "getJob", summary: "progress of a job",
    params: id("job"),
    responses: { "200": json(JobAccepted, "the job"), "400": err("malformed id"), "404": err("no such job") },
  },
  listFeeds: {
    method: "get", path: "/api/feeds", operationId: "listFeeds", summary: "list feeds",
    responses: { "200": json(FeedList, "feeds") },
  },
  addFeed: {
    method: "post", path: "/api/feeds", operationId: "addFeed", summary: "add an RSS/Atom feed (and fetch it once as a job)",
    body: { "application/json": FeedRequest },
    responses: { "201": json(FeedAdded, "feed added"), "400": err("bad feed"), ...writeErrors },
  },
  pollFeed: {
    method: "post", path: "/api/feeds/{id}/poll", operationId: "pollFeed", summary: "fetch a feed now (job)",
    params: id("feed"),
    responses: { "202": json(JobAccepted, "queued"), "400": err("malformed id"), "404": err("no such feed"), ...writeErrors },
  },
  removeFeed: {
    method: "delete", path: "/api/feeds/{id}", operationId: "removeFeed", summary: "remove a feed",
    params: id("feed"),
    responses: { "204": noContent("removed"), "400": err("malformed id"), "404": err("no such feed"), ...writeErrors },
  },
  listStories: {
    method: "get", path: "/api/stories", operationId: "listStories", summary: "stories (articles about the same happening)",
    responses: { "200": json(StoryList, "stories") },
  },
  getStory: {
    method: "get", path: "/api/stories/{id}", operationId: "getStory", summary: "the situation of a story: figure timelines, claims with status, entities, events",
    params: id("story"),
    responses: { "200": json(StoryDetail, "the story"), "400": err("malformed id"), "404": err("no such story") },
  },
  listAlerts: {
    method: "get", path: "/api/alerts", operationId: "listAlerts", summary: "alerts: new stories, new figure points and contradictions, new incidents, unverifiable claims",
    description: "Raised when stored articles change the situation; each links to its evidence sentence (article id and offsets). The same filters give the Atom feed /api/alerts.atom.",
    query: alertQuery,
    responses: { "200": json(AlertList, "alerts, newest first"), "400": err("bad query parameter") },
  },
  alertsAtom: {
    method: "get", path: "/api/alerts.atom", operationId: "alertsAtom", summary: "the alerts as an Atom feed (same filters as /api/alerts)",
    query: alertQuery,
    responses: { "200": { description: "Atom 1.0 feed, one entry per alert, linking to the evidence in the article reader", content: { "application/atom+xml": z.string() } }, "400": err("bad query parameter") },
  },
  exportData: {
    method: "get", path: "/api/export", operationId: "exportData", summary: "export everything",
    query: exportQuery,
    queryErrors: { format: "bad_format", table: "bad_table" },
    responses: {
      "200": {
        description: "the export file",
        content: {
          "text/csv": z.string(),
          "application/geo+json": z.looseObject({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) }),
          "application/x-ndjson": z.string().describe("one stored extraction (JSON) per line"),
        },
      },
      "400": err("unknown format or table"),
    },
  },
} satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;
