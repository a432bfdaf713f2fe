// The position-filtered candidate search must find exactly what scanning with every rule finds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findCandidates, findCandidatesScan } from "../../src/extract/times/index.js";
import { compiledFor } from "../../src/extract/times/compile.js";

const DE = [
  "Am Dienstag, 3. März 2020, um 14.30 Uhr begann die Sitzung; seit 2017 und bis Ende nächster Woche gilt die Regel.",
  "Der Karfreitag fiel auf den 10.04.; 20.000 Menschen kamen am Abend, vor drei Tagen waren es 1.500 🙂 am Montagmorgen.",
  "Im Frühjahr 2019 und in den 1990er Jahren, gestern Nacht sowie heute gegen 8 Uhr — zwei Wochen lang.",
  "",
  "🙂🙂 Mittwoch 🙂",
];
const EN = [
  "On Monday, March 3, 2020, at 2:30 p.m. the meeting began; since 2017 and until late next week the rule applies.",
  "Three days ago 1,500 people gathered; last month, in the 1990s and early 2019 👍 yesterday evening it rained for two weeks.",
  "Sunday's vote and the night before Wednesday, around 8 a.m., a.m.-sharp",
];

for (const [lang, texts] of [["de", DE], ["en", EN]] as const) {
  test(`times: filtered candidate search equals the full scan (${lang})`, () => {
    const c = compiledFor(lang);
    assert.ok(c.unions && c.unions.length > 0);
    let n = 0;
    for (const t of texts) {
      const fast = findCandidates(t, c), full = findCandidatesScan(t, c);
      assert.deepEqual(fast, full);
      n += full.length;
    }
    assert.ok(n > 10, `expected time expressions in the test sentences, got ${n}`);
  });
}
