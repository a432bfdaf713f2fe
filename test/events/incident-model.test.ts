// The incident model: one event per incident with its own day and place; reports of one incident merge,
// background and announcements are kept off the publication day. Sentences are written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { events, loc, bolivia, boliviaEn } from "./helpers.js";

const nordstadt = { form: "Nordstadt", entity: loc("Nordstadt", "BO", 10, 10) };
const suedstadt = { form: "Südstadt", entity: loc("Südstadt", "BO", 12, 12) };

test("protests in two towns on two days are two incidents; a second report of one merges into it", () => {
  const ev = events("In Bolivien demonstrierten am Montag Tausende in Nordstadt. Am Dienstag protestierten Studenten in Südstadt. Die Proteste in Nordstadt waren friedlich.", "de", {
    entities: [bolivia, nordstadt, suedstadt], published: "2024-05-08",
    times: [{ form: "am Montag", value: "2024-05-06" }, { form: "Am Dienstag", value: "2024-05-07" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.date, e.location]), [["Protests", "2024-05-06", "Nordstadt"], ["Protests", "2024-05-07", "Südstadt"]]);
});

test("a sentence without a day of its own is about its paragraph's day", () => {
  const ev = events("Protesters rallied in Bolivia on Sunday. On Saturday, thousands had marched in the capital. Police fired tear gas at the crowd.", "en", {
    entities: [boliviaEn], published: "2024-05-12",
    times: [{ form: "on Sunday", value: "2024-05-12" }, { form: "On Saturday", value: "2024-05-11" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.date]), [["Protests", "2024-05-12"], ["Protests", "2024-05-11"]]);
});

test("a happening only named as what came before is not the publication day's", () => {
  const ev = events("Nach einer Woche von Protesten und Unruhen hat der Präsident von Bolivien am Sonntag den Rücktritt der Regierung verkündet.", "de", {
    entities: [bolivia], published: "2024-05-12", times: [{ form: "am Sonntag", value: "2024-05-12" }],
  });
  assert.ok(!ev.some((e) => e.type === "Protests" || e.type === "Riots"), JSON.stringify(ev));
});

test("a planned reform does not make the protest against it hypothetical; planned protests are", () => {
  const past = events("Am Freitag hatten sich in Bolivien heftige Proteste gegen eine geplante Steuerreform entzündet.", "de", {
    entities: [bolivia], published: "2024-05-13", times: [{ form: "Am Freitag", value: "2024-05-10" }],
  });
  assert.deepEqual(past.map((e) => [e.type, e.date]), [["Protests", "2024-05-10"]]);
  assert.deepEqual(events("Die geplanten Proteste in Bolivien wurden abgesagt.", "de", { entities: [bolivia] }), []);
  assert.deepEqual(events("The planned rally in Bolivia was called off.", "en", { entities: [boliviaEn] }), []);
});

test("announced protests have not happened; an announced withdrawal is a strategic development", () => {
  assert.deepEqual(events("Die Opposition in Bolivien hat neue Proteste für Freitag angekündigt.", "de", { entities: [bolivia] }), []);
  const sd = events("Der Präsident von Bolivien kündigte am Dienstag den Abzug der Truppen an.", "de", {
    entities: [bolivia], published: "2024-05-08", times: [{ form: "am Dienstag", value: "2024-05-07" }],
  });
  assert.deepEqual(sd.map((e) => [e.type, e.date]), [["Strategic developments", "2024-05-07"]]);
});

test("a day outside the reported content dates the report; a day after 'vom' dates its noun", () => {
  const ev = events("Gunmen attacked a village in Bolivia on Tuesday. Officials said on Thursday that the attack on the village killed nine people.", "en", {
    entities: [boliviaEn], published: "2024-05-10", contents: ["the attack on the village killed nine people"],
    times: [{ form: "on Tuesday", value: "2024-05-07" }, { form: "on Thursday", value: "2024-05-09" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.date]), [["Violence against civilians", "2024-05-07"]]);
  // nothing else dates it: the day it was reported, not the publication day
  const alone = events("Officials said on Thursday that gunmen attacked a village in Bolivia.", "en", {
    entities: [boliviaEn], published: "2024-05-10", contents: ["gunmen attacked a village in Bolivia"], times: [{ form: "on Thursday", value: "2024-05-09" }],
  });
  assert.deepEqual(alone.map((e) => e.date), ["2024-05-09"]);
  const vote = events("In Bolivien erklärte die Wahlkommission heute die Wahl vom 21. April für ungültig.", "de", {
    entities: [bolivia], published: "2024-05-10", times: [{ form: "vom 21. April", value: "2024-04-21" }, { form: "heute", value: "2024-05-10" }],
  });
  assert.deepEqual(vote.map((e) => [e.type, e.date]), [["Strategic developments", "2024-05-10"]]);
});

test("a riot in a town further down beside a protest the lead tells without a town is its own incident", () => {
  const ev = events("Protests spread across Bolivia on Saturday. Thousands marched in many cities. Unions called the protests. Students joined the protests. Shops closed. In Southtown, two people were killed when the demonstrations turned violent.", "en", {
    entities: [boliviaEn, { form: "Southtown", entity: loc("Southtown", "BO") }], published: "2024-05-12", times: [{ form: "on Saturday", value: "2024-05-11" }], figures: true,
  });
  assert.deepEqual(ev.map((e) => [e.type, e.location]), [["Protests", null], ["Riots", "Southtown"]]);
});

test("last week's attack told in the body is background; a 'seit' day opens a period, not the next sentence's day", () => {
  const filler = "Die Lage blieb angespannt. Beobachter zeigten sich besorgt. Schulen blieben geschlossen. ";
  const ev = events("Bei Gefechten in Bolivien starben am Sonntag zehn Soldaten. " + filler + "Bereits in der vergangenen Woche waren bei einem Anschlag auf einen Militärkonvoi in Nordstadt zwölf Soldaten getötet worden.", "de", {
    entities: [bolivia, nordstadt], published: "2024-05-13", figures: true,
    times: [{ form: "am Sonntag", value: "2024-05-12" }, { form: "in der vergangenen Woche", value: "2024-W18" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.date]), [["Battles", "2024-05-12"]]);
  const since = events("Seit Beginn der Regenfälle vor zwei Wochen starben in Bolivien viele Menschen. Tausende Demonstranten protestieren weiter.", "de", {
    entities: [bolivia], published: "2024-05-13", times: [{ form: "vor zwei Wochen", value: "2024-04-29" }],
  });
  assert.deepEqual(since.map((e) => [e.type, e.date]), [["Protests", "2024-05-13"]]);
});

test("an undated headline tells of the incident the body dates close to publication", () => {
  const ev = events("Bolivia declares state of emergency\n\nThe government acted after days of unrest. Shops stayed closed. Roads were blocked. Schools were shut. The state of emergency took effect on Wednesday.", "en", {
    entities: [boliviaEn], published: "2024-05-09", times: [{ form: "on Wednesday", value: "2024-05-08" }],
  });
  assert.deepEqual(ev.filter((e) => e.type === "Strategic developments").map((e) => e.date), ["2024-05-08"]);
});

test("a generic attack on civilians beside a specific strike of the same day is that strike", () => {
  const ev = events("Rebel attack kills 20 civilians in Bolivia. The rebels fired rockets and shelled the town on Friday.", "en", {
    entities: [boliviaEn], published: "2024-05-11", times: [{ form: "on Friday", value: "2024-05-10" }],
  });
  assert.deepEqual(ev.map((e) => [e.type, e.date]), [["Explosions/Remote violence", "2024-05-10"]]);
  // without a specific report the attack stays violence against civilians
  assert.deepEqual(events("Rebel attack kills 20 civilians in Bolivia.", "en", { entities: [boliviaEn] }).map((e) => e.type), ["Violence against civilians"]);
});
