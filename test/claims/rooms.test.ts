// The rooms of the claims component on their own: the compiled lexicon, the noun-phrase chunker, the source
// cleaner, and the syntax hooks the algorithms read from the language pack (a test language that differs from
// German in one hook only must change exactly what that hook governs). Fixtures are invented sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Document } from "../../src/nlp/document.js";
import { tokenizeDocument } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import type { Lang } from "../../src/schema/index.js";
import { languagePack, registerLanguage, unregisterLanguage } from "../../src/lang/registry.js";
import { ClaimContext } from "../../src/extract/claims/context.js";
import { claimTablesFor, compileLexicon } from "../../src/extract/claims/lexicon.js";
import { nounPhraseEnd, nounPhraseStartBefore } from "../../src/extract/claims/noun-phrases.js";
import { sourceOf } from "../../src/extract/claims/sources.js";
import { extractClaims } from "../../src/extract/claims/index.js";

/** A tokenised document and its claim context, without quotations or mentions. */
function contextOf(text: string, lang: string): ClaimContext {
  const doc = new Document(text, lang as Lang);
  tokenizeDocument(doc);
  splitSentences(doc);
  return new ClaimContext(doc, claimTablesFor(lang), languagePack(lang).syntax);
}

/** The index of the first token with this text. */
const at = (context: ClaimContext, word: string) => context.tokens.findIndex((token) => token.text === word);

test("lexicon: every form maps to its lemma, sequences are indexed by their first word", () => {
  const tables = compileLexicon(languagePack("de").claims);
  assert.equal(tables.verbLemma.get("teilte"), "mitteilen");
  assert.equal(tables.verbLemma.get("sagen"), "sagen");
  assert.deepEqual(tables.passiveCues.get("hieß"), [["hieß", "es"]]);
  assert.ok(tables.infoNouns.has("angaben"));
  assert.equal(claimTablesFor("de"), claimTablesFor("de"), "compiled once per pack");
});

test("noun phrases: German ends at the last capitalised word, English at the next function word", () => {
  const german = contextOf("Der Sprecher des Ministeriums sagte am Abend etwas.", "de");
  assert.equal(nounPhraseEnd(german, 0, german.tokens.length), at(german, "sagte"));
  const english = contextOf("The ministry's chief spokesman said on Friday.", "en");
  assert.equal(nounPhraseEnd(english, 0, english.tokens.length), at(english, "said"));
  const before = contextOf("Der Polizei zufolge blieb es ruhig.", "de");
  assert.equal(nounPhraseStartBefore(before, at(before, "zufolge"), 0), 0);
});

test("sources: descriptions dropped, genitives normalised", () => {
  const portal = contextOf("Das Portal Vlast.kz meldete es.", "de");
  assert.equal(sourceOf(portal, 0, at(portal, "meldete"), 0).source, "Vlast.kz");
  const senate = contextOf("Ein Sprecher des Senats sagte es.", "de");
  const from = at(senate, "des");
  assert.equal(sourceOf(senate, from, at(senate, "sagte"), from).source, "Senat");
  const pronoun = contextOf("Wir sagen es.", "de");
  assert.equal(sourceOf(pronoun, 0, 1, 0).reject, true);
});

test("syntax hooks: the claims component reads them from the language pack", () => {
  const german = languagePack("de");
  const text = "Der Sprecher erklärte am Mittwoch, dass die Brücke vorerst gesperrt bleibe.";
  const claimText = (lang: string) => {
    const doc = new Document(text, lang as Lang);
    tokenizeDocument(doc);
    splitSentences(doc);
    extractClaims(doc);
    return doc.results.claims?.map((claim) => claim.text);
  };
  assert.deepEqual(claimText("de"), ["dass die Brücke vorerst gesperrt bleibe"]);
  registerLanguage({ ...german, code: "xx", name: "German without complementizers in content", syntax: { ...german.syntax, complementizerInContent: false } });
  try {
    assert.deepEqual(claimText("xx"), ["die Brücke vorerst gesperrt bleibe"]);
  } finally {
    unregisterLanguage("xx");
  }
});

test("syntax hooks: both languages define every claim hook", () => {
  for (const lang of ["de", "en"]) {
    const syntax = languagePack(lang).syntax;
    assert.ok(["verb-second", "subject-verb-object"].includes(syntax.clauseOrder), lang);
    assert.ok(["after-verb", "after-comma"].includes(syntax.reportedContent), lang);
    assert.ok(["nouns", "names"].includes(syntax.capitalization), lang);
    assert.equal(typeof syntax.complementizerInContent, "boolean", lang);
    assert.equal(typeof syntax.genitiveAfterNoun, "boolean", lang);
    assert.equal(typeof syntax.neverAdjective, "function", lang);
  }
  assert.equal(languagePack("de").syntax.neverAdjective("trotzdem"), true);
  assert.equal(languagePack("de").syntax.neverAdjective("offiziellen"), false);
});
