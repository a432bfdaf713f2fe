// English tokenisation and sentence-splitting knowledge.
export default {
  abbreviations: [
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Rep", "Sen", "Gov",
    "Pres", "Rev", "Hon", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "vs", "etc", "approx", "est", "Inc",
    "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Ave", "Blvd", "Rd", "Ft", "fig", "e.g", "i.e", "a.m", "p.m",
    "U.S", "U.K", "U.N", "E.U", "D.C", "L.A", "N.Y",
  ],
  spacedAbbreviations: [] as string[],
  ordinalFollowers: [] as string[],
  /** Clitics split off word ends, longest first ("Belarus's" -> "Belarus" + "'s"). */
  clitics: ["n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"],
};
