// The acceptance check on the shared seed article (skipped when ../shared is absent):
// adding the seed through the page shows its story, map points in Kazakhstan, the killed and
// arrested figures with their sources, and the claims with their speakers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { startTestServer, type TestServer } from "../server/helpers.js";
import { haveChromium, launch, CHROMIUM } from "./browser.js";

const SEED = join(process.cwd(), "..", "shared", "seed");
const seedFile = existsSync(SEED) ? readdirSync(SEED).find((f) => f.endsWith(".txt")) : undefined;
const skip = !haveChromium ? `${CHROMIUM} is missing (apt-get install chromium)` : !seedFile ? "../shared/seed is absent" : false;

let t: TestServer;
let browser: Awaited<ReturnType<typeof launch>> | undefined;
let page: Page;

before(async () => {
  if (skip) return;
  t = await startTestServer();
  browser = await launch();
  page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
});
after(async () => {
  await browser?.close();
  await t?.stop();
});

// Kazakhstan's bounding box (lon 46.5–87.4, lat 40.5–55.5)
const inKazakhstan = (lat: number, lon: number) => lat > 40.5 && lat < 55.5 && lon > 46.5 && lon < 87.4;

test("the seed added through the page: story, Kazakhstan on the map, killed/arrested with sources, claims with speakers", { skip }, async () => {
  await page.goto(`${t.base}/#token=${t.token}`);
  await page.waitForSelector("#token-state.ok");
  await page.click("#add-button");
  await page.fill("#paste-text", readFileSync(join(SEED, seedFile!), "utf8"));
  await page.click("#paste-submit");
  await page.waitForSelector("#add-status.done", { timeout: 60000 });
  await page.click("#add-result a.open-result");
  await page.waitForSelector(".story-title");
  const storyId = decodeURIComponent(/#\/story\/(.+)$/.exec(page.url())![1]!);
  const story = (await (await fetch(`${t.base}/api/stories/${encodeURIComponent(storyId)}`)).json()) as any;

  // map: places in Kazakhstan, the country highlighted
  await page.waitForSelector("svg.map g.place", { timeout: 15000 });
  const kzPlaces = story.entities.filter((e: any) => e.type === "location" && typeof e.lat === "number" && inKazakhstan(e.lat, e.lon));
  assert.ok(kzPlaces.length >= 1, "a place in Kazakhstan with coordinates");
  const shown = await page.locator("svg.map g.place").evaluateAll((els) => els.map((e) => e.getAttribute("data-name")));
  assert.ok(kzPlaces.some((p: any) => shown.includes(p.name)), `map shows ${shown.join(", ")}`);
  assert.ok(await page.locator('svg.map path.country.hi[data-a2="KZ"]').count(), "Kazakhstan is highlighted");

  // killed and arrested series charts with their sources in the legends
  for (const cat of ["killed", "arrested"]) {
    const series = story.series.filter((f: any) => f.category === cat);
    assert.ok(series.length, `a ${cat} series`);
    const values = series.flatMap((f: any) => f.points);
    assert.ok(values.some((e: any) => e.source), `${cat} values carry sources`);
    const legend = (await page.locator(`figure.chart-card[data-category="${cat}"] .legend`).allTextContents()).join(" ");
    for (const e of values) if (e.source) assert.ok(legend.includes(e.source), `${cat} legend lacks ${e.source}`);
    assert.equal(await page.locator(`svg.figure-chart[data-category="${cat}"] circle.point`).count(), values.length);
  }

  // claims with their speakers
  const named = story.claims.filter((c: any) => c.sources.length);
  assert.ok(named.length >= 3, "claims with speakers");
  const speakers = await page.locator("table.claims tbody td.c-sources").allTextContents();
  for (const c of named.slice(0, 5)) assert.ok(speakers.some((s) => s.includes(c.sources[0])), `speaker ${c.sources[0]} missing`);
  await page.screenshot({ path: join(process.cwd(), "test-results", "seed-story.png"), fullPage: true }).catch(() => undefined);
});
