// The Document: one text, its sentences and tokens, and standoff annotation layers.
// Every pipeline component reads from and writes to a Document; nothing else is shared.
// All offsets are UTF-16 code-unit offsets into `doc.text` (JavaScript string indices).

import type { Lang } from "../schema/index.js";
import type { Layers, Results } from "./layers.js";
export type { Lang };

export interface Token {
  /** Index in doc.tokens. */
  i: number;
  text: string;
  start: number;
  end: number;
  /** True when whitespace follows the token in the text. */
  spaceAfter: boolean;
  /** Index of the sentence the token belongs to (set by the sentence splitter). */
  sent: number;
  /** Universal POS tag (set by the tagger). */
  upos?: string;
  /** Lemma (set by the lemmatizer). */
  lemma?: string;
  /** Morphological features, UD style "Case=Nom|Number=Sing" (optional). */
  feats?: string;
  /** Named-entity tag in BIO notation, e.g. "B-PER" (set by the NER component). */
  ner?: string;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** First token index (inclusive). */
  tokenStart: number;
  /** Last token index (exclusive). */
  tokenEnd: number;
  /** Index of the text block (paragraph, heading, caption ...) the sentence lies in. */
  block: number;
}

/** A structural block of the article text: caption, title, paragraph, heading ... */
export interface Block {
  role: BlockRole;
  start: number;
  end: number;
  /** Index of the section the block belongs to (0 = before the first sub-heading). */
  section: number;
}

export type BlockRole =
  | "caption"
  | "credit"
  | "kicker"
  | "title"
  | "dateline"
  | "teaser"
  | "heading"
  | "paragraph"
  | "embed"
  | "broadcast"
  | "byline";

/** A labelled character span on some layer, with free-form attributes. */
export interface Span<A = Record<string, unknown>> {
  start: number;
  end: number;
  label: string;
  attrs: A;
}

export interface DocumentMeta {
  /** Publication day, YYYY-MM-DD (from --published or the article). */
  published?: string;
  /** Last update as local date-time YYYY-MM-DDTHH:MM, when the article says ("Stand: ..."). */
  updated?: string;
  /** Reference date for relative time expressions (YYYY-MM-DD). */
  anchor?: string;
  [key: string]: unknown;
}

/** The results of the extract components, typed in ./layers.ts (doc.results.entities: Entity[]). */
export type DocumentResults = Partial<Results>;

export class Document {
  readonly text: string;
  readonly lang: Lang;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  blocks: Block[];
  meta: DocumentMeta;
  /** Document-level results of the extract components (entities merged across mentions, etc.). */
  results: DocumentResults = {};
  /** Warnings for the user (unknown language, truncated input ...). */
  warnings: string[] = [];
  private readonly layerMap = new Map<string, Span<any>[]>();

  constructor(text: string, lang: Lang, opts: { blocks?: Block[]; meta?: DocumentMeta } = {}) {
    this.text = text;
    this.lang = lang;
    this.blocks = opts.blocks && opts.blocks.length ? opts.blocks : [{ role: "paragraph", start: 0, end: text.length, section: 0 }];
    this.meta = opts.meta ?? {};
  }

  /** The spans of a layer, sorted by start offset (empty array when the layer does not exist); declared layers are typed ("entity"). */
  layer<K extends keyof Layers>(name: K): Span<Layers[K]>[];
  layer<A = Record<string, unknown>>(name: string): Span<A>[];
  layer<A>(name: string): Span<A>[] {
    return (this.layerMap.get(name) as Span<A>[] | undefined) ?? [];
  }

  hasLayer(name: string): boolean {
    return this.layerMap.has(name);
  }

  layerNames(): string[] {
    return [...this.layerMap.keys()];
  }

  /** Replaces a whole layer (spans are sorted by offset). */
  setLayer<A>(name: string, spans: Span<A>[]): void {
    this.layerMap.set(name, [...spans].sort((a, b) => a.start - b.start || b.end - a.end));
  }

  /** Adds one span to a layer, keeping it sorted. */
  addSpan<A>(name: string, span: Span<A>): Span<A> {
    const list = (this.layerMap.get(name) ?? []) as Span<A>[];
    let k = list.length;
    while (k > 0 && (list[k - 1].start > span.start || (list[k - 1].start === span.start && list[k - 1].end < span.end))) k--;
    list.splice(k, 0, span);
    this.layerMap.set(name, list);
    return span;
  }

  /** The text a span covers. */
  spanText(span: { start: number; end: number }): string {
    return this.text.slice(span.start, span.end);
  }

  /** Tokens whose extent lies within [start, end). */
  tokensIn(start: number, end: number): Token[] {
    const out: Token[] = [];
    let k = this.tokenIndexAt(start);
    if (k < 0) k = 0;
    for (; k < this.tokens.length && this.tokens[k].start < end; k++) {
      const t = this.tokens[k];
      if (t.start >= start && t.end <= end) out.push(t);
    }
    return out;
  }

  /** Per token, 1 when it overlaps a span of the layer (the time layer: the tokens of "am Donnerstag"). */
  tokensInLayer(name: string): Uint8Array {
    const inside = new Uint8Array(this.tokens.length);
    for (const span of this.layer(name)) {
      for (let k = this.tokenIndexAt(span.start); k >= 0 && k < this.tokens.length && this.tokens[k].start < span.end; k++) inside[k] = 1;
    }
    return inside;
  }

  /** Index of the first token that ends after `offset` (binary search); -1 when none. */
  tokenIndexAt(offset: number): number {
    let lo = 0, hi = this.tokens.length - 1, ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end > offset) { ans = mid; hi = mid - 1; } else lo = mid + 1;
    }
    return ans;
  }

  /** The sentence that contains `offset`, or undefined. */
  sentenceAt(offset: number): Sentence | undefined {
    let lo = 0, hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  sentenceTokens(s: Sentence): Token[] {
    return this.tokens.slice(s.tokenStart, s.tokenEnd);
  }

  sentenceText(s: Sentence): string {
    return this.text.slice(s.start, s.end);
  }

  /** The block that contains `offset`, or undefined. */
  blockAt(offset: number): Block | undefined {
    return this.blocks.find((b) => offset >= b.start && offset < b.end);
  }

  /** Character span covering tokens [from, to). */
  tokenSpan(from: number, to: number): { start: number; end: number } {
    return { start: this.tokens[from].start, end: this.tokens[to - 1].end };
  }
}
