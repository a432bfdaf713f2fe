// The dependency parser (src/nlp/parse): the transition system and its oracle, the "parser" component's "parse"
// layer on sentences written for this test, and UAS on a slice of the UD test files (skipped without ../shared).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { existsSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { analyze } from "../../src/extract/index.js";
import { Document } from "../../src/nlp/document.js";
import { parseDocument, parserModel, tokenHeads } from "../../src/nlp/parse/index.js";
import { Configuration, LEFT, RIGHT, SHIFT } from "../../src/nlp/parse/system.js";
import { posModel } from "../../src/nlp/pos/index.js";
import { languagePack, registerLanguage, unregisterLanguage } from "../../src/lang/registry.js";
import { readConllu } from "../../scripts/conllu.js";
import { sharedDir } from "../support/shared.js";

/** Head word and relation of the token with text `word` ("Polizei" -> ["nahm", "nsubj"]). */
function dependency(text: string, lang: "de" | "en", word: string): [string, string] {
  const doc = analyze(text, lang);
  const { heads, relations } = tokenHeads(doc);
  const k = doc.tokens.findIndex((t) => t.text === word);
  assert.ok(k >= 0, `no token "${word}" in ${doc.tokens.map((t) => t.text).join(" ")}`);
  return [heads[k] < 0 ? "<root>" : doc.tokens[heads[k]].text, relations[k]];
}

test("the oracle's zero-cost moves rebuild a projective gold tree", () => {
  // "Polizei nahm Männer fest": nahm is the root, Polizei and Männer and fest depend on it
  const gold = [1, 4, 1, 1]; // root = n = 4
  const c = new Configuration(4);
  while (!c.done()) {
    const move = [LEFT, RIGHT, SHIFT].find((m) => c.legal(m) && c.cost(m, gold) === 0);
    assert.notEqual(move, undefined, "some legal move costs nothing");
    c.apply(move!, 0);
  }
  assert.deepEqual([...c.heads.slice(0, 4)], gold);
});

