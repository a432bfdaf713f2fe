import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { extractClaims, type ClaimSpanAttrs } from "../../src/extract/claims/index.js";
import { Document } from "../../src/nlp/document.js";
import { tokenizeDocument } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import { extractTimes } from "../../src/extract/times/index.js";
import type { Claim } from "../../src/schema/index.js";
import { languagePack } from "../../src/lang/registry.js";

// Fixtures are invented sentences. The claims component runs on tokens and sentences only (no entity layer),
// which it must handle on its own; each fixture is checked without POS tags and, when the tagger's models are
// present, with them, and both runs must agree.
// the tagger is optional for this component: when its module or models are missing, only the untagged run is tested
let tagDocument: ((doc: Document) => void) | undefined;
try {
  tagDocument = (await import("../../src/nlp/pos/index.js")).tagDocument;
} catch {
  tagDocument = undefined;
}

function prepare(text: string, lang: "de" | "en", tagged: boolean): Document {
  const doc = new Document(text, lang, { meta: { published: "2024-05-06" } });
  tokenizeDocument(doc);
  splitSentences(doc);
  // the claims component reads the time layer ("vom Montag" is no organisation)
  extractTimes(doc);
  if (tagged) {
    if (!tagDocument) throw new Error("no tagger");
    tagDocument(doc);
  }
  return doc;
}

let taggerWorks: boolean | undefined;
function claims(text: string, lang: "de" | "en"): Claim[] {
  const doc = prepare(text, lang, false);
  extractClaims(doc);
  const plain = doc.results.claims ?? [];
  if (taggerWorks !== false) {
    try {
      const tagged = prepare(text, lang, true);
      taggerWorks = true;
      extractClaims(tagged);
      const withTags = tagged.results.claims ?? [];
      const key = (cs: Claim[]) => JSON.stringify(cs.map((c) => [c.source, c.mode, c.text]));
      assert.equal(key(withTags), key(plain), `tagged and untagged runs differ on ${JSON.stringify(text)}`);
    } catch (e) {
      if (e instanceof assert.AssertionError) throw e;
      taggerWorks = false; // models not built: the untagged run is the one tested
    }
  }
  return plain;
}

function one(text: string, lang: "de" | "en"): Claim {
  const cs = claims(text, lang);
  assert.equal(cs.length, 1, `expected one claim in ${JSON.stringify(text)}, got ${JSON.stringify(cs.map((c) => [c.speaker, c.text]))}`);
  return cs[0];
}

// ------------------------------------------------------------------ German cues

test("de: reporting verb with dass-clause, source before the verb", () => {
  const c = one("Der Sprecher erklärte am Mittwoch, dass die Brücke vorerst gesperrt bleibe.", "de");
  assert.equal(c.speaker, "Sprecher");
  assert.equal(c.mode, "indirect");
  assert.equal(c.text, "dass die Brücke vorerst gesperrt bleibe");
  assert.equal(c.cue, "erklärte");
});

test("de: inverted reporting verb after the content", () => {
  const c = one("Die Lage sei unter Kontrolle, sagte der Landrat am Abend.", "de");
  assert.equal(c.speaker, "Landrat");
  assert.equal(c.text, "Die Lage sei unter Kontrolle");
});

test("de: meldete / berichtete / teilte ... mit / betonte / versicherte", () => {
  assert.equal(one("Der Rundfunk meldete, zwei Dörfer seien geräumt worden.", "de").speaker, "Rundfunk");
  assert.equal(one("Die Küstenwache berichtete, das Schiff sei gesunken.", "de").speaker, "Küstenwache");
  const m = one("Die Bahn teilte mit, der Verkehr rolle wieder.", "de");
  assert.equal(m.speaker, "Bahn");
  assert.equal(m.text, "der Verkehr rolle wieder");
  assert.equal(one("Der Trainer betonte, die Mannschaft sei gut vorbereitet.", "de").speaker, "Trainer");
  assert.equal(one("Am Montag versicherte die Ministerin, niemand müsse frieren.", "de").speaker, "Ministerin");
});

test("de: sprach von", () => {
  const c = one("Die Bürgermeisterin sprach von einem schwarzen Tag für die Stadt.", "de");
  assert.equal(c.speaker, "Bürgermeisterin");
  assert.equal(c.text, "einem schwarzen Tag für die Stadt");
});

test("de: zufolge, laut, nach Angaben, nach Informationen", () => {
  const z = one("Dem Sender Radio Nord zufolge brannten drei Lagerhallen.", "de");
  assert.match(z.speaker ?? "", /Radio Nord/);
  assert.equal(z.text, "brannten drei Lagerhallen");
  const l = one("Laut Feuerwehr wurde niemand verletzt.", "de");
  assert.equal(l.speaker, "Feuerwehr");
  assert.equal(l.text, "wurde niemand verletzt");
  const n = one("Nach Angaben des Gesundheitsamtes starben zwei Patienten.", "de");
  assert.equal(n.speaker, "Gesundheitsamt");
  assert.equal(n.text, "starben zwei Patienten");
  const g = one("Nach ersten Angaben gab es keine Toten.", "de");
  assert.equal(g.speaker, "erste Angaben");
  const i = one("Nach Informationen der Zeitung Nordkurier trat der Minister zurück.", "de");
  assert.match(i.speaker ?? "", /Nordkurier/);
  assert.equal(i.text, "trat der Minister zurück");
  const mid = one("In der Hafenstadt wurden der Polizei zufolge sechs Boote beschädigt.", "de");
  assert.equal(mid.speaker, "Polizei");
  assert.equal(mid.text, "In der Hafenstadt wurden sechs Boote beschädigt");
});

test("de: passive without speaker (hieß es, war die Rede) is indirect with no source", () => {
  const c = one("Die Lage sei ruhig, hieß es am Abend.", "de");
  assert.equal(c.speaker, null);
  // a place or circle the statement came from names it ("hieß es aus Sicherheitskreisen")
  assert.equal(one("Die Lage sei ruhig, hieß es aus Sicherheitskreisen.", "de").speaker, "Sicherheitskreisen");
  assert.equal(c.mode, "indirect");
  assert.equal(c.text, "Die Lage sei ruhig");
  const r = one("Zunächst war von drei Vermissten die Rede.", "de");
  assert.equal(r.speaker, null);
});

test("de: Wie X mitteilte / Wie es hieß / nach Polizeiangaben / nach eigenen Angaben / Das berichtete X", () => {
  const a = one("Wie die Feuerwehr mitteilte, brannte die Halle vollständig nieder.", "de");
  assert.equal(a.speaker, "Feuerwehr");
  assert.equal(a.text, "brannte die Halle vollständig nieder");
  const b = one("Wie es aus Kreisen der Regierung hieß, ist eine Sondersitzung geplant.", "de");
  assert.equal(b.speaker, null);
  assert.equal(b.text, "ist eine Sondersitzung geplant");
  const c = one("Nach Polizeiangaben wurden drei Autos beschädigt.", "de");
  assert.equal(c.speaker, "Polizei");
  assert.equal(c.text, "wurden drei Autos beschädigt");
  assert.equal(one("Nach Regierungsangaben sind alle Schulen geschlossen.", "de").speaker, "Regierung");
  const d = one("Nach eigenen Angaben hat die Miliz den Flughafen eingenommen.", "de");
  assert.equal(d.speaker, "Miliz");
  const cs = claims("In der Nacht gab es schwere Gefechte am Stadtrand. Das berichtete der Sender Radio Süd.", "de");
  assert.equal(cs.length, 1);
  assert.match(cs[0].speaker ?? "", /Radio Süd/);
  assert.equal(cs[0].text, "In der Nacht gab es schwere Gefechte am Stadtrand");
});

