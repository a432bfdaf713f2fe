// Backend of the HTTP layer on top of the store (src/store: articles, feeds, the job queue), its
// jobs (src/jobs: ingest, the queue worker, safe fetching) and the situation layer (src/situation:
// stories, exports). Thin adapter: what the store does not offer (deleting an article, removing a feed, the progress of a
// batch over the job queue) is done here with plain SQL on the store's tables.
import { createHash, randomBytes } from "node:crypto";
import { type AddResult, type ArticleDetail, type ArticleList, type ArticleRecord, type ArticleSummary, type Feed, type FeedAdded, type Job, type Situation, type StoredArticleSummary, type StoryDetail, type StorySummary } from "../schema/index.js";
import { ApiError } from "./errors.js";
import { openStore, type Store, type StoreOptions } from "../store/index.js";
import { entityKey } from "../text/names.js";
import { ingestItem } from "../jobs/ingest.js";
import { runWorker } from "../jobs/worker.js";
import { watchAlerts } from "../jobs/alerts.js";
import { listAlerts, type AlertFilter } from "../store/alerts.js";
import { correctArticle } from "../store/corrections.js";
import type { FetchOptions } from "../jobs/fetch.js";
import { computeSituation } from "../situation/index.js";
import { toAcled, toCsv, toGeoJson, writeJsonl, type CsvTable } from "../situation/export.js";
import { InputError } from "../ingest/errors.js";
import { extractRecord } from "./extract-record.js";
import { ExtractionPool } from "./extraction-pool.js";
import type { ParsedArticle } from "../ingest/index.js";
import type { Backend, ExportFormat } from "./backend.js";

export interface StoreBackendOptions extends StoreOptions {
  /** Worker loops running queued jobs in this process (default 2; 0 = none, e.g. in some tests). */
  workers?: number;
  fetch?: FetchOptions;
  log?: (msg: string) => void;
  /** Fetch every feed again after this many minutes (default 30; 0 = only on demand). */
  feedMinutes?: number;
  /** Where alerts are POSTed (default: env LAGEBILD_ALERT_WEBHOOK); null: nowhere. */
  alertWebhook?: string | null;
  /** Pause between alert checks in ms (default 3000; 0 = no checks). */
  alertIntervalMs?: number;
  /** Threads that run the extractions (default 1; 0 = on the server's own thread). */
  extractionThreads?: number;
}

/** What an export may be narrowed to (as `lagebild export --story --since --until`). */
export interface ExportFilter {
  story?: string;
  since?: string;
  until?: string;
}

interface BatchInfo {
  id: string;
  kind: string;
  created: string;
  message: string | null;
}

export async function storeBackend(opts: StoreBackendOptions = {}): Promise<Backend> {
  const store = await openStore(opts);
  return new StoreBackend(store, opts);
}

class StoreBackend implements Backend {
  private version = 0;
  private cache: { version: number; count: number; situation: Situation; storyOf: Map<string, string> } | null = null;
  private batches = new Map<string, BatchInfo>();
  private readonly abort = new AbortController();
  private loops: Promise<unknown>[] = [];
  private readonly log: (msg: string) => void;
  private readonly workerId = `serve-${process.pid}-${randomBytes(3).toString("hex")}`;

  constructor(
    private readonly store: Store,
    private readonly opts: StoreBackendOptions,
  ) {
    this.log = opts.log ?? ((m) => process.stderr.write(m + "\n"));
    const threads = opts.extractionThreads ?? 1;
    this.pool = threads > 0 ? new ExtractionPool(threads) : null;
    const extractor = this.pool ? (parsed: ParsedArticle, published: string | undefined) => this.pool!.parsed(parsed, published) : undefined;
    const n = opts.workers ?? 2;
    // the queue worker of src/jobs (the same one `lagebild worker` runs) processes batches and feeds
    for (let i = 0; i < n; i++)
      this.loops.push(
        runWorker(store, { workerId: `${this.workerId}-${i}`, pollMs: 250, signal: this.abort.signal, log: () => undefined, extractor }).catch((e: unknown) => {
          if (!this.abort.signal.aborted) this.log(`lagebild serve: queue worker stopped: ${(e as Error).message}`);
        }),
      );
    // alerts: checked a few seconds after articles arrive, by any path (page, API, worker, CLI before)
    const alertMs = opts.alertIntervalMs ?? 3000;
    const webhook = opts.alertWebhook === undefined ? process.env.LAGEBILD_ALERT_WEBHOOK || null : opts.alertWebhook;
    if (alertMs > 0) this.loops.push(watchAlerts(store, { webhook, intervalMs: alertMs, signal: this.abort.signal, log: this.log }));
    const minutes = opts.feedMinutes ?? 30;
    if (minutes > 0 && n > 0) {
      this.feedTimer = setInterval(() => void this.pollDueFeeds(minutes).catch((e: unknown) => this.log(`lagebild serve: feed poll: ${(e as Error).message}`)), Math.min(minutes, 5) * 60_000);
      this.feedTimer.unref();
    }
  }

