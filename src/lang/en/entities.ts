// English knowledge for named-entity recognition: titles and roles, organisation cue words, agencies,
// media, parties, international organisations, generic descriptions that are not entities.

export default {
  inflections: [] as string[],
  /** Inflected forms of multi-word place names (none in English). */
  multiWordInflections: [] as [string, string][],
  adjectiveEndings: ["ian", "ians", "ese", "ish", "an", "ans", "i", "is", "ic", "ean", "eans"],
  titleHeads: [
    "president", "vice president", "prime minister", "premier", "chancellor", "minister", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "chief", "head", "leader", "king", "queen", "prince", "princess", "pope", "bishop",
    "cardinal", "senator", "congressman", "congresswoman", "representative", "mayor", "governor", "general", "colonel",
    "commander", "activist", "journalist", "reporter", "correspondent", "ambassador", "judge", "lawyer", "attorney",
    "professor", "director", "chairman", "chairwoman", "chair", "candidate", "official", "officer", "envoy", "diplomat",
    "analyst", "author", "founder", "ceo", "dictator", "strongman", "opposition leader", "sheikh", "emir", "sultan",
    "ayatollah", "defender", "ombudsman", "ombudswoman", "prosecutor", "opposition leader", "student", "resident", "survivor", "witness",
  ],
  honorifics: ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady", "Gen.", "Sen.", "Rep.", "Gov.", "Col.", "Capt.", "Sgt.", "Lt."],
  /** Capitalised titles before a name ("President X", "Foreign Minister X"); multi-word ones are written with spaces. */
  titles: [
    "President", "Vice President", "Prime Minister", "Premier", "Chancellor", "Minister", "Foreign Minister", "Interior Minister",
    "Defence Minister", "Defense Minister", "Finance Minister", "Health Minister", "Justice Minister", "Secretary of State",
    "Secretary", "Secretary-General", "Secretary General", "Foreign Secretary", "Home Secretary", "King", "Queen", "Prince",
    "Princess", "Pope", "Bishop", "Archbishop", "Cardinal", "Senator", "Sen.", "Congressman", "Congresswoman", "Rep.",
    "Representative", "Mayor", "Governor", "Gov.", "General", "Gen.", "Colonel", "Col.", "Commander", "Ambassador", "Judge",
    "Justice", "Chief Justice", "Professor", "Prof.", "Director", "Chairman", "Leader", "Opposition Leader", "Spokesman",
    "Spokeswoman", "Sheikh", "Emir", "Sultan", "Ayatollah", "Supreme Leader", "Crown Prince", "Speaker", "Deputy",
    "Public Defender", "Prosecutor", "Attorney General", "Lt.", "Capt.", "Sgt.", "Officer", "Detective", "Sheriff",
  ],
  titlePrefixes: ["former", "ex-", "then-", "acting", "deputy", "vice", "outgoing", "incoming", "late"],
  orgHeads: [] as string[],
  orgCompoundHeads: [] as string[],
  /** Last words that make a capitalised span an organisation ("Interior Ministry", "Special Investigation Service"). */
  orgTailWords: [
    "Ministry", "Agency", "Service", "Services", "Party", "Council", "Committee", "Commission", "University", "College",
    "Police", "Army", "Navy", "Court", "Bank", "Association", "Union", "Press", "TV", "News", "Times", "Post", "Journal",
    "Herald", "Tribune", "Gazette", "Corporation", "Corp", "Corp.", "Company", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "Group",
    "Institute", "Foundation", "Organization", "Organisation", "Office", "Department", "Guard", "Forces", "Front", "Movement",
    "Network", "Channel", "Radio", "Tribunal", "Assembly", "Congress", "Senate", "Federation", "League", "Authority",
    "Directorate", "Bureau", "Project", "Programme", "Program", "Fund", "Watch", "Center", "Centre", "Hospital", "Church",
    "Brigade", "Brigades", "Militia", "Airlines", "Airways", "Club", "Society", "Alliance", "Coalition", "Administration",
    "Parliament", "Cabinet", "Board", "Unit", "Media", "Broadcasting", "Television", "Ministry of Interior", "Foundation",
  ],
  nameConnectors: ["and", "of", "for", "&", "on"],
  /** Words before a place name that mark it as a location. */
  locationHeads: ["Province", "Region", "City of", "Republic of", "State of", "Kingdom of"],
  /** Last words that make a span a place ("Hatay province", "Los Angeles County"). */
  locationTailWords: ["province", "Province", "region", "Region", "County", "county", "district", "District", "City", "Street", "Square", "Avenue", "River", "Mountains", "Lake", "Island", "Islands", "Valley", "Desert", "Sea", "Ocean", "Bay", "Gulf", "Strait", "Peninsula", "Oblast", "oblast", "governorate", "Governorate", "State", "Bridge", "Airport"],
  locationCompoundHeads: [] as string[],
  media: [
    "dpa", "AFP", "Agence France-Presse", "Reuters", "AP", "Associated Press", "Tass", "TASS", "Interfax", "RIA Novosti",
    "Xinhua", "Kyodo", "Anadolu", "Anadolu Agency", "IRNA", "ANSA", "EFE", "Bloomberg", "BBC", "BBC News", "CNN", "Al Jazeera",
    "Al Arabiya", "Fox News", "NBC", "NBC News", "CBS", "CBS News", "ABC", "ABC News", "NPR", "PBS", "Sky News", "Euronews",
    "RT", "Deutsche Welle", "DW", "New York Times", "Washington Post", "Wall Street Journal", "Guardian", "The Guardian",
    "Financial Times", "The Times", "Los Angeles Times", "Telegraph", "The Telegraph", "Independent", "Economist",
    "The Economist", "Politico", "Axios", "Le Monde", "Der Spiegel", "Spiegel", "Twitter", "Facebook", "Instagram", "Telegram",
    "YouTube", "TikTok", "WhatsApp", "Google", "Apple", "Microsoft", "Amazon",
    // regional and monitoring outlets that conflict reports cite
    "Meduza", "Mediazona", "Novaya Gazeta", "Kommersant", "Radio Free Europe", "Radio Liberty", "RFE/RL", "Voice of America",
    "VOA", "Haaretz", "Times of Israel", "Kyiv Independent", "Ukrainska Pravda", "Tasnim", "Belta", "Tengrinews", "Azattyq",
    "Yonhap", "KCNA", "SANA", "WAFA", "France 24", "Al-Monitor", "Middle East Eye", "NHK", "Press TV",
  ],
  organizations: [
    "NATO", "Nato", "UN", "U.N.", "United Nations", "EU", "E.U.", "European Union", "OSCE", "WHO", "World Health Organization",
    "IMF", "International Monetary Fund", "World Bank", "UNHCR", "UNICEF", "IAEA", "WFP", "World Food Programme",
    "Red Cross", "Red Crescent", "ICRC", "Amnesty International", "Amnesty", "Human Rights Watch", "Doctors Without Borders",
    "MSF", "Reporters Without Borders", "Interpol", "Europol", "Frontex", "G7", "G20", "OPEC", "ASEAN", "African Union",
    "Arab League", "CSTO", "Council of Europe", "European Commission", "European Parliament", "Security Council",
    "UN Security Council", "International Criminal Court", "ICC", "Hamas", "Hezbollah", "Taliban", "Islamic State", "ISIS",
    "ISIL", "al-Qaeda", "Al-Qaeda", "al-Shabab", "Boko Haram", "Wagner", "Wagner Group", "Pentagon", "Kremlin", "White House",
    "State Department", "Congress", "Senate", "House of Representatives", "Duma", "Knesset", "FBI", "CIA", "KGB", "FSB",
    "Mossad", "Bundestag", "Downing Street",
    // armed groups
    "Daesh", "Houthis", "Ansar Allah", "PKK", "YPG", "SDF", "Syrian Democratic Forces", "HTS", "Hayat Tahrir al-Sham",
    "Islamic Jihad", "Palestinian Islamic Jihad", "Fatah", "PLO", "Palestinian Authority", "M23", "ADF", "Allied Democratic Forces",
    "JNIM", "ISWAP", "al-Shabaab", "Al-Shabaab", "Lashkar-e-Taiba", "Jaish-e-Mohammed", "TTP", "FARC", "ELN", "Janjaweed",
    "Rapid Support Forces", "RSF", "TPLF", "Tigray People's Liberation Front", "Arakan Army", "Kachin Independence Army", "Tatmadaw",
    "Kataib Hezbollah", "Popular Mobilization Forces", "IRGC", "Revolutionary Guards", "Basij",
    // humanitarian, monitoring and research bodies
    "Save the Children", "Oxfam", "Médecins Sans Frontières", "International Rescue Committee", "Norwegian Refugee Council",
    "Caritas", "NetBlocks", "Bellingcat", "ACLED", "Airwars", "Syrian Observatory for Human Rights", "OCHA", "UNRWA", "UNDP",
    "UNESCO", "IOM", "International Organization for Migration", "OHCHR", "Committee to Protect Journalists", "CPJ",
    "Freedom House", "OVD-Info", "Viasna", "International Crisis Group", "Crisis Group", "Institute for the Study of War", "ISW",
    "SITE Intelligence Group",
  ],
  parties: [
    "Democrats", "Republicans", "Democratic Party", "Republican Party", "GOP", "Labour", "Labour Party", "Conservative Party",
    "Conservatives", "Tories", "Liberal Democrats", "SNP", "CDU", "SPD", "AfD", "ANC", "Fidesz", "PiS", "Likud", "AKP", "CHP",
    "HDP", "Georgian Dream", "United Russia", "BJP", "Congress Party",
  ],
  generic: [
    "Government", "Parliament", "Police", "Army", "Military", "Ministry", "Opposition", "State", "President", "God", "Allah",
    "West", "East", "North", "South", "Internet", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "I", "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "You", "His", "Her", "Their", "Our",
    "But", "And", "Or", "In", "On", "At", "For", "With", "After", "Before", "As", "If", "When", "While", "Some", "Many", "More",
    "Most", "Other", "Others", "People", "Photo", "Image", "Video", "Read", "More", "Also", "Yes", "No", "Not", "Mr", "Ms", "Mrs",
    "Covid", "Covid-19", "COVID-19", "Coronavirus", "Muslim", "Muslims", "Christian", "Christians", "Islam", "Islamic", "Western",
    "English", "Copyright", "All", "There", "Here", "What", "Why", "How", "Who", "Where", "Which", "According", "Meanwhile",
  ],
  /** "North Carolina", "West Bank": generic alone, the first word of a longer name. */
  /** "Leeds United", "FC Barcelona", "Real Madrid": the place is a club. */
  clubWords: ["FC", "AFC", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Town", "Real", "Inter", "AC", "AS", "Borussia", "Dynamo", "Sporting", "Olympique"],
  namePrefixWords: ["North", "South", "East", "West", "Western"],
  titleCaseLines: true,
  /** Verbs after a single capitalised word that mark it as a person ("Putin said"). */
  personCueVerbs: ["said", "says", "told", "added", "wrote", "argued", "claimed", "insisted", "warned", "stated", "tweeted", "replied", "announced", "recalled", "explained"],
  /** Countries whose places a news text in this language names most often (a weak prior for ambiguous town names). */
  homeCountries: [] as string[],
  locationPrepositions: ["in", "near", "from", "to", "at", "across", "outside", "inside", "around", "through"],
  /** "in Dagestan", "near Khan Younis": a place, whatever the tagger says ("in Smith's view" has a possessive after it). */
  placeOnlyPrepositions: ["in", "near", "outside", "inside", "across", "throughout"],
  /** "the small town of X", "the capital X": a kind of place before the name. */
  placeKindNouns: ["village", "town", "city", "capital", "province", "district", "region", "county", "suburb", "neighbourhood", "neighborhood", "camp", "settlement", "enclave", "island", "port", "municipality"],
  placeKindLinks: ["of"],
  /** "the X displacement camp", "the X neighbourhood": a kind of place after the name. */
  placeKindTails: ["refugee camp", "displacement camp", "camp for", "village", "neighbourhood", "neighborhood", "suburb", "border crossing", "crossing", "municipality"],
  /** Endings of descriptor compounds ("Katastrophenschutzbehörde"). */
  descriptorHeads: [] as string[],
  descriptors: ["NGO", "Group", "Firm", "Company", "Platform", "Website", "Network", "Militia", "Party"],
  mediaHeads: ["news agency", "agency", "newspaper", "broadcaster", "channel", "outlet", "website", "daily", "portal", "news site", "magazine"],
  exonyms: { Geneva: "Genève", Odesa: "Odessa", Zaporizhzhia: "Zaporizhia", Astana: "Nur-Sultan", Kiev: "Kyiv", Peking: "Beijing", Bombay: "Mumbai", Calcutta: "Kolkata", Rangoon: "Yangon" } as Record<string, string>,
  countryNames: {
    GB: ["Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland"], US: ["America", "United States", "U.S."],
    RU: ["Russia"], KR: ["South Korea"], KP: ["North Korea"], TR: ["Turkey", "Türkiye"], IR: ["Iran"], SY: ["Syria"],
    CZ: ["Czechia", "Czech Republic"], CD: ["Congo", "DR Congo", "DRC", "Democratic Republic of Congo"], PS: ["Palestine", "Gaza Strip", "West Bank"],
    NL: ["Holland", "Netherlands"], AE: ["UAE", "Emirates", "United Arab Emirates"], VA: ["Vatican"], MM: ["Myanmar", "Burma"],
  } as Record<string, string[]>,
  supranational: ["Soviet Union", "USSR", "Europe", "Asia", "Africa", "Middle East", "Central Asia", "Eastern Europe", "Western Europe", "Latin America", "South America", "North America", "Caucasus", "Balkans", "Sahel", "Arctic", "Antarctica", "Mediterranean", "Baltic Sea", "Black Sea"],
  places: ["Crimea", "Donbas", "Donbass", "Kurdistan", "Tibet", "Xinjiang", "Darfur", "Kashmir", "Gaza"],
  /** English adjectives before an organisation name are not inflected ("Red Cross"). */
  orgAdjectiveEndings: [] as string[],
  /** Function-named bodies are written as separate words in English ("Interior Ministry"). */
  headInflections: [] as string[],
  /** Stem endings of demonyms back to their place ("Georg|ian" -> "Georgia", "Swed|ish" -> "Sweden"). */
  demonymStems: ["", "a", "ia", "y", "e", "en", "an"],
  /** "Tajik officials", "Kyrgyz border guards": a demonym without ending, its place the word plus "(i)stan". */
  demonymPlaceSuffixes: ["stan", "istan"],
  /** "Garissa and Lamu": two names. */
  nameCoordinators: ["and", "&"],
  /** "Hatay province", "Lamu County": the place is looked up without its tail word. */
  placeSuffixes: ["province", "Province", "County", "county", "region", "Region", "district", "oblast", "Oblast"],
  /** English inflects no noun endings the word lexicon lacks. */
  commonNounEndings: [] as string[],
};
