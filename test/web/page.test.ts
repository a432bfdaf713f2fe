// End-to-end: drives the page in headless Debian Chromium. Adds an article through the page,
// opens its story, checks the map, the figure chart, the claims table and the highlighted reader,
// and shows that an article full of markup renders as text and runs no script.
import { test, before, after } from "node:test";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import assert from "node:assert/strict";
import type { BrowserContext, Page } from "playwright-core";
import { startTestServer, EN_ARTICLE, XSS_ARTICLE, type TestServer } from "../server/helpers.js";
import { haveChromium, launch, CHROMIUM } from "./browser.js";

const skip = haveChromium ? false : `${CHROMIUM} is missing (apt-get install chromium)`;

let t: TestServer;
let local: Server | undefined; // pages and a feed for the URL and feed tabs
let localBase = "";
const PAGE = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${body}</article></body></html>`;
let browser: Awaited<ReturnType<typeof launch>> | undefined;
let ctx: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  if (skip) return;
  process.env.LAGEBILD_ALLOW_PRIVATE_FETCH = "1"; // the test pages are served from 127.0.0.1
  t = await startTestServer();
  local = createServer((req, res) => {
    if (req.url === "/ferry.html")
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGE("Ferry service resumes in Split", "<p>The ferry service between Split and Hvar resumed on Friday after a storm, the harbour authority said. About 600 passengers had been stranded for two days.</p><p>The mayor of Split said the city had opened a school gym for travellers.</p>"));
    else if (req.url === "/market.html")
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGE("Market hall reopens in Graz", "<p>The market hall in Graz reopened on Saturday after a fire, the city said. More than 40 traders returned to their stalls.</p><p>A spokesperson for the fire brigade said the cause of the fire was still unclear.</p>"));
    else if (req.url === "/feed.xml")
      res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local test feed</title><link>${localBase}/</link><description>d</description><item><title>Market hall reopens in Graz</title><link>${localBase}/market.html</link><pubDate>Sat, 07 Mar 2026 09:00:00 GMT</pubDate></item></channel></rss>`);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => local!.listen(0, "127.0.0.1", () => r()));
  localBase = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
  browser = await launch();
  ctx = browser.ctx;
  page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("dialog", (d) => {
    pageErrors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  // no request may leave the machine: the map is offline
  await ctx.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => {
    pageErrors.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
});

after(async () => {
  await browser?.close();
  await t?.stop();
  await new Promise<void>((r) => (local ? local.close(() => r()) : r()));
});

async function addThroughPage(text: string, meta: { published?: string; outlet?: string; language?: string }): Promise<void> {
  await page.click("#add-button");
  await page.waitForSelector("#add-dialog[open]");
  await page.click('[data-tab="paste"]');
  await page.fill("#paste-text", text);
  if (meta.published) await page.fill("#paste-published", meta.published);
  if (meta.outlet) await page.fill("#paste-outlet", meta.outlet);
  if (meta.language) await page.selectOption("#paste-language", meta.language);
  await page.click("#paste-submit");
  await page.waitForSelector("#add-status.done", { timeout: 30000 });
}

test("add an article through the page, open its story: map, chart, claims, entities", { skip }, async () => {
  await page.goto(`${t.base}/#token=${t.token}`);
  await page.waitForSelector("#token-state.ok");
  assert.equal(await page.evaluate(() => location.hash), "#/", "the token leaves the address bar");
  assert.match((await page.textContent("#stories")) ?? "", /No stories yet/);

  await addThroughPage(EN_ARTICLE, { published: "2026-03-07", outlet: "Test Wire", language: "en" });
  assert.match((await page.textContent("#add-status")) ?? "", /Added/);
  await page.click("#add-result a.open-result");
  await page.waitForSelector(".story-title");
  const storyId = decodeURIComponent(/#\/story\/(.+)$/.exec(page.url())![1]!);
  const story = (await (await fetch(`${t.base}/api/stories/${encodeURIComponent(storyId)}`)).json()) as any;
  assert.equal(await page.textContent(".story-title"), story.title);
  assert.ok(await page.isVisible(`#stories a[href="#/story/${encodeURIComponent(storyId)}"]`), "the story is in the sidebar");

  // map: offline countries and the story's places
  await page.waitForSelector("svg.map path.country", { timeout: 15000 });
  assert.ok((await page.locator("svg.map path.country").count()) > 150);
  const placeNames = story.entities.filter((e: any) => e.type === "location" && typeof e.lat === "number").map((e: any) => e.name);
  assert.ok(placeNames.length >= 1, "the test article names a place with coordinates");
  assert.equal(await page.locator("svg.map g.place").count(), new Set([...placeNames]).size + story.events.filter((e: any) => typeof e.lat === "number" && !placeNames.includes(e.location ?? e.country)).length);
  assert.ok(await page.locator("svg.map path.country.hi").count() >= 1, "the story's countries are highlighted");
  // zoom: the places move apart when zoomed in, and the reset brings the first view back
  const placeX = async () => Number(await page.locator("svg.map g.place circle").first().getAttribute("cx"));
  const placeXs = async () => page.locator("svg.map g.place circle").evaluateAll((els) => els.map((e) => Number(e.getAttribute("cx"))));
  const x0 = await placeX(), spread0 = await placeXs();
  await page.click('button.map-zoom[data-zoom="in"]');
  const spread1 = await placeXs();
  if (spread0.length > 1) assert.ok(Math.max(...spread1) - Math.min(...spread1) > Math.max(...spread0) - Math.min(...spread0), "zooming in spreads the places");
  assert.equal(await page.locator("svg.map g.place").count(), spread0.length, "every place keeps its marker");
  await page.click('button.map-zoom[data-zoom="reset"]');
  assert.ok(Math.abs((await placeX()) - x0) < 0.5, "reset returns to the first view");

  // figure charts: one per series, one point per reported value
  assert.ok(story.series.length >= 1, "the test article has figures");
  assert.equal(await page.locator("svg.figure-chart").count(), story.series.length);
  const points = story.series.reduce((n: number, f: any) => n + f.points.length, 0);
  assert.equal(await page.locator("svg.figure-chart circle.point").count(), points);
  const arrested = story.series.find((f: any) => f.category === "arrested");
  assert.ok(arrested, "an arrested chart");
  const dot = page.locator(`svg.figure-chart[data-series="${arrested.id}"] circle.point`).first();
  assert.equal(await dot.getAttribute("data-value"), String(arrested.points[0].value));
  await dot.hover();
  await page.waitForSelector(".tooltip", { state: "visible" });
  assert.match((await page.textContent(".tooltip")) ?? "", new RegExp(arrested.points[0].source ?? "unattributed", "i"));

  // the latest value per source under the chart
  const latestText = (await page.locator(`figure.chart-card[data-series="${arrested.id}"] .latest`).textContent()) ?? "";
  for (const e of arrested.latest) assert.ok(latestText.includes(String(e.value)) && latestText.includes(e.source ?? e.outlet ?? ""), `latest ${e.value} missing`);

  // claims table with filters
  assert.ok(story.claims.length >= 2, "the test article has claims");
  assert.equal(await page.locator("table.claims tbody tr").count(), story.claims.length);
  const src = story.claims[0].sources[0] as string;
  await page.selectOption("#filter-source", src);
  const expectSrc = story.claims.filter((c: any) => c.sources.includes(src)).length;
  assert.equal(await page.locator("table.claims tbody tr").count(), expectSrc);
  for (const cell of await page.locator("table.claims tbody td.c-sources").allTextContents()) assert.ok(cell.includes(src));
  await page.selectOption("#filter-source", "");
  const status = story.claims[0].status as string;
  await page.selectOption("#filter-status", status);
  assert.equal(await page.locator("table.claims tbody tr").count(), story.claims.filter((c: any) => c.status === status).length);
  await page.selectOption("#filter-status", "");
  await page.fill("#filter-text", "excessive force");
  assert.equal(await page.locator("table.claims tbody tr").count(), story.claims.filter((c: any) => c.text.toLowerCase().includes("excessive force")).length);

  // entities with spellings
  assert.equal(await page.locator("table.entities tbody tr").count(), story.entities.length);
  assert.match((await page.textContent("table.entities")) ?? "", /Tbilisi/);
  assert.deepEqual(pageErrors, []);
});

test("the reader highlights entities, figures, claims and times with hover details", { skip }, async () => {
  await page.click("#articles-card a.article-link");
  await page.waitForSelector("#reader");
  const id = decodeURIComponent(/#\/article\/(.+)$/.exec(page.url())![1]!);
  const { extraction: x } = (await (await fetch(`${t.base}/api/articles/${id}`)).json()) as any;
  // the reader shows exactly the article text
  const shown = (await page.locator("#reader").innerText()).replace(/\b(PER|ORG|LOC|MISC|arrested|injured|killed|\d{4}-\d{2}-\d{2})\b/g, "").replace(/\s+/g, "");
  assert.equal(shown.replace(/[^\p{L}\p{N}]/gu, "").length > 0, true);
  for (const kind of ["entity", "figure", "claim", "time"]) assert.ok((await page.locator(`#reader mark.hl-${kind}`).count()) >= 1, `no ${kind} highlight`);
  // every figure's phrase is covered by a figure highlight
  const figText = (await page.locator("#reader mark.hl-figure").allTextContents()).join(" ");
  for (const f of x.figures) assert.ok(figText.includes(x.text.slice(f.start, f.end).split(/\s+/)[0]), `figure "${f.text}" not highlighted`);
  const entText = (await page.locator("#reader mark.hl-entity").allTextContents()).join(" ");
  assert.match(entText, /Tbilisi/);
  assert.ok((await page.locator("#reader .hl-label.lb-entity").count()) >= 1, "entity labels shown like displaCy");
  // hover details
  await page.locator("#reader mark.hl-figure").first().hover();
  await page.waitForSelector(".tooltip", { state: "visible" });
  const tip = (await page.textContent(".tooltip")) ?? "";
  assert.match(tip, /FIGURE/);
  assert.match(tip, /source/);
  // toggling a layer hides its highlights
  await page.uncheck('input[data-kind="claim"]');
  assert.ok(await page.locator("#reader.hide-claim").count());
  await page.check('input[data-kind="claim"]');
  assert.deepEqual(pageErrors, []);
});

test("an article with <script> and onerror= markup renders as text and runs nothing", { skip }, async () => {
  await page.goto(`${t.base}/#/`);
  await addThroughPage(XSS_ARTICLE, { published: "2026-03-09", language: "en" });
  await page.click("#add-result a.open-result");
  await page.waitForSelector(".story-title, #reader");
  const url = page.url();
  if (/#\/story\//.test(url)) {
    await page.click("#articles-card a.article-link");
    await page.waitForSelector("#reader");
  }
  const text = await page.locator("#reader").textContent();
  assert.ok(text?.includes("<img src=x onerror="), "the markup is shown as text");
  assert.ok(text?.includes("<script>") || (await page.textContent(".article-title"))?.includes("<script>"), "the script tag is shown as text");
  assert.equal(await page.locator("#reader script, #reader img, #reader b, main script, main img").count(), 0);
  const state = await page.evaluate(() => ({ xss: (window as any).__xss, title: document.title }));
  assert.equal(state.xss, undefined);
  assert.notEqual(state.title, "pwned");
  await page.locator("#reader").hover();
  await page.goto(`${t.base}/#/`);
  await page.waitForSelector("#stories li");
  await page.goto(`${t.base}/#/search/onerror`);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as any).__xss), undefined);
  assert.equal(await page.locator("main img, main script").count(), 0);
  assert.deepEqual(pageErrors, []);
});

