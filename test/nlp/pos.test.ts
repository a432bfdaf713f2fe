import { sharedDir } from "../support/shared.js";
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { Document } from "../../src/nlp/document.js";
import { tokenizeDocument } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import { tagDocument, posModel } from "../../src/nlp/pos/index.js";
import { Lexicon, encodeEdit, applyEdit, serializeLexicon, lexBlockIndex, lexIndexFile, LEX_BLOCK } from "../../src/nlp/pos/lexicon.js";
import { gzipSync } from "node:zlib";
import { PerceptronTrainer, PerceptronScorer, IdTable, encodeWeights } from "../../src/nlp/pos/perceptron.js";
import { shape, feat1, hashStr, T } from "../../src/nlp/pos/features.js";

function tagged(text: string, lang: "de" | "en") {
  const doc = new Document(text, lang);
  tokenizeDocument(doc);
  splitSentences(doc);
  tagDocument(doc);
  return doc;
}

function tok(doc: Document, text: string) {
  const t = doc.tokens.find((x) => x.text === text);
  assert.ok(t, `token ${text} not found in ${doc.tokens.map((x) => x.text).join("|")}`);
  return t;
}

test("German: Konjunktiv auxiliary, noun, proper noun, number, participle", () => {
  const d = tagged("Die Ministerin sagte, die Stadtverwaltung habe in Hamburg 300 neue Wohnungen gebaut.", "de");
  for (const t of d.tokens) {
    assert.ok(t.upos, `no upos on ${t.text}`);
    assert.ok(t.lemma, `no lemma on ${t.text}`);
  }
  assert.equal(tok(d, "habe").upos, "AUX");
  assert.equal(tok(d, "habe").lemma, "haben");
  assert.equal(tok(d, "Ministerin").upos, "NOUN");
  assert.equal(tok(d, "Wohnungen").upos, "NOUN");
  assert.equal(tok(d, "Wohnungen").lemma, "Wohnung");
  assert.equal(tok(d, "Stadtverwaltung").upos, "NOUN");
  assert.equal(tok(d, "Hamburg").upos, "PROPN");
  assert.equal(tok(d, "300").upos, "NUM");
  assert.equal(tok(d, "gebaut").upos, "VERB");
  assert.equal(tok(d, "gebaut").lemma, "bauen");
  assert.equal(tok(d, "sagte").lemma, "sagen");
  assert.equal(tok(d, "Die").lemma, "der");
  assert.equal(tok(d, ",").upos, "PUNCT");
});

test("German: contractions are one ADP token with the preposition as lemma", () => {
  const d = tagged("Er fuhr zur Arbeit und blieb im Büro.", "de");
  assert.equal(tok(d, "zur").upos, "ADP");
  assert.equal(tok(d, "zur").lemma, "zu");
  assert.equal(tok(d, "im").upos, "ADP");
  assert.equal(tok(d, "im").lemma, "in");
  assert.equal(tok(d, "blieb").lemma, "bleiben");
});

test("German: unknown compound noun gets its lemma from the known head", () => {
  const d = tagged("Die Hafenbrückenbetreiber trafen sich.", "de");
  const t = tok(d, "Hafenbrückenbetreiber");
  assert.equal(t.upos, "NOUN");
  assert.equal(t.lemma, "Hafenbrückenbetreiber");
});

test("German: compounds split at a known head whose modifier is made of known words", async () => {
  const { compoundSplit } = await import("../../src/nlp/pos/features.js");
  const m = posModel("de")!;
  assert.equal(compoundSplit(m.lexInfo, "Gesundheitsämter"), "Gesundheits".length);
  assert.equal(m.lemmatize("Gesundheitsämter", "NOUN"), "Gesundheitsamt");
  assert.equal(m.lemmatize("Landtagswahlen", "NOUN"), "Landtagswahl");
  assert.equal(compoundSplit(m.lexInfo, "Merkel"), -1);
  const d = tagged("Der Stadtrat hat die Vorlage abgelehnt.", "de");
  assert.equal(tok(d, "Stadtrat").upos, "NOUN");
});

