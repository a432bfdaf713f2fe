// Figure scopes (issue 13, figure series): who is counted, where, whether it is a running total, and whether the
// report calls the value withdrawn, denied or disputed. Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../src/index.js";
import type { Figure } from "../../src/schema/index.js";

const figures = (text: string, lang: "de" | "en"): Figure[] => extract(text, { lang, published: "2024-03-04" }).figures;
const byValue = (list: Figure[], value: number): Figure => {
  const f = list.find((x) => x.value === value);
  assert.ok(f, `no figure ${value} in ${JSON.stringify(list.map((x) => x.text))}`);
  return f;
};

test("German: the group counted, the nearest place of the sentence, and a running total", () => {
  const list = figures("Bei den Unruhen in Moldau sind bislang insgesamt 57 Menschen ums Leben gekommen, darunter vier Kinder. In Chișinău wurden 19 Demonstranten verletzt.", "de");
  const total = byValue(list, 57);
  assert.equal(total.group, "people");
  assert.equal(total.country, "MD");
  assert.equal(total.cumulative, true);
  assert.equal(byValue(list, 4).group, "children");
  const city = byValue(list, 19);
  assert.equal(city.group, "protesters");
  assert.equal(city.place, "Chișinău");
  assert.equal(city.cumulative, false);
});

test("German: a value the next sentence withdraws ('zogen die Zahl ... zurück'), the lead figure only", () => {
  const list = figures("Die Behörden meldeten 310 Tote, darunter zwölf Polizisten. Am Abend zogen sie die Zahl wieder zurück.", "de");
  assert.equal(byValue(list, 310).status, "withdrawn");
  assert.equal(byValue(list, 12).status ?? null, null);
  assert.equal(byValue(list, 12).group, "police");
});

test("English: a death toll that rose is cumulative; a denied count is denied; compounds of groups", () => {
  const list = figures("The death toll rose to 88, the health ministry said. The army denied that 15 soldiers were killed near Goma. Two journalists were arrested.", "en");
  assert.equal(byValue(list, 88).cumulative, true);
  const denied = byValue(list, 15);
  assert.equal(denied.status, "denied");
  assert.equal(denied.group, "soldiers");
  assert.equal(denied.country, "CD");
  assert.equal(byValue(list, 2).group, "journalists");
  assert.equal(byValue(list, 2).status ?? null, null);
});

test("a casualty count headed by 'Zahl der Toten' / 'the death toll' far before the number is found", () => {
  const de = figures("Die Zahl der Toten bei den Kämpfen im Norden ist nach Angaben der Behörden auf 41 gestiegen.", "de");
  assert.equal(byValue(de, 41).category, "killed");
  const en = figures("The death toll from the landslides in the north rose to 63, officials said.", "en");
  assert.equal(byValue(en, 63).category, "killed");
});

test("a bare repetition of a qualified value from the same source is one figure with the qualifier", () => {
  const list = figures("Die Zahl der Toten ist auf mindestens 23 gestiegen, teilte die Polizei mit. Die 23 Toten habe es in der Hauptstadt gegeben, sagte die Polizei.", "de");
  const killed = list.filter((f) => f.value === 23);
  assert.equal(killed.length, 1, JSON.stringify(list.map((f) => f.text)));
  assert.equal(killed[0]!.qualifier, "at_least");
});
