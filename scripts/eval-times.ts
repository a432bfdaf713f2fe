// `npm run eval:times`: the time extractor (src/extract/times) against the time expressions of GUM (English news,
// interviews, academic, court, biographies, travel; its `<date when=...>` annotations, scripts/gum.ts): relaxed span
// precision, recall and F1 (overlapping spans, one to one), value accuracy over matched expressions whose gold has a
// TIMEX3 value, and value F1 (span F1 x value accuracy, as TempEval-3), per genre (news first) and overall; then the
// scorer's times line on ../shared/eval/dev. `--errors GENRE` lists the misses, extras and wrong values of a genre.
// Skips with a message when ../shared is absent.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { Document, type Block } from "../src/nlp/document.js";
import { Pipeline } from "../src/nlp/pipeline.js";
import { fullPipeline } from "../src/extract/index.js";
import { ROOT, DATA } from "./corpus.js";
import { readGum, type GumDate, type GumDocument } from "./gum.js";

/** Genres in print order: news first. */
const GENRES = ["news", "interview", "academic", "court", "bio", "voyage"];

/** A gold time expression: its span, its TIMEX3 value (undefined when GUM gives none TIMEX3 can say) and its text. */
interface Gold { start: number; end: number; value?: string; text: string }
interface Predicted { start: number; end: number; value: string; type: string; text: string }

/** Counts of one genre: predictions counted, gold, matched pairs, matched pairs with a gold value, correct values. */
interface Counts { pred: number; gold: number; matched: number; valued: number; correct: number }

const pad2 = (s: string) => s.padStart(2, "0");

/**
 * The TIMEX3 value of a GUM date: "when" as given (a clock time cut to minutes: "2008-01-19T10:30"); a range that is one
 * decade or century ("from 1960-01-01 to 1969-12-31" -> "196", "1800-01-01 .. 1899-12-31" -> "18"); notBefore = notAfter
 * ("a decade ago" -> "2001"). Others (month without a year "--06", open ranges "since 2005", seasons) have none.
 */
export function goldValue(a: Record<string, string>): string | undefined {
  if (a.when) {
    const w = a.when;
    if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(w)) return w;
    const t = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(w);
    if (t) return `${t[1]}T${t[2]}:${t[3]}`;
    const bc = /^-(\d{4})$/.exec(w);
    return bc ? `BC${bc[1]}` : undefined;
  }
  if (a.notBefore && a.notBefore === a.notAfter && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(a.notBefore)) return a.notBefore;
  const from = /^(\d{4})(?:-01-01)?$/.exec(a.from ?? ""), to = /^(\d{4})(?:-12-31)?$/.exec(a.to ?? "");
  if (!from || !to) return undefined;
  const [f, t] = [Number(from[1]), Number(to[1])];
  if (f % 10 === 0 && t === f + 9) return String(f / 10);
  if (f % 100 === 0 && t === f + 99) return pad2(String(f / 100));
  return undefined;
}

/** The reference date of a document: the dateline's date when the document gives one (a bold full date near the top,
 *  as Wikinews prints it), else the xml's dateCreated; with where it came from. */
function referenceDate(d: GumDocument): { day: string; from: "dateline" | "dateCreated" | "none" } {
  const line = d.dates.find((x) => x.attrs.rend === "bold" && /^\d{4}-\d{2}-\d{2}$/.test(x.attrs.when ?? "") && x.start < 600);
  if (line) return { day: line.attrs.when, from: "dateline" };
  const created = d.meta.dateCreated;
  if (created && /^\d{4}-\d{2}-\d{2}$/.test(created)) return { day: created, from: "dateCreated" };
  return { day: "2020-01-01", from: "none" };
}

/** The document's paragraphs as blocks (the rebuilt text separates them by blank lines). */
function paragraphBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\n/g)) {
    blocks.push({ role: "paragraph", start, end: m.index, section: 0 });
    start = m.index + 2;
  }
  blocks.push({ role: "paragraph", start, end: text.length, section: 0 });
  return blocks;
}

/** The times pipeline: what the times component needs (tokens, sentences) and the component. */
function timesPipeline(): Pipeline {
  return new Pipeline(fullPipeline().components.filter((c) => ["tokenizer", "sentences", "times"].includes(c.name)));
}

/** Predictions GUM has no annotation for (durations, sets, vague "now"/"recently" words) count only when they overlap a gold date. */
const outsideScheme = (p: Predicted) => p.type === "DURATION" || p.type === "SET" || p.value.endsWith("_REF");

/** A predicted value equals the gold one; a day's part or clock time counts as that day (GUM dates carry neither:
 *  "Saturday night" is when="2007-03-03"). */
const sameValue = (pred: string, gold: string) => pred === gold || (/^\d{4}-\d{2}-\d{2}$/.test(gold) && pred.startsWith(gold + "T"));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** One-to-one matching of overlapping spans, the largest overlaps first. */
function match(gold: Gold[], pred: Predicted[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    if (overlaps(g, p)) pairs.push([i, j, Math.min(g.end, p.end) - Math.max(g.start, p.start)]);
  }));
  pairs.sort((a, b) => b[2] - a[2]);
  const usedG = new Set<number>(), usedP = new Set<number>(), out: [number, number][] = [];
  for (const [i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i); usedP.add(j); out.push([i, j]);
  }
  return out;
}

