// JSON errors of the API: every failure reaches the client as {error: {code, message}} with a
// fitting status code; internal errors are logged on the server and never sent with a stack.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { InputError } from "../ingest/errors.js";
import type { ErrorBody } from "../schema/index.js";

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type { ErrorBody } from "../schema/index.js";

export const errorBody = (code: string, message: string): ErrorBody => ({ error: { code, message } });

export function sendError(c: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  return c.json(errorBody(code, message), status);
}

/** Maps any thrown value to a response; unknown errors become a generic 500 and are logged. */
export function toErrorResponse(err: unknown, c: Context, log: (msg: string) => void = (m) => process.stderr.write(m + "\n")): Response {
  if (err instanceof ApiError) return sendError(c, err.status, err.code, err.message);
  if (err instanceof InputError || (err instanceof Error && err.name === "InputError")) {
    return sendError(c, 422, "invalid_input", oneLine(err.message));
  }
  const e = err as { status?: unknown; message?: unknown; name?: unknown };
  // hono's HTTPException (e.g. from the body limit) carries a status
  if (err instanceof Error && typeof e.status === "number" && e.status >= 400 && e.status < 500) {
    return sendError(c, e.status as ContentfulStatusCode, e.status === 413 ? "payload_too_large" : "bad_request", oneLine(String(e.message || "bad request")));
  }
  log(`lagebild serve: internal error on ${c.req.method} ${new URL(c.req.url).pathname}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return sendError(c, 500, "internal", "internal server error (details are in the server log)");
}

function oneLine(s: string): string {
  const first = s.split("\n")[0] ?? "";
  return first.length > 500 ? first.slice(0, 500) + "…" : first;
}
