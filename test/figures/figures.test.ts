// Figures: number forms, qualifiers, categories, exclusions, sources from a hand-built claim layer.
// All sentences are written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { sharedDir } from "../support/shared.js";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { analyze } from "../../src/extract/index.js";
import { extractFigures, parseDigits, figureLexicon } from "../../src/extract/figures/index.js";
import type { Document } from "../../src/nlp/document.js";
import type { Figure } from "../../src/schema/index.js";

type Lang = "de" | "en";

function figures(text: string, lang: Lang, prepare?: (doc: Document) => void): Figure[] {
  const doc = analyze(text, lang);
  prepare?.(doc);
  extractFigures(doc);
  return doc.results.figures ?? [];
}
const one = (text: string, lang: Lang): Figure => {
  const f = figures(text, lang);
  assert.equal(f.length, 1, `expected one figure in "${text}", got ${JSON.stringify(f.map((x) => x.text))}`);
  return f[0];
};
const values = (text: string, lang: Lang) => figures(text, lang).map((f) => f.value);

// ------------------------------------------------------------------ number forms

test("digit grouping follows the language", () => {
  assert.equal(parseDigits("20.000", figureLexicon("de")), 20000);
  assert.equal(parseDigits("2,2", figureLexicon("de")), 2.2);
  assert.equal(parseDigits("1.250.000", figureLexicon("de")), 1250000);
  assert.equal(parseDigits("7,939", figureLexicon("en")), 7939);
  assert.equal(parseDigits("80.23", figureLexicon("en")), 80.23);
  assert.equal(parseDigits("12,5,3", figureLexicon("de")), null);
});

test("German number forms: digits, words, compounds, multipliers", () => {
  assert.equal(one("In der Stadt wurden 15.000 Wohnungen zerstört.", "de").value, 15000);
  assert.equal(one("Drei Häuser brannten nieder.", "de").value, 3);
  assert.equal(one("Einundzwanzig Fischer kehrten nicht zurück.", "de").value, 21);
  assert.equal(one("Die Behörde zählte zweihundert Fahrzeuge.", "de").value, 200);
  assert.equal(one("Das Land erhält 3,5 Millionen Impfdosen.", "de").value, 3500000);
  assert.equal(one("Das Programm kostet vier Milliarden Franken.", "de").value, 4e9);
});

test("English number forms: digits, hyphenated words, multipliers", () => {
  assert.equal(one("The storm destroyed 12,400 homes.", "en").value, 12400);
  assert.equal(one("Thirty-five miners were trapped underground.", "en").value, 35);
  assert.equal(one("The agency counted two hundred trucks.", "en").value, 200);
  assert.equal(one("The fund received 1.5 billion dollars.", "en").value, 1.5e9);
  assert.equal(one("A million people fled the region.", "en").value, 1e6);
  assert.equal(one("Eine Million Menschen flohen aus der Region.", "de").value, 1e6);
  assert.equal(one("The company paid $2.5m in fines.", "en").category, "money");
});

test("vague quantities are not figures", () => {
  assert.deepEqual(values("Dutzende Menschen und Tausende Helfer waren vor Ort.", "de"), []);
  assert.deepEqual(values("Hundreds of people and thousands of volunteers gathered.", "en"), []);
  assert.deepEqual(values("Mehrere zehn Millionen Euro flossen ab.", "de"), []);
});

// ------------------------------------------------------------------ qualifiers

