// HTML reader: the main text via @mozilla/readability on jsdom, metadata from JSON-LD (NewsArticle),
// OpenGraph and meta tags. The readable content becomes a text with one line per paragraph, heading
// or caption, plus hints that tell the layout reader which line is which. jsdom is loaded lazily
// (synchronously, through require) so plain-text runs never pay for it.
import { createRequire } from "node:module";
import { InputError } from "./errors.js";
import type { LineHint } from "./layout.js";

const require = createRequire(import.meta.url);

export interface HtmlMeta {
  title: string | null;
  description: string | null;
  /** ISO date-time strings as given by the page. */
  published: string | null;
  modified: string | null;
  authors: string[];
  outlet: string | null;
  url: string | null;
  /** The page's declared language (html lang, og:locale, inLanguage), lower-case primary subtag. */
  lang: string | null;
}

/** The document's <title> without a trailing " | Outlet" / " - Outlet". */
function cleanDocTitle(doc: Document): string | null {
  const t = norm(doc.title);
  if (!t) return null;
  const parts = t.split(/\s+[|–—-]\s+/);
  return parts.length > 1 && parts[0].length >= 10 ? parts[0] : t;
}

export interface HtmlArticle {
  text: string;
  hints: Map<number, LineHint>;
  meta: HtmlMeta;
}

/** Fewer readable characters than this: the page holds no article. */
const MIN_ARTICLE_CHARS = 80;

const BLOCK_TAGS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "FIGCAPTION", "BLOCKQUOTE", "PRE", "DD", "DT", "CAPTION", "TD", "TH"]);
const CONTAINER_TAGS = new Set(["DIV", "SECTION", "ARTICLE", "MAIN", "UL", "OL", "DL", "FIGURE", "TABLE", "TBODY", "THEAD", "TR", "HEADER", "FOOTER", "ASIDE", "BLOCKQUOTE", "SPAN"]);
const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Report|Scholarly|Tech|Satirical|Advertiser)?Article$|^BlogPosting$|^LiveBlogPosting$|^WebPage$/;

/** Page furniture dropped when the whole body is read as a fallback. */
const FURNITURE = "nav, header, footer, aside, form, script, style, noscript, template, iframe, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

type Json = unknown;
function asArray(x: Json): Json[] {
  return Array.isArray(x) ? x : x == null ? [] : [x];
}
function nameOf(x: Json): string | null {
  if (typeof x === "string") return norm(x) || null;
  if (x && typeof x === "object" && "name" in x) return nameOf((x as { name: Json }).name);
  return null;
}

function jsonLd(doc: Document): Record<string, Json> | null {
  let best: Record<string, Json> | null = null;
  let bestRank = 99;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: Json;
    try {
      data = JSON.parse(s.textContent ?? "");
    } catch {
      continue;
    }
    const queue = asArray(data);
    while (queue.length) {
      const o = queue.shift();
      if (!o || typeof o !== "object") continue;
      const rec = o as Record<string, Json>;
      if (rec["@graph"]) queue.push(...asArray(rec["@graph"]));
      const types = asArray(rec["@type"]).filter((t): t is string => typeof t === "string");
      const rank = types.some((t) => /NewsArticle$/.test(t)) ? 0 : types.some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage") ? 1 : types.includes("WebPage") ? 2 : 99;
      if (rank < bestRank) {
        best = rec;
        bestRank = rank;
      }
    }
  }
  return best;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = norm(el?.getAttribute("content"));
    if (v) return v;
  }
  return null;
}

function readMeta(doc: Document, url: string | undefined): HtmlMeta {
  const ld = jsonLd(doc);
  const str = (x: Json) => (typeof x === "string" ? norm(x) || null : null);
  const authors: string[] = [];
  for (const a of asArray(ld?.author)) {
    const n = nameOf(a);
    if (n && !authors.includes(n)) authors.push(n);
  }
  if (!authors.length) {
    const a = metaContent(doc, "author", "article:author", "dc.creator", "DC.creator");
    if (a && !/^https?:/.test(a)) authors.push(a);
  }
  const langAttr = doc.documentElement.getAttribute("lang") ?? str(ld?.inLanguage) ?? metaContent(doc, "og:locale", "language", "content-language");
  return {
    title: str(ld?.headline) ?? metaContent(doc, "og:title", "twitter:title"),
    description: str(ld?.description) ?? metaContent(doc, "og:description", "description", "twitter:description"),
    published:
      str(ld?.datePublished) ??
      metaContent(doc, "article:published_time", "datePublished", "date", "dc.date", "DC.date.issued", "pubdate") ??
      (norm(doc.querySelector("article time[datetime], time[pubdate][datetime], time[datetime]")?.getAttribute("datetime")) || null),
    modified: str(ld?.dateModified) ?? metaContent(doc, "article:modified_time", "dateModified", "og:updated_time", "last-modified"),
    authors,
    outlet: nameOf(ld?.publisher) ?? metaContent(doc, "og:site_name", "application-name"),
    url: url ?? metaContent(doc, "og:url") ?? doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
    lang: langAttr ? langAttr.toLowerCase().split(/[-_]/)[0] : null,
  };
}

