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
      prefixes: ["ausschreitung", "krawall", "randale", "randalier", "plünder", "straßenschlacht", "aufruhr"],
      words: ["unruhen"],
      phrases: ["gewaltsame proteste", "gewaltsamen protesten", "gewalttätige proteste", "gewalttätigen protesten"],
      heads: ["krawall", "ausschreitung"],
    },
    {
      // says of the protest named in the same sentence that it became a riot
      type: "Riots", subType: "Violent demonstration", weight: 1, absorbsProtest: true,
      prefixes: [],
      words: [],
      phrases: ["schlugen in gewalt um", "schlug in gewalt um", "in gewalt umschlugen", "in gewalt umschlug", "in gewalt umgeschlagen", "in ausschreitungen um", "eskalierten", "eskalierte"],
    },
    {
      // demonstrators using force: a riot
      type: "Riots", subType: "Violent demonstration", weight: 1,
      prefixes: ["brandsätze", "brandsatz", "molotow"],
      words: [],
      phrases: ["mit steinen beworfen", "warfen steine", "warfen mit steinen", "flaschen und steine", "steine und flaschen", "steinewerfer", "steinwürfe", "steine geworfen", "in brand gesetzt", "in brand gesteckt", "feuer gelegt", "setzten in brand", "steckten in brand"],
      // gunmen who set fire attack people; soldiers who do are no demonstrators
      byRole: [{ role: "rebels", type: "Violence against civilians", subType: "Attack" }, { role: "military", drop: true }],
    },
    {
      // a crowd storming a building: a riot; armed men or the police storming is another matter
      type: "Riots", subType: "Violent demonstration", weight: 1,
      prefixes: [],
      words: ["stürmten", "gestürmt", "stürmte", "erstürmt", "erstürmten"],
      phrases: [],
      byRole: [
        { role: "protesters", before: 8 },
        { role: "rebels", drop: true },
        { role: "military", drop: true },
        { role: "police", type: "Protests", subType: "Protest with intervention", weight: 0.5 },
      ],
    },
    {
      // clashes: the parties decide (protesters or police: a riot; soldiers or rebels: a battle)
      type: "Battles", subType: "Armed clash", weight: 1,
      prefixes: ["zusammenstö", "zusammengestoßen"],
      words: ["stießen zusammen"],
      phrases: ["gewaltsame auseinandersetzungen", "gewaltsamen auseinandersetzungen", "gewalttätige auseinandersetzungen", "gewalttätigen auseinandersetzungen", "blutige auseinandersetzungen", "blutigen auseinandersetzungen"],
      byRole: [
        { role: "protesters", type: "Riots", subType: "Violent demonstration" },
        { role: "police", type: "Riots", subType: "Violent demonstration" },
      ],
    },
    {
      type: "Battles", subType: "Armed clash", weight: 1,
      prefixes: ["gefecht", "kampfhandlung", "feuergefecht", "schusswechsel", "gegenoffensive", "bodenoffensive", "häuserkampf", "frontkämpfe"],
      words: ["kämpfe", "offensive", "kämpften", "gekämpft"],
      phrases: ["heftigen kämpfen", "schweren kämpfen", "bei kämpfen", "blutigen kämpfen", "bewaffneten konflikt", "bewaffneter konflikt", "bewaffneten konflikts", "bewaffnete konflikt", "lieferten sich gefechte"],
    },
    {
      // an ambush: of soldiers a battle, of villagers an attack on civilians
      type: "Battles", subType: "Armed clash", weight: 1,
      prefixes: ["hinterhalt"],
      words: [],
      phrases: [],
      byRole: [{ role: "civilians", after: 8, type: "Violence against civilians", subType: "Attack" }],
    },
    {
      type: "Explosions/Remote violence", subType: "Air/drone strike", weight: 1,
      prefixes: ["luftangriff", "luftschl", "bombardier", "bombardement", "drohnenangriff", "drohnenattacke", "drohnenschl", "kampfjet", "kampfflugzeug", "kamikazedrohne", "kamikaze-drohne"],
      words: [],
      phrases: [],
    },
    {
      type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack", weight: 1,
      prefixes: ["raketenangriff", "raketenbeschuss", "raketeneinschl", "artilleriebeschuss", "artilleriefeuer", "artillerieangriff", "artillerie", "granatenbeschuss", "granatbeschuss", "mörserbeschuss", "mörsergranat", "beschossen", "raketenwerfer", "marschflugkörper"],
      words: ["beschuss"],
      phrases: [],
    },
    {
      type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", weight: 1,
      prefixes: ["bombenanschlag", "autobombe", "sprengsatz", "sprengstoffanschlag", "landmine", "sprengfalle"],
      words: [],
      phrases: [],
    },
    {
      type: "Explosions/Remote violence", subType: "Suicide bomb", weight: 1,
      prefixes: ["selbstmordanschlag", "selbstmordattent", "selbstmordbomber", "sprengstoffgürtel", "sprengstoffweste"],
      words: [],
      phrases: ["sprengte sich in die luft", "sprengte sich"],
    },
    {
      type: "Explosions/Remote violence", subType: "Grenade", weight: 1,
      prefixes: ["handgranate", "granatenangriff", "granatanschlag", "granatenanschlag"],
      words: [],
      phrases: [],
    },
    {
      type: "Explosions/Remote violence", subType: "Chemical weapon", weight: 1,
      prefixes: ["giftgas", "chemiewaffen", "chlorgas", "chemiewaffenangriff"],
      words: [],
      phrases: ["chemischen waffen", "chemische waffen"],
    },
    {
      type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED", weight: 0.5,
      prefixes: ["explosion", "detonation"],
      words: ["explodierte", "explodierten", "raketen", "drohnen", "granaten"],
      phrases: [],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 1,
      prefixes: ["massaker", "hinrichtung", "hingerichtet", "gefoltert", "ermordung", "exekution", "exekutiert"],
      words: ["ermordet"],
      phrases: [],
    },
    {
      type: "Violence against civilians", subType: "Abduction/forced disappearance", weight: 1,
      prefixes: ["entführung", "entführt", "verschleppung", "gekidnappt", "geiselnahme", "verschwindenlassen"],
      words: ["verschleppt", "verschleppten", "entführten"],
      phrases: ["als geiseln genommen", "als geisel genommen", "in geiselhaft"],
    },
    {
      type: "Violence against civilians", subType: "Sexual violence", weight: 1,
      prefixes: ["vergewaltig", "massenvergewaltig"],
      words: [],
      phrases: ["sexuelle gewalt", "sexueller gewalt", "sexualisierte gewalt", "sexualisierter gewalt", "sexuelle übergriffe", "sexuellen übergriffen"],
    },
    {
      // a lynch mob: a riot (mob violence)
      type: "Riots", subType: "Mob violence", weight: 1,
      prefixes: ["lynchmord", "gelyncht", "lynchjustiz", "selbstjustiz"],
      words: ["mob"],
      phrases: [],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 1,
      prefixes: ["messerangriff", "messerattacke", "schusswaffenangriff", "amoklauf", "amokläufer", "terroranschlag", "attentat"],
      words: [],
      phrases: ["das feuer auf"],
      // fire opened on demonstrators: excessive force against a protest
      byRole: [{ role: "protesters", after: 5, type: "Protests", subType: "Excessive force against protesters" }],
    },
    {
      type: "Violence against civilians", subType: "Attack", weight: 0.5,
      prefixes: ["anschlag", "anschläge"],
      words: [],
      phrases: [],
      // an attack on soldiers or police is a battle ("Anschlag auf einen Militärkonvoi")
      byRole: [{ role: "military", after: 6, type: "Battles", subType: "Armed clash", weight: 1 }, { role: "police", after: 6, type: "Battles", subType: "Armed clash", weight: 1 }],
    },
    {
      type: "Strategic developments", subType: "Arrests", group: "arrest", weight: 1, requiresPerson: true,
      prefixes: ["festgenommen", "verhaftet", "festnahme", "verhaftung", "inhaftiert", "festgesetzt"],
      words: [],
      phrases: [],
    },
    {
      type: "Strategic developments", subType: "Other", group: "emergency", weight: 1,
      prefixes: ["schießbefehl", "ausgangssperre", "ausnahmezustand", "kriegsrecht", "versammlungsverbot", "demonstrationsverbot", "notstand", "ausgangsverbot"],
      words: [],
      phrases: ["ohne vorwarnung zu schießen"],
    },
    {
      type: "Strategic developments", subType: "Other", group: "internet", weight: 1,
      prefixes: ["internetsperre", "internetblockade", "internetabschaltung", "internet-sperre", "internet-blockade"],
      words: [],
      phrases: [],
    },
    {
      type: "Strategic developments", subType: "Change to group/activity", group: "coup", weight: 1,
      prefixes: ["putsch", "militärputsch", "staatsstreich", "meuterei", "meuterten"],
      words: [],
      phrases: ["aufstand gegen", "an die macht geputscht", "die macht an sich gerissen", "riss die macht an sich"],
    },
    {
      type: "Strategic developments", subType: "Other", group: "release", weight: 1,
      prefixes: ["freigelassen", "begnadigt", "amnestie", "massenfreilassung"],
      words: ["befreit", "befreiten"],
      phrases: ["aus dem gefängnis", "auf freien fuß"],
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
      type: "Strategic developments", subType: "Other", group: "internet", weight: 1,
      verbs: ["gesperrt", "sperrt", "sperrte", "sperrung", "blockiert", "blockierte", "abgeschaltet", "schaltete", "abgeschnitten", "eingeschränkt", "schränkte", "gedrosselt", "lahmgelegt", "unterbrochen", "einschränkung"],
      nouns: ["internet", "internets", "mobilfunknetz", "mobilfunk", "instagram", "whatsapp", "telegram", "facebook", "soziale medien", "sozialen medien", "sozialer medien", "internetzugang"],
    },
    {
      // troops sent in: a deployment
      type: "Strategic developments", subType: "Other", group: "deployment", weight: 1,
      verbs: ["entsandt", "entsendet", "entsendung", "entsandte", "schickt", "schickte", "geschickt", "stationiert", "stationierung", "verlegt", "mobilisiert", "rückten ein", "marschierten ein", "einmarsch"],
      nouns: ["armee", "truppen", "soldaten", "militär", "nationalgarde", "streitkräfte", "panzer", "friedenstruppen", "militärs"],
      unless: ["Battles", "Explosions/Remote violence"],
    },
    {
      // troops pulled out, an advance halted
      type: "Strategic developments", subType: "Other", group: "withdrawal", weight: 1,
      verbs: ["abgezogen", "abzug", "ziehen ab", "zieht ab", "zog ab", "zogen ab", "rückzug", "zurückgezogen", "gestoppt", "stoppt", "stoppte", "drehen um", "kehren um"],
      nouns: ["truppen", "soldaten", "streitkräfte", "einheiten", "mission", "kolonnen", "vormarsch", "militärmission", "friedenstruppen"],
    },
    {
      // an election annulled
      type: "Strategic developments", subType: "Other", group: "election", weight: 1,
      verbs: ["für ungültig", "annulliert", "annullierte", "annullieren", "aufgehoben"],
      nouns: ["wahl", "wahlergebnis", "wahlergebnisse", "ergebnis", "ergebnisse", "parlamentswahl", "präsidentenwahl", "präsidentschaftswahl", "abstimmung"],
    },
    {
      // a law passed
      type: "Strategic developments", subType: "Other", group: "legislation", weight: 1,
      verbs: ["verabschiedet", "verabschiedete", "verabschiedeten", "gebilligt", "billigte", "in erster lesung", "in zweiter lesung", "in dritter lesung"],
      nouns: ["gesetz", "gesetzentwurf", "gesetzesentwurf", "gesetzesvorhaben", "gesetzespaket", "justizreform", "verfassungsreform", "verfassungsänderung"],
    },
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
  exclude: ["protestant", "protestnote", "demonstrationsrecht", "recht auf friedliche demonstrationen", "wieder freigelassen", "wieder auf freien fuß", "waffenruhe gebrochen", "waffenstillstand gebrochen", "verletzung der waffenruhe", "verletzung des waffenstillstands", "bruch der waffenruhe", "bruch des waffenstillstands"],
  /** A sentence with these words speaks of what may or would happen, not of what happened. */
  hypothetical: ["würde", "würden", "könnte", "könnten", "drohe", "drohen", "droht", "sollte", "sollten", "wollen", "will", "plant", "planen", "geplant"],
  /** Announcements: a protest or attack announced has not happened; a strategic development announced is one ("kündigte den Abzug an"). */
  announcements: ["angekündigt", "kündigte", "kündigten", "kündigt", "ankündigen", "ankündigte"],
  /** Words that join two cues into one phrase ("Proteste und Unruhen"): what holds for the first holds for the second. */
  coordinators: ["und", "oder", "sowie"],
  /** Attributes that make only the noun phrase after them hypothetical: "geplante Proteste", not "Proteste gegen eine geplante Reform". */
  hypotheticalAttributes: ["geplante", "geplanten", "geplanter", "angekündigte", "angekündigten", "angekündigter", "mögliche", "möglichen", "möglicher"],
  /** A day after these belongs to the noun before them: "die Wahl vom 4. Oktober". */
  nounDateMarkers: ["vom"],
  /** A cue right behind these happened before the sentence's time ("after a massacre"): only a day right behind the cue dates it. */
  priorMarkers: ["nach", "infolge", "seit"],
  /** A sentence under these conditions supposes all it says. */
  conditionals: ["falls", "sofern"],
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
  /** Words that name an actor of each role: they decide between event types ("Zusammenstöße" of Demonstranten: a riot). */
  roles: {
    protesters: ["protest", "demonstration", "kundgebung", "demonstrant", "protestierende", "protestler", "randalierer", "regierungsgegner", "oppositionsanhänger", "studenten", "demonstrierende", "aktivisten"],
    police: ["polizei", "polizist", "bereitschaftspolizei", "sittenpolizei", "bereitschaftspolizist"],
    military: ["soldat", "armee", "militär", "truppen", "regierungstruppen", "streitkräfte", "nationalgarde", "grenzschützer", "grenzsoldat", "sicherheitskräfte", "gendarm", "kaserne", "stützpunkt", "einheiten"],
    rebels: ["rebell", "miliz", "aufständische", "dschihadist", "jihadist", "islamist", "terrorist", "bewaffnete", "angreifer", "kämpfer", "banden", "bande", "extremist", "söldner", "attentäter"],
    civilians: ["zivilist", "zivilbevölkerung", "dorfbewohner", "bewohner", "einwohner", "flüchtling", "vertriebene", "gläubige", "passanten", "bauern", "frauen", "kinder"],
  } as Record<string, string[]>,
  actorCountries: { bundesregierung: "DE", bundeskanzler: "DE", bundeswehr: "DE", bundestag: "DE", "weiße haus": "US", kreml: "RU" } as Record<string, string>,
};
