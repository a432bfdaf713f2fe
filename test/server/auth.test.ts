// Token file, read access from other machines, the Host guard and error hygiene, tested on the
// app with a backend double (no store needed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, statSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../src/server/app.js";
import { loadOrCreateToken, bearer, isLoopbackAddress } from "../../src/server/auth.js";
import type { Backend } from "../../src/server/backend.js";

const TOKEN = "test-token-abcdefghijklmnopqrstuvwxyz";

/** A backend whose reads answer with nothing and whose failure modes are chosen per test. */
function backend(fail?: Error): Backend {
  const boom = async () => {
    if (fail) throw fail;
    return null;
  };
  return {
    storeName: "double",
    addArticle: async () => {
      if (fail) throw fail;
      throw new Error("not used");
    },
    startBatch: async () => {
      throw new Error("not used");
    },
    listArticles: async () => {
      if (fail) throw fail;
      return { total: 0, items: [] };
    },
    getArticle: boom,
    deleteArticle: async () => false,
    updateArticle: async () => null,
    countArticles: async () => 0,
    listFeeds: async () => [],
    addFeed: async () => {
      throw new Error("not used");
    },
    removeFeed: async () => false,
    pollFeed: async () => null,
    getJob: async () => null,
    listJobs: async () => [],
    listAlerts: async () => ({ total: 0, latest: 0, items: [] }),
    listStories: async () => {
      if (fail) throw fail;
      return [];
    },
    getStory: boom,
    exportData: async () => ({ contentType: "text/plain", filename: "x", body: "" }),
    close: async () => undefined,
  };
}

