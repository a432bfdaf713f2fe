// Trains the arc-hybrid dependency parsers (src/nlp/parse) with the dynamic oracle and averaged perceptrons, and
// writes models/parse-<lang>.weights.gz.
//   npm run train:parser -- de|en
// German: train on de_gsd-ud-dev + de_pud-ud-test, test on de_gsd-ud-test. Multi-word tokens ("zum") are one
// token, attached where their first word attaches (scripts/conllu.ts), as our tokenizer keeps them.
// English: train on en_ewt-ud-dev + the GUM training documents (scripts/gum.ts: every 5th document per genre held
// out), test on en_ewt-ud-test and the GUM held-out documents. GUM's tags are Penn Treebank tags, mapped to UPOS.
// Lemmas always come from our lemmatiser (src/nlp/pos) given the UPOS, as in the product. Scores are reported with
// gold UPOS and with our tagger's UPOS. Knobs (environment): PARSE_EPOCHS (15), PARSE_PRUNE (pruning settings count:|weight|, comma-separated),
// PARSE_TRAIN_TAGS (ours: our tagger's UPOS, the default; gold: the treebank's), PARSE_DRY=1 (write nothing).
import { existsSync, writeFileSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { PerceptronTrainer, PerceptronScorer, type SparseWeights } from "../src/nlp/pos/perceptron.js";
import { posModel } from "../src/nlp/pos/index.js";
import type { PosModel } from "../src/nlp/pos/model.js";
import { Configuration, LEFT, RIGHT, SHIFT } from "../src/nlp/parse/system.js";
import { relationFeatures, sentenceHashes, transitionFeatures } from "../src/nlp/parse/features.js";
import { ParserModel, ROOT_RELATION, encodeParser, type ParserHeader } from "../src/nlp/parse/model.js";
import { languagePack } from "../src/lang/registry.js";
import { readConllu, type Sent } from "./conllu.js";
import { readGum, gumSplit, type GumDocument } from "./gum.js";
import { rng } from "./random.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const UD = ROOT + "../shared/data/ud/";
const MODELS = ROOT + "models/";

/** A training or test sentence: words, gold UPOS, lemmas (ours), gold heads (0-based, -1 root) and relations. */
interface Tree { words: string[]; upos: string[]; lemmas: string[]; heads: number[]; rels: string[] }

/** The relation the parser learns for a UD relation: its main type unless the subtype is kept ("nmod:poss" -> "nmod"). */
export function mainRelation(deprel: string, kept: readonly string[]): string {
  if (deprel === "_" || !deprel) return "dep";
  return kept.includes(deprel) ? deprel : deprel.split(":")[0];
}

/** UPOS for a GUM token from its (TreeTagger-style) Penn Treebank tag and relation ("VBZ" + "cop" -> AUX). */
export function gumUpos(tag: string, rel: string): string {
  const r = rel.split(":")[0];
  if (/^(V|MD)/.test(tag)) return tag === "MD" || r === "aux" || r === "cop" ? "AUX" : "VERB";
  if (tag === "NN" || tag === "NNS") return "NOUN";
  if (tag === "NP" || tag === "NPS") return "PROPN";
  if (tag.startsWith("JJ")) return "ADJ";
  if (tag.startsWith("RB") || tag === "WRB") return r === "mark" ? "SCONJ" : "ADV";
  if (tag === "IN" || tag === "IN/that") return r === "mark" ? "SCONJ" : "ADP";
  if (tag === "TO") return r === "mark" ? "PART" : "ADP";
  if (tag === "RP") return "ADP";
  if (tag === "DT" || tag === "PDT") return r === "det" ? "DET" : "PRON";
  if (tag === "WDT") return r === "det" ? "DET" : "PRON";
  if (tag === "PP" || tag === "PP$" || tag === "WP" || tag === "WP$" || tag === "EX") return "PRON";
  if (tag === "CC") return "CCONJ";
  if (tag === "CD") return "NUM";
  if (tag === "POS") return "PART";
  if (tag === "UH") return "INTJ";
  if (tag === "SYM" || tag === "$") return "SYM";
  if (tag === "FW" || tag === "LS") return "X";
  return "PUNCT";
}

function fromConllu(s: Sent, kept: readonly string[], pos: PosModel): Tree {
  return {
    words: s.map((t) => t.form), upos: s.map((t) => t.upos), lemmas: s.map((t) => pos.lemmatize(t.form, t.upos)),
    heads: s.map((t) => t.head - 1), rels: s.map((t) => mainRelation(t.deprel, kept)),
  };
}

/** The tree with our tagger's UPOS and lemmas instead of the treebank's (training as the product parses). */
function retagged(t: Tree, pos: PosModel): Tree {
  const upos: string[] = [], lemmas: string[] = [];
  pos.analyze(t.words, upos, lemmas);
  return { ...t, upos, lemmas };
}

function fromGum(d: GumDocument, kept: readonly string[], pos: PosModel): Tree[] {
  return d.sentences.map(([a, b]) => {
    const toks = d.tokens.slice(a, b);
    const upos = toks.map((t) => gumUpos(t.pos, t.rel));
    return {
      words: toks.map((t) => t.text), upos, lemmas: toks.map((t, k) => pos.lemmatize(t.text, upos[k])),
      heads: toks.map((t) => (t.head < 0 ? -1 : t.head - a)), rels: toks.map((t) => mainRelation(t.rel, kept)),
    };
  });
}


const MOVES = [SHIFT, LEFT, RIGHT];
const TRAIN_TAGS = process.env.PARSE_TRAIN_TAGS ?? "ours";

/** Trains transition and relation perceptrons; from the second epoch the parser follows its own moves 90 % of the time. */
function train(trees: Tree[], relations: string[], epochs: number): { transitions: PerceptronTrainer; relationTrainer: PerceptronTrainer } {
  const relIndex = new Map(relations.map((r, i) => [r, i]));
  const rootIndex = relIndex.get(ROOT_RELATION)!;
  const transitions = new PerceptronTrainer(3);
  const relationTrainer = new PerceptronTrainer(relations.length);
  const feats = new Int32Array(128);
  const tScores = new Float64Array(3), rScores = new Float64Array(relations.length);
  const costs = new Int32Array(3);
  const hashes = trees.map((t) => sentenceHashes(t.words, t.upos, t.lemmas));
  const order = trees.map((_, i) => i);
  const rand = rng(7);
  for (let ep = 0; ep < epochs; ep++) {
    let right = 0, moves = 0, relRight = 0, arcs = 0;
    const t0 = performance.now();
    for (const ti of order) {
      const tree = trees[ti], h = hashes[ti], n = tree.words.length;
      const gold = tree.heads.map((x) => (x < 0 ? n : x));
      const c = new Configuration(n);
      while (!c.done()) {
        const k = transitionFeatures(c, h, feats);
        transitions.predict(feats, k, tScores);
        let guess = -1, truth = -1, minCost = 1 << 30;
        for (const m of MOVES) {
          if (!c.legal(m)) continue;
          costs[m] = c.cost(m, gold);
          if (costs[m] < minCost) minCost = costs[m];
          if (guess < 0 || tScores[m] > tScores[guess]) guess = m;
        }
        for (const m of MOVES) if (c.legal(m) && costs[m] === minCost && (truth < 0 || tScores[m] > tScores[truth])) truth = m;
        transitions.update(feats, k, truth, guess);
        moves++;
        if (guess === truth || costs[guess] === minCost) right++;
        const move = ep > 0 && costs[guess] !== minCost && rand() < 0.9 ? guess : truth;
        let label = -1;
        if (move !== SHIFT) {
          const head = c.headFor(move), dep = c.s(0);
          if (head >= n) label = rootIndex;
          else {
            const kr = relationFeatures(c, h, head, feats);
            const g = relationTrainer.predict(feats, kr, rScores);
            label = g;
            if (gold[dep] === head) {
              const want = relIndex.get(tree.rels[dep])!;
              relationTrainer.update(feats, kr, want, g);
              arcs++;
              if (g === want) relRight++;
            }
          }
        }
        c.apply(move, label);
      }
    }
    console.log(`  epoch ${ep + 1}: zero-cost moves ${(100 * right / moves).toFixed(2)} %, relations ${(100 * relRight / arcs).toFixed(2)} % (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  return { transitions, relationTrainer };
}

interface Scores { uas: number; las: number; uasNoPunct: number; lasNoPunct: number; tokens: number; sentences: number; seconds: number }

/** UAS and LAS (all tokens, and without punctuation) of the parser on trees, with gold UPOS or our tagger's. */
export function evaluate(parser: ParserModel, trees: Tree[], pos: PosModel | null): Scores {
  let n = 0, u = 0, l = 0, np = 0, unp = 0, lnp = 0, seconds = 0;
  const tags: string[] = [], lemmas: string[] = [];
  for (const t of trees) {
    let upos = t.upos, lem = t.lemmas;
    if (pos) {
      tags.length = lemmas.length = t.words.length;
      pos.analyze(t.words, tags, lemmas);
      upos = tags;
      lem = lemmas;
    }
    const t0 = performance.now();
    const r = parser.parse(t.words, upos, lem);
    seconds += (performance.now() - t0) / 1000;
    for (let i = 0; i < t.words.length; i++) {
      const okU = r.heads[i] === t.heads[i], okL = okU && r.relations[i] === t.rels[i];
      n++; if (okU) u++; if (okL) l++;
      if (t.upos[i] !== "PUNCT") { np++; if (okU) unp++; if (okL) lnp++; }
    }
  }
  const pct = (a: number, b: number) => Number((100 * a / b).toFixed(2));
  return { uas: pct(u, n), las: pct(l, n), uasNoPunct: pct(unp, np), lasNoPunct: pct(lnp, np), tokens: n, sentences: trees.length, seconds };
}

interface Setup { lang: "de" | "en"; train: string[]; test: string[]; gum: boolean }

const SETUPS: Setup[] = [
  { lang: "de", train: ["de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu"], test: ["de_gsd-ud-test.conllu"], gum: false },
  { lang: "en", train: ["en_ewt-ud-dev.conllu"], test: ["en_ewt-ud-test.conllu"], gum: true },
];

function line(label: string, s: Scores): string {
  return `  ${label}: UAS ${s.uas} % LAS ${s.las} % (without punctuation UAS ${s.uasNoPunct} % LAS ${s.lasNoPunct} %; ${s.tokens} tokens, parsing ${(s.tokens / s.seconds).toFixed(0)} tokens/s)`;
}

function main(): void {
  if (!existsSync(UD)) {
    console.error(`train-parser: ${UD} not found (the UD treebanks live in ../shared/data/ud)`);
    process.exit(1);
  }
  const want = process.argv.slice(2);
  for (const setup of SETUPS) {
    if (want.length && !want.includes(setup.lang)) continue;
    const { lang } = setup;
    const pack = languagePack(lang);
    const kept = pack.parse?.relationSubtypes ?? [];
    const pos = posModel(lang);
    if (!pos) throw new Error(`train-parser: no POS model for ${lang} (npm run train:pos -- ${lang})`);
    const conv = pack.lemma.contractionUpos;
    const trees = setup.train.flatMap((f) => readConllu(UD + f, conv).map((s) => fromConllu(s, kept, pos)));
    let gumHeldout: Tree[] = [];
    if (setup.gum) {
      const docs = readGum();
      if (!docs.length) throw new Error("train-parser: GUM (../shared/data/gum) not found");
      const split = gumSplit(docs);
      trees.push(...split.train.flatMap((d) => fromGum(d, kept, pos)));
      gumHeldout = split.heldout.flatMap((d) => fromGum(d, kept, pos));
    }
    // train on our tagger's UPOS and lemmas, as the product parses (it tags text outside its own training data
    // imperfectly: GUM, PUD); PARSE_TRAIN_TAGS=gold trains on the treebanks' UPOS
    if (TRAIN_TAGS === "ours") for (let i = 0; i < trees.length; i++) trees[i] = retagged(trees[i], pos);
    const test = setup.test.flatMap((f) => readConllu(UD + f, conv).map((s) => fromConllu(s, kept, pos)));
    const relations = [...new Set(trees.flatMap((t) => t.rels))].sort();
    if (!relations.includes(ROOT_RELATION)) relations.push(ROOT_RELATION);
    console.log(`${lang}: ${trees.length} training sentences (${trees.reduce((a, t) => a + t.words.length, 0)} tokens), ${relations.length} relations, ${test.length} test sentences`);
    const epochs = Number(process.env.PARSE_EPOCHS ?? 15);
    const { transitions, relationTrainer } = train(trees, relations, epochs);
    // pruning (minimum times a feature fired in training : minimum |averaged weight|), from least to most pruned;
    // the least pruned setting whose file stays under 2 MiB is written (else the most pruned)
    const scale = 100, budget = 2 * 1024 * 1024;
    const prunes = (process.env.PARSE_PRUNE ?? "30:1,60:2,100:3,150:5").split(",").map((x) => x.split(":").map(Number) as [number, number]);
    let chosen: { tw: SparseWeights; rw: SparseWeights; header: ParserHeader; size: number } | undefined;
    for (const [minCount, minW] of prunes) {
      const tw = transitions.export(minCount, minW, scale), rw = relationTrainer.export(minCount, minW, scale);
      const header: ParserHeader = { lang, relations, scale };
      const parser = new ParserModel(header, PerceptronScorer.fromWeights(3, tw.keys, tw.rows), PerceptronScorer.fromWeights(relations.length, rw.keys, rw.rows));
      const size = gzipSync(encodeParser(header, tw, rw), { level: 9 }).length;
      console.log(`  pruned at count >= ${minCount}, |weight| >= ${minW}: ${(size / 1024).toFixed(0)} KiB (${tw.keys.length} transition + ${rw.keys.length} relation features)`);
      const gold = evaluate(parser, test, null), predicted = evaluate(parser, test, pos);
      console.log(line(`test ${setup.test.join("+")}, gold UPOS`, gold));
      console.log(line(`test ${setup.test.join("+")}, our UPOS`, predicted));
      header.eval = {
        test: setup.test.join("+"), tokens: gold.tokens, trainedOn: TRAIN_TAGS === "ours" ? "our tagger's UPOS" : "gold UPOS",
        uasGold: gold.uas, lasGold: gold.las, uasTagged: predicted.uas, lasTagged: predicted.las,
      };
      if (gumHeldout.length) {
        const g = evaluate(parser, gumHeldout, null), p = evaluate(parser, gumHeldout, pos);
        console.log(line("GUM held-out documents, gold UPOS (from PTB tags)", g));
        console.log(line("GUM held-out documents, our UPOS", p));
        Object.assign(header.eval, { gumUasGold: g.uas, gumLasGold: g.las, gumUasTagged: p.uas, gumLasTagged: p.las });
      }
      if (!chosen || chosen.size >= budget) chosen = { tw, rw, header, size };
    }
    if (process.env.PARSE_DRY === "1" || !chosen) continue;
    const { tw, rw, header } = chosen;
    const file = `${MODELS}parse-${lang}.weights.gz`;
    writeFileSync(file, gzipSync(encodeParser(header, tw, rw), { level: 9 }));
    const l0 = performance.now();
    ParserModel.fromBuffer(readFileSync(file));
    console.log(`  wrote models/parse-${lang}.weights.gz: ${(statSync(file).size / 1024).toFixed(0)} KiB (${tw.keys.length} transition + ${rw.keys.length} relation features); load ${(performance.now() - l0).toFixed(0)} ms`);
  }
}

main();
