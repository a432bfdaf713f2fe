// Every JSON answer of the API, success or error, against the schema its own route declares (the
// schemas the OpenAPI document is built from): each route of the table is called with a good and a
// bad request over a store holding articles, a story, a job, a feed and alerts.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { z } from "zod";
import { startTestServer, waitJob, type TestServer } from "./helpers.js";
import { ROUTES, type RouteSpec } from "../../src/server/routes.js";
import { FIRST, SECOND } from "../alerts/fixtures.js";

let t: TestServer;
const checked = new Set<string>();

before(async () => {
  t = await startTestServer({ alertIntervalMs: 200 });
});
after(async () => {
  await t?.stop();
});

/** Calls a route and checks the answer against the schema declared for its status and media type. */
async function call(name: keyof typeof ROUTES, path: string, init: RequestInit = {}): Promise<any> {
  const route: RouteSpec = ROUTES[name];
  const r = await fetch(t.base + path, { method: route.method.toUpperCase(), ...init, headers: { ...t.auth, ...(init.headers as Record<string, string>) } });
  const declared = route.responses[String(r.status)];
  assert.ok(declared, `${route.operationId} ${path}: status ${r.status} is not declared`);
  if (r.status === 204) return null;
  const type = (r.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const schema = declared.content?.[type] as z.ZodType | undefined;
  assert.ok(schema, `${route.operationId} ${path}: ${type} is not declared for ${r.status}`);
  const text = await r.text();
  const body: unknown = type === "application/json" || type.endsWith("+json") ? JSON.parse(text) : text;
  const res = schema.safeParse(body);
  assert.ok(res.success, `${route.operationId} ${path} (${r.status}): ${res.success ? "" : JSON.stringify(res.error.issues.slice(0, 3))}`);
  checked.add(name);
  return body;
}

test("every route's answers match the schemas the route table (and so the OpenAPI document) declares", async () => {
  const json = (b: unknown) => ({ body: JSON.stringify(b), headers: { "Content-Type": "application/json" } });
  await call("health", "/api/health");
  const form = new FormData();
  form.append("file", new Blob([FIRST.text], { type: "text/plain" }), "angriff-2022-03-01.txt");
  const preview = await call("previewArticles", "/api/articles/preview", { body: form });
  assert.equal(preview.items[0].published, "2022-03-01");
  assert.equal(preview.items[0].publishedFrom, "file name");
  assert.deepEqual(preview.items[0].missing, ["outlet"]);
  await call("previewArticles", "/api/articles/preview", json({ text: "" }));
  const added = await call("addArticles", "/api/articles", json(FIRST));
  await call("addArticles", "/api/articles", json(FIRST)); // duplicate: 200
  await call("addArticles", "/api/articles", json({ text: "" })); // 400
  const batch = await call("addArticles", "/api/articles", json([SECOND]));
  await waitJob(t.base, batch.job.id);
  await call("getJob", `/api/jobs/${batch.job.id}`);
  await call("getJob", "/api/jobs/nope");
  await call("listJobs", "/api/jobs");
  await call("listArticles", "/api/articles?limit=5");
  await call("listArticles", "/api/articles?limit=0");
  await call("getArticle", `/api/articles/${added.id}`);
  await call("getArticle", "/api/articles/0000000000000000");
  const stories = await call("listStories", "/api/stories");
  await call("getStory", `/api/stories/${stories.items[0].id}`);
  await call("getStory", "/api/stories/s-none");
  await call("listArticles", `/api/articles?story=${stories.items[0].id}`);
  const feed = await call("addFeed", "/api/feeds", json({ url: "http://127.0.0.1:9/feed.xml" }));
  await call("addFeed", "/api/feeds", json({ url: "not a url" }));
  await call("listFeeds", "/api/feeds");
  await call("pollFeed", `/api/feeds/${feed.feed.id}/poll`);
  await call("pollFeed", "/api/feeds/000000000000/poll");
  await call("removeFeed", `/api/feeds/${feed.feed.id}`);
  await call("removeFeed", `/api/feeds/${feed.feed.id}`);
  for (let i = 0; i < 100 && (await call("listAlerts", "/api/alerts?kind=figure")).total === 0; i++) await new Promise((r) => setTimeout(r, 200));
  await call("listAlerts", "/api/alerts");
  await call("listAlerts", "/api/alerts?country=Ukraine");
  await call("alertsAtom", "/api/alerts.atom");
  await call("alertsAtom", "/api/alerts.atom?after=x");
  for (const format of ["csv", "acled", "geojson", "jsonl"]) await call("exportData", `/api/export?format=${format}`);
  await call("exportData", "/api/export?format=csv&since=2022-02-30");
  await call("updateArticle", `/api/articles/${added.id}`, { ...json({ outlet: "Zeitung Z" }), method: "PATCH" });
  await call("updateArticle", `/api/articles/${added.id}`, { ...json({ published: "2022-13-45" }), method: "PATCH" });
  await call("updateArticle", "/api/articles/0000000000000000", { ...json({ title: "x" }), method: "PATCH" });
  await call("deleteArticle", `/api/articles/${added.id}`);
  await call("deleteArticle", `/api/articles/${added.id}`);
  await call("addArticles", "/api/articles", { ...json(FIRST), headers: { "Content-Type": "application/json", Authorization: "Bearer wrong-token-wrong-token" } });
  assert.deepEqual(Object.keys(ROUTES).filter((k) => !checked.has(k)), [], "every route was called");
});
