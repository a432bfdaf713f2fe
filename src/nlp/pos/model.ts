// The trained POS model of one language: perceptron weights, the full-form lexicon and the lemma rules.
// Files (written by scripts/train-pos.ts): models/pos-<lang>.json.gz (tags, lemma rules, measured scores),
// models/pos-<lang>.weights.gz (binary weight blocks, one per pass), models/pos-<lang>.lex.tsv.gz (lexicon) and
// models/pos-<lang>.lex.idx (the lexicon's block index, see lexIndexFile).
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { PerceptronScorer, argmax } from "./perceptron.js";
import { BoundedCache } from "../cache.js";
import { Lexicon, applyEdit } from "./lexicon.js";
import { NEXT2, PREV, TAG_START, TAG_START2, WordCache, compoundSplit, neighbourFeatures, recSplit, pairFeatures, positionFeatures, sentenceContext, tagFeatures, type LexInfo, type SentenceContext, type WordRec } from "./features.js";

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
  /** UPOS -> lexicon classes that supply its lemma. */
  private readonly uposClasses = new Map<string, Set<string>>();
  /** UPOS -> suffix -> lemma edit. */
  private readonly suffixRules = new Map<string, Map<string, string>>();
  private readonly feats = new Int32Array(128);
  private readonly scores: Float64Array;
  private readonly words: WordCache;
  /** "form\tUPOS" -> lemma, emptied when a new key finds CACHE_MAX of them. */
  private readonly lemmaCache = new BoundedCache<string, string>(CACHE_MAX - 1);
  private readonly tagVecs: (Float64Array | undefined)[][] = [];

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
    for (const [cls, uposList] of Object.entries(lang.lexClassUpos)) {
      for (const u of uposList) {
        let set = this.uposClasses.get(u);
        if (!set) this.uposClasses.set(u, (set = new Set()));
        set.add(cls);
      }
    }
    for (const [key, edit] of this.lemmaSuffixes) {
      const tab = key.indexOf("\t");
      const u = key.slice(0, tab);
      let m = this.suffixRules.get(u);
      if (!m) this.suffixRules.set(u, (m = new Map()));
      m.set(key.slice(tab + 1), edit);
    }
    this.scores = new Float64Array(json.tags.length);
    this.words = new WordCache(this.lexInfo);
  }

  static load(modelPath: string, weightsPath: string, lexPath: string, lang: LangPosData): PosModel {
    const json = JSON.parse(gunzipSync(readFileSync(modelPath)).toString("utf8")) as PosModelJson;
    const buf = gunzipSync(readFileSync(weightsPath));
    const scorers: PerceptronScorer[] = [];
    let off = 0;
    for (let p = 0; p < json.passes; p++) {
      const r = PerceptronScorer.decode(buf, off, json.tags.length);
      scorers.push(r.scorer);
      off = r.end;
    }
    const idxPath = lexPath.replace(/\.tsv\.gz$/, ".idx");
    const lex = existsSync(lexPath) ? Lexicon.fromGzip(readFileSync(lexPath), existsSync(idxPath) ? readFileSync(idxPath) : undefined) : null;
    return new PosModel(json, scorers, lex, lang);
  }

  /** Sentence context (cached word records) for training and tagging. */
  context(words: readonly string[]): SentenceContext {
    return sentenceContext(words, this.words);
  }

  /** UPOS tags for the words of one sentence: greedy left to right, then passes that also see tags to the right. */
  tag(words: readonly string[]): string[] {
    const idx = this.tagIndices(this.context(words));
    const out: string[] = new Array(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = this.tags[idx[i]];
    return out;
  }

  /** Tags and lemmas of one sentence (lemmas cached per word and tag). */
  analyze(words: readonly string[], tagsOut: string[], lemmasOut: string[]): void {
    const ctx = this.context(words);
    const idx = this.tagIndices(ctx);
    for (let i = 0; i < idx.length; i++) {
      const t = idx[i];
      const rec = ctx.recs[i];
      const lem = (rec.lemmas ??= new Array(this.tags.length));
      let l = lem[t];
      if (l === undefined) l = lem[t] = this.computeLemma(rec.form, this.tags[t], rec);
      tagsOut[i] = this.tags[t];
      lemmasOut[i] = l;
    }
  }

  /** Tag indices of all passes. */
  tagIndices(ctx: SentenceContext): Int32Array {
    let tags: Int32Array | undefined;
    for (let p = 0; p < this.scorers.length; p++) tags = this.pass(ctx, p, tags);
    return tags ?? new Int32Array(0);
  }

  /** Tag indices from the first pass only (training uses them as the second pass's input). */
  tagFirstPass(words: readonly string[]): Int32Array {
    return this.pass(this.context(words), 0);
  }

  /**
   * Per word and pass, the summed weights of everything that depends on the word alone, in six blocks of
   * nTags: static features not starting / starting the sentence, and the word's features as token i-1, i-2,
   * i+1, i+2 of its neighbours.
   */
  private wordVec(rec: WordRec, p: number): Float32Array {
    let v = rec.scores[p];
    if (v !== undefined) return v;
    const nT = this.tags.length;
    const scorer = this.scorers[p];
    const f = this.feats;
    v = rec.scores[p] = new Float32Array(6 * nT);
    scorer.add(rec.stat, 0, rec.stat.length, v, 0);
    for (let t = 0; t < nT; t++) v[nT + t] = v[t];
    scorer.add(f, 0, positionFeatures(rec, 0, f, 0), v, 0);
    scorer.add(f, 0, positionFeatures(rec, 1, f, 0), v, nT);
    for (let role = PREV; role <= NEXT2; role++) scorer.add(f, 0, neighbourFeatures(rec, role, f, 0), v, (2 + role) * nT);
    return v;
  }

  /** Per pass, summed weights of the tag features for each (p1, p2) pair (filled lazily). */
  private tagVec(p: number, p1: number, p2: number): Float64Array {
    const nT = this.tags.length;
    let tv = this.tagVecs[p];
    if (!tv) tv = this.tagVecs[p] = new Array((nT + 2) * (nT + 2));
    const a = p1 >= TAG_START ? nT + p1 - TAG_START : p1;
    const b = p2 >= TAG_START ? nT + p2 - TAG_START : p2;
    let v = tv[a * (nT + 2) + b];
    if (v === undefined) {
      v = tv[a * (nT + 2) + b] = new Float64Array(nT);
      this.scorers[p].add(this.feats, 0, tagFeatures(p1, p2, this.feats, 0), v);
    }
    return v;
  }

  private pass(ctx: SentenceContext, p: number, first?: Int32Array): Int32Array {
    const recs = ctx.recs;
    const n = recs.length;
    const nT = this.tags.length;
    const out = new Int32Array(n);
    const scorer = this.scorers[p];
    const scores = this.scores;
    const feats = this.feats;
    const startV = this.wordVec(ctx.start, p), endV = this.wordVec(ctx.end, p);
    let p1 = TAG_START, p2 = TAG_START2;
    for (let i = 0; i < n; i++) {
      const cv = this.wordVec(recs[i], p);
      const pv = i > 0 ? this.wordVec(recs[i - 1], p) : startV;
      const pv2 = i > 1 ? this.wordVec(recs[i - 2], p) : startV;
      const nv = i + 1 < n ? this.wordVec(recs[i + 1], p) : endV;
      const nv2 = i + 2 < n ? this.wordVec(recs[i + 2], p) : endV;
      const tv = this.tagVec(p, p1, p2);
      const c0 = i === 0 ? nT : 0;
      for (let t = 0; t < nT; t++) scores[t] = cv[c0 + t] + pv[2 * nT + t] + pv2[3 * nT + t] + nv[4 * nT + t] + nv2[5 * nT + t] + tv[t];
      scorer.add(feats, 0, pairFeatures(ctx, i, p1, feats, 0, first), scores);
      const t = argmax(scores);
      out[i] = t;
      p2 = p1;
      p1 = t;
    }
    return out;
  }

  /** Lemma of a form with a given UPOS: training table, lexicon, compound head, learned suffix rules, the form. */
  lemmatize(form: string, upos: string): string {
    const key = form + "\t" + upos;
    return this.lemmaCache.get(key) ?? this.lemmaCache.set(key, this.computeLemma(form, upos));
  }

  private computeLemma(form: string, upos: string, rec?: WordRec): string {
    let e = this.lemmaForms.get(form + "\t" + upos);
    if (e !== undefined) return applyEdit(form, e);
    const fromLex = this.lexLemma(form, upos);
    if (fromLex !== null) return fromLex;
    const lower = rec ? rec.lower : form.toLowerCase();
    const keep = this.keepCase.has(upos);
    if (lower !== form && !keep) {
      e = this.lemmaForms.get(lower + "\t" + upos);
      if (e !== undefined) return applyEdit(lower, e);
      const l2 = this.lexLemma(lower, upos);
      if (l2 !== null) return l2;
    }
    const k = rec ? recSplit(this.lexInfo, rec) : compoundSplit(this.lexInfo, form);
    if (k > 0) {
      const head = form[k].toUpperCase() + form.slice(k + 1);
      const hl = this.lexLemma(head, upos);
      if (hl !== null) return form.slice(0, k) + (form[k] === head[0] ? hl : hl[0].toLowerCase() + hl.slice(1));
    }
    const base = keep ? form : lower;
    const rules = this.suffixRules.get(upos);
    if (rules) {
      for (let n = Math.min(MAX_SUFFIX, base.length - 1); n >= 1; n--) {
        e = rules.get(base.slice(-n));
        if (e !== undefined) return applyEdit(base, e);
      }
    }
    return base;
  }

  /** Whether the training data holds the form with this tag ("hierzu" as ADV). */
  seenWith(form: string, upos: string): boolean {
    return this.lemmaForms.has(`${form}\t${upos}`);
  }

  private lexLemma(form: string, upos: string): string | null {
    const lex = this.lexInfo.lexicon;
    if (!lex) return null;
    const cls = this.uposClasses.get(upos);
    return cls ? lex.lemma(form, cls) : null;
  }
}
