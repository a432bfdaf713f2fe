// Fingerprints of every output Lagebild produces on the real and fixture text it is measured on:
// the extraction JSON of each dev article and each own fixture, the full pipeline's layers on the
// benchmark corpus, and the situation picture over the dev set (built directly and through the
// store). A refactor that must not change a single output compares these with the committed ones
// (`npm run outputs -- --check`, and test/extract/outputs.test.ts); `--update` records new ones
// after a deliberate change of output.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extract, fullPipeline } from "../src/extract/index.js";
import { Document, type Lang } from "../src/nlp/document.js";
import { buildSituation, computeSituation } from "../src/situation/index.js";
import { openStore, toSituationArticle } from "../src/store/index.js";
import type { Extraction } from "../src/schema/index.js";
import { ROOT, DATA, benchArticles } from "./corpus.js";

/** The committed fingerprints: "set/name" -> sha256 of the output text. */
export const OUTPUTS_FILE = join(ROOT, "test", "fixtures", "outputs.json");

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

/** An annotated folder's articles: "id" with its text, publication day and language. */
function goldArticles(dir: string): { id: string; text: string; published: string; lang: Lang }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -".gold.json".length);
      const gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as { published: string; language: Lang };
      return { id, text: readFileSync(join(dir, `${id}.txt`), "utf8"), published: gold.published, lang: gold.language };
    });
}

/** The extraction JSON exactly as `lagebild extract --json --published P --lang L FILE` prints it. */
function extractionText(x: Extraction): string {
  return JSON.stringify(x, null, 2) + "\n";
}

/** The situation JSON as `lagebild situation --json` prints it, without its generation time. */
function situationText(situation: { generated?: string }): string {
  const { generated: _generated, ...rest } = situation;
  return JSON.stringify(rest, null, 2) + "\n";
}

/** The folders measured, those present on this machine. */
export function outputSets(): { name: string; dir: string }[] {
  const sets = [
    { name: "dev", dir: join(ROOT, "..", "shared", "eval", "dev") },
    { name: "fixtures-eval", dir: join(ROOT, "test", "fixtures", "eval") },
    { name: "fixtures-holdout", dir: join(ROOT, "test", "fixtures", "holdout") },
  ];
  return sets.filter((s) => existsSync(s.dir));
}

/** Computes every fingerprint; `store` adds the situation built through an in-memory store. */
export async function computeOutputs(opts: { store?: boolean; bench?: boolean } = {}): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const set of outputSets()) {
    const extractions: Extraction[] = [];
    for (const a of goldArticles(set.dir)) {
      const x = extract(a.text, { lang: a.lang, published: a.published });
      extractions.push(x);
      out[`${set.name}/${a.id}`] = sha(extractionText(x));
    }
    const articles = extractions.map((x) => toSituationArticle(x)).sort((a, b) => (a.published ?? "\uffff").localeCompare(b.published ?? "\uffff") || a.id.localeCompare(b.id));
    out[`${set.name}/situation`] = sha(situationText(buildSituation(articles)));
    if (opts.store) {
      const store = await openStore({ databaseUrl: null, dataDir: "memory://" });
      try {
        for (const x of extractions) await store.storeExtraction(x);
        out[`${set.name}/situation-stored`] = sha(situationText(await computeSituation(store)));
      } finally {
        await store.close();
      }
    }
  }
  if (opts.bench !== false && existsSync(DATA)) {
    const pipeline = fullPipeline();
    for (const lang of ["de", "en"] as Lang[]) {
      const hash = createHash("sha256");
      for (const text of benchArticles(lang)) {
        const doc = new Document(text, lang, { meta: { published: "2022-01-08", anchor: "2022-01-08" } });
        pipeline.run(doc);
        hash.update(JSON.stringify({ tokens: doc.tokens, sentences: doc.sentences, results: doc.results }));
      }
      out[`bench/${lang}`] = hash.digest("hex");
    }
  }
  return out;
}

/** The committed fingerprints, or {} before the first `--update`. */
export function committedOutputs(): Record<string, string> {
  return existsSync(OUTPUTS_FILE) ? (JSON.parse(readFileSync(OUTPUTS_FILE, "utf8")) as Record<string, string>) : {};
}

/** Names whose fingerprint differs from the committed one (computed names only). */
export function changedOutputs(now: Record<string, string>, before = committedOutputs()): string[] {
  return Object.keys(now).filter((k) => before[k] !== now[k]);
}

async function main(): Promise<void> {
  const update = process.argv.includes("--update");
  const now = await computeOutputs({ store: true });
  if (update) {
    const merged = { ...committedOutputs(), ...now };
    const sorted = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
    writeFileSync(OUTPUTS_FILE, JSON.stringify(sorted, null, 1) + "\n");
    console.log(`outputs: ${Object.keys(now).length} fingerprints recorded in ${OUTPUTS_FILE}`);
    return;
  }
  const changed = changedOutputs(now);
  for (const k of changed) console.log(`changed: ${k}`);
  console.log(`outputs: ${Object.keys(now).length - changed.length} of ${Object.keys(now).length} unchanged`);
  if (changed.length) process.exitCode = 1;
}

if (process.argv[1] && /outputs\.(js|ts)$/.test(process.argv[1])) await main();
