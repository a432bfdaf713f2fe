// German tokenisation and sentence-splitting knowledge.
export default {
  /** Abbreviations that keep their final period (compared case-sensitively, without the period). */
  abbreviations: [
    "Dr", "Prof", "Nr", "bzw", "ca", "vgl", "Mio", "Mrd", "Tsd", "Str", "St", "Abs", "Art", "Bd", "Hr", "Fr", "Hrsg",
    "z.B", "z. B", "u.a", "d.h", "u.a.m", "o.ä", "s.o", "s.u", "v.a", "i.d.R", "z.T", "u.U", "v.Chr", "n.Chr",
    "Jh", "Jhd", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez",
    "Mo", "Di", "Mi", "Do", "Sa", "So", "inkl", "exkl", "evtl", "ggf", "sog", "usw", "etc", "bzgl", "gem", "geb",
    "gest", "Min", "Std", "Sek", "km", "Kap", "Tel", "Abt", "Dipl", "Ing", "Mag", "Gen", "Oberst", "Lt", "Kpt", "Hl",
    "einschl", "zzgl", "rd", "Ziff", "Anm", "Verf", "Red", "Bsp", "betr", "Pkt", "Rep", "Reg",
  ],
  /** Multi-part abbreviations written with inner spaces ("z. B."): token sequences joined into one token. */
  spacedAbbreviations: ["z. B.", "d. h.", "u. a.", "v. a.", "s. o.", "s. u.", "o. ä.", "u. U.", "z. T.", "i. d. R."],
  /** Words after which "<number>." is an ordinal, not the end of a sentence (month names, etc.). */
  ordinalFollowers: [
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
    "Jahrhundert", "Jahrhunderts", "Jahrestag", "Platz", "Mal", "Stock", "Runde", "Etage", "Tag", "Woche", "Ausgabe",
  ],
  /** Clitics split off word ends (none in German). */
  clitics: [] as string[],
};
