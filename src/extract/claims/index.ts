// Extract component for `claims`: every statement the article attributes to someone.
//
// Works on tokens, sentence by sentence, with the language's lexicon (src/lang/<lang>/claims.ts, compiled in
// lexicon.ts) and grammar hooks (src/lang/<lang>/syntax.ts):
//  1. quotations („…“, "…", “…”, « ») found per block (quotes.ts); a quotation that stands as a statement (opens a
//     sentence or follows a colon, and closes it or is followed by ", <verb> <speaker>") is a direct claim (rules/quote.ts);
//  2. cue words (rules/cue.ts): reporting verbs (rules/verb.ts, rules/verb-forward.ts: forward "X sagte, dass Y" /
//     "X said Y", inverted "Y, sagte X" / "Y, X said"), source phrases (rules/phrase.ts: "laut X", "X zufolge",
//     "nach Angaben X", "according to X"), participles (rules/gerund.ts: ", saying X"), passive cues ("hieß es");
//  3. without a cue of its own (hedges.ts): "demnach" and Konjunktiv sentences continue the last source, "soll ... sein",
//     "reportedly" are hedged with no source.
// Sources are cleaned noun phrases (noun-phrases.ts, subjects.ts, sources.ts), resolved through pronouns, titles and
// generic anaphors ("die Behörde") to the last fitting person or organisation (mentions.ts: from the entity layer
// when present, else from titles and capitalised runs). Claims are drafted and cut against each other in drafts.ts.
// Writes doc.results.claims and the layer "claim" (one span per claim over its content).
import type { Document } from "../../nlp/document.js";
import type { Claim, ClaimMode } from "../../schema/index.js";
import { languagePack } from "../../lang/registry.js";
import { ClaimContext, type Draft, type SentenceRange } from "./context.js";
import { cutOverlaps } from "./drafts.js";
import { continuationClaims, markUnverified } from "./hedges.js";
import { claimTablesFor } from "./lexicon.js";
import { findMentions, readEntities } from "./mentions.js";
import { findQuotes } from "./quotes.js";
import { cueClaims } from "./rules/cue.js";
import { quoteClaims } from "./rules/quote.js";
import { QUOTE_MARKS, SKIPPED_ROLES, TERMINAL } from "./tokens.js";

/** The attributes of a span of the "claim" layer, declared with every layer in src/nlp/layers.ts. */
export type { ClaimSpanAttrs } from "../../nlp/layers.js";
import type { ClaimSpanAttrs } from "../../nlp/layers.js";

/** Finds the claims of a document ("Die Lage sei ruhig, sagte der Minister." -> the minister's claim). */
export function extractClaims(doc: Document): void {
  const context = new ClaimContext(doc, claimTablesFor(doc.lang), languagePack(doc.lang).syntax);
  readEntities(context);
  findQuotes(context);
  findMentions(context);
  for (const sentence of doc.sentences) {
    const block = doc.blocks[sentence.block];
    if (block && SKIPPED_ROLES.has(block.role)) continue;
    const range: SentenceRange = { index: sentence.i, start: sentence.tokenStart, end: sentence.tokenEnd };
    if (!endsLikeSentence(context, range) && !closesParagraph(context, sentence.i)) continue;
    sentenceClaims(context, range);
  }
  writeClaims(context);
}

/** The claims of one sentence: quotations, cues, else continuations; then overlaps cut and unverified notes applied. */
function sentenceClaims(context: ClaimContext, sentence: SentenceRange): void {
  const before = context.drafts.length;
  quoteClaims(context, sentence);
  cueClaims(context, sentence);
  if (context.drafts.length === before) continuationClaims(context, sentence);
  cutOverlaps(context, before);
  markUnverified(context, sentence);
}

/** Whether a sentence ends in terminal punctuation ("9 p.m." too), possibly before closing quotation marks or a bracket. */
function endsLikeSentence(context: ClaimContext, sentence: SentenceRange): boolean {
  for (let token = sentence.end - 1; token >= sentence.start; token--) {
    const text = context.tokenText(token);
    if (TERMINAL.has(text) || (text.length > 1 && text.endsWith(".") && context.isWord(token))) return true;
    if (QUOTE_MARKS.has(text) || text === ")") continue;
    return false;
  }
  return false;
}

/** "... 220 Ziele attackiert" closing a paragraph whose sentence before ends properly: a sentence that lost its full stop. */
function closesParagraph(context: ClaimContext, index: number): boolean {
  const { doc } = context;
  const sentence = doc.sentences[index], before = doc.sentences[index - 1], after = doc.sentences[index + 1];
  if (!before || before.block !== sentence.block || (after && after.block === sentence.block)) return false;
  const range = { index: before.i, start: before.tokenStart, end: before.tokenEnd };
  return endsLikeSentence(context, range) && sentence.tokenEnd - sentence.tokenStart >= 6;
}

/** Writes the drafts with content, in text order, as doc.results.claims and the "claim" layer. */
function writeClaims(context: ClaimContext): void {
  const claims: Claim[] = [];
  const spans = [];
  const drafts = context.drafts.filter((draft) => draft.end > draft.start && draft.text.trim().length > 0).sort((first, second) => first.start - second.start);
  for (const draft of drafts) {
    claims.push(claimOf(draft));
    const attrs: ClaimSpanAttrs = { source: draft.sourcePhrase ?? draft.source, speaker: draft.source, mode: draft.mode, cue: draft.cue, sentence: draft.sentence, unverified: draft.unverified };
    spans.push({ start: draft.start, end: draft.end, label: "claim", attrs });
  }
  context.doc.results.claims = claims;
  context.doc.setLayer<ClaimSpanAttrs>("claim", spans);
}

/** The claim record of a draft, with `unverified` and `distancing` only when they hold something. */
function claimOf(draft: Draft): Claim {
  const claim: Claim = { source: draft.sourcePhrase ?? draft.source, speaker: draft.source, mode: draft.mode, text: draft.text, cue: draft.cue, sentence: draft.sentence, start: draft.start, end: draft.end };
  if (draft.unverified) claim.unverified = true;
  if (draft.distancing.length) claim.distancing = draft.distancing;
  return claim;
}
