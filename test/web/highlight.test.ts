// Reader highlights: standoff spans cut the text into segments (overlaps and nesting allowed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spansOf, segment } from "../../src/web/highlight.js";
import type { Extraction } from "../../src/schema/index.js";

const TEXT = "The mayor of Leeds said 12 people were hurt on Monday.";
//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234

function extraction(over: Partial<Extraction> = {}): Extraction {
  return {
    version: 1,
    language: "en",
    article: { language: "en", kicker: null, title: null, teaser: null, published: "2026-03-02", updated: null, credits: [], captions: [], sections: [] },
    text: TEXT,
    sentences: [{ start: 0, end: TEXT.length, text: TEXT }],
    entities: [{ name: "Leeds", type: "location", aliases: [], mentions: [{ start: 13, end: 18, text: "Leeds" }] }],
    figures: [{ value: 12, category: "injured", qualifier: "exact", subject: "people", source: "mayor of Leeds", text: "12 people were hurt", start: 24, end: 43 }],
    claims: [{ source: "mayor of Leeds", mode: "indirect", text: "12 people were hurt on Monday", cue: "said", start: 24, end: 53 }],
    times: [{ text: "Monday", value: "2026-03-02", type: "DATE", start: 47, end: 53 }],
    events: [],
    warnings: [],
    ...over,
  };
}

test("spans come from entity mentions, figures, claims and times with hover details", () => {
  const spans = spansOf(extraction());
  assert.deepEqual(spans.map((s) => s.kind).sort(), ["claim", "entity", "figure", "time"]);
  const fig = spans.find((s) => s.kind === "figure")!;
  assert.deepEqual(fig.details.find((d) => d[0] === "source"), ["source", "mayor of Leeds"]);
  assert.equal(spans.find((s) => s.kind === "entity")!.label, "LOC");
  assert.equal(spans.find((s) => s.kind === "time")!.label, "2 March 2026", "the time reads as words");
});

test("segments cover the text exactly once, nested spans included", () => {
  const x = extraction();
  const spans = spansOf(x);
  const segs = segment(x.text, spans);
  assert.equal(segs.map((s) => s.text).join(""), x.text);
  for (let i = 1; i < segs.length; i++) assert.equal(segs[i]!.start, segs[i - 1]!.end);
  const at = (pos: number) => segs.find((s) => s.start <= pos && pos < s.end)!;
  const kinds = (pos: number) => at(pos).spans.map((id) => spans[id]!.kind).sort();
  assert.deepEqual(kinds(14), ["entity"]);
  assert.deepEqual(kinds(25), ["claim", "figure"]);
  assert.deepEqual(kinds(48), ["claim", "time"]);
  assert.deepEqual(kinds(2), []);
  // the claim (outermost) is listed first where it holds the figure
  assert.equal(spans[at(25).spans[0]!]!.kind, "claim");
  // labels follow the segment where a span ends
  const ends = segs.flatMap((s) => s.ends.map((id) => [spans[id]!.kind, s.end] as const));
  assert.ok(ends.some(([k, e]) => k === "figure" && e === 43));
  assert.ok(ends.some(([k, e]) => k === "time" && e === 53));
});

test("partly overlapping spans split cleanly; bad offsets are clipped or dropped", () => {
  const x = extraction({
    claims: [{ source: "x", mode: "direct", text: "Leeds said 12", start: 13, end: 26 }],
    times: [
      { text: "out of range", value: "2026", start: 50, end: 5000 },
      { text: "empty", value: "2026", start: 30, end: 30 },
      { text: "reversed", value: "2026", start: 40, end: 10 },
    ],
  });
  const spans = spansOf(x);
  assert.ok(spans.every((s) => s.start < s.end && s.end <= x.text.length));
  assert.equal(spans.filter((s) => s.kind === "time").length, 1);
  const segs = segment(x.text, spans);
  assert.equal(segs.map((s) => s.text).join(""), x.text);
  const seg = segs.find((s) => s.start === 24)!;
  assert.deepEqual(seg.spans.map((id) => spans[id]!.kind).sort(), ["claim", "figure"]);
  assert.equal(segs.find((s) => s.start === 26)!.spans.map((id) => spans[id]!.kind).join(), "figure");
});

test("markup in the text stays text in the segments", () => {
  const text = 'A <script>alert(1)</script> and <img src=x onerror="y"> in Leeds.';
  const x = extraction({ text, entities: [{ name: "Leeds", type: "location", aliases: [], mentions: [{ start: text.indexOf("Leeds"), end: text.indexOf("Leeds") + 5, text: "Leeds" }] }], figures: [], claims: [], times: [] });
  const segs = segment(text, spansOf(x));
  assert.equal(segs.map((s) => s.text).join(""), text);
  assert.equal(segs[0]!.text, 'A <script>alert(1)</script> and <img src=x onerror="y"> in ');
});