test("de: trailing wie-clause and a back reference naming the speaker of a quote", () => {
  const a = one("Der Flughafen bleibt geschlossen, wie die Betreibergesellschaft mitteilte.", "de");
  assert.equal(a.speaker, "Betreibergesellschaft");
  assert.equal(a.text, "Der Flughafen bleibt geschlossen");
  const cs = claims("Die Pegel steigen. „Wir rechnen in der Nacht mit dem Höchststand.“ Das sagte der Sprecher der Stadt, Jonas Brandt, am Abend.", "de");
  assert.equal(cs.length, 1);
  assert.equal(cs[0].mode, "direct");
  assert.equal(cs[0].speaker, "Jonas Brandt");
});

test("en: relative-pronoun subjects, weekday adverbs and split quotations", () => {
  const cs = claims("At least 12 people died, according to local authorities, who said hundreds more had been evacuated.", "en");
  assert.equal(cs.length, 2);
  assert.equal(cs[1].speaker, "local authorities");
  const w = one("Water levels kept rising, officials said Thursday.", "en");
  assert.equal(w.speaker, "officials");
  const q = claims("\"We are exhausted,\" said Clara Diaz, a volunteer, \"but we will keep going.\"", "en");
  assert.equal(q.length, 2);
  assert.ok(q.every((c) => c.speaker === "Clara Diaz" && c.mode === "direct"));
});

test("de: nach Angaben von X, one-word quoted content, plural present verbs", () => {
  const a = one("Nach Angaben von Helfern fehlt es an Decken.", "de");
  assert.equal(a.speaker, "Helfern");
  const b = one("Die Gewerkschaft sprach von „Lohnraub“.", "de");
  assert.equal(b.speaker, "Gewerkschaft");
  assert.deepEqual(b.distancing, ["Lohnraub"]);
  const c = one("Kritiker werfen dem Senat vor, die Mieten nicht begrenzt zu haben.", "de");
  assert.equal(c.speaker, "Kritiker");
});

test("en: inverted attribution followed by a subordinate clause", () => {
  const cs = claims("A landslide buried six houses on Monday, officials said, as rain continued to fall.", "en");
  assert.equal(cs.length, 1);
  assert.equal(cs[0].speaker, "officials");
  assert.equal(cs[0].text, "A landslide buried six houses on Monday");
});

test("de: geht aus X hervor, heißt es in X, nach einem Bericht der X", () => {
  const cs = claims("Die Zahl der Unfälle ist gestiegen. Das geht aus einem Bericht des Bundesamts für Verkehr hervor.", "de");
  assert.equal(cs.length, 1);
  assert.equal(cs[0].speaker, "Bundesamt für Verkehr");
  assert.equal(cs[0].text, "Die Zahl der Unfälle ist gestiegen");
  const b = one("Aus der Statistik geht hervor, dass weniger Menschen pendeln.", "de");
  assert.equal(b.text, "dass weniger Menschen pendeln");
  const c = one("„Wir prüfen alle Optionen“, heißt es in einer Erklärung des Senats.", "de");
  assert.equal(c.mode, "direct");
  assert.equal(c.speaker, "Senat");
  const d = one("Nach einem Bericht der „Morgenpost“ plant der Senat neue Radwege.", "de");
  assert.equal(d.speaker, "Morgenpost");
  assert.equal(d.distancing, undefined);
});

test("en: according to a statement from / a tally by", () => {
  const a = one("At least 40 people were killed, according to a statement from the regional health department.", "en");
  assert.equal(a.speaker, "regional health department");
  assert.equal(a.mode, "indirect");
  assert.equal(a.text, "At least 40 people were killed");
});

test("source names: descriptions and titles are dropped, genitives normalised, organisations kept whole", () => {
  assert.equal(one("Die Lage sei ruhig, berichtete das Portal Nordlicht.info am Abend.", "de").speaker, "Nordlicht.info");
  assert.equal(one("Der Hafen sei gesperrt, meldete die Nachrichtenagentur Ostpress.", "de").speaker, "Ostpress");
  assert.equal(one("Nach Angaben des Senats wurden 30 Wohnungen geräumt.", "de").speaker, "Senat");
  assert.equal(one("The Southern Interior Ministry said two towns were cut off.", "en").speaker, "Southern Interior Ministry");
  assert.equal(one("Veteran Governor Paul Reyes said the dam had held.", "en").speaker, "Paul Reyes");
});

test("source phrases: the whole noun phrase with its description; the speaker is the short name", () => {
  const a = one("Die Brücke sei gesperrt, sagte ein Reporter des Fernsehsenders Kanal Neun.", "de");
  assert.equal(a.source, "Reporter des Fernsehsenders Kanal Neun");
  const b = one("Nach Angaben der Wasserwacht wurden zwei Schwimmer gerettet.", "de");
  assert.equal(b.source, "Angaben der Wasserwacht");
  assert.equal(b.speaker, "Wasserwacht");
  const c = one("Die Sprecherin des Tierheims, Lena Vogt, sagte, alle Hunde seien vermittelt.", "de");
  assert.match(c.source ?? "", /^Sprecherin des Tierheims, Lena Vogt$/);
  assert.equal(c.speaker, "Lena Vogt");
  const d = one("Mara Lind vom Verein Grüne Insel sagte, der Park bleibe offen.", "de");
  assert.equal(d.source, "Mara Lind vom Verein Grüne Insel");
  assert.equal(d.speaker, "Mara Lind");
  const e = one("Campaign chairman Tom Reeve said the count was over.", "en");
  assert.equal(e.source, "Campaign chairman Tom Reeve");
  assert.equal(e.speaker, "Tom Reeve");
  const f = one("Paul Stern, head of the harbour authority, said the port would reopen.", "en");
  assert.equal(f.source, "Paul Stern, head of the harbour authority");
  // a time after "vom" is no organisation of the speaker
  const g = one("Nach Angaben der Feuerwehr vom Montag brannten drei Scheunen.", "de");
  assert.equal(g.source, "Angaben der Feuerwehr");
  // a relative clause is no apposition
  const h = one("Jan Kolb, der den Brand sah, sagte, das Feuer sei schnell gewachsen.", "de");
  assert.equal(h.source, "Jan Kolb");
});

test("cues beyond sagen / said: fordern, bezeichnen als, nennen, angeben, feststellen, urged, conceded", () => {
  assert.equal(one("Der Elternbeirat fordert, dass die Schule länger geöffnet bleibt.", "de").speaker, "Elternbeirat");
  const b = one("Die Trainerin bezeichnete die Niederlage als „verdient“.", "de");
  assert.equal(b.speaker, "Trainerin");
  assert.match(b.text, /Niederlage als/);
  assert.equal(one("Die Anwohner gaben an, sie hätten nichts gehört.", "de").speaker, "Anwohner");
  assert.equal(one("Der Gutachter stellte fest, die Brücke sei marode.", "de").speaker, "Gutachter");
  assert.equal(one("The mayor urged that residents stay indoors.", "en").speaker, "mayor");
  assert.equal(one("The club conceded that the pitch was unsafe.", "en").speaker, "club");
  // an adverb opening the sentence is no speaker: the subject after the verb is
  assert.equal(one("Hierzu sagte die Bürgermeisterin, der Markt bleibe.", "de").speaker, "Bürgermeisterin");
});

