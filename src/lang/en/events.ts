// English cue lexicon for coding reported happenings with ACLED event types.
// Same structure as src/lang/de/events.ts.
export default {
  cues: [
    {
      type: "Protests", subType: "Peaceful protest", weight: 1,
      prefixes: ["protest", "demonstration", "rally", "rallies", "rallied", "rallying", "sit-in", "marchers", "marched", "vigil", "walkout"],
      words: ["demonstrated", "demonstrating", "demonstrate"],
      phrases: ["took to the streets", "take to the streets", "general strike", "went on strike", "on strike"],
    },
    {
      // police means against a crowd: a demonstration took place
      type: "Protests", subType: "Protest with intervention", weight: 0.5,
      prefixes: ["rubber bullet"],
      words: [],
      phrases: ["tear gas", "teargas", "water cannon", "water cannons", "rubber bullets"],
    },
    {
      // demonstrators using force: a riot
      type: "Riots", subType: "Violent demonstration", weight: 1,
      prefixes: ["stone-throw", "rock-throw"],
      words: ["pelted"],
      phrases: ["threw stones", "hurled stones", "threw rocks", "hurled rocks", "threw bottles", "hurled bottles", "set fire to"],
    },
    {
      type: "Riots", subType: "Violent demonstration", weight: 1,
      prefixes: ["riot", "looting", "looted", "looters", "rampag", "molotov", "unrest", "vandali", "firebomb"],
      words: [],
      phrases: ["violent protests", "violent protest", "violent clashes"],
    },
    {
      // says of the protest named in the same sentence that it became a riot
      type: "Riots", subType: "Violent demonstration", weight: 1, absorbsProtest: true,
      prefixes: [],
      words: [],
      phrases: ["turned violent", "turn violent", "turns violent", "turning violent"],
    },
    {
      type: "Battles", subType: "Armed clash", weight: 1,
      prefixes: ["gunfight", "counteroffensive", "counter-offensive", "ground offensive"],
      words: ["firefight", "firefights"],
      phrases: ["heavy fighting", "fierce fighting", "intense fighting", "armed clashes", "gun battle", "exchange of fire", "exchanged fire"],
    },
    {
      type: "Battles", subType: "Armed clash", weight: 0.5,
      prefixes: [],
      words: ["fighting", "offensive", "battles"],
      phrases: [],
    },
    {
      type: "Explosions/Remote violence", subType: "Air/drone strike", weight: 1,
      prefixes: ["airstrike", "air-strike", "bombard", "warplane"],
      words: [],
      phrases: ["air strike", "air strikes", "air raid", "air raids", "drone strike", "drone strikes", "drone attack", "drone attacks"],
    },
    {
      type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", weight: 1,
      prefixes: ["shelling", "shelled"],
      words: [],
      phrases: ["missile strike", "missile strikes", "missile attack", "rocket attack", "rocket fire", "artillery fire", "mortar fire"],
    },
    {
      type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", weight: 1,
      prefixes: ["bombing", "landmine"],
      words: ["ied", "ieds"],
      phrases: ["car bomb", "roadside bomb", "suicide bomber", "suicide bombing", "suicide attack"],
    },
    {
      type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", weight: 0.5,
      prefixes: ["explosion", "blast"],
      words: ["exploded", "rockets", "missiles", "drones", "shells"],
      phrases: [],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 1,
      prefixes: ["massacre", "abduct", "kidnap", "lynch", "tortur"],
      words: [],
      phrases: [],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 1,
      prefixes: ["stabbing", "knife attack", "gun attack", "terror attack", "terrorist attack", "assassinat"],
      words: [],
      phrases: ["opened fire on", "mass shooting", "shooting spree"],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 0.5,
      prefixes: [],
      words: ["shooting", "executed", "execution", "executions"],
      phrases: [],
    },
    {
      type: "Strategic developments", subType: "Arrests", group: "arrest", weight: 1, requiresPerson: true,
      prefixes: ["arrested", "detained", "detention"],
      words: ["arrest"],
      phrases: [],
    },
    {
      type: "Strategic developments", subType: "Other", group: "emergency", weight: 1,
      prefixes: ["curfew", "shoot-to-kill"],
      words: [],
      phrases: ["state of emergency", "martial law", "shoot to kill", "ban on protests", "ban on rallies"],
    },
    {
      type: "Strategic developments", subType: "Agreement", group: "agreement", weight: 1,
      prefixes: ["ceasefire", "cease-fire", "truce", "armistice"],
      words: [],
      phrases: ["peace deal", "peace agreement", "peace accord"],
    },
    {
      type: "Strategic developments", subType: "Other", group: "disaster", weight: 1,
      prefixes: ["earthquake", "quake", "tsunami", "hurricane", "typhoon", "cyclone", "landslide", "wildfire", "mudslide"],
      words: ["flood", "floods", "flooding", "eruption"],
      phrases: [],
    },
  ],
  pairs: [
    {
      type: "Strategic developments", subType: "Other", group: "suspension", weight: 1,
      verbs: ["suspend", "halt", "freez", "froze", "frozen", "broke off", "break off", "stopp", "stops", "stop", "cut off", "pause"],
      nouns: ["talks", "negotiations", "accession", "exports", "arms sales", "deliveries", "cooperation", "aid", "relations"],
    },
    {
      // an attack whose target is unarmed people or their places: violence against civilians
      type: "Violence against civilians", subType: "Attack", weight: 1,
      unless: ["Explosions/Remote violence", "Battles"],
      verbs: ["attack", "raid", "stormed", "ambush", "gunmen"],
      nouns: ["civilians", "villagers", "village", "villages", "displaced", "refugees", "refugee camp", "worshippers", "church", "mosque", "school", "hospital", "wedding", "funeral", "passers-by", "farmers"],
    },
    {
      // a "strike" that kills or wounds is a military strike, not a walkout
      type: "Explosions/Remote violence", subType: "Air/drone strike", weight: 1,
      verbs: ["kill", "wound"],
      nouns: ["strike", "strikes"],
    },
  ],
  exclude: ["protesters", "protester", "protestors", "protestor", "riot police", "riot gear", "riot squad", "riot-control", "protestant", "protestants", "riot shields", "right to protest"],
  hypothetical: ["would", "could", "might", "if", "threatened", "threatens", "threaten", "planned", "plans", "planning", "upcoming", "vowed"],
  /** A strategic cue right after these (and an article) is a goal: "for a ceasefire". */
  goalMarkers: ["for"],
  articles: ["a", "an", "the"],
  /** Calls, demands and efforts: a strategic development that has not happened ("calls for a ceasefire"). */
  requests: ["efforts", "effort", "called for", "calls for", "call for", "urged", "urges", "urging", "demand", "demanded", "demands", "demanding", "seek", "seeking", "sought", "pressing for", "pressed for", "push for", "pushed for", "talks on", "talks about", "hopes"],
  actors: {
    prefixes: ["police", "security forces", "troops", "soldiers", "army", "military", "militia", "rebels", "protesters", "protestors", "demonstrators", "activists", "students", "insurgents", "militants", "gunmen", "fighters", "riot police", "national guard", "warplane", "law enforcement"],
  },
  actorCountries: { "white house": "US", pentagon: "US", kremlin: "RU", "downing street": "GB", whitehall: "GB", bundestag: "DE" } as Record<string, string>,
};
