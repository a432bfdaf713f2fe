import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { projectRoot, sharedDir } from "../support/shared.js";
import { extract } from "../../src/extract/index.js";
import { Extraction, extractionJsonSchema } from "../../src/schema/index.js";

const ROOT = projectRoot();
const SHARED = sharedDir() ?? join(ROOT, "..", "shared");

test("extract output validates against the zod contract", () => {
  const x = extract("Die Polizei meldete am Montag 12 Festnahmen in Beispielstadt. Der Minister sagte, alles sei ruhig.", { lang: "de", published: "2023-05-02" });
  const r = Extraction.safeParse(x);
  assert.ok(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3)));
  assert.equal(x.language, "de");
  assert.ok(x.sentences.length >= 2);
  for (const s of x.sentences) assert.equal(x.text.slice(s.start, s.end), s.text);
});

test("the JSON Schema is generated from the same zod schema and names every scored field", () => {
  const schema = extractionJsonSchema() as { properties: Record<string, unknown>; required: string[] };
  for (const f of ["article", "sentences", "entities", "figures", "claims", "times", "events"]) {
    assert.ok(schema.properties[f], `schema lacks ${f}`);
    assert.ok(schema.required.includes(f), `${f} not required`);
  }
});

test("every offset in an extraction points at the text it names", () => {
  const x = extract("Am Dienstag sagte die Sprecherin in Berlin, mindestens 40 Menschen seien verletzt worden.", { lang: "de", published: "2023-05-02" });
  for (const list of [x.figures, x.claims, x.times, x.events] as { start: number; end: number; text: string }[][]) {
    for (const item of list) assert.ok(item.end <= x.text.length && item.start <= item.end);
  }
  for (const t of x.times) assert.equal(x.text.slice(t.start, t.end), t.text);
});

test("the scorer runs on every dev article without errors", { timeout: 300_000 }, (t) => {
  const gold = join(SHARED, "eval", "dev");
  if (!existsSync(join(SHARED, "eval", "score.mjs")) || !existsSync(gold)) {
    t.skip("../shared/eval is absent: the dev-set run is skipped");
    return;
  }
  const n = readdirSync(gold).filter((f) => f.endsWith(".gold.json")).length;
  const r = spawnSync(process.execPath, [join(SHARED, "eval", "score.mjs"), "--gold", gold, "--cmd", `${process.execPath} ${join(ROOT, "bin", "lagebild.js")} extract --json`], { encoding: "utf8", cwd: ROOT });
  assert.equal(r.status, 0, r.stderr);
  const last = r.stdout.trim().split("\n").pop() ?? "";
  assert.match(last, new RegExp(`errors 0/${n}`), last);
  const x = JSON.parse(readFileSync(join(gold, readdirSync(gold).find((f) => f.endsWith(".gold.json"))!), "utf8"));
  assert.ok(x.published);
});
