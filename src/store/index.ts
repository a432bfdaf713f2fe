// Lagebild's article store. PUBLIC API (kept stable; the server codes against it):
//
//   openStore(opts?: StoreOptions): Promise<Store>
//       opts.databaseUrl (default process.env.DATABASE_URL) -> real PostgreSQL via pg;
//       otherwise PGlite in opts.dataDir (default "./lagebild-data"; "memory://" = in memory).
//       opts.schema: work inside that schema (created if missing). Migrations run on open.
//
//   store.kind                                   "pglite" | "postgres"
//   store.db                                     the raw adapter: query(sql, params), exec(sql), transaction(fn)
//   store.storeExtraction(x, meta?)              -> { status: "new" | "duplicate", id }   (one transaction)
//   store.findDuplicate({ url?, outlet?, text? }) -> id of the stored article this one duplicates (same URL, or
//                                                  same content hash unless URL and outlet both differ), else null
//   store.getArticle(id)                         -> StoredArticle (with its full Extraction) | null
//   store.listArticles({ limit, offset, outlet, language, since, until, q })  -> StoredArticleSummary[] (newest first)
//   store.countArticles()                        -> number
//   store.iterateExtractions(batch?)             async iterator of { id, origin, extraction } (export)
//   store.search(q, { limit, language })         -> SearchHit[] over article texts and claims (german/english FTS)
//   store.loadSituationArticles({ since, until, ids }) -> SituationArticle[] (input of the situation builder)
//   store.addFeed(url, title?) / store.listFeeds() / store.markFeed(url, error?)
//   store.enqueue(kind, payload)                 -> job id       (job queue on the database)
//   store.claimJob(workerId, kinds?)             -> Job | null   (FOR UPDATE SKIP LOCKED: safe across machines)
//   store.renewLease(job)                        -> false when the lease was lost (the worker's heartbeat)
//   store.finishJob(job, result?) / store.failJob(job, error)  (failed jobs retry with back-off until max_attempts;
//                                                  given the claimed Job, only while its lease is still held)
//   store.requeueExpired() / requeueStale(seconds?) -> jobs put back whose worker stopped renewing its lease
//                                                  (every claim runs it; failed after queue.maxLeaseLosses)
//   store.jobCounts()                            -> { queued, running, done, failed }
//   store.close()
//
//   Embedded store: one process at a time (a lock file in the data folder says which); several
//   processes or machines share a PostgreSQL database instead (DATABASE_URL).
//
//   contentHash(text), articleIdFor(hash, url)   the dedup key and the stable article id derived from it
//   toSituationArticle(extraction, meta?)        situation input for an extraction that is not stored
//   entityKey(entity), normaliseName(name)       the cross-article entity merge key (from src/text/names.ts)
//   dropSchema(databaseUrl, schema)              cleanup for tests on a real server
//
//   Types: StoredArticleSummary, StoredArticle, SearchHit, SituationArticle are z.infer of the zod
//   schemas in src/schema/index.ts (re-exported here); StoreOptions, StoreMeta, Job, FeedRow are the store's own.
//
// The jobs around the store live in src/jobs: ingest (ingest.ts), the queue worker (worker.ts) and
// safe fetching (fetch.ts, address.ts). The situation picture over stored articles: see
// src/situation/index.ts (computeSituation(store, opts)). The store never imports the situation.
import { createHash } from "node:crypto";
import type { Claim, Entity, Event, Extraction, Figure, Lang, SearchHit, SituationArticle, StoredArticle, StoredArticleSummary } from "../schema/index.js";
import { openDb, type Db, type Queryable } from "./db.js";
import { migrate } from "./migrations.js";
import { minhash } from "../text/similarity.js";
import { entityKey } from "../text/names.js";

export type { Db, Queryable } from "./db.js";
export type { SearchHit, SituationArticle, StoredArticle, StoredArticleSummary } from "../schema/index.js";
export { entityKey, normaliseName } from "../text/names.js";

