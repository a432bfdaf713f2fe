// API tests: every endpoint, bad bodies, missing/wrong token, oversized input. The server runs
// on an ephemeral port over an embedded PGlite store in a temp folder.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startTestServer, waitJob, EN_ARTICLE, DE_ARTICLE, type TestServer } from "./helpers.js";
import { AddResult, ArticleList, Extraction, Feed, Health, Job, StoryDetail, StorySummary } from "../../src/schema/index.js";
import type { z } from "zod";

/** Responses match the zod schemas the OpenAPI document is generated from. */
function conforms(schema: z.ZodType, value: unknown, what: string): void {
  const r = schema.safeParse(value);
  assert.ok(r.success, `${what} does not match its schema: ${r.success ? "" : JSON.stringify(r.error.issues.slice(0, 2))}`);
}

let t: TestServer;
let local: Server; // serves pages and a feed for the URL / feed endpoints
let localBase = "";

const LOCAL_PAGE = `<!doctype html><html><head><title>Harbour strike ends</title><meta name="description" content="A strike ended."></head>
<body><article><h1>Harbour strike ends in Rostock</h1><p>Dock workers in Rostock ended their strike on Tuesday, the union said. About 300 workers had joined the walkout, according to the port authority.</p>
<p>The union spokesperson said an agreement on wages had been reached after long talks with the employers.</p></article></body></html>`;
const LOCAL_PAGE2 = `<!doctype html><html><head><title>Bridge reopens</title></head>
<body><article><h1>Bridge in Dresden reopens</h1><p>The Carola bridge in Dresden reopened on Wednesday after repairs, the city said. More than 1,000 cars crossed it in the first hour, police said.</p>
<p>The mayor said the city was relieved that traffic could flow normally again.</p></article></body></html>`;

