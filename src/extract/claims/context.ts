// The per-document state of the claims component: the tokens with their lower-case forms and token classes
// (capitalised, word, adjective, title), the quotations, the person and organisation mentions, and the claims
// drafted so far. One ClaimContext is built per document and handed to every step.
import type { Document, Sentence, Token } from "../../nlp/document.js";
import type { ClaimMode } from "../../schema/index.js";
import type { SyntaxHooks } from "../../lang/types.js";
import { lowerTexts } from "../../nlp/tokenize.js";
import type { ClaimTables } from "./lexicon.js";
import { hasLetterOrNumber, startsWithCapital } from "../../nlp/characters.js";

/** A quotation from its opening to its closing mark; a statement stands as a claim of its own. */
export interface Quote {
  open: number;
  close: number;
  statement: boolean;
}

/** A person or organisation named at a token ("Ministerin Anna Beispiel"). */
export interface Mention {
  position: number;
  name: string;
  titles: string[];
  gender?: "m" | "f";
}

/** A claim being built: its source, mode, content span and where its attribution begins. */
export interface Draft {
  /** The speaker as a short name ("Polizei"); rules resolve pronouns and anaphors against it. */
  source: string | null;
  /** The phrase that names the speaker where it says more ("Angaben der Polizei"); written as the claim's source. */
  sourcePhrase: string | null;
  mode: ClaimMode;
  start: number;
  end: number;
  text: string;
  cue: string | null;
  sentence: number;
  block: number;
  distancing: string[];
  unverified: boolean;
  /** Token where the attribution (subject or cue) begins; used to cut a previous claim in the same sentence. */
  attributionStart: number;
  /** First and last (exclusive) content tokens. */
  from: number;
  to: number;
  /** The content follows the attribution ("X sagte, dass Y"), so a later attribution in the sentence may cut it. */
  forward: boolean;
  /** A source phrase inside the content that the text leaves out ("laut Polizei"). */
  cut?: TokenRange;
}

/** A sentence as the rules see it: its index and its tokens [start, end). */
export interface SentenceRange {
  index: number;
  start: number;
  end: number;
}

/** A sentence with the end of its content, before the final punctuation. */
export interface CueSentence extends SentenceRange {
  contentEnd: number;
}

/** A token range [from, to). */
export interface TokenRange {
  from: number;
  to: number;
}

/** Token kinds and title marks as stored per token (0 = not computed yet). */
const TokenKind = { Unknown: 0, Capitalized: 1, Word: 2, NoWord: 3 } as const;
const TitleMark = { Unknown: 0, Title: 1, NoTitle: 2 } as const;

/** The claims component's state for one document ("Die Polizei sagte ..." -> its tokens, quotes, mentions, drafts). */
export class ClaimContext {
  readonly tokens: Token[];
  readonly lower: string[];
  /** Per token: the index of the quotation it stands in, or -1. */
  readonly quoteIndex: Int32Array;
  readonly quotes: Quote[] = [];
  /** Per token: 1 when a claim has taken it as cue, attribution or quotation. */
  readonly used: Uint8Array;
  readonly persons: Mention[] = [];
  readonly organizations: Mention[] = [];
  /** Surnames and single names -> the full name seen earlier ("Keller" -> "Thomas Keller"). */
  readonly fullNames = new Map<string, string>();
  readonly genderByName = new Map<string, "m" | "f">();
  readonly drafts: Draft[] = [];
  /** Per token of a person or organisation in the entity layer: its type and name. */
  readonly entityAt = new Map<number, { type: string; name: string }>();
  /** 1 for tokens inside a time expression of the time layer ("am Donnerstag"). */
  readonly timeAt: Uint8Array;
  private readonly kinds: Uint8Array;
  private readonly titleMarks: Uint8Array;

