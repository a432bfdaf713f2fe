// Raising and delivering alerts. checkAlerts(store) takes the articles stored since the last check
// ("fresh"), builds the situation over every article, lets the rules of src/situation/alerts.ts
// say what the fresh ones changed, widens each alert's evidence to its sentence and stores the
// alerts (src/store/alerts.ts) with the articles marked checked, in one transaction.
// deliverAlerts(store, url) POSTs alerts not yet delivered to the webhook ({ alerts: [...] }, 50 at a
// time, each tried up to 5 times); watchAlerts runs both in a loop (`lagebild serve`).
import { setTimeout as sleep } from "node:timers/promises";
import type { Alert, AlertDraft } from "../schema/index.js";
import type { Store } from "../store/index.js";
import { checkedArticles, markDelivery, uncheckedCount, saveAlerts, undelivered } from "../store/alerts.js";
import { buildSituation } from "../situation/index.js";
import { alertDrafts, evidenceSentence } from "../situation/alerts.js";
import { postJson, type PostOptions } from "./webhook.js";

export interface CheckResult {
  /** Articles checked in this round. */
  checked: number;
  /** Alerts stored in this round. */
  alerts: Alert[];
}

/** One round: the alerts the articles stored since the last round raise. */
export async function checkAlerts(store: Store): Promise<CheckResult> {
  if (!(await uncheckedCount(store.db))) return { checked: 0, alerts: [] };
  const articles = await store.loadSituationArticles();
  const checked = await checkedArticles(store.db);
  const fresh = new Set(articles.filter((a) => !checked.has(a.id)).map((a) => a.id));
  if (!fresh.size) return { checked: 0, alerts: [] };
  const drafts = alertDrafts(buildSituation(articles), articles, fresh);
  const texts = new Map<string, Parameters<typeof evidenceSentence>[0] | null>();
  const resolved: AlertDraft[] = [];
  for (const d of drafts) {
    const id = d.evidence.article;
    if (!texts.has(id)) texts.set(id, (await store.getArticle(id))?.extraction ?? null);
    const x = texts.get(id);
    if (!x) continue; // deleted meanwhile
    resolved.push({ ...d, evidence: { article: id, ...evidenceSentence(x, d.evidence.start, d.evidence.end) } });
  }
  return { checked: fresh.size, alerts: await saveAlerts(store.db, resolved, [...fresh]) };
}

export interface DeliveryResult {
  delivered: number;
  error?: string;
}

/** Sends undelivered alerts to the webhook, oldest first, until none is left or a POST fails. */
export async function deliverAlerts(store: Store, webhook: string, opts: PostOptions = {}): Promise<DeliveryResult> {
  let delivered = 0;
  for (;;) {
    const batch = await undelivered(store.db);
    if (!batch.length) return { delivered };
    const seqs = batch.map((a) => a.seq);
    try {
      await postJson(webhook, { source: "lagebild", alerts: batch }, opts);
    } catch (e) {
      const error = (e as Error).message.split("\n")[0]!;
      await markDelivery(store.db, seqs, error);
      return { delivered, error };
    }
    await markDelivery(store.db, seqs);
    delivered += batch.length;
  }
}

export interface WatchOptions {
  /** The webhook URL (serve --alert-webhook, LAGEBILD_ALERT_WEBHOOK); none: alerts are only stored. */
  webhook?: string | null;
  /** Pause between rounds (ms, default 3000). */
  intervalMs?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  post?: PostOptions;
}

/** Checks for alerts and delivers them until the signal aborts. */
export async function watchAlerts(store: Store, opts: WatchOptions = {}): Promise<void> {
  const log = opts.log ?? (() => undefined);
  let lastError = "";
  while (!opts.signal?.aborted) {
    const t0 = Date.now();
    try {
      const r = await checkAlerts(store);
      if (r.alerts.length) log(`alerts: ${r.alerts.length} new (${r.checked} article(s) checked)`);
      if (opts.webhook) {
        const d = await deliverAlerts(store, opts.webhook, opts.post);
        if (d.error && d.error !== lastError) log(`alerts: webhook: ${d.error}`);
        lastError = d.error ?? "";
      }
    } catch (e) {
      if (opts.signal?.aborted) break;
      log(`alerts: ${(e as Error).message.split("\n")[0]}`);
    }
    // a round over a large store takes a while (the situation over 10,000 articles ~1 s): rest at least three times as long
    await sleep(Math.max(opts.intervalMs ?? 3000, 3 * (Date.now() - t0)), undefined, { signal: opts.signal }).catch(() => undefined);
  }
}
