// Property tests over the reader, the tokenizer, the extraction (library API) and the HTTP API, with
// fast-check: arbitrary and news-like input must never crash, hang or break the contract (the zod
// schemas of src/schema, offsets inside the text, slices equal to the quoted text). Shared by
// `npm run fuzz` (scripts/fuzz.ts, a large budget) and test/fuzz.test.ts (a small one in `npm test`).
import fc from "fast-check";
import { parseArticle } from "../src/ingest/index.js";
import { InputError } from "../src/ingest/errors.js";
import { tokenize } from "../src/nlp/tokenize.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { Document, type Lang } from "../src/nlp/document.js";
import { extract } from "../src/index.js";
import { Article, ErrorBody, Extraction } from "../src/schema/index.js";
import { createApp } from "../src/server/app.js";
import type { Backend } from "../src/server/backend.js";

// ------------------------------------------------------------------ generators

/** Words of the kinds news text is made of (written for these tests), plus characters that broke readers before. */
const WORDS = [
  "Die", "Polizei", "sagte", "am", "Montag", ",", ".", "in", "Beispielstadt", "seien", "300", "Menschen", "festgenommen", "worden",
  "The", "police", "said", "on", "Tuesday", "that", "1,200", "protesters", "were", "arrested", "in", "Exampleton", "according", "to",
  "„", "“", "\"", "«", "»", "(", ")", "–", "—", ":", ";", "?", "!", "…", "Dr.", "z. B.", "U.S.", "08.01.2022", "09:12", "20.000", "2,5",
  "Prozent", "percent", "Mio.", "million", "Tote", "killed", "injured", "Verletzte", "mindestens", "at least", "rund", "about",
  "Bürgermeister", "Innenministerium", "ministry", "sagte", "erklärte", "told", "Reuters", "dpa", "AFP", "laut", "nach Angaben",
  "https://example.org/a?b=c", "info@example.org", "#Hashtag", "@name", "100%", "€", "$", "5 km", "Ex-Premier", "NATO-Generalsekretär",
  "\u00ad", "\u200b", "\ufeff", "\uFFFD", "\uD800", "\uDC00", "😀", "\u0301", "\t", "\n", "\n\n", "\r\n", " ", "<", ">", "&amp;", "&",
  "Berlin,Berlin", "„„„", "...", "----", "1.", "2023", "März", "January", "gestern", "yesterday", "Mittwochabend",
];

/** News-like text: pool words joined with spaces, now and then arbitrary Unicode. */
export const newsText = (maxWords = 80): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) }), { minLength: 1, maxLength: maxWords })
    .map((ws) => ws.join(" "));

/** Any string: arbitrary UTF-16 (lone surrogates included) or news-like text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), newsText());

const TAGS = ["div", "p", "span", "article", "section", "h1", "h2", "li", "ul", "figure", "figcaption", "table", "tr", "td", "script", "style", "a", "br", "time", "main", "header", "nav"];

/** An HTML page: random nesting of common tags around news-like text, sometimes unclosed or broken. */
export const htmlPage: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...TAGS), newsText(20), fc.boolean(), fc.nat({ max: 3 })), { minLength: 1, maxLength: 25 })
  .chain((parts) => fc.tuple(fc.constant(parts), fc.constantFrom("", '<html lang="de">', '<html lang="en">', "<!doctype html><html>"), fc.option(newsText(8))))
  .map(([parts, open, title]) => {
    let body = "";
    for (const [tag, text, close, depth] of parts) body += `${"<div>".repeat(depth)}<${tag}>${text}${close ? `</${tag}>` : ""}${"</div>".repeat(depth)}`;
    const head = title ? `<head><title>${title}</title><meta property="og:url" content="${title.slice(0, 20)}"></head>` : "";
    return `${open}${head}<body>${body}</body></html>`;
  });

