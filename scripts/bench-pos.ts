// POS tagger speed on text the tagger has never seen in this process (cold per-word caches), in CPU time:
//   npx tsx scripts/bench-pos.ts            (or after `npx tsc -p .`: node dist/scripts/bench-pos.js)
// German: GermEval 2014 test sentences (not used for POS training); English: UD EWT test sentences.
// Reports model load CPU time, the CPU time of a first ~900 tokens (JIT warm-up, as in a one-article CLI run),
// then tagging + lemmatising CPU time per 600-token article and tokens per CPU-second, first on unseen text
// (words new to the caches, as news streams in) and then again on the same text (warm caches).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { posModel } from "../src/nlp/pos/index.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url)).replace(/dist\/$/, "");
const DATA = ROOT + "../shared/data/";

function germeval(file: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#")) continue;
    if (!line.trim()) { if (cur.length) out.push(cur); cur = []; continue; }
    cur.push(line.split("\t")[1]);
  }
  if (cur.length) out.push(cur);
  return out;
}

function conllu(file: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#")) continue;
    if (!line.trim()) { if (cur.length) out.push(cur); cur = []; continue; }
    const c = line.split("\t");
    if (c[0].includes(".") || c[0].includes("-")) continue;
    cur.push(c[1]);
  }
  if (cur.length) out.push(cur);
  return out;
}

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

function bench(lang: "de" | "en", sents: string[][], warmup: string[][]): void {
  const c0 = process.cpuUsage();
  const m = posModel(lang)!;
  const load = cpuMs(process.cpuUsage(c0));
  // JIT warm-up on other text (a long-running process has compiled the code; the words below stay new)
  const c1 = process.cpuUsage();
  const wt: string[] = [], wl: string[] = [];
  for (const s of warmup) m.analyze(s, wt, wl);
  const first = cpuMs(process.cpuUsage(c1));
  const warmTokens = warmup.reduce((a, s) => a + s.length, 0);
  const tokens = sents.reduce((a, s) => a + s.length, 0);
  const once = () => {
    const c = process.cpuUsage();
    const tags: string[] = [], lemmas: string[] = [];
    for (const s of sents) m.analyze(s, tags, lemmas);
    return cpuMs(process.cpuUsage(c));
  };
  const cold = once();
  const warm = once();
  const per = (ms: number) => ((ms / tokens) * 600).toFixed(2);
  console.log(
    `${lang}: model load ${load.toFixed(0)} ms CPU; first ${warmTokens} tokens (JIT warm-up, other text) ${first.toFixed(0)} ms CPU; ` +
      `then ${tokens} tokens (${sents.length} sentences); ` +
      `unseen: ${per(cold)} ms CPU per 600-token article, ${((tokens / cold) * 1000).toFixed(0)} tokens/CPU-s; ` +
      `warm: ${per(warm)} ms per article, ${((tokens / warm) * 1000).toFixed(0)} tokens/CPU-s`,
  );
}

if (!existsSync(DATA)) {
  console.log(`bench-pos: ${DATA} absent; skipped`);
} else {
  const which = process.argv.slice(2);
  if (!which.length || which.includes("de")) bench("de", germeval(DATA + "germeval2014/NER-de-test.tsv").slice(0, 2000), germeval(DATA + "germeval2014/NER-de-dev.tsv").slice(0, 50));
  if (!which.length || which.includes("en")) bench("en", conllu(DATA + "ud/en_ewt-ud-test.conllu"), conllu(DATA + "ud/en_ewt-ud-dev.conllu").slice(0, 50));
}
