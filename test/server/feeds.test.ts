// Feeds are fetched again when due (the server's periodic poll).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storeBackend } from "../../src/server/adapter.js";

test("pollDueFeeds queues only feeds not fetched within the interval", async () => {
  const prev = process.env.LAGEBILD_ALLOW_PRIVATE_FETCH;
  process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = "1";
  let hits = 0;
  const http = createServer((req, res) => {
    hits++;
    res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Empty test feed</title><link>http://example.invalid/</link><description>d</description></channel></rss>`);
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", () => r()));
  const dir = mkdtempSync(join(tmpdir(), "lagebild-feeds-"));
  const b = (await storeBackend({ dataDir: dir, databaseUrl: null, workers: 1, feedMinutes: 0 })) as Awaited<ReturnType<typeof storeBackend>> & { pollDueFeeds(m: number): Promise<{ id: string }[]> };
  try {
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/feed.xml`;
    const { job } = await b.addFeed(url);
    for (let i = 0; i < 100; i++) {
      const j = await b.getJob(job!.id);
      if (j && (j.state === "done" || j.state === "failed")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal((await b.getJob(job!.id))?.state, "done");
    assert.equal(hits, 1);
    assert.equal((await b.pollDueFeeds(30)).length, 0, "fetched just now: not due");
    const due = await b.pollDueFeeds(0);
    assert.equal(due.length, 1, "due with a zero interval");
  } finally {
    await b.close();
    http.close();
    rmSync(dir, { recursive: true, force: true });
    if (prev === undefined) delete process.env.LAGEBILD_ALLOW_PRIVATE_FETCH;
    else process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = prev;
  }
});
