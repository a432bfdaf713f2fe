// The house rules hold: no file in src over 600 lines, no function in src/extract over 80 lines,
// language folders reached only through src/lang, and the store below the situation, jobs and server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { longFiles, longFunctions, wrongImports, sourceFiles } from "../scripts/house.js";

test("the checks read the source tree", () => {
  assert.ok(sourceFiles().length > 50, "src has its files");
  assert.ok(sourceFiles("src/extract").some((f) => f.endsWith("index.ts")));
});

test("no file in src is over 600 lines", () => assert.deepEqual(longFiles(), []));
test("no function in src/extract is over 80 lines", () => assert.deepEqual(longFunctions(), []));
test("language folders only through the registry; the store imports no higher layer", () => assert.deepEqual(wrongImports(), []));

test("the function check finds a long function in a file written to break it", () => {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-house-"));
  const file = join(dir, "long.ts");
  writeFileSync(file, `export function long(): number {\n  let x = 0;\n${"  x += 1;\n".repeat(85)}  return x;\n}\n`);
  try {
    assert.equal(longFunctions([file]).length, 1);
    assert.match(longFunctions([file])[0], /long: 89 lines/);
    assert.equal(longFiles([file]).length, 0);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
