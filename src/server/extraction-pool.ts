// Extraction off the server's thread: a small pool of worker threads (node:worker_threads), each loading the models
// once, that `serve` hands article records and parsed articles to. A long article keeps one thread busy; the server
// keeps answering (health, reads, other writes). A thread that dies fails only its own requests and is replaced.
// Part of src/server. Public: ExtractionPool.
import { Worker } from "node:worker_threads";
import type { ArticleRecord, Extraction } from "../schema/index.js";
import type { ParsedArticle } from "../ingest/index.js";
import { ApiError } from "./errors.js";
import { InputError } from "../ingest/errors.js";
import type { ThreadRequest } from "./extraction-thread.js";
import type { ContentfulStatusCode } from "hono/utils/http-status";

type ThreadAnswer = { id: number; extraction?: Extraction; error?: { name: string; message: string; status?: number; code?: string } };
interface Pending { resolve(x: Extraction): void; reject(e: Error): void }
interface Thread { worker: Worker; pending: Map<number, Pending> }

/** The error a thread reported, as the server's own kinds ("InputError" answers 400, "ApiError" its status). */
function rebuilt(e: NonNullable<ThreadAnswer["error"]>): Error {
  if (e.name === "InputError") return new InputError(e.message);
  if (e.name === "ApiError" && e.status && e.code) return new ApiError(e.status as ContentfulStatusCode, e.code, e.message);
  return new Error(e.message);
}

export class ExtractionPool {
  private readonly threads: Thread[] = [];
  private next = 1;
  private closed = false;

  /** `size` threads, started on first use. */
  constructor(private readonly size = 1) {}

  /** The extraction of an API record (text or HTML with its metadata). */
  record(record: ArticleRecord): Promise<Extraction> {
    return this.send((id) => ({ id, kind: "record", record }));
  }

  /** The extraction of an article the reader has parsed (the queue worker's path). */
  parsed(parsed: ParsedArticle, published?: string): Promise<Extraction> {
    return this.send((id) => ({ id, kind: "parsed", parsed, published }));
  }

  private send(make: (id: number) => ThreadRequest): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error("the extraction threads are closed"));
    const thread = this.leastBusy();
    const id = this.next++;
    return new Promise<Extraction>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage(make(id));
    });
  }

  private leastBusy(): Thread {
    if (this.threads.length < this.size) return this.start();
    return this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  }

  private start(): Thread {
    const worker = new Worker(new URL("./extraction-thread.js", import.meta.url));
    const thread: Thread = { worker, pending: new Map() };
    worker.on("message", (m: ThreadAnswer) => {
      const p = thread.pending.get(m.id);
      if (!p) return;
      thread.pending.delete(m.id);
      if (m.extraction) p.resolve(m.extraction);
      else p.reject(rebuilt(m.error ?? { name: "Error", message: "the extraction thread gave no answer" }));
    });
    const fail = (why: string) => {
      for (const p of thread.pending.values()) p.reject(new Error(why));
      thread.pending.clear();
      const k = this.threads.indexOf(thread);
      if (k >= 0) this.threads.splice(k, 1); // the next request starts a new thread
    };
    worker.on("error", (e) => fail(`the extraction thread failed: ${e.message}`));
    worker.on("exit", (code) => { if (!this.closed) fail(`the extraction thread stopped (exit code ${code})`); });
    this.threads.push(thread);
    return thread;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }
}
