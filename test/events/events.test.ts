// Events: ACLED types from cue words, day from the time layer, country/location from the entity
// layer, fatalities from figures. Layers are built by hand here; sentences are written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entity } from "../../src/schema/index.js";
import { build, events, types, loc, person, bolivia, boliviaEn } from "./helpers.js";

test("a protest: type, day from its sentence, country and place from the entity layer", () => {
  const ev = events("In Bolivien demonstrierten am Dienstag Tausende in Nordstadt gegen die Regierung. Die Polizei sah zu.", "de", {
    entities: [bolivia, { form: "Nordstadt", entity: loc("Nordstadt", "BO") }],
    times: [{ form: "am Dienstag", value: "2024-05-07" }],
  });
  assert.equal(ev.length, 1, JSON.stringify(ev));
  assert.equal(ev[0].type, "Protests");
  assert.equal(ev[0].date, "2024-05-07");
  assert.equal(ev[0].country, "BO");
  assert.equal(ev[0].location, "Nordstadt");
});

test("without a day in the text the event carries the publication day", () => {
  const ev = events("Protesters rallied outside parliament in Bolivia.", "en", { entities: [boliviaEn], published: "2024-03-02" });
  assert.deepEqual([ev[0].type, ev[0].date, ev[0].country], ["Protests", "2024-03-02", "BO"]);
});

test("a night is dated by its evening (the time layer's value)", () => {
  const ev = events("In der Nacht zum Freitag kam es in Bolivien zu schweren Ausschreitungen.", "de", {
    entities: [bolivia], published: "2024-05-10", times: [{ form: "In der Nacht zum Freitag", value: "2024-05-09TNI", type: "TIME" }],
  });
  assert.deepEqual([ev[0].type, ev[0].date], ["Riots", "2024-05-09"]);
});

test("protests and riots: the article's emphasis decides the type", () => {
  const violent = events("Unruhen in Bolivien. Die Proteste schlugen in Ausschreitungen um. Plünderer zogen durch die Straßen, es gab Krawalle.", "de", { entities: [bolivia] });
  assert.deepEqual(types(violent), ["Riots"]);
  const peaceful = events("Protests continue in Bolivia. Thousands rallied again on the main square. Organisers called the demonstration a success, although some unrest was reported.", "en", { entities: [boliviaEn] });
  assert.deepEqual(types(peaceful), ["Protests"]);
});

test("an air strike with its fatalities from the figures", () => {
  const ev = events("Bei einem Luftangriff auf Nordstadt in Bolivien wurden mindestens 31 Menschen getötet.", "de", {
    entities: [bolivia, { form: "Nordstadt", entity: loc("Nordstadt", "BO") }], figures: true,
  });
  assert.equal(ev[0].type, "Explosions/Remote violence");
  assert.equal(ev[0].fatalities, 31);
  assert.equal(ev[0].location, "Nordstadt");
});

test("English cues for battles, shelling and violence against civilians", () => {
  assert.deepEqual(types(events("Heavy fighting between the army and rebels continued in Bolivia.", "en", { entities: [boliviaEn] })), ["Battles"]);
  assert.deepEqual(types(events("Artillery fire and shelling hit the eastern district of Bolivia.", "en", { entities: [boliviaEn] })), ["Explosions/Remote violence"]);
  assert.deepEqual(types(events("Gunmen massacred villagers in Bolivia and abducted dozens.", "en", { entities: [boliviaEn] })), ["Violence against civilians"]);
});

test("the arrest of a named person is a strategic development; counted arrests in a protest article are part of the protest", () => {
  const named = events("Der frühere Minister Hans Beispiel wurde in Bolivien festgenommen.", "de", { entities: [bolivia, { form: "Hans Beispiel", entity: person("Hans Beispiel") }] });
  assert.deepEqual(types(named), ["Strategic developments"]);
  assert.equal(named[0].subType, "Arrests");
  const counted = events("In Bolivien demonstrierten Tausende. Dabei wurden 40 Menschen festgenommen, darunter Hans Beispiel.", "de", { entities: [bolivia, { form: "Hans Beispiel", entity: person("Hans Beispiel") }] });
  assert.deepEqual(types(counted), ["Protests"]);
  // without a protest, counted arrests are an event of their own
  const alone = events("In Bolivien wurden 40 mutmaßliche Schmuggler festgenommen.", "de", { entities: [bolivia] });
  assert.deepEqual(alone.map((e) => e.subType), ["Arrests"]);
});

