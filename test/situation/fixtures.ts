// Hand-written fixtures for the situation tests: invented agency-style reports about unrest in
// Kazakhstan (several outlets and days, some syndicated copies lightly edited) and an unrelated
// story. The extractions are built by hand, so the tests check the cross-article mechanics
// independently of the extractors.
import type { Claim, Entity, Extraction, Figure, Lang } from "../../src/schema/index.js";

export interface FigSpec { phrase: string; value: number; category?: Figure["category"]; qualifier?: Figure["qualifier"]; source?: string | null; subject?: string | null; date?: string }
export interface ClaimSpec { phrase: string; source?: string | null; speaker?: string; cue?: string; unverified?: boolean; mode?: Claim["mode"] }
export interface EntSpec { name: string; type?: Entity["type"]; key?: string; country?: string; aliases?: string[] }

export interface Spec {
  url: string;
  outlet: string;
  published: string;
  lang?: Lang;
  title: string;
  credits?: string[];
  text: string;
  entities?: EntSpec[];
  figures?: FigSpec[];
  claims?: ClaimSpec[];
}

function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length };
}

export function makeExtraction(s: Spec): Extraction {
  const lang = s.lang ?? "de";
  const text = s.text;
  return {
    version: 1,
    language: lang,
    article: {
      url: s.url, outlet: s.outlet, language: lang, kicker: null, title: s.title, teaser: null, published: s.published, updated: null,
      credits: s.credits ?? [], captions: [], sections: [{ heading: null, paragraphs: [text] }],
    },
    text,
    sentences: [],
    entities: (s.entities ?? []).map((e) => ({ name: e.name, type: e.type ?? "location", aliases: e.aliases ?? [], key: e.key, country: e.country ?? null })),
    figures: (s.figures ?? []).map((f) => ({
      value: f.value, category: f.category ?? "killed", qualifier: f.qualifier ?? "exact", subject: f.subject ?? null, source: f.source ?? null,
      text: f.phrase, date: f.date ?? null, ...at(text, f.phrase),
    })),
    claims: (s.claims ?? []).map((c) => ({ source: c.source ?? null, speaker: c.speaker, cue: c.cue, mode: c.mode ?? "indirect", text: c.phrase, unverified: c.unverified, ...at(text, c.phrase) })),
    times: [],
    events: [],
    warnings: [],
  };
}

const KZ: EntSpec = { name: "Kasachstan", key: "kazakhstan", country: "KZ", aliases: ["Kasachstans"] };
const KZ_EN: EntSpec = { name: "Kazakhstan", key: "kazakhstan", country: "KZ" };
const ALMATY: EntSpec = { name: "Almaty", key: "almaty", country: "KZ" };
const TOK_DE: EntSpec = { name: "Kassym-Schomart Tokajew", type: "person", key: "tokayev", aliases: ["Tokajew"] };
const TOK_EN: EntSpec = { name: "Kassym-Jomart Tokayev", type: "person", key: "tokayev", aliases: ["Tokayev"] };

// Day 1: one agency text, carried by three outlets; two of them edit it lightly.
const AGENCY_DAY1 =
  "Almaty (dpa) - Bei gewaltsamen Zusammenstößen in Kasachstan sind nach Angaben des Innenministeriums mindestens zwölf Angehörige der Sicherheitskräfte getötet worden. " +
  "Staatschef Kassym-Schomart Tokajew rief für das gesamte Land den Notstand aus und kündigte ein hartes Vorgehen an. " +
  "In der Handelsmetropole Almaty hatten Tausende Menschen gegen die Verdopplung der Preise für Autogas protestiert, einige Gruppen setzten Verwaltungsgebäude in Brand. " +
  "Das Innenministerium erklärte, die Ordnung werde in den kommenden Stunden wiederhergestellt. " +
  "Unabhängige Berichte aus der Region waren kaum zu bekommen, weil das mobile Internet landesweit gestört war.";