test("adding without a token is refused on the page with a clear message", { skip }, async () => {
  await page.evaluate(() => localStorage.removeItem("lagebild-token"));
  await page.goto(`${t.base}/#/`);
  await page.reload();
  await page.waitForSelector("#token-state.warn");
  await page.click("#add-button");
  await page.fill("#paste-text", "The council of Ulm said on Monday that 3 bridges would be repaired.");
  await page.click("#paste-submit");
  await page.waitForSelector("#add-status.error");
  assert.match((await page.textContent("#add-status")) ?? "", /token/i);
  assert.ok(await page.isVisible("#dlg-token-form"), "the dialog offers a token field");
  await page.fill("#dlg-token-input", "wrong-token-wrong-token-123");
  await page.click("#dlg-token-form button");
  await page.click("#paste-submit");
  await page.waitForFunction(() => /wrong/i.test(document.getElementById("add-status")?.textContent ?? ""));
  assert.match((await page.textContent("#add-status")) ?? "", /token is wrong/);
  assert.ok(await page.isVisible("#dlg-token-form"), "a refused token brings the token field back");
  await page.fill("#dlg-token-input", t.token);
  await page.click("#dlg-token-form button");
  await page.click("#paste-submit");
  await page.waitForSelector("#add-status.done", { timeout: 30000 });
  await page.keyboard.press("Escape");
});

