// Test helpers: run store tests against embedded PGlite always and against the real PostgreSQL
// server when DATABASE_URL is set (each run in its own schema, dropped afterwards).
import { test, after, type TestContext } from "node:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema, openStore, type Store } from "../../src/store/index.js";

export { projectRoot, sharedDir } from "../support/shared.js";

export interface Backend {
  name: "pglite" | "postgres";
  /** Opens a fresh, empty store (each call its own folder or schema). */
  open(): Promise<Store>;
}

const RUN = `${process.pid.toString(36)}${Date.now().toString(36)}`;
let counter = 0;
const schemas: string[] = [];
const dirs: string[] = [];

export const pglite: Backend = {
  name: "pglite",
  async open() {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-store-test-"));
    dirs.push(dir);
    return openStore({ dataDir: dir, databaseUrl: null });
  },
};

export const postgres: Backend | null = process.env.DATABASE_URL
  ? {
      name: "postgres",
      async open() {
        const schema = `lb_test_${RUN}_${counter++}`;
        schemas.push(schema);
        return openStore({ databaseUrl: process.env.DATABASE_URL!, schema });
      },
    }
  : null;

after(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (process.env.DATABASE_URL) for (const s of schemas) await dropSchema(process.env.DATABASE_URL, s).catch(() => undefined);
});

/** Declares the test once per back end; the PostgreSQL variant skips with a message when DATABASE_URL is unset. */
export function storeTest(name: string, fn: (b: Backend, t: TestContext) => Promise<void>): void {
  test(`[pglite] ${name}`, (t) => fn(pglite, t));
  if (postgres) test(`[postgres] ${name}`, (t) => fn(postgres!, t));
  else test(`[postgres] ${name}`, (t) => t.skip("DATABASE_URL is not set: no PostgreSQL server to test against (.ci/run sets it when 127.0.0.1:5432 answers)"));
}

/** Opens a store, runs fn, closes it. */
export async function withStore<T>(b: Backend, fn: (s: Store) => Promise<T>): Promise<T> {
  const s = await b.open();
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}
