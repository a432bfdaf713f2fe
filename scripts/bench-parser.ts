// Dependency-parser speed on the UD test files, in CPU time (the parser alone, after a warm-up pass):
//   npx tsc -p . && node dist/scripts/bench-parser.js       (or: npx tsx scripts/bench-parser.ts)
// Parses every sentence of de_gsd-ud-test / en_ewt-ud-test three times with our tagger's UPOS and lemmas (tagged
// beforehand, not timed); prints model load time and tokens per CPU-second.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "./conllu.js";
import { DATA } from "./corpus.js";
import { posModel } from "../src/nlp/pos/index.js";
import { ParserModel } from "../src/nlp/parse/model.js";
import { optionalProjectFile } from "../src/geo/gazetteer.js";
import { languagePack } from "../src/lang/registry.js";

const FILES = { de: "de_gsd-ud-test.conllu", en: "en_ewt-ud-test.conllu" } as const;

function main(): void {
  const ud = join(DATA, "ud");
  if (!existsSync(ud)) {
    console.log(`bench-parser: ${ud} is absent. Skipped.`);
    return;
  }
  for (const [lang, file] of Object.entries(FILES) as [keyof typeof FILES, string][]) {
    const path = optionalProjectFile(`models/parse-${lang}.weights.gz`);
    const pos = posModel(lang);
    if (!path || !pos) { console.log(`${lang}: no parser or POS model`); continue; }
    const l0 = performance.now();
    const parser = ParserModel.load(path);
    const loadMs = performance.now() - l0;
    const sents = readConllu(join(ud, file), languagePack(lang).lemma.contractionUpos).map((s) => {
      const words = s.map((t) => t.form), tags: string[] = [], lemmas: string[] = [];
      pos.analyze(words, tags, lemmas);
      return [words, tags, lemmas] as const;
    });
    for (const [w, t, l] of sents) parser.parse(w, t, l);
    const c0 = process.cpuUsage();
    let n = 0;
    for (let r = 0; r < 3; r++) for (const [w, t, l] of sents) { parser.parse(w, t, l); n += w.length; }
    const cpu = process.cpuUsage(c0);
    console.log(`${lang}: model load ${loadMs.toFixed(0)} ms; ${Math.round(n / ((cpu.user + cpu.system) / 1e6)).toLocaleString("en-US")} tokens per CPU-second (${n.toLocaleString("en-US")} tokens parsed)`);
  }
}

main();
