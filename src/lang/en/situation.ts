// English knowledge for the cross-article situation layer (src/situation): negation words that flip a
// claim's polarity, and function words ignored when claims from different articles are compared.
export default {
  /** Words that negate a statement ("not", "no", "never"). */
  negations: ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot",
    // contracted negations as the word tokenizer leaves them ("didn't" -> "didn" "t")
    "didn", "doesn", "don", "isn", "wasn", "weren", "aren", "hasn", "haven", "hadn", "won", "wouldn", "couldn", "shouldn"],
  /** Reporting cues that deny their claim ("X denied that ..."); word beginnings, all words of an entry in the cue. */
  denials: ["deni", "deny", "disput", "refut", "reject", "rebuff", "contest"],
  /** Function words left out when comparing claim texts. */
  stopwords: [
    "the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "of", "for", "from", "by", "with", "about", "as", "into",
    "over", "after", "before", "since", "until", "it", "he", "she", "they", "we", "i", "you", "its", "their", "his", "her",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may",
    "might", "that", "this", "these", "those", "there", "here", "so", "also", "only", "very", "if", "because", "than", "then",
  ],
};
