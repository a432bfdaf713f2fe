// The add dialog's look before storing (POST /api/articles/preview): what the reader finds in each
// record (title, outlet, publication day and where it came from, language) without extracting or
// storing anything, so the page can show it and ask for what is missing.
import type { ArticlePreview, ArticleRecord } from "../schema/index.js";
import { parseArticle } from "../ingest/index.js";
import { isCalendarDay } from "../extract/record.js";
import { dateInName } from "../jobs/ingest.js";

export function previewRecord(record: ArticleRecord): ArticlePreview {
  const given = record.published?.slice(0, 10);
  const day = given && isCalendarDay(given) ? given : undefined;
  const base = { fileName: record.fileName ?? null, warnings: [] as string[], record };
  if (record.text === undefined && record.html === undefined) {
    // a URL: the page is read when it is fetched
    return { ...base, title: record.title ?? null, outlet: record.outlet ?? host(record.url), published: day ?? null, publishedFrom: day ? "given" : null, language: record.language ?? null, missing: [] };
  }
  const [input, format] = record.html !== undefined ? [record.html, "html" as const] : [record.text ?? "", "text" as const];
  const parsed = parseArticle(input, { lang: record.language, published: day, format, url: record.url });
  const a = parsed.article;
  const textDay = a.published?.slice(0, 10);
  const updateDay = a.updated?.slice(0, 10);
  const nameDay = record.fileName ? dateInName(record.fileName) : null;
  const [published, publishedFrom]: [string | null, ArticlePreview["publishedFrom"]] = day
    ? [day, "given"]
    : textDay ? [textDay, "text"] : updateDay ? [updateDay, "update line"] : nameDay ? [nameDay, "file name"] : [null, null];
  const title = record.title ?? a.title ?? null;
  const outlet = record.outlet ?? a.outlet ?? host(record.url);
  const missing = (["title", "outlet", "published"] as const).filter((k) => !{ title, outlet, published }[k]);
  return { ...base, title, outlet, published, publishedFrom, language: record.language ?? parsed.language, missing, warnings: parsed.warnings };
}

function host(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
