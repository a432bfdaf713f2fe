// Figure series across articles (issue 13): a rising toll from one source is a revision, two sources disagreeing
// on one day are a contradiction, a withdrawn value counts for neither, a city's count is its own series, copies
// of one agency text are one source. The reports are written for this test and go through the real extractor.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/index.js";
import { buildSituation } from "../../src/situation/index.js";
import { toSituationArticle } from "../../src/store/index.js";
import { Situation } from "../../src/schema/index.js";

const report = (id: string, outlet: string, published: string, text: string) => {
  const x = extract(text, { lang: "de", published });
  return { ...toSituationArticle({ ...x, article: { ...x.article, url: `https://${outlet}.example/${id}`, outlet, title: `Unruhen in Moldau (${id})` } }), id };
};

const REPORTS = [
  report("a1", "nordkurier", "2024-03-01", "Bei den Unruhen in Moldau sind nach Angaben des Innenministeriums bislang insgesamt zwölf Menschen getötet worden. In Chișinău wurden drei Demonstranten getötet. Präsidentin Maia Sandu rief zur Ruhe auf."),
  report("a2", "westpost", "2024-03-02", "Die Zahl der Toten bei den Unruhen in Moldau ist nach Angaben des Innenministeriums auf insgesamt 26 gestiegen. Präsidentin Maia Sandu sprach in Chișinău von einer schweren Krise."),
  report("a3", "ostbote", "2024-03-02", "Ein Oppositionsportal berichtete dagegen von insgesamt 40 Toten bei den Unruhen in Moldau. Präsidentin Maia Sandu äußerte sich in Chișinău nicht dazu."),
  report("a4", "suedkurier", "2024-03-03", "Das Innenministerium zog die Angabe von 26 Toten bei den Unruhen in Moldau am Sonntag zurück. Präsidentin Maia Sandu kündigte in Chișinău eine Untersuchung an."),
];

test("series: one national running total with a revision and a contradiction; the city count apart; withdrawn marked", () => {
  const sit = buildSituation(REPORTS);
  assert.ok(Situation.safeParse(sit).success);
  assert.equal(sit.stories.length, 1, JSON.stringify(sit.stories.map((s) => s.articles.map((a) => a.id))));
  const story = sit.stories[0]!;
  const total = story.series.find((s) => s.category === "killed" && s.cumulative && s.place === null);
  assert.ok(total, JSON.stringify(story.series.map((s) => s.id)));
  assert.equal(total.country, "MD");
  assert.deepEqual(total.points.map((p) => p.value).sort((x, y) => x - y), [12, 26, 26, 40]);
  // 12 -> 26 from the ministry: a revision up
  assert.equal(total.revisions.length, 1, JSON.stringify(total.revisions));
  assert.deepEqual([total.revisions[0]!.from.value, total.revisions[0]!.to.value, total.revisions[0]!.direction], [12, 26, "up"]);
  // 26 (ministry) vs 40 (portal) on 2 March
  assert.equal(total.contradictions.length, 1, JSON.stringify(total.contradictions.map((c) => c.reason)));
  assert.deepEqual([total.contradictions[0]!.a.value, total.contradictions[0]!.b.value].sort((x, y) => x - y), [26, 40]);
  assert.equal(total.points.find((p) => p.article === "a4")?.status, "withdrawn");
  assert.ok(!total.latest.some((e) => e.value === 26), "a withdrawn value is no latest value: " + JSON.stringify(total.latest.map((e) => e.value)));
  const city = story.series.find((s) => s.category === "killed" && s.place === "Chișinău");
  assert.ok(city, JSON.stringify(story.series.map((s) => s.id)));
  assert.equal(city.group, "protesters");
  assert.deepEqual(city.points.map((p) => p.value), [3]);
  assert.equal(city.points[0]!.unattributed, true);
});

test("series: four copies of one agency report are one point with four copies", () => {
  const text = "Bei den Unruhen in Moldau sind nach Angaben des Innenministeriums bislang insgesamt zwölf Menschen getötet worden. Präsidentin Maia Sandu rief in Chișinău zur Ruhe auf. (dpa)";
  const copies = ["p1", "p2", "p3", "p4"].map((id, k) => {
    const x = extract(text, { lang: "de", published: "2024-03-01" });
    return { ...toSituationArticle({ ...x, article: { ...x.article, url: `https://outlet${k}.example/${id}`, outlet: `Outlet ${k}`, credits: ["dpa"], title: "Unruhen" } }), id };
  });
  const story = buildSituation(copies).stories[0]!;
  const total = story.series.find((s) => s.category === "killed")!;
  assert.equal(total.points.length, 1);
  assert.equal(total.points[0]!.copies, 4);
  assert.equal(story.sources, 1);
});

