// `node dist/scripts/bench-entities.js [--lang de|en] [--rounds N] [--cold] [--dump FILE]`: CPU time (process.cpuUsage)
// of the entities step alone, per ~600-token pseudo-article from ../shared/data, with the NER tagger's share measured
// separately. --cold forgets the per-word caches before every article (every word counts as unseen text).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Document, type Lang } from "../src/nlp/document.js";
import { tokenizeDocument } from "../src/nlp/tokenize.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { tagDocument } from "../src/nlp/pos/index.js";
import { extractEntities } from "../src/extract/entities/index.js";
import { tagEntities, nerModel } from "../src/nlp/ner/index.js";
import { clearLexiconMemos } from "../src/nlp/ner/lexicon.js";
import { clearCommonWordMemos } from "../src/nlp/ner/features.js";
import { DATA, benchArticles } from "./corpus.js";

const arg = (k: string, d: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const lang = arg("--lang", "de") as Lang;
const rounds = +arg("--rounds", "3");

if (!existsSync(DATA)) { console.log(`bench-entities: ${DATA} absent; skipped.`); process.exit(0); }
const texts = benchArticles(lang);
const nlp = { run: (d: Document) => { tokenizeDocument(d); splitSentences(d); tagDocument(d); } };
const docs = texts.map((t) => { const d = new Document(t, lang, { meta: { published: "2022-01-08" } }); nlp.run(d); return d; });
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const d of docs.slice(0, 10)) extractEntities(d);
// whole passes are timed (process.cpuUsage has a coarse tick on some systems; per-article intervals would be noise)
const cold = process.argv.includes("--cold");
const forget = () => { nerModel(lang)?.clearCaches(); clearLexiconMemos(); clearCommonWordMemos(); };
let ent = 0, ner = 0, toks = 0;
for (let r = 0; r < rounds; r++) {
  // forgetting is timed too in --cold mode (clearing small maps; cheap next to the work it causes)
  let a = cpu();
  for (const d of docs) { if (cold) forget(); extractEntities(d); }
  ent += cpu() - a;
  a = cpu();
  for (const d of docs) { if (cold) forget(); tagEntities(d); }
  ner += cpu() - a;
  for (const d of docs) toks += d.tokens.length;
}
const dump = arg("--dump", "");
if (dump) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(dump, docs.map((d) => { extractEntities(d); return JSON.stringify({ ner: d.tokens.map((t) => t.ner ?? "").join(" "), ents: d.results.entities }); }).join("\n"));
}
const per600 = (ms: number) => (ms / toks) * 600;
console.log(`${lang}${cold ? " (cold: per-word caches cleared before each article)" : ""}: ${docs.length} articles x ${rounds}; entities step ${per600(ent).toFixed(2)} ms CPU per 600 tokens (NER tagger alone${cold ? "" : ", warm"}: ${per600(ner).toFixed(2)} ms)`);
