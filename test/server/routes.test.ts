// The route table's query and path schemas keep the API's answers: defaults, whole numbers within
// range, the error codes and messages of bad values. A stub backend records what the routes pass on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createApp } from "../../src/server/app.js";
import type { Backend } from "../../src/server/backend.js";

const calls: [string, unknown[]][] = [];
const stub = new Proxy({} as Backend, {
  get: (_, name: string) => {
    if (name === "storeName") return "stub";
    return async (...args: unknown[]) => {
      calls.push([name, args]);
      if (name === "listArticles") return { total: 0, items: [] };
      if (name === "exportData") return { contentType: "text/plain", filename: "x.txt", body: "" };
      return null;
    };
  },
});
const app = createApp({ backend: stub, token: "t", openReads: true });

async function answer(path: string): Promise<{ status: number; body: any; args: unknown[] | undefined }> {
  calls.length = 0;
  const r = await app.request(path);
  const text = await r.text();
  return { status: r.status, body: text.startsWith("{") ? JSON.parse(text) : text, args: calls[0]?.[1] };
}

test("article list: defaults, trimmed query, empty values count as absent", async () => {
  assert.deepEqual((await answer("/api/articles")).args, [{ q: undefined, limit: 50, offset: 0, story: undefined }]);
  assert.deepEqual((await answer("/api/articles?q=%20strike%20&limit=&offset=20&story=s1")).args, [{ q: "strike", limit: 50, offset: 20, story: "s1" }]);
  assert.deepEqual((await answer("/api/articles?q=%20%20&story=")).args, [{ q: undefined, limit: 50, offset: 0, story: undefined }]);
});

test("article list: bad values are 400 bad_query with the old messages", async () => {
  const cases: [string, string][] = [
    ["limit=abc", "limit must be a whole number"],
    ["limit=1.5", "limit must be a whole number"],
    ["limit=0", "limit must be between 1 and 500"],
    ["limit=501", "limit must be between 1 and 500"],
    ["offset=-1", "offset must be a whole number"],
    [`q=${"x".repeat(501)}&limit=abc`, "the search query is longer than 500 characters"],
  ];
  for (const [query, message] of cases) {
    const a = await answer(`/api/articles?${query}`);
    assert.equal(a.status, 400, query);
    assert.deepEqual(a.body, { error: { code: "bad_query", message } }, query);
    assert.equal(a.args, undefined, "the backend is not asked");
  }
});

test("export: jsonl by default, table only for csv, bad format first", async () => {
  const none = { story: undefined, since: undefined, until: undefined };
  assert.deepEqual((await answer("/api/export")).args, ["jsonl", undefined, none]);
  assert.deepEqual((await answer("/api/export?format=csv&table=claims")).args, ["csv", "claims", none]);
  assert.deepEqual((await answer("/api/export?format=acled&story=s-1&since=2022-01-01&until=2022-01-31")).args, ["acled", undefined, { story: "s-1", since: "2022-01-01", until: "2022-01-31" }]);
  const table = "table applies to format=csv and is one of figures, claims, events, articles, entities";
  const format = "format must be one of csv, acled, geojson, jsonl";
  assert.deepEqual((await answer("/api/export?format=csv&table=nope")).body, { error: { code: "bad_table", message: table } });
  assert.deepEqual((await answer("/api/export?format=acled&table=claims")).body, { error: { code: "bad_table", message: table } });
  assert.deepEqual((await answer("/api/export?format=")).body, { error: { code: "bad_format", message: format } });
  assert.deepEqual((await answer("/api/export?format=pdf&table=nope")).body, { error: { code: "bad_format", message: format } });
});

test("ids in paths: a malformed one is 400 bad_id, a well-formed one reaches the backend", async () => {
  for (const path of ["/api/articles/a%20b", `/api/stories/${"a".repeat(129)}`, "/api/jobs/%3Cx%3E"]) {
    const a = await answer(path);
    assert.deepEqual([a.status, a.body], [400, { error: { code: "bad_id", message: "malformed id" } }], path);
  }
  const found = await answer("/api/articles/3f2a9c0d1e4b5a6f");
  assert.deepEqual([found.status, found.args], [404, ["3f2a9c0d1e4b5a6f"]]);
});

test("health answers at once while the store is still opening, saying so", async () => {
  const opening = new Proxy({} as Backend, {
    get: (_, name: string) => (name === "storeName" ? "starting" : () => new Promise(() => undefined)), // never opens
  });
  const r = await createApp({ backend: opening, token: "t", openReads: true }).request("/api/health");
  assert.equal(r.status, 200);
  const body = await r.json();
  assert.equal(body.store, "starting");
  assert.equal(body.ok, false);
  assert.equal(body.articles, null);
});
