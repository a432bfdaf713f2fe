// Queue worker: claims jobs from the database (FOR UPDATE SKIP LOCKED), so several `lagebild worker`
// processes on several machines can share one PostgreSQL database. Job payloads (shared with the
// server's queue, src/server/adapter.ts, so either side can run the other's jobs):
//   ingest-record  { record: ArticleRecord, item: "description", batch?, options?: { published?, lang?, mtime?, nameDate? } }
//                  result { status: "new" | "duplicate" | "failed", id?, message? }
//   fetch-feed     { url, item?, batch?, options? }: its entries are queued as ingest-record jobs; result { status, items }
// Each claimed job holds a lease (store.queue.leaseSeconds) renewed by a heartbeat while this worker
// works on it; a killed worker's job is put back by the next claim of any worker once its lease runs out.
// Part of src/jobs. Public: recordPayload, enqueueItem, enqueueFeed, runWorker (`lagebild worker`, `lagebild serve`).
import { hostname } from "node:os";
import type { Job, Store } from "../store/index.js";
import { dateInName, feedItemOutlet, ingestItem, sameSite, type IngestItem, type IngestOptions, type IngestOutcome } from "./ingest.js";
import { safeFetch } from "./fetch.js";
import type { ArticleRecord } from "../schema/index.js";
import { InputError } from "../ingest/errors.js";

export interface WorkerOptions {
  /** Exit when the queue is empty instead of waiting for more work. */
  once?: boolean;
  /** Poll interval when idle (ms, default 2000). */
  pollMs?: number;
  workerId?: string;
  log?: (line: string) => void;
  /** Stop after this many jobs (tests). */
  maxJobs?: number;
  signal?: AbortSignal;
  /** Where articles are extracted (serve: its extraction threads); default: in this thread. */
  extractor?: IngestOptions["extractor"];
}

export interface WorkerStats {
  processed: number;
  failed: number;
  outcomes: Record<string, number>;
}

interface RecordOptions {
  published?: string;
  lang?: IngestOptions["lang"];
  mtime?: string | null;
  nameDate?: string | null;
}

/** The job payload for one article (an ArticleRecord, as the server queues them). */
export function recordPayload(item: IngestItem, options: IngestOptions = {}, batch?: string): Record<string, unknown> {
  if (item.kind === "extraction") throw new Error("extractions are stored directly, not queued");
  const record: ArticleRecord = { url: item.url ?? undefined, outlet: item.outlet ?? undefined, published: item.published ?? undefined, title: item.title ?? undefined };
  let fmt: "json" | "text" | "html" | "url" = item.kind;
  if (item.kind === "json") {
    let data: unknown;
    try {
      data = JSON.parse(item.content ?? "{}");
    } catch (e) {
      throw new InputError(`${item.origin}: not valid JSON: ${(e as Error).message.split("\n")[0]}`);
    }
    if (!data || typeof data !== "object" || Array.isArray(data)) throw new InputError(`${item.origin}: not an article record`);
    Object.assign(record, data);
  }
  else if (item.kind === "html") record.html = item.content;
  else if (item.kind === "text") record.text = item.content;
  else fmt = "url";
  const opts: RecordOptions = { published: options.published, lang: options.lang, mtime: item.mtime ?? null, nameDate: item.nameDate ?? null };
  return { ...(batch ? { batch } : {}), item: item.origin, record, format: fmt, options: opts };
}

/** Turns a queued record back into an ingest item. */
function itemOf(payload: Record<string, unknown>): { item: IngestItem; options: IngestOptions } {
  const record = (payload.record ?? {}) as ArticleRecord;
  const o = (payload.options ?? {}) as RecordOptions;
  // a batch from the page or `ingest --server` carries the file's name: its date is the last resort, as for local files
  if (!o.nameDate && record.fileName) o.nameDate = dateInName(record.fileName);
  const origin = typeof payload.item === "string" ? payload.item : (record.url ?? "queued record");
  const hasBody = typeof record.text === "string" || typeof record.html === "string";
  // Plain-text files keep the text reader's behaviour (an explicit --published wins over the text's date).
  const item: IngestItem = !hasBody && record.url
    ? { kind: "url", origin, url: record.url ?? null, outlet: record.outlet ?? null, published: record.published ?? null, title: record.title ?? null }
    : payload.format === "text" && typeof record.text === "string"
      ? { kind: "text", content: record.text, origin, url: record.url ?? null, outlet: record.outlet ?? null, published: record.published ?? null, mtime: o.mtime ?? null, nameDate: o.nameDate ?? null }
      : payload.format === "html" && typeof record.html === "string"
        ? { kind: "html", content: record.html, origin, url: record.url ?? null, outlet: record.outlet ?? null, published: record.published ?? null, title: record.title ?? null, mtime: o.mtime ?? null, nameDate: o.nameDate ?? null }
        : { kind: "json", content: JSON.stringify(record), origin, url: record.url ?? null, outlet: record.outlet ?? null, mtime: o.mtime ?? null, nameDate: o.nameDate ?? null };
  return { item, options: { published: o.published, lang: o.lang } };
}

