// Size and time budgets per article, so that hostile or broken input ends in seconds with a warning
// instead of stalling the process. Each stage checks its own limit where the input reaches it:
//   HTML (src/ingest/html.ts)   characters, elements, nesting depth (deeper elements are unwrapped)
//   text (src/ingest/index.ts)  characters read (the rest is cut at a paragraph break)
//   tokens (src/nlp/tokenize.ts) characters per token ("aaaa…" of 100 KB is cut into pieces)
//   sentences (src/nlp/sentences.ts) tokens per sentence (a 200 KB line is split at commas)
//   pipeline (src/nlp/pipeline.ts) wall time: past it the remaining components are skipped
// The numbers sit far above real news articles (the longest long reads: about 60,000 characters,
// nesting depth 40, sentences of 90 tokens, URLs of 500 characters). LAGEBILD_ARTICLE_BUDGET_MS overrides the time budget.

export interface Budgets {
  /** HTML characters read; the rest of a larger page is cut (the parser closes open tags). */
  htmlChars: number;
  /** HTML elements; a larger page is read without Readability (its scoring is slow on huge trees). */
  htmlElements: number;
  /** HTML nesting depth; elements deeper than this are unwrapped (their children move up). */
  htmlDepth: number;
  /** Characters of article text; a longer text is cut at the last paragraph break before it. */
  textChars: number;
  /** Characters per token; a longer run without spaces is cut into pieces this long. */
  tokenChars: number;
  /** Tokens per sentence; a longer sentence is split, at a comma or similar where there is one. */
  sentenceTokens: number;
  /** Milliseconds of pipeline time per article; past it the remaining components are skipped. */
  articleMs: number;
}

export const BUDGETS: Budgets = {
  htmlChars: 4_000_000,
  htmlElements: 60_000,
  htmlDepth: 64,
  textChars: 200_000,
  tokenChars: 2048,
  sentenceTokens: 150,
  articleMs: 20_000,
};

/** The time budget per article: LAGEBILD_ARTICLE_BUDGET_MS when set to a positive number, else BUDGETS.articleMs. */
export function articleBudgetMs(): number {
  const v = Number(process.env.LAGEBILD_ARTICLE_BUDGET_MS);
  return Number.isFinite(v) && v > 0 ? v : BUDGETS.articleMs;
}

/** Adds a warning once ("the sentence ... was split" is said once per article, not per sentence). */
export function warnOnce(warnings: string[], warning: string): void {
  if (!warnings.includes(warning)) warnings.push(warning);
}

/** The largest index <= at that does not fall between the two halves of a surrogate pair. */
export function codePointBoundary(s: string, at: number): number {
  if (at <= 0 || at >= s.length) return at;
  const code = s.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff && (s.charCodeAt(at - 1) & 0xfc00) === 0xd800 ? at - 1 : at;
}
