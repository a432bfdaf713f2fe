// The new user's walkthrough (issue 14, "Done when"), in headless Debian Chromium against the real
// command line: `lagebild serve` on an empty folder; `lagebild ingest --server` of a folder while it
// runs; three files uploaded through the add dialog; a feed on loopback added in the dialog, whose
// next poll brings a new death toll; the alert seen on the page (badge, list, evidence) and in the
// Atom feed. All articles are written for this test.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { haveChromium, launch, CHROMIUM } from "./browser.js";
import { projectRoot } from "../support/shared.js";
import { FIRST, SECOND, OTHER } from "../alerts/fixtures.js";

const skip = haveChromium ? false : `${CHROMIUM} is missing (apt-get install chromium)`;
const BIN = join(projectRoot(), "bin", "lagebild.js");

const LATER = `<!doctype html><html lang="de"><head><title>Zahl der Toten in Charkiw steigt auf 17</title><meta property="article:published_time" content="2022-03-03T09:00:00Z"></head>
<body><article><h1>Zahl der Toten in Charkiw steigt auf 17</h1><p>Bei dem Raketenangriff auf ein Wohnviertel in Charkiw sind 17 Menschen getötet worden, sagte Gouverneur Mykola Petrenko am Donnerstag.</p><p>Die Rettungsarbeiten in den Trümmern wurden am Abend beendet.</p></article></body></html>`;
const BRIDGE = `<!doctype html><html lang="de"><head><title>Neue Brücke in Musterhausen</title><meta property="article:published_time" content="2022-03-02T08:00:00Z"></head>
<body><article><h1>Neue Brücke in Musterhausen</h1><p>In Musterhausen ist am Mittwoch eine neue Brücke über den Fluss für den Verkehr freigegeben worden, sagte die Bürgermeisterin.</p><p>Der Bau hatte zwei Jahre gedauert.</p></article></body></html>`;

let dir = "";
let serve: ChildProcess | undefined;
let base = "";
let token = "";
let feedServer: Server | undefined;
let feedBase = "";
let feedRound = 1;
let browser: Awaited<ReturnType<typeof launch>> | undefined;
let page: Page;

