// BILOU labels of the NER tagger and the language-pack word tags its features see.
import { test } from "node:test";
import assert from "node:assert/strict";
import { toBilou, toBio, allowed, viterbi, bioSpans } from "../../src/nlp/ner/model.js";
import { wordTags } from "../../src/nlp/ner/lexicon.js";
import { lexClasses } from "../../src/nlp/ner/features.js";

test("NER labels: BIO -> BILOU -> BIO keeps the spans ('Olaf Scholz besucht Berlin')", () => {
  const bio = ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG"];
  const bilou = toBilou(bio);
  assert.deepEqual(bilou, ["B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG"]);
  assert.deepEqual(bilou.map(toBio), bio);
  assert.deepEqual(bioSpans(bilou.map(toBio)), bioSpans(bio));
});

test("NER labels: BILOU decoding never leaves a name open or continues one that was not opened", () => {
  const labels = ["O", "B-PER", "I-PER", "L-PER", "U-PER"];
  assert.equal(allowed(labels, 1, 0), false); // B-PER -> O
  assert.equal(allowed(labels, 1, 3), true); // B-PER -> L-PER
  assert.equal(allowed(labels, 0, 3), false); // O -> L-PER
  assert.equal(allowed(labels, -1, 2), false); // start -> I-PER
  // emissions that prefer B-PER at the last word: decoding must end with a label that closes the name
  const em = [Float64Array.from([0, 0, 0, 0, 1]), Float64Array.from([0, 5, 0, 0, 4])];
  const out = viterbi(em, new Float64Array(5), new Float64Array(25), 5, labels).map((k) => labels[k]);
  assert.notEqual(out[1], "B-PER");
  assert.notEqual(out[1], "I-PER");
});

test("NER word tags: organisation tails, introducers and place heads of the German pack ('GmbH', 'Menschenrechtsorganisation', 'Provinz')", () => {
  assert.ok(wordTags("GmbH", "de").includes("gtail:org"));
  assert.ok(wordTags("Menschenrechtsorganisation", "de").includes("gintro:org"));
  assert.ok(wordTags("Provinz", "de").includes("ghead:loc"));
  assert.ok(!wordTags("Mittelfeld", "de").some((t) => t.endsWith(":org")));
});

test("NER features: word classes of the POS lexicon ('Berlin' a place name, 'deutschen' an adjective)", () => {
  assert.equal(lexClasses("Berlin", "de"), "G");
  assert.equal(lexClasses("deutschen", "de"), "A");
  assert.equal(lexClasses("Xqzvw", "de"), "");
});
