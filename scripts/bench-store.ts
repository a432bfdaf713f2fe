// Store and situation benchmark (part of `npm run bench`):
//   1. store rate: synthetic extractions stored into the embedded store (PGlite in a temp folder),
//      one transaction per article, with annotation tables and full-text index;
//   2. ingest rate: real article files (../shared/eval/dev, varied so they are not duplicates) read,
//      extracted and stored — the `lagebild ingest` path;
//   3. `situation` time with N (default 10,000) stored articles: reading the input, building the picture.
// Usage: node dist/scripts/bench-store.js [--articles N] [--json]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { openStore } from "../src/store/index.js";
import { bulkStore, syntheticExtractions, timeSituation } from "./bench-store-hooks.js";
import { ingestItem } from "../src/jobs/ingest.js";

const ROOT = [dirname(dirname(fileURLToPath(import.meta.url))), dirname(dirname(dirname(fileURLToPath(import.meta.url))))].find((d) => existsSync(join(d, "package.json")))!;
const args = process.argv.slice(2);
const N = Number(args[args.indexOf("--articles") + 1] ?? NaN) || 10_000;
const asJson = args.includes("--json");
const log = (s: string) => {
  if (!asJson) process.stdout.write(s + "\n");
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-bench-store-"));
  const results: Record<string, unknown> = { articles: N };
  try {
    const store = await openStore({ dataDir: dir, databaseUrl: null });
    try {
      log(`store benchmark: embedded PGlite in ${dir}`);
      const xs = syntheticExtractions(N);
      const first = Math.min(2000, N);
      const r1 = await bulkStore(store, xs.slice(0, first));
      results.storeRate = Number(r1.perSecond.toFixed(1));
      log(`store rate:    ${r1.perSecond.toFixed(0)} articles/s (${first} synthetic extractions of ~450 words, one transaction each, ${r1.seconds.toFixed(1)} s)`);
      if (N > first) {
        const r2 = await bulkStore(store, xs.slice(first), (d) => {
          if (!asJson && process.stderr.isTTY) process.stderr.write(`\r  storing ${first + d}/${N}`);
        });
        if (!asJson && process.stderr.isTTY) process.stderr.write("\r\x1b[K");
        log(`               ${r2.perSecond.toFixed(0)} articles/s for the next ${N - first} (store growing to ${N})`);
        results.storeRateLarge = Number(r2.perSecond.toFixed(1));
      }
      const s1 = await timeSituation(store);
      const s2 = await timeSituation(store);
      const best = s1.totalSeconds < s2.totalSeconds ? s1 : s2;
      results.situation = { articles: best.articles, stories: best.stories, loadSeconds: +best.loadSeconds.toFixed(2), buildSeconds: +best.buildSeconds.toFixed(2), totalSeconds: +best.totalSeconds.toFixed(2) };
      log(`situation:     ${best.totalSeconds.toFixed(2)} s with ${best.articles} stored articles (${best.stories} stories; read ${best.loadSeconds.toFixed(2)} s, build ${best.buildSeconds.toFixed(2)} s; best of 2)`);
    } finally {
      await store.close();
    }

    const dev = join(ROOT, "..", "shared", "eval", "dev");
    if (existsSync(dev)) {
      const texts = readdirSync(dev).filter((f) => f.endsWith(".txt")).map((f) => ({ f, text: readFileSync(join(dev, f), "utf8") }));
      const dir2 = mkdtempSync(join(tmpdir(), "lagebild-bench-ingest-"));
      const store2 = await openStore({ dataDir: dir2, databaseUrl: null });
      try {
        const rounds = 15;
        let n = 0;
        const t0 = performance.now();
        for (let r = 0; r < rounds; r++)
          for (const { f, text } of texts) {
            // a different closing line per round: a new article for the dedup check, the same work for the extractor
            const o = await ingestItem(store2, { kind: "text", content: `${text.trimEnd()}\n\n(Bench ${r + 1}.)\n`, origin: `${f}#${r}` }, { published: "2024-01-01" });
            if (o.status !== "new") throw new Error(`bench ingest: ${o.origin} ${o.status} ${o.reason ?? ""}`);
            n++;
          }
        const secs = (performance.now() - t0) / 1000;
        results.ingestRate = Number((n / secs).toFixed(1));
        log(`ingest rate:   ${(n / secs).toFixed(1)} articles/s (${n} real articles from ../shared/eval/dev read, extracted and stored, ${secs.toFixed(1)} s)`);
      } finally {
        await store2.close();
        rmSync(dir2, { recursive: true, force: true });
      }
    } else log("ingest rate:   skipped (../shared/eval/dev is absent)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (asJson) process.stdout.write(JSON.stringify(results) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
