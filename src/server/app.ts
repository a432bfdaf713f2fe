// The HTTP application: REST API under /api/ (each route declared once in routes.ts, served
// through mount.ts), the OpenAPI document built from the same table, the page and its assets.
import { Hono, type Context, type Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getConnInfo } from "@hono/node-server/conninfo";
import { z } from "zod";
import { ArticleCorrection, ArticleRecord, BatchRequest, FeedRequest, LANGS } from "../schema/index.js";
import { mount } from "./mount.js";
import { ROUTES } from "./routes.js";
import { decodeText } from "../ingest/source.js";
import { InputError } from "../ingest/errors.js";
import type { Backend } from "./backend.js";
import { ApiError, sendError, toErrorResponse } from "./errors.js";
import { bearer, isLoopbackAddress, isLoopbackHost, tokenMatches } from "./auth.js";
import { openApiDocument } from "./openapi.js";
import { staticRoutes } from "./static.js";
import { alertRoutes } from "./alerts.js";
import { previewRecord } from "./preview.js";

export interface AppOptions {
  backend: Backend;
  token: string;
  /** Allow reads without token from non-loopback clients. */
  openReads?: boolean;
  /** When the server listens on loopback only, requests must name a loopback Host (DNS rebinding guard). */
  loopbackOnly?: boolean;
  /** Largest request body for one article, bytes. */
  maxArticleBytes?: number;
  /** Largest request body for a batch, bytes. */
  maxBatchBytes?: number;
  /** Largest batch, records. */
  maxBatchRecords?: number;
  version?: string;
  log?: (msg: string) => void;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_BATCH_BYTES = 32 * 1024 * 1024;
export const DEFAULT_MAX_BATCH_RECORDS = 5000;

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function createApp(opts: AppOptions): Hono {
  const { backend, token } = opts;
  const maxArticle = opts.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const maxBatch = opts.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  const maxRecords = opts.maxBatchRecords ?? DEFAULT_MAX_BATCH_RECORDS;
  const log = opts.log ?? ((m: string) => process.stderr.write(m + "\n"));
  const app = new Hono();

  app.onError((err, c) => toErrorResponse(err, c, log));
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    if (path.startsWith("/api/")) return sendError(c, 404, "not_found", `no such endpoint: ${c.req.method} ${path}`);
    return c.text("not found", 404);
  });

  // security headers on every response (page, assets, API answers, errors, refusals): set after the
  // inner handlers ran, so a 404, a thrown error's 500 or the Host refusal below carries them too;
  // the page keeps its own Content-Security-Policy (src/server/static.ts), everything else gets none-at-all
  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    c.header("X-Frame-Options", "DENY");
    if (!c.res.headers.has("Content-Security-Policy")) c.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  });
  app.use("*", async (c, next) => {
    if (opts.loopbackOnly) {
      const host = (c.req.header("host") ?? "").replace(/:\d+$/, "");
      if (!isLoopbackHost(host)) return sendError(c, 421, "bad_host", "this server answers only to localhost / 127.0.0.1");
    }
    await next();
  });

  // authorization: writes always need the token; reads need it unless opened, except from loopback
  // clients of a loopback-only server (on a wider bind a "loopback" client may be a rebinding page)
  const guard = async (c: Context, next: Next) => {
    const presented = bearer(c.req.header("authorization"));
    const isRead = READ_METHODS.has(c.req.method);
    let needs = !isRead;
    if (isRead && !opts.openReads && !(opts.loopbackOnly && isLoopbackAddress(clientAddress(c)))) needs = true;
    if (needs) {
      if (presented === null) {
        c.header("WWW-Authenticate", 'Bearer realm="lagebild"');
        return sendError(c, 401, "missing_token", isRead ? "reads from other machines need the API token (Authorization: Bearer TOKEN)" : "writes need the API token (Authorization: Bearer TOKEN); it is printed on first start and stored in the data folder");
      }
      if (!tokenMatches(presented, token)) {
        c.header("WWW-Authenticate", 'Bearer realm="lagebild", error="invalid_token"');
        return sendError(c, 401, "invalid_token", "the API token is wrong");
      }
    }
    await next();
  };
  app.use("/api/*", guard);
  app.use("/openapi.json", guard);

  const tooLarge = (limit: number) => (c: Context) => {
    c.header("Connection", "close"); // the rest of the body is not read: do not reuse the connection
    return sendError(c, 413, "payload_too_large", `the request body is larger than ${fmtBytes(limit)}`);
  };

  // ------------------------------------------------------------------ health, docs
  mount(app, ROUTES.health, async (c) => {
    // while the store opens (PGlite's first start), answer at once so the page can say so
    if (backend.storeName === "starting") return c.json({ ok: false, version: opts.version ?? "0.0.0", store: "starting", articles: null, readsOpen: !!opts.openReads });
    let articles: number | null = null;
    try {
      articles = await backend.countArticles();
    } catch {
      articles = null;
    }
    return c.json({ ok: articles !== null, version: opts.version ?? "0.0.0", store: backend.storeName, articles, readsOpen: !!opts.openReads });
  });
  app.get("/openapi.json", (c) => c.json(openApiDocument(opts.version ?? "0.0.0")));

  // ------------------------------------------------------------------ articles
  const articleLimit = bodyLimit({ maxSize: maxBatch, onError: tooLarge(maxBatch) });
  mount(app, ROUTES.addArticles, async (c) => {
    const records = await readArticleBody(c, maxArticle, maxRecords);
    if (records.batch) {
      const job = await backend.startBatch(records.items, "batch");
      c.header("Location", `/api/jobs/${job.id}`);
      return c.json({ job }, 202);
    }
    const result = await backend.addArticle(records.items[0]!);
    return c.json(result, result.status === "new" ? 201 : 200);
  }, articleLimit);

  mount(app, ROUTES.previewArticles, async (c) => {
    const records = await readArticleBody(c, maxArticle, maxRecords);
    return c.json({ items: records.items.map(previewRecord) });
  }, articleLimit);

  mount(app, ROUTES.listArticles, async (c, { query }) => c.json(await backend.listArticles(query)));

  mount(app, ROUTES.getArticle, async (c, { params }) => {
    const found = await backend.getArticle(params.id);
    if (!found) throw new ApiError(404, "not_found", "no article with this id");
    return c.json(found);
  });

  mount(app, ROUTES.updateArticle, async (c, { params }) => {
    const fix = ArticleCorrection.safeParse(await readJson(c));
    if (!fix.success) throw new ApiError(400, "invalid_body", `a correction is {"title"?, "outlet"?, "published"?: "YYYY-MM-DD"}: ${issueText(fix.error)}`);
    const found = await backend.updateArticle(params.id, fix.data);
    if (!found) throw new ApiError(404, "not_found", "no article with this id");
    return c.json(found);
  }, bodyLimit({ maxSize: 64 * 1024, onError: tooLarge(64 * 1024) }));

  mount(app, ROUTES.deleteArticle, async (c, { params }) => {
    const ok = await backend.deleteArticle(params.id);
    if (!ok) throw new ApiError(404, "not_found", "no article with this id");
    return c.body(null, 204);
  });

  // ------------------------------------------------------------------ jobs
  mount(app, ROUTES.listJobs, async (c) => c.json({ items: await backend.listJobs() }));
  mount(app, ROUTES.getJob, async (c, { params }) => {
    const job = await backend.getJob(params.id);
    if (!job) throw new ApiError(404, "not_found", "no job with this id");
    return c.json({ job });
  });

  // ------------------------------------------------------------------ feeds
  mount(app, ROUTES.listFeeds, async (c) => c.json({ items: await backend.listFeeds() }));
  mount(app, ROUTES.addFeed, async (c) => {
    const body = FeedRequest.safeParse(await readJson(c));
    if (!body.success) throw new ApiError(400, "invalid_body", `a feed needs {"url": "https://..."}: ${issueText(body.error)}`);
    if (!/^https?:\/\//i.test(body.data.url)) throw new ApiError(400, "invalid_body", "a feed URL must start with http:// or https://");
    const res = await backend.addFeed(body.data.url, body.data.title);
    if (res.job) c.header("Location", `/api/jobs/${res.job.id}`);
    return c.json(res, 201);
  }, bodyLimit({ maxSize: 64 * 1024, onError: tooLarge(64 * 1024) }));
  mount(app, ROUTES.pollFeed, async (c, { params }) => {
    const job = await backend.pollFeed(params.id);
    if (!job) throw new ApiError(404, "not_found", "no feed with this id");
    c.header("Location", `/api/jobs/${job.id}`);
    return c.json({ job }, 202);
  });
  mount(app, ROUTES.removeFeed, async (c, { params }) => {
    const ok = await backend.removeFeed(params.id);
    if (!ok) throw new ApiError(404, "not_found", "no feed with this id");
    return c.body(null, 204);
  });

  // ------------------------------------------------------------------ stories, exports
  mount(app, ROUTES.listStories, async (c) => c.json({ items: await backend.listStories() }));
  mount(app, ROUTES.getStory, async (c, { params }) => {
    const story = await backend.getStory(params.id);
    if (!story) throw new ApiError(404, "not_found", "no story with this id");
    return c.json(story);
  });
  mount(app, ROUTES.exportData, async (c, { query }) => {
    const out = await backend.exportData(query.format, query.table, { story: query.story, since: query.since, until: query.until });
    c.header("Content-Type", out.contentType);
    c.header("Content-Disposition", `attachment; filename="${out.filename}"`);
    return c.body(out.body);
  });

  alertRoutes(app, backend);
  staticRoutes(app);
  return app;
}

