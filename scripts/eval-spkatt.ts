// `npm run eval:spkatt`: claims and speakers measured on a peer's data, SpkAtt-2023 (German Wikinews,
// ../shared/data/spkatt2023/train). Every article is extracted once; the shared scorer
// (../shared/eval/score.mjs, its claim matching: token Dice >= 0.5, a speaker matches when half of
// the gold speaker's words occur in ours) then scores the claims against the SpkAtt instances the
// guidelines count, overall and per form (Direct / Indirect / Reported). Speaker accuracy is also
// given over named speakers only: SpkAtt marks a pronoun ("er") where the contract names the speaker.
// Thought and free indirect speech are optional there: found or not, they cost nothing. Unsourced hedges ("soll ...
// worden sein"), which the contract counts as claims and SpkAtt does not annotate, are left out of the predictions.
// SpkAtt marks a pronoun as the source ("Er sagte") where the contract names the speaker: such a claim also accepts the
// nearest earlier named source of the article, as the scorer's sourceAliases.
//   npm run eval:spkatt [-- --limit N] [-- --verbose]
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { extract } from "../src/extract/index.js";
import { ROOT } from "./corpus.js";
import { hasSpkatt, spkattArticles, SPKATT_DIR, type SpkattArticle, type SpkattClaim } from "./spkatt.js";

const SCORER = join(ROOT, "..", "shared", "eval", "score.mjs");
const argv = process.argv.slice(2);
const limit = argv.includes("--limit") ? Number(argv[argv.indexOf("--limit") + 1]) : Infinity;

/** A gold set: its name and which claims count (the rest are optional: found or not, they cost nothing). */
const SETS: { name: string; counts: (c: SpkattClaim) => boolean }[] = [
  { name: "all (direct + indirect + reported)", counts: () => true },
  { name: "direct", counts: (c) => c.form === "Direct" },
  { name: "indirect", counts: (c) => c.form === "Indirect" },
  { name: "reported", counts: (c) => c.form === "Reported" },
  { name: "all, named speakers only", counts: (c) => !c.pronounSource },
];

interface ClaimScore { p: number; r: number; f1: number; tp: number; fp: number; fn: number; sourceAcc?: number; modeAcc?: number }

function main(): void {
  if (!hasSpkatt() || !existsSync(SCORER)) {
    console.log(`eval:spkatt skipped: needs ${SPKATT_DIR} and ${SCORER} (the ../shared folder beside the project)`);
    return;
  }
  const articles = spkattArticles().slice(0, limit);
  const work = mkdtempSync(join(tmpdir(), "lagebild-spkatt-"));
  try {
    const started = performance.now();
    const predictions = join(work, "pred");
    mkdirSync(predictions);
    for (const a of articles) {
      const extraction = extract(a.text, { published: a.published, lang: "de" });
      // an unsourced hedge ("soll ... worden sein", "angeblich") is a claim of the contract but no speech SpkAtt annotates
      const claims = extraction.claims.filter((c) => !(c.mode === "hedged" && c.source === null));
      writeFileSync(join(predictions, `${a.id}.json`), JSON.stringify({ ...extraction, claims }));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`SpkAtt-2023 train: ${articles.length} articles, ${articles.reduce((n, a) => n + a.claims.filter((c) => c.counted).length, 0)} claims (Speech/Writing, Direct/Indirect/Reported; thought and free indirect speech are optional), extracted in ${seconds.toFixed(1)} s`);
    for (const set of SETS) report(set.name, score(work, articles, set.counts));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Writes one gold folder for the set and runs the shared scorer on it with the predictions. */
function score(work: string, articles: SpkattArticle[], counts: (c: SpkattClaim) => boolean): ClaimScore {
  const gold = mkdtempSync(join(work, "gold-"));
  for (const a of articles) {
    const claims = a.claims.map((c) => ({ source: c.source, sourceAliases: c.sourceAliases, mode: c.mode, text: c.text, ...(c.counted && counts(c) ? {} : { optional: true }) }));
    writeFileSync(join(gold, `${a.id}.gold.json`), JSON.stringify({ id: a.id, language: "de", published: a.published, entities: [], figures: [], claims, times: [], events: [] }));
    writeFileSync(join(gold, `${a.id}.txt`), a.text);
  }
  const out = join(work, "score.json");
  const args = [SCORER, "--gold", gold, "--pred", join(work, "pred"), "--json", out, ...(argv.includes("--verbose") ? ["--verbose"] : [])];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`the scorer failed: ${run.stderr}`);
  if (argv.includes("--verbose")) process.stdout.write(run.stdout.split("\n").filter((l) => l.includes(" claims: ")).join("\n") + "\n");
  return (JSON.parse(readFileSync(out, "utf8")) as { total: { claims: ClaimScore } }).total.claims;
}

const pct = (x: number | undefined) => (x === undefined ? "  -  " : (x * 100).toFixed(1).padStart(5));

function report(name: string, c: ClaimScore): void {
  console.log(`${name.padEnd(36)} P ${pct(c.p)} R ${pct(c.r)} F1 ${pct(c.f1)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})  speaker ${pct(c.sourceAcc)}  mode ${pct(c.modeAcc)}`);
}

main();
