import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSituation, computeSituation } from "../../src/situation/index.js";
import { valuesConflict } from "../../src/situation/build.js";
import { minhash, signatureSimilarity } from "../../src/text/similarity.js";
import { openStore, toSituationArticle } from "../../src/store/index.js";
import { Situation, type Story } from "../../src/schema/index.js";
import { FLOOD_SPECS, KAZ_SPECS, makeExtraction, type Spec } from "./fixtures.js";
import { parse } from "csv-parse/sync";

const situationOf = (specs: Spec[]) => buildSituation(specs.map((s) => toSituationArticle(makeExtraction(s))));
const storyWith = (stories: Story[], url: string) => stories.find((s) => s.articles.some((a) => a.url === url));

test("the situation validates against the contract schema", () => {
  const sit = situationOf([...KAZ_SPECS, ...FLOOD_SPECS]);
  const r = Situation.safeParse(sit);
  assert.ok(r.success, r.success ? "" : JSON.stringify(r.error.issues.slice(0, 3)));
});

test("minhash: lightly edited copies are near-duplicates, different texts are not", () => {
  const a = minhash(makeExtraction(KAZ_SPECS[0]!).text);
  const b = minhash(makeExtraction(KAZ_SPECS[1]!).text);
  const c = minhash(makeExtraction(KAZ_SPECS[4]!).text);
  assert.ok(signatureSimilarity(a, b) >= 0.5, `copy similarity ${signatureSimilarity(a, b)}`);
  assert.ok(signatureSimilarity(a, c) < 0.2, `different texts ${signatureSimilarity(a, c)}`);
});

test("stories: Kazakhstan reports in two languages form one story, the flood another", () => {
  const sit = situationOf([...KAZ_SPECS, ...FLOOD_SPECS]);
  const kz = storyWith(sit.stories, KAZ_SPECS[0]!.url)!;
  const flood = storyWith(sit.stories, FLOOD_SPECS[0]!.url)!;
  assert.notEqual(kz.id, flood.id);
  assert.deepEqual(kz.articles.map((a) => a.url).sort(), KAZ_SPECS.map((s) => s.url).sort());
  assert.deepEqual(flood.articles.map((a) => a.url).sort(), FLOOD_SPECS.map((s) => s.url).sort());
  assert.equal(kz.start, "2022-01-06");
  assert.equal(kz.end, "2022-01-09");
  assert.equal(kz.countries[0], "KZ");
  // Tokajew (de) and Tokayev (en) merged by their spelling key
  const tok = kz.entities.find((e) => e.key === "tokayev")!;
  assert.ok(tok.names.includes("Tokajew") && tok.names.includes("Tokayev"), tok.names.join(", "));
  assert.equal(tok.articles, 5);
});

test("syndication: the three dpa copies and the two AFP copies each count as one source", () => {
  const sit = situationOf(KAZ_SPECS);
  const kz = sit.stories[0]!;
  const syn = (url: string) => kz.articles.find((a) => a.url === url)!.syndication;
  const day1 = KAZ_SPECS.slice(0, 3).map((s) => syn(s.url));
  assert.ok(day1[0] && day1.every((g) => g === day1[0]), `day-1 groups ${day1.join(", ")}`);
  const day3 = KAZ_SPECS.slice(5, 7).map((s) => syn(s.url));
  assert.ok(day3[0] && day3[0] === day3[1] && day3[0] !== day1[0]);
  assert.equal(syn(KAZ_SPECS[3]!.url), null);
  assert.equal(syn(KAZ_SPECS[4]!.url), null);
  // 7 articles, 4 independent sources: dpa copy, wire report, own report, AFP copy
  assert.equal(kz.articles.length, 7);
  assert.equal(kz.sources, 4);
});

