// The OpenAPI 3.1 document of the REST API, built from the route table (routes.ts: every path,
// operation, parameter, body and response) and the zod schemas of src/schema, whose objects become
// the components under their export names (ErrorBody is "Error"): nothing here lists paths by hand.
import { z } from "zod";
import * as schemas from "../schema/index.js";
import { ROUTES, type RouteResponse, type RouteSpec } from "./routes.js";

type Json = Record<string, unknown>;

const COMPONENT_NAMES: Record<string, string> = { ErrorBody: "Error" };
/** Components kept even when no route names them: the two contract documents. */
const CONTRACT_ROOTS = ["Extraction", "Situation"];
const REF_PREFIX = "#/components/schemas/";

/** Temporary component name of a route's own schema, replaced by the schema itself ("__inline3"). */
const INLINE = "__inline";

type Registry = z.core.$ZodRegistry<{ id: string }>;
type Of = (schema: z.ZodType) => Json;

let cached: Json | undefined;

/** Every object schema src/schema exports, registered under its component name (enums stay inline). */
function named(): Registry {
  const reg = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(schemas)) {
    if (value instanceof z.ZodObject && !reg.has(value)) reg.add(value, { id: COMPONENT_NAMES[name] ?? name });
  }
  return reg;
}

/** The schemas a route uses directly: parameter fields, bodies, response bodies. */
function routeSchemas(route: RouteSpec): z.ZodType[] {
  const fields = (o: z.ZodObject | undefined) => Object.values(o?.shape ?? {}) as z.ZodType[];
  const bodies = Object.values(route.responses).flatMap((r: RouteResponse) => Object.values(r.content ?? {}));
  return [...fields(route.params), ...fields(route.query), ...Object.values(route.body ?? {}), ...bodies];
}

/**
 * JSON Schema of the components and of every schema the routes use, in one pass (so inline
 * schemas point at the components with $ref): { components, of(schema) }.
 */
function convert(routes: RouteSpec[]): { components: Record<string, Json>; of: Of } {
  const reg = named();
  const inline = new Map<z.ZodType, string>();
  for (const schema of routes.flatMap(routeSchemas)) {
    if (reg.has(schema)) continue;
    const id = `${INLINE}${inline.size}`;
    reg.add(schema, { id });
    inline.set(schema, id);
  }
  const out = z.toJSONSchema(reg, { target: "draft-2020-12", unrepresentable: "any", uri: (id) => REF_PREFIX + id }) as { schemas: Record<string, Json> };
  for (const s of Object.values(out.schemas)) {
    delete s.$schema;
    delete s.$id;
  }
  const inlined = new Map([...inline].map(([schema, id]) => [schema, out.schemas[id]!]));
  for (const id of inline.values()) delete out.schemas[id];
  if (JSON.stringify(out.schemas).includes(REF_PREFIX + INLINE) || JSON.stringify([...inlined.values()]).includes(REF_PREFIX + INLINE)) throw new Error("openapi: a route schema is nested in another one; name it in src/schema");
  const of = (schema: z.ZodType): Json => {
    const json = inlined.get(schema);
    return json ? structuredClone(json) : { $ref: REF_PREFIX + reg.get(schema)!.id };
  };
  return { components: out.schemas, of };
}

function content(byType: Record<string, z.ZodType>, of: Of): Json {
  return Object.fromEntries(Object.entries(byType).map(([type, schema]) => [type, { schema: of(schema) }]));
}

/** Path or query parameters of a zod object: one entry per key, required unless it may be absent. */
function parameters(where: "path" | "query", shape: z.ZodObject | undefined, of: Of): Json[] {
  if (!shape) return [];
  return Object.entries(shape.shape).map(([name, field]) => {
    const schema = of(field as z.ZodType);
    const description = schema.description;
    delete schema.description;
    const required = where === "path" || !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: where, required, schema, ...(description ? { description } : {}) };
  });
}

function operation(route: RouteSpec, of: Of): Json {
  const params = [...parameters("path", route.params, of), ...parameters("query", route.query, of)];
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, r]: [string, RouteResponse]) => [status, r.content ? { description: r.description, content: content(r.content, of) } : { description: r.description }]),
  );
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, content: content(route.body, of) } } : {}),
    responses,
  };
}

/** The components the paths use (directly or through other components) and the contract roots. */
function used(components: Record<string, Json>, paths: Json): Record<string, Json> {
  const keep = new Set<string>();
  const visit = (node: unknown) =>
    JSON.stringify(node, (key, value: unknown) => {
      if (key !== "$ref" || typeof value !== "string") return value;
      const name = value.slice(REF_PREFIX.length);
      if (!keep.has(name)) {
        keep.add(name);
        visit(components[name]);
      }
      return value;
    });
  visit(paths);
  for (const name of CONTRACT_ROOTS) visit({ $ref: REF_PREFIX + name });
  return Object.fromEntries(Object.entries(components).filter(([name]) => keep.has(name)));
}

/** The paths object: one entry per route of the table, grouped by path. */
function paths(routes: RouteSpec[], of: Of): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const route of routes) (out[route.path] ??= {})[route.method] = operation(route, of);
  return out;
}

export function openApiDocument(version: string): Json {
  if (cached) return cached;
  const routes = Object.values(ROUTES) as RouteSpec[];
  const { components, of } = convert(routes);
  const apiPaths = paths(routes, of);
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Lagebild API",
      version,
      description:
        "Lagebild turns news reports into a sourced situation picture. Writes need `Authorization: Bearer TOKEN` (the token is printed on the server's first start and stored in the data folder, file api-token). Reads are open to loopback clients of a server that listens on loopback only; otherwise reads need the token too, unless the server runs with --open-reads. Errors are JSON: {error: {code, message}}.",
    },
    servers: [{ url: "/" }],
    components: {
      schemas: used(components, apiPaths),
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "the API token from the data folder" } },
    },
    security: [{ bearer: [] }, {}],
    paths: apiPaths,
  };
  return cached;
}
