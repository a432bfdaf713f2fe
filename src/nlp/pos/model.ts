// The trained POS model of one language: perceptron weights, the full-form lexicon and the lemma rules.
// Files (written by scripts/train-pos.ts): models/pos-<lang>.json.gz (tags, lemma rules, measured scores),
// models/pos-<lang>.weights.gz (binary weight blocks, one per pass) and models/pos-<lang>.lex.tsv.gz (lexicon).
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { PerceptronScorer, argmax } from "./perceptron.js";
import { Lexicon, applyEdit } from "./lexicon.js";
import { compoundSplit, dynamicFeatures, sentenceContext, staticFeatures, type LexInfo, type SentenceContext } from "./features.js";

export interface LangPosData {
  lexClassUpos: Record<string, string[]>;
  compoundHeadMin: number;
  contractionUpos: string;
  clauseClasses: string[];
  compoundLinks?: string[];
  compoundStemEndings?: string[];
  /** UPOS tags whose lemma keeps the case of the form (others are lower-cased when unknown). */
  lemmaKeepCase: string[];
}

/** The JSON stored in models/pos-<lang>.json.gz. */
export interface PosModelJson {
  lang: string;
  tags: string[];
  /** Weights are stored as integers: weight * scale. */
  scale: number;
  /** Number of tagging passes (weight blocks): 1, or 2 when a second pass sees first-pass tags to the right. */
  passes: number;
  /** "form\tUPOS" -> lemma edit (most frequent in the training data). */
  lemmaForms: Record<string, string>;
  /** "UPOS\tsuffix" -> lemma edit, learned from training data and lexicon. */
  lemmaSuffixes: Record<string, string>;
  /** Measured scores on the test split, for reference. */
  eval?: Record<string, number | string>;
}

const MAX_SUFFIX = 7;
const CACHE_MAX = 100_000;

export class PosModel {
  readonly tags: string[];
  readonly lexInfo: LexInfo;
  private readonly scorers: PerceptronScorer[];
  private readonly lemmaForms: Map<string, string>;
  private readonly lemmaSuffixes: Map<string, string>;
  private readonly keepCase: Set<string>;
  private readonly lexUpos: Map<string, Set<string>>;
  private readonly feats: string[] = new Array(96);
  private readonly scores: Float64Array;
  /** Per pass: word -> summed weights of its word-only features. */
  private readonly staticCache: Map<string, Float64Array>[];
  private readonly lemmaCache = new Map<string, string>();

  constructor(json: PosModelJson, scorers: PerceptronScorer[], lexicon: Lexicon | null, lang: LangPosData) {
    this.tags = json.tags;
    this.scorers = scorers;
    this.lexInfo = {
      lexicon, compoundHeadMin: lang.compoundHeadMin, clauseClasses: lang.clauseClasses,
      compoundLinks: lang.compoundLinks, compoundStemEndings: lang.compoundStemEndings,
    };
    this.lemmaForms = new Map(Object.entries(json.lemmaForms));
    this.lemmaSuffixes = new Map(Object.entries(json.lemmaSuffixes));
    this.keepCase = new Set(lang.lemmaKeepCase);
    this.lexUpos = new Map(Object.entries(lang.lexClassUpos).map(([k, v]) => [k, new Set(v)]));
    this.scores = new Float64Array(json.tags.length);
    this.staticCache = scorers.map(() => new Map());
  }

  static load(modelPath: string, weightsPath: string, lexPath: string, lang: LangPosData): PosModel {
    const json = JSON.parse(gunzipSync(readFileSync(modelPath)).toString("utf8")) as PosModelJson;
    const buf = gunzipSync(readFileSync(weightsPath));
    const scorers: PerceptronScorer[] = [];
    let off = 0;
    for (let p = 0; p < json.passes; p++) {
      const r = PerceptronScorer.decode(buf, off, json.tags.length, json.scale);
      scorers.push(r.scorer);
      off = r.end;
    }
    const lex = existsSync(lexPath) ? Lexicon.fromGzip(readFileSync(lexPath)) : null;
    return new PosModel(json, scorers, lex, lang);
  }