test("figure timeline: ordered by date, syndicated copies counted once, latest per source", () => {
  const kz = situationOf(KAZ_SPECS).stories[0]!;
  const killed = kz.figures.find((f) => f.category === "killed")!;
  assert.deepEqual(
    killed.timeline.map((e) => [e.date, e.value, e.qualifier, e.source]),
    [
      ["2022-01-06", 12, "at_least", "Innenministerium"],
      ["2022-01-07", 19, "exact", "official figures"],
      ["2022-01-07", 31, "exact", "state television"],
      ["2022-01-07", 45, "exact", "Exil-Oppositionsgruppe"],
      ["2022-01-09", 150, "exact", "Gesundheitsministerium"],
    ],
  );
  const day1 = killed.timeline[0]!;
  assert.equal(day1.copies, 3, "three syndicated copies collapse into one entry");
  assert.ok(killed.timeline.every((e) => e.outlet && e.article));
  const last = killed.timeline[killed.timeline.length - 1]!;
  assert.equal(last.copies, 2);
  // latest value per source: every source reported once, so one entry per source
  assert.equal(killed.latest.length, 5);
  const arrested = kz.figures.find((f) => f.category === "arrested")!;
  assert.equal(arrested.timeline.length, 1);
  assert.equal(arrested.timeline[0]!.qualifier, "more_than");
});

test("figure contradictions respect subjects, dates and qualifiers", () => {
  const kz = situationOf(KAZ_SPECS).stories[0]!;
  const killed = kz.figures.find((f) => f.category === "killed")!;
  // 31 rioters (state TV) vs 45 protesters (opposition), same day: different subjects by wording -> no conflict;
  // 19 police (official) vs 31 rioters: different subjects -> no conflict.
  assert.equal(killed.contradictions.length, 0, JSON.stringify(killed.contradictions.map((c) => c.reason)));
  // same subject and day, values that cannot both hold
  const specs: Spec[] = [
    { ...KAZ_SPECS[4]!, figures: [{ phrase: "45 Demonstranten erschossen", value: 45, source: "Exil-Oppositionsgruppe", subject: "Demonstranten", date: "2022-01-07" }] },
    {
      url: "https://x.example/a", outlet: "Kurier", published: "2022-01-07", title: "Kasachstan",
      text: "In Almaty in Kasachstan wurden nach Regierungsangaben 20 Demonstranten getötet.",
      entities: [{ name: "Kasachstan", key: "kazakhstan", country: "KZ" }, { name: "Almaty", key: "almaty", country: "KZ" }, { name: "Kassym-Schomart Tokajew", type: "person", key: "tokayev" }],
      figures: [{ phrase: "20 Demonstranten", value: 20, source: "Regierung", subject: "Demonstranten" }],
    },
  ];
  const story = situationOf(specs).stories[0]!;
  const k = story.figures.find((f) => f.category === "killed")!;
  assert.equal(k.contradictions.length, 1);
  assert.match(k.contradictions[0]!.reason, /45/);
  // qualifiers: "at least 20" and 45 can both hold
  assert.equal(valuesConflict({ value: 20, qualifier: "at_least" }, { value: 45, qualifier: "exact" }), false);
  assert.equal(valuesConflict({ value: 20, qualifier: "up_to" }, { value: 45, qualifier: "exact" }), true);
  assert.equal(valuesConflict({ value: 40, qualifier: "about" }, { value: 42, qualifier: "exact" }), false);
  assert.equal(valuesConflict({ value: 40, qualifier: "more_than" }, { value: 40, qualifier: "exact" }), true);
});

test("claim status: single-source across syndicated copies, corroborated, contradicted, unverifiable", () => {
  const kz = situationOf(KAZ_SPECS).stories[0]!;
  const claim = (s: string) => kz.claims.find((c) => c.text.includes(s))!;
  const order = claim("in den kommenden Stunden wiederhergestellt");
  assert.equal(order.independentSources, 1, "three dpa copies are one source");
  assert.equal(order.status, "single-source");
  assert.deepEqual(order.sources, ["Innenministerium"]);
  // "Russian soldiers involved" (opposition, unverified) vs "not involved" (ministry): contradicted
  const involved = claim("russische Soldaten seien an den Einsätzen gegen Demonstranten beteiligt");
  assert.equal(involved.status, "contradicted");
  const denied = claim("nicht beteiligt");
  assert.equal(denied.status, "contradicted");
  assert.equal(involved.independentSources, 1, "the two AFP copies are one source");
  const gunfire = claim("sporadic gunfire");
  assert.equal(gunfire.status, "unverifiable");
});