interface Piece {
  text: string;
  hint: LineHint;
}

/** Walks the readable content: one piece per paragraph, heading, list item or caption. */
function collect(el: Element, out: Piece[]): void {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) {
      const t = norm(node.textContent);
      if (t.length > 1) out.push({ text: t, hint: "paragraph" });
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.tagName;
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") continue;
    const hasBlockChild = Array.from(child.children).some((c) => BLOCK_TAGS.has(c.tagName) || (CONTAINER_TAGS.has(c.tagName) && c.tagName !== "SPAN"));
    if (BLOCK_TAGS.has(tag) && !hasBlockChild) {
      const t = norm(child.textContent);
      if (!t) continue;
      const hint: LineHint = /^H[1-6]$/.test(tag) ? "heading" : tag === "FIGCAPTION" || tag === "CAPTION" ? "caption" : "paragraph";
      out.push({ text: t, hint });
    } else if (hasBlockChild || CONTAINER_TAGS.has(tag)) {
      collect(child, out);
    } else {
      const t = norm(child.textContent);
      if (t) out.push({ text: t, hint: "paragraph" });
    }
  }
}

/** Parses an HTML page into article text with line hints and metadata. */
export function parseHtml(html: string, url?: string): HtmlArticle {
  const { JSDOM, VirtualConsole } = require("jsdom") as typeof import("jsdom");
  const { Readability } = require("@mozilla/readability") as typeof import("@mozilla/readability");
  const virtualConsole = new VirtualConsole(); // swallow jsdom's CSS and script complaints
  let dom: InstanceType<typeof JSDOM>;
  try {
    dom = new JSDOM(html, { url: url && /^https?:\/\//.test(url) ? url : "https://article.invalid/", virtualConsole });
  } catch (e) {
    throw new InputError(`the HTML could not be parsed: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
  }
  const doc = dom.window.document;
  const meta = readMeta(doc, url);
  type Readable = { title?: string | null; content?: unknown; textContent?: string | null; byline?: string | null; siteName?: string | null };
  const readable = (): Readable | null => {
    try {
      return new Readability(doc, { serializer: (el: Node) => el, charThreshold: 200 }).parse() as Readable | null;
    } catch {
      return null;
    }
  };
  const parsed = readable();
  const content = parsed?.content as Element | undefined;
  let pieces: Piece[] = [];
  if (content && typeof content === "object" && "childNodes" in content) {
    for (const br of Array.from(content.querySelectorAll("br"))) br.replaceWith(" ");
    // a standalone <time> is page metadata, not text
    for (const tm of Array.from(content.querySelectorAll("time"))) if (!tm.closest("p, li, figcaption")) tm.remove();
    collect(content, pieces);
  }
  const bodyChars = (ps: Piece[]) => ps.filter((p) => p.hint !== "heading").reduce((n, p) => n + p.text.length, 0);
  if (bodyChars(pieces) < MIN_ARTICLE_CHARS) {
    // Readability found nothing (often broken markup): fall back to the page body without its furniture
    const fallback = new JSDOM(html, { virtualConsole }).window.document;
    for (const el of Array.from(fallback.querySelectorAll(FURNITURE))) el.remove();
    const alt: Piece[] = [];
    for (const br of Array.from(fallback.querySelectorAll("br"))) br.replaceWith(" ");
    if (fallback.body) collect(fallback.body, alt);
    if (bodyChars(alt) > bodyChars(pieces)) pieces = alt;
  }
  if (bodyChars(pieces) < MIN_ARTICLE_CHARS) throw new InputError("no article text found in the HTML (the page has no readable main content)");

  // no headline in the metadata: the page's first heading, else Readability's or the document's title
  if (!meta.title && pieces[0]?.hint === "heading") meta.title = pieces[0].text;
  if (!meta.title && parsed?.title) meta.title = norm(parsed.title);
  if (!meta.title) meta.title = cleanDocTitle(doc);
  if (!meta.authors.length && parsed?.byline) meta.authors.push(norm(parsed.byline));
  if (!meta.outlet && parsed?.siteName) meta.outlet = norm(parsed.siteName);

  // drop a leading heading that repeats the title; put the title first
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  while (pieces.length && meta.title && pieces[0].hint === "heading" && same(pieces[0].text, meta.title)) pieces.shift();
  // a page heading that ends with the title and holds more: the rest is the kicker ("Topline Title")
  const head: Piece[] = [];
  if (meta.title && pieces.length && pieces[0].hint === "heading") {
    const h = pieces[0].text;
    if (h.length > meta.title.length && h.toLowerCase().endsWith(meta.title.toLowerCase())) {
      const kicker = h.slice(0, h.length - meta.title.length).replace(/[\s:|–—-]+$/, "").trim();
      if (kicker) head.push({ text: kicker, hint: "kicker" });
      pieces.shift();
    }
  }
  const lines: Piece[] = meta.title ? [...head, { text: meta.title, hint: "title" }, ...pieces] : pieces;
  let text = "";
  const hints = new Map<number, LineHint>();
  for (const p of lines) {
    if (text) text += "\n\n";
    hints.set(text.length, p.hint);
    text += p.text;
  }
  dom.window.close();
  return { text, hints, meta };
}
