// Correcting an article's details in the reader (headless Debian Chromium): an undated article gets
// its day and outlet; the reader and the stories list show them at once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { startTestServer, type TestServer } from "../server/helpers.js";
import { haveChromium, launch, CHROMIUM } from "./browser.js";

const skip = haveChromium ? false : `${CHROMIUM} is missing (apt-get install chromium)`;
let t: TestServer;
let browser: Awaited<ReturnType<typeof launch>> | undefined;
let page: Page;

// Written for this test: a report that names no day of publication.
const UNDATED = "Brand in Lagerhalle\n\nIn einer Lagerhalle in Beispielstadt ist ein Feuer ausgebrochen. Nach Angaben der Feuerwehr wurden drei Menschen leicht verletzt.";

before(async () => {
  if (skip) return;
  t = await startTestServer({ alertIntervalMs: 0 });
  browser = await launch();
  page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
});
after(async () => {
  await browser?.close();
  await t?.stop();
});

test("the reader corrects an article's day and outlet; the page shows them", { skip }, async () => {
  const r = await fetch(`${t.base}/api/articles`, { method: "POST", headers: { ...t.auth, "Content-Type": "text/plain" }, body: UNDATED });
  const { id } = (await r.json()) as { id: string };
  await page.goto(`${t.base}/#token=${t.token}`);
  await page.waitForSelector("#token-state.ok");
  await page.goto(`${t.base}/#/article/${id}`);
  await page.waitForSelector("#correct-open");
  assert.doesNotMatch((await page.textContent("main")) ?? "", /published 2023-03-07/);
  await page.click("#correct-open");
  await page.fill("#correct-published", "2023-03-07");
  await page.fill("#correct-outlet", "Beispielblatt");
  await page.click("#correct-save");
  await page.waitForFunction(() => /published 2023-03-07/.test(document.querySelector("main")?.textContent ?? ""), undefined, { timeout: 15000 });
  assert.match((await page.textContent("main")) ?? "", /Beispielblatt/);
  await page.waitForFunction(() => /2023-03-07/.test(document.getElementById("stories")?.textContent ?? ""), undefined, { timeout: 15000 });
  // an impossible day is refused with the server's message
  await page.click("#correct-open");
  await page.fill("#correct-published", "2023-02-30");
  await page.click("#correct-save");
  await page.waitForFunction(() => /real date/.test(document.getElementById("correct-status")?.textContent ?? ""), undefined, { timeout: 15000 });
});
