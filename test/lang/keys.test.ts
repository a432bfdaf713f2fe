// Every key of every concern of every built-in pack (German, English) is read by some code: the packs are
// wrapped in recording Proxies (test/lang/key-reads.ts) before the pipeline loads, then the article
// reader, the full pipeline and the situation builder run over articles written for this test
// (test/lang/key-articles.ts). A failure names the keys: "de.figures.indefinite never read".
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { languageCodes, languagePack, registerLanguage } from "../../src/lang/registry.js";
import type { Lang } from "../../src/schema/index.js";
import { projectRoot } from "../support/shared.js";
import { trackPack, unreadKeys, type KeyReads } from "./key-reads.js";
import { ARTICLES } from "./key-articles.js";

/** Keys only a training script reads, not the pipeline ("lemma.contractionUpos": how the tagger was trained). */
const TRAINING_ONLY: Record<string, string> = { "lemma.contractionUpos": "scripts/train-pos.ts", "parse.relationSubtypes": "scripts/train-parser.ts" };
/** Keys of one pack the code cannot reach, with the reason; the test fails once one of them is read after all. */
const UNREACHABLE: Record<string, string> = {
  "en.syntax.neverAdjective": "asked only of words matching claims.adjectiveEnding, which is \"(?!)\" (nothing) in English",
};

const reads: KeyReads = { read: new Map(), enumerated: new Set() };
const originals = languageCodes().map((code) => languagePack(code));
for (const pack of originals) registerLanguage(trackPack(pack, reads));
// loaded only now, so that every table compiled at module load is compiled from the tracked packs
const { extract } = await import("../../src/extract/index.js");
const { buildSituation } = await import("../../src/situation/index.js");
const { toSituationArticle } = await import("../../src/store/index.js");

test("every key of every concern of the built-in packs is read", () => {
  for (const lang of originals.map((p) => p.code as Lang)) {
    const articles = ARTICLES.filter((a) => a.lang === lang);
    assert.ok(articles.length, `write articles in ${lang} in test/lang/key-articles.ts`);
    const xs = articles.map((a) => extract(a.text, { lang: a.detect ? undefined : lang, published: a.published }));
    assert.ok(xs.every((x) => x.language === lang));
    buildSituation(xs.map((x, i) => toSituationArticle(x, { outlet: articles[i]!.outlet, url: `https://${articles[i]!.outlet}.example/${i}` })));
  }
  const all = originals.flatMap((pack) => unreadKeys(pack, reads)).map((line) => line.replace(/ never read$/, ""));
  const unread = all.filter((key) => !(key.replace(/^\w+\./, "") in TRAINING_ONLY) && !(key in UNREACHABLE));
  assert.deepEqual(unread.map((key) => `${key} never read`), [], `keys no code reads:\n${unread.map((key) => `${key} never read`).join("\n")}`);
  const reached = Object.keys(UNREACHABLE).filter((key) => !all.includes(key));
  assert.deepEqual(reached, [], `read after all, drop them from UNREACHABLE: ${reached.join(", ")}`);
});

test("the keys only training reads are read by their script", () => {
  for (const [key, script] of Object.entries(TRAINING_ONLY)) {
    const source = readFileSync(join(projectRoot(), script), "utf8");
    assert.ok(source.includes(`.${key.split(".").pop()}`), `${script} no longer reads ${key}`);
  }
});
