// `npm run fuzz [-- --cases N --seed S --only reader,tokenizer,extraction,api]`: the property tests of
// scripts/fuzz-properties.ts with a fixed seed (default 16) and N cases in all (default 2,000), shared
// out as reader 30 %, tokenizer 30 %, extraction 20 %, API 20 %. Prints cases, time, the slowest case
// and every counterexample; exits 1 on any failure (a crash, a schema or offset violation, a case over 10 s of CPU).
import fc from "fast-check";
import { storeBackend } from "../src/server/adapter.js";
import { apiApp, apiProperty, extractProperty, readerProperty, tokenProperty, type Timing } from "./fuzz-properties.js";

function arg(name: string, fallback: string): string {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 && process.argv[k + 1] ? process.argv[k + 1]! : fallback;
}

const cases = Number(arg("cases", "2000"));
const seed = Number(arg("seed", "16"));
const only = arg("only", "reader,tokenizer,extraction,api").split(",");
const timing: Timing = { hangMs: Number(arg("hang-ms", "10000")), slowest: {} };
const SHARES: Record<string, number> = { reader: 0.3, tokenizer: 0.3, extraction: 0.2, api: 0.2 };
const share = (name: string) => Math.max(1, Math.round(cases * SHARES[name]! / only.reduce((n, o) => n + (SHARES[o] ?? 0), 0)));

let failures = 0;
const started = performance.now();
console.log(`fuzz: seed ${seed}, ${cases} cases (${only.join(", ")}), a case over ${timing.hangMs} ms of CPU counts as a hang`);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function report(name: string, run: () => Promise<fc.RunDetails<any>> | fc.RunDetails<any>): Promise<void> {
  const t0 = performance.now();
  const details = await run();
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  const slowest = Math.round(timing.slowest[name] ?? 0);
  if (details.failed) {
    failures++;
    console.log(`${name.padEnd(10)} FAILED after ${details.numRuns} cases (${s} s): ${String(details.errorInstance ?? "").split("\n")[0]}`);
    console.log(`  counterexample: ${JSON.stringify(details.counterexample).slice(0, 2000)}`);
  } else console.log(`${name.padEnd(10)} ${details.numRuns} cases, 0 failures, ${s} s, slowest case ${slowest} ms CPU${name === "api" ? `; statuses ${JSON.stringify(timing.statuses)}` : ""}`);
  if (process.argv.includes("--show-slowest") && timing.slowestInput?.[name]) console.log(`  slowest input: ${timing.slowestInput[name]}`);
}

if (only.includes("reader")) await report("reader", () => fc.check(readerProperty(timing), { seed, numRuns: share("reader") }));
if (only.includes("tokenizer")) await report("tokenizer", () => fc.check(tokenProperty(timing), { seed, numRuns: share("tokenizer") }));
if (only.includes("extraction")) await report("extraction", () => fc.check(extractProperty(timing), { seed, numRuns: share("extraction") }));
if (only.includes("api")) {
  const backend = await storeBackend({ dataDir: "memory://", databaseUrl: null, workers: 0, feedMinutes: 0, log: () => undefined });
  const token = "fuzz-token-0123456789abcdefghijklmnop";
  try {
    await report("api", () => fc.check(apiProperty(timing, apiApp(backend, token), token), { seed, numRuns: share("api") }));
  } finally {
    await backend.close();
  }
}
console.log(`fuzz: ${failures ? `${failures} propert${failures > 1 ? "ies" : "y"} FAILED` : "no crash, no hang, no schema or offset violation"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures ? 1 : 0);