test("English: auxiliary, plural noun, proper noun, progressive verb, clitics", () => {
  const d = tagged("The farmers were marching toward Boston on Monday, but they didn't arrive.", "en");
  for (const t of d.tokens) assert.ok(t.upos && t.lemma, `untagged ${t.text}`);
  assert.equal(tok(d, "were").upos, "AUX");
  assert.equal(tok(d, "were").lemma, "be");
  assert.equal(tok(d, "farmers").upos, "NOUN");
  assert.equal(tok(d, "farmers").lemma, "farmer");
  assert.equal(tok(d, "marching").upos, "VERB");
  assert.equal(tok(d, "marching").lemma, "march");
  assert.equal(tok(d, "Boston").upos, "PROPN");
  assert.equal(tok(d, "The").lemma, "the");
  assert.equal(tok(d, "n't").upos, "PART");
  assert.equal(tok(d, "did").lemma, "do");
});

test("English: irregular forms are lemmatised", () => {
  const d = tagged("She wrote two letters and the children ate better food.", "en");
  assert.equal(tok(d, "wrote").lemma, "write");
  assert.equal(tok(d, "children").lemma, "child");
  assert.equal(tok(d, "ate").lemma, "eat");
  assert.equal(tok(d, "two").upos, "NUM");
});

test("lemma edits round-trip", () => {
  for (const [f, l] of [["Häuser", "Haus"], ["ging", "gehen"], ["cats", "cat"], ["x", "x"], ["am", "an"]]) {
    const e = encodeEdit(f, l);
    assert.equal(applyEdit(f, e), l, `${f} -> ${l} via ${e}`);
  }
});

test("lexicon: block search and hash index find every form, classes and lemmas decode", () => {
  const map = new Map<string, Set<string>>();
  const forms: string[] = [];
  for (let i = 0; i < 700; i++) {
    const f = (i % 3 === 0 ? "Ä" : i % 3 === 1 ? "b" : "z") + i.toString(36) + (i % 5 === 0 ? "ß" : "");
    forms.push(f);
    map.set(f, new Set(i % 2 ? ["N0", "V1en"] : ["A0"]));
  }
  const text = serializeLexicon(map);
  for (const blocks of [undefined, lexBlockIndex(Buffer.from(text, "utf8"))]) {
    const lex = new Lexicon(text, blocks);
    assert.equal(lex.size, 700);
    // more lookups than the hash index threshold: the first ones use the block index, the rest the hash index
    for (let r = 0; r < 250; r++) {
      for (const f of forms) assert.ok(lex.has(f), `missing ${f}`);
      assert.equal(lex.has("b"), false);
      assert.equal(lex.has(forms[7] + "x"), false);
      assert.equal(lex.has(""), false);
    }
    const odd = forms[1];
    assert.equal(lex.classes(odd), "N|V");
    assert.equal(lex.classes(forms[0]), "A");
    assert.equal(lex.lemma(odd, new Set(["V"])), odd.slice(0, -1) + "en");
    assert.equal(lex.lemma(odd, new Set(["A"])), null);
  }
  // from gzip, with the index file written by training, and with a stale index (another block size): ignored
  const gz = gzipSync(Buffer.from(text, "utf8"));
  for (const idx of [lexIndexFile(Buffer.from(text, "utf8")), Buffer.from(Int32Array.of(LEX_BLOCK + 1, 0).buffer), undefined]) {
    const lex = Lexicon.fromGzip(gz, idx);
    for (const f of forms) assert.ok(lex.has(f), `missing ${f}`);
  }
});

test("lexicon binary search finds exact forms only", () => {
  const map = new Map<string, Set<string>>([
    ["Haus", new Set(["N0"])],
    ["Häuser", new Set(["N" + encodeEdit("Häuser", "Haus")])],
    ["ab", new Set(["X0"])],
    ["ab-c", new Set(["Y0"])],
    ["gehen", new Set(["I0"])],
    ["ging", new Set(["V" + encodeEdit("ging", "gehen")])],
  ]);
  const lex = new Lexicon(serializeLexicon(map));
  assert.equal(lex.size, 6);
  assert.deepEqual(lex.get("Häuser"), [{ cls: "N", lemma: "Haus" }]);
  assert.deepEqual(lex.get("ging"), [{ cls: "V", lemma: "gehen" }]);
  assert.deepEqual(lex.get("ab"), [{ cls: "X", lemma: "ab" }]);
  assert.deepEqual(lex.get("ab-c"), [{ cls: "Y", lemma: "ab-c" }]);
  assert.equal(lex.get("Hau"), null);
  assert.equal(lex.get("gehe"), null);
  assert.equal(lex.get("zzz"), null);
});

