// Takes the README screenshots of the page into docs/screenshots/ (not a test; run with
// `node --import tsx test/web/screenshots.ts`). Adds the seed article from ../shared through the
// page when present, plus short reports written for this script, then photographs the views.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startTestServer } from "../server/helpers.js";
import { haveChromium, launch, CHROMIUM } from "./browser.js";
import { FIRST, SECOND, THIRD, OTHER } from "../alerts/fixtures.js";

const OUT = join(process.cwd(), "docs", "screenshots");
const SEED_DIR = join(process.cwd(), "..", "shared", "seed");

// Written for the screenshots: agency-style follow-up reports with their own figures.
const REPORTS = [
  {
    outlet: "Beispiel-Nachrichten",
    published: "2022-01-09",
    language: "de",
    text: "Kasachstan: Zahl der Festnahmen steigt\n\nIn Kasachstan sind nach Angaben des Innenministeriums inzwischen mehr als 5000 Menschen festgenommen worden. Das Ministerium teilte am Sonntag mit, in Almaty sei die Lage wieder unter Kontrolle.\n\nPräsident Tokajew sagte, die Anti-Terror-Operation werde fortgesetzt. Menschenrechtler erklärten, viele der Festgenommenen hätten keinen Anwalt gesehen. Diese Angaben ließen sich nicht unabhängig überprüfen.",
  },
  {
    outlet: "Example Wire",
    published: "2022-01-10",
    language: "en",
    text: "Kazakhstan says 164 killed in unrest\n\nAt least 164 people were killed in the unrest in Kazakhstan, the health ministry said on Monday. More than 7900 people have been detained, the interior ministry said.\n\nPresident Tokayev said order had been restored in Almaty and Nur-Sultan. The figures could not be independently verified.",
  },
];

async function main(): Promise<void> {
  if (!haveChromium) {
    console.error(`screenshots: ${CHROMIUM} is missing; skipped`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const t = await startTestServer();
  const b = await launch({ width: 1440, height: 1000 });
  try {
    const page = b.ctx.pages()[0] ?? (await b.ctx.newPage());
    await page.goto(`${t.base}/#token=${t.token}`);
    await page.waitForSelector("#token-state.ok");
    const seed = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).filter((f) => f.endsWith(".txt")) : [];
    // the add dialog (paste), first the seed when available
    await page.click("#add-button");
    await page.fill("#paste-text", seed.length ? readFileSync(join(SEED_DIR, seed[0]!), "utf8") : REPORTS[1]!.text);
    await page.fill("#paste-published", seed.length ? "2022-01-08" : REPORTS[1]!.published);
    await page.fill("#paste-outlet", seed.length ? "tagesschau.de" : REPORTS[1]!.outlet);
    await page.click("#paste-submit");
    await page.waitForSelector("#add-status.done", { timeout: 60000 });
    await page.screenshot({ path: join(OUT, "add-dialog.png") });
    await page.keyboard.press("Escape");
    // more reports as a batch through the API (shows in the job list)
    const res = await fetch(`${t.base}/api/articles`, { method: "POST", headers: { ...t.auth, "Content-Type": "application/json" }, body: JSON.stringify({ articles: REPORTS }) });
    const { job } = (await res.json()) as { job: { id: string } };
    for (;;) {
      const j = (await (await fetch(`${t.base}/api/jobs/${job.id}`)).json()) as { job: { state: string } };
      if (j.job.state === "done" || j.job.state === "failed") break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const stories = (await (await fetch(`${t.base}/api/stories`)).json()) as { items: { id: string; articles: number }[] };
    const main = stories.items.sort((a, b) => b.articles - a.articles)[0]!;
    await page.goto(`${t.base}/#/story/${encodeURIComponent(main.id)}`);
    await page.reload();
    await page.waitForSelector("svg.map g.place, svg.map path.country", { timeout: 15000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUT, "story.png"), fullPage: false });
    await page.screenshot({ path: join(OUT, "story-full.png"), fullPage: true });
    // element shots taller than the window: keep the sticky header out of them
    await page.evaluate(() => ((document.querySelector("header.top") as HTMLElement).style.position = "static"));
    const figs = page.locator("#figures-card");
    if (await figs.count()) {
      const dot = page.locator("svg.figure-chart circle.point").first();
      if (await dot.count()) await dot.hover();
      await page.waitForTimeout(200);
      await figs.screenshot({ path: join(OUT, "figures.png") });
    }
    await page.locator("#claims-card").screenshot({ path: join(OUT, "claims.png") });
    await page.evaluate(() => ((document.querySelector("header.top") as HTMLElement).style.position = ""));
    // the reader
    await page.click("#articles-card a.article-link");
    await page.waitForSelector("#reader mark");
    const fig = page.locator("#reader mark.hl-figure").first();
    if (await fig.count()) await fig.hover();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, "reader.png") });
    console.log(`screenshots written to ${OUT}: ${readdirSync(OUT).join(", ")}`);
  } finally {
    await b.close();
    await t.stop();
  }
}

/** The alerts list at 1440 px and 390 px, over the reports written for the alert tests (`... screenshots.ts --alerts` takes only these). */
async function alertShots(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const t = await startTestServer({ alertIntervalMs: 200 });
  try {
    for (const r of [FIRST, SECOND, THIRD, OTHER]) {
      await fetch(`${t.base}/api/articles`, { method: "POST", headers: { ...t.auth, "Content-Type": "application/json" }, body: JSON.stringify(r) });
      await new Promise((r) => setTimeout(r, 600)); // one alert round per article, as when they arrive one by one
    }
    for (let i = 0; i < 100; i++) {
      const list = (await (await fetch(`${t.base}/api/alerts?kind=contradiction`)).json()) as { total: number };
      if (list.total) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const [width, name] of [[1440, "alerts.png"], [390, "alerts-390.png"]] as const) {
      const b = await launch({ width, height: 900 });
      try {
        const page = b.ctx.pages()[0] ?? (await b.ctx.newPage());
        await page.goto(`${t.base}/#/alerts`);
        await page.waitForSelector("#alerts-list");
        await page.screenshot({ path: join(OUT, name) });
      } finally {
        await b.close();
      }
    }
    console.log(`alert screenshots written to ${OUT}`);
  } finally {
    await t.stop();
  }
}

if (!haveChromium) console.error(`screenshots: ${CHROMIUM} is missing; skipped`);
else if (process.argv.includes("--alerts")) await alertShots();
else {
  await main();
  await alertShots();
}
