// Correcting a stored article's metadata (PATCH /api/articles/{id}): an undated upload gets its day,
// the situation follows at once; impossible days, unknown fields and missing tokens are refused.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startTestServer, type TestServer } from "./helpers.js";
import { ArticleDetail } from "../../src/schema/index.js";

let t: TestServer;
before(async () => {
  t = await startTestServer({ alertIntervalMs: 0 });
});
after(async () => {
  await t?.stop();
});

// Written for this test: a report that names no day of publication.
const UNDATED = "Brand in Lagerhalle\n\nIn einer Lagerhalle in Beispielstadt ist ein Feuer ausgebrochen. Nach Angaben der Feuerwehr wurden drei Menschen leicht verletzt.";

const patch = (id: string, body: unknown, auth = true) =>
  fetch(`${t.base}/api/articles/${id}`, { method: "PATCH", headers: { ...(auth ? t.auth : {}), "Content-Type": "application/json" }, body: JSON.stringify(body) });

test("an undated article gets its day, title and outlet; its story follows", async () => {
  const r = await fetch(`${t.base}/api/articles`, { method: "POST", headers: { ...t.auth, "Content-Type": "text/plain" }, body: UNDATED });
  assert.equal(r.status, 201);
  const { id, article } = (await r.json()) as { id: string; article: { published: string | null } };
  assert.equal(article.published, null);
  const before = (await (await fetch(`${t.base}/api/stories`)).json()) as { items: { first: string | null }[] };
  assert.equal(before.items[0]!.first, null);

  const fixed = await patch(id, { published: "2023-03-07", title: "Feuer in Beispielstadt", outlet: "Beispielblatt" });
  assert.equal(fixed.status, 200);
  const detail = ArticleDetail.parse(await fixed.json());
  assert.equal(detail.article.published, "2023-03-07");
  assert.equal(detail.article.title, "Feuer in Beispielstadt");
  assert.equal(detail.article.outlet, "Beispielblatt");
  assert.equal(detail.extraction.article.published, "2023-03-07", "the stored extraction's head too");
  const after = (await (await fetch(`${t.base}/api/stories`)).json()) as { items: { first: string | null; last: string | null }[] };
  assert.equal(after.items[0]!.first, "2023-03-07", "the situation reads the corrected day");

  const cleared = ArticleDetail.parse(await (await patch(id, { outlet: null })).json());
  assert.equal(cleared.article.outlet, null);
});

test("a correction is refused: impossible day, unknown field, empty, no token, no such article", async () => {
  const r = await fetch(`${t.base}/api/articles`, { method: "POST", headers: { ...t.auth, "Content-Type": "text/plain" }, body: UNDATED.replace("drei", "vier") });
  const { id } = (await r.json()) as { id: string };
  for (const [body, pattern] of [[{ published: "2022-02-30" }, /real date/], [{ published: "2022-13-45" }, /real date/], [{ url: "https://x.example/" }, /url/], [{}, /at least one/]] as const) {
    const res = await patch(id, body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.match(((await res.json()) as { error: { message: string } }).error.message, pattern);
  }
  assert.equal((await patch(id, { title: "x" }, false)).status, 401);
  assert.equal((await patch("0000000000000000", { title: "x" })).status, 404);
});
