import { test } from "node:test";
import assert from "node:assert/strict";
import { Document } from "../../src/nlp/document.js";
import { tokenizeDocument } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import { recognizeNames, nerSpans, type NerAttrs } from "../../src/nlp/ner/index.js";
import { extractEntities } from "../../src/extract/entities/index.js";
import { fullPipeline } from "../../src/extract/index.js";
import { languagePack, registerLanguage, unregisterLanguage } from "../../src/lang/registry.js";
import type { Lang } from "../../src/nlp/document.js";

function doc(text: string, lang: Lang): Document {
  const d = new Document(text, lang);
  tokenizeDocument(d);
  splitSentences(d);
  return d;
}

test("the full pipeline runs NER as its own component right before entities", () => {
  const names = fullPipeline().names();
  assert.ok(names.includes("ner"), names.join(", "));
  assert.equal(names.indexOf("ner") + 1, names.indexOf("entities"));
});

test("recognizeNames writes the ner layer that entities reads (German model)", (t) => {
  const d = doc("Bundeskanzler Olaf Scholz reiste am Montag nach Kiew.", "de");
  try { recognizeNames(d); } catch (e) { t.skip(`no German NER model: ${(e as Error).message}`); return; }
  assert.ok(d.hasLayer("ner"));
  const layer = d.layer<NerAttrs>("ner");
  const person = layer.find((s) => s.attrs.type === "PER");
  assert.ok(person, JSON.stringify(layer));
  assert.equal(d.text.slice(person.start, person.end), "Olaf Scholz");
  assert.deepEqual(nerSpans(d).map((s) => d.tokens.slice(s.tokStart, s.tokEnd).map((x) => x.text).join(" ")), layer.map((s) => d.text.slice(s.start, s.end)));
  extractEntities(d);
  assert.ok(d.results.entities?.some((e) => e.name === "Olaf Scholz" && e.type === "person"));
});

test("without a model the ner layer is empty and entities fall back on capitals", () => {
  // English words under a code without a model file ("models/ner-xx.txt.gz" does not exist)
  registerLanguage({ ...languagePack("en"), code: "xx", name: "English without an NER model" });
  try {
    const d = doc("Meanwhile President Joe Biden met Olaf Scholz in Washington.", "xx" as Lang);
    recognizeNames(d);
    assert.ok(d.hasLayer("ner"));
    assert.equal(d.layer("ner").length, 0);
    extractEntities(d);
    const names = (d.results.entities ?? []).map((e) => e.name);
    assert.ok(names.includes("Joe Biden"), names.join(", "));
    assert.ok(!names.includes("Meanwhile"), "a sentence-initial common word is no name");
  } finally {
    unregisterLanguage("xx");
  }
});

test("entities run the tagger themselves when the ner component did not run", () => {
  const a = doc("Die Nachrichtenagentur dpa meldete, Olaf Scholz sei in Kiew.", "de");
  const b = doc("Die Nachrichtenagentur dpa meldete, Olaf Scholz sei in Kiew.", "de");
  recognizeNames(a);
  extractEntities(a);
  extractEntities(b);
  assert.deepEqual(b.results.entities, a.results.entities);
});
