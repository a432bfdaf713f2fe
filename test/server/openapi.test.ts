// The OpenAPI document matches the app: every route the Hono app serves under /api is in the
// document and every documented operation is served, each with an operationId; every $ref resolves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createApp } from "../../src/server/app.js";
import type { Backend } from "../../src/server/backend.js";
import { openApiDocument } from "../../src/server/openapi.js";

type Json = Record<string, any>;
const METHODS = ["get", "post", "put", "patch", "delete"];

const doc = openApiDocument("test") as Json;

/** "GET /api/articles/{id}" for each operation the app serves under /api. */
function served(): Set<string> {
  const app = createApp({ backend: {} as Backend, token: "t" });
  const out = new Set<string>();
  for (const r of app.routes) {
    if (r.method === "ALL" || !r.path.startsWith("/api/")) continue;
    out.add(`${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
  }
  return out;
}

/** "GET /api/articles/{id}" for each operation in the document. */
function documented(): Set<string> {
  const out = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths as Json)) for (const m of METHODS) if (item[m]) out.add(`${m.toUpperCase()} ${path}`);
  return out;
}

test("every route under /api is documented and every documented operation is served", () => {
  const app = served();
  const docs = documented();
  assert.ok(app.size >= 14, `only ${app.size} routes found`);
  assert.deepEqual([...app].filter((r) => !docs.has(r)), [], "served but not in the OpenAPI document");
  assert.deepEqual([...docs].filter((r) => !app.has(r)), [], "in the OpenAPI document but not served");
});

test("every operation has a unique operationId", () => {
  const ids: string[] = [];
  for (const item of Object.values(doc.paths as Json)) for (const m of METHODS) if (item[m]) ids.push(item[m].operationId);
  assert.ok(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id)), `bad operationIds: ${ids.join(", ")}`);
  assert.equal(new Set(ids).size, ids.length, "operationIds repeat");
});

test("every $ref in the document resolves", () => {
  const refs = new Set<string>();
  JSON.stringify(doc, (key, value) => {
    if (key === "$ref") refs.add(value as string);
    return value;
  });
  assert.ok(refs.size > 10);
  const broken = [...refs].filter((ref) => {
    if (!ref.startsWith("#/")) return true;
    let node: unknown = doc;
    for (const part of ref.slice(2).split("/")) node = (node as Json | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    return node === undefined;
  });
  assert.deepEqual(broken, []);
});

test("path parameters are declared for every {name} in a path", () => {
  for (const [path, item] of Object.entries(doc.paths as Json))
    for (const m of METHODS) {
      if (!item[m]) continue;
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
      const declared = (item[m].parameters ?? []).filter((p: Json) => p.in === "path").map((p: Json) => p.name);
      assert.deepEqual(declared.sort(), names.sort(), `${m} ${path}`);
    }
});
