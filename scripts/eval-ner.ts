// `npm run eval:ner`: per-mention precision, recall and F1 by type, strict (same span and type) and lenient
// (overlapping span, same type), of the NER tagger and of the whole entity extractor, on the GUM held-out part
// (English, scripts/gum.ts) and the GermEval 2014 held-out part (German, every 10th sentence of dev and test, never
// trained on, outer level; scripts/germeval.ts); then the article-level entity score of ../shared/eval/dev (all,
// English, German). Skips with a message when ../shared is absent. `--errors` prints the entity layer's misses and
// extras; `--losses` the gold mentions the tagger's "ner" layer had right and the entity layer lost, with what it made of them.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { Document, type Lang } from "../src/nlp/document.js";
import { fullPipeline } from "../src/extract/index.js";
import { NerModel, bioSpans } from "../src/nlp/ner/model.js";
import { nerModel } from "../src/nlp/ner/index.js";
import { ROOT, DATA } from "./corpus.js";
import { readGum, gumSplit, bioSentences, type BioSentence, type GumMention } from "./gum.js";
import { germEvalSplit } from "./germeval.js";

/** A span to score: offsets (characters, or tokens of a numbered sentence) and a type ("PER"). */
interface Item { start: number; end: number; type: string }

/** Counts per type: predicted, gold, strict hits, lenient hits on the predicted and on the gold side. */
interface Counts { pred: number; gold: number; strict: number; lenientPred: number; lenientGold: number }

class MentionScore {
  readonly byType = new Map<string, Counts>();
  private of(type: string): Counts {
    let c = this.byType.get(type);
    if (!c) this.byType.set(type, (c = { pred: 0, gold: 0, strict: 0, lenientPred: 0, lenientGold: 0 }));
    return c;
  }

  /** One document (or sentence): predictions overlapping an `ignore` span are left out ("NATO" of a gold "NATO-Chef" part). */
  add(pred: Item[], gold: Item[], ignore: Item[] = []): void {
    const overlaps = (a: Item, b: Item) => a.start < b.end && b.start < a.end;
    const kept = pred.filter((p) => !ignore.some((g) => overlaps(p, g)));
    const exact = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const p of kept) {
      const c = this.of(p.type);
      c.pred++;
      if (exact.has(`${p.start}:${p.end}:${p.type}`)) c.strict++;
      if (gold.some((g) => g.type === p.type && overlaps(p, g))) c.lenientPred++;
    }
    for (const g of gold) {
      const c = this.of(g.type);
      c.gold++;
      if (kept.some((p) => p.type === g.type && overlaps(p, g))) c.lenientGold++;
    }
  }

  /** The sums over some types (all when none are given). */
  total(types?: string[]): Counts {
    const t: Counts = { pred: 0, gold: 0, strict: 0, lenientPred: 0, lenientGold: 0 };
    for (const [type, c] of this.byType) if (!types || types.includes(type)) for (const k of Object.keys(t) as (keyof Counts)[]) t[k] += c[k];
    return t;
  }

  print(title: string): void {
    console.log(`\n${title}`);
    console.log(`  ${"type".padEnd(10)} ${"strict P     R     F1".padEnd(22)}   ${"lenient P     R     F1".padEnd(22)}   gold  pred`);
    for (const type of [...this.byType.keys()].sort()) line(type, this.byType.get(type)!);
    line("PER+ORG+LOC", this.total(["PER", "ORG", "LOC"]));
    line("all", this.total());
  }
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number) => (b ? a / b : 0);
const fmt = (x: number) => x.toFixed(3).padStart(5);

function line(label: string, c: Counts): void {
  const sp = ratio(c.strict, c.pred), sr = ratio(c.strict, c.gold), lp = ratio(c.lenientPred, c.pred), lr = ratio(c.lenientGold, c.gold);
  console.log(`  ${label.padEnd(10)} ${fmt(sp)} ${fmt(sr)} ${fmt(f1(sp, sr))}          ${fmt(lp)} ${fmt(lr)} ${fmt(f1(lp, lr))}        ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)}`);
}

/** The entity types of the extractor as NER types. */
const ENTITY_TYPES: Record<string, string> = { person: "PER", organization: "ORG", location: "LOC", other: "OTH" };

/** BIO spans of numbered sentences as items (sentence k, tokens [a, b) -> [k * 10^5 + a, k * 10^5 + b)). */
function sentenceItems(tags: string[][]): Item[] {
  return tags.flatMap((t, k) => bioSpans(t).map(([a, b, type]) => ({ start: k * 1e5 + a, end: k * 1e5 + b, type })));
}