/** A JSON article record with arbitrary fields. */
export const jsonRecord: fc.Arbitrary<string> = fc
  .record({ title: fc.option(newsText(8)), text: fc.option(newsText()), html: fc.option(htmlPage), url: fc.option(fc.oneof(fc.webUrl(), fc.constantFrom("javascript:alert(1)", "data:text/html,x", "//x", ""))), outlet: fc.option(fc.string({ maxLength: 20 })), published: fc.option(fc.oneof(fc.constantFrom("2023-03-14", "2023-02-30", "gestern", "1999-12-31T23:59:59Z"), fc.string({ maxLength: 12 }))), language: fc.option(fc.constantFrom("de", "en", "fr", "", "DE")) })
  .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null))));

const lang: fc.Arbitrary<Lang> = fc.constantFrom("de", "en");

// ------------------------------------------------------------------ checks

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${typeof detail === "string" ? detail : JSON.stringify(detail).slice(0, 400)}`);
}

/** Lone surrogates make the store's jsonb insert fail: the reader must have replaced them. */
function wellFormed(what: string, s: string): void {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)) fail(what, "lone surrogate in the output");
}

/** InputError (empty input, no readable text) is an answer; any other error is a crash. */
function answers<T>(run: () => T): T | null {
  try {
    return run();
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}

function inside(what: string, text: string, start: number, end: number, quoted?: string): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) fail(what, { start, end, length: text.length });
  if (quoted !== undefined && text.slice(start, end) !== quoted) fail(`${what} slice`, { start, end, quoted, slice: text.slice(start, end) });
}

/** The reader: any input is read or refused with an InputError; what it reads is a valid, well-formed article. */
export function checkReader(input: string, format: "auto" | "text" | "html" | "json"): void {
  const parsed = answers(() => parseArticle(input, { format, lang: undefined }));
  if (!parsed) return;
  const article = Article.safeParse(parsed.article);
  if (!article.success) fail("article schema", article.error.issues.slice(0, 3));
  wellFormed("reader text", parsed.text);
  const url = parsed.article.url;
  if (url != null && !/^https?:\/\//i.test(url)) fail("url", url);
  for (const b of parsed.blocks) inside("block", parsed.text, b.start, b.end);
}

/** The tokenizer and sentence splitter: tokens in order, inside the text, equal to their slice; sentences cover them. */
export function checkTokens(text: string, language: Lang): void {
  const doc = new Document(text, language);
  doc.tokens = tokenize(text, language);
  let last = 0;
  for (const [k, t] of doc.tokens.entries()) {
    if (t.i !== k) fail("token index", { k, i: t.i });
    if (t.start < last || t.end <= t.start) fail("token order", t);
    inside("token", text, t.start, t.end, t.text);
    last = t.end;
  }
  splitSentences(doc);
  let next = 0;
  for (const s of doc.sentences) {
    if (s.tokenStart !== next || s.tokenEnd <= s.tokenStart) fail("sentence tokens", s);
    inside("sentence", text, s.start, s.end);
    next = s.tokenEnd;
  }
  if (next !== doc.tokens.length) fail("sentences cover the tokens", { next, tokens: doc.tokens.length });
}

/** The extraction through the library API: schema-valid, offsets inside the text and equal to the quoted text. */
export function checkExtraction(input: string, language: Lang | undefined, format: "auto" | "text" | "html" | "json"): void {
  const x = answers(() => extract(input, { lang: language, format, published: "2023-03-14" }));
  if (!x) return;
  const r = Extraction.safeParse(x);
  if (!r.success) fail("extraction schema", r.error.issues.slice(0, 3));
  wellFormed("extraction", JSON.stringify(x));
  const t = x.text;
  for (const s of x.sentences) inside("sentence", t, s.start, s.end, s.text);
  for (const f of x.figures) inside("figure", t, f.start, f.end, f.text);
  for (const c of x.claims) inside("claim", t, c.start, c.end);
  for (const tm of x.times) inside("time", t, tm.start, tm.end, tm.text);
  for (const e of x.entities) for (const m of e.mentions ?? []) inside("mention", t, m.start, m.end, m.text);
}

// ------------------------------------------------------------------ the API

export interface ApiRequest {
  method: string;
  path: string;
  host: string;
  token: "right" | "wrong" | "none";
  contentType: string;
  body: string | null;
}

const PATHS = ["/api/health", "/api/articles", "/api/articles/{id}", "/api/jobs", "/api/jobs/{id}", "/api/feeds", "/api/feeds/{id}", "/api/feeds/{id}/poll", "/api/stories", "/api/stories/{id}", "/api/export", "/openapi.json", "/", "/index.html", "/app/{id}.js", "/vendor/{id}.js", "/geo/countries.json", "/{id}", "/api/{id}"];
const QUERIES = ["", "?limit=5", "?limit=-1", "?limit=abc", "?q={id}", "?format=csv", "?format=jsonl", "?format=geojson&table=claims", "?since=2023-02-30", "?until={id}", "?offset=99999999999999999999", "?language=xx"];

/** Requests as a browser, a script or an attacker might send them (no feed adds and no URL-only records: nothing leaves the machine). */
export const apiRequest: fc.Arbitrary<ApiRequest> = fc
  .record({
    method: fc.constantFrom("GET", "GET", "POST", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS"),
    path: fc.oneof({ weight: 3, arbitrary: fc.constant("/api/articles") }, { weight: 5, arbitrary: fc.constantFrom(...PATHS) }),
    query: fc.constantFrom(...QUERIES),
    id: fc.oneof(fc.constantFrom("0", "-1", "abc", "..%2F..%2Fetc%2Fpasswd", "%00", "%E0%A4%A", "9".repeat(40), "a".repeat(300)), fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), maxLength: 16 })),
    host: fc.oneof({ weight: 6, arbitrary: fc.constantFrom("127.0.0.1", "localhost", "127.0.0.1:8470", "[::1]") }, { weight: 1, arbitrary: fc.constantFrom("127.0.0.1.evil.example", "evil.example", "") }),
    token: fc.oneof({ weight: 6, arbitrary: fc.constant("right" as const) }, { weight: 1, arbitrary: fc.constantFrom("wrong" as const, "none" as const) }),
    contentType: fc.oneof({ weight: 6, arbitrary: fc.constant("application/json") }, { weight: 1, arbitrary: fc.constantFrom("application/x-ndjson", "text/plain", "text/html", "multipart/form-data; boundary=x", "") }),
    body: fc.option(fc.oneof({ weight: 4, arbitrary: jsonRecord.map((r) => r.replace(/^\{/, '{"text":"Die Feuerwehr meldete am Dienstag einen Brand in Beispielstadt, sagte ein Sprecher.",')) }, jsonRecord, fc.array(jsonRecord, { maxLength: 3 }).map((rs) => `[${rs.join(",")}]`), fc.array(jsonRecord, { maxLength: 3 }).map((rs) => rs.join("\n")), anyText, fc.constantFrom("{", "null", "[]", "{}", '{"records":5}', '{"url":"javascript:alert(1)"}'))),
  })
  .map(({ method, path, query, id, host, token, contentType, body }) => ({
    method, host, token, contentType,
    path: (path + query).replaceAll("{id}", id),
    // a record naming only a URL would be fetched: give every record a text
    body: body === null || method === "GET" || method === "HEAD" ? null : body.replace(/"url":"([^"]*)"\}/g, '"url":"$1","text":"Die Polizei sagte am Montag, es bleibe ruhig."}'),
  }))
  .filter((r) => !(r.path.startsWith("/api/feeds") && r.method === "POST" && !r.path.includes("/poll")));

/** The app in process over a given backend: createApp as `serve` builds it (loopback only, token-protected reads). */
export function apiApp(backend: Backend, token: string): ReturnType<typeof createApp> {
  return createApp({ backend, token, loopbackOnly: true, log: () => undefined });
}

/** No 5xx, the security headers, JSON errors that match the Error schema on /api. */
export async function checkApi(app: ReturnType<typeof createApp>, token: string, req: ApiRequest): Promise<number> {
  const headers: Record<string, string> = {};
  if (req.host) headers.Host = req.host;
  if (req.contentType) headers["Content-Type"] = req.contentType;
  if (req.token !== "none") headers.Authorization = `Bearer ${req.token === "right" ? token : "x" + token}`;
  const r = await app.request(`http://${req.host || "127.0.0.1"}${req.path}`, { method: req.method, headers, body: req.body ?? undefined });
  const text = await r.text();
  if (r.status >= 500) fail(`${req.method} ${req.path}: HTTP ${r.status}`, text.slice(0, 300));
  for (const h of ["x-content-type-options", "referrer-policy", "content-security-policy"]) if (!r.headers.get(h)) fail(`${req.method} ${req.path}: no ${h}`, r.status);
  if (r.status >= 400 && req.path.startsWith("/api/") && req.method !== "HEAD") {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      fail(`${req.method} ${req.path}: error ${r.status} is not JSON`, text.slice(0, 200));
    }
    const e = ErrorBody.safeParse(body);
    if (!e.success) fail(`${req.method} ${req.path}: error body`, body);
  }
  return r.status;
}