test("uploading several files shows a job's progress until done", { skip }, async () => {
  await page.evaluate((tok) => localStorage.setItem("lagebild-token", tok), t.token);
  await page.goto(`${t.base}/#/`);
  await page.reload();
  await page.click("#add-button");
  await page.click('[data-tab="upload"]');
  await page.setInputFiles("#upload-files", [
    { name: "one.txt", mimeType: "text/plain", buffer: Buffer.from("Firefighters in Graz rescued 4 people from a burning house on Sunday, the fire brigade said.") },
    { name: "two.txt", mimeType: "text/plain", buffer: Buffer.from("The mayor of Porto said on Tuesday that 20 families had been evacuated after the storm.") },
  ]);
  await page.click("#upload-submit");
  // the review: what was found, what is missing (these texts name no day, no title line, no outlet)
  await page.waitForSelector("#review-table");
  assert.equal(await page.locator("#review-table tbody tr").count(), 2);
  assert.equal(await page.locator('#review-table input.missing[name="published"]').count(), 2);
  await page.fill('#review-table tr[data-file="one.txt"] input[name="published"]', "2026-03-08");
  await page.click("#upload-store");
  await page.waitForFunction(() => /^(Done|Failed)/.test(document.getElementById("add-status")?.textContent ?? ""), undefined, { timeout: 60000 });
  assert.match((await page.textContent("#add-status")) ?? "", /Done: 2 new, 0 duplicate, 0 failed/);
  assert.equal(await page.getAttribute("#add-progress", "value"), "1");
});

