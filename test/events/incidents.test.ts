// Events as incidents: where and when each happening took place, its kind and its actors' roles.
// Sentences are written for these tests; layers are built by hand (see helpers.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { events, loc, bolivia, boliviaEn } from "./helpers.js";

test("a dateline place says where the report was filed, not where it happened", () => {
  const ev = events("Nordstadt taz | In Bolivien demonstrierten am Dienstag Tausende gegen die Regierung.", "de", {
    entities: [bolivia, { form: "Nordstadt", entity: loc("Nordstadt", "DE") }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.country, e.location]), [["Protests", "BO", null]]);
  const en = events("Northtown, (Agency News - 8th May, 2024 ) :Protesters rallied in Bolivia on Tuesday.", "en", {
    entities: [boliviaEn, { form: "Northtown", entity: loc("Northtown", "KE") }],
  });
  assert.deepEqual(en.map((e) => [e.type, e.country]), [["Protests", "BO"]]);
  // a place that starts a sentence of its own is no dateline
  const own = events("Nordstadt erlebte am Dienstag die größten Proteste seit Jahren.", "de", { entities: [{ form: "Nordstadt", entity: loc("Nordstadt", "DE") }] });
  assert.deepEqual(own.map((e) => [e.country, e.location]), [["DE", "Nordstadt"]]);
});

const kinds = (text: string, lang: "de" | "en") => events(text, lang, { entities: [lang === "de" ? bolivia : boliviaEn] }).map((e) => [e.type, e.subType]);

test("clashes: protesters or police make a riot, soldiers and rebels a battle", () => {
  assert.deepEqual(kinds("In Bolivien kam es zu Zusammenstößen zwischen Demonstranten und der Polizei.", "de"), [["Riots", "Violent demonstration"]]);
  assert.deepEqual(kinds("In Bolivien kam es zu Zusammenstößen zwischen Rebellen und Regierungstruppen.", "de"), [["Battles", "Armed clash"]]);
  assert.deepEqual(kinds("Rebels and government troops clashed near the border of Bolivia.", "en"), [["Battles", "Armed clash"]]);
  assert.deepEqual(kinds("Students clashed with police outside the university in Bolivia.", "en"), [["Riots", "Violent demonstration"]]);
});

test("an attack on soldiers is a battle; fire opened on demonstrators is excessive force against a protest", () => {
  assert.deepEqual(kinds("Bei einem Anschlag auf einen Militärkonvoi in Bolivien starben zwölf Menschen.", "de"), [["Battles", "Armed clash"]]);
  assert.deepEqual(kinds("Soldiers opened fire on demonstrators in the capital of Bolivia.", "en"), [["Protests", "Excessive force against protesters"]]);
  assert.deepEqual(kinds("Gunmen opened fire on worshippers at a church in Bolivia.", "en"), [["Violence against civilians", "Attack"]]);
});

test("troops that march are no protest; a crowd that storms a building is a riot, gunmen who storm it attack", () => {
  assert.deepEqual(kinds("Thousands of troops marched towards the capital of Bolivia.", "en"), []);
  assert.deepEqual(kinds("Thousands of teachers marched through the capital of Bolivia.", "en"), [["Protests", "Peaceful protest"]]);
  assert.deepEqual(kinds("In Bolivien stürmten Demonstranten das Parlament.", "de"), [["Riots", "Violent demonstration"]]);
  assert.deepEqual(kinds("Gunmen stormed a concert hall in Bolivia and set fire to the building.", "en"), [["Violence against civilians", "Attack"]]);
});

test("event kinds: grenades, suicide bombers, abductions, sexual violence", () => {
  assert.deepEqual(kinds("A grenade was thrown into a market in Bolivia.", "en"), [["Explosions/Remote violence", "Grenade"]]);
  assert.deepEqual(kinds("Ein Selbstmordattentäter riss in Bolivien neun Menschen mit in den Tod.", "de"), [["Explosions/Remote violence", "Suicide bomb"]]);
  assert.deepEqual(kinds("Armed men kidnapped three aid workers in Bolivia.", "en"), [["Violence against civilians", "Abduction/forced disappearance"]]);
  assert.deepEqual(kinds("Frauen in Bolivien berichten von Vergewaltigungen durch Milizionäre.", "de"), [["Violence against civilians", "Sexual violence"]]);
});