test("ACLED export: the 31 columns in ACLED's order, read back by a CSV parser; fatalities never above the national toll", async () => {
  const { toAcled, ACLED_COLUMNS } = await import("../../src/situation/export.js");
  const { parse } = await import("csv-parse/sync");
  const text = toAcled(buildSituation(REPORTS));
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const header = (parse(text, { to_line: 1 }) as string[][])[0]!;
  assert.deepEqual(header, [...ACLED_COLUMNS]);
  assert.equal(header.length, 31);
  assert.ok(rows.length >= 1, "one row per incident");
  for (const r of rows) {
    assert.equal(r.iso, "498", "Moldova's numeric code");
    assert.match(r.event_id_cnty!, /^MDA\d+$/);
    assert.ok(r.source, "every row names its outlets");
    assert.ok(["International", "Other"].includes(r.source_scale!));
    assert.match(r.timestamp!, /^\d{10}$/);
  }
  const sum = rows.reduce((n, r) => n + Number(r.fatalities), 0);
  assert.ok(sum <= 40, `fatalities ${sum} above the highest national toll`);
});

test("ACLED fatalities: a national total printed on several incidents counts once", async () => {
  const { toAcled } = await import("../../src/situation/export.js");
  const { parse } = await import("csv-parse/sync");
  const sit = buildSituation(REPORTS);
  const story = sit.stories[0]!;
  const base = story.events[0] ?? { type: "Riots", date: "2024-03-01", country: "MD", actors: [], text: "x", start: 0, end: 1, article: "a1" };
  story.events = ["2024-03-01", "2024-03-02", "2024-03-03"].map((date, k) => ({ ...base, type: "Riots" as const, date, location: `Ort ${k}`, fatalities: 26, article: "a1", articles: ["a1"], sources: 1 }));
  const rows = parse(toAcled(sit), { columns: true }) as Record<string, string>[];
  assert.deepEqual(rows.map((r) => Number(r.fatalities)), [26, 0, 0]);
});

test("places merge across languages by their gazetteer id: 'Moskau' and 'Moscow' are one story entity", () => {
  const de = extract("In Moskau nahm die Polizei am Montag 40 Demonstranten fest, teilte das Innenministerium mit. Kremlsprecher Dmitri Peskow äußerte sich nicht.", { lang: "de", published: "2024-04-01" });
  const en = extract("Police in Moscow detained 40 protesters on Monday, the interior ministry said. Kremlin spokesman Dmitry Peskov declined to comment.", { lang: "en", published: "2024-04-01" });
  const sit = buildSituation([
    { ...toSituationArticle({ ...de, article: { ...de.article, url: "https://de.example/1", outlet: "Beispielblatt" } }), id: "de1" },
    { ...toSituationArticle({ ...en, article: { ...en.article, url: "https://en.example/1", outlet: "Example Times" } }), id: "en1" },
  ]);
  const places = sit.stories.flatMap((s) => s.entities).filter((e) => e.names.includes("Moskau") || e.names.includes("Moscow"));
  assert.equal(places.length, 1, JSON.stringify(places));
  assert.ok(places[0]!.names.includes("Moskau") && places[0]!.names.includes("Moscow"));
});

test("a story names its main incident: the event most reports give, its place and days", () => {
  const story = buildSituation(REPORTS).stories[0]!;
  assert.ok(story.incident, "an incident title");
  assert.match(story.incident!, /Moldova/);
  assert.match(story.incident!, /2024-03-0\d/);
});

test("situation JSON is written a story at a time and reads back as the same object (also without stories)", async () => {
  const { writeSituationJson } = await import("../../src/situation/export.js");
  for (const sit of [buildSituation(REPORTS), { generated: "2024-03-04T00:00:00.000Z", articles: 0, stories: [] }]) {
    const chunks: string[] = [];
    await writeSituationJson(sit, (c) => void chunks.push(c));
    assert.ok(chunks.length >= (sit.stories.length ? 3 : 2));
    assert.deepEqual(JSON.parse(chunks.join("")), JSON.parse(JSON.stringify(sit)));
  }
});