// ------------------------------------------------------------------ request reading

interface ReadRecords {
  batch: boolean;
  items: ArticleRecord[];
}

const META_PARAMS = ["url", "outlet", "published", "title", "language"] as const;

/** Reads POST /api/articles in any accepted form: JSON record / array / {articles}, text, HTML, multipart upload. */
async function readArticleBody(c: Context, maxArticle: number, maxRecords: number): Promise<ReadRecords> {
  const type = (c.req.header("content-type") ?? "").toLowerCase();
  const mime = type.split(";")[0]!.trim();
  const meta: Partial<ArticleRecord> = {};
  for (const k of META_PARAMS) {
    const v = c.req.query(k);
    if (v) (meta as Record<string, string>)[k] = v;
  }
  if (meta.language && !(LANGS as readonly string[]).includes(meta.language)) throw new ApiError(422, "unsupported_language", `language must be one of ${LANGS.join(", ")}`);

  if (mime === "application/json" || mime === "") {
    const data = await readJson(c);
    if (Array.isArray(data) || (data && typeof data === "object" && Array.isArray((data as { articles?: unknown }).articles))) {
      const list = Array.isArray(data) ? data : (data as { articles: unknown[] }).articles;
      if (list.length === 0) throw new ApiError(400, "empty_batch", "the batch holds no articles");
      if (list.length > maxRecords) throw new ApiError(413, "batch_too_large", `a batch holds at most ${maxRecords} articles`);
      const parsed = BatchRequest.safeParse({ articles: list });
      if (!parsed.success) throw new ApiError(400, "invalid_body", `bad article record: ${issueText(parsed.error)}`);
      for (const [i, r] of parsed.data.articles.entries()) checkRecordSize(r, maxArticle, `article ${i}`);
      return { batch: true, items: parsed.data.articles };
    }
    const rec = ArticleRecord.safeParse({ ...meta, ...(data as object) });
    if (!rec.success) throw new ApiError(400, "invalid_body", `bad article record: ${issueText(rec.error)}`);
    checkRecordSize(rec.data, maxArticle, "the article");
    checkRecordText(rec.data);
    return { batch: false, items: [rec.data] };
  }
  if (mime === "text/plain" || mime === "text/html" || mime === "application/xhtml+xml") {
    const text = await readText(c, type, maxArticle);
    const rec: ArticleRecord = mime === "text/plain" ? { ...meta, text } : { ...meta, html: text };
    return { batch: false, items: [rec] };
  }
  if (mime === "multipart/form-data") {
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      throw new ApiError(400, "invalid_body", "the multipart form data cannot be read");
    }
    const items: ArticleRecord[] = [];
    for (const [, value] of form.entries()) {
      if (typeof value === "string") continue;
      const file = value as File;
      if (file.size > maxArticle) throw new ApiError(413, "payload_too_large", `${file.name} is larger than ${fmtBytes(maxArticle)}`);
      const text = decodeOrThrow(Buffer.from(await file.arrayBuffer()), file.name || "the upload");
      items.push(...recordsFromFile(file.name, file.type, text, meta, maxArticle, maxRecords));
    }
    if (items.length === 0) throw new ApiError(400, "empty_input", "the upload holds no files");
    if (items.length > maxRecords) throw new ApiError(413, "batch_too_large", `a batch holds at most ${maxRecords} articles`);
    return { batch: items.length > 1, items };
  }
  throw new ApiError(415, "unsupported_media_type", "send application/json, text/plain, text/html or multipart/form-data");
}