export const KAZ_SPECS: Spec[] = [
  {
    url: "https://rheinische-abendpost.example/politik/unruhen-1", outlet: "Rheinische Abendpost", published: "2022-01-06", credits: ["dpa"],
    title: "Notstand in Kasachstan ausgerufen",
    text: AGENCY_DAY1,
    entities: [KZ, ALMATY, TOK_DE, { name: "Innenministerium", type: "organization", key: "innenministerium kasachstan" }],
    figures: [{ phrase: "mindestens zwölf Angehörige der Sicherheitskräfte", value: 12, qualifier: "at_least", source: "Innenministerium", subject: "Sicherheitskräfte" }],
    claims: [{ phrase: "die Ordnung werde in den kommenden Stunden wiederhergestellt", source: "Innenministerium" }],
  },
  {
    url: "https://hamburger-tagblatt.example/welt/kasachstan-notstand", outlet: "Hamburger Tagblatt", published: "2022-01-06", credits: ["dpa/AFP"],
    title: "Kasachstan: Präsident ruft Notstand aus",
    text: AGENCY_DAY1.replace("Staatschef", "Präsident").replace("hartes Vorgehen", "entschlossenes Vorgehen").replace("Unabhängige Berichte", "Unabhängige Informationen"),
    entities: [KZ, ALMATY, TOK_DE],
    figures: [{ phrase: "mindestens zwölf Angehörige der Sicherheitskräfte", value: 12, qualifier: "at_least", source: "Innenministerium", subject: "Sicherheitskräfte" }],
    claims: [{ phrase: "die Ordnung werde in den kommenden Stunden wiederhergestellt", source: "Innenministerium" }],
  },
  {
    url: "https://sueddeutscher-bote.example/ausland/2022/almaty", outlet: "Süddeutscher Bote", published: "2022-01-06", credits: ["dpa"],
    title: "Tote bei Protesten in Kasachstan",
    text: AGENCY_DAY1.replace("In der Handelsmetropole Almaty", "In der größten Stadt Almaty") + " Die Regierung trat bereits am Vormittag geschlossen zurück.",
    entities: [KZ, ALMATY, TOK_DE],
    figures: [{ phrase: "mindestens zwölf Angehörige der Sicherheitskräfte", value: 12, qualifier: "at_least", source: "Innenministerium", subject: "Sicherheitskräfte" }],
    claims: [{ phrase: "die Ordnung werde in den kommenden Stunden wiederhergestellt", source: "Innenministerium" }],
  },
  // Day 2: an independent English wire report with new figures, in another language.
  {
    url: "https://wire.example/world/asia/kazakhstan-crackdown", outlet: "Global Wire", published: "2022-01-07", lang: "en", credits: ["Reuters"],
    title: "Kazakh forces kill dozens of rioters, president says order mostly restored",
    text:
      "ALMATY, Jan 7 (Reuters) - Security forces in Kazakhstan killed 31 rioters in Almaty overnight, state television reported on Friday, while 19 police officers and soldiers died in the unrest, according to official figures. " +
      "President Kassym-Jomart Tokayev said order had largely been restored in the country. " +
      "Residents described sporadic gunfire near the main square, which could not be independently verified.",
    entities: [KZ_EN, ALMATY, TOK_EN],
    figures: [
      { phrase: "killed 31 rioters", value: 31, source: "state television", subject: "rioters" },
      { phrase: "19 police officers and soldiers died", value: 19, source: "official figures", subject: "police officers and soldiers" },
    ],
    claims: [
      { phrase: "order had largely been restored in the country", source: "Kassym-Jomart Tokayev" },
      { phrase: "sporadic gunfire near the main square", source: "Residents", unverified: true },
    ],
  },
  // Day 2: a German outlet's own report giving a different count for the same day and subject.
  {
    url: "https://ostsee-zeitung-digital.example/kasachstan-tote", outlet: "Ostsee Digital", published: "2022-01-07",
    title: "Kasachstan: Opposition spricht von deutlich mehr Toten",
    text:
      "Nach Darstellung einer Exil-Oppositionsgruppe sind in Almaty in der Nacht 45 Demonstranten erschossen worden, weit mehr als die Regierung einräumt. " +
      "Präsident Tokajew ließ über sein Büro verbreiten, die Ordnung sei weitgehend wiederhergestellt. " +
      "Russische Soldaten seien an den Einsätzen gegen Demonstranten nicht beteiligt, teilte das Verteidigungsministerium in Moskau mit.",
    entities: [KZ, ALMATY, TOK_DE, { name: "Moskau", key: "moscow", country: "RU" }],
    figures: [{ phrase: "45 Demonstranten erschossen", value: 45, source: "Exil-Oppositionsgruppe", subject: "Demonstranten", date: "2022-01-07" }],
    claims: [
      { phrase: "die Ordnung sei weitgehend wiederhergestellt", source: "Tokajew" },
      { phrase: "Russische Soldaten seien an den Einsätzen gegen Demonstranten nicht beteiligt", source: "Verteidigungsministerium" },
    ],
  },
  // Day 3: agency update (another agency), carried by two outlets verbatim.
  {
    url: "https://rheinische-abendpost.example/politik/unruhen-3", outlet: "Rheinische Abendpost", published: "2022-01-09", credits: ["AFP"],
    title: "Zahl der Toten in Kasachstan steigt auf 150",
    text:
      "Almaty (AFP) - Die Zahl der Todesopfer bei den Unruhen in Kasachstan ist nach Angaben des Gesundheitsministeriums auf 150 gestiegen. " +
      "Mehr als 4000 Menschen wurden nach offiziellen Angaben festgenommen. " +
      "Oppositionelle berichteten, russische Soldaten seien an den Einsätzen gegen Demonstranten beteiligt; eine Bestätigung gab es nicht.",
    entities: [KZ, ALMATY],
    figures: [
      { phrase: "auf 150 gestiegen", value: 150, source: "Gesundheitsministerium", subject: null },
      { phrase: "Mehr als 4000 Menschen", value: 4000, category: "arrested", qualifier: "more_than", source: null, subject: "Menschen" },
    ],
    claims: [{ phrase: "russische Soldaten seien an den Einsätzen gegen Demonstranten beteiligt", source: "Oppositionelle", unverified: true }],
  },
  {
    url: "https://hamburger-tagblatt.example/welt/kasachstan-150-tote", outlet: "Hamburger Tagblatt", published: "2022-01-09", credits: ["AFP"],
    title: "Kasachstan: 150 Tote nach Unruhen",
    text:
      "Almaty (AFP) - Die Zahl der Todesopfer bei den Unruhen in Kasachstan ist nach Angaben des Gesundheitsministeriums auf 150 gestiegen. " +
      "Mehr als 4000 Menschen wurden nach offiziellen Angaben festgenommen. " +
      "Oppositionelle berichteten, russische Soldaten seien an den Einsätzen gegen Demonstranten beteiligt; eine Bestätigung gab es nicht.",
    entities: [KZ, ALMATY],
    figures: [
      { phrase: "auf 150 gestiegen", value: 150, source: "Gesundheitsministerium", subject: null },
      { phrase: "Mehr als 4000 Menschen", value: 4000, category: "arrested", qualifier: "more_than", source: null, subject: "Menschen" },
    ],
    claims: [{ phrase: "russische Soldaten seien an den Einsätzen gegen Demonstranten beteiligt", source: "Oppositionelle", unverified: true }],
  },
];

