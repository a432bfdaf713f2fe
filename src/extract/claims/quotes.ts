// Quotations: pairs of quotation marks inside one block („…“, "…", “…”, «…»), and whether a quotation stands as a
// statement of its own: it opens a sentence, follows a colon or a reporting verb and a comma, or continues a
// statement quotation ("“We are tired,” she said, “but we go on.”"), and it closes a sentence or a clause.
import type { ClaimContext, Quote } from "./context.js";
import { reportingLemma } from "./verbs.js";
import { QUOTE_CLOSE, QUOTE_MARKS, TERMINAL } from "./tokens.js";

/** Pairs the quotation marks of the document, block by block, and marks the statements. */
export function findQuotes(context: ClaimContext): void {
  const { doc } = context;
  let open = -1;
  let openBlock = -1;
  for (let token = 0; token < context.tokens.length; token++) {
    const mark = context.tokenText(token);
    if (!QUOTE_MARKS.has(mark)) continue;
    const block = doc.sentences[context.tokens[token].sent]?.block ?? 0;
    if (open >= 0 && block !== openBlock) open = -1; // quotes never cross blocks
    if (open >= 0 && (QUOTE_CLOSE[context.tokenText(open)] ?? []).includes(mark)) {
      context.quotes.push({ open, close: token, statement: false });
      for (let inside = open; inside <= token; inside++) context.quoteIndex[inside] = context.quotes.length - 1;
      open = -1;
    } else if (open < 0 && QUOTE_CLOSE[mark]) {
      open = token;
      openBlock = block;
    }
  }
  for (const quote of context.quotes) quote.statement = isStatementQuote(context, quote);
}

/** "The statement said, “...”": a quote opened right after a reporting verb and a comma. */
export function introducedByCue(context: ClaimContext, open: number): boolean {
  return context.tokenText(open - 1) === "," && open >= 2 && !!reportingLemma(context, open - 2) && context.quoteIndex[open - 2] < 0;
}

/** Whether a quotation of three or more words stands as a statement of its own. */
function isStatementQuote(context: ClaimContext, quote: Quote): boolean {
  let words = 0;
  for (let token = quote.open + 1; token < quote.close; token++) if (context.isWord(token)) words++;
  if (words < 3) return false;
  const sentence = context.sentenceOf(quote.open);
  const startsSentence = quote.open === sentence.tokenStart || context.tokenText(quote.open - 1) === ":" || introducedByCue(context, quote.open);
  if (!startsSentence) return continuesStatement(context, quote, sentence.tokenStart);
  const inner = context.tokenText(quote.close - 1);
  const after = context.tokenText(quote.close + 1);
  const closeSentence = context.sentenceOf(quote.close);
  return TERMINAL.has(inner) || inner === "," || after === "," || TERMINAL.has(after) || quote.close === closeSentence.tokenEnd - 1 || after === "";
}

/** "“We are tired,” she said, “but we go on.”": a quotation after a comma that a statement quotation shortly before opened. */
function continuesStatement(context: ClaimContext, quote: Quote, sentenceStart: number): boolean {
  const previous = context.quotes[context.quoteIndex[quote.open - 2] ?? -1];
  let token = quote.open - 1;
  while (token > sentenceStart && context.quoteIndex[token] < 0 && quote.open - token <= 8) token--;
  const opener = context.quoteIndex[token] >= 0 ? context.quotes[context.quoteIndex[token]] : previous;
  return !!opener && opener.statement && context.tokenText(quote.open - 1) === "," && opener.close === token;
}