// ------------------------------------------------------------------ the properties

/** Slowest case per property (CPU ms), and a case costing more than hangMs of CPU fails as a hang. */
export interface Timing {
  hangMs: number;
  slowest: Record<string, number>;
  /** The input of the slowest case per property (its first 300 characters). */
  slowestInput?: Record<string, string>;
  /** How often the API answered each status. */
  statuses?: Record<number, number>;
}

/** CPU milliseconds (user + system) since start: wall time would count the other jobs on a loaded machine. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function timed<T>(timing: Timing, name: string, input: unknown, run: () => T): T {
  const t0 = process.cpuUsage();
  const out = run();
  const ms = cpuMs(t0);
  if (ms > (timing.slowest[name] ?? 0)) (timing.slowestInput ??= {})[name] = JSON.stringify(input).slice(0, 300);
  timing.slowest[name] = Math.max(timing.slowest[name] ?? 0, ms);
  if (ms > timing.hangMs) fail(`${name}: a hang`, `one case took ${Math.round(ms)} ms (limit ${timing.hangMs} ms)`);
  return out;
}

const FORMATS = ["auto", "text", "html", "json"] as const;

/** A turn of the event loop: jsdom frees a closed window's memory only then (6,000 pages in one synchronous loop filled 4 GB). */
const turn = () => new Promise<void>((r) => setImmediate(r));

