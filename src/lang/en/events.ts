// English cue lexicon for coding reported happenings with ACLED event types.
// Same structure as src/lang/de/events.ts.
export default {
  cues: [
    {
      type: "Protests", subType: "Peaceful protest", weight: 1,
      prefixes: ["protest", "demonstration", "rally", "rallies", "rallied", "rallying", "sit-in", "vigil", "walkout", "hunger strike"],
      words: ["demonstrated", "demonstrating", "demonstrate"],
      phrases: ["took to the streets", "take to the streets", "general strike", "went on strike", "on strike", "human chain"],
    },
    {
      // a march: troops or fighters who march are no protesters
      type: "Protests", subType: "Peaceful protest", weight: 1,
      prefixes: ["marchers"],
      words: ["marched", "march", "marching"],
      phrases: [],
      byRole: [{ role: "military", before: 6, drop: true }, { role: "rebels", before: 6, drop: true }, { role: "protesters", weight: 1 }, { role: "civilians", weight: 1 }, { role: "military", drop: true }],
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
      prefixes: ["stone-throw", "rock-throw", "molotov", "firebomb"],
      words: ["pelted", "torched"],
      phrases: ["threw stones", "hurled stones", "threw rocks", "hurled rocks", "threw bottles", "hurled bottles", "set fire to", "set on fire", "set ablaze", "burned cars", "smashed windows"],
      // gunmen who set fire attack people; soldiers who do are no demonstrators
      byRole: [{ role: "rebels", type: "Violence against civilians", subType: "Attack" }, { role: "military", drop: true }],
    },
    {
      // a crowd storming a building: a riot; armed men or the police storming is another matter
      type: "Riots", subType: "Violent demonstration", weight: 1,
      prefixes: [],
      words: ["stormed", "storming", "storm"],
      phrases: [],
      byRole: [
        { role: "protesters", before: 8 },
        { role: "rebels", drop: true },
        { role: "military", drop: true },
        { role: "police", type: "Protests", subType: "Protest with intervention", weight: 0.5 },
        { role: "civilians", drop: true },
      ],
    },
    {
      // clashes: the parties decide (protesters or police: a riot; soldiers or rebels: a battle)
      type: "Battles", subType: "Armed clash", weight: 1,
      prefixes: [],
      words: ["clashes", "clashed", "clash", "skirmishes", "skirmish"],
      phrases: [],
      byRole: [
        { role: "protesters", type: "Riots", subType: "Violent demonstration" },
        { role: "police", type: "Riots", subType: "Violent demonstration" },
      ],
    },
    {
      // protesters battling police: a riot
      type: "Riots", subType: "Violent demonstration", weight: 1,
      prefixes: [],
      words: ["battling", "battled"],
      phrases: [],
      byRole: [{ role: "police", after: 3 }, { role: "protesters", before: 10 }, { role: "military", type: "Battles", subType: "Armed clash" }, { role: "rebels", type: "Battles", subType: "Armed clash" }, { role: "civilians", drop: true }],
    },
    {
      type: "Riots", subType: "Violent demonstration", weight: 1,
      prefixes: ["riot", "looting", "looted", "looters", "rampag", "unrest", "vandali"],
      words: [],
      phrases: ["violent protests", "violent protest", "violent demonstrations"],
    },
    {
      // a lynch mob: mob violence
      type: "Riots", subType: "Mob violence", weight: 1,
      prefixes: ["lynch", "vigilante"],
      words: ["mob", "mobs"],
      phrases: ["mob justice", "mob violence"],
    },
    {
      // says of the protest named in the same sentence that it became a riot
      type: "Riots", subType: "Violent demonstration", weight: 1, absorbsProtest: true,
      prefixes: [],
      words: [],
      phrases: ["turned violent", "turn violent", "turns violent", "turning violent", "became violent", "become violent", "turned deadly"],
    },
    {
      type: "Battles", subType: "Armed clash", weight: 1,
      prefixes: ["gunfight", "counteroffensive", "counter-offensive", "ground offensive"],
      words: ["firefight", "firefights"],
      phrases: ["heavy fighting", "fierce fighting", "intense fighting", "armed clashes", "armed clash", "gun battle", "gun battles", "exchange of fire", "exchanged fire", "exchanges of fire", "armed conflict", "line of contact", "violent clashes", "deadly clashes", "fought"],
    },
    {
      // an ambush: of soldiers a battle, of villagers an attack on civilians
      type: "Battles", subType: "Armed clash", weight: 1,
      prefixes: ["ambush"],
      words: [],
      phrases: [],
      byRole: [{ role: "civilians", after: 8, type: "Violence against civilians", subType: "Attack" }],
    },
    {
      // a town taken: a battle over territory
      type: "Battles", subType: "Non-state actor overtakes territory", weight: 1,
      prefixes: [],
      words: [],
      phrases: ["seized control of", "took control of", "taken control of", "captured the town", "captured the city", "overran", "took over the city", "took over the town"],
      byRole: [{ role: "military", before: 6, subType: "Government regains territory" }],
    },
    {
      type: "Battles", subType: "Government regains territory", weight: 1,
      prefixes: ["recaptur"],
      words: ["retook", "retaken"],
      phrases: [],
    },
    {
      type: "Battles", subType: "Armed clash", weight: 0.5,
      prefixes: [],
      words: ["fighting", "offensive", "battles", "fighters"],
      phrases: [],
    },
    {
      type: "Explosions/Remote violence", subType: "Air/drone strike", weight: 1,
      prefixes: ["airstrike", "air-strike", "bombard", "warplane", "fighter jet"],
      words: ["uavs"],
      phrases: ["air strike", "air strikes", "air raid", "air raids", "drone strike", "drone strikes", "drone attack", "drone attacks", "suicide drones", "kamikaze drones", "combat uavs", "combat aviation", "air force", "barrel bombs", "barrel bomb"],
    },
    {
      type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", weight: 1,
      prefixes: ["shelling", "shelled", "rocket-artillery"],
      words: ["artillery", "mortars", "mortar"],
      phrases: ["missile strike", "missile strikes", "missile attack", "missile attacks", "rocket attack", "rocket attacks", "rocket fire", "artillery fire", "mortar fire", "fired rockets", "fired missiles", "ballistic missile", "ballistic missiles", "cruise missiles", "cross-border fire"],
    },
    {
      type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", weight: 1,
      prefixes: ["bombing", "landmine"],
      words: ["ied", "ieds"],
      phrases: ["car bomb", "roadside bomb", "explosive device", "explosive devices", "bomb exploded", "bomb blast"],
    },
    {
      type: "Explosions/Remote violence", subType: "Suicide bomb", weight: 1,
      prefixes: ["suicide bomb"],
      words: [],
      phrases: ["suicide attack", "suicide attacks", "suicide vest", "blew himself up", "blew herself up", "detonated his explosives", "suicide car bomb"],
    },
    {
      type: "Explosions/Remote violence", subType: "Grenade", weight: 1,
      prefixes: ["grenade"],
      words: [],
      phrases: [],
      // stun grenades against a crowd are police means
      byRole: [{ role: "police", type: "Protests", subType: "Protest with intervention", weight: 0.5 }, { role: "protesters", type: "Protests", subType: "Protest with intervention", weight: 0.5 }],
    },
    {
      type: "Explosions/Remote violence", subType: "Chemical weapon", weight: 1,
      prefixes: [],
      words: ["sarin"],
      phrases: ["chemical weapons", "chemical weapon", "chemical attack", "chlorine gas", "nerve agent", "poison gas"],
    },
    {
      type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", weight: 0.5,
      prefixes: ["explosion", "blast"],
      words: ["exploded", "rockets", "missiles", "drones", "shells"],
      phrases: [],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 1,
      prefixes: ["massacre", "tortur", "behead"],
      words: [],
      phrases: ["hacked to death"],
    },
    {
      type: "Violence against civilians", subType: "Abduction/forced disappearance", weight: 1,
      prefixes: ["abduct", "kidnap"],
      words: [],
      phrases: ["taken hostage", "took hostage", "held hostage", "forcibly disappeared", "enforced disappearance", "enforced disappearances", "hostage-taking"],
    },
    {
      type: "Violence against civilians", subType: "Sexual violence", weight: 1,
      prefixes: ["rape", "gang-rape", "sexual violence", "sexually assault", "sexual assault"],
      words: ["raping"],
      phrases: [],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 1,
      prefixes: ["stabbing", "knife attack", "gun attack", "terror attack", "terrorist attack", "assassinat"],
      words: [],
      phrases: ["opened fire on", "mass shooting", "shooting spree"],
      // fire opened on demonstrators: excessive force against a protest
      byRole: [{ role: "protesters", after: 5, type: "Protests", subType: "Excessive force against protesters" }],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 0.5,
      prefixes: [],
      words: ["shooting", "executed", "execution", "executions"],
      phrases: ["shot dead"],
      // protesters shot dead: excessive force against a protest
      byRole: [{ role: "protesters", type: "Protests", subType: "Excessive force against protesters", weight: 1 }],
    },
    {
      type: "Strategic developments", subType: "Arrests", group: "arrest", weight: 1, requiresPerson: true,
      prefixes: ["arrested", "detained", "detention"],
      words: ["arrest", "arrests"],
      phrases: ["taken into custody", "rounded up"],
    },
    {
      type: "Strategic developments", subType: "Other", group: "emergency", weight: 1,
      prefixes: ["curfew", "shoot-to-kill"],
      words: [],
      phrases: ["state of emergency", "martial law", "shoot to kill", "ban on protests", "ban on rallies", "emergency rule", "banned all rallies", "banned protests"],
    },
    {
      type: "Strategic developments", subType: "Other", group: "internet", weight: 1,
      prefixes: ["internet shutdown", "internet blackout"],
      words: [],
      phrases: ["internet outage", "internet outages", "internet restrictions", "restrictions on the internet", "cut off the internet", "shut down the internet"],
    },
    {
      type: "Strategic developments", subType: "Change to group/activity", group: "coup", weight: 1,
      prefixes: ["coup", "mutin", "putsch"],
      words: [],
      phrases: ["seized power", "seize power", "armed rebellion"],
    },
    {
      type: "Strategic developments", subType: "Other", group: "release", weight: 1,
      prefixes: ["pardon", "amnesty"],
      words: ["freed", "released"],
      phrases: ["set free"],
      byRole: [{ role: "protesters", drop: true }],
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
      type: "Strategic developments", subType: "Other", group: "internet", weight: 1,
      verbs: ["block", "restrict", "cut", "shut", "throttl", "suspend"],
      nouns: ["internet", "instagram", "whatsapp", "telegram", "facebook", "social media", "mobile data", "mobile internet"],
    },
    {
      // troops sent in: a deployment
      type: "Strategic developments", subType: "Other", group: "deployment", weight: 1,
      verbs: ["deploy", "dispatch", "sent in", "sends in", "mobilis", "mobiliz", "called in", "calls in", "stationed"],
      nouns: ["troops", "army", "soldiers", "military", "national guard", "forces", "peacekeepers", "tanks"],
      unless: ["Battles", "Explosions/Remote violence"],
    },
    {
      // troops pulled out, an advance halted
      type: "Strategic developments", subType: "Other", group: "withdrawal", weight: 1,
      verbs: ["withdr", "pull out", "pulled out", "pulling out", "pullout", "halted", "halts", "turned back", "turn back"],
      nouns: ["troops", "soldiers", "forces", "mission", "columns", "advance", "peacekeepers"],
    },
    {
      // an election annulled
      type: "Strategic developments", subType: "Other", group: "election", weight: 1,
      verbs: ["annul", "invalidat", "overturn", "nullif"],
      nouns: ["election", "elections", "vote", "results", "result", "ballot"],
    },
    {
      // a law passed
      type: "Strategic developments", subType: "Other", group: "legislation", weight: 1,
      verbs: ["passed", "approved", "adopted", "passes", "approves", "first reading", "second reading", "third reading"],
      nouns: ["bill", "law", "amendment", "amendments", "legislation"],
    },
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
  exclude: ["protesters", "protester", "protestors", "protestor", "riot police", "riot gear", "riot squad", "riot-control", "protestant", "protestants", "riot shields", "right to protest", "later released", "since been released", "were released", "released on bail", "released a statement", "released a video", "released footage", "released figures", "released data", "released a report", "armed conflict location", "violated the ceasefire", "violating the ceasefire", "violation of the ceasefire", "violations of the ceasefire", "ceasefire violation", "broke the ceasefire"],
  hypothetical: ["would", "could", "might", "threatened", "threatens", "threaten", "plans", "planning", "vowed", "vows", "will"],
  /** Announcements: a protest or attack announced has not happened; a strategic development is one ("called for new protests"). */
  announcements: ["called for", "calls for", "call for"],
  /** Words that join two cues into one phrase ("protests and riots"): what holds for the first holds for the second. */
  coordinators: ["and", "or"],
  /** Attributes that make only the noun phrase after them hypothetical: "the planned rally", not "protests against the planned reform". */
  hypotheticalAttributes: ["planned", "upcoming", "possible", "potential"],
  /** A cue right behind these happened before the sentence's time ("after a massacre"): only a day right behind the cue dates it. */
  priorMarkers: ["after", "following", "since"],
  /** A sentence under these conditions supposes all it says. */
  conditionals: ["if", "unless"],
  /** A strategic cue right after these (and an article) is a goal: "for a ceasefire". */
  goalMarkers: ["for"],
  articles: ["a", "an", "the"],
  /** Calls, demands and efforts: a strategic development that has not happened ("calls for a ceasefire"). */
  requests: ["efforts", "effort", "called for", "calls for", "call for", "urged", "urges", "urging", "demand", "demanded", "demands", "demanding", "seek", "seeking", "sought", "pressing for", "pressed for", "push for", "pushed for", "talks on", "talks about", "hopes"],
  actors: {
    prefixes: ["police", "security forces", "troops", "soldiers", "army", "military", "militia", "rebels", "protesters", "protestors", "demonstrators", "activists", "students", "insurgents", "militants", "gunmen", "fighters", "riot police", "national guard", "warplane", "law enforcement"],
  },
  /** Words that name an actor of each role: they decide between event types ("clashes" of protesters: a riot). */
  roles: {
    protesters: ["protest", "demonstrat", "rioters", "students", "activists", "marchers", "opposition supporters", "crowd", "crowds", "rally", "rallies"],
    police: ["police", "riot police", "policemen", "officers", "law enforcement"],
    military: ["troops", "soldiers", "army", "military", "armed forces", "security forces", "government forces", "national guard", "border guards", "gendarmes", "military base", "checkpoint", "convoy", "units"],
    rebels: ["rebel", "militant", "insurgent", "militia", "jihadist", "islamist", "terrorist", "gunmen", "gunman", "fighters", "attackers", "gangs", "gang members", "extremists", "mercenaries"],
    civilians: ["civilian", "villagers", "residents", "inhabitants", "refugees", "displaced", "worshippers", "passers-by", "farmers", "women", "children", "families"],
  } as Record<string, string[]>,
  actorCountries: { "white house": "US", pentagon: "US", kremlin: "RU", "downing street": "GB", whitehall: "GB", bundestag: "DE" } as Record<string, string>,
};
