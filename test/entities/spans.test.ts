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
