// Mentions from the statistical tagger's spans (the "ner" layer): descriptors and titles at the start
// are taken off ("Organisation NetBlocks" -> "NetBlocks"), a descriptor makes the name an organisation,
// and a name inside a hyphen compound ("LOCpart") yields the part before the hyphen.
import type { Document } from "../../nlp/document.js";
import type { EntityType } from "../../schema/index.js";
import type { NerSpan } from "../../nlp/ner/index.js";
import { isTitleWord, type Lexicon } from "../../nlp/ner/lexicon.js";
import { startsUpper } from "../../nlp/characters.js";
import { tokenMention, partMention, type Mention } from "./mention.js";
import { isDescriptor } from "./vocabulary.js";

const NER_TYPES: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "location" };

/** One mention per tagger span with a type of ours (PER, ORG, LOC, or their compound parts). */
export function taggerMentions(doc: Document, lx: Lexicon, spans: NerSpan[], out: Mention[]): void {
  for (const s of spans) {
    const type = NER_TYPES[s.type];
    if (type) spanMention(doc, lx, s, type, out);
    else if (s.type.endsWith("part")) compoundPartMention(doc, s, out);
  }
}

/** "Katastrophenschutzbehörde Afad", "Organisation NetBlocks": the name of an organisation. */
function spanMention(doc: Document, lx: Lexicon, s: NerSpan, type: EntityType, out: Mention[]): void {
  let a = s.tokStart;
  let described = false;
  for (;;) {
    if (a >= s.tokEnd - 1) break;
    const w = doc.tokens[a].text;
    if (isDescriptor(lx, w)) { described = true; a++; continue; }
    if (isTitleWord(lx, w) || lx.honorifics.has(w) || lx.generic.has(w)) { a++; continue; }
    break;
  }
  const before = s.tokStart > 0 ? doc.tokens[s.tokStart - 1] : undefined;
  if (before && isDescriptor(lx, before.text) && doc.sentenceAt(before.start) === doc.sentenceAt(doc.tokens[s.tokStart].start)) described = true;
  out.push(tokenMention(doc, { from: a, to: s.tokEnd, type: described ? "organization" : type, prio: 1 }));
}

/** A name inside a compound: the part before the first hyphen when it is capitalised ("Kiew-Besuch"). */
function compoundPartMention(doc: Document, s: NerSpan, out: Mention[]): void {
  const t = doc.tokens[s.tokStart];
  const dash = t.text.indexOf("-");
  const type = NER_TYPES[s.type.slice(0, 3)];
  if (type && dash > 1 && s.tokEnd - s.tokStart === 1 && startsUpper(t.text)) out.push(partMention(doc, { token: t.i, start: t.start, end: t.start + dash, type, prio: 1 }));
}