test("clause openings: a focus particle before the subject, an adverbial 'damit', an object first; a colon in a quoted title", () => {
  assert.equal(one("Auch der Kapitän kritisierte, der Platz sei zu nass gewesen.", "de").speaker, "Kapitän");
  assert.equal(one("Die Bürgermeisterin erklärte hingegen, damit solle ein Stau vermieden werden.", "de").text, "damit solle ein Stau vermieden werden");
  const object = claims("Den Neubau der Brücke bezeichnete Bürgermeister Jonas Brandt als „dringend“.", "de");
  assert.equal(object.at(-1)?.speaker, "Jonas Brandt");
  assert.match(object.at(-1)?.text ?? "", /^Den Neubau der Brücke als/);
  assert.equal(claims("Der Komponist schrieb Musik zum Film „2001: Reise ins All“.", "de").length, 0);
  const follow = claims("Die Ärztin Lea Sommer sagte: „Wir sind am Limit.“ Und weiter: „Es fehlt an allem.“", "de");
  assert.deepEqual(follow.map((c) => c.speaker), ["Lea Sommer", "Lea Sommer"]);
  assert.equal(claims("Die Polizei nannte keine Zahl der Verletzten.", "de").length, 0);
});

test("two source phrases in one sentence keep a clause each; a number phrase is no speaker; a modified subject speaks", () => {
  const two = claims("Der Feuerwehr zufolge wurden zwölf Menschen gerettet, laut Polizei wurde ein Mann verletzt.", "de");
  assert.deepEqual(two.map((c) => [c.speaker, c.text]), [["Feuerwehr", "wurden zwölf Menschen gerettet"], ["Polizei", "wurde ein Mann verletzt"]]);
  const counted = one("Local officials in the river town, which lies near the border, reported six dead and 20 wounded.", "en");
  assert.equal(counted.speaker, "Local officials");
  assert.equal(counted.text, "six dead and 20 wounded");
  const modified = one("Aid groups in the valley, the poorest part of the province, said the roads were closed.", "en");
  assert.equal(modified.speaker, "Aid groups");
});

test("a clause with a finite verb is no modified subject; a capitalised 'verb' inside a name; ', which says' is no trailing speaker", () => {
  assert.equal(one("Angriffe auf Dörfer seien Verbrechen, sagte eine Sprecherin.", "de").text, "Angriffe auf Dörfer seien Verbrechen");
  const named = claims("Nurses have walked out, according to the Coordinating Board of Nurses, which says the wards are empty.", "en");
  assert.ok(named.every((c) => c.speaker !== "which"), JSON.stringify(named));
  assert.match(named[0].speaker ?? "", /Coordinating Board of Nurses/);
});

test("a short bracket after the subject does not end its clause", () => {
  assert.equal(one("The Harbour Authority (HA) announced that two ferries were cancelled.", "en").speaker, "Harbour Authority");
  assert.equal(one("Der Deutsche Wetterdienst (DWD) teilte mit, der Sturm ziehe ab.", "de").source, "Deutsche Wetterdienst (DWD)");
});

test("an adverb between subject or auxiliary and the verb does not make it an attributive participle", () => {
  assert.equal(one("Local officials had previously confirmed the closure of two schools.", "en").speaker, "Local officials");
  assert.equal(claims("The previously confirmed cases rose sharply.", "en").length, 0);
});

test("a named source closing the sentence wins over an anonymous one; 'told' is followed by its addressee; 'officials in X'", () => {
  const merged = one("According to the latest figures, 40 people have died in the floods, according to the Red Cross.", "en");
  assert.equal(merged.speaker, "Red Cross");
  assert.equal(merged.text, "40 people have died in the floods");
  assert.ok(claims("The bridge was closed, Anna Berg, head of the city council, told reporters.", "en").every((c) => c.speaker !== "reporters"));
  assert.equal(one("Officials in Norland claimed that five soldiers were killed.", "en").source, "Officials in Norland");
});

test("de: meldete + object, bestreitet + infinitive, Wie aus X hervorgeht", () => {
  const a = one("Die Küstenwache meldete am Morgen zwei vermisste Fischer.", "de");
  assert.equal(a.speaker, "Küstenwache");
  assert.match(a.text, /zwei vermisste Fischer/);
  const b = one("Die Firma bestreitet, Daten weitergegeben zu haben.", "de");
  assert.equal(b.speaker, "Firma");
  const c = one("Wie aus einem Bericht der Stadtwerke hervorgeht, stiegen die Preise um zehn Prozent.", "de");
  assert.equal(c.speaker, "Stadtwerke");
  assert.equal(c.text, "stiegen die Preise um zehn Prozent");
  assert.equal(claims("Wie es weiter geht, ist offen.", "de").length, 0);
  assert.equal(claims("Die Regierung bestätigte den Angriff zunächst nicht.", "de").length, 0);
  const d = one("Die Behörden bezifferten die Zahl der Toten auf mindestens 50.", "de");
  assert.equal(d.speaker, "Behörden");
  assert.equal(d.text, "die Zahl der Toten auf mindestens 50");
});

// ------------------------------------------------------------------ hedges

test("de: soll ... worden sein / Berichten zufolge are hedged without source", () => {
  const c = one("Der Täter soll aus dem Ausland eingereist sein.", "de");
  assert.equal(c.mode, "hedged");
  assert.equal(c.speaker, null);
  const b = one("Berichten zufolge wurden in der Nacht Schüsse abgegeben.", "de");
  assert.equal(b.mode, "hedged");
  assert.equal(b.speaker, null);
  assert.equal(one("On Monday, the group allegedly attacked a convoy.", "en").mode, "hedged");
  assert.equal(claims("Der Tod der Frau, die angeblich ein Kopftuch falsch trug, löste Proteste aus.", "de").length, 0);
  // "soll" as plain obligation is no hedge
  assert.equal(claims("Die neue Brücke soll im Frühjahr fertig werden.", "de").length, 0);
});

test("en: reportedly / allegedly / reports say are hedged without source", () => {
  const c = one("The suspect reportedly fled across the border.", "en");
  assert.equal(c.mode, "hedged");
  assert.equal(c.speaker, null);
  const r = one("Reports say the convoy was stopped at a checkpoint.", "en");
  assert.equal(r.mode, "hedged");
  assert.equal(r.speaker, null);
  assert.equal(r.text, "the convoy was stopped at a checkpoint");
});

test("en: is believed to / is said to have are hedged", () => {
  const a = one("The commander is believed to have fled the city.", "en");
  assert.equal(a.mode, "hedged");
  assert.equal(a.speaker, null);
  assert.equal(one("The group is said to have recruited hundreds of fighters.", "en").mode, "hedged");
});

test("de: a dative object after a speaker's name is not part of the source", () => {
  const cs = claims("Ministerin Jana Vogt besuchte die Stadt. „Wir helfen sofort“, sagte Vogt der Zeitung.", "de");
  assert.equal(cs[0].speaker, "Jana Vogt");
});

// ------------------------------------------------------------------ continuation

test("de: a Konjunktiv sentence continues the previous speaker; an indicative one does not", () => {
  const cs = claims("Die Polizei meldete, der Brand sei gelöscht. Es habe keine Verletzten gegeben. Die Straße ist wieder frei.", "de");
  assert.deepEqual(cs.map((c) => c.speaker), ["Polizei", "Polizei"]);
  assert.equal(cs[1].text, "Es habe keine Verletzten gegeben");
  assert.equal(cs[1].mode, "indirect");
});

test("de: Konjunktiv idioms continue nothing", () => {
  const cs = claims("Die Polizei meldete, die Straße sei frei. Es gibt keine Umleitung, es sei denn, es regnet stark.", "de");
  assert.equal(cs.length, 1);
  const cs2 = claims("Die Polizei meldete, die Straße sei frei. Auch sei niemand verletzt worden.", "de");
  assert.equal(cs2.length, 2);
});

test("de: demnach continues the last source", () => {
  const cs = claims("Laut Statistikamt stiegen die Preise deutlich. Demnach kostete Brot zehn Prozent mehr als im Vorjahr.", "de");
  assert.equal(cs.length, 2);
  assert.equal(cs[1].speaker, "Statistikamt");
});

