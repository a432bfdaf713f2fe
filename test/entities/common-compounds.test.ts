// German capitalised common nouns are no names (issue 10): a compound whose head is an ordinary noun
// ("Luftangriff", "Palmsonntag") is dropped even when the tagger marks it; a known place with a noun head stays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { entities, find } from "./helpers.js";

test("a compound of an ordinary noun is no name: 'nach Luftangriff', 'an Palmsonntag'", () => {
  const list = entities("Trauer nach Luftangriff auf Dorf in Syrien\n\nDie Feier an Palmsonntag in Aleppo wurde abgesagt.", "de");
  const all = JSON.stringify(list.map((e) => `${e.name}/${e.type}`));
  assert.ok(!find(list, "Luftangriff"), all);
  assert.ok(!find(list, "Palmsonntag"), all);
  assert.equal(find(list, "Aleppo")?.type, "location", all);
});

test("a known place whose last part is a noun stays a place: 'in Saarbrücken'", () => {
  const list = entities("Die Polizei in Saarbrücken nahm am Montag zwei Männer fest.", "de");
  assert.equal(find(list, "Saarbrücken")?.type, "location", JSON.stringify(list.map((e) => e.name)));
});