  /** UPOS tags for the words of one sentence: greedy left to right, then passes that also see tags to the right. */
  tag(words: string[]): string[] {
    const ctx = sentenceContext(words, this.lexInfo);
    let tags: string[] | undefined;
    for (let p = 0; p < this.scorers.length; p++) tags = this.pass(ctx, p, tags);
    return tags ?? [];
  }

  /** Tags from the first pass only (training uses them as the second pass's input). */
  tagFirstPass(words: string[]): string[] {
    return this.pass(sentenceContext(words, this.lexInfo), 0);
  }

  private staticScores(ctx: SentenceContext, i: number, p: number): Float64Array {
    const cache = this.staticCache[p];
    const w = ctx.words[i];
    let s = cache.get(w);
    if (s === undefined) {
      s = new Float64Array(this.tags.length);
      const n = staticFeatures(w, ctx.lower[i], ctx.lex[i], ctx.shapes[i], this.feats, 0);
      this.scorers[p].add(this.feats, 0, n, s);
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(w, s);
    }
    return s;
  }

  private pass(ctx: SentenceContext, p: number, first?: string[]): string[] {
    const out: string[] = new Array(ctx.words.length);
    const scorer = this.scorers[p];
    const scores = this.scores;
    let p1 = "<s>", p2 = "<s2>";
    for (let i = 0; i < ctx.words.length; i++) {
      scores.set(this.staticScores(ctx, i, p));
      const n = dynamicFeatures(ctx, i, p1, p2, this.feats, 0, first);
      scorer.add(this.feats, 0, n, scores);
      const t = this.tags[argmax(scores)];
      out[i] = t;
      p2 = p1;
      p1 = t;
    }
    return out;
  }

  /** Lemma of a form with a given UPOS: training table, lexicon, compound head, learned suffix rules, the form. */
  lemmatize(form: string, upos: string): string {
    const key = form + "\t" + upos;
    let l = this.lemmaCache.get(key);
    if (l === undefined) {
      l = this.computeLemma(form, upos);
      if (this.lemmaCache.size >= CACHE_MAX) this.lemmaCache.clear();
      this.lemmaCache.set(key, l);
    }
    return l;
  }

  private computeLemma(form: string, upos: string): string {
    let e = this.lemmaForms.get(form + "\t" + upos);
    if (e !== undefined) return applyEdit(form, e);
    const fromLex = this.lexLemma(form, upos);
    if (fromLex !== null) return fromLex;
    const lower = form.toLowerCase();
    const keep = this.keepCase.has(upos);
    if (lower !== form && !keep) {
      e = this.lemmaForms.get(lower + "\t" + upos);
      if (e !== undefined) return applyEdit(lower, e);
      const l2 = this.lexLemma(lower, upos);
      if (l2 !== null) return l2;
    }
    const k = compoundSplit(this.lexInfo, form);
    if (k > 0) {
      const head = form[k].toUpperCase() + form.slice(k + 1);
      const hl = this.lexLemma(head, upos);
      if (hl !== null) return form.slice(0, k) + (form[k] === head[0] ? hl : hl[0].toLowerCase() + hl.slice(1));
    }
    const base = keep ? form : lower;
    for (let n = Math.min(MAX_SUFFIX, base.length - 1); n >= 1; n--) {
      e = this.lemmaSuffixes.get(upos + "\t" + base.slice(-n));
      if (e !== undefined) return applyEdit(base, e);
    }
    return base;
  }

  private lexLemma(form: string, upos: string): string | null {
    const lex = this.lexInfo.lexicon;
    if (!lex) return null;
    const entries = lex.get(form);
    if (!entries) return null;
    for (const en of entries) if (this.lexUpos.get(en.cls)?.has(upos)) return en.lemma;
    return null;
  }
}
