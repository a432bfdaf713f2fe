// `npm run compare:chrono`: Lagebild's time tagger side by side with chrono-node on the dev articles
// of ../shared/eval. Both systems write prediction files (<id>.json with a `times` list) into a
// temporary folder; the project's scorer (score.mjs --pred) scores each; a table shows times
// precision, recall, F1, exact value accuracy and date accuracy, plus the time per article.
//
// chrono-node gives a date-time, not a TIMEX3 value; its result is mapped to the granularity it
// is certain of: hour -> YYYY-MM-DDTHH:MM, day or weekday -> YYYY-MM-DD, month -> YYYY-MM, year -> YYYY.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import * as chrono from "chrono-node";
import { documentFor } from "../src/extract/index.js";
import { tokenizeDocument } from "../src/nlp/tokenize.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { extractTimes } from "../src/extract/times/index.js";
import { parseArticle } from "../src/ingest/index.js";
import type { Lang } from "../src/nlp/document.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = [dirname(HERE), dirname(dirname(HERE))].find((d) => existsSync(join(d, "package.json")))!;
const EVAL = join(ROOT, "..", "shared", "eval");
const DEV = join(EVAL, "dev");

if (!existsSync(DEV) || !existsSync(join(EVAL, "score.mjs"))) {
  console.log(`compare-chrono: skipped, ${DEV} (the shared eval set) is not present.`);
  process.exit(0);
}

interface Gold { published: string; language: Lang }
interface TimeOut { text: string; value: string }

const p2 = (n: number) => String(n).padStart(2, "0");

function chronoTimes(text: string, lang: Lang, published: string): { times: TimeOut[]; ms: number } {
  const t0 = performance.now();
  const parser = lang === "de" ? chrono.de : chrono.en;
  const [y, m, d] = published.slice(0, 10).split("-").map(Number);
  const ref = new Date(y, m - 1, d, 12, 0, 0);
  const times = parser.parse(text, ref).map((r) => {
    const s = r.start;
    const dt = s.date();
    const date = `${dt.getFullYear()}-${p2(dt.getMonth() + 1)}-${p2(dt.getDate())}`;
    let value: string;
    if (s.isCertain("hour")) value = `${date}T${p2(dt.getHours())}:${p2(dt.getMinutes())}`;
    else if (s.isCertain("day") || s.isCertain("weekday")) value = date;
    else if (s.isCertain("month")) value = date.slice(0, 7);
    else if (s.isCertain("year")) value = date.slice(0, 4);
    else value = date;
    return { text: r.text, value };
  });
  return { times, ms: performance.now() - t0 };
}

/** Lagebild's path for times: article reader, tokens and sentences, then the time tagger (timed alone). */
function lagebildTimes(text: string, lang: Lang, published: string): { times: TimeOut[]; ms: number } {
  const doc = documentFor(parseArticle(text, { lang, published }), published);
  tokenizeDocument(doc);
  splitSentences(doc);
  const t0 = performance.now();
  extractTimes(doc);
  const ms = performance.now() - t0;
  return { times: (doc.results.times ?? []).map((t) => ({ text: t.text, value: t.value })), ms };
}

const systems: { name: string; run: (text: string, lang: Lang, published: string) => { times: TimeOut[]; ms: number } }[] = [
  { name: "lagebild", run: lagebildTimes },
  { name: "chrono-node", run: chronoTimes },
];

/** Timed repetitions per article (the time column is the best of them, robust to a busy machine). */
const REPS = 10;
const ids = readdirSync(DEV).filter((f) => f.endsWith(".gold.json")).map((f) => f.slice(0, -".gold.json".length)).sort();
const work = mkdtempSync(join(tmpdir(), "lagebild-chrono-"));
const rows: string[][] = [];
try {
  for (const sys of systems) {
    const dir = join(work, sys.name);
    mkdirSync(dir);
    let ms = 0;
    // One untimed pass first so both systems are measured warm (JIT, lazy tables).
    for (const id of ids) {
      const gold = JSON.parse(readFileSync(join(DEV, `${id}.gold.json`), "utf8")) as Gold;
      sys.run(readFileSync(join(DEV, `${id}.txt`), "utf8"), gold.language, gold.published);
    }
    for (const id of ids) {
      const gold = JSON.parse(readFileSync(join(DEV, `${id}.gold.json`), "utf8")) as Gold;
      const text = readFileSync(join(DEV, `${id}.txt`), "utf8");
      let times: TimeOut[] = [];
      let best = Infinity;
      for (let k = 0; k < REPS; k++) {
        const r = sys.run(text, gold.language, gold.published);
        times = r.times;
        best = Math.min(best, r.ms);
      }
      ms += best;
      writeFileSync(join(dir, `${id}.json`), JSON.stringify({ times }));
    }
    const out = join(work, `${sys.name}.score.json`);
    const r = spawnSync(process.execPath, [join(EVAL, "score.mjs"), "--gold", DEV, "--pred", dir, "--json", out], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`score.mjs failed for ${sys.name}: ${r.stderr}`);
    const t = JSON.parse(readFileSync(out, "utf8")).total.times;
    const pct = (x: number | undefined) => (x === undefined ? "-" : (x * 100).toFixed(1));
    rows.push([sys.name, pct(t.p), pct(t.r), pct(t.f1), `${t.tp}/${t.fp}/${t.fn}`, pct(t.valueAcc), pct(t.dateAcc), (ms / ids.length).toFixed(2)]);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const head = ["system", "times P", "R", "F1", "tp/fp/fn", "value acc", "date acc", "ms/article (tagger only)"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`times on ${ids.length} dev articles (${DEV}), scored by score.mjs`);
console.log(line(head));
for (const r of rows) console.log(line(r));
