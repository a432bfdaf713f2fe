// HTML reader: the main text via @mozilla/readability on jsdom, metadata from JSON-LD (NewsArticle),
// OpenGraph and meta tags. The readable content becomes a text with one line per paragraph, heading
// or caption, plus hints that tell the layout reader which line is which. jsdom is loaded lazily
// (synchronously, through require) so plain-text runs never pay for it.
import { createRequire } from "node:module";
import { InputError } from "./errors.js";
import type { LineHint } from "./layout.js";
import { BUDGETS, codePointBoundary, warnOnce } from "../nlp/budget.js";

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
  /** What the budgets cut ("the HTML is nested 1000 deep ..."). */
  warnings: string[];
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

/** The page's <meta> elements, listed once per document (a query per key walked 25,000 elements each time). */
const metaLists = new WeakMap<Document, Element[]>();

function metaContent(doc: Document, ...keys: string[]): string | null {
  let metas = metaLists.get(doc);
  if (!metas) metaLists.set(doc, (metas = Array.from(doc.getElementsByTagName("meta"))));
  for (const k of keys) {
    const el = metas.find((m) => m.getAttribute("property") === k || m.getAttribute("name") === k || m.getAttribute("itemprop") === k);
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

/** Whether a child element passes the test (sibling links, not jsdom's slow live HTMLCollection). */
function someChild(el: Element, test: (child: Element) => boolean): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (test(c)) return true;
  return false;
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
    const hasBlockChild = someChild(child, (c) => BLOCK_TAGS.has(c.tagName) || (CONTAINER_TAGS.has(c.tagName) && c.tagName !== "SPAN"));
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

/**
 * Counts the elements under root and unwraps those nested deeper than maxDepth (their children take
 * their place), iteratively: 1,000 nested <div> cost Readability minutes, 64 cost nothing.
 */
export function flattenDeep(root: Element, maxDepth: number): { elements: number; depth: number; unwrapped: number } {
  const stack: [Element, number, number][] = [[root, 0, 0]];
  const deep: Element[] = [];
  let elements = 0, depth = 0;
  while (stack.length) {
    const [el, d, real] = stack.pop()!;
    elements++;
    depth = Math.max(depth, real);
    const unwrap = d > maxDepth;
    if (unwrap) deep.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, unwrap ? d : d + 1, real + 1]);
  }
  // deepest first, so each unwrap moves a few nodes, never the whole chain below it
  for (let k = deep.length - 1; k >= 0; k--) deep[k]!.replaceWith(...Array.from(deep[k]!.childNodes));
  return { elements, depth, unwrapped: deep.length };
}

const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** An upper estimate of the page's nesting depth from its tags alone (unclosed <p> count as open). */
function tagDepth(html: string): number {
  let depth = 0, max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID_TAGS.has(m[2]!.toLowerCase())) max = Math.max(max, ++depth);
  }
  return max;
}

type P5Node = { nodeName: string; parentNode?: P5Node | null; childNodes?: P5Node[]; content?: P5Node };

/**
 * A page nested deeper than the budget is flattened as parse5 reads it, before jsdom builds it (jsdom
 * overflows its stack at 20,000 nested elements): elements past the depth are unwrapped.
 */
function flattenSource(html: string, warnings: string[]): string {
  if (tagDepth(html) <= BUDGETS.htmlDepth) return html;
  const { parse, serialize } = require("parse5") as { parse(html: string): P5Node; serialize(node: P5Node): string };
  const root = parse(html);
  // depths count from the document node, one above <html> where jsdom's count starts
  const stack: [P5Node, number, number][] = [[root, 0, 0]];
  const deep: P5Node[] = [];
  let depth = 0;
  while (stack.length) {
    const [node, d, real] = stack.pop()!;
    depth = Math.max(depth, real - 1);
    const unwrap = d > BUDGETS.htmlDepth + 1 && node.childNodes !== undefined && !node.nodeName.startsWith("#");
    if (unwrap) deep.push(node);
    for (const c of node.childNodes ?? []) stack.push([c, unwrap ? d : d + 1, real + 1]);
  }
  for (let k = deep.length - 1; k >= 0; k--) {
    const node = deep[k]!;
    const parent = node.parentNode!;
    const kids = node.childNodes ?? [];
    for (const c of kids) c.parentNode = parent;
    parent.childNodes!.splice(parent.childNodes!.indexOf(node), 1, ...kids);
  }
  if (deep.length) warnOnce(warnings, `the HTML is nested ${depth} elements deep; ${deep.length} elements deeper than ${BUDGETS.htmlDepth} were unwrapped (their text is kept)`);
  return serialize(root);
}

/** Applies the HTML budgets to a parsed page; true when it has too many elements for Readability. */
function withinBudget(doc: Document, warnings: string[]): boolean {
  const shape = flattenDeep(doc.documentElement, BUDGETS.htmlDepth);
  if (shape.unwrapped) warnOnce(warnings, `the HTML is nested ${shape.depth} elements deep; ${shape.unwrapped} elements deeper than ${BUDGETS.htmlDepth} were unwrapped (their text is kept)`);
  if (shape.elements <= BUDGETS.htmlElements) return true;
  warnOnce(warnings, `the HTML has ${shape.elements} elements (budget ${BUDGETS.htmlElements}); the page body was read without main-content detection`);
  return false;
}

/** Parses an HTML page into article text with line hints and metadata. */
export function parseHtml(html: string, url?: string): HtmlArticle {
  const warnings: string[] = [];
  if (html.length > BUDGETS.htmlChars) {
    warnings.push(`the HTML is ${html.length} characters long; only the first ${BUDGETS.htmlChars} were read`);
    html = html.slice(0, codePointBoundary(html, BUDGETS.htmlChars));
  }
  html = flattenSource(html, warnings);
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
  const readableSize = withinBudget(doc, warnings);
  const meta = readMeta(doc, url);
  type Readable = { title?: string | null; content?: unknown; textContent?: string | null; byline?: string | null; siteName?: string | null };
  const readable = (): Readable | null => {
    try {
      return new Readability(doc, { serializer: (el: Node) => el, charThreshold: 200 }).parse() as Readable | null;
    } catch {
      return null;
    }
  };
  const parsed = readableSize ? readable() : null;
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
    withinBudget(fallback, warnings);
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
  return { text, hints, meta, warnings };
}
