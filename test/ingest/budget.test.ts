// The size budgets (src/nlp/budget.ts) on generated hostile inputs: each used to cost from seconds to
// hours of CPU; now each ends well inside a generous bound, warns, and stays valid against the contract.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/extract/index.js";
import { Extraction } from "../../src/schema/index.js";
import { BUDGETS, codePointBoundary } from "../../src/nlp/budget.js";
import { Pipeline } from "../../src/nlp/pipeline.js";
import { Document } from "../../src/nlp/document.js";

const SENTENCE = "Die Polizei sagte am Montag, in Beispielstadt seien 300 Menschen auf die Straße gegangen.";
const BOUND = { timeout: 90_000 };

/** The extraction, checked against the schema, with offsets inside the text. */
function valid(input: string, opts: Parameters<typeof extract>[1] = {}): Extraction {
  const x = extract(input, { lang: "de", published: "2024-03-04", ...opts });
  const r = Extraction.safeParse(x);
  assert.ok(r.success, r.success ? "" : r.error.message.slice(0, 500));
  for (const s of x.sentences) assert.ok(s.start >= 0 && s.end <= x.text.length && s.start < s.end && x.text.slice(s.start, s.end) === s.text);
  for (const f of x.figures) assert.ok(f.start >= 0 && f.end <= x.text.length);
  return x;
}

test("HTML nested 1,000 and 20,000 <div> deep: deeper elements unwrapped with a warning, the text kept", BOUND, () => {
  for (const depth of [1000, 20_000]) {
    const html = `<html><body>${"<div>".repeat(depth)}<p>${SENTENCE} Der Protest verlief nach Angaben der Veranstalter friedlich und endete am Abend.</p>${"</div>".repeat(depth)}</body></html>`;
    const x = valid(html, { format: "html" });
    assert.match(x.warnings.join("\n"), new RegExp(`nested ${depth + 3} elements deep; \\d+ elements deeper than ${BUDGETS.htmlDepth} were unwrapped`));
    assert.match(x.text, /300 Menschen/);
  }
});

test("80 KB of <span> in one paragraph and a page over the element budget are read", BOUND, () => {
  let spans = "";
  for (let k = 0; spans.length < 80_000; k++) spans += `<span>Wort ${k} </span>`;
  const x = valid(`<html><body><article><p>${SENTENCE}</p><p>${spans}</p></article></body></html>`, { format: "html" });
  assert.match(x.text, /Wort 100 /);
  assert.match(x.warnings.join("\n"), /sentence break\(s\) added inside sentences longer than 150 tokens/);
  const many = `<html><body><article><p>${SENTENCE}</p>${"<i>x</i>".repeat(BUDGETS.htmlElements)}</article></body></html>`;
  assert.match(valid(many, { format: "html" }).warnings.join("\n"), /elements \(budget 60000\); the page body was read without main-content detection/);
});

test("a 200 KB line without a period is split into sentences of at most the budget", BOUND, () => {
  const words = SENTENCE.replace(/[.,]/g, "").split(" ");
  let line = "";
  for (let k = 0; line.length < 210_000; k++) line += words[k % words.length] + " ";
  const x = valid(line);
  assert.ok(x.sentences.length >= 200, `${x.sentences.length} sentences`);
  assert.ok(x.sentences.every((s) => s.text.split(" ").length <= BUDGETS.sentenceTokens));
  assert.match(x.warnings.join("\n"), /sentence break\(s\) added/);
  assert.match(x.warnings.join("\n"), /the text is \d+ characters long; only the first \d+ \(budget 200000\) were read/);
});

test("a run of 100,000 letters without a space is cut into tokens of the budget's length", BOUND, () => {
  const x = valid(`${SENTENCE} ${"ä".repeat(100_000)} Danach blieb es ruhig.`);
  assert.match(x.warnings.join("\n"), /cut\(s\) made inside runs of more than 2048 characters without a space/);
  assert.match(x.text, /blieb es ruhig/);
});

test("cuts never split a surrogate pair", () => {
  const s = "a\uD83D\uDE00b";
  assert.equal(codePointBoundary(s, 2), 1);
  assert.equal(codePointBoundary(s, 1), 1);
  assert.equal(codePointBoundary(s, 3), 3);
  const x = valid(`${SENTENCE} ${"\uD83D\uDE00".repeat(1500)} Ende.`);
  assert.doesNotMatch(JSON.stringify(x), /\\ud83d"|"\\ude00/i);
  for (const c of x.text) assert.notEqual(c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff, true);
});

test("past the article's time budget the remaining components are skipped with a warning; tokens and sentences stay", () => {
  const saved = process.env.LAGEBILD_ARTICLE_BUDGET_MS;
  process.env.LAGEBILD_ARTICLE_BUDGET_MS = "5";
  try {
    const ran: string[] = [];
    const slow = (name: string, assigns: string[]) => ({ name, requires: [], assigns, run: (d: Document) => { ran.push(name); const end = performance.now() + 10; while (performance.now() < end); void d; } });
    const p = new Pipeline([slow("tokens", ["doc.tokens"]), slow("sentences", ["doc.sentences"]), slow("later", ["layer.ner"]), slow("last", ["layer.time"])] as never);
    const doc = p.run(new Document("Ein Satz.", "de"));
    assert.deepEqual(ran, ["tokens", "sentences"]);
    assert.match(doc.warnings.join("\n"), /more than its time budget \(\d+ ms > 5 ms\); skipped: later, last/);
  } finally {
    if (saved === undefined) delete process.env.LAGEBILD_ARTICLE_BUDGET_MS;
    else process.env.LAGEBILD_ARTICLE_BUDGET_MS = saved;
  }
});

test("5 MB of one repeated place name: cut to the budget, and its thousands of mentions resolved without comparing every pair", BOUND, () => {
  const start = process.cpuUsage();
  const x = valid("Beispielstadt ".repeat(380_000));
  const used = process.cpuUsage(start);
  assert.match(x.warnings.join("\n"), /only the first \d+ \(budget 200000\) were read/);
  // the quadratic overlap search took minutes here; the bound is generous for a loaded machine
  assert.ok((used.user + used.system) / 1e6 < 60, `${((used.user + used.system) / 1e6).toFixed(1)} s CPU`);
});
