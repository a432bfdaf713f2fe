// Corroboration counts originators, never copies: the agency behind syndicated copies, the speaker
// behind an attribution; a denial of a claim is its contradiction, never its twin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSituation } from "../../src/situation/index.js";
import { deniesClaim } from "../../src/situation/claims.js";
import { toSituationArticle } from "../../src/store/index.js";
import type { Story } from "../../src/schema/index.js";
import { makeExtraction, type EntSpec, type Spec } from "./fixtures.js";

const storiesOf = (specs: Spec[]): Story[] => buildSituation(specs.map((s) => toSituationArticle(makeExtraction(s)))).stories;
const PLACES: EntSpec[] = [{ name: "Nordhafen", key: "nordhafen", country: "DE" }, { name: "Westmark", key: "westmark", country: "DE" }];

const AGENCY_TEXT =
  "Nordhafen (dpa) - Nach dem Sturm über der Westmark sind nach Angaben des Innenministeriums drei Menschen ums Leben gekommen. " +
  "Der Fährverkehr zu den Inseln ruht seit dem Morgen, zahlreiche Straßen sind wegen umgestürzter Bäume gesperrt. " +
  "Das Innenministerium erklärte, die Aufräumarbeiten würden mehrere Tage dauern. " +
  "Die Stromversorgung sei in weiten Teilen der Region noch unterbrochen.";

test("four syndicated copies of one agency text are one source", () => {
  const outlets = ["Nordkurier Online", "Der Landbote", "Hafenblatt", "Westmark Echo"];
  const specs: Spec[] = outlets.map((outlet, i) => ({
    url: `https://outlet${i}.example/sturm`, outlet, published: "2024-03-02", credits: ["dpa"], title: `Sturm in der Westmark (${outlet})`,
    text: i === 2 ? AGENCY_TEXT.replace("zahlreiche Straßen", "viele Straßen") : AGENCY_TEXT,
    entities: PLACES,
    figures: [{ phrase: "drei Menschen ums Leben gekommen", value: 3, source: "Innenministerium" }],
    claims: [
      { phrase: "die Aufräumarbeiten würden mehrere Tage dauern", source: "Das Innenministerium", speaker: "Innenministerium" },
      { phrase: "Die Stromversorgung sei in weiten Teilen der Region noch unterbrochen" },
    ],
  }));
  const stories = storiesOf(specs);
  assert.equal(stories.length, 1);
  const story = stories[0]!;
  assert.equal(story.articles.length, 4);
  assert.equal(story.sources, 1, "four copies of one dpa text: one source");
  const unattributed = story.claims.find((c) => c.text.startsWith("Die Stromversorgung"))!;
  assert.equal(unattributed.independentSources, 1);
  assert.deepEqual(unattributed.originators, ["dpa"], "the agency behind the copies");
  assert.equal(unattributed.status, "single-source");
  const quoted = story.claims.find((c) => c.text.includes("Aufräumarbeiten"))!;
  assert.deepEqual(quoted.originators, ["Innenministerium"]);
  const killed = story.figures.find((f) => f.category === "killed")!;
  assert.equal(killed.timeline.length, 1);
  assert.equal(killed.timeline[0]!.copies, 4);
  assert.equal(killed.timeline[0]!.originator, "Innenministerium");
});

