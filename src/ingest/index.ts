// Article reader: turns raw input (plain text, HTML, a JSON record) into an Article plus the text
// that all annotation offsets refer to, cut into structural blocks.
import { ArticleRecord, LANGS, type Article, type Lang } from "../schema/index.js";
import type { Block } from "../nlp/document.js";
import { BUDGETS, codePointBoundary } from "../nlp/budget.js";
import { InputError } from "./errors.js";
import { parseLayout, unwrapHardWraps, type LineHint } from "./layout.js";
import { detectLanguage } from "./language.js";
import { hasLanguage } from "../lang/registry.js";
import { cuesFor, findDateTime } from "./cues.js";
// html.ts loads jsdom only inside parseHtml, so importing it costs plain-text runs nothing
import { parseHtml, type HtmlMeta } from "./html.js";

export { InputError };

export interface ParsedArticle {
  article: Article;
  /** The text the pipeline runs on; block offsets refer to it. */
  text: string;
  blocks: Block[];
  language: Lang;
  warnings: string[];
}

export type InputFormat = "text" | "html" | "json";

export interface ParseOptions {
  /** Forces the language (else detected). */
  lang?: Lang;
  /** Publication day YYYY-MM-DD. */
  published?: string;
  /** Input format; "auto" sniffs it. */
  format?: "auto" | InputFormat;
  url?: string;
  /** Warnings from reading the input (e.g. a Latin-1 file decoded), passed through to the result. */
  inputWarnings?: string[];
}

