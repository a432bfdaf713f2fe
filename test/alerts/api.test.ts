// The alerts through the server: raised a moment after articles arrive over the API, listed as JSON
// (valid against the route's own schema), as an Atom feed whose entries link to the evidence, and
// documented in the OpenAPI document.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startTestServer, type TestServer } from "../server/helpers.js";
import { AlertList } from "../../src/schema/index.js";
import { FIRST, SECOND } from "./fixtures.js";

let t: TestServer;
before(async () => {
  t = await startTestServer({ alertIntervalMs: 200 });
});
after(async () => {
  await t?.stop();
});

async function alerts(query = ""): Promise<AlertList> {
  const r = await fetch(`${t.base}/api/alerts${query}`);
  assert.equal(r.status, 200);
  return AlertList.parse(await r.json());
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`timed out waiting for ${what}`);
}

async function post(record: object): Promise<void> {
  const r = await fetch(`${t.base}/api/articles`, { method: "POST", headers: { ...t.auth, "Content-Type": "application/json" }, body: JSON.stringify(record) });
  assert.equal(r.status, 201, await r.text());
}

test("articles posted to the server raise alerts: JSON list, filters, Atom feed with evidence links", async () => {
  assert.equal((await alerts()).total, 0);
  await post(FIRST);
  await until(async () => (await alerts("?kind=new-story")).total === 1, "the new-story alert");
  const seen = (await alerts()).latest;
  await post(SECOND);
  await until(async () => (await alerts("?kind=figure")).total === 1, "the figure alert");
  const newer = await alerts(`?after=${seen}`);
  assert.ok(newer.items.length >= 1 && newer.items.every((a) => a.seq > seen), "the badge's count: alerts after the last one seen");
  const figure = (await alerts("?kind=figure&type=killed&country=UA")).items[0]!;
  assert.match(figure.title, /14/);

  const atom = await fetch(`${t.base}/api/alerts.atom?kind=figure`);
  assert.equal(atom.status, 200);
  assert.match(atom.headers.get("content-type") ?? "", /application\/atom\+xml/);
  const { default: Parser } = await import("rss-parser");
  const feed = await new Parser().parseString(await atom.text());
  assert.equal(feed.items.length, 1);
  const link = feed.items[0]!.link!;
  const m = /#\/article\/([^/]+)\/(\d+)-(\d+)$/.exec(link);
  assert.ok(m, link);
  const art = (await (await fetch(`${t.base}/api/articles/${m[1]}`)).json()) as { extraction: { text: string } };
  assert.equal(art.extraction.text.slice(Number(m[2]), Number(m[3])), figure.evidence.text, "the link's offsets give the evidence sentence");

  const bad = await fetch(`${t.base}/api/alerts?kind=nonsense`);
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: { message: string } }).error.message, /kind must be one of/);
  const doc = (await (await fetch(`${t.base}/openapi.json`)).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
  assert.equal(doc.paths["/api/alerts"]?.get?.operationId, "listAlerts");
  assert.equal(doc.paths["/api/alerts.atom"]?.get?.operationId, "alertsAtom");
});

test("a story link from an alert still leads to the story after an earlier report joined it", async () => {
  const before = (await alerts("?kind=new-story")).items.find((a) => /Raketenangriff/.test(a.title))!;
  // a report from the day before becomes the story's earliest article, which names the story
  await post({ ...FIRST, url: "https://zeitung-d.example/vortag", outlet: "Zeitung D", published: "2022-02-28", text: FIRST.text.replace("am Dienstag zwölf", "am Montag zehn").replace("Rettungskräfte suchten", "Helfer suchten") });
  const stories = (await (await fetch(`${t.base}/api/stories`)).json()) as { items: { id: string; title: string }[] };
  const now = stories.items.find((s) => s.id !== before.story && /Charkiw/.test(s.title));
  assert.ok(now, `the story is named after its new earliest article: ${JSON.stringify(stories.items)}`);
  const r = await fetch(`${t.base}/api/stories/${before.story}`);
  assert.equal(r.status, 200);
  assert.equal(((await r.json()) as { id: string }).id, now.id);
});
