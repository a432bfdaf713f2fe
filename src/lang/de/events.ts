// German cue lexicon for coding reported happenings with ACLED event types.
// Words are compared lower-cased: `prefixes` match the start of a word (inflection, compounds),
// `words` whole words, `phrases` word sequences. `weight` < 1 marks weak cues that need support.
// Strategic developments carry a `group`: each group is its own event (an arrest is not a curfew).
export default {
  cues: [
    {
      type: "Protests", subType: "Peaceful protest", weight: 1,
      prefixes: ["protest", "demonstration", "kundgebung", "mahnwache", "sitzblockade", "sitzstreik", "generalstreik", "massenprotest", "protestmarsch", "protestzug", "friedensmarsch"],
      words: ["demonstrierten", "demonstrieren", "demonstriert", "protestierten", "protestieren", "protestiert", "streik", "streiks", "streikten"],
      phrases: ["auf die straße", "auf die straßen"],
      heads: ["kundgebung", "demonstration", "protest", "streik"],
    },
    {
      // police means against a crowd: a demonstration took place
      type: "Protests", subType: "Protest with intervention", weight: 0.5,
      prefixes: ["tränengas", "wasserwerfer", "gummigeschoss"],
      words: [],
      phrases: [],
    },
    {
      type: "Riots", subType: "Violent demonstration", weight: 1,
      prefixes: ["ausschreitung", "krawall", "randale", "randalier", "plünder", "straßenschlacht", "aufruhr", "brandsätze", "molotow"],
      words: ["unruhen"],
      phrases: ["gewaltsame proteste", "gewaltsamen protesten", "gewalttätige proteste", "gewalttätigen protesten"],
      heads: ["krawall", "ausschreitung"],
    },
    {
      // says of the protest named in the same sentence that it became a riot
      type: "Riots", subType: "Violent demonstration", weight: 1, absorbsProtest: true,
      prefixes: [],
      words: [],
      phrases: ["schlugen in gewalt um", "schlug in gewalt um", "in ausschreitungen um"],
    },
    {
      // demonstrators using force: a riot
      type: "Riots", subType: "Violent demonstration", weight: 1,
      prefixes: [],
      words: [],
      phrases: ["mit steinen beworfen", "warfen steine", "warfen mit steinen", "flaschen und steine", "steine und flaschen", "steinewerfer", "steinwürfe"],
    },
    {
      type: "Battles", subType: "Armed clash", weight: 1,
      prefixes: ["gefecht", "kampfhandlung", "feuergefecht", "schusswechsel", "gegenoffensive", "bodenoffensive", "häuserkampf", "frontkämpfe"],
      words: ["kämpfe", "offensive"],
      phrases: ["heftigen kämpfen", "schweren kämpfen", "bei kämpfen", "blutigen kämpfen"],
    },
    {
      type: "Explosions/Remote violence", subType: "Air/drone strike", weight: 1,
      prefixes: ["luftangriff", "luftschl", "bombardier", "bombardement", "drohnenangriff", "drohnenschl", "kampfjet"],
      words: [],
      phrases: [],
    },
    {
      type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", weight: 1,
      prefixes: ["raketenangriff", "raketenbeschuss", "raketeneinschl", "artilleriebeschuss", "artilleriefeuer", "granatenbeschuss", "granatbeschuss", "mörserbeschuss", "beschossen"],
      words: ["beschuss"],
      phrases: [],
    },
    {
      type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", weight: 1,
      prefixes: ["bombenanschlag", "autobombe", "sprengsatz", "sprengstoffanschlag", "selbstmordanschlag", "selbstmordattentat", "landmine"],
      words: [],
      phrases: [],
    },
    {
      type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", weight: 0.5,
      prefixes: ["explosion", "detonation"],
      words: ["explodierte", "explodierten", "raketen", "drohnen", "granaten"],
      phrases: [],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 1,
      prefixes: ["massaker", "hinrichtung", "hingerichtet", "entführung", "gefoltert", "lynchmord", "gelyncht", "ermordung", "exekution", "exekutiert"],
      words: ["entführt", "verschleppt", "ermordet"],
      phrases: [],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 1,
      prefixes: ["messerangriff", "messerattacke", "schusswaffenangriff", "amoklauf", "amokläufer", "terroranschlag", "attentat"],
      words: [],
      phrases: ["das feuer auf"],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 0.5,
      prefixes: ["anschlag", "anschläge"],
      words: [],
      phrases: [],
    },
    {
      type: "Strategic developments", subType: "Arrests", group: "arrest", weight: 1, requiresPerson: true,
      prefixes: ["festgenommen", "verhaftet", "festnahme", "verhaftung", "inhaftiert", "festgesetzt"],
      words: [],
      phrases: [],
    },
    {
      type: "Strategic developments", subType: "Other", group: "emergency", weight: 1,
      prefixes: ["schießbefehl", "ausgangssperre", "ausnahmezustand", "kriegsrecht", "versammlungsverbot", "demonstrationsverbot", "notstand"],
      words: [],
      phrases: ["ohne vorwarnung zu schießen"],
    },
    {
      type: "Strategic developments", subType: "Agreement", group: "agreement", weight: 1,
      prefixes: ["waffenruhe", "waffenstillstand", "feuerpause", "friedensabkommen", "friedensvertrag"],
      words: [],
      phrases: [],
    },
    {
      type: "Strategic developments", subType: "Other", group: "disaster", weight: 1,
      prefixes: ["erdbeben", "nachbeben", "überschwemmung", "hochwasser", "flutkatastrophe", "tsunami", "wirbelsturm", "hurrikan", "taifun", "zyklon", "erdrutsch", "vulkanausbruch", "waldbr"],
      words: ["beben", "flut"],
      phrases: [],
    },
  ],
  /** Inflection endings stripped before a compound head is looked up ("Großkundgebungen"). */
  headEndings: ["en", "e", "n", "s", "es"],
  /** Strategic decisions written as verb + object anywhere in the sentence ("setzt die Gespräche aus"). */
  pairs: [
    {
      type: "Strategic developments", subType: "Other", group: "suspension", weight: 1,
      verbs: ["ausgesetzt", "aussetz", "setzt", "setzte", "gestoppt", "stoppt", "stoppte", "stopp", "eingefroren", "friert", "fror", "abgebrochen", "bricht", "brach", "beendet", "auf eis"],
      nouns: ["gespräche", "verhandlungen", "beitrittsverhandlungen", "beitrittsgespräche", "exporte", "rüstungsexporte", "ausfuhren", "waffenlieferungen", "lieferungen", "zusammenarbeit", "hilfen", "hilfszahlungen", "beziehungen"],
    },
    {
      // an attack whose target is unarmed people or their places: violence against civilians
      type: "Violence against civilians", subType: "Attack", weight: 1,
      unless: ["Explosions/Remote violence", "Battles"],
      verbs: ["angriff", "angegriffen", "angreifer", "überfall", "überfiel", "attackier", "stürmten", "drangen"],
      nouns: ["zivilisten", "zivilistinnen", "zivilbevölkerung", "dorfbewohner", "dorfbewohnern", "dorf", "dörfer", "vertriebene", "vertriebenen", "binnenvertriebene", "binnenvertriebenen", "vertriebenenlager", "flüchtlingslager", "flüchtlinge", "kirche", "moschee", "gläubige", "schule", "krankenhaus", "hochzeit", "trauerfeier", "passanten", "bauern"],
    },
  ],
  /** Phrases that contain a cue word but are no event ("Protestant"). Matched at the cue position; the last word as a prefix. */
  exclude: ["protestant", "protestnote", "demonstrationsrecht", "recht auf friedliche demonstrationen"],
  /** A sentence with these words speaks of what may or would happen, not of what happened. */
  hypothetical: ["würde", "würden", "könnte", "könnten", "drohe", "drohen", "droht", "falls", "sollte", "sollten", "wollen", "will", "plant", "planen", "geplant", "geplante", "geplanten", "angekündigte", "angekündigten"],
  /** A strategic cue right after these (and an article) is a goal: "für einen Waffenstillstand". */
  goalMarkers: ["für"],
  articles: ["einen", "eine", "ein", "den", "die", "das", "eine"],
  /** Calls, demands and efforts: a strategic development that has not happened ("Bemühungen um eine Waffenruhe"). */
  requests: ["bemühungen", "bemüht", "bemühen", "fordert", "forderte", "forderten", "fordern", "forderung", "forderungen", "verlangt", "verlangte", "verlangten", "verlangen", "aufgerufen", "appell", "appellierte", "ruft", "rief", "verhandlungen über", "gespräche über", "hoffnung"],
  /** Who acts: security forces, protesters, armed groups (surface forms are reported as they stand). */
  actors: {
    prefixes: ["polizei", "polizist", "sicherheitskräfte", "sicherheitskräften", "armee", "militär", "soldaten", "truppen", "streitkräfte", "miliz", "rebellen", "demonstranten", "demonstrantinnen", "aktivisten", "studenten", "regierungstruppen", "aufständische", "kämpfer", "terroristen", "angreifer", "sittenpolizei", "bereitschaftspolizei", "nationalgarde", "militärflugzeug", "kampfjet"],
  },
  /** Bodies whose country is known from their name. */
  actorCountries: { bundesregierung: "DE", bundeskanzler: "DE", bundeswehr: "DE", bundestag: "DE", "weiße haus": "US", kreml: "RU" } as Record<string, string>,
};
