// Ingest: files, folders, JSONL/JSON article records, HTML pages, URLs and RSS/Atom feeds into the
// store. Each article is read (src/ingest), checked against the store (URL, content hash) before the
// costly extraction, extracted (src/extract) and stored in one transaction with its extraction.
// Part of src/jobs (the work around the store). Public: expandPaths, readItems, readItemsOf (also "-" for stdin), dateInName,
// feedItemOutlet, sameSite, ingestItem, ingestPaths, ingestFeed; IngestItem is also the payload of queued jobs (worker.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { decodeText, MAX_INPUT_BYTES, readSourceText } from "../ingest/source.js";
import { InputError } from "../ingest/errors.js";
import { parseArticle, type ParsedArticle } from "../ingest/index.js";
import { extractParsed } from "../extract/index.js";
import { isCalendarDay } from "../extract/record.js";
import { Extraction, type Lang } from "../schema/index.js";
import { contentHash, type Store } from "../store/index.js";
import { safeFetch, type FetchOptions } from "./fetch.js";

/** One article to ingest (serialisable: it is also the payload of queued jobs). */
export interface IngestItem {
  /** text/html/json: content holds the article; url: fetch it; extraction: an exported extraction (JSONL export) */
  kind: "text" | "html" | "json" | "url" | "extraction";
  content?: string;
  /** Where it came from, for messages: "file.txt", "dump.jsonl:12", a URL. */
  origin: string;
  url?: string | null;
  outlet?: string | null;
  /** Publication day from the item itself (feed entry, record). */
  published?: string | null;
  title?: string | null;
  /** The file's modification day: the last-resort publication date. */
  mtime?: string | null;
  /** A date written in the file name (dump-2022-01-08.txt): used before the modification day. */
  nameDate?: string | null;
  warnings?: string[];
}

export interface IngestOptions {
  /** --published: publication day for files and pages that carry none (overrides the text's own date for plain files). */
  published?: string;
  lang?: Lang;
  fetch?: FetchOptions;
  /** Runs the extraction elsewhere (serve: on its extraction threads); default: here, with extractParsed. */
  extractor?: (parsed: ParsedArticle, published: string | undefined) => Promise<Extraction>;
}

export type IngestStatus = "new" | "duplicate" | "failed" | "skipped";

export interface IngestOutcome {
  origin: string;
  status: IngestStatus;
  id?: string;
  reason?: string;
  warnings: string[];
}

export interface IngestSummary {
  new: number;
  duplicate: number;
  failed: number;
  skipped: number;
  outcomes: IngestOutcome[];
  seconds: number;
}