test("kinds of strategic developments stay separate events", () => {
  const ev = events("Bolivia declared a state of emergency. A curfew was imposed. The government suspended talks with the opposition.", "en", { entities: [boliviaEn] });
  assert.equal(ev.filter((e) => e.type === "Strategic developments").length, 2, JSON.stringify(ev.map((e) => e.subType)));
});

test("calls, plans and conditionals are not happenings", () => {
  assert.deepEqual(types(events("Internationale Bemühungen um eine Waffenruhe in Bolivien blieben ergebnislos.", "de", { entities: [bolivia] })), []);
  assert.deepEqual(types(events("Die Opposition könnte in Bolivien Proteste organisieren.", "de", { entities: [bolivia] })), []);
  assert.deepEqual(types(events("Leaders in Bolivia called for a ceasefire.", "en", { entities: [boliviaEn] })), []);
});

test("riot police and Protestants are no riots or protests", () => {
  assert.deepEqual(types(events("Riot police patrolled the streets of Bolivia.", "en", { entities: [boliviaEn] })), []);
  assert.deepEqual(types(events("Die Protestanten in Bolivien feierten Ostern.", "de", { entities: [bolivia] })), []);
});

test("background happenings dated long before publication are left out", () => {
  const ev = events("Bolivien erlebte im März 2019 schwere Unruhen. Heute ist es ruhig.", "de", {
    entities: [bolivia], published: "2024-05-10", times: [{ form: "im März 2019", value: "2019-03" }],
  });
  assert.deepEqual(types(ev), []);
});

test("an English possessive date belongs to its noun, not to the event before it", () => {
  const ev = events("Police dispersed a protest following Sunday's vote in Bolivia.", "en", {
    entities: [boliviaEn], published: "2024-05-10", times: [{ form: "Sunday", value: "2024-05-05" }],
  });
  assert.equal(ev[0].date, "2024-05-10");
});

test("a body named in the lexicon gives its own country", () => {
  const ev = events("Wegen des Konflikts in Bolivien stoppt die Bundesregierung Exporte von Rüstungsgütern.", "de", { entities: [bolivia] });
  assert.deepEqual(ev.map((e) => [e.type, e.country]), [["Strategic developments", "DE"]]);
});

test("without location entities the country comes from country names in the text", () => {
  const ev = events("Tausende demonstrierten in Bolivien gegen die Regierung.", "de");
  assert.deepEqual(ev.map((e) => [e.type, e.country]), [["Protests", "BO"]]);
});

test("a natural disaster is at most one strategic development", () => {
  const ev = events("A strong earthquake struck Bolivia. The quake destroyed hundreds of homes. Aftershocks followed the earthquake.", "en", { entities: [boliviaEn] });
  assert.deepEqual(types(ev), ["Strategic developments"]);
});

test("the event layer mirrors the results", () => {
  const doc = build("In Bolivien demonstrierten am Dienstag Tausende.", "de", { entities: [bolivia], times: [{ form: "am Dienstag", value: "2024-05-07" }] });
  const layer = doc.layer<{ type: string; date: string }>("event");
  assert.equal(layer.length, 1);
  assert.equal(layer[0].attrs.type, "Protests");
  assert.equal(layer[0].attrs.date, "2024-05-07");
});

test("outside the lead, a single cue with its own day or its own dead is a reported happening", () => {
  const filler = "Die Lage blieb angespannt. Beobachter zeigten sich besorgt. Die Regierung äußerte sich nicht. Der Handel ruhte. Schulen blieben geschlossen. ";
  const dated = events(filler + "Am Montag verhängte die Regierung in Bolivien den Ausnahmezustand.", "de", {
    entities: [bolivia], published: "2024-05-10", times: [{ form: "Am Montag", value: "2024-05-06" }],
  });
  assert.deepEqual(dated.map((e) => [e.type, e.date]), [["Strategic developments", "2024-05-06"]]);
  const undated = events(filler + "Die Regierung verhängte in Bolivien den Ausnahmezustand.", "de", { entities: [bolivia] });
  assert.deepEqual(types(undated), []);
  const fillerEn = "The situation remained tense. Observers voiced concern. Schools stayed closed. Markets were empty. Roads were blocked. ";
  const toll = events(fillerEn + "Shelling killed at least four people in Bolivia.", "en", { entities: [boliviaEn], figures: true });
  assert.deepEqual(types(toll), ["Explosions/Remote violence"]);
});

