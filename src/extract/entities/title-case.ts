// Title-case headlines ("Curfews, Police Crackdowns Escalate As U.S. Protesters Demand Justice For George Floyd"):
// the style capitalises ordinary words, so a tagged span there loses the ordinary words at its ends.
// Part of src/extract/entities. Public: isTitleCaseSentence, ordinaryWordInLowerCase.
import type { Document, Sentence } from "../../nlp/document.js";
import { posModel } from "../../nlp/pos/index.js";
import { startsUpper } from "../../nlp/characters.js";

/** Word classes of an ordinary word: the tagged lexicon's (upper case) but proper nouns, and WordNet's verbs, adjectives, adverbs, plurals ("nn" alone may be a name: "london"). */
const ORDINARY = /^(?:NN|NNS|VB[DGNPZ]?|JJ[RS]?|RB[RS]?|IN|CC|DT|MD|PRP\$?|RP|TO|WDT|WP|WRB|vb[dgnz]?|jj[rs]?|rb|nns)$/;

/** The POS lexicon's word classes of the word in lower case ("demand": ["NN", "VB", "VBP"]; none for an unknown word). */
function classesOf(doc: Document, w: string): string[] {
  const classes = posModel(doc.lang)?.lexInfo.lexicon?.classes(w.toLowerCase()) ?? "";
  return classes ? classes.split("|") : [];
}

/** The word in lower case is an ordinary word of the language ("demand", "crackdowns"; not "george", "floyd"). */
export function ordinaryWordInLowerCase(doc: Document, w: string): boolean {
  return isOrdinary(classesOf(doc, w));
}

const isOrdinary = (classes: string[]) => classes.some((c) => ORDINARY.test(c));

/** A preposition, conjunction, article or verb, never a noun ("As", "For", "Escalate"; not "Demand"). */
const isLinkOrVerb = (classes: string[]) => classes.some((c) => /^(?:IN|CC|DT|TO|VB[DGNPZ]?|vb[dgnz]?)$/.test(c)) && !classes.some((c) => /^nns?$/i.test(c));

const memo = new WeakMap<Document, Map<Sentence, boolean>>();

/** Nearly all ordinary words of the sentence after its first are capitalised (four or more, at most one in ten not): a title-case line. */
export function isTitleCaseSentence(doc: Document, s: Sentence): boolean {
  let known = memo.get(doc);
  if (!known) memo.set(doc, (known = new Map()));
  const cached = known.get(s);
  if (cached !== undefined) return cached;
  let ordinary = 0, capitalised = 0, capitalisedLink = false;
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const w = doc.tokens[k].text;
    if (!/^\p{L}+$/u.test(w)) continue;
    const classes = classesOf(doc, w); // one lexicon lookup a word
    if (startsUpper(w) && isLinkOrVerb(classes)) capitalisedLink = true;
    if (w.length < 4 || !isOrdinary(classes)) continue;
    ordinary++;
    if (startsUpper(w)) capitalised++;
  }
  // names capitalise nouns and adjectives but not their links ("Society for Coastal Bird Research"); headlines do ("As", "Escalate")
  const titled = capitalisedLink && ordinary >= 4 && (ordinary - capitalised) * 10 <= ordinary;
  known.set(s, titled);
  return titled;
}
