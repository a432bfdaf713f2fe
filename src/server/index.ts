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
  /** Use this backend instead of opening the store. */
  backend?: Backend;
  log?: (msg: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  token: TokenInfo;
  backend: Backend;
  close(): Promise<void>;
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
  const backend =
    opts.backend ??
    (await storeBackend({ dataDir: join(dataDir, "db"), databaseUrl: opts.databaseUrl, schema: opts.schema, workers: opts.workers, log: opts.log }));
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
  const server = await new Promise<Server>((resolveListen, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 8470, hostname: host }, () => resolveListen(s as Server)) as Server;
    s.once("error", reject);
  });
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
    async close() {
      await new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections?.();
      });
      await backend.close();
    },
  };
}