function recordsFromFile(name: string, type: string, text: string, meta: Partial<ArticleRecord>, maxArticle: number, maxRecords: number): ArticleRecord[] {
  const lower = name.toLowerCase();
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
    const out: ArticleRecord[] = [];
    const lines = text.split("\n");
    for (const [i, line] of lines.entries()) {
      if (!line.trim()) continue;
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch {
        throw new ApiError(400, "invalid_json", `${name} line ${i + 1} is not valid JSON`);
      }
      const r = ArticleRecord.safeParse(data);
      if (!r.success) throw new ApiError(400, "invalid_body", `${name} line ${i + 1}: ${issueText(r.error)}`);
      checkRecordSize(r.data, maxArticle, `${name} line ${i + 1}`);
      out.push(r.data);
      if (out.length > maxRecords) throw new ApiError(413, "batch_too_large", `a batch holds at most ${maxRecords} articles`);
    }
    return out;
  }
  if (lower.endsWith(".json") || type === "application/json") {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError(400, "invalid_json", `${name} is not valid JSON`);
    }
    const list = Array.isArray(data) ? data : [data];
    return list.map((d, i) => {
      const r = ArticleRecord.safeParse(d);
      if (!r.success) throw new ApiError(400, "invalid_body", `${name} record ${i}: ${issueText(r.error)}`);
      return r.data;
    });
  }
  const html = lower.endsWith(".html") || lower.endsWith(".htm") || type === "text/html" || /^\s*(<!doctype html|<html)/i.test(text);
  return [html ? { ...meta, html: text, fileName: name } : { ...meta, text, fileName: name }];
}