test("averaged perceptron learns a separable toy problem", () => {
  const p = new PerceptronTrainer(2);
  const [a, b, x, y] = ["a", "b", "x", "y"].map((s) => feat1(T.W, hashStr(s)));
  const data: [number[], number][] = [[[a, x], 0], [[b, x], 1], [[a, y], 0], [[b, y], 1]];
  const scores = new Float64Array(2);
  for (let ep = 0; ep < 5; ep++) for (const [f, t] of data) p.update(f, f.length, t, p.predict(f, f.length, scores));
  const { keys, rows } = p.export(1, 0, 1000);
  const s = PerceptronScorer.fromWeights(2, keys, rows);
  for (const [f, t] of data) assert.equal(s.predict(f, f.length, scores), t);
  // the binary weight block round-trips
  const d = PerceptronScorer.decode(encodeWeights({ keys, rows }), 0, 2).scorer;
  for (const [f, t] of data) assert.equal(d.predict(f, f.length, scores), t);
});

test("feature id table finds every key it holds and no other", () => {
  const t = new IdTable(4);
  for (let k = 1; k <= 5000; k++) t.set(feat1(T.W, k), k);
  for (let k = 1; k <= 5000; k++) assert.equal(t.get(feat1(T.W, k)), k);
  assert.equal(t.get(feat1(T.L, 1)), -1);
  assert.equal(t.size, 5000);
});

test("word shapes", () => {
  assert.equal(shape("Berlin"), "Xx");
  assert.equal(shape("20.000"), "d.d");
  assert.equal(shape("NATO-Chef"), "X-Xx");
});

test("the German model loads and tags a sentence", () => {
  const m = posModel("de");
  assert.ok(m, "German model missing");
  const tags = m.tag("Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen .".split(" "));
  assert.equal(tags.length, 10);
  assert.equal(tags[0], "DET");
  assert.equal(tags[7], "NOUN"); // Gesetz
  assert.equal(tags[9], "PUNCT");
});

const SHARED = sharedDir();
const UD = SHARED ? join(SHARED, "data", "ud") + "/" : "";

test("accuracy on the UD test splits", { skip: UD ? false : "../shared/data/ud not present" }, async () => {
  const { readFileSync } = await import("node:fs");
  for (const [lang, file, min] of [["de", "de_gsd-ud-test.conllu", 93], ["en", "en_ewt-ud-test.conllu", 92.5]] as const) {
    const m = posModel(lang)!;
    let ok = 0, n = 0;
    let words: string[] = [], gold: string[] = [];
    let skip = 0;
    const flush = () => {
      if (!words.length) return;
      const t = m.tag(words);
      t.forEach((x, i) => { n++; if (x === gold[i]) ok++; });
      words = []; gold = [];
    };
    for (const line of readFileSync(UD + file, "utf8").split("\n")) {
      if (!line.trim()) { flush(); skip = 0; continue; }
      if (line.startsWith("#")) continue;
      const c = line.split("\t");
      if (c[0].includes(".")) continue;
      if (c[0].includes("-")) {
        if (lang === "de") { skip = Number(c[0].split("-")[1]); words.push(c[1]); gold.push("ADP"); }
        continue;
      }
      if (Number(c[0]) <= skip) continue;
      words.push(c[1]); gold.push(c[3]);
    }
    flush();
    const acc = (100 * ok) / n;
    assert.ok(acc >= min, `${lang} UPOS accuracy ${acc.toFixed(2)} < ${min}`);
  }
});

test("a second pass sees the first pass's tags", async () => {
  const { PosModel } = await import("../../src/nlp/pos/model.js");
  const tags = ["A", "B"];
  // pass 1: the bias says A; pass 2: "the first pass said A for the next token" says B
  const bias = feat1(T.B, 0), r1A = feat1(T.R1, 0); // tag A has index 0
  const p1 = PerceptronScorer.fromWeights(2, [bias], [[0, 10]]);
  const p2 = PerceptronScorer.fromWeights(2, [bias, r1A], [[0, 10], [1, 50]]);
  const lang = { lexClassUpos: {}, compoundHeadMin: 0, contractionUpos: "", clauseClasses: [], lemmaKeepCase: [] };
  const json = { lang: "xx", tags, scale: 10, passes: 2, lemmaForms: {}, lemmaSuffixes: {} };
  assert.deepEqual(new PosModel(json, [p1], null, lang).tag(["x", "y", "z"]), ["A", "A", "A"]);
  assert.deepEqual(new PosModel(json, [p1, p2], null, lang).tag(["x", "y", "z"]), ["B", "B", "A"]);
});
