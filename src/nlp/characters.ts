// Character-class tests shared by the tokeniser, the extract components and the layout reader: what a word
// starts with, whether it has letters, whether it is an acronym. ASCII is answered from the character code
// where the general test gives the same answer.

const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const CAPITAL_START = /^\p{Lu}/u;
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const LOWER_START = /^\p{Ll}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** First character changes when lower-cased and is a letter ("Berlin", "Ärzte"; not "berlin", "2022"). */
export function startsUpper(w: string): boolean {
  if (w.length === 0) return false;
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return w[0] !== w[0].toLowerCase() && LETTER.test(w[0]);
}

/** First character is a letter, any case ("Berlin", "über"; not "2022", "„"). */
export function startsWithLetter(w: string): boolean {
  if (w.length === 0) return false;
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(w[0]);
}

/** The word contains a letter somewhere ("G7", "al-Sisi"; not "2022", "–"). */
export function hasLetter(w: string): boolean {
  return LETTER.test(w);
}

/** The word contains a letter or a number somewhere ("2022", "G7", "Ärzte"; not "–", "„"). */
export function hasLetterOrNumber(w: string): boolean {
  return LETTER_OR_NUMBER.test(w);
}

/** First character is an upper-case letter, \p{Lu} ("Polizei"; not "polizei"). */
export function startsWithCapital(w: string): boolean {
  return CAPITAL_START.test(w);
}

/** An upper-case letter followed by a lower-case one ("Menschen"; not "USA", "menschen"). */
export function startsCapitalThenLower(w: string): boolean {
  return CAPITAL_THEN_LOWER.test(w);
}

/** First character is a lower-case letter, \p{Ll} ("people"; not "People", "2022"). */
export function startsLower(w: string): boolean {
  return LOWER_START.test(w);
}

/** Two to six upper-case letters and nothing else ("NATO", "IHA"; not "Nato", "UNESCOS1"). */
export function isAcronym(w: string): boolean {
  return ACRONYM.test(w);
}

const OPENING_MARK = /^["“„‘'(]$/;

/** A quotation mark or bracket that opens a quote or an aside ("„", "("); a name after it starts its sentence. */
export function isOpeningMark(w: string): boolean {
  return OPENING_MARK.test(w);
}
