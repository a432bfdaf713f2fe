// The page and its assets: index.html (with an import map for the browser modules), the compiled
// page modules (dist/src/web/*.js, built by `tsc` in `npm install`), d3-geo / topojson-client
// as ES modules from node_modules, and the world-atlas countries TopoJSON (offline map, no tiles).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context, Hono } from "hono";

const require = createRequire(import.meta.url);

/** The project root: the nearest folder upwards holding package.json (works from src/ and dist/src/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "src", "web"))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the Lagebild project folder");
    dir = up;
  }
}

const IMPORT_MAP = JSON.stringify({
  imports: {
    "d3-geo": "/vendor/d3-geo.js",
    "d3-array": "/vendor/d3-array.js",
    "topojson-client": "/vendor/topojson-client/index.js",
  },
});

interface PageAssets {
  html: string;
  csp: string;
}

let page: PageAssets | undefined;

function pageAssets(root: string): PageAssets {
  if (page && !process.env.LAGEBILD_DEV) return page;
  const tpl = readFileSync(join(root, "src", "web", "index.html"), "utf8");
  const html = tpl.replace("<!--IMPORTMAP-->", `<script type="importmap">${IMPORT_MAP}</script>`);
  const hash = createHash("sha256").update(IMPORT_MAP).digest("base64");
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'sha256-${hash}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  page = { html, csp };
  return page;
}

let countries: string | undefined;

/** world-atlas countries (1:50m) with ISO alpha-2 codes added to each country's properties. */
function countriesTopo(): string {
  if (countries) return countries;
  const file = require.resolve("world-atlas/countries-50m.json");
  const topo = JSON.parse(readFileSync(file, "utf8")) as { objects: { countries: { geometries: { id?: string; properties?: Record<string, unknown> }[] } } };
  const iso = require("i18n-iso-countries") as { numericToAlpha2(n: string | number): string | undefined };
  for (const g of topo.objects.countries.geometries) {
    const a2 = g.id ? iso.numericToAlpha2(g.id) : undefined;
    g.properties = { ...(g.properties ?? {}), a2: a2 ?? null };
  }
  countries = JSON.stringify(topo);
  return countries;
}

const JS = "text/javascript; charset=utf-8";

export function staticRoutes(app: Hono): void {
  const root = projectRoot();
  const webSrc = join(root, "src", "web");
  const webDist = join(root, "dist", "src", "web");

  const sendFile = (c: Context, file: string, type: string, cache = "no-cache") => {
    if (!existsSync(file)) return c.text("not found", 404);
    c.header("Content-Type", type);
    c.header("Cache-Control", cache);
    return c.body(readFileSync(file));
  };

  const index = (c: Context) => {
    const p = pageAssets(root);
    c.header("Content-Security-Policy", p.csp);
    c.header("Cache-Control", "no-cache");
    return c.html(p.html);
  };
  app.get("/", index);
  app.get("/index.html", index);

  app.get("/app/:file{[a-z0-9_-]+\\.(js|css)}", (c) => {
    const file = c.req.param("file");
    if (file.endsWith(".css")) return sendFile(c, join(webSrc, file), "text/css; charset=utf-8");
    const built = join(webDist, file);
    if (!existsSync(built)) return c.text(`/* ${file} is not built: run npm run build */`, 404);
    return sendFile(c, built, JS);
  });

  const vendor: Record<string, string> = {
    "d3-geo.js": require.resolve("d3-geo"),
    "d3-array.js": require.resolve("d3-array"),
  };
  app.get("/vendor/:file{[a-z0-9-]+\\.js}", (c) => {
    const f = vendor[c.req.param("file")];
    return f ? sendFile(c, f, JS, "max-age=86400") : c.text("not found", 404);
  });
  const topojsonSrc = join(dirname(require.resolve("topojson-client/package.json")), "src");
  app.get("/vendor/topojson-client/:file{[a-z]+\\.js}", (c) => sendFile(c, join(topojsonSrc, c.req.param("file")), JS, "max-age=86400"));

  app.get("/geo/countries.json", (c) => {
    c.header("Content-Type", "application/json");
    c.header("Cache-Control", "max-age=86400");
    return c.body(countriesTopo());
  });
  app.get("/favicon.ico", (c) => c.body(null, 204));
}
