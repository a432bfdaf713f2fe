// Drafting claims: a content span trimmed of edge punctuation and unbalanced quotation marks, a phrase cut out of
// its text ("Die Lage sei, nach Angaben der Polizei, ruhig" -> "Die Lage sei ruhig"), short quoted words kept as
// distancing ("die sogenannten „Separatisten“"), and the content of a claim cut where the next one's attribution
// begins in the same sentence.
import type { ClaimMode } from "../../schema/index.js";
import type { ClaimContext, Draft, TokenRange } from "./context.js";
import { BOUNDARY, QUOTE_MARKS, TERMINAL } from "./tokens.js";

/** What a rule found: a source, a mode, the content [from, to) and the cue; `cut` is a phrase left out of the text. */
export interface DraftRequest {
  source: string | null;
  sourcePhrase?: string | null;
  mode: ClaimMode;
  from: number;
  to: number;
  cue: string | null;
  sentence: number;
  attributionStart: number;
  forward?: boolean;
  cut?: TokenRange;
}

/** Drafts a claim over [from, to) when its content has two words or is one quoted word; returns the draft. */
export function addDraft(context: ClaimContext, request: DraftRequest): Draft | undefined {
  let { from, to } = trimContent(context, request.from, request.to);
  let words = 0;
  for (let token = from; token < to; token++) if (context.isWord(token)) words++;
  const opening = context.quoteAt(from);
  const quoted = !!opening && opening.close === to - 1 && opening.open === from;
  // the whole content is one quoted sentence ("sagte nur: „Kein Kommentar.“"): a direct claim
  let mode = request.mode;
  if (quoted && mode === "indirect" && !request.cut && (TERMINAL.has(context.tokenText(to - 2)) || context.tokenText(from - 1) === ":")) {
    mode = "direct";
    from++;
    to--;
    while (to > from && TERMINAL.has(context.tokenText(to - 1))) to--;
  }
  if (words < 2 && !(words === 1 && quoted)) return undefined;
  const draft: Draft = {
    source: request.source,
    sourcePhrase: request.source ? (request.sourcePhrase ?? null) : null,
    mode,
    start: context.tokens[from].start,
    end: context.tokens[to - 1].end,
    text: request.cut ? textWithout(context, { from, to }, request.cut) : context.spanText(from, to),
    cue: request.cue,
    sentence: context.tokens[from].sent,
    block: context.doc.sentences[context.tokens[from].sent]?.block ?? 0,
    distancing: distancingQuotes(context, { from, to }, mode, request.cut),
    unverified: false,
    attributionStart: request.attributionStart,
    from,
    to,
    forward: !!request.forward,
    ...(request.cut ? { cut: request.cut } : {}),
  };
  context.drafts.push(draft);
  return draft;
}

/** The content without edge punctuation and without quotation marks whose partner lies outside it. */
function trimContent(context: ClaimContext, from: number, to: number): TokenRange {
  const edge = (token: number) => {
    const text = context.tokenText(token);
    return text === "," || text === ";" || text === ":" || TERMINAL.has(text) || text === "-" || text === "–" || text === "—";
  };
  while (from < to && edge(from)) from++;
  while (to > from && edge(to - 1)) to--;
  // unbalanced quote marks at the edges
  if (from < to && QUOTE_MARKS.has(context.tokenText(to - 1)) && (context.quoteAt(to - 1)?.open ?? from) < from) to--;
  if (from < to && QUOTE_MARKS.has(context.tokenText(from)) && (context.quoteAt(from)?.close ?? -1) >= to) from++;
  return { from, to };
}

/** The text of the content with the phrase `cut` and its commas left out ("Die Lage sei, laut Polizei, ruhig" -> "Die Lage sei ruhig"). */
function textWithout(context: ClaimContext, content: TokenRange, cut: TokenRange): string {
  const { from, to } = content;
  let cutFrom = cut.from;
  let cutTo = cut.to;
  while (cutFrom > from && [",", "-", "–"].includes(context.tokenText(cutFrom - 1))) cutFrom--;
  while (cutTo < to && context.tokenText(cutTo) === ",") cutTo++;
  let text: string;
  if (cutFrom > from && cutTo < to) text = context.spanText(from, cutFrom) + " " + context.spanText(cutTo, to);
  else if (cutFrom <= from) text = context.spanText(Math.max(cutTo, from), to);
  else text = context.spanText(from, Math.min(cutFrom, to));
  return text.replace(/\s+,/g, ",").replace(/\s{2,}/g, " ").trim();
}

