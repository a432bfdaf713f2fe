// An extraction thread of `lagebild serve`: reads article records and parsed articles posted by the pool
// (src/server/extraction-pool.ts) and answers with their extractions, so the server's own thread never runs the
// models. Errors travel as {name, message, status, code} and are rebuilt on the other side.
import { parentPort } from "node:worker_threads";
import { extractRecord } from "./extract-record.js";
import { extractParsed } from "../extract/index.js";
import type { ParsedArticle } from "../ingest/index.js";
import type { ArticleRecord } from "../schema/index.js";

export type ThreadRequest = { id: number; kind: "record"; record: ArticleRecord } | { id: number; kind: "parsed"; parsed: ParsedArticle; published?: string };

parentPort?.on("message", (m: ThreadRequest) => {
  try {
    const extraction = m.kind === "record" ? extractRecord(m.record) : extractParsed(m.parsed, { published: m.published }).extraction;
    parentPort!.postMessage({ id: m.id, extraction });
  } catch (e) {
    const err = e as Error & { status?: number; code?: string };
    parentPort!.postMessage({ id: m.id, error: { name: err.name, message: err.message, status: err.status, code: err.code } });
  }
});