test("de: Konjunktiv in a new paragraph without a claim before it is no claim", () => {
  assert.equal(claims("Der Park wurde 1990 eröffnet.\n\nEr wäre heute dreißig Jahre alt.", "de").length, 0);
});

// ------------------------------------------------------------------ pronouns and titles

test("de: pronouns resolve to the last named person", () => {
  const cs = claims("Ministerpräsident Klaus Hofer besuchte am Morgen die Unglücksstelle. Er sagte, das Land werde schnell helfen.", "de");
  assert.equal(cs.length, 1);
  assert.equal(cs[0].speaker, "Klaus Hofer");
  const q = claims("Pfarrerin Maria Lenz stand vor der Kirche. „Wir sind zutiefst erschüttert“, sagte sie.", "de");
  assert.equal(q[0].speaker, "Maria Lenz");
  assert.equal(q[0].mode, "direct");
});

test("pronouns follow the gender a title shows", () => {
  const cs = claims("Ministerin Lea Kurz traf Bürgermeister Tom Weber. Sie sagte, die Gespräche seien gut verlaufen.", "de");
  assert.equal(cs[0].speaker, "Lea Kurz");
  const en = claims("Ms Dana Holt met Mr Rob Vance in the capital. She said the talks had gone well.", "en");
  assert.equal(en[0].speaker, "Dana Holt");
});

test("de: titles are stripped and surnames expanded to the full name", () => {
  const cs = claims("Innenministerin Petra Wolff reiste nach Kiel. Wolff erklärte, die Hilfe sei unterwegs.", "de");
  assert.equal(cs[0].speaker, "Petra Wolff");
});

test("en: pronouns and appositives", () => {
  const cs = claims("Governor Laura Hayes toured the flooded district. She said the state would cover the repairs.", "en");
  assert.equal(cs[0].speaker, "Laura Hayes");
  const a = one("The interior minister, John Carter, said on Monday that police had the situation under control.", "en");
  assert.equal(a.speaker, "John Carter");
  assert.equal(a.text, "police had the situation under control");
});

// ------------------------------------------------------------------ quotations

test("de: direct quotations with speaker after, before (colon) and continued", () => {
  const a = one("„Wir haben alles versucht“, sagte der Kapitän.", "de");
  assert.equal(a.mode, "direct");
  assert.equal(a.speaker, "Kapitän");
  assert.equal(a.text, "Wir haben alles versucht");
  const b = one("Der Trainer sagte: „Wir haben heute verdient verloren.“", "de");
  assert.equal(b.mode, "direct");
  assert.equal(b.speaker, "Trainer");
  const c = claims("„Das Wasser kam sehr schnell“, erklärte die Anwohnerin Eva Roth. „Wir konnten nichts mehr retten. Alles ist weg.“", "de");
  assert.equal(c.length, 2);
  assert.equal(c[1].speaker, "Eva Roth");
  assert.equal(c[1].mode, "direct");
  assert.equal(c[1].text, "Wir konnten nichts mehr retten. Alles ist weg");
});

test("de: a short quoted sentence after a colon is direct; speakers after so/appositions", () => {
  const a = one("Der Trainer sagte dazu nur: „Kein Kommentar.“", "de");
  assert.equal(a.mode, "direct");
  assert.equal(a.text, "Kein Kommentar");
  const b = one("„Wir bleiben standhaft“, so die Bürgermeisterin.", "de");
  assert.equal(b.speaker, "Bürgermeisterin");
  const c = one("„Das ist ein guter Tag“, sagte Müller, der seit 2010 im Amt ist.", "de");
  assert.equal(c.speaker, "Müller");
});

test("de: reported speech with quoted fragments is indirect and lists the distancing quotes", () => {
  const c = one("Der Bürgermeister sprach von einer „Katastrophe“ für die ganze Region.", "de");
  assert.equal(c.mode, "indirect");
  assert.deepEqual(c.distancing, ["Katastrophe"]);
});

test("en: quotations with said/told and a continued quote", () => {
  const cs = claims("\u201cNobody warned us,\u201d she told reporters. \u201cThe water came in minutes.\u201d", "en");
  assert.equal(cs.length, 2);
  assert.ok(cs.every((c) => c.mode === "direct"));
  const a = one("\"We are devastated,\" said Maria Lopez.", "en");
  assert.equal(a.speaker, "Maria Lopez");
  assert.equal(a.text, "We are devastated");
});

test("en: a speaker with a long apposition after the quote", () => {
  const a = one("\"We built this to last,\" Hana Ito, head of the city's \"Green Roofs\" office and the project lead, said.", "en");
  assert.equal(a.speaker, "Hana Ito");
  assert.equal(a.mode, "direct");
  const b = one("\"Nobody was hurt,\" fire chief Omar Said told local radio on Sunday.", "en");
  assert.match(b.speaker ?? "", /Omar Said/);
});

test("en: participles, infinitives and phrasal uses are no attribution tails", () => {
  const a = one("Standing in front of the ruins, the mayor pledged to rebuild the school.", "en");
  assert.equal(a.text, "to rebuild the school");
  assert.equal(claims("One of the volunteers wrote the report.", "en").length, 0);
  assert.equal(claims("The manager called back shortly after noon.", "en").length, 0);
  const c = one("The city is looking for new partners, it announced this week.", "en");
  assert.equal(c.text, "The city is looking for new partners");
});

// ------------------------------------------------------------------ English cues

test("en: said / told ... that / according to / inverted", () => {
  const a = one("Police said on Tuesday that two men had been arrested.", "en");
  assert.equal(a.speaker, "Police");
  assert.equal(a.text, "two men had been arrested");
  const b = one("Two people were injured, the fire department said.", "en");
  assert.equal(b.speaker, "fire department");
  assert.equal(b.text, "Two people were injured");
  const c = one("According to the Red Cross, 30 families lost their homes.", "en");
  assert.equal(c.speaker, "Red Cross");
  assert.equal(c.text, "30 families lost their homes");
  const d = claims("Senator Jane Doe told local radio that the count was flawed, and that she would appeal.", "en");
  assert.equal(d.length, 2);
  assert.ok(d.every((x) => x.speaker === "Jane Doe"));
  const e = one("It was reported that the airport had been closed.", "en");
  assert.equal(e.speaker, null);
  assert.equal(e.mode, "indirect");
});

test("en: inverted told with an addressee; a first-mentioned ministry is not resolved to another body", () => {
  const a = one("Two people were killed in the blast, a police spokesman told local reporters.", "en");
  assert.equal(a.speaker, "police spokesman");
  assert.equal(a.text, "Two people were killed in the blast");
  const cs = claims("The Red Cross sent two teams. In a statement, the ministry said the border would stay closed.", "en");
  assert.equal(cs.length, 1);
  assert.equal(cs[0].speaker, "ministry");
  const g = claims("The Special Review Service opened a case. The agency later confirmed it had questioned two officers.", "en");
  assert.equal(g[0].speaker, "Special Review Service");
});

test("en: a reporting verb after a noun subject stays a cue; a noun after a determiner does not", () => {
  assert.equal(one("The weather service says more rain is expected at the weekend.", "en").speaker, "weather service");
  assert.equal(claims("The reports about the flood were shared widely.", "en").length, 0);
});

test("en: negated and relative-clause attributions are no claims; a body's statement is the body's", () => {
  assert.equal(claims("Officials have not said how many people were inside.", "en").length, 0);
  assert.equal(claims("He did not say whether more arrests were planned.", "en").length, 0);
  assert.equal(claims("The suspect, who police said was armed, was arrested on Sunday.", "en").length, 0);
  assert.equal(one("The ministry's statement said an inquiry had been opened.", "en").speaker, "ministry");
  assert.equal(claims("Der Sprecher sagte nicht, ob weitere Festnahmen geplant seien.", "de").length, 0);
});

