// Map labels that would cover one another are hidden, the first (most important) one stays.
import { test } from "node:test";
import assert from "node:assert/strict";

test("map labels: overlapping labels are hidden, separate ones stay", async () => {
  const { declutterLabels } = await import("../../src/web/map.js");
  const label = () => { const attrs: Record<string, string> = {}; return { attrs, setAttribute: (k: string, v: string) => void (attrs[k] = v) }; };
  const [a, b, c] = [label(), label(), label()];
  declutterLabels([{ el: a, x: 100, y: 100, width: 60 }, { el: b, x: 120, y: 104, width: 60 }, { el: c, x: 300, y: 100, width: 60 }]);
  assert.deepEqual([a.attrs.visibility, b.attrs.visibility, c.attrs.visibility], ["visible", "hidden", "visible"]);
});
