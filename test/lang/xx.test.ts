// A language is a folder: Xish ("xx"), invented and defined only in test/lang/xx/, registered at run time,
// goes through the whole pipeline. Every concern must read it from the pack: the date "ko 3 marvo", the
// killed count "dua homoj sa mortigat", the claim "lo polizio vordat ke ..." and the protest "klamoro".
// All sentences are Xish, written for this test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { languageCodes, registerLanguage, hasLanguage } from "../../src/lang/registry.js";
import { LANGS, type Lang } from "../../src/schema/index.js";
import xx from "./xx/index.js";

const builtIn = languageCodes();
registerLanguage(xx);
// the pipeline is loaded after the registration, like a plug-in language would be
const { fullPipeline, extract } = await import("../../src/extract/index.js");
const { Document } = await import("../../src/nlp/document.js");
const { buildSituation } = await import("../../src/situation/index.js");
const { toSituationArticle } = await import("../../src/store/index.js");

const PUBLISHED = "2024-03-05"; // a Tuesday ("duadi")
const KILLED = "Lo polizio vordat ko 3 marvo ke dua homoj sa mortigat ilu lo klamoro ilu Berlin.";

function run(text: string) {
  const doc = new Document(text, "xx" as Lang, { meta: { published: PUBLISHED, anchor: PUBLISHED } });
  fullPipeline().run(doc);
  return doc;
}

test("the Xish folder imports nothing from the German or English packs", () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "test", "lang", "xx");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    for (const m of readFileSync(join(dir, file), "utf8").matchAll(/from\s+"([^"]+)"/g)) {
      assert.ok(m[1].startsWith("./") || m[1] === "../../../src/lang/types.js", `${file} imports ${m[1]}`);
    }
  }
  assert.ok(hasLanguage("xx"));
  assert.deepEqual(languageCodes(), [...builtIn, "xx"]);
});

test("the contract's language list is the built-in languages of the registry", () => {
  assert.deepEqual([...LANGS], builtIn, "a new folder in src/lang needs its code in LANGS (src/schema/index.ts) too");
});

test("fullPipeline on a Xish document: a date, a killed count, a sourced claim, a protest", () => {
  const doc = run(KILLED);
  const r = doc.results;
  assert.deepEqual(r.times?.map((t) => [t.text, t.value]), [["ko 3 marvo", "2024-03-03"]], "the month name comes from the pack, the year from the publication day");
  const killed = r.figures?.find((f) => f.category === "killed");
  assert.ok(killed, JSON.stringify(r.figures));
  assert.equal(killed.value, 2, "the number word 'dua'");
  assert.equal(killed.source, "polizio");
  assert.equal(killed.date, "2024-03-03");
  const claim = r.claims?.[0];
  assert.ok(claim, "a claim");
  assert.equal(claim.source, "polizio");
  assert.equal(claim.cue, "vordat");
  assert.equal(claim.text, "dua homoj sa mortigat ilu lo klamoro ilu Berlin");
  const event = r.events?.[0];
  assert.ok(event, "an event");
  assert.equal(event.type, "Protests");
  assert.equal(event.date, "2024-03-03");
  assert.equal(event.location, "Berlin");
  assert.equal(event.fatalities, 2);
  assert.ok(doc.warnings.includes("no POS model for xx"), "no models/pos-xx.*: tokens get no tags, and the pipeline goes on");
});

test("relative days, weekdays, 'sekun X' and the pack's own country names", () => {
  const doc = run("Hieri cirka mil klamorantoj marŝis ilu Parizo. Sekun lo ministerio, tre homoj sa arestat ko tredi ilu Germanujo.");
  const r = doc.results;
  assert.deepEqual(r.times?.map((t) => [t.text, t.value]), [["Hieri", "2024-03-04"], ["ko tredi", "2024-02-28"]]);
  const arrested = r.figures?.find((f) => f.category === "arrested");
  assert.equal(arrested?.value, 3);
  assert.equal(arrested?.source, "ministerio");
  assert.equal(r.claims?.[0]?.cue, "Sekun");
  const places = Object.fromEntries((r.entities ?? []).filter((e) => e.type === "location").map((e) => [e.name, e.country]));
  assert.equal(places["Parizo"], "FR", "an exonym of the pack");
  assert.equal(places["Germanujo"], "DE", "a country name of the pack (the gazetteer file has none for xx)");
});

test("extract() reads Xish from plain text, with the language given or detected from its function words", () => {
  const text = [
    "Lo klamoro ilu Berlin",
    "",
    `${KILLED} Lo urbestro vordat ke lo klamoro ilu Berlin ek ilu Parizo sa paca, mai lo polizio vordat ke voi sa nu paca.`,
    "Sekun lo ministerio, tre homoj sa arestat ko tredi ilu Germanujo ek voi sa ilu lo polizio dez lo tago posa.",
  ].join("\n");
  for (const lang of ["xx" as Lang, undefined]) {
    const x = extract(text, { lang, published: PUBLISHED });
    assert.equal(x.language, "xx", lang ? "given" : "detected");
    assert.ok(!x.warnings.some((w) => w.includes("does not support")), x.warnings.join("; "));
    assert.equal(x.article.title, "Lo klamoro ilu Berlin");
    assert.ok(x.times.some((t) => t.value === "2024-03-03"));
    assert.ok(x.figures.some((f) => f.category === "killed" && f.value === 2));
    assert.ok(x.claims.some((c) => c.source === "urbestro"));
    assert.ok(x.events.some((e) => e.type === "Protests"));
  }
});

test("a Xish article goes through the store into the situation", async () => {
  const { openStore } = await import("../../src/store/index.js");
  const { ingestItem } = await import("../../src/jobs/ingest.js");
  const { computeSituation } = await import("../../src/situation/index.js");
  const store = await openStore({ databaseUrl: null, dataDir: "memory://" });
  try {
    const added = await ingestItem(store, { kind: "text", content: `Lo klamoro ilu Berlin\n\n${KILLED}`, origin: "xx.txt" }, { lang: "xx" as Lang, published: PUBLISHED });
    assert.equal(added.status, "new", JSON.stringify(added));
    const sit = await computeSituation(store);
    assert.deepEqual(sit.stories[0]?.figures.map((f) => f.category), ["killed"]);
  } finally {
    await store.close();
  }
});

test("the situation across two Xish reports reads the pack's negation ('nu')", () => {
  const said = (outlet: string, text: string) =>
    toSituationArticle(extract(`Lo klamoro ilu Berlin\n\n${KILLED} ${text}`, { lang: "xx" as Lang, published: PUBLISHED }), { outlet, url: `https://${outlet}.example/1` });
  const sit = buildSituation([
    said("una", "Lo urbestro vordat ke lo klamoro ilu Berlin sa paca."),
    said("dua", "Lo ministro vordat ke lo klamoro ilu Berlin nu sa paca."),
  ]);
  assert.equal(sit.stories.length, 1);
  const story = sit.stories[0]!;
  assert.ok(story.figures.some((f) => f.category === "killed"), "a killed timeline");
  const peaceful = story.claims.filter((c) => c.text.includes("paca"));
  assert.ok(peaceful.length >= 1, JSON.stringify(story.claims.map((c) => c.text)));
  assert.ok(peaceful.some((c) => c.status === "contradicted"), JSON.stringify(peaceful.map((c) => [c.text, c.status])));
});