test("en: a title with its organisation is one source", () => {
  assert.equal(one("A spokesman for the port authority said two ships were damaged.", "en").speaker, "spokesman for the port authority");
});

test("en: vowed / described ... as and a coordinated verb", () => {
  const cs = claims("The president described the strikes as \"sabotage\" and vowed to restore order.", "en");
  assert.equal(cs.length, 2);
  assert.equal(cs[0].text, "the strikes as \"sabotage\"");
  assert.deepEqual(cs[0].distancing, ["sabotage"]);
});

// ------------------------------------------------------------------ unverified

test("unverified: the check sentence marks the claims before it in its paragraph", () => {
  const cs = claims("Die Rebellen meldeten, sie hätten die Stadt erobert. Diese Angaben lassen sich nicht unabhängig überprüfen.\n\nDie Regierung erklärte, die Armee halte alle Stellungen.", "de");
  assert.equal(cs.length, 2);
  assert.equal(cs[0].unverified, true);
  assert.equal(cs[1].unverified, undefined);
  const en = claims("The rebels said they had captured the airport. The claim could not be independently verified.", "en");
  assert.equal(en[0].unverified, true);
  const nv = claims("Die Miliz erklärte, sie habe den Ort eingenommen. Die Angaben waren nicht überprüfbar.", "de");
  assert.equal(nv[0].unverified, true);
  const ok = claims("Die Miliz erklärte, sie habe den Ort eingenommen. Die Armee bestätigte den Rückzug nicht.", "de");
  assert.equal(ok[0].unverified, undefined);
});

// ------------------------------------------------------------------ non-claims

test("statements of the article itself are no claims", () => {
  assert.equal(claims("Der Zug fuhr um acht Uhr ab. Am Abend gab es Proteste in der Innenstadt.", "de").length, 0);
  assert.equal(claims("Über das Thema berichtete der Sender am Abend.", "de").length, 0);
  assert.equal(claims("In der Nacht wurden Schüsse gemeldet.", "de").length, 0);
  assert.equal(claims("The first confirmed case was in May.", "en").length, 0);
  assert.equal(claims("Dozens of buildings confirmed to have collapsed were searched.", "en").length, 0);
});

test("non-claims: naming verbs, questions, first person, gerunds after prepositions, relative-clause cues", () => {
  assert.equal(claims("A group called Clean Rivers has started a petition.", "en").length, 0);
  assert.equal(claims("Can you tell me why the bridge was closed?", "en").length, 0);
  assert.equal(claims("I said we would meet at noon.", "en").length, 0);
  const g = claims("The union criticised the mayor for calling the strike illegal.", "en");
  assert.ok(g.every((c) => c.cue !== "calling"), JSON.stringify(g));
  assert.equal(claims("Die Autorin, die drei Bücher über den Krieg geschrieben hat, wird morgen geehrt.", "de").length, 0);
  assert.equal(claims("Der Verein meldete sich bei der Stadt an, nachdem er gegründet worden war.", "de").length, 0);
  assert.equal(claims("Er erklärte sich bereit, das Amt zu übernehmen.", "de").length, 0);
});

test("lexicons: a verb form belongs to one lemma unless particles tell its lemmas apart, and every lemma-keyed table names a listed verb", () => {
  for (const lang of ["de", "en"] as const) {
    const lex = languagePack(lang).claims;
    const seen = new Map<string, string>();
    for (const [lemma, forms] of Object.entries(lex.verbs as Record<string, string[]>)) {
      for (const f of forms) {
        const other = seen.get(f);
        // "geht ... hervor" / "geht davon aus": shared forms need a particle for every lemma they belong to
        const toldApart = !!other && lemma in lex.needsParticle && other in lex.needsParticle;
        assert.ok(!other || other === lemma || toldApart, `${lang}: "${f}" belongs to ${other} and ${lemma}`);
        seen.set(f, lemma);
      }
    }
    for (const table of ["verbPreps", "needsParticle", "sourcePrepVerbs", "blockingParticles"] as const) {
      for (const lemma of Object.keys(lex[table])) assert.ok(lemma in lex.verbs, `${lang}: ${table} names unknown verb ${lemma}`);
    }
    for (const lemma of [...lex.objectContentVerbs, ...lex.objectVerbs, ...lex.namingVerbs, ...lex.clauseOnlyVerbs]) {
      assert.ok(lemma in lex.verbs, `${lang}: unknown verb ${lemma}`);
    }
  }
});

// ------------------------------------------------------------------ layer

test("the claim layer has one span per claim with stable attrs", () => {
  const doc = prepare("Laut Polizei wurden 12 Menschen verletzt. Es sei ein Unfall gewesen.", "de", false);
  extractClaims(doc);
  const spans = doc.layer<ClaimSpanAttrs>("claim");
  assert.equal(spans.length, 2);
  assert.deepEqual(Object.keys(spans[0].attrs).sort(), ["cue", "mode", "sentence", "source", "speaker", "unverified"]);
  assert.equal(spans[0].attrs.speaker, "Polizei");
  assert.equal(spans[0].attrs.sentence, 0);
  assert.ok(doc.spanText(spans[0]).includes("12 Menschen verletzt"));
  assert.equal(spans[1].attrs.speaker, "Polizei");
});

// ------------------------------------------------------------------ speech acts and continued speakers

test("de: a speech act's object is its content, without the closing particle", () => {
  const demand = one("Die Gewerkschaft forderte den sofortigen Rücktritt des Vorstands.", "de");
  assert.equal(demand.speaker, "Gewerkschaft");
  assert.equal(demand.text, "den sofortigen Rücktritt des Vorstands");
  const announced = one("Der Verband kündigte weitere Streiks an.", "de");
  assert.equal(announced.text, "weitere Streiks");
  assert.equal(one("Die Partei wirft dem Bürgermeister Untätigkeit vor.", "de").speaker, "Partei");
  // the perfect: object between the auxiliary and the participle
  const condemned = one("Die Nachbarstaaten haben den Überfall scharf verurteilt.", "de");
  assert.equal(condemned.speaker, "Nachbarstaaten");
  assert.equal(condemned.text, "den Überfall scharf verurteilt");
});

test("de: speech acts that report nothing: negated, a subject that cannot speak, a coordinated action", () => {
  assert.equal(claims("Der Verband hat keine Streiks angekündigt.", "de").length, 0);
  assert.equal(claims("Das Erdbeben hat mehr als hundert Todesopfer gefordert.", "de").length, 0);
  const coordinated = one("Die Fans forderten den Rücktritt des Trainers und verließen das Stadion.", "de");
  assert.equal(coordinated.text, "den Rücktritt des Trainers");
});

test("de: after an apposition the chain before the verb speaks, not the object after it", () => {
  const c = one("Die Sprecherin der Stadtwerke, Anna Beispiel, verlangte eine schnelle Entscheidung.", "de");
  assert.equal(c.speaker, "Anna Beispiel");
  assert.equal(c.text, "eine schnelle Entscheidung");
});

test("de: a source phrase inside a speech act's object leaves the clause to the phrase", () => {
  const c = one("Der Präsident hat am Sonntag laut dem Sender Nordfunk die Rücknahme der Steuer verkündet.", "de");
  assert.equal(c.speaker, "Nordfunk");
});

