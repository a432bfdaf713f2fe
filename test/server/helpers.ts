// Shared set-up of the server tests: a server on an ephemeral port over an embedded PGlite
// store in a fresh temp folder, plus article texts written for these tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, type RunningServer, type ServeOptions } from "../../src/server/index.js";

export interface TestServer {
  srv: RunningServer;
  base: string;
  token: string;
  dir: string;
  auth: Record<string, string>;
  stop(): Promise<void>;
}

export async function startTestServer(opts: ServeOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-srv-"));
  const srv = await startServer({ port: 0, host: "127.0.0.1", dataDir: dir, databaseUrl: null, workers: 1, log: () => undefined, ...opts });
  await srv.ready;
  const base = srv.url.replace(/\/$/, "");
  return {
    srv,
    base,
    token: srv.token.token,
    dir,
    auth: { Authorization: `Bearer ${srv.token.token}` },
    async stop() {
      await srv.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls a job until it is done or failed. */
export async function waitJob(base: string, id: string, timeoutMs = 60000): Promise<Record<string, unknown>> {
  const t0 = Date.now();
  for (;;) {
    const r = await fetch(`${base}/api/jobs/${id}`);
    const { job } = (await r.json()) as { job: Record<string, unknown> };
    if (job.state === "done" || job.state === "failed") return job;
    if (Date.now() - t0 > timeoutMs) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
    await new Promise((res) => setTimeout(res, 150));
  }
}

// Texts written for these tests (no real articles).
export const EN_ARTICLE = [
  "Clashes in Tbilisi leave dozens injured",
  "",
  "Police arrested 40 protesters in Tbilisi on Saturday, the interior ministry said. At least 12 people were injured in clashes near the parliament building, according to the health ministry.",
  "",
  "Opposition leader Nino Beridze said the police had used excessive force against peaceful demonstrators. The claims could not be independently verified.",
].join("\n");

export const DE_ARTICLE = [
  "Unruhen in Almaty",
  "",
  "Bei Zusammenstößen in Almaty sind am Freitag mindestens 15 Menschen getötet worden, teilte das Innenministerium mit. Mehr als 200 Menschen wurden nach Angaben der Polizei festgenommen.",
  "",
  "Ein Sprecher der Regierung sagte, die Lage sei inzwischen unter Kontrolle.",
].join("\n");

export const XSS_ARTICLE = [
  "Harmless <script>document.title='pwned';window.__xss=1</script> headline",
  "",
  "The mayor of Springfield said on Monday that <img src=x onerror=\"window.__xss=2\"> nothing happened. Police detained 3 people <b onmouseover=\"window.__xss=3\">near the harbour</b>.",
].join("\n");
