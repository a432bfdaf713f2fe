// Xish cross-article knowledge: negations ("nu" = not) and function words left out of claim comparison.
import type { SituationData } from "../../../src/lang/types.js";

const situation: SituationData = {
  negations: ["nu", "neniam"],
  stopwords: ["lo", "un", "ek", "ilu", "dal", "ko", "sa", "es", "ke", "pra", "dez", "ta", "fer"],
  denials: ["neg"],
};
export default situation;
