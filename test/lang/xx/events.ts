// Xish event cues: a protest ("klamoro"), a riot ("tumulto"), an air strike ("aerbato"), a ceasefire ("pafpaŭzo").
import type { EventData } from "../../../src/lang/types.js";

const events: EventData = {
  cues: [
    { type: "Protests", subType: "Peaceful protest", weight: 1, prefixes: ["klamor", "manifestaci"], words: ["marŝis"], phrases: [] },
    { type: "Riots", subType: "Violent demonstration", weight: 1, prefixes: ["tumult"], words: [], phrases: [] },
    { type: "Explosions/Remote violence", subType: "Air/drone strike", weight: 1, prefixes: ["aerbat"], words: [], phrases: [] },
    { type: "Strategic developments", subType: "Agreement", group: "agreement", weight: 1, prefixes: ["pafpaŭz"], words: [], phrases: [] },
  ],
  headEndings: [],
  pairs: [],
  exclude: ["klamoranto", "klamorantoj"],
  hypothetical: ["volus", "eble"],
  goalMarkers: ["fer"],
  articles: ["lo", "un"],
  requests: ["postulis"],
  actors: { prefixes: ["polizio", "klamorantoj", "soldatoj"] },
  actorCountries: {},
};
export default events;