test("readConllu keeps a multi-word token as one token, attached where its first word attaches", () => {
  const dir = mkdtempSync(join(tmpdir(), "conllu-"));
  const file = join(dir, "s.conllu");
  const rows = [
    ["1", "Er", "er", "PRON", "2", "nsubj"], ["2", "geht", "gehen", "VERB", "0", "root"], ["3-4", "zum", "_", "_", "_", "_"],
    ["3", "zu", "zu", "ADP", "5", "case"], ["4", "dem", "der", "DET", "5", "det"], ["5", "Arzt", "Arzt", "NOUN", "2", "obl"], ["6", ".", ".", "PUNCT", "2", "punct"],
  ];
  writeFileSync(file, "# text = Er geht zum Arzt.\n" + rows.map(([id, form, lemma, upos, head, rel]) => [id, form, lemma, upos, "_", "_", head, rel, "_", "_"].join("\t")).join("\n") + "\n\n");
  try {
    const [s] = readConllu(file, "ADP");
    assert.deepEqual(s.map((t) => t.form), ["Er", "geht", "zum", "Arzt", "."]);
    assert.deepEqual(s.map((t) => [t.head, t.deprel]), [[2, "nsubj"], [0, "root"], [4, "case"], [2, "obl"], [2, "punct"]]);
    assert.equal(s[2].lemma, "zu");
    assert.equal(readConllu(file, "")[0].length, 6, "without contractionUpos the words stay");
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("German: the subject and object of a separable verb", { skip: parserModel("de") ? false : "no models/parse-de.weights.gz" }, () => {
  const s = "Die Polizei nahm am Freitag drei Männer fest.";
  assert.deepEqual(dependency(s, "de", "Polizei"), ["nahm", "nsubj"]);
  assert.deepEqual(dependency(s, "de", "Männer"), ["nahm", "obj"]);
  assert.deepEqual(dependency(s, "de", "nahm"), ["<root>", "root"]);
  assert.deepEqual(dependency(s, "de", "fest"), ["nahm", "compound"]);
  // the contraction "am" is one token, attached where "an" attaches
  assert.deepEqual(dependency(s, "de", "am"), ["Freitag", "case"]);
});

test("German: a passive subject", { skip: parserModel("de") ? false : "no models/parse-de.weights.gz" }, () => {
  const s = "Der Bürgermeister wurde am Montag von Demonstranten angegriffen.";
  assert.deepEqual(dependency(s, "de", "Bürgermeister"), ["angegriffen", "nsubj:pass"]);
  assert.equal(dependency(s, "de", "Demonstranten")[0], "angegriffen");
});

test("English: subject, object and passive agent", { skip: parserModel("en") ? false : "no models/parse-en.weights.gz" }, () => {
  assert.deepEqual(dependency("The police arrested three men on Friday.", "en", "police"), ["arrested", "nsubj"]);
  assert.deepEqual(dependency("The police arrested three men on Friday.", "en", "men"), ["arrested", "obj"]);
  const passive = "Three men were arrested by the police on Friday.";
  assert.deepEqual(dependency(passive, "en", "men"), ["arrested", "nsubj:pass"]);
  assert.deepEqual(dependency(passive, "en", "police"), ["arrested", "obl:agent"]);
});

test("the parse layer: one span per token, one root per sentence, heads inside the sentence", { skip: parserModel("de") ? false : "no models/parse-de.weights.gz" }, () => {
  const doc = analyze("Der Minister sagte, die Lage sei ruhig. Am Abend kam es zu Protesten in der Hauptstadt.", "de");
  const layer = doc.layer("parse");
  assert.equal(layer.length, doc.tokens.length);
  for (const s of doc.sentences) {
    const spans = layer.filter((x) => x.attrs.token >= s.tokenStart && x.attrs.token < s.tokenEnd);
    assert.equal(spans.filter((x) => x.attrs.head < 0).length, 1, "one root");
    for (const x of spans) {
      assert.equal(x.label, x.attrs.relation);
      if (x.attrs.head >= 0) assert.ok(x.attrs.head >= s.tokenStart && x.attrs.head < s.tokenEnd && x.attrs.head !== x.attrs.token);
    }
  }
});

test("a language without a parse slot gets an empty layer and a warning", () => {
  const { parse: _parse, ...rest } = languagePack("de");
  registerLanguage({ ...rest, code: "xx", name: "Test" });
  try {
    const doc = new Document("Ein Satz.", "xx" as never);
    parseDocument(doc);
    assert.ok(doc.hasLayer("parse"));
    assert.equal(doc.layer("parse").length, 0);
    assert.ok(doc.warnings.includes("no parser for xx"));
  } finally {
    unregisterLanguage("xx");
  }
});

const SHARED = sharedDir();
const UD = SHARED ? join(SHARED, "data", "ud") : "";

test("UAS on the first 300 sentences of the UD test files, with our tagger's UPOS", { skip: UD && existsSync(UD) ? false : "../shared/data/ud not present: UAS floor not checked" }, () => {
  for (const [lang, file, floor] of [["de", "de_gsd-ud-test.conllu", 74], ["en", "en_ewt-ud-test.conllu", 76]] as const) {
    const parser = parserModel(lang), pos = posModel(lang);
    assert.ok(parser && pos, `models for ${lang}`);
    let ok = 0, n = 0;
    for (const s of readConllu(join(UD, file), languagePack(lang).lemma.contractionUpos).slice(0, 300)) {
      const words = s.map((t) => t.form), tags: string[] = [], lemmas: string[] = [];
      pos.analyze(words, tags, lemmas);
      const r = parser.parse(words, tags, lemmas);
      s.forEach((t, i) => { n++; if (r.heads[i] === t.head - 1) ok++; });
    }
    const uas = (100 * ok) / n;
    assert.ok(uas >= floor, `${lang} UAS ${uas.toFixed(2)} % < ${floor} %`);
  }
});
