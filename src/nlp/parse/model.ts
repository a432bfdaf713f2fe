// The trained dependency parser of one language: transition weights, relation weights and the relation names.
// File models/parse-<lang>.weights.gz (written by scripts/train-parser.ts), gzip of: "PP01", u32 length of a
// JSON header ({lang, relations, scale, eval}), the header, then two weight blocks (../pos/perceptron.ts):
// transitions (SHIFT, LEFT, RIGHT) and relations.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { PerceptronScorer, encodeWeights, type SparseWeights } from "../pos/perceptron.js";
import { Configuration, LEFT, RIGHT, SHIFT } from "./system.js";
import { relationFeatures, sentenceHashes, transitionFeatures, type SentenceHashes } from "./features.js";

export interface ParserHeader {
  lang: string;
  /** Relation names; the index is the relation classifier's class ("nsubj", "obl:agent", "root"). */
  relations: string[];
  scale: number;
  /** Measured scores on the test split, for reference. */
  eval?: Record<string, number | string>;
}

/** One parsed sentence: per token its head (sentence index, -1 for the root) and relation ("nsubj"). */
export interface ParsedSentence {
  heads: Int32Array;
  relations: string[];
}

export const ROOT_RELATION = "root";

export class ParserModel {
  readonly header: ParserHeader;
  private readonly transitions: PerceptronScorer;
  private readonly relationScorer: PerceptronScorer;
  private readonly rootIndex: number;
  private readonly feats = new Int32Array(128);
  private readonly tScores = new Float64Array(3);
  private readonly rScores: Float64Array;

  constructor(header: ParserHeader, transitions: PerceptronScorer, relations: PerceptronScorer) {
    this.header = header;
    this.transitions = transitions;
    this.relationScorer = relations;
    this.rootIndex = header.relations.indexOf(ROOT_RELATION);
    this.rScores = new Float64Array(header.relations.length);
  }

  static fromBuffer(gz: Buffer): ParserModel {
    const buf = gunzipSync(gz);
    if (buf.toString("latin1", 0, 4) !== "PP01") throw new Error("parser model: unknown format (retrain with scripts/train-parser.ts)");
    const len = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString("utf8", 8, 8 + len)) as ParserHeader;
    const t = PerceptronScorer.decode(buf, 8 + len, 3);
    const r = PerceptronScorer.decode(buf, t.end, header.relations.length);
    return new ParserModel(header, t.scorer, r.scorer);
  }

  static load(path: string): ParserModel {
    return ParserModel.fromBuffer(readFileSync(path));
  }

  /** Heads and relations for one sentence, given its words, UPOS tags and lemmas. */
  parse(words: readonly string[], upos: readonly string[], lemmas: readonly string[]): ParsedSentence {
    const n = words.length;
    const h = sentenceHashes(words, upos, lemmas);
    const c = new Configuration(n);
    while (!c.done()) {
      const move = this.bestMove(c, h);
      c.apply(move, move === SHIFT ? -1 : this.bestRelation(c, h, c.headFor(move)));
    }
    const heads = new Int32Array(n);
    const relations: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      heads[i] = c.heads[i] >= n ? -1 : c.heads[i];
      relations[i] = this.header.relations[c.labels[i]] ?? ROOT_RELATION;
    }
    return { heads, relations };
  }

  /** The best legal transition. */
  bestMove(c: Configuration, h: SentenceHashes): number {
    const s = this.tScores;
    s.fill(0);
    this.transitions.add(this.feats, 0, transitionFeatures(c, h, this.feats), s);
    let best = -1;
    for (const m of [SHIFT, LEFT, RIGHT]) if (c.legal(m) && (best < 0 || s[m] > s[best])) best = m;
    return best;
  }

  /** The relation of the arc to `head` from s0: "root" for the root, else the best other relation. */
  bestRelation(c: Configuration, h: SentenceHashes, head: number): number {
    if (head >= c.n) return this.rootIndex;
    const s = this.rScores;
    s.fill(0);
    this.relationScorer.add(this.feats, 0, relationFeatures(c, h, head, this.feats), s);
    let best = -1;
    for (let r = 0; r < s.length; r++) if (r !== this.rootIndex && (best < 0 || s[r] > s[best])) best = r;
    return best;
  }
}

/** The file contents for a header and the two weight sets (before gzip). */
export function encodeParser(header: ParserHeader, transitions: SparseWeights, relations: SparseWeights): Buffer {
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const head = Buffer.alloc(8);
  head.write("PP01", 0, "latin1");
  head.writeUInt32LE(json.length, 4);
  // the weight blocks need 2-byte alignment relative to their start only (see encodeWeights)
  return Buffer.concat([head, json, encodeWeights(transitions), encodeWeights(relations)]);
}
