// Extraction runs on the server's extraction threads (issue 16): while a long article is being read, the server
// answers health checks and reads; with the threads switched off the same article keeps it from answering.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startTestServer } from "./helpers.js";

const SENTENCE = "Die Polizei in Beispielstadt nahm am Montag 12 Demonstranten fest, teilte ein Sprecher mit. ";

/** Posts a long article and, once it is sent, asks for /api/health: which answer comes first. */
async function healthDuringLongPost(base: string, auth: Record<string, string>): Promise<{ first: "health" | "post"; post: number }> {
  const body = JSON.stringify({ text: SENTENCE.repeat(1500), language: "de", published: "2024-03-04" });
  let first: "health" | "post" | null = null;
  const post = fetch(`${base}/api/articles`, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body }).then(async (r) => { first ??= "post"; await r.text(); return r.status; });
  await new Promise((r) => setTimeout(r, 300)); // the request is in, its extraction under way
  const health = fetch(`${base}/api/health`).then(async (r) => { first ??= "health"; await r.text(); return r.status; });
  const [postStatus, healthStatus] = await Promise.all([post, health]);
  assert.equal(healthStatus, 200);
  return { first: first!, post: postStatus };
}

test("a long article is extracted off the server's thread: health answers before the article is stored", { timeout: 180_000 }, async () => {
  const t = await startTestServer();
  try {
    // the first request starts the thread and loads its models
    const warm = await fetch(`${t.base}/api/articles`, { method: "POST", headers: { ...t.auth, "Content-Type": "application/json" }, body: JSON.stringify({ text: SENTENCE, language: "de", published: "2024-03-03" }) });
    assert.equal(warm.status, 201, await warm.text());
    const r = await healthDuringLongPost(t.base, t.auth);
    assert.equal(r.post, 201);
    assert.equal(r.first, "health");
  } finally {
    await t.stop();
  }
});

test("with the extraction threads off, the same article holds the server's thread (the test above can fail)", { timeout: 180_000 }, async () => {
  const t = await startTestServer({ extractionThreads: 0 });
  try {
    const r = await healthDuringLongPost(t.base, t.auth);
    assert.equal(r.post, 201);
    assert.equal(r.first, "post");
  } finally {
    await t.stop();
  }
});
