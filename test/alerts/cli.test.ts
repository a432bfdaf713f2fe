// `lagebild alerts` on the embedded store: articles ingested by the CLI are checked when the command
// runs (as `serve` checks them), then listed; filters and --json as the API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../support/shared.js";
import { AlertList } from "../../src/schema/index.js";
import { FIRST, SECOND } from "./fixtures.js";

const env = { ...process.env };
delete env.DATABASE_URL;
let dir = "";

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(projectRoot(), "bin", "lagebild.js"), ...args], { env, encoding: "utf8", timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-alerts-cli-"));
  writeFileSync(join(dir, "angriff-2022-03-01.txt"), FIRST.text);
  writeFileSync(join(dir, "opferzahl-2022-03-02.txt"), SECOND.text);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("lagebild alerts: checks what the CLI stored, lists it, filters it", () => {
  const data = join(dir, "data");
  assert.equal(run("ingest", "--data", data, join(dir, "angriff-2022-03-01.txt")).code, 0);
  const first = run("alerts", "--data", data);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /\[new-story\] New story: Raketenangriff auf Charkiw/);
  assert.match(first.out, /“[^”]*zwölf Menschen getötet[^”]*” \(article [0-9a-f]+, \d+–\d+\)/, "each alert with its evidence sentence");
  assert.equal(run("ingest", "--data", data, join(dir, "opferzahl-2022-03-02.txt")).code, 0);
  const figures = run("alerts", "--data", data, "--kind", "figure", "--json");
  assert.equal(figures.code, 0, figures.err);
  const list = AlertList.parse(JSON.parse(figures.out));
  assert.equal(list.items.length, 1);
  assert.match(list.items[0]!.title, /14.*was 12/);
  const bad = run("alerts", "--data", data, "--kind", "nonsense");
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /Allowed choices are new-story, figure/);
});