test("German qualifiers", () => {
  const q = (s: string) => one(s, "de").qualifier;
  assert.equal(q("Mindestens 12 Menschen wurden getötet."), "at_least");
  assert.equal(q("Mehr als 300 Häuser sind beschädigt."), "more_than");
  assert.equal(q("Über 40 Dörfer sind ohne Strom."), "more_than");
  assert.equal(q("Bis zu 5000 Soldaten sollen verlegt werden."), "up_to");
  assert.equal(q("Rund 800 Helfer sind im Einsatz."), "about");
  assert.equal(q("Etwa 60 Boote liefen aus."), "about");
  assert.equal(q("Fast 90 Schulen bleiben geschlossen."), "about");
  assert.equal(q("Knapp 700 Menschen flohen aus der Stadt."), "about");
  assert.equal(q("Ungefähr 30 Busse fielen aus."), "about");
  assert.equal(q("Schätzungsweise 2000 Tiere verendeten."), "about");
  assert.equal(q("Weniger als 50 Familien kehrten zurück."), "less_than");
  assert.equal(q("Die Polizei zählte 73 Fahrzeuge."), "exact");
  assert.equal(q("Es kamen 100 oder mehr Gäste."), "at_least");
});

test("English qualifiers", () => {
  const q = (s: string) => one(s, "en").qualifier;
  assert.equal(q("At least 12 people were killed."), "at_least");
  assert.equal(q("More than 300 houses were damaged."), "more_than");
  assert.equal(q("Over 40 villages have no power."), "more_than");
  assert.equal(q("Up to 5,000 soldiers could be moved."), "up_to");
  assert.equal(q("As many as 900 flights were cancelled."), "up_to");
  assert.equal(q("Nearly 90 schools stay closed."), "about");
  assert.equal(q("Almost 60 boats left the port."), "about");
  assert.equal(q("About 800 volunteers helped."), "about");
  assert.equal(q("Around 30 buses were stopped."), "about");
  assert.equal(q("Some 2,000 animals died."), "about");
  assert.equal(q("Close to 400 shops were looted."), "about");
  assert.equal(q("Fewer than 50 families returned."), "less_than");
  assert.equal(q("Less than 20 trucks arrived."), "less_than");
  assert.equal(q("Officials counted 73 vehicles."), "exact");
});

// ------------------------------------------------------------------ categories

test("German categories from nouns, participles and verbs", () => {
  const c = (s: string) => one(s, "de").category;
  assert.equal(c("Bei dem Unglück wurden 14 Menschen getötet."), "killed");
  assert.equal(c("In der Region starben 9 Bergleute."), "killed");
  assert.equal(c("Sieben Wanderer kamen ums Leben."), "killed");
  assert.equal(c("Die Behörden meldeten 31 Tote."), "killed");
  assert.equal(c("Die Zahl der Todesopfer stieg auf 57."), "killed");
  assert.equal(c("Es gab mehr als 200 Festnahmen."), "arrested");
  assert.equal(c("Die Polizei hat 45 Personen festgenommen."), "arrested");
  assert.equal(c("Dabei wurden 18 Aktivisten verhaftet."), "arrested");
  assert.equal(c("Die Polizei nahm 60 Fans fest."), "arrested");
  assert.equal(c("Bei dem Brand wurden 23 Bewohner verletzt."), "injured");
  assert.equal(c("Nach dem Sturm werden 6 Fischer vermisst."), "missing");
  assert.equal(c("Mehr als 80.000 Menschen wurden vertrieben."), "displaced");
  assert.equal(c("Am Samstag zogen 3000 Demonstranten durch die Innenstadt."), "participants");
  assert.equal(c("Das Land schickt 400 Soldaten in die Region."), "troops");
  assert.equal(c("Die Stadt zahlt 1,2 Millionen Euro Entschädigung."), "money");
  assert.equal(c("Der Verein baute 12 Brücken."), "other");
});

test("a casualty verb outranks the role noun: killed protesters are killed", () => {
  assert.equal(one("Nach Angaben der Klinik wurden 11 Demonstranten getötet.", "de").category, "killed");
  assert.equal(one("Security forces killed 11 protesters.", "en").category, "killed");
});