export interface StoreOptions {
  /** PostgreSQL URL; default process.env.DATABASE_URL. Pass null to force PGlite. */
  databaseUrl?: string | null;
  /** PGlite data folder (default ./lagebild-data); "memory://" keeps it in memory. */
  dataDir?: string;
  /** Schema to work in (tests use a unique one per run on the real server). */
  schema?: string;
  /** Lease, back-off and retry settings of the job queue (see QueueOptions). */
  queue?: Partial<QueueOptions>;
}

export interface StoreMeta {
  /** Overrides article.url */
  url?: string | null;
  /** Overrides article.outlet */
  outlet?: string | null;
  /** Where the article came from (file path, feed URL). */
  origin?: string | null;
}

export interface StoreResult {
  status: "new" | "duplicate";
  id: string;
}

export type JobKind = "ingest-record" | "ingest-file" | "fetch-feed";

export interface Job {
  id: number;
  kind: JobKind;
  payload: Record<string, unknown>;
  attempts: number;
  /** The worker holding the lease (set by claimJob); finishJob, failJob and renewLease check it. */
  owner?: string;
}

/** How the queue's leases behave (StoreOptions.queue; env LAGEBILD_LEASE_SECONDS, LAGEBILD_RETRY_BACKOFF_SECONDS, LAGEBILD_MAX_LEASE_LOSSES). */
export interface QueueOptions {
  /** A claimed job belongs to its worker this long unless the worker renews it (default 60 s). */
  leaseSeconds: number;
  /** Back-off before a retry: this many seconds, doubled per attempt (default 5 s). */
  backoffSeconds: number;
  /** A job whose lease ran out this many times is marked failed (default 3). */
  maxLeaseLosses: number;
}

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return process.env[name] && Number.isFinite(v) && v > 0 ? v : fallback;
}

/** The lease settings: explicit options, else the environment, else the defaults. */
export function queueOptions(opts: Partial<QueueOptions> = {}): QueueOptions {
  return {
    leaseSeconds: opts.leaseSeconds ?? envNumber("LAGEBILD_LEASE_SECONDS", 60),
    backoffSeconds: opts.backoffSeconds ?? envNumber("LAGEBILD_RETRY_BACKOFF_SECONDS", 5),
    maxLeaseLosses: opts.maxLeaseLosses ?? envNumber("LAGEBILD_MAX_LEASE_LOSSES", 3),
  };
}

function jobIdOf(job: number | Job): number {
  return typeof job === "number" ? job : job.id;
}

/** [owner, attempt] of a claimed job (null: an id alone, no ownership check). */
function ownerKey(job: number | Job): [string | null, number | null] {
  return typeof job === "number" || job.owner === undefined ? [null, null] : [job.owner, job.attempts];
}

export interface FeedRow {
  url: string;
  title: string | null;
  lastFetched: string | null;
  lastError: string | null;
}