test("strategic developments: internet shutdowns, deployments, coups, withdrawals, annulled elections, passed laws", () => {
  assert.deepEqual(kinds("Bolivia blocked access to Instagram and WhatsApp.", "en"), [["Strategic developments", "Other"]]);
  assert.deepEqual(kinds("Die Regierung von Bolivien schickte Soldaten in die Hauptstadt.", "de"), [["Strategic developments", "Other"]]);
  assert.deepEqual(kinds("Officers in Bolivia staged a coup on Monday.", "en"), [["Strategic developments", "Change to group/activity"]]);
  assert.deepEqual(kinds("Die Friedenstruppen werden aus Bolivien abgezogen.", "de"), [["Strategic developments", "Other"]]);
  assert.deepEqual(kinds("Die Wahlkommission in Bolivien erklärte die Wahl für ungültig.", "de"), [["Strategic developments", "Other"]]);
  assert.deepEqual(kinds("The parliament of Bolivia passed the bill in a first reading.", "en"), [["Strategic developments", "Other"]]);
  // kinds stay separate events
  assert.equal(events("Bolivia imposed a curfew and cut off the internet. Troops were deployed in the capital.", "en", { entities: [boliviaEn] }).length, 3);
});

test("a violated ceasefire and a released statement are no agreement or release", () => {
  assert.deepEqual(kinds("Bolivian forces violated the ceasefire on Monday.", "en"), []);
  assert.deepEqual(kinds("The army of Bolivia released a statement on Monday.", "en"), []);
});

test("a hypothetical word holds for its own clause only; a condition for the whole sentence", () => {
  const ev = events("The president vowed to punish them, saying four gunmen had been arrested in Bolivia.", "en", { entities: [boliviaEn] });
  assert.deepEqual(ev.map((e) => e.subType), ["Arrests"]);
  assert.deepEqual(kinds("If the talks fail, unions in Bolivia said, a general strike follows.", "en"), []);
  assert.deepEqual(kinds("Die Regierung würde das Kriegsrecht verhängen.", "de"), []);
});

test("a protest beside violence of its own weight is two events; a little unrest in a protest article is not", () => {
  const both = events("Tausende demonstrierten am Montag in Bolivien gegen die Regierung. Bei Zusammenstößen mit der Polizei gab es Verletzte.", "de", { entities: [bolivia] });
  assert.deepEqual(both.map((e) => e.type), ["Protests", "Riots"]);
  const one = events("Protests continue in Bolivia. Thousands rallied again on the main square. Organisers called the demonstration a success, although some unrest was reported.", "en", { entities: [boliviaEn] });
  assert.deepEqual(one.map((e) => e.type), ["Protests"]);
});

test("protests that turned violent in a town the peaceful reports do not name are a riot of their own", () => {
  const ev = events("Protests spread across Bolivia on Saturday. Thousands gathered in many cities. Demonstrations turned violent in Southtown.", "en", {
    entities: [boliviaEn, { form: "Southtown", entity: loc("Southtown", "BO") }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.location]), [["Protests", null], ["Riots", "Southtown"]]);
});

test("a happening named after 'after' is not dated by the sentence's day: a later dated report of it is", () => {
  const text = "Bolivia mourned on Sunday after a massacre at a market. Officials met. Roads were closed. Schools stayed shut. Shops were empty. Gunmen had opened fire on shoppers at the market on Friday.";
  const ev = events(text, "en", { entities: [boliviaEn], published: "2024-05-12", times: [{ form: "on Sunday", value: "2024-05-12" }, { form: "on Friday", value: "2024-05-10" }] });
  assert.deepEqual(ev.map((e) => [e.type, e.date]), [["Violence against civilians", "2024-05-10"]]);
  // a day right behind the happening is its own
  const own = events("Bolivia mourned after the massacre on Friday.", "en", { entities: [boliviaEn], published: "2024-05-12", times: [{ form: "on Friday", value: "2024-05-10" }] });
  assert.deepEqual(own.map((e) => e.date), ["2024-05-10"]);
});
