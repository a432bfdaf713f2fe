// Inputs from the fuzz findings, reduced to sentences of our own: each crashed the reader or the tokenizer before.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeText } from "../../src/ingest/source.js";
import { tokenize } from "../../src/nlp/tokenize.js";
import { extract } from "../../src/extract/index.js";

test("UTF-16 of odd length decodes with a warning instead of a RangeError", () => {
  const body = Buffer.from("Die Stadt meldet Regen.", "utf16le").swap16();
  const odd = Buffer.concat([Buffer.from([0xfe, 0xff]), body, Buffer.from([0x00])]);
  const warnings: string[] = [];
  const text = decodeText(odd, "report.txt", warnings);
  assert.ok(text.startsWith("Die Stadt meldet Regen."), text);
  assert.match(warnings.join("\n"), /half a character/);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Regen.", "utf16le"), Buffer.from([0x41])]);
  assert.ok(decodeText(le, "le.txt", []).startsWith("Regen."));
});

test("the tokenizer splits long comma chains and quote runs without recursion", () => {
  const chain = "Berlin,".repeat(20_000) + "Berlin";
  const tokens = tokenize(chain, "de");
  assert.equal(tokens.length, 40_001);
  assert.deepEqual(tokens.slice(0, 3).map((t) => t.text), ["Berlin", ",", "Berlin"]);
  const quotes = "„".repeat(200_000) + "Wort";
  assert.ok(tokenize(quotes, "de").length >= 1);
  assert.deepEqual(tokenize("Tbilisi,Georgia dpa/Stand", "de").map((t) => t.text), ["Tbilisi", ",", "Georgia", "dpa", "/", "Stand"]);
});

test("lone surrogates are replaced at the reader (offsets kept), so the extraction can be stored as JSON", () => {
  const text = "Der Bürgermeister sagte am Montag, die Brücke \uD800 bleibe geschlossen.";
  const x = extract(text, { lang: "de", published: "2023-05-02" });
  const json = JSON.stringify(x);
  assert.doesNotMatch(json, /\\ud800/i);
  assert.equal(x.text.length, text.length);
  assert.ok(x.text.includes("\uFFFD"));
  const record = JSON.stringify({ title: "Titel \uDC00", text: "Die Feuerwehr meldete einen Brand \uDBFF." });
  assert.doesNotMatch(JSON.stringify(extract(record, { format: "json", lang: "de", published: "2023-05-02" })), /\\ud[89abcdef]/i);
});

test("only http(s) article URLs are kept: javascript: from a record or og:url is dropped with a warning", () => {
  const record = JSON.stringify({ url: "javascript:alert(1)", text: "Der Stadtrat tagte am Montag." });
  const x = extract(record, { format: "json", lang: "de", published: "2023-05-02" });
  assert.equal(x.article.url, null);
  assert.match(x.warnings.join("\n"), /not an http\(s\) address/);
  const html = `<html><head><meta property="og:url" content="javascript:alert(2)"><title>Rat</title></head><body><article><p>Der Stadtrat von Beispielstadt tagte am Montag und beschloss einen neuen Haushalt für das kommende Jahr.</p></article></body></html>`;
  assert.equal(extract(html, { format: "html", lang: "de", published: "2023-05-02" }).article.url, null);
  assert.equal(extract(JSON.stringify({ url: "https://example.org/a", text: "Der Stadtrat tagte am Montag." }), { format: "json", lang: "de" }).article.url, "https://example.org/a");
});
