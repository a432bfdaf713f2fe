// Roles of a person read off the words around the name: titles and role nouns before it
// ("Ex-Premier", "NATO-Generalsekretär", "Secretary of State") and an apposition after it ("X, Chef des Y,").
import type { Document } from "../../nlp/document.js";
import { isTitleWord, type Lexicon } from "../../nlp/ner/lexicon.js";
import type { Mention } from "./mention.js";
import { roleSets } from "./vocabulary.js";

/** Role nouns and titles right before a person, and an apposition after the name. */
export function rolesBefore(doc: Document, lx: Lexicon, m: Mention): string[] {
  if (m.type !== "person") return [];
  const roles: string[] = [];
  const a = roleStart(doc, lx, m);
  if (a < m.tokStart) {
    const parts = doc.tokens.slice(a, m.tokStart).map((t) => t.text).filter((p) => !lx.honorifics.has(p));
    if (parts.length) roles.push(parts.join(" "));
  }
  const apposition = appositionRole(doc, lx, m);
  if (apposition !== undefined) roles.push(apposition);
  return roles;
}

/** First token of the titles before the name (the name's own start when there are none). */
function roleStart(doc: Document, lx: Lexicon, m: Mention): number {
  const s = doc.sentenceAt(m.start);
  const from = s ? s.tokenStart : 0;
  const { titles, prefixes } = roleSets(lx);
  const join = (a: number, b: number) => doc.tokens.slice(a, b).map((t) => t.text).join(" ");
  let a = m.tokStart;
  // a multi-word title ("Secretary of State", "Prime Minister")
  for (let len = 4; len >= 2; len--) {
    if (a - len >= from && (titles.has(join(a - len, a)) || lx.titleHeads.includes(join(a - len, a).toLowerCase()))) { a -= len; break; }
  }
  // role nouns, honorifics and their prefixes ("Ex-Premier", "former President", "kirgisische Präsident")
  while (a - 1 >= from) {
    const w = doc.tokens[a - 1].text;
    if (isTitleWord(lx, w) || lx.honorifics.has(w) || titles.has(w) || (a < m.tokStart && prefixes.has(w.toLowerCase()))) { a--; continue; }
    break;
  }
  return a;
}

/** Apposition after the name: "X, Chef des Y," -> "Chef des Y". */
function appositionRole(doc: Document, lx: Lexicon, m: Mention): string | undefined {
  const e0 = m.tokEnd;
  if (!(doc.tokens[e0]?.text === "," && doc.tokens[e0 + 1] && isTitleWord(lx, doc.tokens[e0 + 1].text))) return undefined;
  let e = e0 + 1;
  while (e < doc.tokens.length && e < e0 + 6 && !/^[,.;:)]$/.test(doc.tokens[e].text)) e++;
  return doc.text.slice(doc.tokens[e0 + 1].start, doc.tokens[e - 1].end);
}