/** Queues one article for the workers. */
export function enqueueItem(store: Store, item: IngestItem, options: IngestOptions = {}, batch?: string): Promise<number> {
  return store.enqueue("ingest-record", recordPayload(item, options, batch), { maxAttempts: item.kind === "url" ? 3 : 1 });
}

/** Queues a feed for the workers. */
export function enqueueFeed(store: Store, url: string, options: IngestOptions = {}, batch?: string): Promise<number> {
  return store.enqueue("fetch-feed", { ...(batch ? { batch } : {}), url, item: url, options: { published: options.published, lang: options.lang } }, { maxAttempts: 2 });
}

async function feedEntries(url: string): Promise<IngestItem[]> {
  const { default: Parser } = await import("rss-parser");
  const res = await safeFetch(url, { accept: ["application/rss", "application/atom", "application/xml", "text/xml", "application/feed", "text/html", "text/plain"] });
  const feed = await new Parser({ customFields: { item: ["content:encoded"] } }).parseString(res.body);
  const items: IngestItem[] = [];
  for (const it of feed.items ?? []) {
    const body = (it as { "content:encoded"?: string })["content:encoded"] ?? it.content ?? "";
    // the feed's title for its own site's items, the link's site for an aggregator's (as ingestFeed)
    const outlet = feedItemOutlet(url, feed.title, it.link ?? null);
    const plain = body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
    if (plain.length >= 600) items.push({ kind: "html", content: `<html><body><article><h1>${(it.title ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;")}</h1>${body}</article></body></html>`, origin: it.link ?? url, url: it.link ?? null, outlet, published: it.isoDate ?? null, title: it.title ?? null });
    else if (it.link) items.push({ kind: "url", origin: it.link, url: it.link, outlet: sameSite(url, it.link) ? outlet : null, published: it.isoDate ?? null, title: it.title ?? null });
  }
  return items;
}

/** Renews the job's lease every third of its length while the worker works on it (stopped by clearInterval). */
function holdLease(store: Store, job: Job, log: (line: string) => void): ReturnType<typeof setInterval> {
  let lost = false;
  const timer = setInterval(() => {
    store.renewLease(job).then((held) => {
      if (!held && !lost) log(`lease     job ${job.id} was taken over by another worker; its result will not be recorded`);
      lost ||= !held;
    }, (e: unknown) => log(`lease     job ${job.id}: renewal failed: ${(e as Error).message}`));
  }, Math.max(50, (store.queue.leaseSeconds * 1000) / 3));
  timer.unref();
  return timer;
}

export async function runWorker(store: Store, opts: WorkerOptions = {}): Promise<WorkerStats> {
  const id = opts.workerId ?? `${hostname()}:${process.pid}`;
  const log = opts.log ?? (() => undefined);
  const stats: WorkerStats = { processed: 0, failed: 0, outcomes: {} };
  while (!opts.signal?.aborted) {
    if (opts.maxJobs !== undefined && stats.processed >= opts.maxJobs) break;
    const job = await store.claimJob(id);
    if (!job) {
      if (opts.once) break;
      await new Promise((r) => setTimeout(r, opts.pollMs ?? 2000));
      continue;
    }
    stats.processed++;
    const heartbeat = holdLease(store, job, log);
    try {
      if (job.kind === "ingest-record") {
        const { item, options } = itemOf(job.payload);
        const o: IngestOutcome = await ingestItem(store, item, { ...options, extractor: opts.extractor });
        stats.outcomes[o.status] = (stats.outcomes[o.status] ?? 0) + 1;
        // A failed article is an answer, not a crash: fetch errors retry (failJob re-queues until max_attempts), bad input does not.
        if (o.status === "failed" && item.kind === "url" && /fetch|timeout|HTTP 5|resolve/i.test(o.reason ?? "")) {
          await store.failJob(job, o.reason ?? "failed");
          stats.failed++;
        } else await store.finishJob(job, { status: o.status, id: o.id, message: o.reason, warnings: o.warnings.length ? o.warnings : undefined });
        log(`${o.status.padEnd(9)} ${o.origin}${o.reason ? ` — ${o.reason}` : ""}`);
      } else if (job.kind === "fetch-feed") {
        const p = job.payload as { url: string; batch?: string; options?: IngestOptions };
        await store.addFeed(p.url);
        const items = await feedEntries(p.url);
        for (const item of items) await enqueueItem(store, item, p.options ?? {}, p.batch);
        await store.markFeed(p.url, null);
        await store.finishJob(job, { status: "done", items: items.length });
        log(`feed      ${p.url}: ${items.length} entries queued`);
      } else {
        await store.failJob(job, `unknown job kind ${job.kind}`);
        stats.failed++;
      }
    } catch (e) {
      const msg = (e instanceof Error ? e.message : String(e)).split("\n")[0]!;
      stats.failed++;
      await store.failJob(job, msg);
      if (job.kind === "fetch-feed") await store.markFeed(String(job.payload.url), msg).catch(() => undefined);
      log(`error     job ${job.id}: ${msg}`);
    } finally {
      clearInterval(heartbeat);
    }
  }
  return stats;
}
