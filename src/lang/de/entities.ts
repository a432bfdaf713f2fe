// German knowledge for named-entity recognition: titles and roles, organisation cue words, agencies,
// media, parties, international organisations, generic descriptions that are not entities.
// Plain data; the algorithms live in src/extract/entities and src/nlp/ner.
export default {
  /** Inflection endings a name may carry (genitive "Kasachstans", "Moskaus"); tried after exact lookup. */
  inflections: ["s", "es", "'"],
  /**
   * Inflected forms of multi-word place names: every word but the last that ends in the first string may end
   * in the second instead ("Demokratische Republik Kongo" -> "der Demokratischen Republik Kongo").
   */
  multiWordInflections: [["e", "en"], ["e", "er"]] as [string, string][],
  /** Endings that make a capitalised word derived from a place an adjective/demonym, not a name (when no exact match). */
  adjectiveEndings: ["isch", "ische", "ischen", "ischer", "isches", "ischem", "er", "erin", "erinnen", "ern"],
  /** Heads of role nouns (matched at the end of a lower-cased word or hyphen compound). */
  titleHeads: [
    "präsident", "präsidentin", "vizepräsident", "premier", "premierminister", "premierministerin", "ministerpräsident",
    "ministerpräsidentin", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin", "minister", "ministerin",
    "staatssekretär", "staatssekretärin", "sprecher", "sprecherin", "chef", "chefin", "generalsekretär", "generalsekretärin",
    "könig", "königin", "prinz", "prinzessin", "papst", "bischof", "kardinal", "senator", "senatorin", "abgeordneter",
    "abgeordnete", "bürgermeister", "bürgermeisterin", "general", "generalin", "oberst", "kommandeur", "kommandant", "anführer",
    "anführerin", "aktivist", "aktivistin", "journalist", "journalistin", "reporter", "reporterin", "korrespondent",
    "korrespondentin", "regierungschef", "regierungschefin", "staatschef", "staatschefin", "machthaber", "diktator",
    "vorsitzender", "vorsitzende", "botschafter", "botschafterin", "gouverneur", "gouverneurin", "richter", "richterin",
    "anwalt", "anwältin", "professor", "professorin", "direktor", "direktorin", "leiter", "leiterin", "führer", "führerin",
    "oppositionsführer", "oppositionsführerin", "politiker", "politikerin", "diplomat", "diplomatin", "beauftragter",
    "beauftragte", "kommissar", "kommissarin", "expertin", "experte", "analyst", "analystin", "autor", "autorin",
    "schriftsteller", "schriftstellerin", "sänger", "sängerin", "trainer", "trainerin", "kandidat", "kandidatin",
    "herausforderer", "herausforderin", "amtskollege", "amtskollegin", "stellvertreter", "stellvertreterin", "pfarrer",
    "ayatollah", "scheich", "emir", "sultan", "zar", "ex-präsident", "studentin", "student", "demonstrantin", "demonstrant",
    "verteidiger", "verteidigerin", "staatsanwalt", "staatsanwältin", "rektor", "rektorin", "mitbegründer", "gründer",
    "gründerin", "parteichef", "parteichefin", "bürgerrechtler", "bürgerrechtlerin", "menschenrechtler", "sprecherinnen", "herrscher", "herrscherin", "militärherrscher", "ombudsfrau", "ombudsmann", "bürgerbeauftragte",
  ],
  /** Forms of address and academic titles directly before a name. */
  honorifics: ["Herr", "Herrn", "Frau", "Dr.", "Prof.", "Sir", "Dame", "Lord", "Scheich", "Mullah"],
  /** Prefixes of role compounds ("Ex-Premier", "Vize-Kanzler"). */
  titlePrefixes: ["ex-", "vize-", "alt-", "ehemaliger", "früherer", "frühere", "ehemalige", "designierter", "designierte", "amtierender", "amtierende", "neuer", "neue"],
  /** Heads of compounds that name an institution by function ("Innenministerium", "Generalstaatsanwaltschaft"). */
  orgHeads: [
    "ministerium", "nachrichtendienst", "nachrichtendienstes", "geheimdienst", "geheimdienstes", "generalstaatsanwaltschaft",
    "bundesanwaltschaft", "verfassungsgericht", "verfassungsgerichts", "gerichtshof", "gerichtshofs", "sicherheitsrat",
    "sicherheitsrats", "menschenrechtsrat", "bundestag", "bundestags", "bundesrat", "bundesrats", "landtag", "zentralbank",
    "notenbank", "bundeswehr", "bundespolizei", "bundeskriminalamt", "verfassungsschutz", "außenamt", "kanzleramt", "weltbank",
    "kommission", "nationalgarde", "revolutionsgarde", "präsidentengarde", "präsidialamt", "bundesamt", "landesamt",
  ],
  /** Heads that make "<Name>-<head>" one organisation ("RSF-Miliz", "CDU-Fraktion"). */
  orgCompoundHeads: [
    "miliz", "partei", "fraktion", "regierung", "ministerium", "außenministerium", "innenministerium", "verteidigungsministerium",
    "justizministerium", "gesundheitsministerium", "finanzministerium", "armee", "militär", "streitkräfte", "polizei",
    "geheimdienst", "kommission", "rat", "agentur", "behörde", "universität", "krankenhaus", "klinik", "gruppe", "bewegung",
    "bündnis", "konzern", "bank", "stiftung", "institut", "komitee", "zeitung", "sender", "mission", "truppen",
  ],
  /** Suffix words that make the preceding capitalised name an organisation ("Amnesty International", "Deutsche Bank"). */
  orgTailWords: [
    "AG", "GmbH", "e.V.", "Partei", "Universität", "Bank", "Stiftung", "Institut", "Zeitung", "Allgemeine", "Post", "Times",
    "Agentur", "Union", "Kommission", "Komitee", "Rat", "Gericht", "Ministerium", "Miliz", "Armee", "Gruppe", "Bewegung",
    "Front", "Liga", "Verband", "Gewerkschaft", "Organisation", "Network", "News", "TV", "International", "Watch",
    "Project", "Service", "Council", "Agency", "Foundation", "Institute", "Party", "Group", "Forces", "Ministry",
  ],
  /** Lower-case words that may join the capitalised words of a name ("Event Data Project", "Bündnis für Frieden"). */
  nameConnectors: ["and", "of", "for", "&", "und", "für"],
  /** Words before a place name that mark it as a location ("Provinz Kurdistan"). */
  /** "am Flughafen Ben Gurion", "im Flüchtlingslager Dschenin": a kind of place before the name (not a tagger feature, unlike locationHeads). */
  placeKindNouns: ["Flughafen", "Flüchtlingslager", "Vertriebenenlager"],
  locationHeads: ["Provinz", "Region", "Stadt", "Hauptstadt", "Bezirk", "Stadtteil", "Bundesland", "Bundesstaat", "Kanton", "Landkreis", "Kreis", "Republik", "Insel", "Hafenstadt", "Grenzstadt", "Dorf", "Ort", "Gemeinde", "Metropole", "Stadtteilen", "Stadtteile", "Städten", "Dörfern", "Provinzen", "Regionen", "Bezirken", "Vierteln"],
  /** Heads that make "<Name>-<head>" a place ("Qouro-Markt" style, "Maidan-Platz"). */
  locationCompoundHeads: ["markt", "platz", "straße", "strasse", "brücke", "viertel", "gebiet", "region", "provinz", "tal", "see", "insel", "halbinsel", "gebirge", "grenze", "flughafen", "bahnhof", "hafen"],
  /** News agencies, broadcasters, newspapers, online platforms (organisations). */
  media: [
    "dpa", "Deutsche Presse-Agentur", "AFP", "Agence France-Presse", "Reuters", "AP", "Associated Press", "Tass", "TASS",
    "Interfax", "RIA Nowosti", "Ria Nowosti", "Xinhua", "Kyodo", "Anadolu", "IRNA", "ANSA", "EFE", "KNA", "epd", "SID", "Bloomberg",
    "tagesschau", "Tagesschau", "tagesschau.de", "tagesthemen", "ARD", "ZDF", "Deutschlandfunk", "DLF", "DW", "Deutsche Welle",
    "BBC", "CNN", "Al Jazeera", "Al-Dschasira", "Al Arabiya", "Fox News", "NBC", "CBS", "ABC", "Sky News", "Euronews", "RT",
    "New York Times", "Washington Post", "Wall Street Journal", "Guardian", "Financial Times", "Le Monde", "Der Spiegel", "SPIEGEL", "FAZ", "Frankfurter Allgemeine", "Frankfurter Allgemeine Zeitung",
    "Süddeutsche Zeitung", "SZ", "Tagesspiegel", "taz", "Handelsblatt", "NZZ", "Neue Zürcher Zeitung",
    "ORF", "SRF", "MDR", "NDR", "WDR", "BR", "SWR", "RBB", "HR", "domradio", "domradio.de", "Twitter", "Facebook", "Instagram",
    "Telegram", "YouTube", "TikTok", "WhatsApp", "Google", "Apple", "Microsoft", "Amazon",
    // regionale und beobachtende Medien, die Konfliktberichte zitieren
    "Meduza", "Mediazona", "Nowaja Gaseta", "Kommersant", "Radio Free Europe", "Radio Liberty", "Radio Swoboda", "RFE/RL",
    "Voice of America", "Haaretz", "Times of Israel", "Kyiv Independent", "Ukrainska Prawda", "Tasnim", "Belta", "Tengrinews",
    "Azattyq", "Yonhap", "KCNA", "SANA", "WAFA", "France 24", "Al-Monitor",
  ],
  /** International and supranational organisations, alliances, armed groups. */
  organizations: [
    "NATO", "Nato", "UN", "UNO", "Uno", "Vereinte Nationen", "Vereinten Nationen", "EU", "Europäische Union", "Europäischen Union",
    "OSZE", "WHO", "IWF", "Weltbank", "UNHCR", "UNICEF", "Unicef", "IAEA", "IAEO", "WFP", "Welternährungsprogramm", "Rotes Kreuz",
    "Roten Kreuz", "Roten Kreuzes", "Rote Kreuz", "IKRK", "Roter Halbmond", "Roten Halbmond", "Amnesty International", "Amnesty",
    "Human Rights Watch", "Ärzte ohne Grenzen", "Reporter ohne Grenzen", "Interpol", "Europol", "Frontex", "G7", "G20", "OPEC",
    "Opec", "ASEAN", "Afrikanische Union", "Afrikanischen Union", "Arabische Liga", "Arabischen Liga", "OVKS", "GUS", "Europarat",
    "EU-Kommission", "Europäische Kommission", "Europäischen Kommission", "Europaparlament", "Europäisches Parlament",
    "Europäischen Parlament", "UN-Sicherheitsrat", "Weltsicherheitsrat", "Internationaler Strafgerichtshof",
    "Internationalen Strafgerichtshof", "Hamas", "Hisbollah", "Taliban", "IS", "Al-Kaida", "Al-Schabaab", "Boko Haram",
    "Wagner", "Wagner-Gruppe", "Pentagon", "Kreml", "Weißes Haus", "Weißen Haus", "Bundesregierung", "Bundeswehr",
    "Bundestag", "Bundesrat", "Bundesverfassungsgericht", "Auswärtiges Amt", "Auswärtigen Amt", "Auswärtigen Amtes",
    "Kongress", "Senat", "Duma", "Knesset", "Bundesnachrichtendienst", "BND", "FBI", "CIA", "KGB", "FSB", "Mossad",
    // bewaffnete Gruppen
    "Daesh", "Huthi", "Huthis", "Huthi-Rebellen", "PKK", "YPG", "SDF", "HTS", "Haiat Tahrir al-Scham", "Islamischer Dschihad",
    "Fatah", "PLO", "Palästinensische Autonomiebehörde", "M23", "ADF", "JNIM", "RSF", "TPLF", "Arakan-Armee", "Revolutionsgarden",
    "Dschandschawid", "FARC", "ELN",
    // humanitäre, beobachtende und forschende Einrichtungen
    "Save the Children", "Oxfam", "Caritas", "Diakonie", "Misereor", "Brot für die Welt", "NetBlocks", "Bellingcat", "ACLED",
    "OCHA", "UNRWA", "UNDP", "UNESCO", "IOM", "Memorial", "OVD-Info", "Viasna", "Wesna", "International Crisis Group",
    "Syrische Beobachtungsstelle für Menschenrechte",
  ],
  /** Political parties. */
  parties: [
    "CDU", "CSU", "SPD", "FDP", "Grüne", "Grünen", "Bündnis 90/Die Grünen", "AfD", "Linke", "Die Linke", "Linkspartei", "BSW",
    "Freie Wähler", "ÖVP", "SPÖ", "FPÖ", "NEOS", "SVP", "FDP.Die Liberalen", "Republikaner", "Demokraten", "Labour", "Tories",
    "ANC", "Fidesz", "PiS", "Likud", "AKP", "CHP", "HDP", "Georgischer Traum", "Einiges Russland",
  ],
  /** Capitalised words that look like names but are generic descriptions, not entities. */
  generic: [
    "Sicherheitskräfte", "Sicherheitskräften", "Staatsfernsehen", "Staatsfernsehens", "Staatsmedien", "Behörde", "Behörden",
    "Regierung", "Polizei", "Armee", "Militär", "Opposition", "Parlament", "Parlaments", "Ministerium", "Kommission", "Garde", "Regime", "Justiz",
    "Streitkräfte", "Truppen", "Demonstranten", "Präsident", "Gott", "Allah", "Staat", "Westen", "Osten", "Süden", "Norden",
    "Hauptstadt", "Land", "Stadt", "Internet", "Social Media", "Nachrichtenagentur", "Agentur", "Zeitung", "Sender",
    "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Januar", "Februar", "März", "April",
    "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Corona", "Covid-19",
  ],
  /** Generic words that begin a longer name: none (German writes "Nordkorea", "Westjordanland" as one word). */
  /** "Borussia Mönchengladbach", "MSV Duisburg", "Werder Bremen": the place is a club. */
  clubWords: ["FC", "SC", "SV", "VfB", "VfL", "TSV", "TSG", "MSV", "SpVgg", "AC", "AS", "SSC", "Borussia", "Eintracht", "Fortuna", "Hertha", "Dynamo", "Werder", "Alemannia", "Arminia", "Kickers", "Real", "Atlético", "Sporting", "Olympique", "Inter", "Lokomotive", "Spartak", "Dinamo", "Juventus"],
  namePrefixWords: [] as string[],
  /** Prepositions before a place ("in Lage", "nach Mitte"): evidence for an ambiguous place name. */
  /** Countries whose places a news text in this language names most often (a weak prior for ambiguous town names). */
  homeCountries: ["DE", "AT", "CH"],
  locationPrepositions: ["in", "im", "nach", "aus", "bei", "von", "vor", "nahe", "Richtung", "zwischen", "durch"],
  /** Descriptor nouns that may precede a name but are not part of it ("Organisation NetBlocks", "NGO X"). */
  /** Endings of descriptor compounds ("Katastrophenschutzbehörde"). */
  descriptorHeads: ["behörde", "organisation", "agentur", "miliz", "gruppe", "sender", "zeitung", "portal", "bewegung", "dienst", "stelle", "netzwerk", "plattform", "initiative"],
  descriptors: ["Organisation", "NGO", "Gruppe", "Firma", "Unternehmen", "Konzern", "Miliz", "Partei", "Bewegung", "Plattform", "Initiative", "Verein", "Dienst", "Website", "Webseite", "Netzwerk", "Menschenrechtsorganisation", "Hilfsorganisation", "Bürgerrechtsorganisation", "Nichtregierungsorganisation", "Beobachtungsstelle", "Projekt"],
  /** Words that introduce a media name ("Nachrichtenagentur dpa", "Zeitung X"). */
  mediaHeads: ["Nachrichtenagentur", "Agentur", "Zeitung", "Tageszeitung", "Fernsehsender", "Sender", "Nachrichtenportal", "Portal", "Newsportal", "Onlineportal", "Nachrichtenseite", "Magazin", "Wochenzeitung", "Staatsagentur", "Internetseite", "Plattform", "Onlinezeitung", "Blatt"],
  /** German exonyms not in CLDR's exemplar cities (German name -> GeoNames English name). */
  exonyms: {
    Peking: "Beijing", "Neu-Delhi": "New Delhi", Mailand: "Milan", Neapel: "Naples", Venedig: "Venice", Florenz: "Florence",
    Genf: "Genève", Kairo: "Cairo",Antalya: "Antalya", Jerusalem: "Jerusalem", "Tel Aviv": "Tel Aviv",
    "Sankt Petersburg": "Saint Petersburg", "St. Petersburg": "Saint Petersburg",
    Charkiw: "Kharkiv", Lwiw: "Lviv", Odessa: "Odessa", Saporischschja: "Zaporizhia", Dnipro: "Dnipro", Cherson: "Kherson",
    Mariupol: "Mariupol", Donezk: "Donetsk", Luhansk: "Luhansk", Kyjiw: "Kyiv", Minsk: "Minsk", Almaty: "Almaty", Astana: "Nur-Sultan",
    Aleppo: "Aleppo", Homs: "Homs", Mossul: "Mosul", Kabul: "Kabul", Islamabad: "Islamabad",
    Krakau: "Kraków", Danzig: "Gdańsk", Breslau: "Wrocław", Posen: "Poznań", Pressburg: "Bratislava", Lüttich: "Liège",
    "Den Haag": "The Hague", Mekka: "Mecca", Medina: "Medina", Sanaa: "Sanaa", Gaza: "Gaza",
    Schanghai: "Shanghai", Shanghai: "Shanghai", Taschkent: "Tashkent", Ankara: "Ankara", Istanbul: "Istanbul",
  } as Record<string, string>,
  /** Extra country names in use besides the ISO/CLDR ones (alpha-2 code -> names). */
  countryNames: {
    GB: ["Großbritannien", "England", "Schottland", "Wales", "Nordirland"], US: ["USA", "US", "Amerika", "Vereinigten Staaten"],
    RU: ["Russland"], BY: ["Belarus", "Weißrussland"], TR: ["Türkei", "Türkiye"], CZ: ["Tschechien"], KR: ["Südkorea"],
    KP: ["Nordkorea"], KG: ["Kirgistan", "Kirgisien"], KZ: ["Kasachstan"], MD: ["Moldau", "Moldawien"], BA: ["Bosnien"], CN: ["China", "Volksrepublik China"], TW: ["Taiwan"], CD: ["Kongo", "Demokratische Republik Kongo", "DR Kongo"], MM: ["Myanmar", "Birma"],
    IR: ["Iran"], SY: ["Syrien"], PS: ["Palästina", "Gazastreifen", "Westjordanland"], NL: ["Holland", "Niederlande"],
    MK: ["Nordmazedonien"], CI: ["Elfenbeinküste"], VA: ["Vatikan"], AE: ["Emirate", "Vereinigte Arabische Emirate"],
  } as Record<string, string[]>,
  /** Historical or supranational places without an ISO code. */
  supranational: ["Sowjetunion", "Europa", "Asien", "Afrika", "Nahost", "Nahen Osten", "Naher Osten", "Zentralasien", "Osteuropa", "Westeuropa", "Lateinamerika", "Südamerika", "Nordamerika", "Kaukasus", "Balkan", "Sahel", "Arktis", "Antarktis", "Mittelmeer", "Ostsee", "Nordsee", "Schwarzes Meer", "Schwarzen Meer"],
  /** Regions without an ISO code of their own (placed in the article's main country when it has one). */
  places: ["Krim", "Donbass", "Kurdistan", "Tibet", "Xinjiang", "Darfur", "Kaschmir"],
  /** A capitalised adjective before a known organisation belongs to its name ("Deutsche Rote Kreuz", "Internationalen Roten Kreuz"). */
  orgAdjectiveEndings: ["e", "en", "es", "er"],
  /** Genitive endings of function-named bodies ("Inlandsnachrichtendienstes" -> "Inlandsnachrichtendienst"). */
  headInflections: ["es", "s"],
  /** Stem endings of demonyms back to their place ("Ukrain|ische" -> "Ukraine", "kirgis|ische" -> "Kirgisien", "kasach|ische" -> "Kasachstan"), also of English ones in German text. */
  demonymStems: ["", "a", "ia", "y", "e", "en", "an", "ien", "stan", "istan", "land", "ei"],
  /** "Garissa and Lamu", "Berlin und Paris": two names (English names in German text too). */
  nameCoordinators: ["and", "&", "und"],
  /** Tail words of places named in English inside German text ("Hatay province"). */
  placeSuffixes: ["province", "Province", "County", "county", "region", "Region", "district", "oblast", "Oblast"],
  /** Plural and case endings missing from the word lexicon ("Netzwerke", "Behörden"). */
  commonNounEndings: ["e", "en", "n", "s", "er", "es"],
};
