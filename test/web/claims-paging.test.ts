// The claims table shows a page of rows at a time: "Show more" adds the next, a new filter starts over.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

let dom: JSDOM;
before(() => {
  dom = new JSDOM("<!doctype html><html><body></body></html>");
  Object.assign(globalThis, { document: dom.window.document, window: dom.window, HTMLElement: dom.window.HTMLElement });
});
after(() => dom.window.close());

/** A story with `n` claims, every third one by "Stadtrat", the rest by "Polizei". */
function story(n: number) {
  const claims = Array.from({ length: n }, (_, i) => ({
    text: `Aussage Nummer ${i + 1} über die Lage in Beispielstadt`,
    status: "single-source",
    sources: [i % 3 === 0 ? "Stadtrat" : "Polizei"],
    independentSources: 1,
    mode: "direct",
    articles: ["a1"],
  }));
  return { id: "s1", title: "Beispiel", articles: [{ id: "a1", outlet: "Beispielblatt" }], claims } as never;
}

test("60 claims show 25, then 50, then all 60; a filter starts again at its first page", async () => {
  const { claimsSection, PAGE_SIZE } = await import("../../src/web/claims-table.js");
  const section = claimsSection(story(60));
  document.body.appendChild(section);
  const rows = () => section.querySelectorAll("tbody tr").length;
  const more = section.querySelector<HTMLButtonElement>("#claims-more")!;
  assert.equal(PAGE_SIZE, 25);
  assert.equal(rows(), 25);
  assert.equal(more.hidden, false);
  assert.equal(more.textContent, "Show 25 more");
  more.click();
  assert.equal(rows(), 50);
  assert.equal(more.textContent, "Show 10 more");
  more.click();
  assert.equal(rows(), 60);
  assert.equal(more.hidden, true);
  const source = section.querySelector<HTMLSelectElement>("#filter-source")!;
  source.value = "Polizei";
  source.dispatchEvent(new dom.window.Event("change"));
  assert.equal(rows(), 25, "the filtered list starts at its first page");
  assert.match(section.textContent ?? "", /40 of 60, first 25 shown/);
});

test("a short list has no Show more", async () => {
  const { claimsSection } = await import("../../src/web/claims-table.js");
  const section = claimsSection(story(4));
  assert.equal(section.querySelectorAll("tbody tr").length, 4);
  assert.equal(section.querySelector<HTMLButtonElement>("#claims-more")!.hidden, true);
});
