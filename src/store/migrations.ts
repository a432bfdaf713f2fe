// Schema migrations: plain SQL, identical for PGlite and PostgreSQL (kept to PostgreSQL 15 syntax).
// Each entry runs once, in order, inside one transaction holding an advisory lock, so several
// workers starting at the same time do not race.
import type { Db } from "./db.js";

/** Text-search configuration per article language: `german` for de, `english` for en. */
const TSCONFIG = `CASE language WHEN 'de' THEN 'german'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END`;

export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "articles, annotations, feeds, jobs",
    sql: `
CREATE TABLE articles (
  id            text PRIMARY KEY,
  url           text UNIQUE,
  content_hash  text NOT NULL,
  outlet        text,
  published     text,
  language      text NOT NULL,
  title         text,
  text          text NOT NULL,
  credits       text[] NOT NULL DEFAULT '{}',
  signature     integer[],
  extraction    jsonb NOT NULL,
  origin        text,
  ingested_at   timestamptz NOT NULL DEFAULT now(),
  tsv           tsvector GENERATED ALWAYS AS (to_tsvector(${TSCONFIG}, coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_tsv ON articles USING gin (tsv);

CREATE TABLE entities (
  article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         integer NOT NULL,
  key         text NOT NULL,
  name        text NOT NULL,
  type        text NOT NULL,
  aliases     text[] NOT NULL DEFAULT '{}',
  country     text,
  lat         double precision,
  lon         double precision,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX entities_key ON entities (key);

CREATE TABLE figures (
  article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         integer NOT NULL,
  category    text NOT NULL,
  value       double precision NOT NULL,
  qualifier   text NOT NULL,
  subject     text,
  source      text,
  text        text NOT NULL,
  date        text,
  start_off   integer NOT NULL,
  end_off     integer NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX figures_category ON figures (category);

CREATE TABLE claims (
  article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         integer NOT NULL,
  language    text NOT NULL,
  source      text,
  mode        text NOT NULL,
  text        text NOT NULL,
  cue         text,
  unverified  boolean NOT NULL DEFAULT false,
  start_off   integer NOT NULL,
  end_off     integer NOT NULL,
  tsv         tsvector GENERATED ALWAYS AS (to_tsvector(${TSCONFIG}, text)) STORED,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX claims_tsv ON claims USING gin (tsv);

CREATE TABLE times (
  article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         integer NOT NULL,
  text        text NOT NULL,
  value       text NOT NULL,
  type        text,
  start_off   integer NOT NULL,
  end_off     integer NOT NULL,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE events (
  article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         integer NOT NULL,
  type        text NOT NULL,
  date        text,
  country     text,
  location    text,
  lat         double precision,
  lon         double precision,
  fatalities  double precision,
  data        jsonb NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_date ON events (date);

CREATE TABLE feeds (
  url           text PRIMARY KEY,
  title         text,
  added_at      timestamptz NOT NULL DEFAULT now(),
  last_fetched  timestamptz,
  last_error    text
);

CREATE TABLE jobs (
  id            bigserial PRIMARY KEY,
  kind          text NOT NULL,
  payload       jsonb NOT NULL,
  status        text NOT NULL DEFAULT 'queued',
  attempts      integer NOT NULL DEFAULT 0,
  max_attempts  integer NOT NULL DEFAULT 3,
  run_after     timestamptz NOT NULL DEFAULT now(),
  locked_by     text,
  locked_at     timestamptz,
  result        jsonb,
  error         text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  finished_at   timestamptz
);
CREATE INDEX jobs_queue ON jobs (status, run_after, id);
`,
  },
  {
    version: 2,
    name: "short speaker names beside figure and claim sources",
    sql: `
ALTER TABLE figures ADD COLUMN speaker text;
ALTER TABLE claims ADD COLUMN speaker text;
`,
  },
  {
    version: 3,
    name: "alerts and the articles they were checked for",
    // Articles stored before this migration count as checked: an existing store starts without a flood of alerts.
    sql: `
CREATE TABLE alerts (
  seq                bigserial PRIMARY KEY,
  id                 text NOT NULL UNIQUE,
  kind               text NOT NULL,
  type               text,
  country            text,
  story              text,
  article_id         text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  data               jsonb NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  delivered_at       timestamptz,
  delivery_attempts  integer NOT NULL DEFAULT 0,
  delivery_tried_at  timestamptz,
  delivery_error     text
);
CREATE INDEX alerts_kind ON alerts (kind, seq);
CREATE TABLE alert_checked (
  article_id  text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  checked_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO alert_checked (article_id) SELECT id FROM articles;
`,
  },
  {
    version: 4,
    name: "figure scopes for series: counted group, place, country, running total, withdrawn or denied",
    sql: `
ALTER TABLE figures ADD COLUMN grp text;
ALTER TABLE figures ADD COLUMN place text;
ALTER TABLE figures ADD COLUMN country text;
ALTER TABLE figures ADD COLUMN cumulative boolean;
ALTER TABLE figures ADD COLUMN status text;
UPDATE figures f SET grp = v->>'group', place = v->>'place', country = v->>'country', cumulative = (v->>'cumulative')::boolean, status = v->>'status'
  FROM (SELECT a.id, t.ord - 1 AS idx, t.v FROM articles a, jsonb_array_elements(a.extraction->'figures') WITH ORDINALITY AS t(v, ord)) x
 WHERE f.article_id = x.id AND f.idx = x.idx;
`,
  },
  {
    version: 5,
    name: "article list in page order on an index",
    sql: `
CREATE INDEX articles_page_order ON articles (published DESC NULLS LAST, id);
`,
  },
  {
    version: 6,
    name: "job leases renewed by a heartbeat; lost leases counted",
    sql: `
ALTER TABLE jobs ADD COLUMN lease_until timestamptz;
ALTER TABLE jobs ADD COLUMN lease_losses integer NOT NULL DEFAULT 0;
UPDATE jobs SET lease_until = locked_at + interval '10 minutes' WHERE status = 'running';
CREATE INDEX jobs_lease ON jobs (status, lease_until);
`,
  },
];

export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    // One migrator at a time per schema (several workers may start together).
    await tx.query("SELECT pg_advisory_xact_lock(hashtext(current_schema()))");
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