before(async () => {
  process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = "1"; // the test pages are served from 127.0.0.1
  t = await startTestServer({ maxArticleBytes: 64 * 1024, maxBatchBytes: 256 * 1024 });
  local = createServer((req, res) => {
    if (req.url === "/a1.html") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(LOCAL_PAGE);
    else if (req.url === "/a2.html") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(LOCAL_PAGE2);
    else if (req.url === "/redirect") res.writeHead(302, { Location: "/a1.html" }).end();
    else if (req.url === "/image.png") res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    else if (req.url === "/feed.xml")
      res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>${localBase}/</link><description>t</description>
<item><title>Harbour strike ends</title><link>${localBase}/a1.html</link><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>
<item><title>Bridge reopens</title><link>${localBase}/a2.html</link><pubDate>Wed, 04 Mar 2026 10:00:00 GMT</pubDate></item>
</channel></rss>`);
    else if (req.url === "/broken-feed.xml") res.writeHead(200, { "Content-Type": "application/rss+xml" }).end("<rss><channel><item><title>unclosed");
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => local.listen(0, "127.0.0.1", () => r()));
  localBase = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
});

after(async () => {
  await t?.stop();
  await new Promise<void>((r) => (local ? local.close(() => r()) : r()));
});

const post = (path: string, body: BodyInit, type: string, headers: Record<string, string> = t.auth) =>
  fetch(t.base + path, { method: "POST", body, headers: { "Content-Type": type, ...headers } });

async function jsonOf(r: Response): Promise<any> {
  const text = await r.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`not JSON (${r.status}): ${text.slice(0, 200)}`);
  }
}

function assertError(body: any, code?: string): void {
  assert.equal(typeof body?.error?.code, "string", JSON.stringify(body));
  assert.equal(typeof body?.error?.message, "string");
  if (code) assert.equal(body.error.code, code, JSON.stringify(body));
  assert.doesNotMatch(JSON.stringify(body), /\bat .*\.(ts|js):\d+/, "a stack trace leaked");
}

describe("health and docs", () => {
  test("GET /api/health reports the store and an empty article count", async () => {
    const r = await fetch(t.base + "/api/health");
    assert.equal(r.status, 200);
    const b = await jsonOf(r);
    conforms(Health, b, "health");
    assert.equal(b.ok, true);
    assert.equal(b.store, "pglite");
    assert.equal(typeof b.articles, "number");
    assert.equal(r.headers.get("x-content-type-options"), "nosniff");
  });

  test("GET /openapi.json is an OpenAPI 3.1 document with every endpoint and the contract schemas", async () => {
    const r = await fetch(t.base + "/openapi.json");
    assert.equal(r.status, 200);
    const doc = await jsonOf(r);
    assert.equal(doc.openapi, "3.1.0");
    for (const p of ["/api/health", "/api/articles", "/api/articles/{id}", "/api/jobs/{id}", "/api/feeds", "/api/feeds/{id}", "/api/stories", "/api/stories/{id}", "/api/export"]) assert.ok(doc.paths[p], `missing path ${p}`);
    for (const s of ["Extraction", "ArticleRecord", "Story", "Error", "Job"]) assert.ok(doc.components.schemas[s], `missing schema ${s}`);
    assert.deepEqual(doc.components.schemas.Figure.properties.category.enum.includes("killed"), true);
    assert.match(JSON.stringify(doc.paths["/api/articles"].post.requestBody.content["application/json"]), /#\/components\/schemas\/ArticleRecord/);
  });

  test("unknown API paths are JSON 404s", async () => {
    const r = await fetch(t.base + "/api/nothing-here");
    assert.equal(r.status, 404);
    assertError(await jsonOf(r), "not_found");
  });
});

describe("token", () => {
  test("a write without token is 401 missing_token", async () => {
    const r = await post("/api/articles", EN_ARTICLE, "text/plain", {});
    assert.equal(r.status, 401);
    assert.match(r.headers.get("www-authenticate") ?? "", /Bearer/);
    assertError(await jsonOf(r), "missing_token");
  });
  test("a write with a wrong token is 401 invalid_token", async () => {
    const r = await post("/api/articles", EN_ARTICLE, "text/plain", { Authorization: "Bearer wrong-token-wrong-token-1234" });
    assert.equal(r.status, 401);
    assertError(await jsonOf(r), "invalid_token");
  });
  test("DELETE and feed writes need the token too", async () => {
    for (const [method, path] of [["DELETE", "/api/articles/abc"], ["POST", "/api/feeds"], ["DELETE", "/api/feeds/abc"], ["POST", "/api/feeds/abc/poll"]] as const) {
      const r = await fetch(t.base + path, { method, headers: { "Content-Type": "application/json" }, body: method === "POST" ? "{}" : undefined });
      assert.equal(r.status, 401, `${method} ${path}`);
      assertError(await jsonOf(r), "missing_token");
    }
  });
  test("the token is not a Basic or query credential", async () => {
    const r = await fetch(`${t.base}/api/articles?token=${t.token}`, { method: "POST", headers: { "Content-Type": "text/plain", Authorization: `Basic ${t.token}` }, body: EN_ARTICLE });
    assert.equal(r.status, 401);
  });
});

let enId = "";
let enStory = "";

describe("articles", () => {
  test("POST text/plain stores a new article (201) and the same text again is a duplicate (200)", async () => {
    const r = await post("/api/articles?published=2026-03-07&outlet=Test%20Wire&title=Clashes%20in%20Tbilisi", EN_ARTICLE, "text/plain; charset=utf-8");
    assert.equal(r.status, 201);
    const b = await jsonOf(r);
    conforms(AddResult, b, "add result");
    assert.equal(b.status, "new");
    assert.match(b.id, /^[\w.:-]+$/);
    assert.equal(b.article.outlet, "Test Wire");
    assert.equal(b.article.title, "Clashes in Tbilisi");
    assert.equal(b.article.published, "2026-03-07");
    assert.equal(b.article.language, "en");
    assert.ok(b.article.story, "the article belongs to a story");
    enId = b.id;
    enStory = b.article.story;
    const again = await post("/api/articles?published=2026-03-07", EN_ARTICLE, "text/plain");
    assert.equal(again.status, 200);
    const b2 = await jsonOf(again);
    assert.equal(b2.status, "duplicate");
    assert.equal(b2.id, enId);
  });

  test("POST a JSON record with HTML stores it with the record's metadata", async () => {
    const html = `<html><body><article><h1>Unruhen in Almaty</h1>${DE_ARTICLE.split("\n").slice(2).filter(Boolean).map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const r = await post("/api/articles", JSON.stringify({ html, outlet: "Testzeitung", published: "2026-03-06", title: "Unruhen in Almaty", language: "de" }), "application/json");
    assert.equal(r.status, 201, await r.clone().text());
    const b = await jsonOf(r);
    assert.equal(b.article.language, "de");
    assert.equal(b.article.outlet, "Testzeitung");
  });

  test("POST text/html and a latin-1 text with its charset", async () => {
    const r = await post("/api/articles?language=en", "<html><body><p>The city council of Leeds approved the new budget on Thursday, the mayor said.</p><p>About 30 residents protested outside the town hall.</p></body></html>", "text/html");
    assert.equal(r.status, 201, await r.clone().text());
    const latin = Buffer.from("Die Stadtverwaltung von Köln hat am Montag neue Straßenbahnen bestellt, teilte ein Sprecher mit. Die Kosten liegen bei über 50 Millionen Euro.", "latin1");
    const r2 = await post("/api/articles", latin, "text/plain; charset=iso-8859-1");
    assert.equal(r2.status, 201, await r2.clone().text());
    const got = await jsonOf(await fetch(`${t.base}/api/articles/${(await jsonOf(r2)).id}`));
    assert.match(got.extraction.text, /Köln/);
  });

  test("GET /api/articles lists, pages and searches", async () => {
    const all = await jsonOf(await fetch(t.base + "/api/articles"));
    conforms(ArticleList, all, "article list");
    assert.ok(all.total >= 3);
    assert.ok(all.items.some((a: any) => a.id === enId));
    const page = await jsonOf(await fetch(t.base + "/api/articles?limit=1&offset=1"));
    assert.equal(page.items.length, 1);
    const found = await jsonOf(await fetch(t.base + "/api/articles?q=parliament"));
    assert.ok(found.items.some((a: any) => a.id === enId), JSON.stringify(found));
    assert.ok(found.items.every((a: any) => !/<b>/.test(a.snippet ?? "")), "snippets are plain text");
    const none = await jsonOf(await fetch(t.base + "/api/articles?q=zyxwvutsrq"));
    assert.equal(none.items.length, 0);
    const byStory = await jsonOf(await fetch(`${t.base}/api/articles?story=${enStory}`));
    assert.ok(byStory.items.some((a: any) => a.id === enId));
    for (const bad of ["limit=abc", "limit=0", "limit=100000", "offset=-1"]) {
      const r = await fetch(`${t.base}/api/articles?${bad}`);
      assert.equal(r.status, 400, bad);
      assertError(await jsonOf(r), "bad_query");
    }
  });

  test("GET /api/articles/:id returns the article with its extraction", async () => {
    const r = await fetch(`${t.base}/api/articles/${enId}`);
    assert.equal(r.status, 200);
    const b = await jsonOf(r);
    conforms(Extraction, b.extraction, "extraction");
    assert.equal(b.article.id, enId);
    assert.equal(b.extraction.version, 1);
    assert.match(b.extraction.text, /Police arrested 40 protesters/);
    for (const k of ["entities", "figures", "claims", "times", "events", "sentences"]) assert.ok(Array.isArray(b.extraction[k]), k);
    const missing = await fetch(`${t.base}/api/articles/0000000000000000`);
    assert.equal(missing.status, 404);
    assertError(await jsonOf(missing), "not_found");
    const bad = await fetch(`${t.base}/api/articles/${encodeURIComponent("../../etc/passwd")}`);
    assert.ok(bad.status === 400 || bad.status === 404);
    assertError(await jsonOf(bad));
  });
});

describe("bad input never crashes the server", () => {
  const cases: [string, BodyInit, string, number, string][] = [
    ["empty text", "", "text/plain", 400, "empty_input"],
    ["whitespace only", "   \n\n  ", "text/plain", 400, "empty_input"],
    ["binary", Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x41]), "text/plain", 400, "binary_input"],
    ["invalid UTF-8", Buffer.from([0x48, 0x61, 0x6c, 0x6c, 0x6f, 0x20, 0xc3, 0x28, 0x20, 0xff, 0xfe, 0x41]), "text/plain", 400, "bad_encoding"],
    ["malformed JSON", '{"text": "abc"', "application/json", 400, "invalid_json"],
    ["JSON without text, html or url", '{"title": "only a title"}', "application/json", 400, "invalid_body"],
    ["JSON with a wrong type", '{"text": 42}', "application/json", 400, "invalid_body"],
    ["JSON with a bad URL", '{"url": "javascript:alert(1)"}', "application/json", 400, "invalid_body"],
    ["empty JSON body", "", "application/json", 400, "empty_input"],
    ["empty batch", "[]", "application/json", 400, "empty_batch"],
    ["batch with a bad record", '[{"text":"ok text here"},{"nope":1}]', "application/json", 400, "invalid_body"],
    ["unsupported media type", Buffer.from([0x89, 0x50, 0x4e, 0x47]), "image/png", 415, "unsupported_media_type"],
    ["unknown charset", "Hallo Welt", "text/plain; charset=x-klingon", 415, "unsupported_charset"],
  ];
  for (const [name, body, type, status, code] of cases) {
    test(`${name} → ${status} ${code}`, async () => {
      const r = await post("/api/articles", body, type);
      assert.equal(r.status, status, await r.clone().text());
      assertError(await jsonOf(r), code);
    });
  }

  test("an unsupported language is refused with 422", async () => {
    const r = await post("/api/articles?language=fr", "Le conseil municipal a voté le budget lundi.", "text/plain");
    assert.equal(r.status, 422);
    assertError(await jsonOf(r), "unsupported_language");
  });

  test("a text in a language Lagebild does not read is refused with 422 unless a language is forced", async () => {
    const fr = "Le conseil municipal a adopté le budget lundi, a déclaré le maire. Environ trente manifestants étaient présents devant la mairie.";
    const r = await post("/api/articles", fr, "text/plain");
    assert.equal(r.status, 422);
    const b = await jsonOf(r);
    assertError(b, "unsupported_language");
    assert.match(b.error.message, /French/);
    const fi = await post("/api/articles", JSON.stringify({ text: "Kunnanvaltuusto hyväksyi talousarvion maanantaina, kertoi kaupunginjohtaja. Mielenosoittajia oli paikalla noin kolmekymmentä ihmistä." }), "application/json");
    assert.equal(fi.status, 422);
    assertError(await jsonOf(fi), "unsupported_language");
    const forced = await post("/api/articles?language=en", fr, "text/plain");
    assert.equal(forced.status, 201);
  });

  test("malformed HTML and odd text get an answer, never a 500", async () => {
    const inputs: [string, string][] = [
      ["<html><body><p>Unclosed <b>tags <i>everywhere<p>The ministry said 5 people were hurt.<div></span></body>", "text/html"],
      ["<<<>>> <p <p> </html> <script>", "text/html"],
      ["\u202e\u200b\ufeff" + "x".repeat(50) + "\ud800", "text/plain"],
    ];
    for (const [body, type] of inputs) {
      const r = await post("/api/articles", body, type);
      assert.ok(r.status < 500, `${r.status} for ${body.slice(0, 30)}: ${await r.clone().text()}`);
      const b = await jsonOf(r);
      if (r.status >= 400) assertError(b);
      else assert.ok(b.id);
    }
    const h = await fetch(t.base + "/api/health");
    assert.equal(h.status, 200);
  });
});

