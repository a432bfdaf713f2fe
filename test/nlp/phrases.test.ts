import { test } from "node:test";
import assert from "node:assert/strict";
import { PhraseMatcher, matchesAt } from "../../src/nlp/phrases.js";

test("PhraseMatcher tries the phrases of a first word longest first, earlier added first among equal lengths", () => {
  const m = new PhraseMatcher<string>();
  m.add(["nach"], "short");
  m.add(["nach", "angaben"], "first");
  m.add(["nach", "berichten"], "second");
  m.add(["nach", "angaben", "der"], "longest");
  m.add(["nach", "ang"], "tie", { lastIsPrefix: true });
  const low = ["nach", "angaben", "der", "polizei"];
  assert.equal(m.longestAt(low, 0, 4)?.value, "longest");
  assert.equal(m.longestAt(low, 0, 2)?.value, "first", "the end bounds the phrase; of two two-word matches the earlier added wins");
  assert.equal(m.longestAt(["nach", "angriffen"], 0, 2)?.value, "tie", "the last word as a prefix");
  assert.equal(m.longestAt(["nach", "x"], 0, 2)?.value, "short");
  assert.equal(m.longestAt(low, 1, 4), undefined);
});

test("PhraseMatcher keeps one-word prefixes apart: prefixOf, and wordPhrase for exact one-word lookups", () => {
  const m = new PhraseMatcher<string>();
  m.add(["festgenomm"], "arrest", { lastIsPrefix: true });
  m.add(["fest"], "fixed", { lastIsPrefix: true });
  m.add(["festnehmen"], "lemma");
  assert.equal(m.longestAt(["festgenommen"], 0, 1), undefined);
  assert.equal(m.prefixOf("festgenommenen")?.value, "arrest", "the first added prefix that starts the word");
  assert.equal(m.wordPhrase("festnehmen")?.value, "lemma");
  assert.equal(m.wordPhrase("festgenomm"), undefined);
  assert.equal(matchesAt(["a", "bc"], 0, ["a", "b"], true, 2), true);
  assert.equal(matchesAt(["a", "bc"], 0, ["a", "b"], false, 2), false);
});