/** Dedup key: SHA-256 of the text with whitespace collapsed. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}

/** Stable article id derived from the content hash and the URL (else the outlet). */
export function articleIdFor(hash: string, urlOrOutlet?: string | null): string {
  if (!urlOrOutlet) return hash.slice(0, 16);
  return createHash("sha256").update(hash + "|" + urlOrOutlet).digest("hex").slice(0, 16);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
function day(s: string | null | undefined): string | null {
  if (!s) return null;
  const d = s.slice(0, 10);
  return DAY.test(d) ? d : null;
}

export class Store {
  readonly queue: QueueOptions;
  constructor(readonly db: Db, queue: Partial<QueueOptions> = {}) {
    this.queue = queueOptions(queue);
  }

  get kind(): Db["kind"] {
    return this.db.kind;
  }

  /**
   * The stored article this one duplicates, if any: the same URL, or the same text (content hash)
   * unless both have different URLs and outlets (a verbatim agency copy published by another
   * outlet is a separate article; syndication detection counts it once).
   */
  async findDuplicate(ref: { url?: string | null; outlet?: string | null; text?: string; hash?: string }, q: Queryable = this.db): Promise<string | null> {
    const hash = ref.hash ?? (ref.text !== undefined ? contentHash(ref.text) : null);
    const r = await q.query<{ id: string }>(
      `SELECT id FROM articles
        WHERE ($2::text IS NOT NULL AND url = $2)
           OR (content_hash = $1 AND ($2::text IS NULL OR url IS NULL OR outlet IS NOT DISTINCT FROM $3::text))
        LIMIT 1`,
      [hash, ref.url ?? null, ref.outlet ?? null],
    );
    return r.rows[0]?.id ?? null;
  }

  /** Stores an article with its extraction in one transaction; an already stored article (see findDuplicate) makes it a no-op. */
  async storeExtraction(x: Extraction, meta: StoreMeta = {}): Promise<StoreResult> {
    const hash = contentHash(x.text);
    const url = meta.url ?? x.article.url ?? null;
    const outlet = meta.outlet ?? x.article.outlet ?? null;
    const id = articleIdFor(hash, url ?? outlet);
    const ref = { url, outlet, hash };
    const existing = await this.findDuplicate(ref);
    if (existing) return { status: "duplicate", id: existing };
    const sig = minhash(x.text);
    const result = await this.db.transaction(async (tx): Promise<StoreResult> => {
      // Serialises concurrent writers of the same text (other workers, other machines).
      await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [hash]);
      const again = await this.findDuplicate(ref, tx);
      if (again) return { status: "duplicate", id: again };
      // One statement: the article row and its annotation rows, derived in SQL from the extraction JSON.
      const r = await tx.query<{ id: string }>(INSERT_ARTICLE, [
        // PostgreSQL text cannot hold NUL: replaced by a space (one character, so offsets stay valid)
        id, url, hash, outlet, day(x.article.published), x.language, x.article.title?.replace(/\0/g, " ") ?? null, x.text.replace(/\0/g, " "), x.article.credits ?? [], sig,
        extractionJson(x), meta.origin ?? null,
        x.entities.map(entityKey),
      ]);
      if (!r.rows.length) return { status: "duplicate", id }; // same URL stored meanwhile
      return { status: "new", id };
    });
    return result;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.db.query<ArticleRow & { extraction: Extraction | string }>(`SELECT ${SUMMARY_COLS}, extraction FROM articles WHERE id = $1`, [id]);
    const row = r.rows[0];
    if (!row) return null;
    const extraction = typeof row.extraction === "string" ? (JSON.parse(row.extraction) as Extraction) : row.extraction;
    return { ...summary(row), extraction };
  }

  async listArticles(opts: { limit?: number; offset?: number; outlet?: string; language?: Lang; since?: string; until?: string; q?: string } = {}): Promise<StoredArticleSummary[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (opts.outlet) where.push(`outlet = ${p(opts.outlet)}`);
    if (opts.language) where.push(`language = ${p(opts.language)}`);
    if (opts.since) where.push(`published >= ${p(opts.since)}`);
    if (opts.until) where.push(`published <= ${p(opts.until)}`);
    if (opts.q) {
      const q = p(opts.q);
      where.push(`(tsv @@ websearch_to_tsquery('german', ${q}) OR tsv @@ websearch_to_tsquery('english', ${q}))`);
    }
    // the page is chosen on the index first; the counts read the stored extractions of its rows only
    const sql = `SELECT ${SUMMARY_COLS} FROM articles WHERE id IN (
        SELECT id FROM articles ${where.length ? "WHERE " + where.join(" AND ") : ""}
         ORDER BY published DESC NULLS LAST, id LIMIT ${p(opts.limit ?? 100)} OFFSET ${p(opts.offset ?? 0)})
      ORDER BY published DESC NULLS LAST, id`;
    return (await this.db.query<ArticleRow>(sql, params)).rows.map(summary);
  }

  /** Every stored extraction with its article id, in id order, fetched in batches (export). */
  async *iterateExtractions(batch = 500): AsyncGenerator<{ id: string; origin: string | null; extraction: Extraction }> {
    let after = "";
    for (;;) {
      const r = await this.db.query<{ id: string; origin: string | null; extraction: Extraction | string }>("SELECT id, origin, extraction FROM articles WHERE id > $1 ORDER BY id LIMIT $2", [after, batch]);
      for (const row of r.rows) yield { id: row.id, origin: row.origin, extraction: typeof row.extraction === "string" ? (JSON.parse(row.extraction) as Extraction) : row.extraction };
      if (r.rows.length < batch) return;
      after = r.rows[r.rows.length - 1]!.id;
    }
  }

  async countArticles(): Promise<number> {
    const r = await this.db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles");
    return r.rows[0]?.n ?? 0;
  }

  /** Full-text search over article texts and claims; the query is parsed with both German and English rules. */
  async search(q: string, opts: { limit?: number; language?: Lang } = {}): Promise<SearchHit[]> {
    const limit = opts.limit ?? 20;
    const lang = opts.language ?? null;
    const tsq = `(websearch_to_tsquery('german', $1) || websearch_to_tsquery('english', $1))`;
    const cfg = `CASE a.language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END`;
    const arts = await this.db.query<{ id: string; title: string | null; outlet: string | null; published: string | null; snippet: string; rank: number }>(
      `SELECT a.id, a.title, a.outlet, a.published, ts_headline(${cfg}, a.text, ${tsq}, 'MaxFragments=1, MaxWords=30, MinWords=10') AS snippet,
              ts_rank(a.tsv, ${tsq}) AS rank
         FROM articles a WHERE a.tsv @@ ${tsq} AND ($2::text IS NULL OR a.language = $2)
         ORDER BY rank DESC, a.id LIMIT $3`,
      [q, lang, limit],
    );
    const claims = await this.db.query<{ id: string; title: string | null; outlet: string | null; published: string | null; snippet: string; rank: number; source: string | null }>(
      `SELECT a.id, a.title, a.outlet, a.published, c.text AS snippet, ts_rank(c.tsv, ${tsq}) AS rank, c.source
         FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.tsv @@ ${tsq} AND ($2::text IS NULL OR a.language = $2)
         ORDER BY rank DESC, a.id, c.idx LIMIT $3`,
      [q, lang, limit],
    );
    const hits: SearchHit[] = [
      ...arts.rows.map((r) => ({ kind: "article" as const, articleId: r.id, title: r.title, outlet: r.outlet, published: r.published, snippet: r.snippet, rank: Number(r.rank) })),
      ...claims.rows.map((r) => ({ kind: "claim" as const, articleId: r.id, title: r.title, outlet: r.outlet, published: r.published, snippet: r.snippet, rank: Number(r.rank), source: r.source })),
    ];
    return hits.sort((a, b) => b.rank - a.rank).slice(0, limit);
  }

  /** The situation builder's input, read from the annotation tables (not the JSON blobs). */
  async loadSituationArticles(opts: { since?: string; until?: string; ids?: string[] } = {}): Promise<SituationArticle[]> {
    const cond: string[] = [];
    const params: unknown[] = [];
    if (opts.since) cond.push(`a.published >= $${params.push(opts.since)}`);
    if (opts.until) cond.push(`a.published <= $${params.push(opts.until)}`);
    if (opts.ids) cond.push(`a.id = ANY($${params.push(opts.ids)}::text[])`);
    const where = cond.length ? `WHERE ${cond.join(" AND ")}` : "";
    // Each table comes back as one JSON text (json_agg of row arrays): far fewer rows to decode
    // than one result row per annotation, which matters with 10,000+ articles.
    const agg = async <T>(sql: string): Promise<T[]> => {
      const r = await this.db.query<{ j: string | null }>(sql, params);
      return r.rows[0]?.j ? (JSON.parse(r.rows[0].j) as T[]) : [];
    };
    type ArtRow = [string, string | null, string | null, string | null, string | null, Lang, string[] | null, number[] | null];
    const arts = await agg<ArtRow>(
      `SELECT json_agg(json_build_array(a.id, a.url, a.outlet, a.title, a.published, a.language, a.credits, a.signature) ORDER BY a.published NULLS LAST, a.id)::text AS j FROM articles a ${where}`,
    );
    const byId = new Map<string, SituationArticle>();
    const out: SituationArticle[] = arts.map(([id, url, outlet, title, published, language, credits, signature]) => {
      const s: SituationArticle = { id, url, outlet, title, published, language, credits: credits ?? [], signature, entities: [], figures: [], claims: [], events: [] };
      byId.set(id, s);
      return s;
    });
    if (!out.length) return out;
    const join = `JOIN articles a ON a.id = t.article_id ${where}`;
    type EntRow = [string, string, string, Entity["type"], string[] | null, string | null, number | null, number | null];
    for (const [aid, key, name, type, aliases, country, lat, lon] of await agg<EntRow>(
      `SELECT json_agg(json_build_array(t.article_id, t.key, t.name, t.type, t.aliases, t.country, t.lat, t.lon) ORDER BY t.article_id, t.idx)::text AS j FROM entities t ${join}`,
    ))
      byId.get(aid)?.entities.push({ key, name, type, aliases: aliases ?? [], country, lat, lon });
    type FigRow = [string, Figure["category"], number, Figure["qualifier"], string | null, string | null, string | null, string, string | null, number, number, Figure["group"], string | null, string | null, boolean | null, Figure["status"]];
    for (const [aid, category, value, qualifier, subject, source, speaker, text, date, start, end, group, place, country, cumulative, status] of await agg<FigRow>(
      `SELECT json_agg(json_build_array(t.article_id, t.category, t.value, t.qualifier, t.subject, t.source, t.speaker, t.text, t.date, t.start_off, t.end_off, t.grp, t.place, t.country, t.cumulative, t.status) ORDER BY t.article_id, t.idx)::text AS j FROM figures t ${join}`,
    ))
      byId.get(aid)?.figures.push({ category, value: Number(value), qualifier, subject, source, speaker, text, date, start, end, group, place, country, cumulative: cumulative ?? false, status });
    type ClaimRow = [string, string | null, string | null, Claim["mode"], string, string | null, boolean, number, number];
    for (const [aid, source, speaker, mode, text, cue, unverified, start, end] of await agg<ClaimRow>(
      `SELECT json_agg(json_build_array(t.article_id, t.source, t.speaker, t.mode, t.text, t.cue, t.unverified, t.start_off, t.end_off) ORDER BY t.article_id, t.idx)::text AS j FROM claims t ${join}`,
    ))
      byId.get(aid)?.claims.push({ source, speaker, mode, text, cue, unverified, start, end });
    for (const [aid, data] of await agg<[string, Event]>(`SELECT json_agg(json_build_array(t.article_id, t.data) ORDER BY t.article_id, t.idx)::text AS j FROM events t ${join}`))
      byId.get(aid)?.events.push(data);
    return out;
  }

  // ---------------------------------------------------------------- feeds

  async addFeed(url: string, title?: string | null): Promise<void> {
    await this.db.query("INSERT INTO feeds (url, title) VALUES ($1, $2) ON CONFLICT (url) DO UPDATE SET title = coalesce(EXCLUDED.title, feeds.title)", [url, title ?? null]);
  }

  async listFeeds(): Promise<FeedRow[]> {
    const r = await this.db.query<{ url: string; title: string | null; last_fetched: Date | string | null; last_error: string | null }>("SELECT url, title, last_fetched, last_error FROM feeds ORDER BY url");
    return r.rows.map((f) => ({ url: f.url, title: f.title, lastFetched: iso(f.last_fetched), lastError: f.last_error }));
  }

  async markFeed(url: string, error?: string | null): Promise<void> {
    await this.db.query("UPDATE feeds SET last_fetched = now(), last_error = $2 WHERE url = $1", [url, error ?? null]);
  }

  // ---------------------------------------------------------------- job queue

  async enqueue(kind: JobKind, payload: Record<string, unknown>, opts: { maxAttempts?: number } = {}): Promise<number> {
    const r = await this.db.query<{ id: number }>("INSERT INTO jobs (kind, payload, max_attempts) VALUES ($1, $2, $3) RETURNING id", [kind, jsonbText(payload), opts.maxAttempts ?? 3]);
    return Number(r.rows[0]!.id);
  }

  /**
   * Claims the oldest runnable job with a lease of queue.leaseSeconds; concurrent workers (any machine)
   * never get the same job. Every claim first puts back jobs whose lease ran out (their worker died).
   */
  async claimJob(workerId: string, kinds?: JobKind[]): Promise<Job | null> {
    await this.requeueExpired();
    const r = await this.db.query<{ id: number; kind: JobKind; payload: Record<string, unknown> | string; attempts: number }>(
      `UPDATE jobs SET status = 'running', locked_by = $1, locked_at = now(), attempts = attempts + 1,
              lease_until = now() + make_interval(secs => $3)
        WHERE id = (SELECT id FROM jobs WHERE status = 'queued' AND run_after <= now() AND ($2::text[] IS NULL OR kind = ANY($2::text[]))
                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, payload, attempts`,
      [workerId, kinds ?? null, this.queue.leaseSeconds],
    );
    const row = r.rows[0];
    if (!row) return null;
    return { id: Number(row.id), kind: row.kind, payload: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload, attempts: row.attempts, owner: workerId };
  }

  /** Extends a claimed job's lease (the worker's heartbeat); false when the lease was lost to another worker. */
  async renewLease(job: Job): Promise<boolean> {
    const r = await this.db.query(
      `UPDATE jobs SET lease_until = now() + make_interval(secs => $4) WHERE id = $1 AND status = 'running' AND locked_by = $2 AND attempts = $3 RETURNING id`,
      [job.id, job.owner ?? null, job.attempts, this.queue.leaseSeconds],
    );
    return r.rows.length > 0;
  }

  /** Marks a job done; given the claimed Job, only while the lease is still that claim's (false otherwise). */
  async finishJob(job: number | Job, result?: unknown): Promise<boolean> {
    const r = await this.db.query(
      `UPDATE jobs SET status = 'done', finished_at = now(), result = $2, error = NULL, lease_until = NULL
        WHERE id = $1 AND ($3::text IS NULL OR (status = 'running' AND locked_by = $3 AND attempts = $4)) RETURNING id`,
      [jobIdOf(job), result === undefined ? null : jsonbText(result), ...ownerKey(job)],
    );
    return r.rows.length > 0;
  }

  /** Records a failure; the job goes back to the queue (with a doubling back-off) until max_attempts is reached. */
  async failJob(job: number | Job, error: string): Promise<boolean> {
    const r = await this.db.query(
      `UPDATE jobs SET error = $2, locked_by = NULL, lease_until = NULL,
              status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
              run_after = now() + make_interval(secs => $5 * power(2, greatest(attempts - 1, 0))),
              finished_at = CASE WHEN attempts >= max_attempts THEN now() ELSE NULL END
        WHERE id = $1 AND ($3::text IS NULL OR (status = 'running' AND locked_by = $3 AND attempts = $4)) RETURNING id`,
      [jobIdOf(job), error, ...ownerKey(job), this.queue.backoffSeconds],
    );
    return r.rows.length > 0;
  }

  /**
   * Puts back jobs whose lease ran out (their worker stopped renewing it): queued again (at once the first
   * time, the lease length was the wait; then after a doubling back-off),
   * or failed with the error once queue.maxLeaseLosses leases were lost. Runs before every claim.
   */
  async requeueExpired(): Promise<number> {
    const r = await this.db.query(
      `UPDATE jobs SET locked_by = NULL, lease_until = NULL, lease_losses = lease_losses + 1,
              error = 'lease expired: worker ' || coalesce(locked_by, '?') || ' stopped during attempt ' || attempts,
              status = CASE WHEN lease_losses + 1 >= $2 THEN 'failed' ELSE 'queued' END,
              run_after = now() + make_interval(secs => $1 * (power(2, lease_losses) - 1)),
              finished_at = CASE WHEN lease_losses + 1 >= $2 THEN now() ELSE NULL END
        WHERE id IN (SELECT id FROM jobs WHERE status = 'running' AND lease_until < now() FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [this.queue.backoffSeconds, this.queue.maxLeaseLosses],
    );
    return r.rows.length;
  }

  /** Puts back running jobs claimed longer than staleSeconds ago or whose lease ran out (see requeueExpired). */
  async requeueStale(staleSeconds = 600): Promise<number> {
    await this.db.query("UPDATE jobs SET lease_until = now() - interval '1 second' WHERE status = 'running' AND (lease_until IS NULL OR locked_at < now() - make_interval(secs => $1))", [staleSeconds]);
    return this.requeueExpired();
  }

  async jobCounts(): Promise<Record<"queued" | "running" | "done" | "failed", number>> {
    const r = await this.db.query<{ status: string; n: number }>("SELECT status, count(*)::int AS n FROM jobs GROUP BY status");
    const out = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const row of r.rows) if (row.status in out) out[row.status as keyof typeof out] = row.n;
    return out;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** Opens (and migrates) the store: PostgreSQL when DATABASE_URL / opts.databaseUrl is set, else PGlite. */
export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  const databaseUrl = opts.databaseUrl === undefined ? process.env.DATABASE_URL || null : opts.databaseUrl;
  const db = await openDb({ databaseUrl, dataDir: opts.dataDir, schema: opts.schema });
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return new Store(db, opts.queue);
}

/** The situation builder's view of an extraction that is not (yet) stored (tests, benchmark). */
export function toSituationArticle(x: Extraction, meta: StoreMeta & { id?: string } = {}): SituationArticle {
  return {
    id: meta.id ?? articleIdFor(contentHash(x.text), meta.url ?? x.article.url ?? meta.outlet ?? x.article.outlet),
    url: meta.url ?? x.article.url ?? null,
    outlet: meta.outlet ?? x.article.outlet ?? null,
    title: x.article.title,
    published: day(x.article.published),
    language: x.language,
    credits: x.article.credits ?? [],
    signature: minhash(x.text),
    entities: x.entities.map((e) => ({ ...e, key: entityKey(e) })),
    figures: x.figures,
    claims: x.claims,
    events: x.events,
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** JSON that PostgreSQL's jsonb accepts: NUL characters become spaces, lone surrogates ("\uDC00" alone) U+FFFD. */
export function jsonbText(value: unknown): string {
  const json = JSON.stringify(value);
  if (!/\\u0000|\\ud[89a-f]/i.test(json)) return json;
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "string" ? v.replace(/\0/g, " ").replace(LONE_SURROGATE, "\uFFFD") : v));
}

/** The extraction as JSON for the jsonb column. */
function extractionJson(x: Extraction): string {
  return jsonbText(x);
}

/** Drops a schema on a real server (test cleanup). */
export async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  const db = await openDb({ databaseUrl });
  try {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
    await db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await db.close();
  }
}

// ------------------------------------------------------------------ helpers

const SUMMARY_COLS = `id, url, outlet, title, published, language, credits, origin, ingested_at,
  jsonb_array_length(extraction->'entities') AS n_entities, jsonb_array_length(extraction->'figures') AS n_figures,
  jsonb_array_length(extraction->'claims') AS n_claims, jsonb_array_length(extraction->'events') AS n_events`;

interface ArticleRow {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: Lang;
  credits: string[] | null;
  origin: string | null;
  ingested_at: Date | string;
  n_entities: number;
  n_figures: number;
  n_claims: number;
  n_events: number;
}

function iso(d: Date | string | null): string | null {
  if (d === null) return null;
  return d instanceof Date ? d.toISOString() : new Date(d).toISOString();
}

function summary(r: ArticleRow): StoredArticleSummary {
  return {
    id: r.id, url: r.url, outlet: r.outlet, title: r.title, published: r.published, language: r.language, credits: r.credits ?? [], origin: r.origin,
    ingestedAt: iso(r.ingested_at)!,
    counts: { entities: Number(r.n_entities), figures: Number(r.n_figures), claims: Number(r.n_claims), events: Number(r.n_events) },
  };
}

/**
 * Inserts an article and all its annotation rows in one statement (data-modifying CTEs): the rows
 * are read from the extraction JSON ($11) inside the database, so there is one round trip per
 * article. When the article row conflicts (same URL), nothing is inserted.
 * $13: the entities' merge keys (computed in TypeScript, see entityKey).
 */
const INSERT_ARTICLE = `
WITH a AS (
  INSERT INTO articles (id, url, content_hash, outlet, published, language, title, text, credits, signature, extraction, origin)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12)
  ON CONFLICT DO NOTHING
  RETURNING id, extraction, language
), ent AS (
  INSERT INTO entities (article_id, idx, key, name, type, aliases, country, lat, lon)
  SELECT a.id, t.ord - 1, ($13::text[])[t.ord], t.v->>'name', t.v->>'type',
         ARRAY(SELECT jsonb_array_elements_text(coalesce(t.v->'aliases', '[]'::jsonb))),
         t.v->>'country', (t.v->>'lat')::float8, (t.v->>'lon')::float8
    FROM a, jsonb_array_elements(a.extraction->'entities') WITH ORDINALITY AS t(v, ord)
), fig AS (
  INSERT INTO figures (article_id, idx, category, value, qualifier, subject, source, speaker, text, date, start_off, end_off, grp, place, country, cumulative, status)
  SELECT a.id, t.ord - 1, t.v->>'category', (t.v->>'value')::float8, t.v->>'qualifier', t.v->>'subject', t.v->>'source', t.v->>'speaker',
         t.v->>'text', t.v->>'date', (t.v->>'start')::int, (t.v->>'end')::int,
         t.v->>'group', t.v->>'place', t.v->>'country', (t.v->>'cumulative')::boolean, t.v->>'status'
    FROM a, jsonb_array_elements(a.extraction->'figures') WITH ORDINALITY AS t(v, ord)
), cla AS (
  INSERT INTO claims (article_id, idx, language, source, speaker, mode, text, cue, unverified, start_off, end_off)
  SELECT a.id, t.ord - 1, a.language, t.v->>'source', t.v->>'speaker', t.v->>'mode', t.v->>'text', t.v->>'cue',
         coalesce((t.v->>'unverified')::boolean, false), (t.v->>'start')::int, (t.v->>'end')::int
    FROM a, jsonb_array_elements(a.extraction->'claims') WITH ORDINALITY AS t(v, ord)
), tim AS (
  INSERT INTO times (article_id, idx, text, value, type, start_off, end_off)
  SELECT a.id, t.ord - 1, t.v->>'text', t.v->>'value', t.v->>'type', (t.v->>'start')::int, (t.v->>'end')::int
    FROM a, jsonb_array_elements(a.extraction->'times') WITH ORDINALITY AS t(v, ord)
), evt AS (
  INSERT INTO events (article_id, idx, type, date, country, location, lat, lon, fatalities, data)
  SELECT a.id, t.ord - 1, t.v->>'type', t.v->>'date', t.v->>'country', t.v->>'location',
         (t.v->>'lat')::float8, (t.v->>'lon')::float8, (t.v->>'fatalities')::float8, t.v
    FROM a, jsonb_array_elements(a.extraction->'events') WITH ORDINALITY AS t(v, ord)
)
SELECT id FROM a`;
