// Xish tokenisation knowledge: a few abbreviations that keep their period ("nr. 5", "ktp.").
import type { TokenData } from "../../../src/lang/types.js";

const tokens: TokenData = {
  abbreviations: ["nr", "ktp", "prof"],
  spacedAbbreviations: [],
  ordinalFollowers: [],
  clitics: [],
};
export default tokens;
