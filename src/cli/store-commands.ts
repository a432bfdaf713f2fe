// Store commands: `lagebild ingest`, `situation`, `export`, `worker`. Registered by src/cli/main.ts.
import { createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve as resolvePath } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { InputError } from "../ingest/errors.js";
import { isCalendarDay } from "../extract/record.js";
import { languageCodes } from "../lang/registry.js";
import type { Lang } from "../schema/index.js";

/** Writes to stdout and waits while its buffer is full (the situation goes out a story at a time, exports a table at once). */
function stdoutChunk(chunk: string): Promise<void> | void {
  if (process.stdout.write(chunk)) return;
  return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
}

interface StoreOpts {
  data: string;
}

const DATA_HELP = "data folder of the embedded store (ignored when DATABASE_URL is set)";
const DEFAULT_DATA = "./lagebild-data";

function day(v: string): string {
  if (!isCalendarDay(v)) throw new InvalidArgumentError("expected a real date YYYY-MM-DD");
  return v;
}

function positive(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}

async function open(opts: StoreOpts) {
  const { openStore } = await import("../store/index.js");
  try {
    return await openStore({ dataDir: opts.data });
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    if (process.env.DATABASE_URL) throw new InputError(`cannot open the PostgreSQL store (DATABASE_URL): ${msg.split("\n")[0]}`);
    throw new InputError(`cannot open the store in ${opts.data}: ${msg.split("\n")[0]}`);
  }
}

