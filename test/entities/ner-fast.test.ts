import { test } from "node:test";
import assert from "node:assert/strict";
import { nerModel } from "../../src/nlp/ner/index.js";

// The cached tagger (per-word weight blocks, integer pair keys) must give exactly the labels of the
// plain feature-string implementation that training uses.
const SENTENCES = [
  "Der Außenminister von Neuseeland , Tamati Rangi , reiste am Montag nach Buenos Aires .",
  "Die Vereinten Nationen und das Rote Kreuz warnten vor einer Hungersnot in Süd-Sudan .",
  "Laut der Nachrichtenagentur Reuters demonstrierten in Los Angeles tausende Menschen gegen die Regierung in Washington .",
  "NATO-Generalsekretär Pieter van Hoorn traf die Bundeskanzlerin im Kanzleramt in Berlin .",
  "Im Norden des Landes kam es zu Kämpfen zwischen der Armee und Rebellen der Gruppe M23 .",
  "Kasachstans Präsident sprach mit Vertretern der Europäischen Union über | Sanktionen .",
];

test("NER: cached tagWords equals the reference implementation", (t) => {
  let model;
  try { model = nerModel("de"); } catch (e) { t.skip(`no German NER model: ${(e as Error).message}`); return; }
  assert.ok(model);
  for (const s of SENTENCES) {
    const words = s.split(" ");
    assert.deepEqual(model.tagWords(words, "de"), model.tagWordsReference(words, "de"), s);
  }
  // a second pass runs on warm caches
  for (const s of SENTENCES) assert.deepEqual(model.tagWords(s.split(" "), "de"), model.tagWordsReference(s.split(" "), "de"));
  const tags = model.tagWords("Die Regierung in Buenos Aires widersprach .".split(" "), "de");
  assert.equal(tags[3], "B-LOC");
  assert.equal(tags[4], "I-LOC");
});

test("NER: features looked up by character hashes give exactly the feature-string weights", (t) => {
  let model;
  try { model = nerModel("de"); } catch (e) { t.skip(`no German NER model: ${(e as Error).message}`); return; }
  assert.ok(model);
  const words = new Set(["<s>", "</s>", "İzmir", "ÄRZTE", "a", "ab", "x-", "-", "Ost-Kivu", "UNO-Sicherheitsrat", "Bürgermeisterin"]);
  for (const s of SENTENCES) for (const w of s.split(" ")) words.add(w);
  let nonZero = 0;
  for (const w of words) {
    const hashed = model.wordVectors(w, "de"), strings = model.stringVectors(w, "de");
    assert.deepEqual(Array.from(hashed), Array.from(strings), w);
    if (hashed.some((x) => x !== 0)) nonZero++;
  }
  assert.ok(nonZero > words.size / 2, "most words have weighted features");
});

test("NER: feature hashes are the same fed in pieces or as one string, and differ for different strings", async () => {
  const { begin, feed, key1, key2, hashString } = await import("../../src/nlp/ner/hash.js");
  begin(); feed("p3="); feed("berlin", 0, 3);
  assert.deepEqual([key1(), key2()], hashString("p3=ber"));
  begin(); feed("s3="); feed("berlin", 3, 6);
  assert.deepEqual([key1(), key2()], hashString("s3=lin"));
  assert.notDeepEqual(hashString("p3=ber"), hashString("p3=bes"));
  assert.notDeepEqual(hashString("ab"), hashString("ba"));
});