test("de: a Konjunktiv sentence continues the speaker the sentence before is about", () => {
  const cs = claims("Die Bürgermeisterin, Erika Beispiel, hat sich an die Anwohner gewandt. Sie werde den Bau stoppen lassen.", "de");
  assert.equal(cs.length, 1);
  assert.equal(cs[0].speaker, "Erika Beispiel");
  assert.equal(cs[0].text, "Sie werde den Bau stoppen lassen");
  // a nearer subject wins over an older claim of the paragraph
  const near = claims("Nach Angaben der Feuerwehr brannte die Halle vollständig aus. Der Landrat besuchte den Ort. Die Hilfe sei gesichert.", "de");
  assert.equal(near.at(-1)?.speaker, "Landrat");
  // counted people and passive subjects do not speak
  const counted = claims("Der Sender meldete schwere Kämpfe. Mindestens sechs Soldaten wurden getötet. Zehn weitere seien verletzt worden.", "de");
  assert.ok(!counted.some((c) => c.speaker === "Soldaten"), JSON.stringify(counted.map((c) => c.speaker)));
});

test("en: condemned / called on / demanded take their object; a passive accusation has no speaker", () => {
  const condemned = one("The medical union condemned the shelling of the hospital.", "en");
  assert.equal(condemned.speaker, "medical union");
  assert.equal(condemned.text, "the shelling of the hospital");
  assert.equal(one("The council called on residents to stay indoors.", "en").speaker, "council");
  assert.equal(one("Farmers demanded the release of the frozen subsidies.", "en").text, "the release of the frozen subsidies");
  const accused = one("The guards were accused of beating prisoners.", "en");
  assert.equal(accused.source, null);
  assert.equal(accused.text, "The guards were accused of beating prisoners");
  assert.equal(claims("The coach called up three new players.", "en").length, 0);
});

test("de: a passive accusation ('wird vorgeworfen') and study nouns, postposed 'nach' and possessives", () => {
  const accused = one("Dem Bürgermeister wird vorgeworfen, Aufträge an Freunde vergeben zu haben.", "de");
  assert.equal(accused.source, null);
  assert.equal(accused.text, "Aufträge an Freunde vergeben zu haben");
  assert.equal(one("Nach einer Studie der Universität Beispielstadt schlafen Jugendliche weniger.", "de").speaker, "Universität Beispielstadt");
  assert.equal(one("Dem Vernehmen nach soll die Fabrik schließen.", "de").source, null);
  const cs = claims("Der Richter Hans Beispiel äußerte sich am Montag vor Journalisten. Es handle sich seiner Meinung nach um einen Irrtum.", "de");
  assert.equal(cs.at(-1)?.speaker, "Hans Beispiel");
  // after a reporting verb "nach eigenen Angaben" adds nothing: one claim, the verb's
  const own = one("Die Agentur sprach nach eigenen Berechnungen von mehr als hundert Verletzten.", "de");
  assert.equal(own.speaker, "Agentur");
});

test("de: content opened by a preposition and an article ('in den Ländern') is content, not a relative clause", () => {
  const c = one("Die Ministerin erklärte, in den Ländern sei die Zahl der Anträge gestiegen.", "de");
  assert.equal(c.speaker, "Ministerin");
  assert.equal(c.text, "in den Ländern sei die Zahl der Anträge gestiegen");
});

test("de: a name with a modified apposition speaks through a colon, a dass-clause and an object", () => {
  assert.equal(one("Die Leiterin des Hilfswerks, Paula Muster, sagte: „Wir brauchen mehr Zelte.“", "de").speaker, "Paula Muster");
  assert.equal(one("Karl Muster, der Sprecher der Feuerwehr, sagte gegenüber dem Sender, dass der Brand gelöscht sei.", "de").speaker, "Karl Muster");
  const accused = one("Karl Muster, Obmann der Fraktion im Ausschuss, warf der Regierung mangelnde Planung vor.", "de");
  assert.equal(accused.speaker, "Karl Muster");
  assert.equal(accused.text, "der Regierung mangelnde Planung");
});

test("de: one form, two verbs told apart by the particle; complaints and references through their preposition", () => {
  const assumed = one("Das Rote Kreuz geht davon aus, dass die Zahl der Verletzten steigt.", "de");
  assert.equal(assumed.speaker, "Rote Kreuz");
  assert.equal(assumed.text, "dass die Zahl der Verletzten steigt");
  assert.equal(claims("Die Kinder gehen am Morgen in die Schule.", "de").length, 0);
  assert.equal(one("Die Pfleger klagten über zu lange Schichten.", "de").text, "zu lange Schichten");
  assert.equal(one("Der Sprecher verwies auf das schlechte Wetter.", "de").speaker, "Sprecher");
  assert.equal(one("Die Anwohner befürchten, dass der Damm bricht.", "de").speaker, "Anwohner");
});

test("a sentence ending in an abbreviation, and a paragraph's last sentence that lost its full stop, are sentences", () => {
  assert.equal(one("The museum said about 2,000 people visited the show from 9 a.m. to 5 p.m.", "en").speaker, "museum");
});

test("a paragraph's last sentence that lost its full stop is a sentence; a heading alone in its block is not", async () => {
  const { extract } = await import("../../src/extract/index.js");
  const text = "Brände in der Altstadt\n\nDie Feuerwehr war am Abend im Einsatz. Insgesamt wurden nach Polizeiangaben seit Samstag zwölf Brände gelöscht\n\nDie Straße bleibt gesperrt.";
  const cs = extract(text, { lang: "de", published: "2024-05-06" }).claims;
  assert.deepEqual(cs.map((c) => c.speaker), ["Polizei"]);
  const heading = extract("Laut Polizei ruhige Nacht in der Altstadt\n\nDie Straße bleibt gesperrt.", { lang: "de", published: "2024-05-06" }).claims;
  assert.equal(heading.length, 0);
});

test("en: a name and its apposition close the sentence before the verb", () => {
  const c = one("Two people were hurt in the blast, Maria Example, spokeswoman for the regional fire service, told reporters late Sunday.", "en");
  assert.equal(c.speaker, "Maria Example");
  assert.equal(c.text, "Two people were hurt in the blast");
  assert.equal(one("The bridge will stay closed, John Example, the mayor, said on Friday.", "en").speaker, "John Example");
});

test("de: 'hieß es in dem Tweet' reads the text back to its author; a named or new text speaks for itself", () => {
  const cs = claims("Die Zahl der Verletzten ist auf zwölf gestiegen. Das teilte die Bergwacht am Abend mit. Drei Wanderer seien noch vermisst, hieß es in dem Tweet weiter.", "de");
  assert.equal(cs.at(-1)?.speaker, "Bergwacht");
  assert.equal(one("Die Ernte sei gut, hieß es in dem Bericht des Bauernverbands.", "de").speaker, "Bauernverband");
  assert.equal(one("Die Ernte sei gut, hieß es in einer Erklärung.", "de").source, null);
});

test("en: a participle before its agent reports nothing; a clause after 'X said,' is its own; a modified subject closes the sentence", () => {
  assert.equal(claims("Protests against the reform announced by the minister are spreading.", "en").length, 0);
  const cs = claims("The storm destroyed 40 homes, the fire service in Example County said, while a local official said the damage was smaller.", "en");
  assert.deepEqual(cs.map((c) => [c.source, c.text]), [
    ["fire service in Example County", "The storm destroyed 40 homes"],
    ["local official", "the damage was smaller"],
  ]);
});

test("the parse names a subject the word order misses (tagged text, through the whole pipeline)", async () => {
  const { extract } = await import("../../src/extract/index.js");
  const speakers = (text: string) => extract(text, { lang: "de", published: "2024-05-06" }).claims.map((c) => c.speaker);
  assert.deepEqual(speakers("Der Bürgermeister sprach sich gegen den Bau aus und sagte, die Straße sei zu schmal."), ["Bürgermeister"]);
  assert.deepEqual(speakers("Das Rote Kreuz im benachbarten Landkreis erklärte am Abend, die Helfer seien erschöpft."), ["Rote Kreuz im benachbarten Landkreis"]);
});

