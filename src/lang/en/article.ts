// English article-layout cues for the plain-text reader (src/ingest/layout.ts): the words that mark
// update lines, embeds, photo captions and credits, bylines and datelines on English news pages.
export default {
  /** Very frequent function words, for a fast first guess at the language (lower case; none shared with German). */
  functionWords: [
    "the", "of", "and", "to", "a", "is", "that", "for", "it", "as", "with", "be", "by", "on", "not", "he", "this", "are",
    "or", "his", "from", "at", "which", "but", "have", "had", "they", "you", "were", "their", "one", "all", "we", "has",
    "been", "would", "there", "its", "who", "more", "said", "after", "than", "into", "over", "some", "when", "what", "about",
    "out", "up", "her", "she", "them", "these", "those", "while", "during", "against", "since", "says",
  ],
  /** Labels of the "last updated" line: "Updated: 8 January 2022 09:12". */
  updatedLabels: ["Updated", "Last updated", "Updated on", "Last modified"],
  /** Labels of the publication line: "Published: 8 January 2022". */
  publishedLabels: ["Published", "Posted", "First published", "Published on", "Posted on"],
  /** Words between a date and its clock time ("... at 12:42"). */
  timeConnectors: ["at"],
  /** English-language outlets span many time zones: none is assumed. */
  defaultTimezone: null as string | null,
  /** Month names and abbreviations -> month number. */
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
    jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
    december: 12, dec: 12,
  } as Record<string, number>,
  /** Date order of all-numeric dates ("1/8/2022" is January 8 in US usage). */
  numericDateOrder: "mdy" as "dmy" | "mdy",
  /** Labels of embedded media or widgets on their own line ("Video: ...", "Map: ..."). */
  embedLabels: [
    "Map", "Video", "Audio", "Watch", "Listen", "Graphic", "Gallery", "Podcast", "Live", "Interactive", "Chart",
    "Read more", "Related", "See also", "Also read", "More on this story",
  ],
  /** Openings of a closing broadcast or programme note. */
  broadcastCues: ["This story was reported on", "This report aired on", "This segment aired on", "Watch the full report"],
  /** Labels that introduce a photo credit ("Photo: Jane Doe", "Image copyright Reuters", "Image source, AFP"). */
  creditLabels: ["Photo", "Photos", "Image", "Picture", "Credit", "Photograph", "Image copyright", "Image source", "Source", "Copyright"],
  /** Labels that introduce a caption ("Image caption A crowd gathers ..."). */
  captionLabels: ["Image caption", "Caption", "Media caption", "Photo caption"],
  /** Byline openings ("By Jane Doe"); the rest must look like names. */
  bylinePrefixes: ["By", "Written by", "Reporting by", "Words by"],
  /** Words allowed inside a byline besides names ("By Jane Doe and Tom Roe, BBC News"). */
  bylineJoiners: ["and", "of", "in", "de", "van", "von", "the", "&"],
  /** Conjunctions between the names of a byline. */
  bylineConjunctions: ["and", "&"],
  /** English headlines are title-cased, so capitalisation cannot split a glued kicker from the title: none. */
  titleOpeners: [] as string[],
  /** Agency and photo-agency names recognised in credits ("(Reuters)", "MOSCOW (AP) -", "(IHA)"). */
  agencies: [
    "Reuters", "AP", "AFP", "Associated Press", "Agence France-Presse", "dpa", "Bloomberg", "UPI", "EFE", "ANSA", "Xinhua",
    "TASS", "Tass", "Interfax", "Kyodo", "Yonhap", "PTI", "IANS", "AAP", "Anadolu", "IHA", "DHA", "IRNA", "WAFA", "KCNA",
    "SANA", "Getty Images", "EPA", "EPA-EFE", "REUTERS", "Shutterstock", "PA", "PA Media", "CNA", "Ukrinform", "PAP",
    "Sputnik", "RIA Novosti", "Belga", "ANP", "Lusa", "NTB",
  ],
  /** Openings of a closing source note ("Additional reporting by ...", "Reporting by ...; Editing by ..."). */
  creditLinePrefixes: ["Additional reporting by", "Reporting by", "With reporting from", "With reporting by", "Writing by", "Editing by", "Compiled by", "Source:", "Sources:", "Material from"],
  /** Word before a date inside an agency credit. */
  creditDateLabels: ["updated", "as of"],
};
