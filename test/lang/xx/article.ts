// Xish article-layout cues: function words for detection, the update line ("Novigat: 5 marvo 2024"), months.
import type { ArticleData } from "../../../src/lang/types.js";

/** Month names -> month number; every Xish month ends in "-vo" ("marvo" = March). */
export const months: Record<string, number> = {
  jenvo: 1, febvo: 2, marvo: 3, aprivo: 4, majvo: 5, junvo: 6, julvo: 7, agvo: 8, sepvo: 9, oktvo: 10, novvo: 11, decvo: 12,
};

const article: ArticleData = {
  /** Function words, none shared with German or English ("lo" = the, "ek" = and, "ilu" = in). */
  functionWords: ["lo", "ek", "ilu", "dal", "ko", "sa", "ke", "nu", "vo", "va", "voi", "pra", "dez", "fer", "tis", "ki", "mai"],
  updatedLabels: ["Novigat"],
  publishedLabels: ["Publikat"],
  timeConnectors: ["je"],
  defaultTimezone: null,
  months,
  numericDateOrder: "dmy",
  embedLabels: ["Filmo"],
  broadcastCues: ["Tis raporto elsendat"],
  creditLabels: ["Foto"],
  captionLabels: ["Bildoteksto"],
  bylinePrefixes: ["Pra"],
  bylineJoiners: ["ek"],
  bylineConjunctions: ["ek"],
  titleOpeners: [],
  agencies: ["Xapress"],
  creditLinePrefixes: ["Kun materialo dez"],
  creditDateLabels: ["novigat"],
};
export default article;
