import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storeTest, withStore } from "./helpers.js";
import { contentHash, openStore, toSituationArticle, type Store } from "../../src/store/index.js";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { makeExtraction, KAZ_SPECS, type Spec } from "../situation/fixtures.js";
import type { Extraction } from "../../src/schema/index.js";

const spec = (over: Partial<Spec> = {}): Spec => ({
  url: "https://beispiel-zeitung.example/2023/hafen",
  outlet: "Beispiel-Zeitung",
  published: "2023-05-02",
  title: "Streik im Hafen",
  credits: ["dpa"],
  text: "Im Hafen von Beispielstadt haben am Montag 400 Beschäftigte gestreikt. Die Gewerkschaft sagte, die Proteste würden fortgesetzt. Die Polizei nahm zwei Demonstranten fest.",
  entities: [{ name: "Beispielstadt", key: "beispielstadt", country: "DE" }, { name: "Gewerkschaft Hafen", type: "organization" }],
  figures: [
    { phrase: "400 Beschäftigte", value: 400, category: "participants", subject: "Beschäftigte" },
    { phrase: "zwei Demonstranten", value: 2, category: "arrested", source: "Polizei", subject: "Demonstranten" },
  ],
  claims: [{ phrase: "die Proteste würden fortgesetzt", source: "Gewerkschaft" }],
  ...over,
});

const EN: Spec = {
  url: "https://example-news.example/strike",
  outlet: "Example News",
  published: "2023-05-03",
  lang: "en",
  title: "Dock strike spreads",
  text: "Protesters blocked the port for a second day. Union leaders said the strike would continue until wages are raised.",
  claims: [{ phrase: "the strike would continue until wages are raised", source: "Union leaders" }],
};

async function count(s: Store, table: string): Promise<number> {
  const r = await s.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return r.rows[0]!.n;
}

