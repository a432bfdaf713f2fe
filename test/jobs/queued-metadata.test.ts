// What queued articles keep: the server's batches (page uploads, `ingest --server`) and its feed polls
// go through the queue worker, which must keep the file name's date and each feed item's own outlet.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { withStore, pglite } from "../store/helpers.js";
import { enqueueFeed, runWorker } from "../../src/jobs/worker.js";

// Texts written for this test.
const UNDATED = "In Beispielstadt hat der Gemeinderat am Montag einen neuen Haushalt beschlossen. Der Kämmerer sagte, die Lage bleibe angespannt.";
const long = (town: string) => "<p>" + `In ${town} wurde am Dienstag eine neue Brücke für den Verkehr freigegeben, sagte die Bürgermeisterin. `.repeat(8) + "</p>";

test("a queued record (a batch upload) without a date in its text takes the date in its file name", async () => {
  await withStore(pglite, async (s) => {
    // the payload as the server's startBatch queues it
    await s.enqueue("ingest-record", { batch: "b1", item: "haushalt-2023-05-09.txt", record: { text: UNDATED, fileName: "haushalt-2023-05-09.txt" }, format: "json" });
    await runWorker(s, { once: true, pollMs: 10 });
    const [a] = await s.listArticles();
    assert.equal(a?.published, "2023-05-09");
  });
});

test("a feed polled by the worker: an aggregated item's outlet is its link's site, an own item's the feed title", async () => {
  let base = "";
  const srv = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Nachrichten-Sammler</title>
<item><title>Brücke in Musterhausen</title><link>${base}/a/eigene</link><pubDate>Tue, 11 Apr 2023 10:00:00 GMT</pubDate><content:encoded><![CDATA[${long("Musterhausen")}]]></content:encoded></item>
<item><title>Brücke in Beispielau</title><link>https://www.andere-zeitung.example/artikel/7</link><pubDate>Tue, 11 Apr 2023 11:00:00 GMT</pubDate><content:encoded><![CDATA[${long("Beispielau")}]]></content:encoded></item>
</channel></rss>`);
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
  base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  const prev = process.env.LAGEBILD_ALLOW_PRIVATE_FETCH;
  process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = "1";
  try {
    await withStore(pglite, async (s) => {
      await enqueueFeed(s, `${base}/feed.xml`);
      await runWorker(s, { once: true, pollMs: 10 });
      const outlets = Object.fromEntries((await s.listArticles()).map((a) => [a.url, a.outlet]));
      assert.equal(outlets[`${base}/a/eigene`], "Nachrichten-Sammler");
      assert.equal(outlets["https://www.andere-zeitung.example/artikel/7"], "andere-zeitung.example");
    });
  } finally {
    if (prev === undefined) delete process.env.LAGEBILD_ALLOW_PRIVATE_FETCH;
    else process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = prev;
    srv.close();
  }
});
