// `lagebild ingest --server URL --token T`: sends files, folders, stdin and URLs to a running
// `lagebild serve` instead of opening the store, which the server holds ("the store is in use by
// lagebild serve"). Records go in batches to POST /api/articles; the batch job is followed to its end.
import { InputError } from "../ingest/errors.js";
import type { ArticleRecord, Job } from "../schema/index.js";
import type { IngestItem } from "../jobs/ingest.js";

/** Records per request, and the bytes a request may hold (below the server's default 32 MB). */
const BATCH_RECORDS = 200;
const BATCH_BYTES = 16 * 1024 * 1024;

export interface RemoteOptions {
  server: string;
  token?: string;
  published?: string;
  lang?: string;
  /** Called with a line for each problem ("a.txt: not valid JSON"). */
  warn: (line: string) => void;
}

export interface RemoteSummary {
  sent: number;
  new: number;
  duplicate: number;
  failed: number;
  skipped: number;
  errors: { item: string; message: string }[];
}

/** The record an item becomes on the wire: its text or page, its file name and what the item knows. */
export function recordOf(item: IngestItem, opts: Pick<RemoteOptions, "published" | "lang">): ArticleRecord | null {
  const known = { url: item.url ?? undefined, outlet: item.outlet ?? undefined, title: item.title ?? undefined, published: opts.published ?? item.published ?? undefined, language: opts.lang as ArticleRecord["language"] };
  const fileName = /^(stdin|https?:)/.test(item.origin) ? undefined : item.origin.split("/").pop();
  if (item.kind === "url") return { ...known, url: item.url ?? item.origin };
  if (item.kind === "text") return { ...known, text: item.content ?? "", fileName };
  if (item.kind === "html") return { ...known, html: item.content ?? "", fileName };
  if (item.kind === "json") {
    try {
      return { ...(JSON.parse(item.content ?? "") as ArticleRecord), ...(opts.published ? { published: opts.published } : {}), ...(opts.lang ? { language: opts.lang as ArticleRecord["language"] } : {}) };
    } catch {
      return null;
    }
  }
  return null; // exported extractions are imported into a store directly, not re-extracted by a server
}

/** Calls the server's API with the token; an error answer becomes one clear line. */
async function call<T>(opts: RemoteOptions, method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> {
  let res: Response;
  try {
    res = await fetch(new URL(path, opts.server), {
      method,
      headers: { ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}), ...(body ? { "Content-Type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    throw new InputError(`cannot reach the server at ${opts.server}: ${(e as Error).message}`);
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: reported below when the status is an error
  }
  if (res.status === 401) throw new InputError(`the server at ${opts.server} refused the token (give --token, or LAGEBILD_TOKEN; \`lagebild serve\` printed it and keeps it in DATA/api-token)`);
  if (res.status >= 400) {
    const message = (data as { error?: { message?: string } } | null)?.error?.message ?? text.slice(0, 200);
    throw new InputError(`the server answered ${res.status}: ${message}`);
  }
  return { status: res.status, data: data as T };
}

/** Follows a job until it is done or failed (polling every half second). */
async function follow(opts: RemoteOptions, job: Job): Promise<Job> {
  while (job.state === "queued" || job.state === "running") {
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = (await call<{ job: Job }>(opts, "GET", `/api/jobs/${encodeURIComponent(job.id)}`)).data.job;
  }
  return job;
}

/** Sends one batch of records and adds the outcome to the summary. */
async function sendBatch(opts: RemoteOptions, records: ArticleRecord[], summary: RemoteSummary): Promise<void> {
  summary.sent += records.length;
  const { status, data } = await call<{ job: Job }>(opts, "POST", "/api/articles", records);
  if (status !== 202 || !data?.job) throw new InputError(`the server answered ${status} without a job`);
  const job = await follow(opts, data.job);
  summary.new += job.new;
  summary.duplicate += job.duplicate;
  summary.failed += job.failed;
  summary.errors.push(...job.errors);
}

/** Sends every item to the server in batches; returns what the server stored. */
export async function ingestRemote(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, opts: RemoteOptions): Promise<RemoteSummary> {
  if (!opts.token) throw new InputError("--server needs the API token: give --token TOKEN or set LAGEBILD_TOKEN");
  const summary: RemoteSummary = { sent: 0, new: 0, duplicate: 0, failed: 0, skipped: 0, errors: [] };
  let batch: ArticleRecord[] = [];
  let bytes = 0;
  for await (const item of items) {
    const record = recordOf(item, opts);
    if (!record) {
      summary.skipped++;
      opts.warn(`${item.origin}: ${item.kind === "extraction" ? "an exported extraction is imported into a store, not sent to a server" : "not a valid article record"}; skipped`);
      continue;
    }
    const size = JSON.stringify(record).length;
    if (batch.length && (batch.length >= BATCH_RECORDS || bytes + size > BATCH_BYTES)) {
      await sendBatch(opts, batch, summary);
      batch = [];
      bytes = 0;
    }
    batch.push(record);
    bytes += size;
  }
  if (batch.length) await sendBatch(opts, batch, summary);
  return summary;
}