  private feedTimer: NodeJS.Timeout | undefined;
  private readonly pool: ExtractionPool | null;

  /** Queues a fetch of every feed not fetched within the last `minutes`. */
  async pollDueFeeds(minutes: number): Promise<Job[]> {
    const due = Date.now() - minutes * 60_000;
    const jobs: Job[] = [];
    for (const f of await this.store.listFeeds()) {
      if (f.lastFetched && Date.parse(f.lastFetched) > due) continue;
      const job = await this.pollFeed(feedId(f.url));
      if (job) jobs.push(job);
    }
    return jobs;
  }

  get storeName(): string {
    return this.store.kind;
  }

  // ---------------------------------------------------------------- articles

  async addArticle(record: ArticleRecord): Promise<AddResult> {
    if (record.text === undefined && record.html === undefined && record.url) {
      // a URL: fetched by src/jobs/ingest.ts (redirects checked, size and time limits, no private addresses)
      const o = await ingestItem(this.store, { kind: "url", origin: record.url, url: record.url, outlet: record.outlet ?? null, published: record.published ?? null, title: record.title ?? null }, { lang: record.language, fetch: this.opts.fetch });
      if (o.status === "failed" || !o.id) throw new InputError(o.reason ?? "the page could not be read");
      if (o.status === "new") this.version++;
      return { status: o.status === "new" ? "new" : "duplicate", id: o.id, article: await this.summaryOf(o.id), warnings: o.warnings.length ? o.warnings : undefined };
    }
    // the models run on an extraction thread: a long article never stops the server answering
    const x = this.pool ? await this.pool.record(record) : extractRecord(record);
    const res = await this.store.storeExtraction(x, { url: record.url ?? null, outlet: record.outlet ?? null, origin: "api" });
    if (res.status === "new") this.version++;
    return { status: res.status, id: res.id, article: await this.summaryOf(res.id), warnings: x.warnings.length ? x.warnings : undefined };
  }

  private async summaryOf(id: string): Promise<ArticleSummary> {
    const a = await this.store.getArticle(id);
    if (!a) throw new Error(`article ${id} vanished`);
    const { storyOf } = await this.situation();
    return toSummary(a, storyOf.get(id) ?? null);
  }

  async startBatch(records: ArticleRecord[], label = "batch"): Promise<Job> {
    const batch = this.newBatch(label);
    // payload as the queue worker reads it (src/jobs/worker.ts)
    for (const [i, record] of records.entries()) await this.store.enqueue("ingest-record", { batch, item: describe(record, i), record, format: "json" }, { maxAttempts: record.text === undefined && record.html === undefined ? 3 : 1 });
    return (await this.jobOf(batch))!;
  }

  async listArticles(o: { q?: string; limit: number; offset: number; story?: string }): Promise<ArticleList> {
    const { storyOf, situation } = await this.situation();
    if (o.story) {
      const st = situation.stories.find((s) => s.id === o.story);
      const ids = st ? st.articles.map((a) => a.id) : [];
      const page = ids.slice(o.offset, o.offset + o.limit);
      const items: ArticleSummary[] = [];
      for (const id of page) {
        const a = await this.store.getArticle(id);
        if (a) items.push(toSummary(a, o.story));
      }
      return { total: ids.length, items };
    }
    if (o.q) {
      const hits = await this.store.search(o.q, { limit: 200 });
      const seen = new Map<string, ArticleSummary>();
      for (const h of hits) {
        if (seen.has(h.articleId)) continue;
        seen.set(h.articleId, {
          id: h.articleId,
          title: h.title,
          outlet: h.outlet,
          published: h.published,
          language: "de",
          story: storyOf.get(h.articleId) ?? null,
          snippet: stripTags(h.snippet),
        });
      }
      const all = [...seen.values()];
      const page = all.slice(o.offset, o.offset + o.limit);
      // fill the language and url from the stored summaries
      for (const p of page) {
        const a = await this.store.getArticle(p.id);
        if (a) Object.assign(p, { language: a.language, url: a.url });
      }
      return { total: all.length, items: page };
    }
    const rows = await this.store.listArticles({ limit: o.limit, offset: o.offset });
    return { total: await this.store.countArticles(), items: rows.map((a) => toSummary(a, storyOf.get(a.id) ?? null)) };
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const a = await this.store.getArticle(id);
    if (!a) return null;
    const { storyOf } = await this.situation();
    return { article: toSummary(a, storyOf.get(id) ?? null), extraction: a.extraction };
  }