describe("oversized input", () => {
  test("one article over the limit is 413", async () => {
    const r = await post("/api/articles", "Die Polizei meldete viele Festnahmen. ".repeat(3000), "text/plain");
    assert.equal(r.status, 413);
    assertError(await jsonOf(r), "payload_too_large");
  });
  test("a JSON record whose text is over the limit is 413", async () => {
    const r = await post("/api/articles", JSON.stringify({ text: "a b c d ".repeat(20000) }), "application/json");
    assert.equal(r.status, 413);
    assertError(await jsonOf(r), "payload_too_large");
  });
  test("a request body over the batch limit is 413 (also without Content-Length)", async () => {
    const big = JSON.stringify(Array.from({ length: 60 }, (_, i) => ({ text: `Record ${i}. ` + "word ".repeat(1000) })));
    const r = await post("/api/articles", big, "application/json");
    assert.equal(r.status, 413);
    assertError(await jsonOf(r));
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 40; i++) c.enqueue(new TextEncoder().encode("x".repeat(10000)));
        c.close();
      },
    });
    const r2 = await fetch(t.base + "/api/articles", { method: "POST", body: stream, headers: { ...t.auth, "Content-Type": "text/plain" }, duplex: "half" } as RequestInit);
    assert.equal(r2.status, 413);
    assertError(await jsonOf(r2), "payload_too_large");
  });
});

