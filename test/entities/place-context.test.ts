// Single unknown places typed by the words around them (issue 10): a kind of place before or after the
// name ("the town of X", "capital X", "the X displacement camp"), a place-only preposition ("inside X").
import { test } from "node:test";
import assert from "node:assert/strict";
import { entities, find } from "./helpers.js";

const typeOf = (text: string, name: string) => {
  const list = entities(text, "en");
  return find(list, name)?.type ?? `missing in ${JSON.stringify(list.map((e) => `${e.name}/${e.type}`))}`;
};

test("a kind of place before the name: 'the small town of Marbeck', 'the capital Vondra'", () => {
  assert.equal(typeOf("An attack on the small town of Marbeck killed six people.", "Marbeck"), "location");
  assert.equal(typeOf("Doctors in the region's capital Vondra said the hospital was full.", "Vondra"), "location");
});

test("a kind of place after the name: 'the Borvan displacement camp'", () => {
  assert.equal(typeOf("A drone hit the Borvan displacement camp on Monday, aid workers reported.", "Borvan"), "location");
});

test("'inside' before a single name makes it a place; a possessive after it does not", () => {
  assert.equal(typeOf("It was unclear if the shell landed inside Qerman, a declared safe zone.", "Qerman"), "location");
  assert.notEqual(typeOf("Critics inside Halvorsen's own party objected, Halvorsen said.", "Halvorsen"), "location");
});

test("a person after 'the home province of' stays a person: two-word names need more than the kind of place", () => {
  assert.equal(typeOf("Police fired tear gas in the home province of Lena Marwick, the student who died on Friday.", "Lena Marwick"), "person");
});

test("one place-context mention outweighs a bare guess elsewhere: 'attacks on Talvesh' then 'the plant in Talvesh'", () => {
  assert.equal(typeOf("Rebels launched rocket attacks on Talvesh. The power plant in Talvesh was hit at midnight.", "Talvesh"), "location");
});

test("a demonym without an ending is no place: 'Tajik officials', 'his Uzbek counterpart'", () => {
  const list = entities("Tajik officials met border guards on Friday. The minister called his Uzbek counterpart in Tashkent.", "en");
  const all = JSON.stringify(list.map((e) => `${e.name}/${e.type}`));
  assert.ok(!find(list, "Tajik"), all);
  assert.ok(!find(list, "Uzbek"), all);
});

test("a kind of place right before a two-word name: 'am Flughafen Ben Gurion' is a place, not a person", () => {
  const list = entities("Die Maschine landete am Flughafen Ben Gurion, sagte ein Sprecher.", "de");
  const place = list.find((e) => e.name.includes("Ben Gurion"));
  assert.equal(place?.type, "location", JSON.stringify(list.map((e) => `${e.name}/${e.type}`)));
});

test("the plural of an abbreviation is no name: 'combat UAVs', 'UAVs and drones'", () => {
  for (const text of ["Karvelian forces launched rocket systems, combat UAVs and air force in their attack on the town.", "The ministry said UAVs and drones were used by the army in the attack."]) {
    const list = entities(text, "en");
    assert.ok(!find(list, "UAVs"), JSON.stringify(list.map((e) => `${e.name}/${e.type}`)));
  }
});