const TEXT_EXT = new Set([".txt", ".text", ".md"]);
const HTML_EXT = new Set([".html", ".htm", ".xhtml"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);
/** Extensions taken from folders. Single .json files are read only when named: folders often hold JSON that is not articles (metadata, annotations). */
const FOLDER_EXT = new Set([...TEXT_EXT, ...HTML_EXT, ...JSONL_EXT]);

/** The path that names stdin ("lagebild ingest -"). */
const STDIN = "-";

/** Files to read for the given paths ("-" for stdin kept as it is): files as given, folders walked (sorted, hidden entries skipped; text, HTML and JSONL files). */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (FOLDER_EXT.has(extname(name).toLowerCase())) out.push(p);
    }
  };
  if (paths.filter((p) => p === STDIN).length > 1) throw new InputError("stdin (-) can be given only once");
  for (const p of paths) {
    if (/^https?:\/\//i.test(p) || p === STDIN) {
      out.push(p);
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(`cannot read ${p}: no such file or folder`);
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The articles in one file (or URL): one for text/HTML, one per line for JSONL, one per element for a JSON array. */
export function readItems(path: string): IngestItem[] {
  if (/^https?:\/\//i.test(path)) return [{ kind: "url", origin: path, url: path }];
  const st = statSync(path);
  if (st.size > MAX_INPUT_BYTES * (JSONL_EXT.has(extname(path).toLowerCase()) ? 50 : 1)) throw new InputError(`${path} is too large (${(st.size / 1048576).toFixed(1)} MB)`);
  const warnings: string[] = [];
  const text = decodeText(readFileSync(path), path, warnings);
  return itemsFromText(text, { origin: path, ext: extname(path).toLowerCase(), mtime: isoDay(st.mtime), nameDate: dateInName(basename(path)), warnings });
}

/** The items of a path, where "-" is stdin: JSONL records, a JSON array or record, or one article ("cat a.txt | lagebild ingest -"). */
export async function readItemsOf(path: string): Promise<IngestItem[]> {
  if (path !== STDIN) return readItems(path);
  const { text, warnings } = await readSourceText(STDIN);
  const trimmed = text.trim();
  const lines = trimmed.split("\n").filter((l) => l.trim());
  const ext = trimmed.startsWith("[") ? ".json" : lines.length > 1 && lines.every((l) => l.trim().startsWith("{")) ? ".jsonl" : trimmed.startsWith("{") ? ".json" : "";
  return itemsFromText(text, { origin: "stdin", ext, mtime: null, nameDate: null, warnings });
}

/** Where a text came from and what its name says about it. */
interface TextSource { origin: string; ext: string; mtime: string | null; nameDate: string | null; warnings: string[] }

/** The items a text holds, by its extension: JSONL lines, a JSON array or record, an HTML page or plain text. */
function itemsFromText(text: string, source: TextSource): IngestItem[] {
  const { origin: path, ext, mtime, nameDate, warnings } = source;
  if (JSONL_EXT.has(ext)) {
    const items: IngestItem[] = [];
    text.split("\n").forEach((line, i) => {
      if (line.trim()) items.push(jsonItem(line, `${path}:${i + 1}`));
    });
    return items;
  }
  if (ext === ".json") {
    const t = text.trim();
    if (t.startsWith("[")) {
      let arr: unknown;
      try {
        arr = JSON.parse(t);
      } catch (e) {
        throw new InputError(`${path} is not valid JSON: ${(e as Error).message.split("\n")[0]}`);
      }
      if (!Array.isArray(arr)) throw new InputError(`${path}: expected an array of article records`);
      return arr.map((r, i) => jsonItem(JSON.stringify(r), `${path}[${i}]`));
    }
    return [jsonItem(t, path)];
  }
  const kind = HTML_EXT.has(ext) ? "html" : TEXT_EXT.has(ext) ? "text" : /^\s*</.test(text) ? "html" : "text";
  return [{ kind, content: text, origin: path, mtime, nameDate, warnings }];
}

const NAME_DATE = /(?:^|[^0-9])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![0-9])/;
/** A YYYY-MM-DD date in a file name, when it is a real calendar day. */
export function dateInName(name: string): string | null {
  const m = NAME_DATE.exec(name);
  if (!m) return null;
  const d = `${m[1]}-${m[2]}-${m[3]}`;
  return isCalendarDay(d) ? d : null;
}

/** A JSON line: an article record ({url, outlet, published, title, text|html}) or an exported extraction. */
function jsonItem(line: string, origin: string): IngestItem {
  let data: Record<string, unknown> | null = null;
  try {
    const v = JSON.parse(line) as unknown;
    if (v && typeof v === "object" && !Array.isArray(v)) data = v as Record<string, unknown>;
  } catch {
    // reported when the item is ingested
  }
  if (data && data.version === 1 && typeof data.text === "string" && data.article && typeof data.article === "object") return { kind: "extraction", content: line, origin };
  return { kind: "json", content: line, origin, url: data && typeof data.url === "string" ? data.url : null };
}

function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** True when a feed item's link is on the feed's own site ("www.example.org" and "example.org" are one). */
export function sameSite(feedUrl: string, link: string | null): boolean {
  const feedHost = outletFromUrl(feedUrl), linkHost = outletFromUrl(link);
  return !!feedHost && !!linkHost && (feedHost === linkHost || linkHost.endsWith(`.${feedHost}`) || feedHost.endsWith(`.${linkHost}`));
}

/** The outlet of a feed item: the feed's title for its own site's links, the link's site for an aggregator's ("news.example" -> "andere-zeitung.example"). */
export function feedItemOutlet(feedUrl: string, feedTitle: string | undefined, link: string | null): string | null {
  return sameSite(feedUrl, link) || !link ? feedTitle ?? outletFromUrl(link) : outletFromUrl(link);
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split("\n")[0]!;
}

/** Ingests one item: read, dedup check, extract, store. Never throws for a bad article (the outcome says why). */
export async function ingestItem(store: Store, item: IngestItem, opts: IngestOptions = {}): Promise<IngestOutcome> {
  const warnings = [...(item.warnings ?? [])];
  try {
    if (item.kind === "extraction") {
      const r = Extraction.safeParse(JSON.parse(item.content ?? ""));
      if (!r.success) return { origin: item.origin, status: "failed", reason: `invalid extraction: ${r.error.issues[0]?.path.join(".")} ${r.error.issues[0]?.message}`, warnings };
      const res = await store.storeExtraction(r.data, { origin: item.origin });
      return { origin: item.origin, status: res.status, id: res.id, warnings };
    }
    let kind = item.kind;
    let content = item.content ?? "";
    let url = item.url ?? null;
    if (kind === "url") {
      if (!url) return { origin: item.origin, status: "failed", reason: "no URL", warnings };
      const dup = await store.findDuplicate({ url });
      if (dup) return { origin: item.origin, status: "duplicate", id: dup, warnings };
      const page = await safeFetch(url, { ...opts.fetch, accept: ["text/html", "application/xhtml", "text/plain"] });
      content = page.body;
      kind = page.contentType.startsWith("text/plain") ? "text" : "html";
      url = page.url === url ? url : page.url;
    }
    const explicit = kind === "json" ? undefined : opts.published;
    let parsed: ParsedArticle = parseArticle(content, { format: kind as "text" | "html" | "json", lang: opts.lang, published: explicit, url: url ?? undefined });
    warnings.push(...parsed.warnings);
    if (item.title && !parsed.article.title) parsed = { ...parsed, article: { ...parsed.article, title: item.title } };
    url = parsed.article.url ?? url;
    const outlet = item.outlet ?? parsed.article.outlet ?? outletFromUrl(url);
    let published = parsed.article.published ?? item.published?.slice(0, 10) ?? opts.published ?? parsed.article.updated?.slice(0, 10) ?? null;
    if (!published && item.nameDate) {
      published = item.nameDate;
      warnings.push(`no publication date in the text: using the date in the file name, ${item.nameDate} (give --published to set it)`);
    }
    if (!published && item.mtime) {
      published = item.mtime;
      warnings.push(`no publication date: using the file's modification day ${item.mtime} (give --published)`);
    }
    const dup = await store.findDuplicate({ url, outlet, hash: contentHash(parsed.text) });
    if (dup) return { origin: item.origin, status: "duplicate", id: dup, warnings };
    const ready: ParsedArticle = { ...parsed, article: { ...parsed.article, url, outlet, published } };
    const extraction = opts.extractor ? await opts.extractor(ready, published ?? undefined) : extractParsed(ready, { published: published ?? undefined }).extraction;
    const res = await store.storeExtraction(extraction, { url, outlet, origin: item.origin });
    return { origin: item.origin, status: res.status, id: res.id, warnings };
  } catch (e) {
    return { origin: item.origin, status: "failed", reason: firstLine(e), warnings };
  }
}

export interface Progress {
  start(total: number): void;
  /** More items than counted at the start (a JSONL file holds many articles). */
  grow?(extra: number): void;
  tick(outcome: IngestOutcome): void;
  stop(): void;
}

function emptySummary(): IngestSummary {
  return { new: 0, duplicate: 0, failed: 0, skipped: 0, outcomes: [], seconds: 0 };
}

function count(s: IngestSummary, o: IngestOutcome): void {
  s[o.status]++;
  s.outcomes.push(o);
}

/** Ingests files, folders and URLs. Files that cannot be read count as failed; the run goes on. */
export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions & { progress?: Progress } = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const summary = emptySummary();
  const files = expandPaths(paths);
  // Items are read file by file so that a large folder is not held in memory at once; the
  // progress total counts files (JSONL lines are ticked as they come).
  opts.progress?.start(files.length);
  for (const f of files) {
    let items: IngestItem[];
    try {
      items = await readItemsOf(f);
    } catch (e) {
      const o: IngestOutcome = { origin: f, status: "failed", reason: firstLine(e), warnings: [] };
      count(summary, o);
      opts.progress?.tick(o);
      continue;
    }
    if (!items.length) {
      opts.progress?.tick({ origin: f, status: "skipped", reason: "no articles", warnings: [] });
      continue;
    }
    if (items.length > 1) opts.progress?.grow?.(items.length - 1);
    for (const item of items) {
      const o = await ingestItem(store, item, opts);
      count(summary, o);
      opts.progress?.tick(o);
    }
  }
  opts.progress?.stop();
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** Fetches an RSS/Atom feed and ingests its entries (full content when the feed carries it, else the linked page). */
export async function ingestFeed(store: Store, feedUrl: string, opts: IngestOptions & { progress?: Progress } = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const summary = emptySummary();
  const { default: Parser } = await import("rss-parser");
  let feed: Awaited<ReturnType<InstanceType<typeof Parser>["parseString"]>>;
  try {
    const res = await safeFetch(feedUrl, { ...opts.fetch, accept: ["application/rss", "application/atom", "application/xml", "text/xml", "application/feed", "text/html", "text/plain"] });
    feed = await new Parser({ customFields: { item: ["content:encoded"] } }).parseString(res.body);
  } catch (e) {
    await store.addFeed(feedUrl).catch(() => undefined);
    await store.markFeed(feedUrl, firstLine(e)).catch(() => undefined);
    count(summary, { origin: feedUrl, status: "failed", reason: `feed: ${firstLine(e)}`, warnings: [] });
    summary.seconds = (performance.now() - t0) / 1000;
    return summary;
  }
  await store.addFeed(feedUrl, feed.title ?? null);
  const entries = feed.items ?? [];
  opts.progress?.start(entries.length);
  for (const it of entries) {
    const rec = it as typeof it & { "content:encoded"?: string };
    const body = rec["content:encoded"] ?? it.content ?? "";
    const plain = body.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
    const link = it.link ?? null;
    const item: IngestItem =
      plain.length >= 600 || !link
        ? { kind: "html", content: `<html><head><title>${escapeHtml(it.title ?? "")}</title></head><body><article><h1>${escapeHtml(it.title ?? "")}</h1>${body}</article></body></html>`, origin: link ?? `${feedUrl}#${it.guid ?? it.title}`, url: link, outlet: feedItemOutlet(feedUrl, feed.title, link), published: it.isoDate ?? null, title: it.title ?? null }
        : { kind: "url", origin: link, url: link, outlet: sameSite(feedUrl, link) ? feed.title ?? outletFromUrl(link) : null, published: it.isoDate ?? null, title: it.title ?? null };
    if (!plain && !link) {
      const o: IngestOutcome = { origin: item.origin, status: "skipped", reason: "entry has neither content nor link", warnings: [] };
      count(summary, o);
      opts.progress?.tick(o);
      continue;
    }
    const o = await ingestItem(store, item, opts);
    count(summary, o);
    opts.progress?.tick(o);
  }
  opts.progress?.stop();
  await store.markFeed(feedUrl, null);
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
