// The language knowledge the entity, event, time and figure components read from the packs: every
// language defines the hooks and fields, and a test language that differs from a real one in one hook
// changes exactly what that hook governs. Fixtures are invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Document } from "../../src/nlp/document.js";
import type { Lang } from "../../src/schema/index.js";
import { tokenizeDocument } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import { languagePack, languageCodes, registerLanguage, unregisterLanguage } from "../../src/lang/registry.js";
import { isOrdinaryWord } from "../../src/extract/entities/vocabulary.js";
import { figureLexicon } from "../../src/extract/figures/index.js";
import { eventLexicon } from "../../src/extract/events/index.js";
import { compiledFor } from "../../src/extract/times/compile.js";
import { extractTimes } from "../../src/extract/times/index.js";
import { lexicon } from "../../src/nlp/ner/lexicon.js";

test("every language defines the hooks and data the extract components read", () => {
  for (const code of languageCodes()) {
    const pack = languagePack(code);
    assert.ok(Array.isArray(pack.syntax.possessiveClitics), code);
    assert.equal(typeof pack.syntax.closedCompounds, "boolean", code);
    for (const field of ["nounCoordinators", "oneDeterminers", "partitives", "proportionOnes"] as const) assert.ok(Array.isArray(pack.figures[field]), `${code} figures.${field}`);
    for (const field of ["orgAdjectiveEndings", "headInflections", "demonymStems", "nameCoordinators", "placeSuffixes", "commonNounEndings"] as const) assert.ok(Array.isArray(pack.entities[field]), `${code} entities.${field}`);
    assert.ok(pack.time.meridiem === null || typeof pack.time.meridiem === "string", code);
  }
  // English ordinary words come from its word lexicon (models/ner-lexicon-en.json.gz) now that the pack lists none
  assert.ok(isOrdinaryWord(lexicon("en"), "Meanwhile"), "English ordinary words are known");
  assert.ok(!isOrdinaryWord(lexicon("en"), "Beispielstadt"), "an unknown capitalised word is not ordinary");
});

test("compiled tables follow the syntax hooks of the pack", () => {
  const english = languagePack("en");
  registerLanguage({ ...english, code: "xx", name: "English with capitalised nouns and closed compounds", syntax: { ...english.syntax, capitalization: "nouns", closedCompounds: true, possessiveClitics: [] } });
  try {
    assert.equal(figureLexicon("en").capitalizedNouns, false);
    assert.equal(figureLexicon("xx").capitalizedNouns, true);
    assert.equal(compiledFor("xx").nounsCapitalized, true);
    assert.equal(compiledFor("xx").possessive, null);
    assert.ok(compiledFor("en").possessive?.test("'s earthquake"));
    assert.ok(eventLexicon("en").possessives.has("'s"));
    assert.equal(eventLexicon("xx").possessives.size, 0);
    assert.equal(lexicon("en").titleCompounds, false);
    assert.equal(lexicon("xx" as Lang).titleCompounds, true);
  } finally {
    unregisterLanguage("xx");
  }
});

test("the meridiem of the time data turns a 12-hour clock into 24 hours", () => {
  const times = (text: string, lang: Lang) => {
    const doc = new Document(text, lang, { meta: { published: "2022-01-08", anchor: "2022-01-08" } });
    tokenizeDocument(doc);
    splitSentences(doc);
    extractTimes(doc);
    return (doc.results.times ?? []).map((t) => t.value);
  };
  assert.ok(times("The blast happened on January 7 at 9 p.m.", "en").includes("2022-01-07T21:00"));
  assert.ok(times("Die Explosion ereignete sich am 7. Januar um 21 Uhr.", "de").includes("2022-01-07T21:00"));
});