function scoreDocument(d: GumDocument, pipeline: Pipeline, counts: Counts, errors: string[] | undefined): void {
  const ref = referenceDate(d);
  const doc = new Document(d.text, "en", { blocks: paragraphBlocks(d.text), meta: { published: ref.day, anchor: ref.day } });
  pipeline.run(doc);
  const gold: Gold[] = d.dates.map((x: GumDate) => ({ start: x.start, end: x.end, value: goldValue(x.attrs), text: d.text.slice(x.start, x.end) }));
  const all: Predicted[] = (doc.results.times ?? []).map((t) => ({ start: t.start, end: t.end, value: t.value, type: t.type ?? "DATE", text: t.text }));
  const pred = all.filter((p) => !outsideScheme(p) || gold.some((g) => overlaps(g, p)));
  const pairs = match(gold, pred);
  counts.pred += pred.length;
  counts.gold += gold.length;
  counts.matched += pairs.length;
  for (const [i, j] of pairs) {
    if (gold[i].value === undefined) continue;
    counts.valued++;
    if (sameValue(pred[j].value, gold[i].value)) counts.correct++;
    else errors?.push(`${d.name}: value "${gold[i].text}" gold ${gold[i].value}, got "${pred[j].text}"=${pred[j].value} in "${context(d.text, gold[i])}"`);
  }
  if (!errors) return;
  const mg = new Set(pairs.map(([i]) => i)), mp = new Set(pairs.map(([, j]) => j));
  gold.forEach((g, i) => { if (!mg.has(i)) errors.push(`${d.name}: missed "${g.text}"=${g.value ?? JSON.stringify(d.dates[i].attrs)} in "${context(d.text, g)}"`); });
  pred.forEach((p, j) => { if (!mp.has(j)) errors.push(`${d.name}: extra "${p.text}"=${p.value}`); });
}

/** The text around a span, on one line. */
const context = (text: string, s: { start: number; end: number }) => text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/g, " ");

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function line(label: string, docs: number, c: Counts): void {
  const p = ratio(c.matched, c.pred), r = ratio(c.matched, c.gold), f = f1(p, r), acc = ratio(c.correct, c.valued);
  console.log(`  ${label.padEnd(10)} ${String(docs).padStart(4)} ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)}   ${pct(p)} ${pct(r)} ${pct(f)}   ${pct(acc)} (${c.correct}/${c.valued})   ${pct(f * acc)}`);
}

function gumSection(errorGenre: string | undefined): void {
  const docs = readGum();
  if (!docs.length) { console.log("GUM: ../shared/data/gum absent; skipped."); return; }
  const pipeline = timesPipeline();
  const total: Counts = { pred: 0, gold: 0, matched: 0, valued: 0, correct: 0 };
  const sources = new Map<string, number>();
  const rows: [string, number, Counts][] = [];
  const errors: string[] = [];
  for (const genre of GENRES) {
    const inGenre = docs.filter((d) => d.genre === genre);
    if (!inGenre.length) continue;
    const c: Counts = { pred: 0, gold: 0, matched: 0, valued: 0, correct: 0 };
    for (const d of inGenre) {
      const from = referenceDate(d).from;
      sources.set(`${genre} ${from}`, (sources.get(`${genre} ${from}`) ?? 0) + 1);
      scoreDocument(d, pipeline, c, genre === errorGenre || errorGenre === "all" ? errors : undefined);
    }
    for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
    rows.push([genre, inGenre.length, c]);
  }
  console.log(`=== GUM time expressions (${docs.length} documents; the outermost <date> elements)`);
  console.log(`reference date per document: the dateline's date when the document prints one, else the xml's dateCreated:`);
  console.log(`  ${[...sources].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  console.log(`unmatched predicted durations, sets and *_REF values are not counted (GUM annotates no such expressions);`);
  console.log(`a predicted part of day or clock time on the gold day counts as that day (GUM's values stop at the day).`);
  console.log(`gold without a TIMEX3 value (a month without a year "--06", open ranges, seasons, named periods) counts for spans only.`);
  console.log(`\n  ${"genre".padEnd(10)} docs  gold  pred   relaxed P     R    F1   value acc           value F1`);
  for (const [genre, n, c] of rows) line(genre, n, c);
  line("all", docs.length, total);
  if (errors.length) console.log(`\n${errors.join("\n")}`);
}

/** The scorer's times line on ../shared/eval/dev. */
function devSection(): void {
  const dev = join(ROOT, "..", "shared", "eval", "dev");
  if (!existsSync(dev)) { console.log("\ndev: ../shared/eval/dev absent; skipped."); return; }
  const r = spawnSync(process.execPath, [join(ROOT, "..", "shared", "eval", "score.mjs"), "--gold", dev, "--batch", "node bin/lagebild.js extract --jsonl -"], { cwd: ROOT, encoding: "utf8" });
  const times = r.stdout.split("\n").find((l) => l.startsWith("times")) ?? `(no times line; exit ${r.status}: ${r.stderr.trim().split("\n").pop()})`;
  console.log(`\n=== ../shared/eval/dev (score.mjs --batch)\n  ${times}`);
}

function main(): void {
  if (!existsSync(DATA)) { console.log(`eval-times: ${DATA} is absent; the evaluation needs GUM in ../shared/data. Skipped.`); return; }
  const k = process.argv.indexOf("--errors");
  gumSection(k >= 0 ? process.argv[k + 1] ?? "all" : undefined);
  if (!process.argv.includes("--no-dev")) devSection();
}

main();