  async updateArticle(id: string, fix: Parameters<Backend["updateArticle"]>[1]): Promise<ArticleDetail | null> {
    if (!(await correctArticle(this.store.db, id, fix))) return null;
    this.version++;
    return this.getArticle(id);
  }

  /** Not in the store's API: deletes the row; the annotation tables follow by ON DELETE CASCADE. */
  async deleteArticle(id: string): Promise<boolean> {
    const r = await this.store.db.query("DELETE FROM articles WHERE id = $1", [id]);
    const ok = (r.affectedRows ?? 0) > 0;
    if (ok) this.version++;
    return ok;
  }

  countArticles(): Promise<number> {
    return this.store.countArticles();
  }

  // ---------------------------------------------------------------- feeds

  async listFeeds(): Promise<Feed[]> {
    return (await this.store.listFeeds()).map((f) => ({ id: feedId(f.url), url: f.url, title: f.title, lastPolled: f.lastFetched, error: f.lastError }));
  }

  async addFeed(url: string, title?: string): Promise<FeedAdded> {
    await this.store.addFeed(url, title ?? null);
    const feed = (await this.listFeeds()).find((f) => f.url === url)!;
    return { feed, job: await this.pollFeed(feed.id) };
  }

  /** Not in the store's API: removes the feed row (articles already stored stay). */
  async removeFeed(id: string): Promise<boolean> {
    const f = (await this.store.listFeeds()).find((x) => feedId(x.url) === id);
    if (!f) return false;
    await this.store.db.query("DELETE FROM feeds WHERE url = $1", [f.url]);
    return true;
  }

  async pollFeed(id: string): Promise<Job | null> {
    const f = (await this.store.listFeeds()).find((x) => feedId(x.url) === id);
    if (!f) return null;
    const batch = this.newBatch("feed");
    await this.store.enqueue("fetch-feed", { batch, url: f.url, item: f.url }, { maxAttempts: 1 });
    return this.jobOf(batch);
  }

  // ---------------------------------------------------------------- jobs

  getJob(id: string): Promise<Job | null> {
    return this.jobOf(id);
  }

  private jobSnapshots = new Map<string, Job>();

  async listJobs(): Promise<Job[]> {
    const out: Job[] = [];
    for (const id of [...this.batches.keys()].reverse().slice(0, 50)) {
      const j = this.jobSnapshots.get(id);
      out.push(j && (j.state === "done" || j.state === "failed") ? j : ((await this.jobOf(id)) ?? j!));
    }
    return out.filter(Boolean);
  }

