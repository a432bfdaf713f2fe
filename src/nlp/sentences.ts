// Sentence splitter over tokens. Block boundaries (title, caption, sub-heading, paragraph) and line
// breaks always end a sentence, so headlines without final punctuation stand alone. Inside a block a
// sentence ends at ".", "!", "?" or "…" (plus closing quotes and brackets) when the next token opens
// a new sentence. Abbreviations and ordinals ("Dr.", "07.") are single tokens from the tokeniser,
// so their periods never end a sentence.
// A sentence longer than BUDGETS.sentenceTokens is split (at the last comma-like token of its second
// half, else at the limit), so a 200 KB line without periods costs what 1,300 sentences cost.
import type { Document, Sentence, Token } from "./document.js";
import { BUDGETS, warnOnce } from "./budget.js";

const TERMINAL = new Set([".", "!", "?", "…", "...", "?!", "!?"]);
const CLOSERS = new Set(["“", "”", "\"", "'", "’", "»", "«", ")", "]", "}"]);
const OPENERS_RE = /^[„“"'‚‘«»(\[]/;

export function splitSentences(doc: Document): void {
  const { tokens, text } = doc;
  const sentences: Sentence[] = [];
  // block index of every token; text between blocks (labels such as " | ") gets -1 - <next block>
  const blockIds = new Int32Array(tokens.length);
  let b = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    while (b < doc.blocks.length && t.start >= doc.blocks[b].end) b++;
    blockIds[k] = b < doc.blocks.length && t.start >= doc.blocks[b].start ? b : -1 - b;
  }
  let startTok = 0;
  let split = 0;
  const close = (endTok: number) => {
    while (endTok - startTok > BUDGETS.sentenceTokens) {
      closeOne(splitPoint(tokens, startTok));
      split++;
    }
    closeOne(endTok);
  };
  const closeOne = (endTok: number) => {
    if (endTok <= startTok) return;
    const first = tokens[startTok], last = tokens[endTok - 1];
    const id = blockIds[startTok];
    const block = id >= 0 ? id : Math.max(0, Math.min(doc.blocks.length - 1, -1 - id));
    const s: Sentence = { i: sentences.length, start: first.start, end: last.end, tokenStart: startTok, tokenEnd: endTok, block };
    for (let k = startTok; k < endTok; k++) tokens[k].sent = s.i;
    sentences.push(s);
    startTok = endTok;
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!next) break;
    // hard boundary: another block (or text between blocks), or a line break between the tokens
    if (blockIds[k] !== blockIds[k + 1] || text.slice(t.end, next.start).includes("\n")) { close(k + 1); continue; }
    if (!TERMINAL.has(t.text)) continue;
    // swallow closing quotes / brackets glued to the terminal punctuation
    let e = k + 1;
    while (e < tokens.length && CLOSERS.has(tokens[e].text) && tokens[e].start === tokens[e - 1].end && blockIds[e] === blockIds[k]) e++;
    const after = tokens[e];
    if (!after) break;
    if (blockIds[e] !== blockIds[k] || startsSentence(after.text)) { close(e); k = e - 1; }
  }
  close(tokens.length);
  doc.sentences = sentences;
  if (split) warnOnce(doc.warnings, `${split} sentence break(s) added inside sentences longer than ${BUDGETS.sentenceTokens} tokens`);
}

const SOFT_BREAKS = new Set([",", ";", ":", "–", "—", "-", ")", "]"]);

/** Where an overlong sentence starting at token from is cut: after its last soft break in the second half, else at the limit. */
function splitPoint(tokens: Token[], from: number): number {
  const limit = from + BUDGETS.sentenceTokens;
  for (let k = limit - 1; k > from + BUDGETS.sentenceTokens / 2; k--) if (SOFT_BREAKS.has(tokens[k].text)) return k + 1;
  return limit;
}

function startsSentence(w: string): boolean {
  if (OPENERS_RE.test(w)) return true;
  const c = w.charAt(0);
  return /\p{Lu}|\d/u.test(c);
}
