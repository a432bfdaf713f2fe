// kill -9 during `lagebild ingest` on the embedded store: whatever was stored is whole (every table row
// of each article's extraction is there), and ingesting the same folder again completes the set with no
// duplicate. Several trials, each killed at a different moment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "../../src/store/index.js";
import { projectRoot } from "./helpers.js";

const FILES = 12;
const PLACES = ["Nordhafen", "Südstadt", "Westend", "Altmarkt", "Oberdorf", "Unterfeld", "Seeviertel", "Bergheim", "Talgrund", "Ostufer", "Mühlental", "Kirchberg"];
// Articles written for this test.
const text = (i: number) => `Brand in ${PLACES[i]}\n\nIn einer Lagerhalle in ${PLACES[i]} ist am ${i + 1}. Mai ein Feuer ausgebrochen, sagte ein Sprecher der Feuerwehr. ${i + 3} Menschen wurden leicht verletzt. Die Polizei nahm ${i + 1} Verdächtige fest.`;

function ingest(folder: string, data: string, killAfterMs?: number): Promise<number | null> {
  const child = spawn(process.execPath, [join(projectRoot(), "bin", "lagebild.js"), "ingest", folder, "--data", data, "--published", "2024-05-01", "--quiet"], { stdio: "ignore", env: { ...process.env, DATABASE_URL: "" } });
  if (killAfterMs !== undefined) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  return new Promise((r) => child.once("exit", (code) => r(code)));
}

/** Each stored article's figures, claims and entities rows match its extraction. */
async function whole(s: Store): Promise<number> {
  const rows = await s.db.query<{ id: string; figures: number; claims: number; entities: number; f: number; c: number; e: number }>(
    `SELECT a.id, jsonb_array_length(a.extraction->'figures') AS figures, jsonb_array_length(a.extraction->'claims') AS claims, jsonb_array_length(a.extraction->'entities') AS entities,
            (SELECT count(*)::int FROM figures f WHERE f.article_id = a.id) AS f, (SELECT count(*)::int FROM claims c WHERE c.article_id = a.id) AS c, (SELECT count(*)::int FROM entities e WHERE e.article_id = a.id) AS e
       FROM articles a`,
  );
  for (const r of rows.rows) assert.deepEqual([r.f, r.c, r.e], [r.figures, r.claims, r.entities], `article ${r.id} is stored whole`);
  return rows.rows.length;
}

test("kill -9 during CLI ingest (PGlite): stored articles whole, re-ingest completes the set without duplicates", { timeout: 300_000 }, async (t) => {
  const folder = mkdtempSync(join(tmpdir(), "lagebild-kill-in-"));
  for (let i = 0; i < FILES; i++) writeFileSync(join(folder, `brand-${i}.txt`), text(i));
  const partial: number[] = [];
  try {
    // an uninterrupted run first: its length places the kills inside the article phase (start-up comes first)
    const baseline = mkdtempSync(join(tmpdir(), "lagebild-kill-data-"));
    const t0 = Date.now();
    assert.equal(await ingest(folder, baseline), 0);
    const full = Date.now() - t0;
    rmSync(baseline, { recursive: true, force: true });
    for (const killAfter of [0.6, 0.75, 0.9].map((f) => Math.round(f * full))) {
      const data = mkdtempSync(join(tmpdir(), "lagebild-kill-data-"));
      try {
        const code = await ingest(folder, data, killAfter);
        if (existsSync(join(data, "db"))) {
          const s = await openStore({ dataDir: data, databaseUrl: null });
          try {
            partial.push(await whole(s));
          } finally {
            await s.close();
          }
        } else partial.push(0);
        assert.equal(await ingest(folder, data), 0, `re-ingest after the kill (first run exited ${code})`);
        const s = await openStore({ dataDir: data, databaseUrl: null });
        try {
          assert.equal(await whole(s), FILES);
          const dup = await s.db.query<{ n: number }>("SELECT count(*)::int AS n FROM (SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1) d");
          assert.equal(dup.rows[0]!.n, 0, "no duplicate");
        } finally {
          await s.close();
        }
      } finally {
        rmSync(data, { recursive: true, force: true });
      }
    }
    t.diagnostic(`full run ${full} ms; articles stored before each kill: ${partial.join(", ")} of ${FILES}`);
    // the kills fell at different points: not all before the first article nor all after the last
    assert.ok(partial.some((n) => n < FILES), `stored before each kill: ${partial.join(", ")}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