export function register(program: Command): void {
  program
    .command("ingest")
    .description("extract and store articles: files, folders, JSONL/JSON records, HTML pages, URLs; --feed for RSS/Atom")
    .argument("[paths...]", "files, folders or http(s) URLs; - reads stdin (JSONL records, a JSON record or array, or one article)")
    .option("--feed <url>", "RSS or Atom feed to read (repeatable); it is remembered for --all-feeds", (v: string, prev: string[] = []) => [...prev, v])
    .option("--all-feeds", "read every feed ingested before again")
    .option("--published <date>", "publication day YYYY-MM-DD for articles that carry none", day)
    .addOption(new Option("--lang <lang>", "language of the articles (default: detected)").choices(languageCodes()))
    .option("--allow-private-fetch", "let URLs and feeds reach loopback and private addresses; same as LAGEBILD_ALLOW_PRIVATE_FETCH=1")
    .option("--queue", "only queue the articles; `lagebild worker` processes them (several workers may share a PostgreSQL database)")
    .option("--data <dir>", DATA_HELP, DEFAULT_DATA)
    .option("--server <url>", "send the articles to a running `lagebild serve` (which holds the store) instead of opening the store")
    .option("--token <token>", "the server's API token for --server (default: LAGEBILD_TOKEN)")
    .option("--json", "print the summary as JSON")
    .option("-q, --quiet", "no per-article lines for failures and warnings")
    .action(async (paths: string[], opts: StoreOpts & { server?: string; token?: string; feed?: string[]; allFeeds?: boolean; published?: string; lang?: Lang; allowPrivateFetch?: boolean; queue?: boolean; json?: boolean; quiet?: boolean }) => {
      if (opts.allowPrivateFetch) process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = "1";
      if (!paths.length && !opts.feed?.length && !opts.allFeeds) throw new InputError("nothing to ingest: give files, folders, URLs, --feed URL or --all-feeds");
      const ing = await import("../jobs/ingest.js");
      const files = ing.expandPaths(paths); // fails early on a missing path, before the store is opened
      if (opts.server) return ingestThroughServer(ing, files, opts);
      const store = await open(opts);
      try {
        if (opts.allFeeds) {
          const known = (await store.listFeeds()).map((f) => f.url);
          if (!known.length) process.stderr.write("lagebild: no feeds recorded yet (add one with --feed URL)\n");
          opts.feed = [...new Set([...(opts.feed ?? []), ...known])];
        }
        if (opts.queue) {
          const w = await import("../jobs/worker.js");
          let queued = 0, stored = 0;
          for (const f of files) {
            let items;
            try {
              items = await ing.readItemsOf(f);
            } catch (e) {
              process.stderr.write(`lagebild: ${f}: ${(e as Error).message}\n`);
              continue;
            }
            for (const it of items) {
              if (it.kind === "extraction") {
                await ing.ingestItem(store, it, opts);
                stored++;
              } else {
                try {
                  await w.enqueueItem(store, it, { published: opts.published, lang: opts.lang });
                  queued++;
                } catch (e) {
                  if (!(e instanceof InputError)) throw e;
                  process.stderr.write(`lagebild: failed: ${e.message}\n`);
                }
              }
            }
          }
          for (const feed of opts.feed ?? []) {
            await w.enqueueFeed(store, feed, { published: opts.published, lang: opts.lang });
            queued++;
          }
          const counts = await store.jobCounts();
          const out = { queued, storedExtractions: stored, queue: counts };
          process.stdout.write(opts.json ? JSON.stringify(out) + "\n" : `queued ${queued} job(s)${stored ? `, stored ${stored} exported extraction(s)` : ""}; queue: ${counts.queued} waiting, ${counts.running} running, ${counts.done} done, ${counts.failed} failed. Run \`lagebild worker\` to process them.\n`);
          return;
        }
        const progress = await makeProgress();
        const summaries = [];
        if (files.length) summaries.push(await ing.ingestPaths(store, paths, { published: opts.published, lang: opts.lang, progress }));
        for (const feed of opts.feed ?? []) summaries.push(await ing.ingestFeed(store, feed, { published: opts.published, lang: opts.lang, progress }));
        const total = { new: 0, duplicate: 0, failed: 0, skipped: 0, seconds: 0, outcomes: [] as import("../jobs/ingest.js").IngestOutcome[] };
        for (const s of summaries) {
          total.new += s.new;
          total.duplicate += s.duplicate;
          total.failed += s.failed;
          total.skipped += s.skipped;
          total.seconds += s.seconds;
          total.outcomes.push(...s.outcomes);
        }
        if (opts.json) {
          process.stdout.write(JSON.stringify({ ...total, stored: await store.countArticles() }, null, 2) + "\n");
        } else {
          if (!opts.quiet) {
            for (const o of total.outcomes) {
              for (const w of o.warnings) process.stderr.write(`lagebild: warning: ${o.origin}: ${w}\n`);
              if (o.status === "failed") process.stderr.write(`lagebild: failed: ${o.origin}: ${o.reason}\n`);
              if (o.status === "skipped") process.stderr.write(`lagebild: skipped: ${o.origin}: ${o.reason}\n`);
            }
          }
          const n = total.new + total.duplicate + total.failed + total.skipped;
          const rate = total.seconds > 0 ? ` in ${total.seconds.toFixed(1)} s (${(n / total.seconds).toFixed(1)} articles/s)` : "";
          process.stdout.write(`${n} article(s)${rate}: ${total.new} new, ${total.duplicate} duplicate, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}; ${await store.countArticles()} stored (${store.kind}).\n`);
          const reasons = new Map<string, number>();
          for (const o of total.outcomes) if (o.status === "failed") reasons.set(o.reason ?? "?", (reasons.get(o.reason ?? "?") ?? 0) + 1);
          for (const [r, c] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 10)) process.stdout.write(`  failed ×${c}: ${r}\n`);
        }
        if (total.failed && !total.new && !total.duplicate) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });

  program
    .command("situation")
    .description("the situation picture over the stored articles: stories, figure timelines, claims with status")
    .option("--json", "print the situation JSON")
    .option("--story <id>", "only this story")
    .option("--since <date>", "only articles published on or after this day", day)
    .option("--until <date>", "only articles published on or before this day", day)
    .option("--limit <n>", "most stories in the readable report", positive, 20)
    .option("--window <days>", "largest gap in days between linked articles of a story", positive, 4)
    .option("--min-sources <n>", "only stories with at least this many independent sources", positive)
    .option("--data <dir>", DATA_HELP, DEFAULT_DATA)
    .action(async (opts: StoreOpts & { json?: boolean; story?: string; since?: string; until?: string; limit: number; window: number; minSources?: number }) => {
      const store = await open(opts);
      try {
        const { computeSituation } = await import("../situation/index.js");
        const sit = await computeSituation(store, { story: opts.story, since: opts.since, until: opts.until, windowDays: opts.window, minSources: opts.minSources });
        if (opts.story && !sit.stories.length) throw new InputError(`no story ${opts.story} (run \`lagebild situation\` to list the stories)`);
        if (opts.json) {
          const { writeSituationJson } = await import("../situation/export.js");
          await writeSituationJson(sit, stdoutChunk);
        }
        else {
          const { situationReport } = await import("../situation/report.js");
          process.stdout.write(situationReport(sit, { limit: opts.limit }));
        }
      } finally {
        await store.close();
      }
    });

  program
    .command("export")
    .description("export the stored picture: csv (figures, claims, events, articles, entities), acled, geojson, jsonl")
    .addOption(new Option("--format <format>", "export format").choices(["csv", "acled", "geojson", "jsonl"]).makeOptionMandatory())
    .addOption(new Option("--table <table>", "csv: which table").choices(["figures", "claims", "events", "articles", "entities"]).default("figures"))
    .option("--story <id>", "only this story")
    .option("--since <date>", "only articles published on or after this day", day)
    .option("--until <date>", "only articles published on or before this day", day)
    .option("-o, --out <file>", "write to this file instead of stdout")
    .option("--data <dir>", DATA_HELP, DEFAULT_DATA)
    .action(async (opts: StoreOpts & { format: "csv" | "acled" | "geojson" | "jsonl"; table: "figures" | "claims" | "events" | "articles" | "entities"; story?: string; since?: string; until?: string; out?: string }) => {
      // A closed pipe (`| head`) ends the export quietly.
      process.stdout.on("error", (e: NodeJS.ErrnoException) => {
        if (e.code === "EPIPE") process.exit(0);
        throw e;
      });
      if (opts.out) prepareOutFile(opts.out); // before the store opens: a bad path costs nothing
      const store = await open(opts);
      const sink = opts.out ? createWriteStream(opts.out) : null;
      const sinkFailed = new Promise<never>((_, reject) => sink?.once("error", (e: NodeJS.ErrnoException) => reject(new InputError(`cannot write ${opts.out}: ${e.code ?? e.message}`))));
      sinkFailed.catch(() => undefined);
      const write = (s: string) =>
        new Promise<void>((resolve, reject) => {
          if (!sink) {
            void Promise.resolve(stdoutChunk(s)).then(resolve);
            return;
          }
          Promise.race([new Promise<void>((done, fail) => sink.write(s, (e) => (e ? fail(e) : done()))), sinkFailed]).then(resolve, reject);
        });
      try {
        const ex = await import("../situation/export.js");
        if (opts.format === "jsonl") {
          if (opts.story || opts.since || opts.until) throw new InputError("--format jsonl exports every stored article; --story/--since/--until apply to csv, acled and geojson");
          const n = await ex.writeJsonl(store, write);
          if (opts.out) process.stderr.write(`lagebild: ${n} article(s) written to ${opts.out}\n`);
        } else {
          const { computeSituation } = await import("../situation/index.js");
          const sit = await computeSituation(store, { story: opts.story, since: opts.since, until: opts.until });
          if (opts.story && !sit.stories.length) throw new InputError(`no story ${opts.story}`);
          if (opts.format === "csv") await write(ex.toCsv(sit, opts.table));
          else if (opts.format === "acled") await write(ex.toAcled(sit));
          else await write(JSON.stringify(ex.toGeoJson(sit), null, 2) + "\n");
        }
      } finally {
        if (sink) await new Promise<void>((r) => sink.end(r));
        await store.close();
      }
    });

  program
    .command("worker")
    .description("process queued ingest jobs (from `ingest --queue` or the server); several workers may share one PostgreSQL database (DATABASE_URL); a job's lease (LAGEBILD_LEASE_SECONDS, default 60) is renewed while it runs, and a killed worker's job is retried by another (LAGEBILD_RETRY_BACKOFF_SECONDS, LAGEBILD_MAX_LEASE_LOSSES)")
    .option("--once", "exit when the queue is empty")
    .option("--poll <ms>", "poll interval when idle", positive, 2000)
    .option("--data <dir>", DATA_HELP, DEFAULT_DATA)
    .action(async (opts: StoreOpts & { once?: boolean; poll: number }) => {
      const store = await open(opts);
      const ctrl = new AbortController();
      const stop = () => {
        if (ctrl.signal.aborted) process.exit(130);
        process.stderr.write("lagebild worker: finishing the current job, then stopping (Ctrl+C again to quit now)\n");
        ctrl.abort();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
      try {
        const { runWorker } = await import("../jobs/worker.js");
        if (!opts.once) process.stderr.write(`lagebild worker: waiting for jobs (${store.kind}); Ctrl+C stops\n`);
        const stats = await runWorker(store, { once: opts.once, pollMs: opts.poll, signal: ctrl.signal, log: (l) => process.stderr.write(`lagebild worker: ${l}\n`) });
        const by = Object.entries(stats.outcomes).map(([k, v]) => `${v} ${k}`).join(", ");
        process.stdout.write(`${stats.processed} job(s) processed${by ? ` (${by})` : ""}, ${stats.failed} failed; ${await store.countArticles()} articles stored.\n`);
      } finally {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        await store.close();
      }
    });
}

/** `ingest --server URL`: the files' articles go to the running server; prints what it stored. */
async function ingestThroughServer(ing: typeof import("../jobs/ingest.js"), files: string[], opts: { server?: string; token?: string; feed?: string[]; allFeeds?: boolean; published?: string; lang?: Lang; json?: boolean; quiet?: boolean }): Promise<void> {
  if (opts.feed?.length || opts.allFeeds) throw new InputError("--feed and --all-feeds do not combine with --server: add the feed on the page or with POST /api/feeds");
  if (!/^https?:\/\//i.test(opts.server ?? "")) throw new InputError(`--server must be an http(s) address such as http://127.0.0.1:8470, got "${opts.server}"`);
  const { ingestRemote } = await import("./remote-ingest.js");
  const warn = (line: string) => (opts.quiet ? undefined : process.stderr.write(`lagebild: ${line}\n`));
  let unreadable = 0;
  async function* items() {
    for (const f of files) {
      try {
        yield* await ing.readItemsOf(f);
      } catch (e) {
        unreadable++;
        warn(`failed: ${f}: ${(e as Error).message.split("\n")[0]}`);
      }
    }
  }
  const s = await ingestRemote(items(), { server: opts.server!, token: opts.token ?? process.env.LAGEBILD_TOKEN, published: opts.published, lang: opts.lang, warn });
  for (const e of s.errors) warn(`failed: ${e.item}: ${e.message}`);
  const failed = s.failed + unreadable;
  if (opts.json) process.stdout.write(JSON.stringify({ server: opts.server, sent: s.sent, new: s.new, duplicate: s.duplicate, failed, skipped: s.skipped }) + "\n");
  else process.stdout.write(`${s.sent} article(s) sent to ${opts.server}: ${s.new} new, ${s.duplicate} duplicate, ${failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""}.\n`);
  if (failed && !s.new && !s.duplicate) process.exitCode = 1;
}

/** Makes the folder of an output file ("-o reports/2022/figures.csv" creates reports/2022); refuses a folder as the file. */
function prepareOutFile(out: string): void {
  if (existsSync(out) && statSync(out).isDirectory()) throw new InputError(`${out} is a folder; give a file name for --out`);
  try {
    mkdirSync(dirname(resolvePath(out)), { recursive: true });
  } catch (e) {
    throw new InputError(`cannot create the folder of ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** A progress bar on stderr when it is a terminal (cli-progress), else nothing. */
async function makeProgress(): Promise<import("../jobs/ingest.js").Progress | undefined> {
  if (!process.stderr.isTTY) return undefined;
  const { default: cliProgress } = await import("cli-progress");
  let bar: InstanceType<typeof cliProgress.SingleBar> | null = null;
  const counts = { new: 0, duplicate: 0, failed: 0 };
  let total = 0;
  const show = () => {
    if (bar || total < 10) return; // short runs need no bar
    bar = new cliProgress.SingleBar(
      { format: "ingest [{bar}] {value}/{total} · {new} new · {duplicate} dup · {failed} failed · ETA {eta_formatted}", stream: process.stderr, hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, counts.new + counts.duplicate + counts.failed, counts);
  };
  return {
    start(n: number) {
      total += n;
      show();
    },
    grow(extra: number) {
      total += extra;
      bar?.setTotal(total);
      show();
    },
    tick(o) {
      if (o.status === "new" || o.status === "duplicate" || o.status === "failed") counts[o.status]++;
      bar?.increment(1, counts);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
