// The fuzz suite (scripts/fuzz-properties.ts) at a small budget with a fixed seed; `npm run fuzz -- --cases N`
// runs it at a large one. Each property: no crash, no hang (a case over 10 s), output valid and offsets inside the text.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Hono } from "hono";
import { apiApp, apiProperty, checkApi, extractProperty, readerProperty, tokenProperty, type Timing } from "../scripts/fuzz-properties.js";
import { storeBackend } from "../src/server/adapter.js";

const SEED = 16;
const timing: Timing = { hangMs: 10_000, slowest: {} };

test("fuzz: the reader reads or refuses any input with an InputError; what it reads is a valid article", async () => {
  await fc.assert(readerProperty(timing), { seed: SEED, numRuns: 150 });
});

test("fuzz: tokens and sentences are in order, inside the text and equal to their slices", () => {
  fc.assert(tokenProperty(timing), { seed: SEED, numRuns: 400 });
});

test("fuzz: extraction through the library API is schema-valid with offsets inside the text", async () => {
  await fc.assert(extractProperty(timing), { seed: SEED, numRuns: 60 });
});

const backend = await storeBackend({ dataDir: "memory://", databaseUrl: null, workers: 0, feedMinutes: 0, log: () => undefined });
after(() => backend.close());

test("fuzz: the API answers any request without a 5xx, with the security headers and JSON errors", async () => {
  const token = "fuzz-token-0123456789abcdefghijklmnop";
  await fc.assert(apiProperty(timing, apiApp(backend, token), token), { seed: SEED, numRuns: 300 });
  assert.ok(Object.keys(timing.statuses ?? {}).length >= 5, JSON.stringify(timing.statuses));
});

test("fuzz: the API check catches a 500 and missing headers (the property can fail)", async () => {
  const broken = new Hono();
  broken.get("/api/health", () => {
    throw new Error("boom");
  });
  const req = { method: "GET", path: "/api/health", host: "127.0.0.1", token: "none" as const, contentType: "", body: null };
  await assert.rejects(checkApi(broken, "t", req), /HTTP 500/);
  const bare = new Hono();
  bare.get("/api/health", (c) => c.json({ ok: true }));
  await assert.rejects(checkApi(bare, "t", req), /no x-content-type-options/);
});