test("English categories", () => {
  const c = (s: string) => one(s, "en").category;
  assert.equal(c("Fourteen people were killed in the crash."), "killed");
  assert.equal(c("The death toll rose to 57."), "killed");
  assert.equal(c("Police arrested 45 people."), "arrested");
  assert.equal(c("Authorities detained 18 activists."), "arrested");
  assert.equal(c("The fire injured 23 residents."), "injured");
  assert.equal(c("Six fishermen are missing after the storm."), "missing");
  assert.equal(c("More than 80,000 people were displaced."), "displaced");
  assert.equal(c("Some 3,000 protesters marched downtown."), "participants");
  assert.equal(c("The country is sending 400 troops."), "troops");
  assert.equal(c("The city will pay $1.2 million in damages."), "money");
  assert.equal(c("The club built 12 bridges."), "other");
});

test("an inserted phrase is skipped and its figure shares the category", () => {
  const f = figures("Bei dem Anschlag wurden 26 Menschen, darunter drei Kinder, getötet.", "de");
  assert.deepEqual(f.map((x) => [x.value, x.category]), [[26, "killed"], [3, "killed"]]);
  assert.equal(one("More than 20,000 people, or about a third of the town, have been displaced.", "en").category, "displaced");
  assert.equal(figures("The army hit 50 targets, including two depots, and killed 20 fighters.", "en")[0].category, "other");
});

test("a figure without its noun continues the previous one", () => {
  const f = figures("The ministry reported injuries to 40 guards, with 9 needing treatment.", "en");
  assert.deepEqual(f.map((x) => [x.value, x.category]), [[40, "injured"], [9, "injured"]]);
});

test("'one' counts only where a casualty is reported", () => {
  const f = one("One firefighter was injured during the operation.", "en");
  assert.deepEqual([f.value, f.category], [1, "injured"]);
  const g = one("Ein Soldat wurde bei dem Angriff getötet.", "de");
  assert.deepEqual([g.value, g.category], [1, "killed"]);
  assert.deepEqual(values("Ein Sprecher sagte, die Lage sei ruhig.", "de"), []);
  assert.deepEqual(values("One of the officers spoke to reporters.", "en"), []);
});

test("the counted noun phrase is the subject", () => {
  assert.equal(one("Mindestens 18 Polizisten und Soldaten starben.", "de").subject, "Polizisten und Soldaten");
  assert.equal(one("Twelve nurses and doctors were injured.", "en").subject, "nurses and doctors");
});

// ------------------------------------------------------------------ exclusions

test("dates, times, years, ages, durations, ordinals and frequencies are not figures", () => {
  assert.deepEqual(values("Am 12. März 2021 um 14.30 Uhr begann die Sitzung.", "de"), []);
  assert.deepEqual(values("Der 45-jährige Fahrer ist seit 3 Jahren im Dienst.", "de"), []);
  assert.deepEqual(values("Seine Mutter ist 80 Jahre alt.", "de"), []);
  assert.deepEqual(values("Zweimal fiel der Strom aus, im Jahr 2019 schon 4 Mal.", "de"), []);
  assert.deepEqual(values("In der 5. Runde fiel die Entscheidung.", "de"), []);
  assert.deepEqual(values("Die Firma wurde 1998 gegründet.", "de"), []);
  assert.deepEqual(values("The 70-year-old man has lived there since 1985.", "en"), []);
  assert.deepEqual(values("The talks lasted 12 hours and ended at 4:30 p.m. on March 3.", "en"), []);
  assert.deepEqual(values("His father is 82 years old.", "en"), []);
});

test("percentages, magnitudes, measures, labels and phone numbers are not figures", () => {
  assert.deepEqual(values("Die Inflation lag bei 7 Prozent.", "de"), []);
  assert.deepEqual(values("Turnout was 64% in the capital.", "en"), []);
  assert.deepEqual(values("A magnitude 6.1 quake struck the coast.", "en"), []);
  assert.deepEqual(values("Das Beben der Stärke 5 war 30 Kilometer entfernt zu spüren.", "de"), []);
  assert.deepEqual(values("Artikel 5 gilt für Nr. 12.", "de"), []);
  assert.deepEqual(values("Call (555) 0123 4567 for help.", "en"), []);
  assert.deepEqual(values("Vier von zehn Befragten stimmten zu.", "de"), []);
});

