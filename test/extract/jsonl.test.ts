// `lagebild extract --jsonl`: in-process through runBatch (one pipeline for every test), and once
// through the real command for the exit codes and stderr.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { runBatch, type BatchCounts } from "../../src/cli/jsonl.js";
import { extract } from "../../src/extract/index.js";

const here = fileURLToPath(import.meta.url);
const compiled = here.includes(`${"/"}dist${"/"}test${"/"}`);
const root = resolve(dirname(here), compiled ? "../../.." : "../..");
const command = compiled ? [join(root, "bin", "lagebild.js")] : ["--import", "tsx", join(root, "src", "cli", "main.ts")];

const GERMAN = "Bei Protesten in der Hauptstadt sind am Montag mindestens zwölf Menschen verletzt worden. Nach Angaben der Polizei wurden mehr als 300 Demonstranten festgenommen.";
const ENGLISH = "Police said on Monday that more than 300 protesters were arrested in the capital.";

/** Runs a batch over lines; returns the parsed output lines, the warnings and the counts. */
async function batch(lines: string[]): Promise<{ out: Record<string, unknown>[]; warnings: string[]; counts: BatchCounts }> {
  const output = new PassThrough();
  let text = "";
  output.on("data", (d: Buffer) => (text += d.toString()));
  const warnings: string[] = [];
  const counts = await runBatch({ input: Readable.from([lines.join("\n") + "\n"]), output, warn: (m) => void warnings.push(m) });
  return { out: text.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), warnings, counts };
}

test("each record gives one extraction line with its id first, equal to extracting it alone", async () => {
  const { out, warnings, counts } = await batch([
    JSON.stringify({ id: "de-1", text: GERMAN, published: "2023-03-14", lang: "de" }),
    JSON.stringify({ id: 2, text: ENGLISH, published: "2023-03-14T08:00:00Z", lang: "en", outlet: "Example Post", url: "https://example.org/a" }),
  ]);
  assert.deepEqual(counts, { records: 2, failed: 0 });
  assert.deepEqual(warnings, []);
  assert.deepEqual(out.map((x) => Object.keys(x)[0]), ["id", "id"]);
  assert.deepEqual(out.map((x) => x.id), ["de-1", 2]);
  const { id: _id, ...first } = out[0];
  assert.deepEqual(first, JSON.parse(JSON.stringify(extract(GERMAN, { lang: "de", published: "2023-03-14" }))));
  const second = out[1] as { article: { outlet: string; url: string; published: string }; language: string };
  assert.equal(second.language, "en");
  assert.deepEqual([second.article.outlet, second.article.url, second.article.published], ["Example Post", "https://example.org/a", "2023-03-14"]);
});

test("bad lines give {id, error} and a warning, and the batch goes on", async () => {
  const { out, warnings, counts } = await batch([
    "{not json",
    JSON.stringify({ id: "no-text", published: "2023-03-14" }),
    JSON.stringify({ id: "klingon", text: GERMAN, lang: "tlh" }),
    JSON.stringify({ id: "leap", text: GERMAN, published: "2023-02-29" }),
    JSON.stringify({ id: "words", text: GERMAN, published: "yesterday" }),
    "[1, 2]",
    "",
    JSON.stringify({ id: "fine", text: GERMAN, lang: "de" }),
  ]);
  assert.deepEqual(counts, { records: 7, failed: 6 });
  assert.deepEqual(out.map((x) => x.id), [1, "no-text", "klingon", "leap", "words", 6, "fine"]);
  assert.match(String(out[0].error), /not valid JSON/);
  assert.match(String(out[1].error), /no text or html/);
  assert.match(String(out[2].error), /unknown language "tlh"/);
  assert.match(String(out[3].error), /real date/);
  assert.match(String(out[4].error), /real date/);
  assert.match(String(out[5].error), /not a JSON object/);
  for (const x of out.slice(0, 6)) assert.deepEqual(Object.keys(x), ["id", "error"]);
  assert.equal((out[6] as { language: string }).language, "de");
  assert.equal(warnings.length, 6);
  assert.match(warnings[0], /^line 1: not valid JSON/);
  assert.match(warnings[2], /^line 3 \(id "klingon"\): unknown language/);
});

test("the command exits 0 when some records work and 1 when every one fails", () => {
  const run = (input: string) => spawnSync(process.execPath, [...command, "extract", "--jsonl", "-"], { cwd: root, input, encoding: "utf8", timeout: 120_000 });
  const mixed = run([JSON.stringify({ id: "a", text: ENGLISH, lang: "en" }), "oops"].join("\n") + "\n");
  assert.equal(mixed.status, 0, mixed.stderr);
  assert.equal(mixed.stdout.trim().split("\n").length, 2);
  assert.match(mixed.stderr, /^lagebild: warning: line 2: not valid JSON/m);
  const failed = run("oops\n{}\n");
  assert.equal(failed.status, 1);
  assert.equal(failed.stdout.trim().split("\n").length, 2);
  assert.match(failed.stderr, /every one of the 2 records failed/);
  const missing = spawnSync(process.execPath, [...command, "extract", "--jsonl", join(root, "no-such-file.jsonl")], { cwd: root, encoding: "utf8" });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no such file/);
});

test("extract --components prints every component with what it requires and assigns", () => {
  const r = spawnSync(process.execPath, [...command, "extract", "--components"], { cwd: root, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  for (const name of ["tokenizer", "sentences", "tagger", "entities", "times", "claims", "figures", "events"]) assert.match(r.stdout, new RegExp(`^${name} +requires`, "m"));
  assert.match(r.stdout, /assigns .*layer\.entity/);
  const json = spawnSync(process.execPath, [...command, "extract", "--components", "--json"], { cwd: root, encoding: "utf8" });
  const rows = JSON.parse(json.stdout) as { name: string; requires: string[]; assigns: string[] }[];
  assert.deepEqual(rows.find((x) => x.name === "figures")?.assigns, ["layer.figure", "results.figures"]);
});

const DEV = join(root, "..", "shared", "eval", "dev");

test("on real articles each batch line equals `extract --json` of the file, byte for byte", { skip: !existsSync(DEV) && "../shared/eval/dev is absent" }, () => {
  const ids = readdirSync(DEV).filter((f) => f.endsWith(".gold.json")).map((f) => f.slice(0, -".gold.json".length)).sort();
  const picked = [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
  const gold = (id: string) => JSON.parse(readFileSync(join(DEV, `${id}.gold.json`), "utf8")) as { published: string; language: string };
  const input = picked.map((id) => JSON.stringify({ id, text: readFileSync(join(DEV, `${id}.txt`), "utf8"), published: gold(id).published, lang: gold(id).language })).join("\n") + "\n";
  const batch = spawnSync(process.execPath, [...command, "extract", "--jsonl", "-"], { cwd: root, input, encoding: "utf8", maxBuffer: 1 << 28, timeout: 120_000 });
  assert.equal(batch.status, 0, batch.stderr);
  const lines = batch.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(lines.map((l) => l.id), picked);
  for (const [k, id] of picked.entries()) {
    const args = ["extract", "--json", "--published", gold(id).published, "--lang", gold(id).language, join(DEV, `${id}.txt`)];
    const one = spawnSync(process.execPath, [...command, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28, timeout: 120_000 });
    const { id: _id, ...extraction } = lines[k];
    assert.equal(JSON.stringify(extraction, null, 2) + "\n", one.stdout, `${id}: the batch line differs from extract --json`);
  }
});
