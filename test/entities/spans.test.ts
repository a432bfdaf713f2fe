// Spans and types by evidence (issue 10): names keep their first part, role nouns stay out of names,
// connectors join only organisations, places used as clubs are organisations, ALL-CAPS lines.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entities, find } from "./helpers.js";

const names = (text: string, lang: "de" | "en") => entities(text, lang).map((e) => `${e.name}/${e.type}`);

test("a compass word keeps its place in the name: 'North Darfur State', 'the North Caucasus', 'North Kivu province'", () => {
  const list = entities(
    "Aid workers reached the capital of North Darfur State on Monday. Recruitment in the North Caucasus slowed, " +
      "while fighting went on near the capital of North Kivu province.",
    "en",
  );
  const all = list.map((e) => e.name);
  assert.ok(find(list, "North Darfur State"), JSON.stringify(all));
  assert.equal(find(list, "North Darfur State")?.type, "location");
  assert.ok(find(list, "North Caucasus"), JSON.stringify(all));
  assert.ok(!find(list, "Caucasus"), "no bare 'Caucasus' beside the full name");
  assert.ok(find(list, "North Kivu province") || find(list, "North Kivu"), JSON.stringify(all));
});

test("a compass word alone is no entity: 'the West wants talks'", () => {
  assert.ok(!names("The West wants talks, a diplomat said on Friday.", "en").some((n) => n.startsWith("West/")));
});

test("towns in a football result are clubs, countries stay places (national teams)", () => {
  const list = entities("Soccer results on Sunday: Leeds 2 Norwich 1, Sheffield 0-3 Brighton. On Wednesday Spain beat Portugal 2-0.", "en");
  const all = JSON.stringify(list.map((e) => `${e.name}/${e.type}`));
  for (const club of ["Leeds", "Norwich", "Sheffield", "Brighton"]) assert.equal(find(list, club)?.type, "organization", `${club}: ${all}`);
  assert.equal(find(list, "Spain")?.type, "location", all);
  assert.equal(find(list, "Portugal")?.type, "location", all);
});

test("a clock time after a place is no score: 'in Berlin 9:30 Uhr'", () => {
  const list = entities("Die Sitzung beginnt in Berlin 9:30 Uhr, teilte das Ministerium mit.", "de");
  assert.equal(find(list, "Berlin")?.type, "location");
});

test("a club word makes the place beside it a club: 'Borussia Dortmund', 'Werder Bremen', 'Leeds United'", () => {
  const de = entities("Der Verteidiger wechselt von Werder Bremen zu Borussia Dortmund, bestätigte der Verein am Montag.", "de");
  const all = JSON.stringify(de.map((e) => `${e.name}/${e.type}`));
  assert.equal(find(de, "Werder Bremen")?.type, "organization", all);
  assert.equal(find(de, "Borussia Dortmund")?.type, "organization", all);
  assert.ok(!find(de, "Bremen"), `no bare place beside the club: ${all}`);
  const en = entities("The striker signed for Leeds United on Tuesday.", "en");
  assert.equal(find(en, "Leeds United")?.type, "organization", JSON.stringify(en));
});

test("a known place with a team name after it is a team: 'the Boston Red Sox', not 'Gaza City'", () => {
  const list = entities("He pitched for the Boston Red Sox before moving to Gaza City, his agent said.", "en");
  const all = JSON.stringify(list.map((e) => `${e.name}/${e.type}`));
  assert.equal(find(list, "Boston Red Sox")?.type, "organization", all);
  assert.equal(find(list, "Gaza City")?.type, "location", all);
});

test("ALL-CAPS datelines and headlines name places in capitals: 'MOSCOW, Aug 30 -', 'BERLIN (dpa) -'", () => {
  const en = entities("MOSCOW, Aug 30 - Three soldiers were wounded near the border, officials said.", "en");
  assert.equal(find(en, "MOSCOW")?.type, "location", JSON.stringify(en));
  assert.equal(find(en, "MOSCOW")?.country, "RU");
  const de = entities("BERLIN (dpa) - Die Polizei hat am Montag drei Männer festgenommen.", "de");
  assert.equal(find(de, "BERLIN")?.type, "location", JSON.stringify(de));
  assert.equal(find(de, "dpa")?.type, "organization");
});

test("capitals keep acronyms as they are and clubs in a caps headline: 'NATO', 'LEEDS UNITED'", () => {
  const list = entities("SOCCER - LEEDS UNITED SIGN STRIKER AS NATO WATCHES", "en");
  const all = JSON.stringify(list.map((e) => `${e.name}/${e.type}`));
  assert.equal(find(list, "LEEDS UNITED")?.type, "organization", all);
  assert.equal(find(list, "NATO")?.type, "organization", all);
});

test("'for' and 'of' join names only after an organisation word: 'Scotland for X Services' is two names", () => {
  const list = entities("She worked in Scotland for National Coastal Rescue Services until 2019, her family said.", "en");
  const all = JSON.stringify(list.map((e) => `${e.name}/${e.type}`));
  assert.equal(find(list, "Scotland")?.type, "location", all);
  assert.equal(find(list, "National Coastal Rescue Services")?.type, "organization", all);
  assert.ok(!list.some((e) => e.name.includes(" for ")), all);
  const org = entities("Members of the Society for Coastal Bird Research met on Monday.", "en");
  assert.ok(find(org, "Society for Coastal Bird Research"), JSON.stringify(org.map((e) => e.name)));
});