test("claim corroborated by two independent outlets", () => {
  const base = KAZ_SPECS[0]!;
  const other: Spec = {
    url: "https://other.example/kz", outlet: "Anderes Blatt", published: "2022-01-06", title: "Kasachstan",
    text: "Eine ganz eigene Meldung aus Kasachstan: Das Ministerium in Almaty betonte, die Ordnung werde in den kommenden Stunden wiederhergestellt, und Tokajew schwieg.",
    entities: [{ name: "Kasachstan", key: "kazakhstan", country: "KZ" }, { name: "Almaty", key: "almaty", country: "KZ" }, { name: "Tokajew", type: "person", key: "tokayev" }],
    claims: [{ phrase: "die Ordnung werde in den kommenden Stunden wiederhergestellt", source: "Ministerium" }],
  };
  const story = situationOf([base, other]).stories[0]!;
  assert.equal(story.articles.length, 2);
  const c = story.claims.find((x) => x.text.includes("wiederhergestellt"))!;
  assert.equal(c.independentSources, 2);
  assert.equal(c.status, "corroborated");
});

test("computeSituation reads stored articles; --story selects one", async () => {
  const store = await openStore({ dataDir: "memory://", databaseUrl: null });
  try {
    for (const s of [...KAZ_SPECS, ...FLOOD_SPECS]) assert.equal((await store.storeExtraction(makeExtraction(s))).status, "new");
    const sit = await computeSituation(store);
    assert.equal(sit.articles, KAZ_SPECS.length + FLOOD_SPECS.length);
    const kz = storyWith(sit.stories, KAZ_SPECS[0]!.url)!;
    assert.equal(kz.sources, 4);
    const killed = kz.figures.find((f) => f.category === "killed")!;
    assert.deepEqual(killed.timeline.map((e) => e.value), [12, 19, 31, 45, 150]);
    assert.equal(killed.timeline[0]!.copies, 3);
    const one = await computeSituation(store, { story: kz.id });
    assert.equal(one.stories.length, 1);
    assert.equal(one.stories[0]!.id, kz.id);
  } finally {
    await store.close();
  }
});

test("articles without entities are grouped by shared text, and only then", () => {
  const passage = "Die Stadtwerke teilten mit, dass die Reparatur der beschädigten Hauptleitung mindestens bis zum Wochenende dauern werde und die Bewohner der betroffenen Viertel bis dahin aus Tankwagen versorgt würden.";
  const specs: Spec[] = [
    { url: "https://a.example/1", outlet: "A", published: "2023-08-01", title: "Wasserrohrbruch", text: `Ein Rohrbruch legte am Dienstag die Versorgung lahm. ${passage} Die Ursache ist noch unklar.` },
    { url: "https://b.example/1", outlet: "B", published: "2023-08-02", title: "Noch kein Wasser", text: `Auch am Mittwoch floss kein Wasser. ${passage} Anwohner äußerten Unmut über die Informationspolitik, viele Geschäfte blieben geschlossen und Schulen schickten die Kinder nach Hause.` },
    { url: "https://c.example/1", outlet: "C", published: "2023-08-02", title: "Konzert abgesagt", text: "Das für Samstag geplante Open-Air-Konzert im Stadtpark wurde wegen der angekündigten Unwetter abgesagt. Karten behalten ihre Gültigkeit für den Ersatztermin im September." },
  ];
  const sit = situationOf(specs);
  const a = storyWith(sit.stories, "https://a.example/1")!;
  assert.deepEqual(a.articles.map((x) => x.url).sort(), ["https://a.example/1", "https://b.example/1"]);
  assert.equal(a.sources, 2, "sharing a passage is not syndication");
  assert.equal(storyWith(sit.stories, "https://c.example/1")!.articles.length, 1);
  // outside the time window they stay apart
  const far = situationOf([specs[0]!, { ...specs[1]!, published: "2023-09-30" }]);
  assert.equal(far.stories.length, 2);
});

