// `npm run bench`: throughput, latency and memory of Lagebild on real text from ../shared/data.
// Sentences of the UD test sets (German GSD, English EWT) and GermEval are grouped into pseudo-articles
// of ~600 tokens; the text pipeline and the full extraction run over them on one core. Speed targets
// live here, not in timed tests.
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { Document, type Lang } from "../src/nlp/document.js";
import { nlpPipeline, fullPipeline } from "../src/extract/index.js";
import type { Pipeline } from "../src/nlp/pipeline.js";
import { ROOT, DATA, benchArticles } from "./corpus.js";

const TARGET_ARTICLES_PER_S = 100;

interface RunStats { articles: number; tokens: number; seconds: number; latencies: number[] }

function run(p: Pipeline, texts: string[], lang: Lang, timings: Map<string, number>): RunStats {
  const latencies: number[] = [];
  let tokens = 0;
  const t0 = performance.now();
  for (const text of texts) {
    const a = performance.now();
    const doc = new Document(text, lang, { meta: { published: "2022-01-08", anchor: "2022-01-08" } });
    p.runTimed(doc, timings);
    latencies.push(performance.now() - a);
    tokens += doc.tokens.length;
  }
  return { articles: texts.length, tokens, seconds: (performance.now() - t0) / 1000, latencies };
}

const pct = (xs: number[], q: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const fmt = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

function report(label: string, r: RunStats): void {
  console.log(
    `${label.padEnd(34)} ${fmt(r.tokens / r.seconds).padStart(9)} tokens/s ${fmt(r.articles / r.seconds, 1).padStart(8)} articles/s` +
      `   latency p50 ${fmt(pct(r.latencies, 0.5), 2)} ms p95 ${fmt(pct(r.latencies, 0.95), 2)} ms  (${r.articles} articles, ${fmt(r.tokens)} tokens)`,
  );
}

function coldStart(): void {
  const seed = join(ROOT, "..", "shared", "seed");
  let file: string | undefined;
  const dir = mkdtempSync(join(tmpdir(), "lagebild-bench-"));
  if (existsSync(seed)) {
    const f = readFileSync(join(seed, "tagesschau-kasachstan-2022-01-08.txt"), "utf8");
    file = join(dir, "seed.txt");
    writeFileSync(file, f);
  }
  if (!file) return;
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "lagebild.js"), "extract", "--json", "--published", "2022-01-08", "--lang", "de", file], { encoding: "utf8" });
    times.push(performance.now() - t0);
    if (r.status !== 0) { console.log(`cold start: extract failed: ${r.stderr.trim().split("\n").pop()}`); rmSync(dir, { recursive: true }); return; }
  }
  rmSync(dir, { recursive: true });
  console.log(`cold start of \`lagebild extract --json\` on the seed article: median ${fmt(pct(times, 0.5))} ms, min ${fmt(Math.min(...times))} ms (5 runs, node process included)`);
}

/** The parser's own speed (tokens per second of its run time) and its share of the text pipeline and full extraction. */
function parserLine(results: [string, RunStats][], tNlp: Map<string, number>, tFull: Map<string, number>): void {
  const ms = tNlp.get("parser");
  if (ms === undefined) return;
  const tokens = results[0][1].tokens + results[1][1].tokens;
  const share = (t: Map<string, number>) => (100 * (t.get("parser") ?? 0)) / [...t.values()].reduce((a, b) => a + b, 0);
  console.log(`parser (de + en): ${fmt(tokens / (ms / 1000))} tokens/s of parser time; ${fmt(share(tNlp), 1)}% of the text pipeline, ${fmt(share(tFull), 1)}% of full extraction`);
}

async function main(): Promise<void> {
  if (!existsSync(DATA)) {
    console.log(`bench: ${DATA} is absent; the benchmark needs the real text in ../shared/data. Skipped.`);
    return;
  }
  const de = benchArticles("de");
  const en = benchArticles("en");
  console.log(`Lagebild benchmark — Node ${process.version}, one core (single thread), real sentences from ../shared/data`);
  console.log(`corpus: ${de.length} German and ${en.length} English pseudo-articles of ~600 tokens\n`);

  const nlp = nlpPipeline();
  const full = fullPipeline();
  // warm-up: load models, JIT
  run(full, de.slice(0, 5), "de", new Map());
  run(full, en.slice(0, 5), "en", new Map());

  const tNlp = new Map<string, number>(), tFull = new Map<string, number>();
  const results: [string, RunStats][] = [
    ["text pipeline (de)", run(nlp, de, "de", tNlp)],
    ["text pipeline (en)", run(nlp, en, "en", tNlp)],
    ["full extraction (de)", run(full, de, "de", tFull)],
    ["full extraction (en)", run(full, en, "en", tFull)],
  ];
  for (const [label, r] of results) report(label, r);
  parserLine(results, tNlp, tFull);

  const fullAll = results.slice(2).reduce((a, [, r]) => ({ articles: a.articles + r.articles, seconds: a.seconds + r.seconds }), { articles: 0, seconds: 0 });
  const rate = fullAll.articles / fullAll.seconds;
  console.log(`\nfull extraction, both languages: ${fmt(rate, 1)} articles/s — target ≥ ${TARGET_ARTICLES_PER_S}: ${rate >= TARGET_ARTICLES_PER_S ? "met" : "NOT met"}`);
  const total = [...tFull.values()].reduce((a, b) => a + b, 0);
  console.log("time per component (full extraction): " + [...tFull.entries()].map(([k, v]) => `${k} ${fmt((100 * v) / total, 1)}%`).join(", "));
  console.log(`peak RSS: ${fmt(process.resourceUsage().maxRSS / 1024, 1)} MB; heap used now ${fmt(process.memoryUsage().heapUsed / 1024 / 1024, 1)} MB`);
  coldStart();

  const storeBench = join(dirname(fileURLToPath(import.meta.url)), "bench-store.js");
  if (existsSync(storeBench) && !process.argv.includes("--no-store")) {
    console.log("");
    const r = spawnSync(process.execPath, [storeBench], { stdio: "inherit" });
    if (r.status !== 0) console.log(`store benchmark failed (exit ${r.status})`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
