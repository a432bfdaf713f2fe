// CLI-level tests of `lagebild ingest`, `situation`, `export` and `worker` on the embedded store.
// Spawns the real command (the compiled bin/lagebild.js under `npm test`, the sources through tsx otherwise).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { startTestServer } from "../server/helpers.js";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Situation } from "../../src/schema/index.js";

const here = fileURLToPath(import.meta.url);
const compiled = here.includes(`${"/"}dist${"/"}test${"/"}`);
const root = resolve(dirname(here), compiled ? "../../.." : "../..");
const command = compiled ? [join(root, "bin", "lagebild.js")] : ["--import", "tsx", join(root, "src", "cli", "main.ts")];
const env = { ...process.env };
delete env.DATABASE_URL; // these run on the embedded store
delete env.LAGEBILD_TOKEN; // the --server test gives its token itself

let dir = "";
let data = "";
function run(...args: string[]) {
  return runWith(undefined, ...args);
}
/** Runs the command with `input` on its stdin. */
function runWith(input: string | undefined, ...args: string[]) {
  const r = spawnSync(process.execPath, [...command, ...args], { cwd: root, env, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-cli-store-"));
  data = join(dir, "data");
  const arts = join(dir, "articles");
  mkdirSync(arts);
  writeFileSync(join(arts, "a.txt"), "Sturm über Beispielstadt\n\nEin schwerer Sturm hat in Beispielstadt am Montag Dächer abgedeckt. Nach Angaben der Feuerwehr wurden vier Menschen verletzt.\n");
  writeFileSync(join(arts, "b.txt"), "Schulen bleiben geschlossen\n\nNach dem Sturm in Beispielstadt bleiben die Schulen am Dienstag geschlossen, teilte die Stadtverwaltung mit.\n");
  writeFileSync(join(arts, "c.jsonl"), JSON.stringify({ url: "https://example.org/storm", outlet: "Example Post", published: "2023-10-03", language: "en", text: "A storm tore roofs off houses in Exampleton on Monday. Firefighters said four people were injured." }) + "\n");
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("ingest: summary with counts; a second run stores nothing new", () => {
  const r1 = run("ingest", "--data", data, "--published", "2023-10-02", join(dir, "articles"));
  assert.equal(r1.code, 0, r1.err);
  assert.match(r1.out, /3 article\(s\).*: 3 new, 0 duplicate, 0 failed; 3 stored \(pglite\)/);
  const r2 = run("ingest", "--data", data, "--json", join(dir, "articles"));
  assert.equal(r2.code, 0, r2.err);
  const j = JSON.parse(r2.out) as { new: number; duplicate: number; stored: number };
  assert.deepEqual([j.new, j.duplicate, j.stored], [0, 3, 3]);
});

test("ingest: a missing path or nothing to do is one line on stderr and exit 1", () => {
  const r = run("ingest", "--data", data, join(dir, "nope"));
  assert.equal(r.code, 1);
  assert.equal(r.err.trim().split("\n").length, 1);
  assert.match(r.err, /no such file/);
  assert.equal(run("ingest", "--data", data).code, 1);
  assert.match(run("ingest", "--data", data, "--published", "gestern", join(dir, "articles")).err, /YYYY-MM-DD/);
});

test("situation --json validates; the readable report lists the stories; --story selects", () => {
  const r = run("situation", "--data", data, "--json");
  assert.equal(r.code, 0, r.err);
  const sit = Situation.parse(JSON.parse(r.out));
  assert.equal(sit.articles, 3);
  assert.ok(sit.stories.length >= 1);
  const txt = run("situation", "--data", data);
  assert.equal(txt.code, 0);
  assert.match(txt.out, /^Situation · 3 article\(s\)/);
  const one = run("situation", "--data", data, "--json", "--story", sit.stories[0]!.id);
  assert.equal((JSON.parse(one.out) as { stories: unknown[] }).stories.length, 1);
  const none = run("situation", "--data", data, "--story", "s-nope");
  assert.equal(none.code, 1);
  assert.match(none.err, /no story s-nope/);
});

test("export: csv, acled, geojson, jsonl (and jsonl reads back in)", () => {
  const csv = run("export", "--data", data, "--format", "csv", "--table", "articles");
  assert.equal(csv.code, 0, csv.err);
  assert.equal(csv.out.trim().split("\r\n").length, 4);
  assert.match(run("export", "--data", data, "--format", "acled").out, /^event_id_cnty,event_date,/);
  assert.equal((JSON.parse(run("export", "--data", data, "--format", "geojson").out) as { type: string }).type, "FeatureCollection");
  const file = join(dir, "all.jsonl");
  const j = run("export", "--data", data, "--format", "jsonl", "-o", file);
  assert.equal(j.code, 0, j.err);
  assert.equal(readFileSync(file, "utf8").trim().split("\n").length, 3);
  const back = run("ingest", "--data", join(dir, "data2"), file);
  assert.match(back.out, /3 new/);
  assert.equal(run("export", "--data", data, "--format", "xml").code, 1);
});

test("ingest - reads one article or JSONL records from stdin", () => {
  const stdinData = join(dir, "stdin-data");
  const one = runWith("Brand in Musterdorf\n\nIn Musterdorf hat am Sonntag eine Scheune gebrannt. Die Feuerwehr sagte, niemand sei verletzt worden.\n", "ingest", "-", "--data", stdinData, "--published", "2023-10-08");
  assert.equal(one.code, 0, one.err);
  assert.match(one.out, /1 article\(s\).*: 1 new/);
  const records = [
    { url: "https://example.org/a", outlet: "Example Post", published: "2023-10-09", language: "en", text: "A barn burned down in Sampleville on Sunday, firefighters said." },
    { url: "https://example.org/b", outlet: "Example Post", published: "2023-10-10", language: "en", text: "Roads in Sampleville reopened on Tuesday after the fire, the city said." },
  ];
  const many = runWith(records.map((r) => JSON.stringify(r)).join("\n") + "\n", "ingest", "-", "--data", stdinData);
  assert.equal(many.code, 0, many.err);
  assert.match(many.out, /2 article\(s\).*: 2 new.*; 3 stored/);
  const twice = run("ingest", "-", "-", "--data", stdinData);
  assert.equal(twice.code, 1);
  assert.match(twice.err, /only once/);
});

test("export -o creates a missing folder; a folder as the file, or a bad date, is one line and exit 1", () => {
  const out = join(dir, "reports", "2023", "figures.csv");
  const r = run("export", "--format", "csv", "--data", data, "-o", out);
  assert.equal(r.code, 0, r.err);
  assert.match(readFileSync(out, "utf8").split("\n")[0]!, /category/);
  const folder = run("export", "--format", "csv", "--data", data, "-o", dir);
  assert.equal(folder.code, 1);
  assert.match(folder.err, /is a folder/);
  assert.doesNotMatch(folder.err, /\n\s+at /, "no stack trace");
  const blocked = join(dir, "plain-file");
  writeFileSync(blocked, "x");
  const under = run("export", "--format", "csv", "--data", data, "-o", join(blocked, "sub", "f.csv"));
  assert.equal(under.code, 1);
  assert.match(under.err, /cannot create the folder/);
  const day = run("situation", "--data", data, "--since", "2022-02-30");
  assert.notEqual(day.code, 0);
  assert.match(day.err, /real date/);
});

test("ingest --queue, then worker --once processes the queue", () => {
  const q = join(dir, "data3");
  const r1 = run("ingest", "--queue", "--data", q, join(dir, "articles"));
  assert.equal(r1.code, 0, r1.err);
  assert.match(r1.out, /queued 3 job\(s\)/);
  const w = run("worker", "--once", "--data", q);
  assert.equal(w.code, 0, w.err);
  assert.match(w.out, /3 job\(s\) processed \(3 new\), 0 failed; 3 articles stored/);
});

test("one store per data folder: what the CLI ingested shows on the server; while serve runs the CLI is told how to add", async () => {
  const shared = join(dir, "shared-data");
  const r = run("ingest", "--data", shared, "--published", "2023-10-02", join(dir, "articles", "a.txt"));
  assert.equal(r.code, 0, r.err);
  const { startServer } = await import("../../src/server/index.js");
  const srv = await startServer({ port: 0, host: "127.0.0.1", dataDir: shared, databaseUrl: null, workers: 1, log: () => undefined });
  try {
    await srv.ready;
    const list = (await (await fetch(`${srv.url}api/articles`)).json()) as { items: { title: string | null }[] };
    assert.deepEqual(list.items.map((a) => a.title), ["Sturm über Beispielstadt"]);
    const busy = run("ingest", "--data", shared, join(dir, "articles", "b.txt"));
    assert.notEqual(busy.code, 0);
    assert.match(busy.err, /in use by another lagebild process .*lagebild serve.*POST \/api\/articles/);
  } finally {
    await srv.close();
  }
  const after = run("ingest", "--data", shared, "--published", "2023-10-02", join(dir, "articles", "b.txt"));
  assert.equal(after.code, 0, after.err);
  assert.match(after.out, /2 stored/);
});

/** Runs the command without blocking this process (a server in this process must answer it). */
function runAsync(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...command, ...args], { cwd: root, env });
    let out = "", err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

test("ingest --server sends files to a running server, which stores them; a wrong token is one line", async () => {
  const server = await startTestServer();
  try {
    const r = await runAsync("ingest", "--server", server.base, "--token", server.token, join(dir, "articles"));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /3 article\(s\) sent to .*: 3 new, 0 duplicate, 0 failed/);
    const health = (await (await fetch(`${server.base}/api/health`)).json()) as { articles: number };
    assert.equal(health.articles, 3);
    const again = await runAsync("ingest", "--server", server.base, "--token", server.token, join(dir, "articles"));
    assert.match(again.out, /3 duplicate/);
    const wrong = await runAsync("ingest", "--server", server.base, "--token", "not-the-token", join(dir, "articles"));
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /refused the token/);
    assert.doesNotMatch(wrong.err, /\n\s+at /, "no stack trace");
    const none = await runAsync("ingest", "--server", server.base, join(dir, "articles"));
    assert.equal(none.code, 1);
    assert.match(none.err, /needs the API token/);
  } finally {
    await server.stop();
  }
});