test("labels and year-like numbers without a count are not figures", () => {
  assert.deepEqual(values("Der Sender Kanal 3 zeigte die Bilder.", "de"), []);
  assert.deepEqual(values("Er wurde 1975 Bürgermeister.", "de"), []);
  assert.deepEqual(values("The battalion moved to Block 50 in the north.", "en"), []);
  assert.deepEqual(values("Rund 1500 Menschen flohen.", "de"), [1500]);
});

test("numbers inside time expressions of the time layer are skipped", () => {
  const text = "Nach 48 Stunden Pause kamen 48 Helfer.";
  const f = figures(text, "de", (doc) => {
    const s = text.indexOf("48 Stunden");
    doc.setLayer("time", [{ start: s, end: s + 10, label: "DURATION", attrs: { value: "PT48H", type: "DURATION" } }]);
  });
  assert.deepEqual(f.map((x) => x.value), [48]);
  assert.equal(f[0].subject, "Helfer");
});

// ------------------------------------------------------------------ sources and repetition

test("source comes from the claim span that covers the figure", () => {
  const text = "Das Ministerium teilte mit, dass 120 Menschen festgenommen wurden. Die Stadt baute 7 Brücken.";
  const f = figures(text, "de", (doc) => {
    const s = text.indexOf("120"), e = text.indexOf(" wurden.") + 7;
    doc.setLayer("claim", [{ start: s, end: e, label: "claim", attrs: { source: "Das Ministerium", mode: "indirect", cue: "teilte mit", sentence: 0, unverified: false } }]);
  });
  assert.deepEqual(f.map((x) => [x.value, x.source]), [[120, "Das Ministerium"], [7, null]]);
});

test("a claim elsewhere in the sentence gives the source; no claim gives null", () => {
  const text = "Laut Polizei gab es 30 Verletzte.";
  const f = figures(text, "de", (doc) => {
    doc.setLayer("claim", [{ start: text.indexOf("gab"), end: text.indexOf("gab") + 3, label: "claim", attrs: { source: "Polizei", mode: "indirect", cue: "laut", sentence: 0, unverified: false } }]);
  });
  assert.equal(f[0].source, "Polizei");
  assert.equal(figures(text, "de")[0].source, null);
});

test("the same number with the same source is one figure; a headline figure folds into the body", () => {
  const text = "Police detained 75 people.\n75 detained after rally\nPolice said they detained 75 people.";
  const f = figures(text, "en");
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.deepEqual([f[0].value, f[0].category], [75, "arrested"]);
});

test("the figure layer mirrors the results", () => {
  const doc = analyze("Mindestens 12 Menschen wurden getötet.", "de");
  extractFigures(doc);
  const l = doc.layer<{ value: number; category: string; qualifier: string }>("figure");
  assert.equal(l.length, 1);
  assert.deepEqual(l[0].attrs.value, 12);
  assert.equal(l[0].attrs.category, "killed");
  assert.equal(l[0].attrs.qualifier, "at_least");
  assert.equal(doc.text.slice(l[0].start, l[0].end), doc.results.figures![0].text);
});

// ------------------------------------------------------------------ dev set (skipped without ../shared)

const SHARED = sharedDir();
const DEV = SHARED ? pathToFileURL(join(SHARED, "eval", "dev") + "/") : new URL("file:///nonexistent/");
test("dev set: every gold figure value/category is found", { skip: existsSync(DEV) ? false : "../shared/eval/dev is absent" }, async () => {
  const { extract } = await import("../../src/extract/index.js");
  let tp = 0, total = 0;
  for (const f of readdirSync(DEV).filter((x) => x.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(new URL(f, DEV), "utf8"));
    const text = readFileSync(new URL(f.replace(".gold.json", ".txt"), DEV), "utf8");
    const out = extract(text, { lang: gold.language, published: gold.published } as never);
    for (const g of gold.figures.filter((x: { optional?: boolean }) => !x.optional)) {
      total++;
      if (out.figures.some((p) => p.value === g.value && p.category === g.category)) tp++;
    }
  }
  // a floor against regressions on the 43-article dev set (135/171 = 0.79 measured at 4dcc675, when
  // the set grew from 7 articles); the 0.85 the 7-article set met is the target of the attribution issue
  assert.ok(tp / total >= 0.78, `recall ${tp}/${total}`);
});

