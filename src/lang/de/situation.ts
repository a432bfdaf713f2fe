// German knowledge for the cross-article situation layer (src/situation): negation words that flip a
// claim's polarity, and function words ignored when claims from different articles are compared.
export default {
  /** Words that negate a statement ("kein", "nicht", "nie"). */
  negations: ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "niemand", "nichts", "weder"],
  /** Reporting cues that deny their claim ("X bestritt, dass ..."); word beginnings, all words of an entry in the cue. */
  denials: ["bestreit", "bestritt", "abgestritten", "stritt ab", "stritten ab", "dementi", "leugne", "geleugnet", "verneint", "zurückgewiesen", "zurückweis", "wies zurück", "wiesen zurück", "weist zurück", "weisen zurück"],
  /** Function words left out when comparing claim texts. */
  stopwords: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber",
    "in", "im", "ins", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "über",
    "unter", "um", "durch", "gegen", "ohne", "seit", "bis", "es", "er", "sie", "wir", "ihr", "ich", "man", "sich", "sei",
    "seien", "ist", "sind", "war", "waren", "wurde", "wurden", "worden", "werde", "werden", "habe", "haben", "hat", "hatte",
    "hätten", "dass", "daß", "als", "wie", "so", "auch", "noch", "schon", "nur", "sehr", "dies", "diese", "dieser", "dieses",
    "jedoch", "doch", "da", "dort", "hier", "wenn", "weil", "ob",
  ],
};