/** An object (or array of objects) whose first key is quoted: '{"text": ...', not "{Eilmeldung} ...". */
const JSON_START = /^\[?\s*\{\s*(?:"|\}|$)/;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|meta|title|header)\b/i;
const HTML_TAG = /<\/?(?:p|div|br|span|a|h[1-6]|article|section|li|ul|figure|img|script|meta|link)\b[^>]*>/gi;

/** Guesses the input format from its first characters. */
export function sniffFormat(input: string): InputFormat {
  const head = input.slice(0, 4096);
  const t = head.trimStart();
  if (JSON_START.test(t)) return "json";
  if (HTML_START.test(head)) return "html";
  const tags = head.match(HTML_TAG);
  if (tags && tags.length >= 4) return "html";
  return "text";
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SURROGATE_WARNING = "the input holds lone UTF-16 surrogates; they were replaced by U+FFFD";

/** Replaces lone UTF-16 surrogates ("\uD800" alone) by U+FFFD, which every store and JSON reader accepts; warns once. */
export function wellFormed(text: string, warnings: string[]): string {
  LONE_SURROGATE.lastIndex = 0;
  if (!LONE_SURROGATE.test(text)) return text;
  if (!warnings.includes(SURROGATE_WARNING)) warnings.push(SURROGATE_WARNING);
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

function parseRecord(input: string, warnings: string[]): ArticleRecord {
  const t = input.trim();
  let data: unknown;
  try {
    data = JSON.parse(t, (_key, value: unknown) => (typeof value === "string" ? wellFormed(value, warnings) : value)); // "\\ud800" escapes make lone surrogates
  } catch (e) {
    const lines = t.split("\n").filter((l) => l.trim());
    if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith("{"))) {
      throw new InputError(`the input holds ${lines.length} JSON lines (JSONL); extract reads one article record — import JSONL into the store instead`);
    }
    const msg = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    throw new InputError(`the input is not valid JSON: ${msg}`);
  }
  if (Array.isArray(data)) {
    if (data.length !== 1) throw new InputError(`the input is a JSON array of ${data.length} items; extract reads one article record`);
    data = data[0];
  }
  if (!data || typeof data !== "object") throw new InputError("the JSON input is not an article record (expected an object with text or html)");
  const rec = data as Record<string, unknown>;
  if (typeof rec.text !== "string" && typeof rec.html !== "string") {
    throw new InputError(
      typeof rec.url === "string"
        ? "the JSON record has a url but no text or html; extract does not fetch pages — include the text"
        : "the JSON record has no text or html field",
    );
  }
  if (typeof rec.language === "string" && !(LANGS as readonly string[]).includes(rec.language)) {
    warnings.push(`the record's language "${rec.language}" is not supported (supported: ${LANGS.join(", ")}); detecting the language from the text`);
    delete rec.language;
  }
  const r = ArticleRecord.safeParse(rec);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new InputError(`the JSON record is invalid: ${issue?.path.join(".") || "record"}: ${issue?.message ?? "does not match"}`);
  }
  if (!(r.data.text ?? r.data.html ?? "").trim()) throw new InputError("the JSON record's text is empty");
  return r.data;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;
const ISO_MINUTE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/;

/** A page's date string as YYYY-MM-DD (ISO or a written date in the article's language). */
function dayOf(s: string | null | undefined, lang: Lang): string | null {
  if (!s) return null;
  const m = ISO_DAY.exec(s.trim());
  if (m) return m[1];
  return findDateTime(s, cuesFor(lang))?.date ?? null;
}
function minuteOf(s: string | null | undefined, lang: Lang): string | null {
  if (!s) return null;
  const m = ISO_MINUTE.exec(s.trim());
  if (m) return `${m[1]}T${m[2]}`;
  const d = findDateTime(s, cuesFor(lang));
  return d ? (d.time ? `${d.date}T${d.time}` : d.date) : null;
}

function chooseLanguage(text: string, opts: ParseOptions, declared: string | null | undefined, warnings: string[]): Lang {
  if (opts.lang) return opts.lang;
  const supported = declared && hasLanguage(declared) ? (declared as Lang) : undefined;
  const det = detectLanguage(text, supported ?? "de");
  if (supported && det.detected === "") return supported; // too short to tell: trust the declaration
  warnings.push(...det.warnings);
  return det.lang;
}


/** Keeps only http(s) article URLs: "javascript:alert(1)" from a record or og:url is dropped with a warning. */
function webUrl(url: string | null, warnings: string[]): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") return url;
  } catch {
    // not a URL at all
  }
  warnings.push(`the article URL "${url.slice(0, 80)}" is not an http(s) address; it was dropped`);
  return null;
}

/** Cuts a text longer than BUDGETS.textChars at its last paragraph (else line, else word) break before the limit. */
function withinTextBudget(text: string, warnings: string[]): string {
  if (text.length <= BUDGETS.textChars) return text;
  const head = text.slice(0, codePointBoundary(text, BUDGETS.textChars));
  const cut = [head.lastIndexOf("\n\n"), head.lastIndexOf("\n"), head.lastIndexOf(" ")].find((k) => k > BUDGETS.textChars / 2) ?? head.length;
  warnings.push(`the text is ${text.length} characters long; only the first ${cut} (budget ${BUDGETS.textChars}) were read`);
  return head.slice(0, cut);
}

/** Reads one article: plain text, an HTML page or a JSON record ({url, outlet, published, title, text|html}). */
export function parseArticle(input: string, opts: ParseOptions = {}): ParsedArticle {
  const warnings: string[] = [...(opts.inputWarnings ?? [])];
  const normalized = wellFormed(input, warnings).replace(/\r\n?/g, "\n");
  if (!normalized.trim()) throw new InputError("the input is empty");
  const format = opts.format && opts.format !== "auto" ? opts.format : sniffFormat(normalized);

  let record: ArticleRecord | undefined;
  let body = normalized;
  let bodyFormat: "text" | "html" = format === "html" ? "html" : "text";
  if (format === "json") {
    record = parseRecord(normalized, warnings);
    if (typeof record.text === "string" && record.text.trim()) {
      body = record.text.replace(/\r\n?/g, "\n");
      bodyFormat = "text";
    } else {
      body = (record.html ?? "").replace(/\r\n?/g, "\n");
      bodyFormat = "html";
    }
  }

  let text: string;
  let hints: Map<number, LineHint> | undefined;
  let page: HtmlMeta | undefined;
  if (bodyFormat === "html") {
    const html = parseHtml(body, opts.url ?? record?.url);
    warnings.push(...html.warnings);
    text = html.text;
    hints = html.hints;
    page = html.meta;
  } else {
    // hard-wrapped paragraphs are joined (newline -> space, offsets unchanged)
    text = unwrapHardWraps(body);
    if (!text.trim()) throw new InputError("the input has no text");
    const title = record?.title?.trim();
    if (title && !text.trimStart().startsWith(title)) {
      text = `${title}\n\n${text}`;
      hints = new Map([[0, "title" as LineHint]]);
    }
  }

  text = withinTextBudget(text, warnings);
  const language = chooseLanguage(text, opts, record?.language ?? page?.lang, warnings);
  const layout = parseLayout(text, language, hints);
  if (!layout.blocks.length) throw new InputError("the input holds no readable text");

  const published = opts.published ?? dayOf(record?.published, language) ?? dayOf(page?.published, language) ?? layout.published;
  const updated = minuteOf(page?.modified, language) ?? layout.updated;
  const authors = [...(page?.authors ?? []), ...layout.authors.filter((a) => !page?.authors.includes(a))];
  const article: Article = {
    url: webUrl(opts.url ?? record?.url ?? page?.url ?? null, warnings),
    outlet: record?.outlet ?? page?.outlet ?? layout.outlet ?? null,
    language,
    kicker: layout.kicker,
    title: layout.title,
    teaser: layout.teaser,
    published,
    updated,
    timezone: layout.updated && updated === layout.updated ? layout.timezone : null,
    credits: layout.credits,
    captions: layout.captions,
    sections: layout.sections,
    embeds: layout.embeds,
    broadcast: layout.broadcast,
    authors,
  };
  return { article, text, blocks: layout.blocks, language, warnings };
}