  private newBatch(kind: string): string {
    const id = `${kind === "feed" ? "f" : "b"}${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
    this.batches.set(id, { id, kind, created: new Date().toISOString(), message: null });
    return id;
  }

  /** Progress of a batch, computed from its rows in the store's job queue. */
  private async jobOf(batch: string): Promise<Job | null> {
    const r = await this.store.db.query<{ kind: string; status: string; result: unknown; error: string | null; item: string | null; created: Date | string; finished: Date | string | null }>(
      `SELECT kind, status, result, error, payload->>'item' AS item, created_at AS created, finished_at AS finished FROM jobs WHERE payload->>'batch' = $1 ORDER BY id`,
      [batch],
    );
    if (!r.rows.length) return null;
    const info = this.batches.get(batch);
    const job: Job = {
      id: batch,
      kind: info?.kind ?? (r.rows.some((x) => x.kind === "fetch-feed") ? "feed" : "batch"),
      state: "queued",
      total: 0,
      done: 0,
      new: 0,
      duplicate: 0,
      failed: 0,
      errors: [],
      articles: [],
      message: info?.message ?? null,
      created: iso(r.rows[0]!.created) ?? new Date().toISOString(),
      finished: null,
    };
    let open = 0;
    let started = false;
    let lastFinish: string | null = null;
    for (const row of r.rows) {
      const res = (typeof row.result === "string" ? JSON.parse(row.result) : row.result) as { status?: string; id?: string; message?: string } | null;
      const finished = row.status === "done" || row.status === "failed";
      if (row.status !== "queued") started = true;
      if (!finished) open++;
      else if (row.finished) lastFinish = iso(row.finished);
      if (row.kind === "fetch-feed") {
        if (row.status === "failed" || res?.status === "failed") {
          job.errors.push({ item: row.item ?? "feed", message: res?.message ?? row.error ?? "failed" });
          job.message = `the feed could not be read: ${res?.message ?? row.error ?? "failed"}`;
        } else if (res && typeof (res as { items?: number }).items === "number") job.message = `${(res as { items: number }).items} items in the feed`;
        continue;
      }
      job.total!++;
      if (!finished) continue;
      job.done++;
      if (row.status === "failed" || res?.status === "failed") {
        job.failed++;
        job.errors.push({ item: row.item ?? "?", message: res?.message ?? row.error ?? "failed" });
      } else if (res?.status === "new") {
        job.new++;
        if (res.id) job.articles.push(res.id);
      } else if (res?.status === "duplicate" || res?.status === "skipped") {
        job.duplicate++;
        if (res.id) job.articles.push(res.id);
      }
    }
    job.state = open > 0 ? (started ? "running" : "queued") : job.total === 0 && job.errors.length ? "failed" : job.total! > 0 && job.failed === job.total ? "failed" : "done";
    if (job.state === "done" || job.state === "failed") job.finished = lastFinish;
    if (job.errors.length > 50) job.errors = job.errors.slice(0, 50);
    this.jobSnapshots.set(batch, job);
    return job;
  }

  // ---------------------------------------------------------------- stories

  private async situation() {
    const count = await this.store.countArticles();
    if (this.cache && this.cache.version === this.version && this.cache.count === count) return this.cache;
    const situation = await computeSituation(this.store);
    const storyOf = new Map<string, string>();
    for (const st of situation.stories) for (const a of st.articles) storyOf.set(a.id, st.id);
    this.cache = { version: this.version, count, situation, storyOf };
    return this.cache;
  }

  async listStories(): Promise<StorySummary[]> {
    const { situation } = await this.situation();
    return situation.stories.map((s) => ({ id: s.id, title: s.title, ...(s.incident ? { incident: s.incident } : {}), articles: s.articles.length, first: s.start, last: s.end, countries: s.countries }));
  }

  /** The story as the situation layer builds it, with entity roles added from the articles' extractions. */
  async getStory(id: string): Promise<StoryDetail | null> {
    const { situation, storyOf } = await this.situation();
    // a story is named after its earliest article ("s-<article id>"); when an earlier report joins it, the old name still leads to it
    const st = situation.stories.find((s) => s.id === id) ?? situation.stories.find((s) => s.id === storyOf.get(id.replace(/^s-/, "")));
    if (!st) return null;
    const roles = new Map<string, Set<string>>();
    for (const a of st.articles.slice(0, 200)) {
      const full = await this.store.getArticle(a.id);
      for (const e of full?.extraction.entities ?? []) {
        if (!e.roles?.length) continue;
        const k = entityKey(e);
        const set = roles.get(k) ?? new Set<string>();
        for (const r of e.roles) set.add(r);
        roles.set(k, set);
      }
    }
    return { ...st, entities: st.entities.map((e) => ({ ...e, roles: [...(roles.get(e.key) ?? [])] })) };
  }

  listAlerts(filter: AlertFilter) {
    return listAlerts(this.store.db, filter);
  }

  /** The export of one format; story, since and until narrow csv, acled and geojson as on the CLI. */
  async exportData(format: ExportFormat, table?: string, filter: ExportFilter = {}) {
    if (format === "jsonl") {
      const lines: string[] = [];
      await writeJsonl(this.store, (chunk) => void lines.push(chunk));
      return { contentType: "application/x-ndjson; charset=utf-8", filename: "lagebild-articles.jsonl", body: lines.join("") };
    }
    const filtered = filter.story !== undefined || filter.since !== undefined || filter.until !== undefined;
    const situation = filtered ? await computeSituation(this.store, filter) : (await this.situation()).situation;
    if (filter.story !== undefined && !situation.stories.length) throw new ApiError(404, "not_found", `no story ${filter.story}`);
    if (format === "csv") {
      const t = (table ?? "figures") as CsvTable;
      return { contentType: "text/csv; charset=utf-8", filename: `lagebild-${t}.csv`, body: toCsv(situation, t) };
    }
    if (format === "acled") return { contentType: "text/csv; charset=utf-8", filename: "lagebild-acled.csv", body: toAcled(situation) };
    return { contentType: "application/geo+json; charset=utf-8", filename: "lagebild.geojson", body: JSON.stringify(toGeoJson(situation)) };
  }

  async close(): Promise<void> {
    if (this.feedTimer) clearInterval(this.feedTimer);
    this.abort.abort();
    await Promise.allSettled(this.loops);
    await this.pool?.close();
    await this.store.close();
  }
}

function toSummary(a: StoredArticleSummary, story: string | null): ArticleSummary {
  return { id: a.id, title: a.title, url: a.url, outlet: a.outlet, language: a.language, published: a.published, story, counts: a.counts };
}

function feedId(url: string): string {
  return createHash("sha256").update(url).digest("hex").slice(0, 12);
}

function describe(r: ArticleRecord, i: number): string {
  return r.url ?? r.title ?? `record ${i + 1}`;
}

function stripTags(s: string): string {
  return s.replace(/<\/?b>/g, "");
}

function iso(d: Date | string | null): string | null {
  if (d === null || d === undefined) return null;
  return d instanceof Date ? d.toISOString() : new Date(d).toISOString();
}
