// Helpers of the time tagger's tests: tag a text written for the tests and compare [text, value] pairs.
import assert from "node:assert/strict";
import { Document, type Block, type Lang } from "../../src/nlp/document.js";
import { tokenizeDocument } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import { extractTimes } from "../../src/extract/times/index.js";

/** The paragraphs of a text written with blank lines between them. */
function paragraphs(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\n/g)) { blocks.push({ role: "paragraph", start, end: m.index, section: 0 }); start = m.index + 2; }
  blocks.push({ role: "paragraph", start, end: text.length, section: 0 });
  return blocks;
}

/** The document after the time tagger; paragraphs are separated by blank lines. */
export function tag(text: string, lang: Lang, published: string, updated?: string): Document {
  const doc = new Document(text, lang, { blocks: paragraphs(text), meta: { published, updated, anchor: (updated ?? published).slice(0, 10) } });
  // The tagger only needs tokens and sentences.
  tokenizeDocument(doc);
  splitSentences(doc);
  extractTimes(doc);
  return doc;
}

export const pairs = (doc: Document) => (doc.results.times ?? []).map((t) => [t.text, t.value] as [string, string]);

/** Asserts that the expected [text, value] pairs are found (others may be found too). */
export function expectTimes(text: string, lang: Lang, published: string, expected: [string, string][], updated?: string): void {
  const got = pairs(tag(text, lang, published, updated));
  for (const [t, v] of expected) {
    const hit = got.find(([gt]) => gt === t);
    assert.ok(hit, `"${t}" not found in ${JSON.stringify(got)}`);
    assert.equal(hit[1], v, `value of "${t}"`);
  }
}

/** Asserts that none of the given texts is tagged (as a whole or inside a longer span). */
export function expectNone(text: string, lang: Lang, published: string, absent: string[]): void {
  const got = pairs(tag(text, lang, published));
  for (const a of absent) assert.ok(!got.some(([t]) => t.includes(a)), `"${a}" wrongly tagged: ${JSON.stringify(got)}`);
}

