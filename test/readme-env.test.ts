// Every environment variable the code reads (process.env.NAME in src, scripts and bin) is named in
// the README's table; the trainers' knobs by their prefix ("POS_*").
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./support/shared.js";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|js|mjs)$/.test(name) ? [p] : [];
  });
}

test("the README documents every environment variable the code reads", () => {
  const root = projectRoot();
  const names = new Set<string>();
  for (const dir of ["src", "scripts", "bin"])
    for (const f of files(join(root, dir))) for (const m of readFileSync(f, "utf8").matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) names.add(m[1]!);
  assert.ok(names.has("LAGEBILD_ALLOW_PRIVATE_FETCH"), "the scan finds the variables");
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const missing = [...names].filter((n) => !readme.includes(`\`${n}`) && !readme.includes(`\`${n.split("_")[0]}_*\``));
  assert.deepEqual(missing, []);
});