export const readerProperty = (t: Timing) =>
  fc.asyncProperty(fc.oneof(anyText, htmlPage, jsonRecord), fc.constantFrom(...FORMATS), async (input, format) => {
    timed(t, "reader", [input, format], () => checkReader(input, format));
    await turn();
  });
export const tokenProperty = (t: Timing) => fc.property(anyText, lang, (text, language) => timed(t, "tokenizer", [text, language], () => checkTokens(text, language)));
export const extractProperty = (t: Timing) =>
  fc.asyncProperty(fc.oneof(newsText(120), htmlPage, jsonRecord, anyText), fc.option(lang), fc.constantFrom(...FORMATS), async (input, language, format) => {
    timed(t, "extraction", [input, language, format], () => checkExtraction(input, language ?? undefined, format));
    await turn();
  });
export const apiProperty = (t: Timing, app: ReturnType<typeof createApp>, token: string) =>
  fc.asyncProperty(apiRequest, async (req) => {
    const t0 = process.cpuUsage();
    const status = await checkApi(app, token, req);
    t.statuses = t.statuses ?? {};
    t.statuses[status] = (t.statuses[status] ?? 0) + 1;
    const ms = cpuMs(t0);
    t.slowest.api = Math.max(t.slowest.api ?? 0, ms);
    if (ms > t.hangMs) fail("api: a hang", `${req.method} ${req.path} took ${Math.round(ms)} ms`);
  });
