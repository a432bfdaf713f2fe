// Every output stays byte-identical unless a change means to alter it: the extraction JSON of each
// dev article and own fixture, the benchmark corpus's layers and the situation over each set are
// compared with the fingerprints in test/fixtures/outputs.json. After a deliberate change of
// output, `npm run outputs -- --update` records the new ones (and the diff shows which moved).
import { test } from "node:test";
import assert from "node:assert/strict";
import { changedOutputs, committedOutputs, computeOutputs } from "../../scripts/outputs.js";
import { sharedDir } from "../support/shared.js";

test("every output matches its committed fingerprint", async (t) => {
  if (!sharedDir()) t.diagnostic("../shared is absent: only the project's own fixture sets are compared (the dev set and benchmark corpus need ../shared)");
  const now = await computeOutputs({ store: true });
  const committed = committedOutputs();
  assert.ok(Object.keys(now).some((k) => k.startsWith("fixtures-eval/")), "the own fixture set was not read");
  assert.deepEqual(Object.keys(now).filter((k) => !(k in committed)), [], "outputs without a committed fingerprint (run npm run outputs -- --update)");
  assert.deepEqual(changedOutputs(now, committed), [], "outputs changed (if meant: npm run outputs -- --update)");
});
