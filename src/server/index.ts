// `lagebild serve`: starts the HTTP server on an embedded (or PostgreSQL) store.
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createApp, type AppOptions } from "./app.js";
import { loadOrCreateToken, isLoopbackHost, type TokenInfo } from "./auth.js";
import { storeBackend } from "./adapter.js";
import type { Backend } from "./backend.js";
import { projectRoot } from "./static.js";

export { createApp } from "./app.js";
export type { Backend } from "./backend.js";

export interface ServeOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  /** PostgreSQL URL (default: DATABASE_URL); null forces PGlite. */
  databaseUrl?: string | null;
  /** Schema inside the database (tests). */
  schema?: string;
  openReads?: boolean;
  maxArticleBytes?: number;
  maxBatchBytes?: number;
  workers?: number;
  /** Fetch feeds again after this many minutes (default 30; 0 = only on demand). */
  feedMinutes?: number;
  /** Where alerts are POSTed (default: LAGEBILD_ALERT_WEBHOOK); null: nowhere. */
  alertWebhook?: string | null;
  /** Pause between alert checks in ms (default 3000; 0 = no checks). */
  alertIntervalMs?: number;
  /** Threads that run the extractions (default 1; 0 = on the server's own thread). */
  extractionThreads?: number;
  /** Use this backend instead of opening the store. */
  backend?: Backend;
  log?: (msg: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  token: TokenInfo;
  /** The backend; its calls wait until the store is open. */
  backend: Backend;
  /** Resolves when the store is open (migrated); rejects when it cannot be opened. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** A backend whose calls wait for the real one: the server listens at once while the store opens. */
function deferred(open: Promise<Backend>): Backend {
  let real: Backend | undefined;
  void open.then((b) => (real = b)).catch(() => undefined);
  const call =
    <K extends keyof Backend>(k: K) =>
    async (...args: unknown[]) => {
      const b = real ?? (await open);
      return (b[k] as (...a: unknown[]) => unknown).apply(b, args);
    };
  return {
    get storeName() {
      return real?.storeName ?? "starting";
    },
    addArticle: call("addArticle") as Backend["addArticle"],
    startBatch: call("startBatch") as Backend["startBatch"],
    listArticles: call("listArticles") as Backend["listArticles"],
    getArticle: call("getArticle") as Backend["getArticle"],
    deleteArticle: call("deleteArticle") as Backend["deleteArticle"],
    updateArticle: call("updateArticle") as Backend["updateArticle"],
    countArticles: call("countArticles") as Backend["countArticles"],
    listFeeds: call("listFeeds") as Backend["listFeeds"],
    addFeed: call("addFeed") as Backend["addFeed"],
    removeFeed: call("removeFeed") as Backend["removeFeed"],
    pollFeed: call("pollFeed") as Backend["pollFeed"],
    getJob: call("getJob") as Backend["getJob"],
    listJobs: call("listJobs") as Backend["listJobs"],
    listStories: call("listStories") as Backend["listStories"],
    getStory: call("getStory") as Backend["getStory"],
    exportData: call("exportData") as Backend["exportData"],
    listAlerts: call("listAlerts") as Backend["listAlerts"],
    close: async () => {
      const b = await open.catch(() => undefined);
      await b?.close();
    },
  };
}

export function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot(), "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "0.0.0";
  }
}

export async function startServer(opts: ServeOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? "127.0.0.1";
  const dataDir = resolve(opts.dataDir ?? "./lagebild-data");
  const token = loadOrCreateToken(dataDir);
  // listen at once; the store (PGlite's first start takes a few seconds) opens meanwhile
  const opening = opts.backend ? Promise.resolve(opts.backend) : storeBackend({ dataDir, databaseUrl: opts.databaseUrl, schema: opts.schema, workers: opts.workers, feedMinutes: opts.feedMinutes, alertWebhook: opts.alertWebhook, alertIntervalMs: opts.alertIntervalMs, extractionThreads: opts.extractionThreads, log: opts.log });
  const backend = deferred(opening);
  const appOpts: AppOptions = {
    backend,
    token: token.token,
    openReads: opts.openReads,
    loopbackOnly: isLoopbackHost(host),
    maxArticleBytes: opts.maxArticleBytes,
    maxBatchBytes: opts.maxBatchBytes,
    version: packageVersion(),
    log: opts.log,
  };
  const app = createApp(appOpts);
  let server: Server;
  try {
    server = await new Promise<Server>((resolveListen, reject) => {
      const s = serve({ fetch: app.fetch, port: opts.port ?? 8470, hostname: host }, () => resolveListen(s as Server)) as Server;
      s.once("error", reject);
    });
  } catch (e) {
    await backend.close().catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    if (err.code === "EADDRINUSE") throw new Error(`port ${opts.port ?? 8470} on ${host} is in use (choose another with --port)`);
    throw e;
  }
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;
  const url = `http://${host === "0.0.0.0" || host === "::" ? "localhost" : shownHost}:${addr.port}/`;
  return {
    url,
    port: addr.port,
    host,
    token,
    backend,
    ready: opening.then(() => undefined),
    async close() {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections?.();
      });
      await backend.close();
    },
  };
}