test("exports: figures CSV, ACLED events, GeoJSON points", async () => {
  const { toCsv, toAcled, toGeoJson, csvCell } = await import("../../src/situation/export.js");
  const xs = KAZ_SPECS.map((s) => makeExtraction(s));
  xs[3]!.events.push({ type: "Protests", subType: "Protest with intervention", date: "2022-01-07", country: "KZ", location: "Almaty", lat: null, lon: null, actors: ["Demonstranten", "Polizei"], fatalities: 31, text: "protests in Almaty", start: 0, end: 10 });
  xs[3]!.entities.find((e) => e.key === "almaty")!.lat = 43.25;
  xs[3]!.entities.find((e) => e.key === "almaty")!.lon = 76.92;
  const sit = buildSituation(xs.map((x) => toSituationArticle(x)));
  const csv = toCsv(sit, "figures").trim().split("\r\n");
  assert.equal(csv[0], "story_id,story_title,category,date,value,qualifier,subject,source,outlet,copies,article_id,url,text");
  assert.equal(csv.length, 1 + 6, "five killed entries and one arrested entry");
  assert.ok(csv.some((l) => l.includes(",killed,2022-01-06,12,at_least,") && l.includes(",3,")), "copies column");
  const acled = parse(toAcled(sit), { columns: true }) as Record<string, string>[];
  assert.equal(acled.length, 1);
  const row = acled[0]!;
  assert.deepEqual(
    [row.event_id_cnty, row.event_date, row.year, row.time_precision, row.disorder_type, row.event_type, row.sub_event_type, row.actor1, row.actor2, row.iso, row.country, row.location, row.latitude, row.longitude, row.geo_precision, row.source],
    ["KAZ1", "2022-01-07", "2022", "1", "Demonstrations", "Protests", "Protest with intervention", "Demonstranten", "Polizei", "398", "Kazakhstan", "Almaty", "43.25", "76.92", "2", "Global Wire"],
  );
  const geo = toGeoJson(sit);
  assert.equal(geo.features.length, 1);
  assert.deepEqual((geo.features[0] as { geometry: { coordinates: number[] } }).geometry.coordinates, [76.92, 43.25]);
  assert.equal(csvCell('a "b", c'), '"a ""b"", c"');
});

test("loose keys join transliterations the spelling key keeps apart, but not different names", async () => {
  const { looseKey } = await import("../../src/situation/build.js");
  const loc = (key: string, country = "KZ") => looseKey({ key, name: key, type: "location", country });
  const per = (key: string) => looseKey({ key, name: key, type: "person", country: null });
  assert.equal(loc("kasaxtan"), loc("kasahstan"));
  assert.notEqual(loc("kasaxtan"), loc("kasaxtan", "UZ"));
  assert.notEqual(loc("karaganda"), loc("kysylorda"));
  assert.equal(per("kasym shomart tokaev"), per("kasym yomart tokaev"));
  assert.notEqual(per("kasym yomart tokaev"), per("karim masimov"));
  assert.equal(per("tokaev"), null, "a bare surname is too little to merge on");
  assert.equal(loc("ufa"), null, "too short");
  const specs: Spec[] = [
    { ...KAZ_SPECS[0]!, entities: [{ name: "Kasachstan", key: "kasaxtan", country: "KZ" }, { name: "Kassym-Schomart Tokajew", type: "person", key: "kasym shomart tokaev" }] },
    { ...KAZ_SPECS[3]!, entities: [{ name: "Kazakhstan", key: "kasahstan", country: "KZ" }, { name: "Kassym-Jomart Tokayev", type: "person", key: "kasym yomart tokaev" }] },
  ];
  const sit = situationOf(specs);
  assert.equal(sit.stories.length, 1);
  const names = sit.stories[0]!.entities.map((e) => e.names.join("/"));
  assert.equal(sit.stories[0]!.entities.length, 2, names.join("; "));
});