/** The tagger on given words, one call per sentence: the model alone. */
function scoreTagger(model: NerModel, sentences: BioSentence[], lang: Lang): MentionScore {
  const score = new MentionScore();
  const t0 = performance.now();
  const pred = sentences.map((s) => model.tagWords(s.words, lang));
  const ms = performance.now() - t0;
  score.add(sentenceItems(pred), sentenceItems(sentences.map((s) => s.tags)));
  console.log(`  (${sentences.length} sentences, ${sentences.reduce((a, s) => a + s.words.length, 0)} tokens tagged in ${ms.toFixed(0)} ms)`);
  return score;
}

/** A text with its gold mentions (characters) and the spans where predictions are not counted. */
interface GoldText { text: string; gold: GumMention[] }

/** The full pipeline on each text: the "ner" layer (the tagger at run time) and the "entity" layer (the extractor). */
function scoreRuntime(texts: GoldText[], lang: Lang): { ner: MentionScore; entity: MentionScore; ms: number } {
  const pipeline = fullPipeline();
  const ner = new MentionScore(), entity = new MentionScore();
  const t0 = performance.now();
  for (const { text, gold } of texts) {
    const doc = new Document(text, lang, { meta: { published: "2020-01-01", anchor: "2020-01-01" } });
    pipeline.run(doc);
    const ignore = gold.filter((g) => g.type.endsWith("part"));
    ner.add(doc.layer("ner").map((s) => ({ start: s.start, end: s.end, type: String(s.label) })), gold);
    const named = gold.filter((g) => ["PER", "ORG", "LOC"].includes(g.type));
    const predicted = doc.layer("entity").map((s) => ({ start: s.start, end: s.end, type: ENTITY_TYPES[s.attrs.type] ?? s.attrs.type }));
    entity.add(predicted, named, ignore);
    if (ERRORS) printErrors(text, predicted, named, ignore);
    if (LOSSES) printLosses(text, doc.layer("ner").map((s) => ({ start: s.start, end: s.end, type: String(s.label) })), predicted, named);
  }
  return { ner, entity, ms: performance.now() - t0 };
}

/** `--errors`: the entity layer's strict misses ("-") and extras ("+") with their line, for studying failure classes. */
const ERRORS = process.argv.includes("--errors");

/** `--losses`: gold mentions the "ner" layer had right (strict) and the entity layer not, with what it made of them. */
const LOSSES = process.argv.includes("--losses");

function printLosses(text: string, ner: Item[], entity: Item[], gold: Item[]): void {
  const key = (x: Item) => `${x.start}:${x.end}:${x.type}`;
  const nerKeys = new Set(ner.map(key)), entityKeys = new Set(entity.map(key));
  for (const g of gold) {
    if (!nerKeys.has(key(g)) || entityKeys.has(key(g))) continue;
    const made = entity.filter((p) => p.start < g.end && g.start < p.end).map((p) => `${p.type} «${text.slice(p.start, p.end)}»`);
    console.log(`lost ${g.type} «${text.slice(g.start, g.end)}» -> ${made.join(" ") || "nothing"}\t${text.slice(Math.max(0, g.start - 60), g.end + 60).replace(/\n/g, " / ")}`);
  }
}

function printErrors(text: string, pred: Item[], gold: Item[], ignore: Item[]): void {
  const key = (x: Item) => `${x.start}:${x.end}:${x.type}`;
  const predKeys = new Set(pred.map(key)), goldKeys = new Set(gold.map(key));
  const lineOf = (x: Item) => text.slice(text.lastIndexOf("\n", x.start) + 1, (text.indexOf("\n", x.end) + 1 || text.length + 1) - 1).slice(0, 200);
  const show = (sign: string, x: Item) => console.log(`${sign} ${x.type} «${text.slice(x.start, x.end)}»\t${lineOf(x)}`);
  for (const g of gold) if (!predKeys.has(key(g))) show("-", g);
  for (const p of pred) if (!goldKeys.has(key(p)) && !ignore.some((g) => p.start < g.end && g.start < p.end)) show("+", p);
}

/** GermEval sentences as texts of 25 lines (one sentence a line) with the gold mentions as characters. */
function germEvalTexts(sentences: BioSentence[]): GoldText[] {
  const out: GoldText[] = [];
  for (let k = 0; k < sentences.length; k += 25) {
    let text = "";
    const gold: GumMention[] = [];
    for (const s of sentences.slice(k, k + 25)) {
      if (text) text += "\n";
      const starts: number[] = [];
      for (const [i, w] of s.words.entries()) { if (i) text += " "; starts.push(text.length); text += w; }
      for (const [a, b, type] of bioSpans(s.tags)) gold.push({ start: starts[a], end: starts[b - 1] + s.words[b - 1].length, type });
    }
    out.push({ text, gold });
  }
  return out;
}