storeTest("migrations run once; reopening the same store keeps the data", async (b) => {
  if (b.name === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-reopen-"));
    try {
      const s1 = await openStore({ dataDir: dir, databaseUrl: null });
      await s1.storeExtraction(makeExtraction(spec()));
      await s1.close();
      const s2 = await openStore({ dataDir: dir, databaseUrl: null });
      assert.equal(await s2.countArticles(), 1);
      assert.equal(await count(s2, "schema_migrations"), MIGRATIONS.length);
      await s2.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  await withStore(b, async (s) => {
    assert.equal(await count(s, "schema_migrations"), MIGRATIONS.length);
    const { migrate } = await import("../../src/store/migrations.js");
    assert.deepEqual(await migrate(s.db), [], "nothing left to apply");
  });
});

storeTest("re-storing the same article is a no-op (URL and content hash)", async (b) => {
  await withStore(b, async (s) => {
    const x = makeExtraction(spec());
    const first = await s.storeExtraction(x);
    assert.equal(first.status, "new");
    assert.deepEqual(await s.storeExtraction(x), { status: "duplicate", id: first.id });
    // same URL, edited text: still the same article
    const edited = makeExtraction(spec({ text: spec().text + " Ein Nachtrag.", figures: [], claims: [] }));
    assert.equal((await s.storeExtraction(edited)).status, "duplicate");
    // same text without URL: duplicate by content hash (whitespace differences ignored)
    const noUrl = makeExtraction(spec({ url: undefined as unknown as string }));
    noUrl.article.url = null;
    noUrl.text = noUrl.text.replace(/ /g, "  ");
    assert.equal((await s.storeExtraction(noUrl)).status, "duplicate");
    // the same agency text at another outlet and URL is a separate (syndicated) article
    const copy = makeExtraction(spec({ url: "https://andere-zeitung.example/hafen", outlet: "Andere Zeitung" }));
    const c = await s.storeExtraction(copy);
    assert.equal(c.status, "new");
    assert.notEqual(c.id, first.id);
    assert.equal(await s.countArticles(), 2);
    assert.equal(await count(s, "figures"), 4);
    assert.equal(await s.findDuplicate({ text: x.text, url: null }), first.id);
    assert.equal(contentHash(" a  b\n"), contentHash("a b"));
  });
});

storeTest("a failure mid-ingest leaves no half-stored article", async (b) => {
  await withStore(b, async (s) => {
    const bad = makeExtraction(spec());
    // a figure value that is not a number: the figures insert fails after the article row was written
    (bad.figures[1] as { value: unknown }).value = "zwei";
    await assert.rejects(() => s.storeExtraction(bad));
    assert.equal(await s.countArticles(), 0);
    for (const t of ["entities", "figures", "claims", "times", "events"]) assert.equal(await count(s, t), 0, t);
    const good = makeExtraction(spec());
    assert.equal((await s.storeExtraction(good)).status, "new");
    assert.equal(await count(s, "claims"), 1);
  });
});

storeTest("getArticle returns the full extraction; listArticles filters and pages", async (b) => {
  await withStore(b, async (s) => {
    const x = makeExtraction(spec());
    const { id } = await s.storeExtraction(x);
    await s.storeExtraction(makeExtraction(EN));
    const a = await s.getArticle(id);
    assert.ok(a);
    assert.equal(a.extraction.text, x.text);
    assert.deepEqual(a.extraction.figures, x.figures);
    assert.deepEqual(a.counts, { entities: 2, figures: 2, claims: 1, events: 0 });
    assert.equal(a.outlet, "Beispiel-Zeitung");
    assert.equal(await s.getArticle("nope"), null);
    const all = await s.listArticles();
    assert.deepEqual(all.map((r) => r.published), ["2023-05-03", "2023-05-02"], "newest first");
    assert.equal((await s.listArticles({ language: "en" })).length, 1);
    assert.equal((await s.listArticles({ limit: 1, offset: 1 }))[0]!.id, id);
    assert.equal((await s.listArticles({ q: "Hafen" }))[0]!.id, id);
  });
});

storeTest("full-text search uses German and English stemming over articles and claims", async (b) => {
  await withStore(b, async (s) => {
    const de = await s.storeExtraction(makeExtraction(spec()));
    const en = await s.storeExtraction(makeExtraction(EN));
    // inflected forms: "Demonstrant" finds "Demonstranten"; "protest" finds "Protesters"
    const h1 = await s.search("Demonstrant");
    assert.ok(h1.some((h) => h.kind === "article" && h.articleId === de.id), JSON.stringify(h1));
    const h2 = await s.search("protest");
    assert.ok(h2.some((h) => h.articleId === en.id));
    // claims are searchable too, with their source
    const h3 = await s.search("wages");
    const claim = h3.find((h) => h.kind === "claim");
    assert.ok(claim, JSON.stringify(h3));
    assert.equal(claim.source, "Union leaders");
    assert.match(claim.snippet, /wages/);
    assert.deepEqual(await s.search("Vulkanausbruch"), []);
    const onlyEn = await s.search("Demonstrant", { language: "en" });
    assert.ok(!onlyEn.some((h) => h.articleId === de.id));
  });
});

storeTest("job queue: every job is claimed once, even by concurrent workers; failures retry then fail", async (b) => {
  await withStore(b, async (s) => {
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) ids.push(await s.enqueue("ingest-record", { n: i }));
    const claimed: number[] = [];
    const worker = async (name: string) => {
      for (;;) {
        const j = await s.claimJob(name);
        if (!j) return;
        claimed.push(j.id);
        await s.finishJob(j.id, { ok: true });
      }
    };
    await Promise.all([worker("w1"), worker("w2"), worker("w3")]);
    assert.deepEqual([...claimed].sort((x, y) => x - y), ids);
    assert.deepEqual(await s.jobCounts(), { queued: 0, running: 0, done: 30, failed: 0 });
    const f = await s.enqueue("fetch-feed", { url: "x" }, { maxAttempts: 2 });
    assert.equal((await s.claimJob("w", ["ingest-record"])), null, "kind filter");
    assert.equal((await s.claimJob("w"))!.id, f);
    await s.failJob(f, "boom");
    assert.equal(await s.claimJob("w"), null, "back-off before the retry");
    await s.db.query("UPDATE jobs SET run_after = now() WHERE id = $1", [f]);
    const again = await s.claimJob("w");
    assert.equal(again!.attempts, 2);
    await s.failJob(f, "boom again");
    assert.equal((await s.jobCounts()).failed, 1);
  });
});

storeTest("the situation input read from the tables matches the extraction", async (b) => {
  await withStore(b, async (s) => {
    for (const sp of KAZ_SPECS) await s.storeExtraction(makeExtraction(sp));
    const loaded = await s.loadSituationArticles();
    assert.equal(loaded.length, KAZ_SPECS.length);
    for (const sp of KAZ_SPECS) {
      const expect = toSituationArticle(makeExtraction(sp));
      const got = loaded.find((a) => a.id === expect.id);
      assert.ok(got, sp.url);
      assert.equal(got.published, expect.published);
      assert.deepEqual(got.signature, expect.signature);
      assert.deepEqual(got.figures.map((f) => [f.value, f.category, f.qualifier, f.source, f.subject, f.date ?? null, f.start]), expect.figures.map((f) => [f.value, f.category, f.qualifier, f.source, f.subject, f.date ?? null, f.start]));
      assert.deepEqual(got.claims.map((c) => [c.text, c.source, !!c.unverified]), expect.claims.map((c) => [c.text, c.source, !!c.unverified]));
      assert.deepEqual(got.entities.map((e) => [e.key, e.name, e.country ?? null]), expect.entities.map((e) => [e.key, e.name, e.country ?? null]));
    }
    assert.equal((await s.loadSituationArticles({ since: "2022-01-09" })).length, 2);
  });
});

storeTest("export as JSONL and read back into an empty store", async (b) => {
  const lines: string[] = [];
  await withStore(b, async (s) => {
    for (const sp of KAZ_SPECS.slice(0, 3)) await s.storeExtraction(makeExtraction(sp));
    for await (const { id, extraction } of s.iterateExtractions(2)) lines.push(JSON.stringify({ id, ...extraction }));
  });
  assert.equal(lines.length, 3);
  await withStore(b, async (s) => {
    for (const l of lines) assert.equal((await s.storeExtraction(JSON.parse(l) as Extraction)).status, "new");
    assert.equal(await s.countArticles(), 3);
  });
});

storeTest("two stores on one database (two machines) storing the same article: stored once", async (b, t) => {
  if (b.name === "pglite") return t.skip("an embedded store belongs to one process; this runs on PostgreSQL only");
  await withStore(b, async (s1) => {
    const schema = (await s1.db.query<{ s: string }>("SELECT current_schema() AS s")).rows[0]!.s;
    const s2 = await openStore({ databaseUrl: process.env.DATABASE_URL!, schema });
    try {
      const x = makeExtraction(spec());
      const rs = await Promise.all([s1.storeExtraction(x), s2.storeExtraction(x), s1.storeExtraction(x), s2.storeExtraction(x)]);
      assert.equal(rs.filter((r) => r.status === "new").length, 1, JSON.stringify(rs));
      assert.equal(await s1.countArticles(), 1);
    } finally {
      await s2.close();
    }
  });
});


test("an embedded store in use by another live process is refused; a stale lock is taken over", async () => {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-lock-"));
  try {
    writeFileSync(join(dir, "lagebild.lock"), String(process.ppid)); // a live process that is not us
    await assert.rejects(() => openStore({ dataDir: dir, databaseUrl: null }), /in use by another lagebild process/);
    writeFileSync(join(dir, "lagebild.lock"), "999999999"); // no such process
    const s = await openStore({ dataDir: dir, databaseUrl: null });
    assert.ok(existsSync(join(dir, "lagebild.lock")));
    await s.close();
    assert.ok(!existsSync(join(dir, "lagebild.lock")), "released on close");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

storeTest("NUL characters (which PostgreSQL text cannot hold) are stored as spaces, offsets intact", async (b) => {
  await withStore(b, async (s) => {
    const x = makeExtraction(spec());
    x.text = x.text.replace("Im Hafen", "Im\u0000Hafen");
    x.claims[0]!.text = "die Proteste\u0000würden fortgesetzt";
    const r = await s.storeExtraction(x);
    assert.equal(r.status, "new");
    const a = await s.getArticle(r.id);
    assert.equal(a!.extraction.text.length, x.text.length);
    assert.ok(a!.extraction.text.startsWith("Im Hafen"));
    assert.equal((await s.search("fortgesetzt")).some((h) => h.kind === "claim"), true);
  });
});

storeTest("the article list is read in page order from an index, not by sorting every stored extraction", async (b) => {
  await withStore(b, async (s) => {
    await s.db.exec("SET enable_seqscan = off");
    const plan = (await s.db.query<Record<string, string>>("EXPLAIN SELECT id FROM articles ORDER BY published DESC NULLS LAST, id LIMIT 50")).rows.map((r) => Object.values(r)[0]).join("\n");
    assert.match(plan, /articles_page_order/, plan);
    assert.doesNotMatch(plan, /Sort/, plan);
  });
});
