// `lagebild extract`: one article in, the contract JSON (or a readable summary) out.
import { readFileSync } from "node:fs";
import { InputError } from "../ingest/errors.js";
import { extractParsed, fullPipeline } from "../extract/index.js";
import { isCalendarDay } from "../extract/record.js";
import { parseArticle } from "../ingest/index.js";
import { describePipeline } from "../nlp/pipeline.js";
import { Extraction, extractionJsonSchema, type Lang } from "../schema/index.js";
import { readSourceText } from "../ingest/source.js";

export { isCalendarDay };

export interface ExtractOptions {
  json?: boolean;
  published?: string;
  lang?: Lang;
  format?: "auto" | "text" | "html" | "json";
  schema?: boolean;
  /** Print the pipeline's components with what each requires and assigns. */
  components?: boolean;
  /** Read one JSON record a line from this file (or - for stdin), write one extraction a line. */
  jsonl?: string;
}

export async function runExtract(file: string | undefined, opts: ExtractOptions): Promise<void> {
  if (opts.schema) {
    process.stdout.write(JSON.stringify(extractionJsonSchema(), null, 2) + "\n");
    return;
  }
  if (opts.components) {
    const pipeline = fullPipeline();
    process.stdout.write(opts.json ? JSON.stringify(pipeline.describe(), null, 2) + "\n" : describePipeline(pipeline));
    return;
  }
  if (opts.published && !isCalendarDay(opts.published.slice(0, 10))) throw new InputError(`--published must be a real date YYYY-MM-DD, got "${opts.published}"`);
  if (opts.jsonl !== undefined) {
    if (file !== undefined) throw new InputError(`--jsonl reads its own file (${opts.jsonl}); give no FILE besides it`);
    const { runJsonl } = await import("./jsonl.js");
    return runJsonl(opts.jsonl, { lang: opts.lang, published: opts.published });
  }
  if (file === undefined) throw new InputError("extract needs a FILE (or - for stdin), unless --schema, --components or --jsonl is given");
  const { text, warnings: inputWarnings } = await readSourceText(file);
  const parsed = parseArticle(text, { lang: opts.lang, published: opts.published?.slice(0, 10), format: opts.format, inputWarnings });
  const { extraction } = extractParsed(parsed, { published: opts.published?.slice(0, 10) });
  const checked = Extraction.safeParse(extraction);
  if (!checked.success) throw new Error(`internal error: output violates the contract: ${checked.error.issues[0]?.path.join(".")} ${checked.error.issues[0]?.message}`);
  for (const w of extraction.warnings) process.stderr.write(`lagebild: warning: ${w}\n`);
  if (opts.json) process.stdout.write(JSON.stringify(extraction, null, 2) + "\n");
  else process.stdout.write(summary(extraction));
}

function summary(x: Extraction): string {
  const a = x.article;
  const lines: string[] = [];
  if (a.kicker) lines.push(a.kicker);
  lines.push(a.title ?? "(untitled)");
  lines.push(`language ${x.language} · published ${a.published ?? "?"}${a.updated ? ` · updated ${a.updated}` : ""}${a.credits.length ? ` · credits ${a.credits.join(", ")}` : ""}`);
  lines.push(`${x.sentences.length} sentences`);
  const section = (title: string, rows: string[]) => {
    lines.push("", `${title} (${rows.length})`);
    for (const r of rows) lines.push(`  ${r}`);
  };
  section("Entities", x.entities.map((e) => `${e.type.padEnd(12)} ${e.name}${e.aliases.length ? ` (${e.aliases.join(", ")})` : ""}${e.country ? ` [${e.country}]` : ""}`));
  section("Figures", x.figures.map((f) => `${f.category.padEnd(12)} ${f.qualifier} ${f.value} ${f.subject ?? ""} — ${f.source ?? "the article"}`));
  section("Claims", x.claims.map((c) => `${c.mode.padEnd(8)} ${c.source ?? "(unnamed)"}: ${c.text}`));
  section("Times", x.times.map((t) => `${t.value.padEnd(18)} ${t.text}`));
  section("Events", x.events.map((e) => `${e.type} · ${e.date ?? "?"} · ${e.location ?? e.country ?? "?"}`));
  return lines.join("\n") + "\n";
}