describe("batches and jobs", () => {
  test("a JSON batch is queued as a job whose progress can be polled", async () => {
    const records = [
      { text: "Firefighters in Graz rescued 4 people from a burning house on Sunday, the fire brigade said.", outlet: "Test Wire", published: "2026-03-01", language: "en" },
      { text: "In Linz demonstrierten am Samstag rund 500 Menschen gegen die Schließung einer Fabrik, sagte ein Polizeisprecher.", outlet: "Testzeitung", published: "2026-03-01", language: "de" },
      { text: "", title: "empty one" },
    ];
    const r = await post("/api/articles", JSON.stringify({ articles: records }), "application/json");
    assert.equal(r.status, 202);
    assert.match(r.headers.get("location") ?? "", /^\/api\/jobs\//);
    const { job } = await jsonOf(r);
    conforms(Job, job, "job");
    assert.equal(job.total, 3);
    assert.ok(["queued", "running", "done"].includes(job.state));
    const done = await waitJob(t.base, job.id);
    conforms(Job, done, "finished job");
    assert.equal(done.state, "done");
    assert.equal(done.done, 3);
    assert.equal(done.new, 2);
    assert.equal(done.failed, 1);
    assert.equal((done.articles as string[]).length, 2);
    assert.match(JSON.stringify(done.errors), /empty/);
    const list = await jsonOf(await fetch(t.base + "/api/jobs"));
    assert.ok(list.items.some((j: any) => j.id === job.id));
    const missing = await fetch(t.base + "/api/jobs/nope");
    assert.equal(missing.status, 404);
  });

  test("uploading files: one file is added at once, several files become a batch", async () => {
    const one = new FormData();
    one.append("file", new Blob(["The harbour master of Kiel said on Friday that 2 ships had collided near the port."], { type: "text/plain" }), "kiel.txt");
    const r1 = await fetch(t.base + "/api/articles", { method: "POST", body: one, headers: t.auth });
    assert.equal(r1.status, 201, await r1.clone().text());
    const many = new FormData();
    many.append("file", new Blob(["<html><head><title>Museum reopens</title></head><body><article><h1>Museum in Bremen reopens</h1><p>The museum in Bremen reopened on Saturday after a flood had damaged its cellar, the director said. About 400 visitors came on the first day.</p><p>The director said the repairs had taken four months and cost more than the city had planned.</p></article></body></html>"], { type: "text/html" }), "bremen.html");
    many.append("file", new Blob([JSON.stringify({ text: "Der Bürgermeister von Kassel sagte am Montag, die Brücke bleibe gesperrt.", language: "de" }) + "\n" + JSON.stringify({ text: "The council of Bath said the road would reopen on Monday.", language: "en" }) + "\n"], { type: "application/x-ndjson" }), "more.jsonl");
    const r2 = await fetch(t.base + "/api/articles", { method: "POST", body: many, headers: t.auth });
    assert.equal(r2.status, 202, await r2.clone().text());
    const done = await waitJob(t.base, (await jsonOf(r2)).job.id);
    assert.equal(done.total, 3);
    assert.equal(done.new, 3);
    // a file whose text names no day takes the date in its name (as `lagebild ingest` does); a dated text keeps its own
    const dated = new FormData();
    dated.append("file", new Blob(["Der Stadtrat von Beispielhausen sagte, die Schwimmhalle bleibe bis zum Sommer geschlossen."], { type: "text/plain" }), "beispielhausen-2024-05-17.txt");
    const r4 = await fetch(t.base + "/api/articles", { method: "POST", body: dated, headers: t.auth });
    assert.equal(r4.status, 201, await r4.clone().text());
    const b4 = await jsonOf(r4);
    assert.equal(b4.article.published, "2024-05-17");
    assert.ok(b4.warnings.some((w: string) => /date in the file name/.test(w)), JSON.stringify(b4.warnings));
    const bin = new FormData();
    bin.append("file", new Blob([new Uint8Array([0, 1, 2, 3, 0, 255])]), "x.bin");
    const r3 = await fetch(t.base + "/api/articles", { method: "POST", body: bin, headers: t.auth });
    assert.equal(r3.status, 400);
    assertError(await jsonOf(r3), "binary_input");
  });
});

describe("URLs and feeds", () => {
  test("POST {url} fetches the page (following a redirect) and stores it", async () => {
    const r = await post("/api/articles", JSON.stringify({ url: `${localBase}/redirect` }), "application/json");
    assert.equal(r.status, 201, await r.clone().text());
    const b = await jsonOf(r);
    assert.match(b.article.title ?? "", /Harbour strike|Rostock/);
    const again = await post("/api/articles", JSON.stringify({ url: `${localBase}/a1.html` }), "application/json");
    assert.ok(again.status === 200 || again.status === 201);
    const img = await post("/api/articles", JSON.stringify({ url: `${localBase}/image.png` }), "application/json");
    assert.equal(img.status, 422);
    assertError(await jsonOf(img), "invalid_input");
    const gone = await post("/api/articles", JSON.stringify({ url: `${localBase}/missing` }), "application/json");
    assert.equal(gone.status, 422);
    assertError(await jsonOf(gone));
  });

  test("private and loopback addresses are not fetched unless allowed", async () => {
    delete process.env.LAGEBILD_ALLOW_PRIVATE_FETCH;
    try {
      const r = await post("/api/articles", JSON.stringify({ url: `${localBase}/a2.html` }), "application/json");
      assert.equal(r.status, 422);
      const b = await jsonOf(r);
      assertError(b, "invalid_input");
      assert.match(b.error.message, /private|loopback/);
    } finally {
      process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = "1";
    }
  });

  let feedId = "";
  test("feeds: add (fetched as a job with progress), list, poll, remove", async () => {
    const bad = await post("/api/feeds", JSON.stringify({ url: "not a url" }), "application/json");
    assert.equal(bad.status, 400);
    assertError(await jsonOf(bad), "invalid_body");
    const r = await post("/api/feeds", JSON.stringify({ url: `${localBase}/feed.xml` }), "application/json");
    assert.equal(r.status, 201, await r.clone().text());
    const b = await jsonOf(r);
    feedId = b.feed.id;
    assert.ok(b.job?.id);
    const done = await waitJob(t.base, b.job.id);
    assert.equal(done.state, "done", JSON.stringify(done));
    assert.equal(done.total, 2);
    assert.equal((done.new as number) + (done.duplicate as number), 2);
    const list = await jsonOf(await fetch(t.base + "/api/feeds"));
    for (const x of list.items) conforms(Feed, x, "feed");
    const f = list.items.find((x: any) => x.id === feedId);
    assert.ok(f?.lastPolled, JSON.stringify(list));
    const poll = await fetch(`${t.base}/api/feeds/${feedId}/poll`, { method: "POST", headers: t.auth });
    assert.equal(poll.status, 202);
    const again = await waitJob(t.base, (await jsonOf(poll)).job.id);
    assert.equal(again.duplicate, 2);
    const del = await fetch(`${t.base}/api/feeds/${feedId}`, { method: "DELETE", headers: t.auth });
    assert.equal(del.status, 204);
    const del2 = await fetch(`${t.base}/api/feeds/${feedId}`, { method: "DELETE", headers: t.auth });
    assert.equal(del2.status, 404);
  });

  test("a broken feed ends as a failed job with a message", async () => {
    const r = await post("/api/feeds", JSON.stringify({ url: `${localBase}/broken-feed.xml` }), "application/json");
    assert.equal(r.status, 201);
    const done = await waitJob(t.base, (await jsonOf(r)).job.id);
    assert.equal(done.state, "failed");
    assert.ok(String(done.message).length > 0);
  });
});

describe("stories and exports", () => {
  test("GET /api/stories and /api/stories/:id give the situation of a story", async () => {
    const list = await jsonOf(await fetch(t.base + "/api/stories"));
    for (const x of list.items) conforms(StorySummary, x, "story summary");
    assert.ok(list.items.length >= 1);
    const s = list.items.find((x: any) => x.id === enStory);
    assert.ok(s, "the first article's story is listed");
    assert.ok(s.articles >= 1);
    const r = await fetch(`${t.base}/api/stories/${enStory}`);
    assert.equal(r.status, 200);
    const st = await jsonOf(r);
    conforms(StoryDetail, st, "story");
    assert.equal(st.id, enStory);
    assert.ok(st.articles.some((a: any) => a.id === enId));
    for (const k of ["entities", "figures", "claims", "events"]) assert.ok(Array.isArray(st[k]), k);
    for (const e of st.entities) assert.ok(Array.isArray(e.roles) && Array.isArray(e.names));
    for (const f of st.figures) for (const e of f.timeline) assert.ok("source" in e && "outlet" in e && "article" in e);
    const missing = await fetch(`${t.base}/api/stories/s-nothing`);
    assert.equal(missing.status, 404);
    assertError(await jsonOf(missing), "not_found");
  });

  test("exports: csv, acled, geojson, jsonl; an unknown format is 400", async () => {
    const csv = await fetch(t.base + "/api/export?format=csv");
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get("content-type") ?? "", /text\/csv/);
    const csvText = await csv.text();
    assert.match(csvText.split("\n")[0]!, /category/);
    assert.match(csvText, /arrested/);
    const claims = await fetch(t.base + "/api/export?format=csv&table=claims");
    assert.equal(claims.status, 200);
    assert.match(await claims.text(), /excessive force/);
    const badTable = await fetch(t.base + "/api/export?format=csv&table=nope");
    assert.equal(badTable.status, 400);
    assertError(await jsonOf(badTable), "bad_table");
    const acled = await fetch(t.base + "/api/export?format=acled");
    assert.equal(acled.status, 200);
    assert.match((await acled.text()).split("\n")[0]!, /event_date/);
    const geo = await jsonOf(await fetch(t.base + "/api/export?format=geojson"));
    assert.equal(geo.type, "FeatureCollection");
    for (const f of geo.features) assert.equal(f.geometry.type, "Point");
    const jsonl = await fetch(t.base + "/api/export?format=jsonl");
    assert.match(jsonl.headers.get("content-disposition") ?? "", /attachment/);
    const lines = (await jsonl.text()).trim().split("\n").map((l) => JSON.parse(l));
    const count = (await jsonOf(await fetch(t.base + "/api/health"))).articles;
    assert.equal(lines.length, count);
    assert.ok(lines.some((l: any) => l.id === enId && l.version === 1));
    const bad = await fetch(t.base + "/api/export?format=xlsx");
    assert.equal(bad.status, 400);
    assertError(await jsonOf(bad), "bad_format");
  });
});

