// A tiny database adapter: the same SQL runs on embedded PGlite (a data folder) and on a real
// PostgreSQL server (pg). Only query(sql, params), exec(sql) and transaction(fn) are exposed.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface QueryResult<T> {
  rows: T[];
  affectedRows?: number;
}

/** What both back ends offer; a transaction hands the callback an object of the same shape. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs fn in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** PostgreSQL connection string; when set, a real server is used instead of PGlite. */
  databaseUrl?: string | null;
  /** PGlite data folder; "memory://" (or undefined with memory) keeps it in memory. */
  dataDir?: string;
  /** Schema to work in (created when missing); the real server's tests use one per run. */
  schema?: string;
}

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** PostgreSQL text holds no NUL character: in a string parameter ("?q=%00", a record's text) it becomes a space (lengths and offsets kept). */
function textParams(params: unknown[] | undefined): unknown[] | undefined {
  if (!params?.some((p) => typeof p === "string" && p.includes("\0"))) return params;
  return params.map((p) => (typeof p === "string" ? p.replace(/\0/g, " ") : p));
}

export async function openDb(opts: DbOptions): Promise<Db> {
  if (opts.schema !== undefined && !IDENT.test(opts.schema)) throw new Error(`invalid schema name "${opts.schema}"`);
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.schema) : openPglite(opts.dataDir ?? "./lagebild-data", opts.schema);
}

/** Where the embedded database of a data folder lives, for every command: "DATA/db"; a store an older CLI made in "DATA" itself is kept there. */
export function storeFolder(dataDir: string): string {
  if (existsSync(join(dataDir, "PG_VERSION")) && !existsSync(join(dataDir, "db"))) return dataDir;
  return join(dataDir, "db");
}

async function openPglite(dataDir: string, schema?: string): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  const memory = dataDir === "memory://" || dataDir === ":memory:";
  if (!memory) mkdirSync(dataDir, { recursive: true });
  const release = memory ? () => undefined : lockDataDir(dataDir);
  let pg: InstanceType<typeof PGlite>;
  try {
    pg = memory ? new PGlite() : new PGlite(storeFolder(dataDir));
    await pg.waitReady;
  } catch (e) {
    release();
    throw e;
  }
  if (schema) await pg.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}, public;`);
  const wrap = (q: { query: typeof pg.query; exec: typeof pg.exec }): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      const r = await q.query<T>(sql, textParams(params) as never);
      return { rows: r.rows, affectedRows: r.affectedRows };
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const base = wrap(pg);
  return {
    kind: "pglite",
    ...base,
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => pg.transaction((tx) => fn(wrap(tx as never))),
    close: async () => {
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}

/**
 * The embedded database must not be opened by two processes at once (it would be corrupted): a
 * lock file in the data folder names the owning process. A lock left by a process that is gone
 * is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, "lagebild.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => {
        try {
          if (readFileSync(file, "utf8") === String(process.pid)) rmSync(file, { force: true });
        } catch {
          // already gone
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = Number(readFileSync(file, "utf8").trim());
      if (owner === process.pid) return () => undefined; // this process holds it already
      if (owner > 0 && alive(owner)) throw new Error(`the store in ${dataDir} is in use by another lagebild process (pid ${owner}); if that is \`lagebild serve\`, add articles through it (\`lagebild ingest --server URL --token T\`, the page, or POST /api/articles with the API token), or stop it; several processes can share PostgreSQL (DATABASE_URL)`);
      rmSync(file, { force: true }); // stale
    }
  }
  throw new Error(`cannot lock the store in ${dataDir}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function openPostgres(url: string, schema?: string): Promise<Db> {
  const pgmod = await import("pg");
  const Pool = pgmod.default.Pool;
  // int8 (bigserial ids, count(*)) as JS numbers, like PGlite returns them.
  pgmod.default.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new Pool({ connectionString: url, max: 4, options: schema ? `-c search_path=${schema},public` : undefined });
  if (schema) {
    // search_path is set per connection; the schema must exist before it can be used.
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  }
  type Client = { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[]; rowCount: number | null }> };
  const wrap = (c: Client): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      const r = await c.query(sql, textParams(params));
      return { rows: r.rows as T[], affectedRows: r.rowCount ?? undefined };
    },
    async exec(sql: string) {
      await c.query(sql);
    },
  });
  const base = wrap(pool as unknown as Client);
  return {
    kind: "postgres",
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await fn(wrap(client as unknown as Client));
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
