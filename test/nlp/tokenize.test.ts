import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze } from "../../src/extract/index.js";

const toks = (text: string, lang: "de" | "en") => analyze(text, lang).tokens.map((t) => t.text);
const sents = (text: string, lang: "de" | "en") => {
  const d = analyze(text, lang);
  return d.sentences.map((s) => d.sentenceText(s));
};

test("German numbers, dates, domains and compounds stay whole", () => {
  const t = toks("Am 07. Januar 2022 meldete Beispiel.de bis zu 20.000 Teilnehmer, der Ex-Minister nannte 2,2 Millionen.", "de");
  for (const w of ["07.", "20.000", "2,2", "Beispiel.de", "Ex-Minister"]) assert.ok(t.includes(w), `missing ${w} in ${t.join("|")}`);
  assert.equal(t.at(-1), ".");
});

test("German quotes are split from words", () => {
  const t = toks("Sie sprach von „Chaos“ und \"Aufruhr\".", "de");
  assert.deepEqual(t, ["Sie", "sprach", "von", "„", "Chaos", "“", "und", "\"", "Aufruhr", "\"", "."]);
});

test("German sentences survive abbreviations, ordinals and dates", () => {
  const s = sents("Dr. Meier kam am 3. März nach Bonn. Das war z. B. am 08.01.2022 so. Nr. 5 fehlte.", "de");
  assert.equal(s.length, 3, s.join(" || "));
});

test("a headline line without final punctuation is its own sentence", () => {
  const s = sents("Neue Lage im Norden\nDie Behörden meldeten Schäden.", "de");
  assert.deepEqual(s, ["Neue Lage im Norden", "Die Behörden meldeten Schäden."]);
});

test("English abbreviations and clitics", () => {
  const t = toks("Mr. Brown said the U.S. didn't lose 80.5% of Ohio's votes.", "en");
  for (const w of ["Mr.", "U.S.", "did", "n't", "80.5", "%", "Ohio", "'s"]) assert.ok(t.includes(w), `missing ${w} in ${t.join("|")}`);
  assert.equal(sents("Mr. Brown said the U.S. agency left. Then it rained.", "en").length, 2);
});

test("a quotation ending a sentence closes it with its quote mark", () => {
  const s = sents('Er rief: "Kommt alle zurück." Danach ging er.', "de");
  assert.deepEqual(s, ['Er rief: "Kommt alle zurück."', "Danach ging er."]);
});

test("glued ordinals before month names and missing spaces after commas are split", () => {
  assert.deepEqual(toks("bis Freitag 14.März", "de"), ["bis", "Freitag", "14.", "März"]);
  assert.deepEqual(toks("Lyon,France", "en"), ["Lyon", ",", "France"]);
  assert.ok(toks("Es kostete 2,5 Millionen.", "de").includes("2,5"));
});

test("text between structural blocks never joins a block's sentence", async () => {
  const { Document } = await import("../../src/nlp/document.js");
  const { tokenizeDocument } = await import("../../src/nlp/tokenize.js");
  const { splitSentences } = await import("../../src/nlp/sentences.js");
  const text = "Ein Foto zeigt den Platz. | Agentur\nZweiter Absatz hier.";
  const cap = text.indexOf(" |");
  const credit = text.indexOf("Agentur");
  const doc = new Document(text, "de", {
    blocks: [
      { role: "caption", start: 0, end: cap, section: 0 },
      { role: "credit", start: credit, end: credit + 7, section: 0 },
      { role: "paragraph", start: credit + 8, end: text.length, section: 0 },
    ],
  });
  tokenizeDocument(doc);
  splitSentences(doc);
  const got = doc.sentences.map((s) => doc.sentenceText(s));
  assert.deepEqual(got, ["Ein Foto zeigt den Platz.", "|", "Agentur", "Zweiter Absatz hier."]);
  assert.deepEqual(doc.sentences.map((s) => s.block), [0, 1, 1, 2]);
});