test("the URL and feed tabs fetch pages and show the feed job's progress", { skip }, async () => {
  await page.goto(`${t.base}/#token=${t.token}`);
  await page.reload();
  await page.waitForSelector("#token-state.ok");
  await page.click("#add-button");
  await page.click('[data-tab="url"]');
  await page.fill("#url-input", `${localBase}/ferry.html`);
  await page.click("#url-submit");
  await page.waitForSelector("#add-status.done", { timeout: 30000 });
  assert.match((await page.textContent("#add-status")) ?? "", /Added .*Ferry service resumes in Split/);
  await page.click('[data-tab="feed"]');
  await page.fill("#feed-input", `${localBase}/feed.xml`);
  await page.click("#feed-submit");
  await page.waitForFunction(() => /^(Done|Failed)/.test(document.getElementById("add-status")?.textContent ?? ""), undefined, { timeout: 60000 });
  assert.match((await page.textContent("#add-status")) ?? "", /Done: 1 new, 0 duplicate, 0 failed/);
  await page.waitForSelector("#feed-list li");
  assert.match((await page.textContent("#feed-list")) ?? "", /feed\.xml/);
  // fetching the feed again finds nothing new
  await page.click("#feed-list li button:text('fetch now')");
  await page.waitForFunction(() => /Done: 0 new, 1 duplicate/.test(document.getElementById("add-status")?.textContent ?? ""), undefined, { timeout: 60000 });
  await page.click("#feed-list li button:text('remove')");
  await page.waitForFunction(() => !document.querySelector("#feed-list li"));
  assert.deepEqual(pageErrors, []);
});

test("a new view opens at its top; the first Tab reaches a skip link to the content", { skip }, async () => {
  await page.goto(`${t.base}/#/`);
  await page.waitForSelector("#articles-card a.article-link, #recent a", { timeout: 30000 });
  await page.evaluate(() => {
    document.body.style.minHeight = "5000px"; // room to scroll on any page
    window.scrollTo(0, 3000);
  });
  assert.ok((await page.evaluate(() => window.scrollY)) > 0, "the page scrolled");
  await page.evaluate(() => (location.hash = "#/search/Split"));
  await page.waitForFunction(() => window.scrollY === 0, undefined, { timeout: 5000 });
  await page.reload();
  await page.waitForSelector("#main h2");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.className), "skip-link");
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute("href")), "#main");
});

test("what hover shows, keyboard focus shows too: a highlight is a Tab stop with its details", { skip }, async () => {
  const list = (await (await fetch(`${t.base}/api/articles`)).json()) as { items: { id: string; counts: { figures: number } }[] };
  const withFigure = list.items.find((a) => a.counts.figures > 0);
  assert.ok(withFigure, "an article with a figure is stored");
  await page.goto(`${t.base}/#/article/${encodeURIComponent(withFigure.id)}`);
  await page.waitForSelector("#reader mark.hl-figure");
  await page.mouse.move(0, 0);
  await page.focus("#reader mark.hl-figure");
  await page.waitForSelector(".tooltip", { state: "visible" });
  assert.match((await page.textContent(".tooltip")) ?? "", /source/);
  await page.keyboard.press("Escape");
  await page.waitForSelector(".tooltip", { state: "hidden" });
  assert.equal(await page.locator("#reader mark.hl-figure").first().getAttribute("tabindex"), "0");
});

test("at 390 px wide nothing is wider than the screen: home, story and reader", { skip }, async () => {
  const stories = (await (await fetch(`${t.base}/api/stories`)).json()) as { items?: { id: string }[] } | { id: string }[];
  const list = Array.isArray(stories) ? stories : (stories.items ?? []);
  const articles = (await (await fetch(`${t.base}/api/articles`)).json()) as { items: { id: string }[] };
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    const views = [["#/", "#main h2"], [`#/story/${encodeURIComponent(list[0]!.id)}`, "#claims-card, #main h2"], [`#/article/${encodeURIComponent(articles.items[0]!.id)}`, "#reader"]] as const;
    for (const [hash, ready] of views) {
      await page.goto(`${t.base}/${hash}`);
      await page.waitForSelector(ready);
      await page.waitForTimeout(300);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      const wide = await page.evaluate(() => [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > 391).slice(-3).map((e) => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${e.getAttribute("class") ?? ""}`));
      assert.ok(width <= 391, `${hash} is ${width} px wide at 390 px (${wide.join(", ")})`);
    }
  } finally {
    await page.setViewportSize({ width: 1400, height: 1000 });
  }
});
