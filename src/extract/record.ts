// One article in, the contract's Extraction out: a string (plain text, HTML or a JSON record, as
// `lagebild extract FILE` reads it) or an article record ({text | html, published?, lang?, url?, outlet?, title?}).
// The library's `extract` and `lagebild extract --jsonl` both go through here.
import { InputError } from "../ingest/errors.js";
import { parseArticle, type ParsedArticle, type ParseOptions } from "../ingest/index.js";
import { hasLanguage, languageCodes } from "../lang/registry.js";
import type { Pipeline } from "../nlp/pipeline.js";
import type { Extraction, Lang } from "../schema/index.js";
import { extractParsed } from "./index.js";

/** An article as the library takes it: { text: "Bei Protesten ...", published: "2023-03-14", lang: "de" }. */
export interface ArticleInput {
  text?: string;
  html?: string;
  /** Publication day or date-time, ISO 8601 ("2023-03-14", "2023-03-14T10:30:00Z"). */
  published?: string;
  /** Language code ("de"); detected from the text when absent. */
  lang?: string;
  /** The same as lang, as article records in the store spell it. */
  language?: string;
  url?: string;
  outlet?: string;
  title?: string;
}

/** Defaults for what the input does not say itself. */
export interface ExtractOptions {
  /** Language code ("de"); a record's own lang wins. */
  lang?: string;
  /** Publication day YYYY-MM-DD (or an ISO date-time); a record's own published wins. */
  published?: string;
  /** How to read a string input (default: sniffed). */
  format?: ParseOptions["format"];
  /** Warnings from reading the input (a Latin-1 file decoded), passed through. */
  inputWarnings?: string[];
  /** The pipeline to run (default: fullPipeline(), built once): fullPipeline().add(mine, { after: "entities" }). */
  pipeline?: Pipeline;
}

/** True for a real calendar day: "2022-02-28" yes, "2022-02-30" and "2022-13-45" no. */
export function isCalendarDay(day: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === day;
}

/** The day of an ISO date or date-time ("2023-03-14T10:30Z" -> "2023-03-14"); anything else is an InputError. */
export function publicationDay(published: string | undefined): string | undefined {
  if (published === undefined) return undefined;
  if (typeof published !== "string" || !isCalendarDay(published.slice(0, 10))) throw new InputError(`the publication date must be a real date YYYY-MM-DD, got ${JSON.stringify(published)}`);
  return published.slice(0, 10);
}

/** A registered language code, or an InputError ("fr" -> "unknown language "fr" (registered: de, en)"). */
export function knownLanguage(lang: string | undefined): Lang | undefined {
  if (lang === undefined) return undefined;
  if (typeof lang !== "string" || !hasLanguage(lang)) throw new InputError(`unknown language ${JSON.stringify(lang)} (registered: ${languageCodes().join(", ")})`);
  return lang as Lang;
}

/** Reads a string or an article record into the parsed article the pipeline runs on, with its publication day. */
export function parseInput(input: string | ArticleInput, opts: ExtractOptions = {}): { parsed: ParsedArticle; published?: string } {
  if (typeof input === "string") {
    const published = publicationDay(opts.published);
    return { parsed: parseArticle(input, { lang: knownLanguage(opts.lang), published, format: opts.format, inputWarnings: opts.inputWarnings }), published };
  }
  if (!input || typeof input !== "object" || Array.isArray(input)) throw new InputError("an article is a string or a record {text | html, published?, lang?, url?, outlet?, title?}");
  const lang = knownLanguage(input.lang ?? input.language ?? opts.lang);
  const published = publicationDay(input.published ?? opts.published);
  const { url, outlet, title, text, html } = input;
  const record = JSON.stringify({ url, outlet, published, title, text, html });
  return { parsed: parseArticle(record, { lang, published, format: "json", inputWarnings: opts.inputWarnings }), published };
}

/** One article in, its Extraction out: extractArticle("Bei Protesten ...", { lang: "de", published: "2023-03-14" }). */
export function extractArticle(input: string | ArticleInput, opts: ExtractOptions = {}): Extraction {
  const { parsed, published } = parseInput(input, opts);
  return extractParsed(parsed, { published, pipeline: opts.pipeline }).extraction;
}
