// `lagebild extract --jsonl FILE|-`: one JSON record a line in ({"id": "a1", "text": "...", "published": "2023-03-14", "lang": "de"}),
// one extraction a line out, with its id first. The pipeline and its models load once for the whole batch.
// A bad line gives {"id", "error"} and a warning on stderr and the batch goes on; only a batch in which
// every line failed ends in an error (exit 1).
import { createReadStream, statSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { InputError } from "../ingest/errors.js";
import { MAX_INPUT_BYTES } from "../ingest/source.js";
import { extractArticle, type ArticleInput, type ExtractOptions } from "../extract/record.js";
import { Extraction } from "../schema/index.js";

/** What a batch did: lines read (blank ones not counted) and lines that failed. */
export interface BatchCounts {
  records: number;
  failed: number;
}

/** Where a batch reads and writes (the process's streams, or others in tests). */
export interface BatchStreams {
  input: Readable;
  output: Writable;
  warn: (message: string) => void;
}

/** The output line of one input line: its extraction with the id first, or {id, error}. */
export function extractLine(line: string, lineNumber: number, defaults: ExtractOptions = {}): { json: string; error?: string; warnings: string[]; id: unknown } {
  let id: unknown = lineNumber;
  try {
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      throw new InputError(`not valid JSON: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
    }
    if (!record || typeof record !== "object" || Array.isArray(record)) throw new InputError("not a JSON object (expected {id, text | html, published, lang})");
    const { id: given, ...article } = record as ArticleInput & { id?: unknown };
    if (typeof given === "string" || typeof given === "number") id = given;
    const extraction = extractArticle(article, defaults);
    const checked = Extraction.safeParse(extraction);
    if (!checked.success) throw new Error(`internal error: output violates the contract: ${checked.error.issues[0]?.path.join(".")} ${checked.error.issues[0]?.message}`);
    return { json: JSON.stringify({ id, ...extraction }), warnings: extraction.warnings, id };
  } catch (e) {
    const error = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    return { json: JSON.stringify({ id, error }), error, warnings: [], id };
  }
}

/** Runs a batch over a stream of lines; resolves with the counts. */
export async function runBatch(streams: BatchStreams, defaults: ExtractOptions = {}): Promise<BatchCounts> {
  const counts: BatchCounts = { records: 0, failed: 0 };
  let lineNumber = 0;
  for await (const raw of createInterface({ input: streams.input, crlfDelay: Infinity })) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (!line.trim()) continue;
    counts.records++;
    const result = line.length > MAX_INPUT_BYTES ? tooLong(lineNumber) : extractLine(line, lineNumber, defaults);
    const where = `line ${lineNumber}${result.id !== lineNumber ? ` (id ${JSON.stringify(result.id)})` : ""}`;
    if (result.error !== undefined) {
      counts.failed++;
      streams.warn(`${where}: ${result.error}`);
    }
    for (const w of result.warnings) streams.warn(`${where}: ${w}`);
    if (!streams.output.write(result.json + "\n")) await once(streams.output, "drain");
  }
  return counts;
}

function tooLong(lineNumber: number): ReturnType<typeof extractLine> {
  const error = `the line is longer than ${MAX_INPUT_BYTES / 1024 / 1024} MB`;
  return { json: JSON.stringify({ id: lineNumber, error }), error, warnings: [], id: lineNumber };
}

/** `extract --jsonl FILE|-` on the process's streams; every line failing is an InputError (exit 1). */
export async function runJsonl(source: string, defaults: ExtractOptions): Promise<void> {
  let input: Readable = process.stdin;
  if (source !== "-") {
    try {
      if (statSync(source).isDirectory()) throw new InputError(`${source} is a directory, not a JSONL file`);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(`cannot read ${source}: no such file`);
    }
    input = createReadStream(source, { encoding: "utf8" });
  }
  const warn = (message: string) => void process.stderr.write(`lagebild: warning: ${message}\n`);
  const counts = await runBatch({ input, output: process.stdout, warn }, defaults);
  if (counts.records === 0) warn("the input holds no records");
  else if (counts.failed === counts.records) throw new InputError(`every one of the ${counts.records} records failed`);
}
