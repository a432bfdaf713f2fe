// Article reader: turns raw input (plain text, HTML, JSON record) into an Article plus the text
// that all annotation offsets refer to, cut into structural blocks.
import type { Article, Lang } from "../schema/index.js";
import type { Block } from "../nlp/document.js";
import { InputError } from "./errors.js";

export { InputError };

export interface ParsedArticle {
  article: Article;
  /** The text the pipeline runs on; block offsets refer to it. */
  text: string;
  blocks: Block[];
  language: Lang;
  warnings: string[];
}

export interface ParseOptions {
  /** Forces the language (else detected). */
  lang?: Lang;
  /** Publication day YYYY-MM-DD. */
  published?: string;
  /** Input format; "auto" sniffs it. */
  format?: "auto" | "text" | "html" | "json";
  url?: string;
}

/** Minimal plain-text reader: one block per non-empty line. */
export function parseArticle(input: string, opts: ParseOptions = {}): ParsedArticle {
  const text = input.replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new InputError("the input is empty");
  const blocks: Block[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!m[0].trim()) continue;
    blocks.push({ role: "paragraph", start: m.index, end: m.index + m[0].length, section: 0 });
  }
  const language: Lang = opts.lang ?? "de";
  const article: Article = {
    language, kicker: null, title: null, teaser: null, published: opts.published ?? null, updated: null,
    credits: [], captions: [], sections: [{ heading: null, paragraphs: blocks.map((b) => text.slice(b.start, b.end)) }],
    url: opts.url ?? null,
  };
  return { article, text, blocks, language, warnings: [] };
}