function rss(): string {
  const item = (title: string, path: string, day: string) => `<item><title>${title}</title><link>${feedBase}${path}</link><pubDate>${day}</pubDate><description>${title}</description></item>`;
  const items = [item("Neue Brücke in Musterhausen", "/bruecke.html", "Wed, 02 Mar 2022 08:00:00 GMT")];
  if (feedRound > 1) items.unshift(item("Zahl der Toten in Charkiw steigt auf 17", "/charkiw-17.html", "Thu, 03 Mar 2022 09:00:00 GMT"));
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Lokale Nachrichten</title><link>${feedBase}/</link><description>Test</description>${items.join("")}</channel></rss>`;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), "lagebild-walk-"));
  feedServer = createServer((req, res) => {
    if (req.url === "/feed.xml") res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(rss());
    else if (req.url === "/bruecke.html") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(BRIDGE);
    else if (req.url === "/charkiw-17.html") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(LATER);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => feedServer!.listen(0, "127.0.0.1", () => r()));
  feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  const port = await freePort();
  // the embedded store of an empty folder, also where CI sets DATABASE_URL for the PostgreSQL tests (that database keeps earlier runs' articles)
  const env = { ...process.env };
  delete env.DATABASE_URL;
  serve = spawn(process.execPath, [BIN, "serve", "--data", join(dir, "data"), "--port", String(port), "--allow-private-fetch", "--feed-minutes", "0"], { stdio: ["ignore", "pipe", "pipe"], env });
  let out = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 60_000);
    serve!.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/\S+?)\/? /.exec(out);
      const t = /^\s+([A-Za-z0-9_-]{20,})\s*$/m.exec(out);
      if (m && t) {
        base = m[1]!.replace(/\/$/, "");
        token = t[1]!;
        clearTimeout(timer);
        resolve();
      }
    });
    serve!.on("exit", (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
  browser = await launch({ width: 1440, height: 1000 });
  page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
});

after(async () => {
  await browser?.close();
  if (serve && serve.exitCode === null) {
    serve.kill("SIGTERM");
    await new Promise((r) => serve!.once("exit", r));
  }
  feedServer?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function dialogTab(tab: string): Promise<void> {
  if (!(await page.isVisible("#add-dialog[open]"))) await page.click("#add-button");
  await page.waitForSelector("#add-dialog[open]");
  await page.click(`[data-tab="${tab}"]`);
}

async function waitDone(): Promise<string> {
  await page.waitForSelector("#add-status.done", { timeout: 90_000 });
  return (await page.textContent("#add-status")) ?? "";
}

test("serve on an empty folder, CLI ingest while it runs, uploads, a feed whose next poll brings a new toll, the alert on the page and in the Atom feed", { skip, timeout: 300_000 }, async () => {
  // the page, while the store may still be setting up
  await page.goto(`${base}/#token=${token}`);
  await page.waitForSelector("#token-state.ok", { timeout: 60_000 });
  await page.waitForFunction(() => !document.getElementById("store-starting"), undefined, { timeout: 60_000 });

  // the CLI adds a folder through the running server (the store is the server's)
  const folder = join(dir, "berichte");
  mkdirSync(folder);
  writeFileSync(join(folder, "angriff-2022-03-01.txt"), FIRST.text);
  const cli = await promisify(execFile)(process.execPath, [BIN, "ingest", "--server", base, "--token", token, folder]);
  assert.match(cli.stdout, /1 new/);
  await page.reload();
  await page.waitForFunction(() => /Raketenangriff auf Charkiw/.test(document.getElementById("stories")?.textContent ?? ""), undefined, { timeout: 30_000 });

  // three files through the upload dialog, dated by their names
  await dialogTab("upload");
  await page.setInputFiles("#upload-files", [
    { name: "charkiw-2022-03-02.txt", mimeType: "text/plain", buffer: Buffer.from(SECOND.text) },
    { name: "almaty-2022-03-02.txt", mimeType: "text/plain", buffer: Buffer.from(OTHER.text) },
    { name: "bruecke.html", mimeType: "text/html", buffer: Buffer.from(BRIDGE) },
  ]);
  await page.click("#upload-submit");
  // the dialog shows what it found before it stores: days from the file names, the page's title
  await page.waitForSelector("#review-table");
  const day = (file: string) => page.inputValue(`#review-table tr[data-file="${file}"] input[name="published"]`);
  assert.equal(await day("charkiw-2022-03-02.txt"), "2022-03-02");
  assert.match((await page.textContent('#review-table tr[data-file="charkiw-2022-03-02.txt"]')) ?? "", /from the file name/);
  assert.equal(await day("bruecke.html"), "2022-03-02");
  assert.equal(await page.inputValue('#review-table tr[data-file="bruecke.html"] input[name="title"]'), "Neue Brücke in Musterhausen");
  assert.equal(await page.locator('#review-table tr[data-file="almaty-2022-03-02.txt"] input.missing[name="outlet"]').count(), 1, "a missing outlet is asked for");
  await page.fill('#review-table tr[data-file="almaty-2022-03-02.txt"] input[name="outlet"]', "Zeitung A");
  await page.click("#upload-store");
  assert.match(await waitDone(), /3/);
  const almaty = (await (await fetch(`${base}/api/articles?q=Gaspreise`)).json()) as { items: { outlet: string | null; published: string | null }[] };
  assert.equal(almaty.items[0]?.outlet, "Zeitung A", "the detail given in the review is stored");
  assert.equal(almaty.items[0]?.published, "2022-03-02");

  // a feed on loopback; its first poll brings nothing new about Charkiw
  await dialogTab("feed");
  await page.fill("#feed-input", `${feedBase}/feed.xml`);
  await page.click("#feed-submit");
  await waitDone();
  // the next poll brings a new toll
  feedRound = 2;
  await page.waitForSelector("#feed-list button:has-text('fetch now')");
  await page.click("#feed-list button:has-text('fetch now')");
  await waitDone();
  await page.click("#add-close");

  // the alert: badge, list, evidence in the reader
  await page.waitForSelector("#alerts-badge:not([hidden])", { timeout: 60_000 });
  let found = false;
  for (let i = 0; i < 60 && !found; i++) {
    const list = (await (await fetch(`${base}/api/alerts?kind=figure`)).json()) as { items: { title: string }[] };
    found = list.items.some((a) => /17/.test(a.title));
    if (!found) await new Promise((r) => setTimeout(r, 500));
  }
  assert.ok(found, "a figure alert for the new toll");
  await page.reload();
  await page.waitForSelector("#alerts-badge:not([hidden])", { timeout: 20_000 });
  await page.click("#alerts-link");
  await page.waitForSelector("#alerts-list");
  const alert = page.locator('li[data-kind="figure"]', { hasText: "17" }).first();
  assert.match((await alert.textContent()) ?? "", /was 14/);
  await alert.locator("a.evidence-link").click();
  await page.waitForSelector("#evidence mark.evidence-mark");
  assert.match((await page.textContent("#evidence mark.evidence-mark")) ?? "", /17 Menschen getötet/);

  // the same alert in the Atom feed
  const atom = await (await fetch(`${base}/api/alerts.atom?kind=figure`)).text();
  assert.match(atom, /<title>[^<]*17[^<]*<\/title>/);
  assert.match(atom, /#\/article\/[0-9a-f]+\/\d+-\d+/);
});