test("events: one per type, day and place across the story, reports counted with copies once", () => {
  const xs = KAZ_SPECS.map((s) => makeExtraction(s));
  const ev = { type: "Riots" as const, date: "2022-01-06", country: "KZ", location: "Almaty", actors: [], text: "x", start: 0, end: 1 };
  for (const i of [0, 1, 2, 4]) xs[i]!.events.push({ ...ev, fatalities: i === 4 ? 45 : null });
  xs[3]!.events.push({ ...ev, type: "Protests" });
  const kz = buildSituation(xs.map((x) => toSituationArticle(x))).stories[0]!;
  assert.equal(kz.events.length, 2);
  const riots = kz.events.find((e) => e.type === "Riots")!;
  assert.equal(riots.articles!.length, 4);
  assert.equal(riots.sources, 2, "three dpa copies and one own report");
  assert.equal(riots.fatalities, 45, "gaps filled from later reports");
});

test("a bare surname joins the one full name ending in it; a comment after a semicolon does not flip a claim", () => {
  const specs: Spec[] = [
    { ...KAZ_SPECS[0]!, entities: [{ name: "Kasachstan", key: "kazakhstan", country: "KZ" }, { name: "Almaty", key: "almaty", country: "KZ" }, { name: "Kassym-Schomart Tokajew", type: "person", key: "kasym shomart tokaev" }] },
    { ...KAZ_SPECS[4]!, entities: [{ name: "Kasachstan", key: "kazakhstan", country: "KZ" }, { name: "Almaty", key: "almaty", country: "KZ" }, { name: "Tokajew", type: "person", key: "tokaev" }] },
  ];
  const story = situationOf(specs).stories[0]!;
  const tok = story.entities.filter((e) => e.type === "person");
  assert.equal(tok.length, 1, tok.map((e) => e.name).join(", "));
  assert.equal(tok[0]!.name, "Kassym-Schomart Tokajew");
  assert.equal(tok[0]!.articles, 2);
  // the AFP text with its trailing comment, against the ministry's denial
  const afp: Spec = { ...KAZ_SPECS[5]!, claims: [{ phrase: "russische Soldaten seien an den Einsätzen gegen Demonstranten beteiligt; eine Bestätigung gab es nicht", source: "Oppositionelle" }] };
  const s2 = situationOf([KAZ_SPECS[4]!, afp]).stories[0]!;
  const c = s2.claims.filter((x) => /Soldaten/.test(x.text));
  assert.equal(c.length, 2);
  assert.ok(c.every((x) => x.status === "contradicted"), JSON.stringify(c.map((x) => x.status)));
});

test("an undated article joins its copies but does not chain stories across time", () => {
  const undatedCopy: Spec = { ...KAZ_SPECS[1]!, url: "https://undated.example/1", published: "" };
  const otherYear: Spec = { ...KAZ_SPECS[4]!, url: "https://later.example/1", published: "2023-06-01", text: KAZ_SPECS[4]!.text + " Ein Jahr danach." };
  const undatedOwn: Spec = { ...KAZ_SPECS[4]!, url: "https://undated.example/2", published: "", text: "Eine eigene Meldung ohne Datum über Almaty in Kasachstan und Präsident Tokajew." , figures: [], claims: [] };
  const xs = [KAZ_SPECS[0]!, undatedCopy, otherYear, undatedOwn].map((s) => {
    const x = makeExtraction(s);
    if (!s.published) x.article.published = null;
    return toSituationArticle(x);
  });
  const sit = buildSituation(xs);
  const first = storyWith(sit.stories, KAZ_SPECS[0]!.url)!;
  assert.deepEqual(first.articles.map((a) => a.url).sort(), [KAZ_SPECS[0]!.url, "https://undated.example/1"].sort());
  assert.equal(storyWith(sit.stories, "https://later.example/1")!.articles.length, 1);
  assert.equal(storyWith(sit.stories, "https://undated.example/2")!.articles.length, 1);
});

test("minSources keeps the stories with enough independent sources", () => {
  const xs = [...KAZ_SPECS, ...FLOOD_SPECS].map((s) => toSituationArticle(makeExtraction(s)));
  assert.equal(buildSituation(xs).stories.length, 2);
  const big = buildSituation(xs, { minSources: 3 });
  assert.equal(big.stories.length, 1);
  assert.equal(big.stories[0]!.sources, 4);
});
