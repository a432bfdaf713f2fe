import { test } from "node:test";
import assert from "node:assert/strict";
import { entities, find } from "./helpers.js";


test("English: a role inside a capitalised run is stripped from the person's name", () => {
  const list = entities("Regional Transport Secretary Tomas Okello Wanjiru said the road would reopen on Friday.", "en");
  const p = find(list, "Tomas Okello Wanjiru");
  assert.ok(p, JSON.stringify(list.map((e) => e.name)));
  assert.equal(p.type, "person");
});

test("English: 'and' between capitalised words does not make a person name", () => {
  const list = entities("Heavy rain hit the towns of Ruvaro and Matengo counties overnight, officials said.", "en");
  assert.ok(!list.some((e) => e.name.includes(" and ")), JSON.stringify(list.map((e) => e.name)));
  const org = entities("A grant from the Smith and Brown Foundation paid for the new school.", "en");
  assert.ok(find(org, "Smith and Brown Foundation"), JSON.stringify(org.map((e) => e.name)));
});

test("English: a multi-word place spelt as a transliteration variant of a known one", () => {
  const list = entities("Families in Khan Younis said the shelling lasted all night.", "en");
  assert.equal(find(list, "Khan Younis")?.type, "location", JSON.stringify(list));
});

test("a city name inside a person's name is no place", () => {
  const list = entities("\"We lost everything,\" said Zawadi Hassan Mwangi, a farmer, speaking to reporters on Monday.", "en");
  assert.ok(!list.some((e) => e.name === "Hassan" && e.type === "location"), JSON.stringify(list));
});