test("the token file is created once with mode 0600 and read back on the next start", () => {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-tok-"));
  try {
    const a = loadOrCreateToken(dir);
    assert.equal(a.created, true);
    assert.ok(a.token.length >= 32);
    assert.equal(statSync(a.file).mode & 0o777, 0o600);
    const b = loadOrCreateToken(dir);
    assert.equal(b.created, false);
    assert.equal(b.token, a.token);
    assert.equal(readFileSync(a.file, "utf8").trim(), a.token);
    const other = loadOrCreateToken(mkdtempSync(join(tmpdir(), "lagebild-tok2-")));
    assert.notEqual(other.token, a.token);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("bearer() and isLoopbackAddress()", () => {
  assert.equal(bearer("Bearer abc"), "abc");
  assert.equal(bearer("bearer   abc  "), "abc");
  assert.equal(bearer("Basic abc"), null);
  assert.equal(bearer("Bearer a b"), null);
  assert.equal(bearer(undefined), null);
  assert.ok(isLoopbackAddress("127.0.0.1"));
  assert.ok(isLoopbackAddress("::1"));
  assert.ok(isLoopbackAddress("::ffff:127.0.0.1"));
  assert.ok(!isLoopbackAddress("192.168.1.5"));
  assert.ok(!isLoopbackAddress(undefined));
});

test("reads from a non-loopback client need the token unless reads are opened", async () => {
  // app.request() has no socket: the client address is unknown, i.e. not loopback
  const closed = createApp({ backend: backend(), token: TOKEN });
  const r1 = await closed.request("/api/stories");
  assert.equal(r1.status, 401);
  assert.equal(((await r1.json()) as any).error.code, "missing_token");
  const r2 = await closed.request("/api/stories", { headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.equal(r2.status, 200);
  const r3 = await closed.request("/api/stories", { headers: { Authorization: "Bearer nope-nope-nope-nope-nope" } });
  assert.equal(r3.status, 401);
  const open = createApp({ backend: backend(), token: TOKEN, openReads: true });
  assert.equal((await open.request("/api/stories")).status, 200);
  // writes stay closed even with open reads
  const w = await open.request("/api/articles", { method: "POST", body: "text", headers: { "Content-Type": "text/plain" } });
  assert.equal(w.status, 401);
});

test("a loopback-only server refuses foreign Host headers (DNS rebinding)", async () => {
  const app = createApp({ backend: backend(), token: TOKEN, openReads: true, loopbackOnly: true });
  const bad = await app.request("http://evil.example/api/stories", { headers: { Host: "evil.example" } });
  assert.equal(bad.status, 421);
  assert.equal(((await bad.json()) as any).error.code, "bad_host");
  for (const host of ["localhost:8470", "127.0.0.1:8470", "[::1]:8470"]) {
    const ok = await app.request(`http://${host}/api/stories`, { headers: { Host: host } });
    assert.equal(ok.status, 200, host);
  }
});

test("the Host guard takes exact loopback names only; a wider bind asks loopback clients for the token too", async () => {
  const app = createApp({ backend: backend(), token: TOKEN, openReads: true, loopbackOnly: true });
  for (const host of ["127.0.0.1.evil.example", "127.0.0.1.evil.example:8470", "127.evil.example", "localhost.evil.example", "evil.example:127", "[::1].evil.example", ""]) {
    const r = await app.request("/api/stories", { headers: { Host: host } });
    assert.equal(r.status, 421, host);
  }
  for (const host of ["127.0.0.2:8470", "LOCALHOST", "127.0.0.1"]) assert.equal((await app.request("/api/stories", { headers: { Host: host } })).status, 200, host);
  // a loopback client (a browser on this machine, possibly on a rebinding page) gets reads without token only from a loopback-only server
  const loopbackClient = { incoming: { socket: { remoteAddress: "127.0.0.1", remoteFamily: "IPv4", remotePort: 50000 } } };
  const local = createApp({ backend: backend(), token: TOKEN, loopbackOnly: true });
  assert.equal((await local.request("/api/stories", { headers: { Host: "localhost" } }, loopbackClient)).status, 200);
  const wide = createApp({ backend: backend(), token: TOKEN, loopbackOnly: false });
  assert.equal((await wide.request("/api/stories", { headers: { Host: "rebound.example" } }, loopbackClient)).status, 401);
  assert.equal((await wide.request("/api/stories", { headers: { Host: "rebound.example", Authorization: `Bearer ${TOKEN}` } }, loopbackClient)).status, 200);
});

test("an internal error is a generic 500 without stack or message; the details go to the log", async () => {
  const logged: string[] = [];
  const secret = new Error("db password is hunter2 at /srv/x.ts:12");
  const app = createApp({ backend: backend(secret), token: TOKEN, openReads: true, log: (m) => logged.push(m) });
  const r = await app.request("/api/stories");
  assert.equal(r.status, 500);
  const text = await r.text();
  const body = JSON.parse(text);
  assert.equal(body.error.code, "internal");
  assert.doesNotMatch(text, /hunter2|\.ts:\d+|at /);
  assert.match(logged.join("\n"), /hunter2/);
  const r2 = await app.request("/api/articles", { method: "POST", body: "Some text about a town council.", headers: { "Content-Type": "text/plain", Authorization: `Bearer ${TOKEN}` } });
  assert.equal(r2.status, 500);
  assert.doesNotMatch(await r2.text(), /hunter2/);
});

test("the page is served with a strict Content-Security-Policy that allows no inline script but the import map", async () => {
  const app = createApp({ backend: backend(), token: TOKEN, openReads: true });
  const r = await app.request("/");
  assert.equal(r.status, 200);
  const csp = r.headers.get("content-security-policy") ?? "";
  assert.match(csp, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  const html = await r.text();
  assert.match(html, /<script type="importmap">/);
  assert.match(html, /<script type="module" src="\/app\/main.js">/);
  const geo = await app.request("/geo/countries.json");
  assert.equal(geo.status, 200);
  const topo = (await geo.json()) as any;
  const kz = topo.objects.countries.geometries.find((g: any) => g.properties.a2 === "KZ");
  assert.ok(kz, "countries carry ISO alpha-2 codes");
  for (const p of ["/vendor/d3-geo.js", "/vendor/d3-array.js", "/vendor/topojson-client/index.js", "/vendor/topojson-client/feature.js", "/app/style.css"]) {
    const v = await app.request(p);
    assert.equal(v.status, 200, p);
  }
  assert.equal((await app.request("/vendor/../package.json")).status, 404);
  assert.equal((await app.request("/app/..%2Fpackage.json")).status, 404);
});

test("CSP, X-Content-Type-Options and Referrer-Policy on every response: API JSON, 401, 404, 421, 422, 500, the page", async () => {
  const ok = createApp({ backend: backend(), token: TOKEN, openReads: true, loopbackOnly: true, log: () => undefined });
  const failing = createApp({ backend: backend(new Error("database exploded")), token: TOKEN, openReads: true, log: () => undefined });
  const closed = createApp({ backend: backend(), token: TOKEN, log: () => undefined });
  const auth = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" };
  const cases: [string, Response | Promise<Response>, number][] = [
    ["API JSON", ok.request("http://127.0.0.1/api/articles", { headers: { Host: "127.0.0.1" } }), 200],
    ["unknown endpoint", ok.request("http://127.0.0.1/api/nothing-here", { headers: { Host: "127.0.0.1" } }), 404],
    ["unknown page", ok.request("http://127.0.0.1/nothing-here", { headers: { Host: "127.0.0.1" } }), 404],
    ["Host refused", ok.request("http://evil.example/api/articles", { headers: { Host: "evil.example" } }), 421],
    ["token missing", closed.request("/api/articles"), 401],
    ["bad JSON", closed.request("/api/articles", { method: "POST", headers: auth, body: "{not json" }), 400],
    ["internal error", failing.request("/api/articles"), 500],
    ["the page", ok.request("http://127.0.0.1/", { headers: { Host: "127.0.0.1" } }), 200],
  ];
  for (const [what, pending, status] of cases) {
    const r = await pending;
    assert.equal(r.status, status, what);
    assert.equal(r.headers.get("x-content-type-options"), "nosniff", what);
    assert.equal(r.headers.get("referrer-policy"), "no-referrer", what);
    const csp = r.headers.get("content-security-policy") ?? "";
    assert.match(csp, what === "the page" ? /script-src 'self'/ : /^default-src 'none'; frame-ancestors 'none'$/, what);
  }
});
