// One article record (text or HTML with its metadata) to an extraction, as the API's POST /api/articles reads it:
// the record's title, outlet, url and published win over what the reader found; a language Lagebild does not read is
// refused. Runs on the extraction threads (src/server/extraction-thread.ts). Public: extractRecord.
import { LANGS, type ArticleRecord, type Extraction } from "../schema/index.js";
import { ApiError } from "./errors.js";
import { parseArticle } from "../ingest/index.js";
import { detectLanguage } from "../ingest/language.js";
import { InputError } from "../ingest/errors.js";
import { isCalendarDay } from "../extract/record.js";
import { extractParsed } from "../extract/index.js";
import { dateInName } from "../jobs/ingest.js";

/** Extracts one article record given as text or HTML: the record's metadata (title, outlet, url, published) wins over what the reader found. */
export function extractRecord(record: ArticleRecord): Extraction {
  const published = record.published?.slice(0, 10);
  if (published && !isCalendarDay(published)) throw new InputError(`published must be a real date YYYY-MM-DD, got "${record.published}"`);
  const [input, format] = record.html !== undefined ? [record.html, "html" as const] : [record.text ?? "", "text" as const];
  const parsed = parseArticle(input, { lang: record.language, published, format, url: record.url });
  if (!record.language) {
    // an article in a language Lagebild does not read is refused, not stored under a wrong language
    const d = detectLanguage(parsed.text);
    if (d.detected && !(LANGS as readonly string[]).includes(d.detected)) {
      const name = new Intl.DisplayNames(["en"], { type: "language" }).of(d.detected) ?? d.detected;
      throw new ApiError(422, "unsupported_language", `the article looks ${name} (${d.detected}); Lagebild reads ${LANGS.join(" and ")} (set language=de or language=en to force one)`);
    }
  }
  if (record.title) parsed.article.title = record.title;
  if (record.outlet) parsed.article.outlet = record.outlet;
  if (record.url) parsed.article.url = record.url;
  let day = published ?? parsed.article.published ?? undefined;
  const nameDay = !day && record.fileName ? dateInName(record.fileName) : null;
  if (nameDay) {
    day = nameDay;
    parsed.warnings.push(`no publication date in the text: using the date in the file name, ${nameDay}`);
  }
  return extractParsed(parsed, { published: day }).extraction;
}
