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
