// Alert rules over stored articles (written for these tests): a new story, a new figure point, a
// contradiction, a new incident, an unverifiable claim; each with its evidence sentence; and the
// webhook, which goes through the same address guard as every fetch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { withStore, pglite } from "../store/helpers.js";
import { ingestItem } from "../../src/jobs/ingest.js";
import { checkAlerts, deliverAlerts } from "../../src/jobs/alerts.js";
import { listAlerts } from "../../src/store/alerts.js";
import type { Store } from "../../src/store/index.js";
import { Alert } from "../../src/schema/index.js";
import { FIRST, SECOND, THIRD, OTHER } from "./fixtures.js";

async function add(s: Store, record: object): Promise<string> {
  const o = await ingestItem(s, { kind: "json", origin: "test", content: JSON.stringify(record) });
  assert.equal(o.status, "new", o.reason);
  return o.id!;
}

async function evidenceHolds(s: Store, a: Alert): Promise<void> {
  const x = (await s.getArticle(a.evidence.article))!.extraction;
  assert.equal(x.text.slice(a.evidence.start, a.evidence.end), a.evidence.text, `${a.kind}: the offsets give the sentence`);
  assert.ok(a.evidence.text.length > 10, a.kind);
}

test("alerts: new story, incident, new figure point, unverifiable claim, contradiction; each once, with its sentence", async () => {
  await withStore(pglite, async (s) => {
    const first = await add(s, FIRST);
    let r = await checkAlerts(s);
    assert.deepEqual(r.alerts.map((a) => a.kind).sort(), ["incident", "new-story"]);
    assert.equal(r.alerts.find((a) => a.kind === "incident")!.country, "UA");
    for (const a of r.alerts) await evidenceHolds(s, a);
    assert.equal((await checkAlerts(s)).alerts.length, 0, "nothing new, no alert");

    const second = await add(s, SECOND);
    r = await checkAlerts(s);
    const figure = r.alerts.find((a) => a.kind === "figure");
    assert.ok(figure, JSON.stringify(r.alerts));
    assert.equal(figure.type, "killed");
    assert.equal(figure.evidence.article, second);
    assert.match(figure.title, /14.*was 12/);
    assert.match(figure.evidence.text, /14 Menschen getötet/);
    assert.ok(!r.alerts.some((a) => a.kind === "new-story"), "the article joins the known story");
    const claim = r.alerts.find((a) => a.kind === "unverifiable-claim");
    assert.ok(claim, "the claim the article marks as unverifiable");
    for (const a of r.alerts) await evidenceHolds(s, a);

    await add(s, THIRD);
    r = await checkAlerts(s);
    const contradiction = r.alerts.find((a) => a.kind === "contradiction");
    assert.ok(contradiction, JSON.stringify(r.alerts.map((a) => a.title)));
    assert.match(contradiction.title, /14.*9/);
    assert.match(contradiction.evidence.text, /neun Menschen/);

    await add(s, OTHER);
    r = await checkAlerts(s);
    assert.ok(r.alerts.some((a) => a.kind === "new-story" && a.country === "KZ"));
    const protests = await listAlerts(s.db, { kind: "incident", type: "Protests", country: "kz" });
    assert.equal(protests.total, 1, "a rule: a new protest in Kazakhstan");
    const all = await listAlerts(s.db, {});
    assert.equal(all.latest, Math.max(...all.items.map((a) => a.seq)));
    for (const a of all.items) Alert.parse(a);
    assert.equal((await listAlerts(s.db, { after: all.latest })).items.length, 0);
    assert.ok((await listAlerts(s.db, { story: figure.story! })).items.every((a) => a.story === figure.story));
    assert.ok(first);
  });
});

test("webhook: alerts are POSTed as JSON once; a loopback hook is refused unless private fetches are allowed; a failed one is retried after a pause", async () => {
  const received: { alerts: Alert[] }[] = [];
  const hook = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      assert.equal(req.method, "POST");
      assert.match(req.headers["content-type"] ?? "", /application\/json/);
      received.push(JSON.parse(body) as { alerts: Alert[] });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => hook.listen(0, "127.0.0.1", () => r()));
  const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  try {
    await withStore(pglite, async (s) => {
      await add(s, OTHER);
      const raised = (await checkAlerts(s)).alerts;
      assert.ok(raised.length >= 1);
      const refused = await deliverAlerts(s, url, { allowPrivate: false });
      assert.match(refused.error ?? "", /private or loopback/);
      assert.equal(received.length, 0);
      assert.equal((await deliverAlerts(s, url, { allowPrivate: true })).delivered, 0, "a failed alert waits before it is tried again");
      await s.db.query("UPDATE alerts SET delivery_tried_at = now() - interval '1 minute'");
      const ok = await deliverAlerts(s, url, { allowPrivate: true });
      assert.equal(ok.delivered, raised.length);
      assert.deepEqual(received[0]!.alerts.map((a) => a.id).sort(), raised.map((a) => a.id).sort());
      assert.equal((await deliverAlerts(s, url, { allowPrivate: true })).delivered, 0, "delivered alerts are not sent again");
    });
  } finally {
    hook.close();
  }
});
