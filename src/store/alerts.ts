// The alerts table (migration 3): alerts raised when articles were stored, the articles already
// checked for alerts, and the webhook's delivery state. Functions over the store's database handle,
// so the Store class stays as it is: saveAlerts(db, drafts, checkedIds), listAlerts(db, filter),
// checkedArticles(db), uncheckedCount(db), undelivered(db), markDelivery(db, seqs, error?).
import type { Alert, AlertDraft, AlertKind, AlertList } from "../schema/index.js";
import type { Db, Queryable } from "./db.js";

export interface AlertFilter {
  /** Only alerts with seq above this ("?after=12"). */
  after?: number;
  kind?: AlertKind;
  /** Figure category or event type ("killed", "Protests"). */
  type?: string;
  country?: string;
  story?: string;
  limit?: number;
  offset?: number;
}

/** Ids of the articles already checked for alerts. */
export async function checkedArticles(db: Queryable): Promise<Set<string>> {
  const r = await db.query<{ article_id: string }>("SELECT article_id FROM alert_checked");
  return new Set(r.rows.map((x) => x.article_id));
}

/** How many stored articles have not been checked for alerts yet (a cheap test before a round). */
export async function uncheckedCount(db: Queryable): Promise<number> {
  const r = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM alert_checked c WHERE c.article_id = a.id)");
  return Number(r.rows[0]?.n ?? 0);
}

/** Stores the drafts (an id already stored is skipped) and marks the articles checked, in one transaction; returns the alerts stored now. */
export async function saveAlerts(db: Db, drafts: AlertDraft[], checked: string[]): Promise<Alert[]> {
  return db.transaction(async (tx) => {
    const out: Alert[] = [];
    for (const d of drafts) {
      const { id, kind, type, country, story, evidence, ...rest } = d;
      const r = await tx.query<Row>(
        `INSERT INTO alerts (id, kind, type, country, story, article_id, data)
         SELECT $1, $2, $3, $4, $5, $6, $7::jsonb WHERE EXISTS (SELECT 1 FROM articles WHERE id = $6)
         ON CONFLICT (id) DO NOTHING RETURNING ${COLS}`,
        [id, kind, type, country, story, evidence.article, JSON.stringify({ title: rest.title, storyTitle: rest.storyTitle, evidence })],
      );
      if (r.rows[0]) out.push(alertOf(r.rows[0]));
    }
    if (checked.length)
      await tx.query("INSERT INTO alert_checked (article_id) SELECT id FROM articles WHERE id = ANY($1::text[]) ON CONFLICT DO NOTHING", [checked]);
    return out;
  });
}

/** Alerts matching the filter, newest first, with the total and the newest seq of the store. */
export async function listAlerts(db: Queryable, f: AlertFilter = {}): Promise<AlertList> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  if (f.after !== undefined) where.push(`seq > ${p(f.after)}`);
  if (f.kind) where.push(`kind = ${p(f.kind)}`);
  if (f.type) where.push(`lower(type) = lower(${p(f.type)})`);
  if (f.country) where.push(`upper(country) = upper(${p(f.country)})`);
  if (f.story) where.push(`story = ${p(f.story)}`);
  const cond = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM alerts ${cond}`, params);
  const latest = await db.query<{ m: number | string | null }>("SELECT max(seq) AS m FROM alerts");
  const rows = await db.query<Row>(`SELECT ${COLS} FROM alerts ${cond} ORDER BY seq DESC LIMIT ${p(f.limit ?? 50)} OFFSET ${p(f.offset ?? 0)}`, params);
  return { total: Number(total.rows[0]?.n ?? 0), latest: Number(latest.rows[0]?.m ?? 0), items: rows.rows.map(alertOf) };
}

/** Alerts the webhook has not taken yet (oldest first), fewer than maxAttempts tries, each retry after a longer pause (10 s, 20 s, 40 s, ...). */
export async function undelivered(db: Queryable, maxAttempts = 5, limit = 50): Promise<Alert[]> {
  const r = await db.query<Row>(
    `SELECT ${COLS} FROM alerts WHERE delivered_at IS NULL AND delivery_attempts < $1
        AND (delivery_tried_at IS NULL OR delivery_tried_at < now() - make_interval(secs => 10 * power(2, delivery_attempts - 1)))
      ORDER BY seq LIMIT $2`,
    [maxAttempts, limit],
  );
  return r.rows.map(alertOf);
}

/** Records a delivery attempt: delivered when error is absent. */
export async function markDelivery(db: Queryable, seqs: number[], error?: string): Promise<void> {
  if (!seqs.length) return;
  await db.query(
    `UPDATE alerts SET delivery_attempts = delivery_attempts + 1, delivery_tried_at = now(), delivered_at = CASE WHEN $2::text IS NULL THEN now() ELSE NULL END, delivery_error = $2 WHERE seq = ANY($1::bigint[])`,
    [seqs, error ?? null],
  );
}

const COLS = "seq, id, kind, type, country, story, data, created_at";

interface Row {
  seq: number | string;
  id: string;
  kind: AlertKind;
  type: string | null;
  country: string | null;
  story: string | null;
  data: string | { title: string; storyTitle: string | null; evidence: Alert["evidence"] };
  created_at: Date | string;
}

function alertOf(r: Row): Alert {
  const data = typeof r.data === "string" ? (JSON.parse(r.data) as Exclude<Row["data"], string>) : r.data;
  const created = r.created_at instanceof Date ? r.created_at.toISOString() : new Date(r.created_at).toISOString();
  return { id: r.id, seq: Number(r.seq), kind: r.kind, created, title: data.title, story: r.story, storyTitle: data.storyTitle, type: r.type, country: r.country, evidence: { ...data.evidence, text: data.evidence.text ?? "" } };
}
