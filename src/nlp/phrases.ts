// Phrase lookups on lower-cased tokens, shared by the figure and event cues: phrases indexed by their first
// word and tried longest first (earlier added first among equal lengths), the last word optionally matching
// as a prefix ("festgenommen" for "festgenomm"); one-word prefix phrases are bucketed by their first letters.

/** The words lower[index..index + words.length) spell the phrase within [index, end) ("nach", "angaben"). */
export function matchesAt(lower: readonly string[], index: number, words: readonly string[], lastIsPrefix: boolean, end: number): boolean {
  if (index + words.length > end) return false;
  for (let i = 0; i < words.length; i++) {
    const w = lower[index + i];
    if (i === words.length - 1 && lastIsPrefix ? !w.startsWith(words[i]) : w !== words[i]) return false;
  }
  return true;
}

/** Prefix lookup bucketed by the first three letters (words are matched against many prefixes: "festgenomm"). */
export class PrefixIndex<T> {
  private readonly buckets = new Map<string, { prefix: string; value: T }[]>();
  private readonly short: { prefix: string; value: T }[] = [];
  add(prefix: string, value: T): void {
    if (prefix.length < 3) { this.short.push({ prefix, value }); return; }
    const k = prefix.slice(0, 3);
    const list = this.buckets.get(k) ?? [];
    list.push({ prefix, value });
    this.buckets.set(k, list);
  }
  /** Every value whose prefix starts `word`. */
  findAll(word: string): T[] {
    const out: T[] = [];
    const list = this.buckets.get(word.slice(0, 3));
    if (list) for (const e of list) if (word.startsWith(e.prefix)) out.push(e.value);
    for (const e of this.short) if (word.startsWith(e.prefix)) out.push(e.value);
    return out;
  }
  /** Whether some value whose prefix starts `word` satisfies `pred` (no allocation). */
  some(word: string, pred: (value: T) => boolean): boolean {
    const list = this.buckets.get(word.slice(0, 3));
    if (list) for (const e of list) if (word.startsWith(e.prefix) && pred(e.value)) return true;
    for (const e of this.short) if (word.startsWith(e.prefix) && pred(e.value)) return true;
    return false;
  }
  /** The first value (in insertion order) whose prefix starts `word`. */
  find(word: string): T | undefined {
    const list = this.buckets.get(word.slice(0, 3));
    if (list) for (const e of list) if (word.startsWith(e.prefix)) return e.value;
    for (const e of this.short) if (word.startsWith(e.prefix)) return e.value;
    return undefined;
  }
}

/** A phrase of lower-case words and its value (["nach", "angaben"] -> a cue). */
export interface Phrase<T> {
  readonly words: readonly string[];
  readonly lastIsPrefix: boolean;
  readonly value: T;
}

/** Phrases by first word, longest first, and one-word prefix phrases ("matcher.longestAt(lower, k, end)"). */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly prefixes = new PrefixIndex<Phrase<T>>();

  /** Adds a phrase; a one-word phrase whose word is a prefix goes to the prefix buckets (see prefixOf). */
  add(words: readonly string[], value: T, options: { lastIsPrefix?: boolean } = {}): void {
    const phrase: Phrase<T> = { words, lastIsPrefix: options.lastIsPrefix ?? false, value };
    if (words.length === 1 && phrase.lastIsPrefix) { this.prefixes.add(words[0], phrase); return; }
    const list = this.byFirst.get(words[0]);
    if (!list) { this.byFirst.set(words[0], [phrase]); return; }
    // longest first, the earlier added first among equal lengths (what a stable sort by length gives)
    let at = list.length;
    while (at > 0 && list[at - 1].words.length < words.length) at--;
    list.splice(at, 0, phrase);
  }

  /** The longest phrase (not a one-word prefix) starting at lower[index] and ending by `end` ("laut", "according to"). */
  longestAt(lower: readonly string[], index: number, end: number): Phrase<T> | undefined {
    const list = this.byFirst.get(lower[index]);
    if (list) for (const p of list) if (matchesAt(lower, index, p.words, p.lastIsPrefix, end)) return p;
    return undefined;
  }

  /** The first one-word phrase spelled exactly `word` (a lemma's lookup: "festnehmen"). */
  wordPhrase(word: string): Phrase<T> | undefined {
    const list = this.byFirst.get(word);
    if (list) for (const p of list) if (p.words.length === 1) return p;
    return undefined;
  }

  /** The first added one-word prefix phrase that starts `word` ("festgenomm" for "festgenommenen"). */
  prefixOf(word: string): Phrase<T> | undefined {
    return this.prefixes.find(word);
  }
}
