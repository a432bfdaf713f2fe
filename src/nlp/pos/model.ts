// The trained POS model of one language: perceptron weights, the full-form lexicon and the lemma rules.
// Files (written by scripts/train-pos.ts): models/pos-<lang>.json.gz and models/pos-<lang>.lex.tsv.gz.
import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { PerceptronScorer } from "./perceptron.js";
import { Lexicon, applyEdit } from "./lexicon.js";
import { features, sentenceContext, type LexInfo } from "./features.js";

export interface LangPosData {
  lexClassUpos: Record<string, string[]>;
  compoundHeadMin: number;
  contractionUpos: string;
  clauseClasses: string[];
  /** UPOS tags whose lemma keeps the case of the form (others are lower-cased when unknown). */
  lemmaKeepCase: string[];
}

/** The JSON stored in models/pos-<lang>.json.gz. */
export interface PosModelJson {
  lang: string;
  tags: string[];
  scale: number;
  feats: string[];
  rows: number[][];
  /** Second pass (sees the first pass's tags to the right); absent = single pass. */
  pass2?: { feats: string[]; rows: number[][] };
  /** "form\tUPOS" -> lemma edit (most frequent in the training data). */
  lemmaForms: Record<string, string>;
  /** "UPOS\tsuffix" -> lemma edit, learned from training data and lexicon. */
  lemmaSuffixes: Record<string, string>;
  /** Prefix of the target-treebank copies of the features ("" = no feature augmentation). */
  domain: string;
  /** Measured scores on the test split, for reference. */
  eval?: Record<string, number | string>;
}

const MAX_SUFFIX = 7;

export class PosModel {
  readonly tags: string[];
  private readonly scorer: PerceptronScorer;
  private readonly scorer2: PerceptronScorer | null;
  readonly lexInfo: LexInfo;
  private readonly lemmaForms: Map<string, string>;
  private readonly lemmaSuffixes: Map<string, string>;
  private readonly keepCase: Set<string>;
  private readonly lexUpos: Map<string, Set<string>>;
  private readonly domain: string;
  private readonly feats: string[] = new Array(128);
  private readonly scores: Float64Array;

  constructor(json: PosModelJson, lexicon: Lexicon | null, lang: LangPosData) {
    this.tags = json.tags;
    this.scorer = new PerceptronScorer(json.tags.length, json.feats, json.rows, json.scale);
    this.scorer2 = json.pass2 ? new PerceptronScorer(json.tags.length, json.pass2.feats, json.pass2.rows, json.scale) : null;
    this.lexInfo = { lexicon, compoundHeadMin: lang.compoundHeadMin, clauseClasses: lang.clauseClasses };
    this.lemmaForms = new Map(Object.entries(json.lemmaForms));
    this.lemmaSuffixes = new Map(Object.entries(json.lemmaSuffixes));
    this.keepCase = new Set(lang.lemmaKeepCase);
    this.lexUpos = new Map(Object.entries(lang.lexClassUpos).map(([k, v]) => [k, new Set(v)]));
    this.scores = new Float64Array(json.tags.length);
    this.domain = json.domain ?? "";
  }

  static load(modelPath: string, lexPath: string, lang: LangPosData): PosModel {
    const json = JSON.parse(gunzipSync(readFileSync(modelPath)).toString("utf8")) as PosModelJson;
    const lex = existsSync(lexPath) ? Lexicon.fromGzip(readFileSync(lexPath)) : null;
    return new PosModel(json, lex, lang);
  }

  /** UPOS tags for the words of one sentence (greedy left to right, then a second pass that sees right context). */
  tag(words: string[]): string[] {
    const ctx = sentenceContext(words, this.lexInfo);
    const first = this.pass(ctx, this.scorer);
    return this.scorer2 ? this.pass(ctx, this.scorer2, first) : first;
  }

  /** First-pass tags only (used by training to build the second pass's inputs). */
  tagFirstPass(words: string[]): string[] {
    return this.pass(sentenceContext(words, this.lexInfo), this.scorer);
  }

  private pass(ctx: ReturnType<typeof sentenceContext>, scorer: PerceptronScorer, first?: string[]): string[] {
    const out: string[] = new Array(ctx.words.length);
    let p1 = "<s>", p2 = "<s2>";
    for (let i = 0; i < ctx.words.length; i++) {
      const n = features(ctx, i, p1, p2, this.feats, this.domain, first);
      const t = this.tags[scorer.predict(this.feats, n, this.scores)];
      out[i] = t;
      p2 = p1;
      p1 = t;
    }
    return out;
  }

  /** Lemma of a form with a given UPOS: training table, lexicon, compound head, learned suffix rules, the form. */
  lemmatize(form: string, upos: string): string {
    let e = this.lemmaForms.get(form + "\t" + upos);
    if (e !== undefined) return applyEdit(form, e);
    const fromLex = this.lexLemma(form, upos);
    if (fromLex !== null) return fromLex;
    const lower = form.toLowerCase();
    const keep = this.keepCase.has(upos);
    if (lower !== form) {
      e = this.lemmaForms.get(lower + "\t" + upos);
      if (e !== undefined && !keep) return applyEdit(lower, e);
      if (!keep) {
        const l2 = this.lexLemma(lower, upos);
        if (l2 !== null) return l2;
      }
    }
    const lex = this.lexInfo.lexicon;
    const min = this.lexInfo.compoundHeadMin;
    if (lex && min > 0 && form.length > min + 2 && form[0] !== lower[0]) {
      for (let k = 1; k <= form.length - min; k++) {
        const head = form[k].toUpperCase() + form.slice(k + 1);
        const hl = this.lexLemma(head, upos);
        if (hl !== null) return form.slice(0, k) + (form[k] === head[0] ? hl : hl[0].toLowerCase() + hl.slice(1));
      }
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