// ------------------------------------------------------------------ own-set fixes (sentences written for these tests)

const cq = (text: string, lang: Lang) => figures(text, lang).map((f) => [f.value, f.category, f.qualifier]);

test("'über'/'over' after a noun is the preposition, not 'more than'", () => {
  assert.deepEqual(cq("Die Behörden verhängten eine Ausgangssperre über fünf Bezirke.", "de"), [[5, "other", "exact"]]);
  assert.deepEqual(cq("Bei dem Unglück wurden über 30 Menschen verletzt.", "de"), [[30, "injured", "more_than"]]);
  assert.deepEqual(cq("Über 200 Menschen demonstrierten vor dem Rathaus.", "de"), [[200, "participants", "more_than"]]);
});

test("a part of a casualty figure keeps the casualty, even when named by a role noun", () => {
  assert.deepEqual(cq("Bei den Krawallen wurden 30 Menschen verletzt, darunter neun Polizisten.", "de"), [[30, "injured", "exact"], [9, "injured", "exact"]]);
  assert.deepEqual(cq("Bei den Krawallen wurden 30 Menschen verletzt, unter ihnen neun Polizisten.", "de"), [[30, "injured", "exact"], [9, "injured", "exact"]]);
  // a role noun alone stays a role
  assert.deepEqual(cq("Die Regierung schickte 500 Polizisten in die Stadt.", "de"), [[500, "troops", "exact"]]);
});

test("a count coordinated with a casualty count shares its category", () => {
  assert.deepEqual(cq("Unter den Verletzten seien sieben Frauen und drei Lehrer.", "de"), [[7, "injured", "exact"], [3, "injured", "exact"]]);
  assert.deepEqual(cq("Unter den Toten seien sieben Frauen und drei Lehrer.", "de"), [[7, "killed", "exact"], [3, "killed", "exact"]]);
});

test("a verb before 'and' belongs to the first clause", () => {
  assert.deepEqual(cq("Nine people died and about 400 houses were flattened by the storm.", "en"), [[9, "killed", "exact"], [400, "other", "about"]]);
  assert.deepEqual(cq("Protests spread to at least 7 towns since the death of a student.", "en"), [[7, "other", "at_least"]]);
});

test("a number after 'mehr als' / 'more than' is a count even when it looks like a year", () => {
  assert.deepEqual(cq("Am Grenzübergang warteten mehr als 1500 Lastwagen.", "de"), [[1500, "other", "more_than"]]);
  assert.deepEqual(cq("Im Jahr 1500 wurde die Stadt gegründet.", "de"), []);
});

test("hospital treatment is an injury; gathering and taking part make participants", () => {
  assert.deepEqual(cq("Mindestens 15 Menschen mussten im Krankenhaus behandelt werden.", "de"), [[15, "injured", "at_least"]]);
  assert.deepEqual(cq("Am Abend hatten sich rund 8000 Menschen auf dem Platz versammelt.", "de"), [[8000, "participants", "about"]]);
  assert.deepEqual(cq("An dem Marsch nahmen etwa 3000 Menschen teil.", "de"), [[3000, "participants", "about"]]);
  assert.deepEqual(cq("Organisers said about 2,500 nurses took part.", "en"), [[2500, "participants", "about"]]);
});