test("de: ', so X' with a name and its attributes, closing or inside the sentence", () => {
  assert.match(one("Die Inszenierung lenke von der Musik ab, so Karl Muster von der Beispielstädter Zeitung.", "de").source ?? "", /^Karl Muster von der Beispielstädter Zeitung$/);
  assert.equal(one("Der Verlust schaffe Probleme, so Frank Muster, Leiter der Abteilung beim Verband.", "de").speaker, "Frank Muster");
  const inside = one("Sein Rivale, so der Kandidat weiter, erhalte Spenden von Konzernen.", "de");
  assert.equal(inside.speaker, "Kandidat");
  assert.equal(inside.text, "Sein Rivale erhalte Spenden von Konzernen");
  assert.equal(claims("Er kam spät, so dass die Sitzung ausfiel.", "de").length, 0);
});

test("de: Konjunktiv forms outside the list make a clause before the inversion; a negation inside the content does not negate the verb", () => {
  assert.equal(one("Die Regierung plane ein Hilfsprogramm, sagte der Ministerpräsident.", "de").speaker, "Ministerpräsident");
  assert.equal(one("Die Gerichte würden das Urteil nicht anerkennen, sagte die Richterin.", "de").speaker, "Richterin");
  assert.equal(claims("Der Richter sagte nicht, wann das Urteil fällt.", "de").length, 0);
  assert.equal(one("Die Vorsitzende hob hervor, der Schutz der Anwohner gehe vor.", "de").speaker, "Vorsitzende");
});

test("de: names the chunker does not open, information nouns with a genitive or 'aus', places and texts before 'hieß es'", () => {
  assert.equal(one("Wie de Beispiel darlegte, handelte es sich um einen Irrtum.", "de").source, "de Beispiel");
  assert.equal(one("Wie „beispiel online“ berichtet, wurde die Seite gesperrt.", "de").speaker, "beispiel online");
  assert.equal(one("Laut Angaben der Feuerwehr bestand keine Gefahr.", "de").speaker, "Feuerwehr");
  assert.equal(one("Nach Angaben aus Regierungskreisen wurden drei Minister entlassen.", "de").speaker, "Regierungskreisen");
  assert.equal(one("Bei der Agentur Nordpress hieß es, dass zwei Brücken gesperrt seien.", "de").speaker, "Nordpress");
  assert.equal(one("Im Bericht heißt es, dass die Zahl der Fälle steige.", "de").speaker, "Bericht");
  assert.equal(one("Es hieß, die Lage sei ernst.", "de").source, null);
  assert.equal(one("Die Lage sei ernst, hieß es bei der Agentur Nordpress.", "de").speaker, "Nordpress");
  assert.equal(one("In einer Erklärung hieß es, die Lage sei ernst.", "de").source, null);
});

test("de: 'äußerte sich' and 'erinnerte sich' report; 'erklärte sich bereit' does not", () => {
  assert.equal(one("„Die Zahlen steigen“, äußerte sich der Chef der Behörde in Nürnberg.", "de").speaker, "Chef der Behörde");
  assert.equal(claims("Der Minister erklärte sich bereit, zu helfen.", "de").length, 0);
});

test("de: a separable particle counts where it closes its clause, not inside a phrase ('zu dem Vorfall')", () => {
  assert.equal(claims("Das Amt gab am Montag einen Kommentar zu dem Vorfall ab.", "de").length, 0);
  assert.equal(one("Das Amt gab am Montag die Schließung der Schule bekannt.", "de").speaker, "Amt");
});

test("de: a speech act's object before a comma that opens no content clause ('forderte X, um ...')", () => {
  const c = one("Die Helferin forderte einen sicheren Korridor, um Wasser in die Stadt zu bringen.", "de");
  assert.equal(c.speaker, "Helferin");
  assert.equal(c.text, "einen sicheren Korridor, um Wasser in die Stadt zu bringen");
});

test("de: source phrases keep an apposition that closes the sentence, the information noun before a genitive, a noun phrase the chunker cannot span", () => {
  assert.equal(one("„Niemand spricht von Neuwahlen“, sagte Karl Muster, Parteichef der Liberalen.", "de").source, "Karl Muster, Parteichef der Liberalen");
  assert.equal(one("Einer Meldung von Nordpress zufolge ist die Schule wieder geöffnet.", "de").source, "Meldung von Nordpress");
  assert.equal(one("Laut Eilmeldung des Senders Nordfunk wurde ein Mann festgenommen.", "de").source, "Eilmeldung des Senders Nordfunk");
  assert.equal(claims("Die Zahl der Toten bezifferte die Agentur am Abend mit zwölf.", "de").filter((c) => c.speaker === "Zahl der Toten").length, 0);
});

test("the parse names the speaker after the verb when the topic before it names no one", async () => {
  const { extract } = await import("../../src/extract/index.js");
  const cs = extract("Eine Verschiebung der Wahl bezeichnete Ministerin Anna Muster als unzumutbar.", { lang: "de", published: "2024-05-06" }).claims;
  assert.deepEqual(cs.map((c) => [c.speaker, c.text]), [["Anna Muster", "Eine Verschiebung der Wahl als unzumutbar"]]);
  const told = extract("Die Polizei sagte der Zeitung, der Täter sei geflohen.", { lang: "de", published: "2024-05-06" }).claims;
  assert.deepEqual(told.map((c) => c.speaker), ["Polizei"]);
});

test("a pronoun with no named antecedent closing the sentence is the subject the sentence before opens with (tagged text)", async () => {
  const { extract } = await import("../../src/extract/index.js");
  const cs = extract("Local farmers spoke to the agency. The road is blocked by both armies, they added.", { lang: "en", published: "2024-05-06" }).claims;
  assert.deepEqual(cs.map((c) => c.speaker), ["Local farmers"]);
});

test("the parse names the subject of a clause opened by a noun phrase the chunker cannot span", async () => {
  const { extract } = await import("../../src/extract/index.js");
  const cs = extract("Die Mission der Vereinten Nationen im Beispielland (UNMB) verlangte den Rückzug aller Einheiten.", { lang: "de", published: "2024-05-06" }).claims;
  assert.equal(cs.length, 1);
  assert.match(cs[0].source ?? "", /^Mission der Vereinten Nationen/);
  assert.equal(cs[0].text, "den Rückzug aller Einheiten");
});

test("de: 'Aus X verlautete, ...' names its source; 'lehnte ab, dass'", () => {
  assert.equal(one("Aus Regierungskreisen verlautete, die Reform sei gescheitert.", "de").speaker, "Regierungskreisen");
  assert.equal(one("Die Ministerin lehnte ab, dass die Schule geschlossen wird.", "de").speaker, "Ministerin");
});

test("en: a passive report closing its sentence is a claim without a speaker, or with its agent", () => {
  const c = one("Seven new cases were also reported in the city.", "en");
  assert.equal(c.source, null);
  assert.equal(c.text, "Seven new cases were also reported in the city");
  assert.equal(one("Two deaths were confirmed by the regional hospital.", "en").speaker, "regional hospital");
  assert.equal(claims("The theft was reported to the police, who came at once.", "en").length, 0);
});

test("en: source nouns before a verb, a time before 'that', gerunds of accusation, 'identified ... as'", () => {
  assert.equal(one("In the capital, reports said that the bridge had collapsed.", "en").mode, "hedged");
  assert.equal(one("The rebels claimed Saturday that the town had fallen.", "en").text, "the town had fallen");
  const cs = claims("The ministry has denied any role, with the president accusing the rebels of lying.", "en");
  assert.deepEqual(cs.map((c) => [c.speaker, c.text]), [["ministry", "any role"], ["president", "the rebels of lying"]]);
  assert.equal(one("The police identified the driver as a local man.", "en").speaker, "police");
});

