// `node dist/scripts/bench-entities.js [--lang de|en] [--rounds N] [--cold] [--dump FILE]`: CPU time (process.cpuUsage)
// of the entities step alone, per ~600-token pseudo-article from ../shared/data, with the NER tagger's share measured
// separately. --cold forgets the per-word caches before every article (every word counts as unseen text).
import { existsSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Document, type Lang } from "../src/nlp/document.js";
import { tokenizeDocument } from "../src/nlp/tokenize.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { tagDocument } from "../src/nlp/pos/index.js";
import { extractEntities } from "../src/extract/entities/index.js";
import { tagEntities, nerModel } from "../src/nlp/ner/index.js";
import { clearLexiconMemos } from "../src/nlp/ner/lexicon.js";
import { clearCommonWordMemos } from "../src/nlp/ner/features.js";

const ROOT = [dirname(dirname(fileURLToPath(import.meta.url))), dirname(dirname(dirname(fileURLToPath(import.meta.url))))].find((d) => existsSync(join(d, "package.json")))!;
const DATA = join(ROOT, "..", "shared", "data");
const arg = (k: string, d: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const lang = arg("--lang", "de") as Lang;
const rounds = +arg("--rounds", "3");

function udSentences(file: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) if (line.startsWith("# text = ")) out.push(line.slice(9).trim());
  return out;
}
function germevalSentences(file: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#")) continue;
    if (!line.trim()) { if (cur.length) out.push(cur.join(" ")); cur = []; continue; }
    cur.push(line.split("\t")[1]);
  }
  return out;
}
function articles(sentences: string[], size = 600): string[] {
  const out: string[] = [];
  let paras: string[] = [], para: string[] = [], n = 0;
  for (const s of sentences) {
    para.push(s);
    n += s.split(/\s+/).length;
    if (para.length === 4) { paras.push(para.join(" ")); para = []; }
    if (n >= size) { if (para.length) paras.push(para.join(" ")); out.push(paras.join("\n\n")); paras = []; para = []; n = 0; }
  }
  return out;
}
if (!existsSync(DATA)) { console.log(`bench-entities: ${DATA} absent; skipped.`); process.exit(0); }
const texts = lang === "de"
  ? articles([...udSentences(join(DATA, "ud", "de_gsd-ud-test.conllu")), ...udSentences(join(DATA, "ud", "de_pud-ud-test.conllu")), ...germevalSentences(join(DATA, "germeval2014", "NER-de-dev.tsv"))])
  : articles([...udSentences(join(DATA, "ud", "en_ewt-ud-test.conllu")), ...udSentences(join(DATA, "ud", "en_ewt-ud-dev.conllu"))]);
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
