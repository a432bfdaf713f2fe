// The OpenAPI 3.1 document of the REST API, generated from the same zod schemas the server and
// the CLI validate with (src/schema: the contract and the API's objects).
import { z } from "zod";
import * as contract from "../schema/index.js";
import * as api from "../schema/index.js";

type Json = Record<string, unknown>;

let cached: Json | undefined;

function components(): Record<string, Json> {
  const reg = z.registry<{ id: string }>();
  const add = (schema: unknown, id: string) => {
    if (schema instanceof z.ZodType && !reg.has(schema)) reg.add(schema, { id });
  };
  add(contract.ArticleRecord, "ArticleRecord");
  add(contract.Extraction, "Extraction");
  add(contract.Article, "Article");
  add(contract.Entity, "Entity");
  add(contract.Figure, "Figure");
  add(contract.Claim, "Claim");
  add(contract.TimeExpr, "TimeExpr");
  add(contract.Event, "Event");
  // the situation schemas come from the store/situation layer's part of src/schema
  const c = contract as unknown as Record<string, unknown>;
  for (const name of ["Situation", "Story", "FigureTimeline", "TimelineEntry", "ClaimStatus", "SituationClaim", "StoryClaim"]) add(c[name], name);
  add(api.ErrorBody, "Error");
  add(api.ArticleSummary, "ArticleSummary");
  add(api.ArticleList, "ArticleList");
  add(api.AddResult, "AddResult");
  add(api.Job, "Job");
  add(api.JobAccepted, "JobAccepted");
  add(api.BatchRequest, "BatchRequest");
  add(api.FeedRequest, "FeedRequest");
  add(api.Feed, "Feed");
  add(api.StorySummary, "StorySummary");
  add(api.Health, "Health");
  const out = z.toJSONSchema(reg, { target: "draft-2020-12", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Json> };
  for (const s of Object.values(out.schemas)) {
    delete s.$schema;
    delete s.$id;
  }
  return out.schemas;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description: string) => ({ description, content: { "application/json": { schema } } });
const err = (description: string) => json(ref("Error"), description);
const idParam = (what: string) => ({ name: "id", in: "path", required: true, schema: { type: "string" }, description: `id of the ${what}` });
const writeErrors = {
  "401": err("missing or wrong API token"),
  "413": err("request body too large"),
};

export function openApiDocument(version: string): Json {
  if (cached) return cached;
  const schemas = components();
  const storyRef = schemas.Story ? ref("Story") : schemas.Situation ? ref("Situation") : { type: "object" };
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Lagebild API",
      version,
      description:
        "Lagebild turns news reports into a sourced situation picture. Writes need `Authorization: Bearer TOKEN` (the token is printed on the server's first start and stored in the data folder, file api-token). Reads are open to loopback clients of a server that listens on loopback only; otherwise reads need the token too, unless the server runs with --open-reads. Errors are JSON: {error: {code, message}}.",
    },
    servers: [{ url: "/" }],
    components: {
      schemas,
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "the API token from the data folder" } },
    },
    security: [{ bearer: [] }, {}],
    paths: {
      "/api/health": { get: { summary: "server and store status", security: [], responses: { "200": json(ref("Health"), "status") } } },
      "/api/articles": {
        get: {
          summary: "list or search articles",
          parameters: [
            { name: "q", in: "query", schema: { type: "string", maxLength: 500 }, description: "full-text search over articles and claims" },
            { name: "story", in: "query", schema: { type: "string" }, description: "only articles of this story" },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 50 } },
            { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 } },
          ],
          responses: { "200": json(ref("ArticleList"), "articles, newest first"), "400": err("bad query parameter") },
        },
        post: {
          summary: "add articles: one (text, HTML, JSON record, URL) or a batch (JSON array, {articles: [...]}, several uploaded files, a JSONL upload)",
          description:
            "One article is extracted and stored at once (201 new, 200 duplicate). A batch is queued as a job (202); poll GET /api/jobs/{id} for progress. Query parameters url, outlet, published, title, language add metadata to text/plain and text/html bodies.",
          parameters: ["url", "outlet", "published", "title", "language"].map((name) => ({ name, in: "query", schema: { type: "string" } })),
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { oneOf: [ref("ArticleRecord"), ref("BatchRequest"), { type: "array", items: ref("ArticleRecord") }] } },
              "text/plain": { schema: { type: "string" } },
              "text/html": { schema: { type: "string" } },
              "multipart/form-data": { schema: { type: "object", properties: { file: { type: "array", items: { type: "string", format: "binary" } } } } },
            },
          },
          responses: {
            "201": json(ref("AddResult"), "stored"),
            "200": json(ref("AddResult"), "already stored (same URL or content)"),
            "202": json(ref("JobAccepted"), "batch queued"),
            "400": err("empty, binary, badly encoded or malformed input"),
            "415": err("unsupported content type or charset"),
            "422": err("the article cannot be processed (e.g. unsupported language)"),
            ...writeErrors,
          },
        },
      },
      "/api/articles/{id}": {
        parameters: [idParam("article")],
        get: { summary: "one article with its extraction", responses: { "200": json({ type: "object", properties: { article: ref("ArticleSummary"), extraction: ref("Extraction") }, required: ["article", "extraction"] }, "the article"), "404": err("no such article") } },
        delete: { summary: "delete an article", responses: { "204": { description: "deleted" }, "404": err("no such article"), ...writeErrors } },
      },
      "/api/jobs": { get: { summary: "recent jobs (batches, feed polls)", responses: { "200": json({ type: "object", properties: { items: { type: "array", items: ref("Job") } } }, "jobs") } } },
      "/api/jobs/{id}": { parameters: [idParam("job")], get: { summary: "progress of a job", responses: { "200": json(ref("JobAccepted"), "the job"), "404": err("no such job") } } },
      "/api/feeds": {
        get: { summary: "list feeds", responses: { "200": json({ type: "object", properties: { items: { type: "array", items: ref("Feed") } } }, "feeds") } },
        post: {
          summary: "add an RSS/Atom feed (and fetch it once as a job)",
          requestBody: { required: true, content: { "application/json": { schema: ref("FeedRequest") } } },
          responses: { "201": json({ type: "object", properties: { feed: ref("Feed"), job: { oneOf: [ref("Job"), { type: "null" }] } } }, "feed added"), "400": err("bad feed"), ...writeErrors },
        },
      },
      "/api/feeds/{id}": { parameters: [idParam("feed")], delete: { summary: "remove a feed", responses: { "204": { description: "removed" }, "404": err("no such feed"), ...writeErrors } } },
      "/api/feeds/{id}/poll": { parameters: [idParam("feed")], post: { summary: "fetch a feed now (job)", responses: { "202": json(ref("JobAccepted"), "queued"), "404": err("no such feed"), ...writeErrors } } },
      "/api/stories": { get: { summary: "stories (articles about the same happening)", responses: { "200": json({ type: "object", properties: { items: { type: "array", items: ref("StorySummary") } } }, "stories") } } },
      "/api/stories/{id}": { parameters: [idParam("story")], get: { summary: "the situation of a story: figure timelines, claims with status, entities, events", responses: { "200": json(storyRef, "the story"), "404": err("no such story") } } },
      "/api/export": {
        get: {
          summary: "export everything",
          parameters: [
            { name: "format", in: "query", required: true, schema: { type: "string", enum: ["csv", "acled", "geojson", "jsonl"] } },
            { name: "table", in: "query", schema: { type: "string", enum: ["figures", "claims", "events", "articles", "entities"], default: "figures" }, description: "which table a CSV export holds" },
          ],
          responses: { "200": { description: "the export file", content: { "text/csv": {}, "application/geo+json": {}, "application/x-ndjson": {} } }, "400": err("unknown format") },
        },
      },
    },
  };
  return cached;
}