test("an indefinite article right after a casualty verb counts one person", () => {
  assert.deepEqual(cq("Later, a rocket killed a 70-year-old farmer near the border.", "en"), [[1, "killed", "exact"]]);
  assert.deepEqual(cq("Gunmen wounded a guard at the gate.", "en"), [[1, "injured", "exact"]]);
  // not after a casualty verb, or a vague amount: no count of one
  assert.deepEqual(cq("A farmer found the rocket near the border.", "en"), []);
  assert.deepEqual(cq("The raid killed a number of fighters.", "en"), []);
});

test("a number put as 'the figure' counts what the sentence before counted", () => {
  assert.deepEqual(cq("Rund 9000 Menschen demonstrierten am Samstag. Die Veranstalter nannten eine Zahl von 15.000.", "de"), [[9000, "participants", "about"], [15000, "participants", "exact"]]);
  assert.deepEqual(cq("About 6,000 people marched on Sunday. Police put the figure at 2,500.", "en"), [[6000, "participants", "about"], [2500, "participants", "exact"]]);
  // without such a phrase a bare number with nothing counted is no figure
  assert.deepEqual(cq("About 6,000 people marched on Sunday. The march ended at 2,500.", "en"), [[6000, "participants", "about"]]);
});

test("counts listed before a casualty count share its category; 'one' right after a casualty verb counts", () => {
  const listed = figures("Zwölf Wanderer, drei Bergführer und vier Helfer wurden verletzt.", "de");
  assert.deepEqual(listed.map((f) => [f.value, f.category]), [[12, "injured"], [3, "injured"], [4, "injured"]]);
  const one = figures("The storm killed one farmer and two tourists.", "en");
  assert.deepEqual(one.map((f) => [f.value, f.category]), [[1, "killed"], [2, "killed"]]);
  // a count joined by more than a comma or "und" keeps its own category
  assert.equal(figures("500 Demonstranten zogen durch die Stadt, drei Polizisten wurden verletzt.", "de")[0].category, "participants");
});

test("cue words after a clause word and nouns of death: 'als vermisst', 'Todesfälle', 'lives lost', 'joined the march'", () => {
  assert.equal(figures("Nach dem Sturm gelten 30 Segler als vermisst.", "de")[0].category, "missing");
  assert.equal(figures("Die Behörde zählte 14 Todesfälle.", "de")[0].category, "killed");
  assert.equal(figures("More than 2,000 lives have been lost in the floods.", "en")[0].category, "killed");
  assert.equal(figures("About 4,000 people joined the march on Sunday.", "en")[0].category, "participants");
});

test("the first number of a range counts what the second counts; a range with nothing counted is no figure", () => {
  const range = figures("Organisers said 3,000 to 4,000 people took part in the march.", "en");
  assert.deepEqual(range.map((f) => [f.value, f.category]), [[3000, "participants"], [4000, "participants"]]);
  assert.deepEqual(figures("Es waren mindestens 90 oder 100, sagte ein Zeuge.", "de"), []);
});

test("a part after 'including' does not end the category search; a displacement noun yields to a casualty verb", () => {
  const parts = figures("Four refugees including two children were killed in the shelling.", "en");
  assert.deepEqual(parts.map((f) => [f.value, f.category]), [[4, "killed"], [2, "killed"]]);
  assert.equal(figures("Rund 2000 Flüchtlinge erreichten die Grenze.", "de")[0].category, "displaced");
});

test("'one' as the object of a casualty verb, and German 'ein' before a phrase cue ending in a noun ('ums Leben')", () => {
  assert.deepEqual(figures("Soldiers opened fire, killing at least one.", "en").map((f) => [f.value, f.category, f.qualifier]), [[1, "killed", "at_least"]]);
  assert.deepEqual(figures("Bei dem Sturm kam ein Wanderer ums Leben.", "de").map((f) => [f.value, f.category]), [[1, "killed"]]);
  assert.deepEqual(figures("Sie suchten eine Verbindung zu den Toten.", "de"), []);
});