test("two outlets quoting the same ministry are one source; two named speakers are two", () => {
  const ministry = (outlet: string, text: string, phrase: string): Spec => ({
    url: `https://${outlet.toLowerCase().replace(/ /g, "-")}.example/grenze`, outlet, published: "2024-03-05", title: `Grenze bleibt zu (${outlet})`, text, entities: PLACES,
    claims: [{ phrase, source: "das Verkehrsministerium", speaker: "Verkehrsministerium" }],
  });
  const phrase = "die Brücke nach Westmark bleibe bis Ende der Woche gesperrt";
  const specs: Spec[] = [
    ministry("Kreisanzeiger", `In Nordhafen hieß es am Dienstag vom Verkehrsministerium, ${phrase}. Pendler müssen Umwege fahren.`, phrase),
    ministry("Abendzeitung Nord", `Schlechte Nachrichten für Pendler aus der Westmark: Das Verkehrsministerium teilte mit, ${phrase}. Eine Umleitung über Nordhafen ist ausgeschildert.`, phrase),
  ];
  const story = storiesOf(specs)[0]!;
  assert.equal(story.articles.length, 2);
  assert.equal(story.sources, 2, "two outlets with their own reports");
  const claim = story.claims.find((c) => c.text === phrase)!;
  assert.equal(claim.articles.length, 2);
  assert.equal(claim.independentSources, 1, "one ministry quoted twice");
  assert.equal(claim.status, "single-source");
  // two different named speakers saying the same, even in one article, are two sources
  const two: Spec = {
    url: "https://kreisanzeiger.example/bruecke", outlet: "Kreisanzeiger", published: "2024-03-05", title: "Brücke gesperrt", entities: PLACES,
    text: `Der Bürgermeister von Nordhafen sagte, ${phrase}. Auch die Landrätin der Westmark erklärte, ${phrase}.`,
    claims: [{ phrase, source: "Der Bürgermeister von Nordhafen", speaker: "Bürgermeister" }, { phrase, source: "die Landrätin der Westmark", speaker: "Landrätin" }],
  };
  const extraction = makeExtraction(two);
  const second = two.text.lastIndexOf(phrase); // the fixture helper places both at the first occurrence
  extraction.claims[1] = { ...extraction.claims[1]!, start: second, end: second + phrase.length };
  const sameArticle = buildSituation([toSituationArticle(extraction)]).stories[0]!.claims.find((c) => c.text === phrase)!;
  assert.deepEqual(sameArticle.originators!.sort(), ["Bürgermeister", "Landrätin"]);
  assert.equal(sameArticle.independentSources, 2);
  assert.equal(sameArticle.status, "corroborated");
});

test("a denial of a claim is its contradiction, never its twin", () => {
  const en = (outlet: string, text: string, claim: { phrase: string; speaker: string; cue: string }): Spec => ({
    url: `https://${outlet.toLowerCase().replace(/ /g, "-")}.example/clashes`, outlet, published: "2024-03-07", lang: "en", title: `Clashes in Nordhafen (${outlet})`, text,
    entities: PLACES, claims: [{ ...claim, source: claim.speaker }],
  });
  const specs: Spec[] = [
    en("Harbour Times", "After the clashes in Nordhafen, the interior ministry denied that the police fired first. Westmark stayed calm.", { phrase: "the police fired first", speaker: "interior ministry", cue: "denied" }),
    en("Coast Daily", "Witnesses in Nordhafen said the police fired first. In Westmark, shops reopened.", { phrase: "the police fired first", speaker: "Witnesses", cue: "said" }),
  ];
  const story = storiesOf(specs)[0]!;
  const claims = story.claims.filter((c) => c.text === "the police fired first");
  assert.equal(claims.length, 2, "the denial and the claim stay apart");
  assert.ok(claims.every((c) => c.status === "contradicted"), claims.map((c) => c.status).join(", "));
  const denied = claims.find((c) => c.denied)!;
  assert.deepEqual(denied.sources, ["interior ministry"]);
  assert.deepEqual(denied.contradictedBy, ["the police fired first"]);
  // German: 'bestritt' denies; 'wies ... zurück' only with both words; 'sagte', 'wies darauf hin' do not
  assert.equal(deniesClaim("bestritt", "de"), true);
  assert.equal(deniesClaim("wies zurück", "de"), true);
  assert.equal(deniesClaim("wies darauf hin", "de"), false);
  assert.equal(deniesClaim("sagte", "de"), false);
  assert.equal(deniesClaim("denies", "en"), true);
  assert.equal(deniesClaim("said", "en"), false);
});

test("a German denial and its claim from two outlets contradict each other", () => {
  const phrase = "die Polizei habe zuerst geschossen";
  const de = (outlet: string, text: string, speaker: string, cue: string, claimPhrase: string): Spec => ({
    url: `https://${outlet.toLowerCase().replace(/ /g, "-")}.example/schuesse`, outlet, published: "2024-03-07", title: `Schüsse in Nordhafen (${outlet})`, text,
    entities: PLACES, claims: [{ phrase: claimPhrase, source: speaker, speaker, cue }],
  });
  const story = storiesOf([
    de("Kreisanzeiger", `Das Innenministerium bestritt, dass ${phrase.replace("habe zuerst geschossen", "zuerst geschossen habe")}. In Nordhafen und der Westmark blieb es ruhig.`, "Innenministerium", "bestritt", "dass die Polizei zuerst geschossen habe"),
    de("Abendzeitung Nord", `Augenzeugen in Nordhafen sagten, ${phrase}. In der Westmark öffneten die Geschäfte.`, "Augenzeugen", "sagten", phrase),
  ])[0]!;
  assert.equal(story.articles.length, 2);
  const statuses = story.claims.map((c) => [c.denied ?? false, c.status]);
  assert.deepEqual(statuses.sort(), [[false, "contradicted"], [true, "contradicted"]]);
});