test("coreference: never into the quotation a pronoun frames; a titled speaker resets the chain; a compound ends in the anaphor", () => {
  assert.equal(claims("Die Ministerin Anna Beispiel besuchte die Stadt. „Wir haben mit Karl Muster gesprochen“, sagte sie.", "de").at(-1)?.speaker, "Anna Beispiel");
  const chain = claims("Der Minister Karl Muster sagte, die Lage sei ernst. Ein Sprecher der Feuerwehr erklärte, die Straßen seien gesperrt. Er fügte hinzu, der Verkehr werde umgeleitet.", "de");
  assert.equal(chain.at(-1)?.speaker, "Sprecher der Feuerwehr");
  const group = claims("Nach Angaben der örtlichen Bürgergruppe brannten zwei Häuser. Unter den Verletzten seien drei Kinder, teilte die Gruppe mit.", "de");
  assert.equal(group.at(-1)?.speaker, "örtlichen Bürgergruppe");
  assert.equal(claims("The crowd threw stones, and police responded with tear gas.", "en").length, 0);
});

test("de: a passive with an agent who can speak reports; a naming participle does not; a court's sentence is no claim", () => {
  const c = one("Die Pläne wurden von Verkehrsministerin Anna Muster als unrealistisch bezeichnet.", "de");
  assert.equal(c.speaker, "Anna Muster");
  assert.equal(c.text, "Die Pläne wurden von Verkehrsministerin Anna Muster als unrealistisch bezeichnet");
  assert.equal(claims("Der Mann wurde vom Gericht zu drei Jahren verurteilt.", "de").length, 0);
  assert.equal(claims("Die Kürzung der Pauschale – auch Pendlergeld genannt – ist rechtswidrig.", "de").length, 0);
  assert.equal(claims("Das Objekt, genannt Beispielstern, hat die Form einer Kartoffel.", "de").length, 0);
});

test("a titled speaker keeps the phrase around the title", () => {
  assert.equal(one("A senior official at the regional hospital told reporters that 30 people had died.", "en").source, "senior official at the regional hospital");
  assert.equal(one("Ein Sprecher des Krankenhauses in der Hauptstadt sagte, 30 Menschen seien gestorben.", "de").source, "Sprecher des Krankenhauses in der Hauptstadt");
});

test("casualty idioms are no claims: 'claimed at least 17 lives', 'forderte 20 Todesopfer'", () => {
  assert.equal(claims("The unrest has claimed at least 17 lives since Monday.", "en").length, 0);
  assert.equal(claims("Das Unwetter forderte mindestens 20 Todesopfer.", "de").length, 0);
  assert.equal(one("The rebels claimed that the town had fallen.", "en").speaker, "rebels");
});

test("de: 'nach eigenen Angaben' mid-sentence names the opening subject; negations in a relative clause and a closing attribution", () => {
  assert.equal(one("Der Chef der Firma, Karl Muster, hat die Produktion nach eigenen Angaben gestoppt.", "de").speaker, "Karl Muster");
  assert.equal(one("Die Kommissarin forderte eine Truppe, die nicht der Armee angehört, um die Polizei zu stützen.", "de").speaker, "Kommissarin");
  const cs = claims("Das Ministerium wirft den Festgenommenen Widerstand vor, teilten örtliche Medien am Mittwoch mit.", "de");
  assert.deepEqual(cs.map((c) => [c.speaker, c.text]), [["örtliche Medien", "Das Ministerium wirft den Festgenommenen Widerstand vor"]]);
});

test("partitive speakers, participles in apposition, an 'and' inside a relative clause", async () => {
  assert.equal(one("„Wir bleiben hier“, sagte eine der Anwohnerinnen am Abend.", "de").speaker, "eine der Anwohnerinnen");
  assert.equal(one("\"We are not afraid,\" one of the protesters said.", "en").speaker, "one of the protesters");
  assert.equal(claims("One of the victims, described as a teenage boy, was shot in the head.", "en").length, 0);
  assert.equal(one("The police described the attack as brutal.", "en").speaker, "police");
  const cs = claims("The official identified the target as a commander who planned the raid that killed 20 people and started the war.", "en");
  assert.equal(cs.length, 1);
  const { extract } = await import("../../src/extract/index.js");
  const told = extract("Die Lage sei ruhig, sagte einer von ihnen der Deutschen Presse-Agentur.", { lang: "de", published: "2024-05-06" }).claims;
  assert.deepEqual(told.map((c) => c.source), ["einer von ihnen"]);
});

test("en: 'There were reports of ...' is hedged; a clause-only verb closing the sentence after its content reports", () => {
  const c = one("There were also reports of similar protests in the north.", "en");
  assert.equal(c.mode, "hedged");
  assert.equal(c.source, null);
  assert.equal(one("The bridge is closed, the mayor added.", "en").speaker, "mayor");
  assert.equal(claims("He wrote the hymn in 1990.", "en").length, 0);
});

test("de: an observing reporter ('wie ein Reporter beobachtete') attributes; observing an event does not", () => {
  assert.equal(one("Die Bewohner verließen die Stadt zu Fuß, wie ein Reporter der Agentur beobachtete.", "de").speaker, "Reporter der Agentur");
  assert.equal(claims("Die Polizei beobachtete die Demonstration.", "de").length, 0);
});

test("sources that are no speakers: a time opening the clause, a count after the verb's preposition", async () => {
  const { extract } = await import("../../src/extract/index.js");
  const speakers = (text: string) => extract(text, { lang: "de", published: "2024-05-06" }).claims.map((c) => c.source);
  assert.deepEqual(speakers("Samstagmittag meldete die Feuerwehr zwei Verletzte."), ["Feuerwehr"]);
  assert.deepEqual(speakers("Insgesamt spricht die Feuerwehr von 40 Einsätzen."), ["Feuerwehr"]);
  assert.deepEqual(speakers("Am Samstag meldete die Feuerwehr zwei Verletzte."), ["Feuerwehr"]);
});

test("de: a title with the body it belongs to joins the name after it", () => {
  assert.equal(one("Wie die Bürgermeisterin von Beispielstadt, Anna Muster, erklärte, bleibt die Brücke gesperrt.", "de").source, "Bürgermeisterin von Beispielstadt, Anna Muster");
});

// ------------------------------------------------------------------ seed article (shared data)

// the project root is the first folder upwards with a package.json (works from test/ and from dist/test/)
function projectRoot(): URL {
  let dir = new URL("./", import.meta.url);
  for (let k = 0; k < 6 && !existsSync(new URL("package.json", dir)); k++) dir = new URL("../", dir);
  return dir;
}
const shared = new URL("../shared/", projectRoot());
const seedGold = new URL("eval/dev/de-tagesschau-kasachstan-2022-01-08.gold.json", shared);
test("seed article: every required gold claim is found with its source", { skip: !existsSync(seedGold) && "../shared is absent" }, async () => {
  const gold = JSON.parse(readFileSync(seedGold, "utf8"));
  const text = readFileSync(new URL("eval/dev/de-tagesschau-kasachstan-2022-01-08.txt", shared), "utf8");
  const { extract } = await import("../../src/extract/index.js");
  const x = extract(text, { lang: "de", published: gold.published });
  const norm = (s: string) => new Set(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" "));
  const dice = (a: string, b: string) => {
    const A = norm(a), B = norm(b);
    let n = 0;
    for (const w of A) if (B.has(w)) n++;
    return (2 * n) / (A.size + B.size);
  };
  let found = 0, required = 0;
  for (const g of gold.claims.filter((c: { optional?: boolean }) => !c.optional)) {
    required++;
    if (x.claims.some((p) => dice(p.text, g.text) >= 0.5)) found++;
  }
  assert.ok(found / required >= 0.9, `found ${found}/${required}`);
  assert.ok(x.claims.length <= required + 3, `too many claims: ${x.claims.length}`);
});