/** Size and load time of a language's model file. */
function modelInfo(lang: Lang): void {
  const file = join(ROOT, "models", `ner-${lang}.txt.gz`);
  if (!existsSync(file)) { console.log(`model ${lang}: none (models/ner-${lang}.txt.gz)`); return; }
  const t0 = performance.now();
  const m = NerModel.load(file);
  console.log(`model ${lang}: models/ner-${lang}.txt.gz ${(statSync(file).size / 1024).toFixed(0)} KiB, ${m.featureCount} features, ${m.labels.length} labels, loaded in ${(performance.now() - t0).toFixed(0)} ms`);
}

function gumSection(): void {
  const docs = readGum();
  if (!docs.length) { console.log("\nGUM: ../shared/data/gum absent; skipped."); return; }
  const { heldout } = gumSplit(docs);
  const model = nerModel("en");
  console.log(`\n=== GUM held-out: ${heldout.length} documents (every 5th per genre), ${heldout.reduce((a, d) => a + d.mentions.length, 0)} named mentions`);
  if (model) scoreTagger(model, heldout.flatMap((d) => bioSentences(d)), "en").print("tagger alone (GUM sentences in the project's tokens):");
  else console.log("no English NER model (models/ner-en.txt.gz): the extractor uses capitalisation rules");
  const run = scoreRuntime(heldout.map((d) => ({ text: d.text, gold: d.mentions })), "en");
  if (model) run.ner.print(`run-time "ner" layer (whole documents through the pipeline, ${run.ms.toFixed(0)} ms for the full pipeline):`);
  run.entity.print(`entity extractor ("entity" layer, mention type = its entity's type; gold PER/ORG/LOC):`);
}

function germEvalSection(): void {
  const dev = germEvalSplit().heldout;
  const model = nerModel("de");
  if (!dev.length || !model) { console.log("\nGermEval: ../shared/data/germeval2014 or the German model absent; skipped."); return; }
  console.log(`\n=== GermEval 2014 held-out (every 10th sentence of dev and test, never trained on; outer level): ${dev.length} sentences`);
  scoreTagger(model, dev, "de").print("tagger alone (GermEval tokens):");
  const run = scoreRuntime(germEvalTexts(dev), "de");
  run.ner.print(`run-time "ner" layer (25 sentences a text, the project's tokens; ${run.ms.toFixed(0)} ms):`);
  run.entity.print(`entity extractor ("entity" layer; gold PER/ORG/LOC, predictions inside a gold compound part not counted):`);
}

/** The scorer's entity line on ../shared/eval/dev, on all articles and on those of each language (en-*, de-*). */
function articleSection(): void {
  const dev = join(ROOT, "..", "shared", "eval", "dev");
  if (!existsSync(dev)) { console.log("\narticle level: ../shared/eval/dev absent; skipped."); return; }
  console.log(`\n=== article level, ../shared/eval/dev (node ../shared/eval/score.mjs --gold DIR --batch "node bin/lagebild.js extract --jsonl -")`);
  const files = readdirSync(dev);
  const tmp = mkdtempSync(join(tmpdir(), "lagebild-eval-ner-"));
  try {
    for (const [label, prefix] of [["all", ""], ["English", "en-"], ["German", "de-"]]) {
      let gold = dev;
      if (prefix) {
        gold = join(tmp, prefix.slice(0, -1));
        spawnSync("mkdir", [gold]);
        for (const f of files) if (f.startsWith(prefix)) symlinkSync(join(dev, f), join(gold, f));
      }
      const r = spawnSync(process.execPath, [join(ROOT, "..", "shared", "eval", "score.mjs"), "--gold", gold, "--batch", "node bin/lagebild.js extract --jsonl -"], { cwd: ROOT, encoding: "utf8" });
      const out = r.stdout.split("\n");
      const entities = out.find((l) => l.startsWith("entities")) ?? `(no entities line; exit ${r.status}: ${r.stderr.trim().split("\n").pop()})`;
      const score = out.find((l) => l.startsWith("score:")) ?? "";
      console.log(`  ${label.padEnd(8)} ${entities}\n  ${"".padEnd(8)} ${score}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function main(): void {
  if (!existsSync(DATA)) { console.log(`eval-ner: ${DATA} is absent; the evaluation needs GUM and GermEval in ../shared/data. Skipped.`); return; }
  modelInfo("en");
  modelInfo("de");
  gumSection();
  if (!process.argv.includes("--no-germeval")) germEvalSection();
  if (!process.argv.includes("--no-articles")) articleSection();
}

main();
