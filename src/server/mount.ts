// Serves one route of the table (routes.ts) on the Hono app: the OpenAPI path becomes Hono's
// ("/api/feeds/{id}/poll" -> "/api/feeds/:id/poll"), path parameters and the query are validated
// with the route's zod schemas and handed to the handler typed; a bad value is a JSON 400.
import type { Context, Hono, MiddlewareHandler } from "hono";
import type { z } from "zod";
import { ApiError } from "./errors.js";
import type { RouteSpec } from "./routes.js";

type Parsed<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

/** What a handler receives besides the context: the validated path parameters and query. */
export interface RouteInput<R extends RouteSpec> {
  params: Parsed<R["params"]>;
  query: Parsed<R["query"]>;
}

export type RouteHandler<R extends RouteSpec> = (c: Context, input: RouteInput<R>) => Response | Promise<Response>;

/** Hono's form of an OpenAPI path: "/api/articles/{id}" -> "/api/articles/:id". */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}

/** Registers the route on the app, after the given middleware (body limits). */
export function mount<R extends RouteSpec>(app: Hono, route: R, handler: RouteHandler<R>, ...before: MiddlewareHandler[]): void {
  const run: MiddlewareHandler = async (c) => {
    const params = route.params ? parse(route.params, pick(route.params, (k) => c.req.param(k)), () => "bad_id") : {};
    const query = route.query ? parse(route.query, pick(route.query, (k) => c.req.query(k)), (k) => route.queryErrors?.[k] ?? "bad_query") : {};
    return handler(c, { params, query } as RouteInput<R>);
  };
  app.on(route.method.toUpperCase(), [honoPath(route.path)], ...before, run);
}

/** The raw values of the schema's keys: { id: "3f2a..." }. */
function pick(schema: z.ZodObject, read: (key: string) => string | undefined): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(schema.shape).map((k) => [k, read(k)]));
}

/** Parses with the schema; the first issue becomes an ApiError(400, code of its field, its message). */
function parse(schema: z.ZodType, raw: Record<string, string | undefined>, code: (key: string) => string): unknown {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new ApiError(400, code(String(issue.path[0] ?? "")), issue.message);
}