/** Short quotations inside reported content that keep their distance ("die „Spezialoperation“"). */
function distancingQuotes(context: ClaimContext, content: TokenRange, mode: ClaimMode, cut: TokenRange | undefined): string[] {
  const distancing: string[] = [];
  if (mode === "direct") return distancing;
  for (let token = content.from; token < content.to; token++) {
    if (cut && token >= cut.from && token < cut.to) continue;
    const quote = context.quoteAt(token);
    if (quote && quote.open === token && quote.close < content.to && !quote.statement && quote.close - quote.open - 1 <= 4) {
      distancing.push(context.spanText(quote.open + 1, quote.close));
    }
  }
  return distancing;
}

/** Within one sentence, a claim's content stops where the next claim's attribution begins. */
export function cutOverlaps(context: ClaimContext, firstDraft: number): void {
  if (context.drafts.length - firstDraft < 2) return;
  const drafts = context.drafts.slice(firstDraft).sort((first, second) => first.from - second.from);
  for (let index = 0; index + 1 < drafts.length; index++) {
    const current = drafts[index], next = drafts[index + 1];
    if (current.sentence !== next.sentence || !current.forward) continue;
    let cut = Math.min(next.attributionStart, next.from);
    if (cut <= current.from || cut >= current.to) continue;
    while (cut > current.from && (BOUNDARY.has(context.tokenText(cut - 1)) || context.lexicon.clauseConjunctions.has(context.lower[cut - 1]))) cut--;
    if (cut - current.from >= 2) {
      current.to = cut;
      current.end = context.tokens[cut - 1].end;
      current.text = context.spanText(current.from, cut);
    }
  }
  splitSharedSentences(context, drafts);
}

/** "Dem Roten Kreuz zufolge wurden 250 verletzt, laut Polizei wurde einer getötet": two source phrases over one
 *  sentence each keep the clause of their own, split at the comma between the two attributions. */
function splitSharedSentences(context: ClaimContext, drafts: Draft[]): void {
  for (let index = 0; index + 1 < drafts.length; index++) {
    const first = drafts[index], second = drafts[index + 1];
    if (first.sentence !== second.sentence || first.forward || second.forward) continue;
    const [early, late] = first.attributionStart <= second.attributionStart ? [first, second] : [second, first];
    if (late.attributionStart >= early.to || late.attributionStart <= early.attributionStart) continue;
    // "According to the latest data, 306 died, according to Mediazona.": a phrase closing the sentence names the
    // source of the same clause; a named source wins over an anonymous one, and the clause is one claim
    if (late.cut && late.cut.to >= early.to) {
      if (!early.source && late.source) Object.assign(early, { source: late.source, sourcePhrase: late.sourcePhrase, mode: late.mode, cue: late.cue });
      let end = late.cut.from;
      while (end > early.from + 1 && BOUNDARY.has(context.tokenText(end - 1))) end--;
      if (end - early.from >= 2) setRange(context, early, early.from, end);
      late.text = "";
      continue;
    }
    let comma = -1;
    for (let token = early.attributionStart + 1; token < late.attributionStart; token++) if (context.tokenText(token) === ",") comma = token;
    if (comma < 0) continue;
    const end = Math.max(early.to, late.to);
    setRange(context, early, early.from, comma);
    setRange(context, late, Math.max(late.from, comma + 1), end);
  }
}

/** Narrows a draft's content to [from, to), leaving out its cut phrase where it lies inside. */
function setRange(context: ClaimContext, draft: Draft, from: number, to: number): void {
  draft.from = from;
  draft.to = to;
  draft.start = context.tokens[from].start;
  draft.end = context.tokens[to - 1].end;
  const cut = draft.cut && draft.cut.from >= from && draft.cut.to <= to ? draft.cut : undefined;
  draft.text = cut ? textWithout(context, { from, to }, cut) : context.spanText(from, to);
}