/** An unrelated story in the same days: a flood in Bavaria. */
export const FLOOD_SPECS: Spec[] = [
  {
    url: "https://rheinische-abendpost.example/panorama/hochwasser", outlet: "Rheinische Abendpost", published: "2022-01-07", credits: ["dpa"],
    title: "Hochwasser an der Donau",
    text: "Passau (dpa) - Nach tagelangem Regen ist die Donau bei Passau über die Ufer getreten. Nach Angaben der Stadtverwaltung mussten 300 Anwohner ihre Häuser verlassen. Die Feuerwehr sprach von einer angespannten, aber beherrschbaren Lage.",
    entities: [{ name: "Passau", key: "passau", country: "DE" }, { name: "Donau", key: "danube", country: "DE" }, { name: "Bayern", key: "bavaria", country: "DE" }],
    figures: [{ phrase: "300 Anwohner", value: 300, category: "displaced", source: "Stadtverwaltung", subject: "Anwohner" }],
    claims: [{ phrase: "einer angespannten, aber beherrschbaren Lage", source: "Feuerwehr" }],
  },
  {
    url: "https://sueddeutscher-bote.example/bayern/donau-pegel", outlet: "Süddeutscher Bote", published: "2022-01-08",
    title: "Donau-Pegel in Passau sinkt langsam",
    text: "In Passau sinkt der Wasserstand der Donau wieder. Die meisten der evakuierten Anwohner konnten zurückkehren, teilte die Stadt mit. In Bayern rechnet der Wetterdienst für die kommenden Tage mit trockenem Wetter.",
    entities: [{ name: "Passau", key: "passau", country: "DE" }, { name: "Donau", key: "danube", country: "DE" }, { name: "Bayern", key: "bavaria", country: "DE" }],
    claims: [{ phrase: "Die meisten der evakuierten Anwohner konnten zurückkehren", source: "Stadt" }],
  },
];
