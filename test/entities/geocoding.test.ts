import { test } from "node:test";
import assert from "node:assert/strict";
import { entities, find } from "./helpers.js";
import { gazetteer } from "../../src/geo/gazetteer.js";


test("geocoding: an exonym names the most populous city of that name (Genf/Geneva in Switzerland)", () => {
  const de = entities("Die Gespräche sollen nächste Woche in Genf fortgesetzt werden, teilte ein Sprecher mit.", "de");
  assert.equal(find(de, "Genf")?.country, "CH", JSON.stringify(de));
  const en = entities("Negotiators will meet again in Geneva next week, a spokesman said.", "en");
  assert.equal(find(en, "Geneva")?.country, "CH", JSON.stringify(en));
});

test("geocoding: a region without a country takes the country of its same-named city (Gaza)", () => {
  const list = entities("Aid convoys reached Gaza on Monday, while officials in Israel discussed a ceasefire with envoys from Egypt.", "en");
  assert.equal(find(list, "Gaza")?.country, "PS", JSON.stringify(list));
});

test("geocoding: inflected German multi-word country names, and regions fall back to the article's country", () => {
  const g = gazetteer();
  assert.equal(g.lookup("Demokratischen Republik Kongo", "de")[0]?.country, "CD");
  assert.equal(g.baseForm("Zentralafrikanischen Republik", "de"), "Zentralafrikanische Republik");
  const list = entities("In der Demokratischen Republik Kongo flohen tausende Menschen vor Kämpfen. Die Demokratische Republik Kongo bat um Hilfe.", "de");
  const cd = find(list, "Demokratische Republik Kongo");
  assert.ok(cd, JSON.stringify(list.map((e) => e.name)));
  assert.equal(cd.country, "CD");
  assert.ok(cd.aliases.includes("Demokratischen Republik Kongo"));
  assert.ok(!find(list, "Republik Kongo") || find(list, "Republik Kongo") === cd, "no separate Republic of the Congo");
});

test("German: an unknown place named after a place noun ('im Dorf X Y')", () => {
  const list = entities("Soldaten brannten im Dorf Kyun Taw Gyi mehrere Häuser nieder, berichteten Bewohner aus Myanmar.", "de");
  const v = find(list, "Kyun Taw Gyi");
  assert.ok(v, JSON.stringify(list.map((e) => e.name)));
  assert.equal(v.type, "location");
  assert.equal(v.country, "MM");
  const none = entities("Im Dorf Hilfe zu finden war schwer.", "de");
  assert.ok(!find(none, "Hilfe"), "common nouns after the place noun are no name");
});