  constructor(readonly doc: Document, readonly lexicon: ClaimTables, readonly syntax: SyntaxHooks) {
    this.tokens = doc.tokens;
    this.lower = lowerTexts(doc);
    this.quoteIndex = new Int32Array(doc.tokens.length).fill(-1);
    this.used = new Uint8Array(doc.tokens.length);
    this.kinds = new Uint8Array(doc.tokens.length);
    this.titleMarks = new Uint8Array(doc.tokens.length);
    this.timeAt = doc.tokensInLayer("time");
  }

  /** Capitalised word, other word or no word ("Polizei", "sagte", ","), computed once per token. */
  private kindOf(index: number): number {
    if (index < 0 || index >= this.tokens.length) return TokenKind.NoWord;
    let kind = this.kinds[index];
    if (kind === TokenKind.Unknown) {
      const text = this.tokens[index].text;
      kind = hasLetterOrNumber(text) ? (startsWithCapital(text) ? TokenKind.Capitalized : TokenKind.Word) : TokenKind.NoWord;
      this.kinds[index] = kind;
    }
    return kind;
  }

  /** The text of a token, "" outside the document. */
  tokenText(index: number): string {
    return this.tokens[index]?.text ?? "";
  }
  /** "Polizei", "Reuters". */
  isCapitalized(index: number): boolean {
    return this.kindOf(index) === TokenKind.Capitalized;
  }
  /** Any token with a letter or digit ("sagte", "2022"), not punctuation. */
  isWord(index: number): boolean {
    return this.kindOf(index) !== TokenKind.NoWord;
  }
  /** A lower-case inflected adjective ("offiziellen"), not a determiner, verb or pronoun with the same ending. */
  isAdjective(index: number): boolean {
    const word = this.lower[index];
    const lexicon = this.lexicon;
    return !!word && !this.isCapitalized(index) && lexicon.adjectiveEnding.test(word) && !lexicon.nonAdjectives.has(word) &&
      !lexicon.determiners.has(word) && !this.syntax.neverAdjective(word) && !lexicon.auxiliaries.has(word) &&
      !lexicon.verbLemma.has(word) && !lexicon.subjunctive.has(word) && !lexicon.subjunctiveWeak.has(word) &&
      !lexicon.hedgeModals.has(word) && !lexicon.pronouns.has(word);
  }
  /** A title or function ("Präsidentin", "Mr.", "Innenminister"), computed once per token. */
  isTitle(index: number): boolean {
    if (index < 0 || index >= this.tokens.length) return false;
    if (this.titleMarks[index] === TitleMark.Unknown) this.titleMarks[index] = this.computeTitle(index) ? TitleMark.Title : TitleMark.NoTitle;
    return this.titleMarks[index] === TitleMark.Title;
  }
  /** A title as a word, or a capitalised compound ending in one ("Innenminister" ends in "minister"). */
  private computeTitle(index: number): boolean {
    const word = this.lower[index];
    const { titles, titleEndings, titleLengths } = this.lexicon;
    if (!word) return false;
    if (titles.has(word) || titles.has(word.replace(/\.$/, ""))) return true;
    if (!this.isCapitalized(index)) return false;
    if (word.length < 5 || !titleEndings.has(word.slice(-3))) return false;
    for (let cut = 1; cut + 4 <= word.length; cut++) if (titleLengths.has(word.length - cut) && titles.has(word.slice(cut))) return true;
    return false;
  }
  /** The document text of tokens [from, to). */
  spanText(from: number, to: number): string {
    if (to <= from) return "";
    return this.doc.text.slice(this.tokens[from].start, this.tokens[to - 1].end);
  }
  /** The quotation a token stands in. */
  quoteAt(index: number): Quote | undefined {
    const quote = this.quoteIndex[index];
    return quote >= 0 ? this.quotes[quote] : undefined;
  }
  /** The sentence a token belongs to. */
  sentenceOf(index: number): Sentence {
    return this.doc.sentences[this.tokens[index].sent];
  }
  /** The last claim drafted so far. */
  lastDraft(): Draft | undefined {
    return this.drafts[this.drafts.length - 1];
  }
}