describe("export filters", () => {
  test("exports narrow by story, since and until like the CLI; bad filters are 400, an unknown story 404", async () => {
    const rows = async (query: string) => {
      const r = await fetch(`${t.base}/api/export?format=csv&table=articles${query}`);
      assert.equal(r.status, 200, query);
      return (await r.text()).trim().split("\n").length;
    };
    const all = await rows("");
    assert.ok(all > 2, "several articles exported");
    assert.ok((await rows("&since=2100-01-01")) < all, "since drops what was published before");
    assert.ok((await rows("&until=1990-01-01")) < all, "until drops what was published after");
    const story = await rows(`&story=${enStory}`);
    assert.ok(story > 1 && story < all, "story keeps its own articles only");
    const unknown = await fetch(`${t.base}/api/export?format=csv&story=s-nothing`);
    assert.equal(unknown.status, 404);
    for (const bad of ["format=csv&since=2022-02-30", "format=acled&until=2022-13-45", "format=jsonl&story=s-nothing", "format=jsonl&since=2022-01-01"]) {
      const r = await fetch(`${t.base}/api/export?${bad}`);
      assert.equal(r.status, 400, bad);
    }
  });

  test("an article whose publication day is not on the calendar is refused", async () => {
    const r = await post("/api/articles?published=2022-02-30", EN_ARTICLE, "text/plain; charset=utf-8");
    assert.equal(r.status, 422);
    assert.match((await jsonOf(r)).error.message, /real date/);
  });
});

describe("delete", () => {
  test("DELETE /api/articles/:id removes it (204), then 404", async () => {
    const before = (await jsonOf(await fetch(t.base + "/api/health"))).articles;
    const r = await fetch(`${t.base}/api/articles/${enId}`, { method: "DELETE", headers: t.auth });
    assert.equal(r.status, 204);
    assert.equal((await fetch(`${t.base}/api/articles/${enId}`)).status, 404);
    const again = await fetch(`${t.base}/api/articles/${enId}`, { method: "DELETE", headers: t.auth });
    assert.equal(again.status, 404);
    assert.equal((await jsonOf(await fetch(t.base + "/api/health"))).articles, before - 1);
    const st = await fetch(`${t.base}/api/stories/${enStory}`);
    if (st.status === 200) assert.ok(!(await jsonOf(st)).articles.some((a: any) => a.id === enId), "the deleted article left its story");
    else assert.equal(st.status, 404);
  });
});