async function readJson(c: Context): Promise<unknown> {
  const buf = Buffer.from(await c.req.arrayBuffer());
  if (buf.length === 0) throw new ApiError(400, "empty_input", "the request body is empty");
  const text = decodeOrThrow(buf, "the request body");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError(400, "invalid_json", `the request body is not valid JSON (${(e as Error).message.split("\n")[0]})`);
  }
}

async function readText(c: Context, contentType: string, maxArticle: number): Promise<string> {
  const buf = Buffer.from(await c.req.arrayBuffer());
  if (buf.length > maxArticle) throw new ApiError(413, "payload_too_large", `one article may be at most ${fmtBytes(maxArticle)}`);
  if (buf.length === 0) throw new ApiError(400, "empty_input", "the request body is empty");
  const charset = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset, { fatal: true });
    } catch {
      throw new ApiError(415, "unsupported_charset", `unknown charset "${charset}"; send UTF-8`);
    }
    if (buf.subarray(0, 8192).includes(0) && !charset.startsWith("utf-16")) throw new ApiError(400, "binary_input", "the request body looks like binary data, not text");
    try {
      const text = decoder.decode(buf);
      if (!text.trim()) throw new ApiError(400, "empty_input", "the request body is empty");
      return text;
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw new ApiError(400, "bad_encoding", `the request body is not valid ${charset}`);
    }
  }
  return decodeOrThrow(buf, "the request body");
}

function decodeOrThrow(buf: Buffer, name: string): string {
  try {
    return decodeText(buf, name);
  } catch (e) {
    if (e instanceof InputError) {
      const msg = e.message;
      const code = /binary/.test(msg) ? "binary_input" : /UTF-8/.test(msg) ? "bad_encoding" : /empty/.test(msg) ? "empty_input" : "invalid_input";
      throw new ApiError(400, code, msg);
    }
    throw e;
  }
}

function checkRecordSize(r: ArticleRecord, max: number, what: string): void {
  const n = (r.text?.length ?? 0) + (r.html?.length ?? 0);
  if (n > max) throw new ApiError(413, "payload_too_large", `${what} is larger than ${fmtBytes(max)}`);
}

function checkRecordText(r: ArticleRecord): void {
  const body = r.text ?? r.html;
  if (body !== undefined && !body.trim() && !r.url) throw new ApiError(400, "empty_input", "the article text is empty");
  if (body !== undefined && body.includes("\u0000")) throw new ApiError(400, "binary_input", "the article text holds NUL characters (binary data?)");
  if (r.url !== undefined && !/^https?:\/\/\S+$/i.test(r.url)) throw new ApiError(400, "invalid_body", "url must be an http:// or https:// address");
}

function issueText(err: z.ZodError): string {
  const i = err.issues[0];
  if (!i) return "invalid";
  return `${i.path.length ? i.path.join(".") + ": " : ""}${i.message}`;
}

function clientAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

function fmtBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB` : `${Math.round(n / 1024)} KB`;
}
