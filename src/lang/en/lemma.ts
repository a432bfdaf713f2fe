// English knowledge for the part-of-speech tagger and lemmatiser (src/nlp/pos).
// The lexicon (models/pos-en.lex.tsv.gz) is derived from wink-lexicon (Penn tags) with lemmas from
// wink-lemmatizer by scripts/train-pos.ts.
export default {
  /** Penn Treebank lexicon classes -> UD UPOS tags whose lemma the class supplies. */
  lexClassUpos: {
    NN: ["NOUN", "PROPN"], NNS: ["NOUN", "PROPN"], NNP: ["PROPN", "NOUN"], NNPS: ["PROPN", "NOUN"],
    VB: ["VERB", "AUX"], VBD: ["VERB", "AUX"], VBG: ["VERB", "AUX", "NOUN"], VBN: ["VERB", "AUX", "ADJ"],
    VBP: ["VERB", "AUX"], VBZ: ["VERB", "AUX"], MD: ["AUX"],
    JJ: ["ADJ"], JJR: ["ADJ"], JJS: ["ADJ"], RB: ["ADV"], RBR: ["ADV"], RBS: ["ADV"],
    nn: ["NOUN"], nns: ["NOUN"], vb: ["VERB"], vbz: ["VERB"], vbd: ["VERB", "ADJ"], vbg: ["VERB", "NOUN"],
    jj: ["ADJ"], jjr: ["ADJ"], jjs: ["ADJ"], rb: ["ADV"],
    PRP: ["PRON"], "PRP$": ["PRON", "DET"], WP: ["PRON"], "WP$": ["PRON"], DT: ["DET", "PRON"],
  } as Record<string, string[]>,
  /** Compound splitting is off for English (compounds are written apart or hyphenated). */
  compoundHeadMin: 0,
  /** English clitics are split like UD ("do" + "n't"), so multi-word tokens are trained as their words. */
  contractionUpos: "",
  /** Lexicon classes whose presence later in the clause tells auxiliaries from full verbs: participles, gerunds and base forms ("has ... said"). */
  clauseClasses: ["VBN", "VBG", "VB"],
  /** UPOS tags whose lemma keeps the capitalisation of the form. */
  lemmaKeepCase: ["PROPN"],
};
