// The alerts on the page, in headless Debian Chromium: the header badge counts new alerts, the list
// shows them, an alert's evidence opens the reader with that sentence shown and marked.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { startTestServer, type TestServer } from "../server/helpers.js";
import { haveChromium, launch, CHROMIUM } from "./browser.js";
import { FIRST, SECOND } from "../alerts/fixtures.js";

const skip = haveChromium ? false : `${CHROMIUM} is missing (apt-get install chromium)`;
let t: TestServer;
let browser: Awaited<ReturnType<typeof launch>> | undefined;
let page: Page;

before(async () => {
  if (skip) return;
  t = await startTestServer({ alertIntervalMs: 200 });
  browser = await launch();
  page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
});
after(async () => {
  await browser?.close();
  await t?.stop();
});

async function post(record: object): Promise<void> {
  const r = await fetch(`${t.base}/api/articles`, { method: "POST", headers: { ...t.auth, "Content-Type": "application/json" }, body: JSON.stringify(record) });
  assert.equal(r.status, 201);
}

async function waitAlerts(kind: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const list = (await (await fetch(`${t.base}/api/alerts?kind=${kind}`)).json()) as { total: number };
    if (list.total > 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`no ${kind} alert`);
}

test("badge, alert list, evidence in the reader", { skip }, async () => {
  await page.goto(`${t.base}/#token=${t.token}`);
  await page.waitForSelector("#alerts-link");
  assert.equal(await page.isHidden("#alerts-badge"), true, "no alerts, no badge");
  await post(FIRST);
  // the first report is checked (a new story) before the second arrives: its toll is then a new point of a known story
  await waitAlerts("new-story");
  await post(SECOND);
  await waitAlerts("figure");
  await page.reload();
  await page.waitForSelector("#alerts-badge:not([hidden])", { timeout: 20000 });
  assert.ok(Number(await page.textContent("#alerts-badge")) >= 2);
  await page.click("#alerts-link");
  await page.waitForSelector("#alerts-list");
  const figure = page.locator('li[data-kind="figure"]');
  assert.match((await figure.textContent()) ?? "", /14/);
  assert.equal(await page.isHidden("#alerts-badge"), true, "opening the list marks the alerts seen");
  const sentence = (await figure.locator("a.evidence-link").textContent()) ?? "";
  await figure.locator("a.evidence-link").click();
  await page.waitForSelector("#evidence mark.evidence-mark");
  assert.equal(await page.textContent("#evidence mark.evidence-mark"), sentence, "the reader shows the alert's sentence");
  assert.match(sentence, /14 Menschen getötet/);
});