test("a place takes the gazetteer's country when the entity's country is not among its places", () => {
  // "Gaza" is a city of PS in the gazetteer; an entity that took the article's main country IL is corrected
  const ev = events("An air strike hit a school in Gaza on Tuesday.", "en", {
    entities: [{ form: "Gaza", entity: loc("Gaza", "IL") }], times: [{ form: "on Tuesday", value: "2024-05-07" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.country]), [["Explosions/Remote violence", "PS"]]);
});

test("the place attacked decides the country, not the attacker named first", () => {
  const ev = events("Bolivia attacked the port city of Hafenstadt in Peru with drones and missiles on Tuesday.", "en", {
    entities: [boliviaEn, { form: "Peru", entity: loc("Peru", "PE") }, { form: "Hafenstadt", entity: loc("Hafenstadt", "PE") }],
    times: [{ form: "on Tuesday", value: "2024-05-07" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.country]), [["Explosions/Remote violence", "PE"]]);
});

test("German compounds whose last part is a cue (Großkundgebung, Bauernproteste, Fußballkrawalle)", () => {
  assert.deepEqual(types(events("In Bolivien fand am Sonntag eine Großkundgebung statt.", "de", { entities: [bolivia] })), ["Protests"]);
  assert.deepEqual(types(events("Die Bauernproteste in Bolivien gingen weiter.", "de", { entities: [bolivia] })), ["Protests"]);
  assert.deepEqual(types(events("Nach dem Spiel gab es in Bolivien Fußballkrawalle.", "de", { entities: [bolivia] })), ["Riots"]);
  // a head needs at least three letters before it and an inflection ending after it
  assert.deepEqual(types(events("Die Protestanten in Bolivien feierten den Reformationstag.", "de", { entities: [bolivia] })), []);
});

test("protests that turned violent are a riot, even when the protests are named more often", () => {
  const ev = events("Budget protests turn violent in Bolivia. Protests against the budget turned violent in the capital on Thursday. Thousands marched. The protests were called by unions.", "en", {
    entities: [boliviaEn], times: [{ form: "on Thursday", value: "2024-05-09" }],
  });
  assert.deepEqual(types(ev), ["Riots"]);
});

test("violence further down with its own dead is a second incident", () => {
  const ev = events("Drone strike on Bolivia kills four. Bolivia was attacked with drones overnight, killing four people. Officials gave no details. Roads were closed. Schools stayed shut. Later, shelling killed two people in another town.", "en", {
    entities: [boliviaEn], figures: true,
  });
  assert.deepEqual(ev.map((e) => [e.type, e.fatalities]), [["Explosions/Remote violence", 4], ["Explosions/Remote violence", 2]]);
});

test("an attack on unarmed people or their places is violence against civilians", () => {
  assert.deepEqual(types(events("Bewaffnete überfielen in Bolivien ein Dorf und brannten Hütten nieder.", "de", { entities: [bolivia] })), ["Violence against civilians"]);
  assert.deepEqual(types(events("Gunmen raided a village in Bolivia at dawn.", "en", { entities: [boliviaEn] })), ["Violence against civilians"]);
  // the more specific cue wins: an air strike on a school stays an air strike
  assert.deepEqual(types(events("An air strike hit a school in Bolivia.", "en", { entities: [boliviaEn] })), ["Explosions/Remote violence"]);
  // an attack on the police is no attack on civilians
  assert.deepEqual(types(events("Die Polizei sei in Bolivien mit Steinen angegriffen worden.", "de", { entities: [bolivia] })), []);
});

test("a strike that kills is a military strike; a walkout is not", () => {
  assert.deepEqual(types(events("A strike on a market in Bolivia killed three people.", "en", { entities: [boliviaEn] })), ["Explosions/Remote violence"]);
  assert.deepEqual(types(events("Dock workers in Bolivia ended their strike after two weeks.", "en", { entities: [boliviaEn] })), []);
});

test("without a day at the cue, the lead paragraph's next day dates the event", () => {
  const ev = events("Bewaffnete überfielen in Bolivien ein Dorf. In der Nacht zum Dienstag drangen sie in die Häuser ein. Die Regierung schwieg.", "de", {
    entities: [bolivia], published: "2024-05-10", times: [{ form: "In der Nacht zum Dienstag", value: "2024-05-06TNI", type: "TIME" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.date]), [["Violence against civilians", "2024-05-06"]]);
  // a day beyond the lead does not date it
  const apart = events("Bewaffnete überfielen in Bolivien ein Dorf. Die Lage blieb unklar. Helfer kamen. Straßen waren gesperrt. Schulen blieben zu. In der Nacht zum Dienstag regnete es.", "de", {
    entities: [bolivia], published: "2024-05-10", times: [{ form: "In der Nacht zum Dienstag", value: "2024-05-06TNI", type: "TIME" }],
  });
  assert.deepEqual(apart.map((e) => e.date), ["2024-05-10"]);
});

test("a month that ended before the publication month is background", () => {
  const ev = events("Last month, an air strike hit a wedding in Bolivia, killing 30 people.", "en", {
    entities: [boliviaEn], published: "2024-09-02", times: [{ form: "Last month", value: "2024-08" }], figures: true,
  });
  assert.deepEqual(types(ev), []);
  const now = events("Earlier this month, an air strike hit a wedding in Bolivia, killing 30 people.", "en", {
    entities: [boliviaEn], published: "2024-09-20", times: [{ form: "Earlier this month", value: "2024-09" }], figures: true,
  });
  assert.deepEqual(types(now), ["Explosions/Remote violence"]);
});

test("a placed town abroad names the country of its event; an unplaced place does not", () => {
  const ev = events("Die Kämpfe in Bolivien dauerten an. Die Armee meldete schwere Gefechte. Unterdessen demonstrierten in Nordheim am Samstag Tausende.", "de", {
    entities: [bolivia, { form: "Nordheim", entity: loc("Nordheim", "DE") }], published: "2024-05-12", times: [{ form: "am Samstag", value: "2024-05-11" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.country]), [["Battles", "BO"], ["Protests", "DE"]]);
  const unplaced: Entity = { name: "Südheim", type: "location", aliases: [], country: "DE", lat: null, lon: null };
  const ev2 = events("Die Kämpfe in Bolivien dauerten an. Die Armee meldete schwere Gefechte. Unterdessen demonstrierten in Südheim am Samstag Tausende.", "de", {
    entities: [bolivia, { form: "Südheim", entity: unplaced }], published: "2024-05-12", times: [{ form: "am Samstag", value: "2024-05-11" }],
  });
  assert.deepEqual(ev2.map((e) => e.country), ["BO", "BO"]);
});

test("a ceasefire demanded by a protest is a goal, not an agreement", () => {
  assert.deepEqual(types(events("In Bolivien demonstrierten Tausende für einen Waffenstillstand.", "de", { entities: [bolivia] })), ["Protests"]);
  assert.deepEqual(types(events("Thousands rallied in Bolivia for a ceasefire.", "en", { entities: [boliviaEn] })), ["Protests"]);
  assert.deepEqual(types(events("Bolivia and its neighbour agreed a ceasefire on Monday.", "en", { entities: [boliviaEn] })), ["Strategic developments"]);
});

test("police means against a crowd and demonstrators' force are demonstration cues", () => {
  assert.deepEqual(types(events("Police in Bolivia fired tear gas and water cannon at farmers.", "en", { entities: [boliviaEn] })), ["Protests"]);
  assert.deepEqual(types(events("Farmers in Bolivia pelted officers with eggs and threw stones.", "en", { entities: [boliviaEn] })), ["Riots"]);
  assert.deepEqual(types(events("In Bolivien wurden Polizisten mit Steinen beworfen.", "de", { entities: [bolivia] })), ["Riots"]);
  // one police means alone is too weak for an event
  assert.deepEqual(types(events("Die Polizei in Bolivien hält Wasserwerfer bereit.", "de", { entities: [bolivia] })), []);
});

test("the toll in the next sentence is not taken when that sentence reports another event", () => {
  const ev = events("Heavy fighting continued in Bolivia on Saturday. Later, shelling killed two people in the south on Friday.", "en", {
    entities: [boliviaEn], published: "2024-05-12", figures: true,
    times: [{ form: "on Saturday", value: "2024-05-11" }, { form: "on Friday", value: "2024-05-10" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.fatalities]), [["Battles", null], ["Explosions/Remote violence", 2]]);
});

test("demands are no agreements; a toll in the next sentence makes a report of its own", () => {
  assert.deepEqual(types(events("Thousands marched in Bolivia to demand a ceasefire.", "en", { entities: [boliviaEn] })), ["Protests"]);
  assert.deepEqual(types(events("In Bolivien verlangten Tausende eine Waffenruhe.", "de", { entities: [bolivia] })), []);
  const filler = "Die Lage blieb angespannt. Beobachter zeigten sich besorgt. Die Regierung äußerte sich nicht. Der Handel ruhte. Schulen blieben geschlossen. ";
  const ev = events(filler + "Augenzeugen berichteten von Luftangriffen auf Bolivien. Dabei wurden mindestens 17 Zivilisten getötet.", "de", { entities: [bolivia], figures: true });
  assert.deepEqual(ev.map((e) => [e.type, e.fatalities]), [["Explosions/Remote violence", 17]]);
});
