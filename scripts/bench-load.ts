// `npm run bench:load [-- --clients 100 --seconds 60 --writes 0.2]`: a bounded loopback load test. Starts
// `lagebild serve` on a temporary data folder (a port of its own), runs N concurrent clients for T seconds
// (each request a write, POST /api/articles with an article text made up here, with the given share, else
// a read of the list, health, stories or one stored article), then reads back every acknowledged write.
// Reports requests, statuses, 5xx, writes acknowledged and lost, p50/p99 latency; exits 1 on any 5xx or
// lost write. Nothing leaves the machine; the folder is removed afterwards.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./corpus.js";

function arg(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  const v = k > 0 ? Number(process.argv[k + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const clients = arg("clients", 20);
const seconds = arg("seconds", 10);
const writeShare = Math.min(1, arg("writes", 0.2));

const PLACES = ["Nordhafen", "Südstadt", "Westend", "Altmarkt", "Oberdorf", "Seeviertel", "Bergheim", "Talgrund"];
/** A unique article text for write k of client c (made up for this benchmark). */
const article = (c: number, k: number) =>
  `Streik in ${PLACES[(c + k) % PLACES.length]}\n\nIn ${PLACES[k % PLACES.length]} haben am ${(k % 27) + 1}. Mai ${100 + c * 1000 + k} Beschäftigte für höhere Löhne gestreikt, teilte die Gewerkschaft mit. Ein Sprecher sagte, der Ausstand werde am Montag fortgesetzt. Die Polizei meldete ${k % 5} Festnahmen.`;

async function startServe(dir: string): Promise<{ base: string; token: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, "bin", "lagebild.js"), "serve", "--port", "0", "--data", dir, "--feed-minutes", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  const seen = await new Promise<{ base: string; token: string }>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const url = /running at (http:\/\/\S+?)\/?\s/.exec(out);
      const token = /shown once[^\n]*\n\s+(\S+)/.exec(out);
      if (url && token && /Store ready/.test(out)) resolve({ base: url[1]!.replace(/\/$/, ""), token: token[1]! });
    });
  });
  return {
    ...seen,
    stop: () => new Promise<void>((r) => {
      child.once("exit", () => r());
      child.kill("SIGTERM");
    }),
  };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : 0;
};

const dir = mkdtempSync(join(tmpdir(), "lagebild-load-"));
const srv = await startServe(dir);
const auth = { Authorization: `Bearer ${srv.token}` };
const latencies: number[] = [];
const statuses: Record<string, number> = {};
const acknowledged = new Set<string>();
let errors = 0;
const end = Date.now() + seconds * 1000;
console.log(`bench:load: ${clients} clients for ${seconds} s against ${srv.base} (writes ${Math.round(writeShare * 100)} %)`);

async function client(c: number): Promise<void> {
  for (let k = 0; Date.now() < end; k++) {
    const write = Math.random() < writeShare;
    const ids = [...acknowledged];
    const reads = ["/api/articles?limit=20", "/api/health", "/api/stories", ids.length ? `/api/articles/${ids[k % ids.length]}` : "/api/health"];
    const t0 = performance.now();
    try {
      const r = write
        ? await fetch(`${srv.base}/api/articles`, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: JSON.stringify({ text: article(c, k), published: "2024-05-01", language: "de" }) })
        : await fetch(srv.base + reads[k % reads.length]!);
      const body = await r.text();
      latencies.push(performance.now() - t0);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (write && (r.status === 200 || r.status === 201)) acknowledged.add((JSON.parse(body) as { id: string }).id);
    } catch {
      errors++;
    }
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
const elapsed = (performance.now() - t0) / 1000;
let lost = 0;
for (const id of acknowledged) if ((await fetch(`${srv.base}/api/articles/${id}`)).status !== 200) lost++;
await srv.stop();
rmSync(dir, { recursive: true, force: true });

const fiveXX = Object.entries(statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, v]) => n + v, 0);
const requests = latencies.length;
console.log(JSON.stringify({ clients, seconds: Number(elapsed.toFixed(1)), requests, perSecond: Number((requests / elapsed).toFixed(1)), statuses, connectionErrors: errors, fiveXX, writesAcknowledged: acknowledged.size, writesLost: lost, p50Ms: Math.round(quantile(latencies, 0.5)), p99Ms: Math.round(quantile(latencies, 0.99)) }));
process.exit(fiveXX || lost || errors ? 1 : 0);
