// Unit tests of the article reader on invented articles (invented outlets, places and people).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseArticle, InputError, sniffFormat, type ParsedArticle } from "../../src/ingest/index.js";
import { Article } from "../../src/schema/index.js";
import { Document } from "../../src/nlp/document.js";
import { tokenizeDocument } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";

const roleText = (p: ParsedArticle, role: string) => p.blocks.filter((b) => b.role === role).map((b) => p.text.slice(b.start, b.end));

/** Invariants every parse must keep: valid Article, sorted non-overlapping blocks inside the text. */
function checkInvariants(p: ParsedArticle): void {
  const v = Article.safeParse(p.article);
  assert.ok(v.success, `article violates the schema: ${v.success ? "" : JSON.stringify(v.error.issues[0])}`);
  let prevEnd = 0;
  let prevSection = 0;
  for (const b of p.blocks) {
    assert.ok(b.start >= prevEnd, `blocks overlap or are unsorted at ${b.start}`);
    assert.ok(b.end > b.start && b.end <= p.text.length, `block out of range ${b.start}-${b.end}`);
    assert.equal(p.text.slice(b.start, b.end).trim(), p.text.slice(b.start, b.end), "block not trimmed");
    assert.ok(b.section >= prevSection, "section index decreases");
    assert.ok(b.section < p.article.sections.length, "section index beyond article.sections");
    prevEnd = b.end;
    prevSection = b.section;
  }
}

const GERMAN_PAGE = [
  "Ein Boot der Wasserschutzpolizei vor dem Hafen von Neustadt an der Auen. | Beispielagentur",
  "",
  "Streik im Hafen Erneut stehen die Kräne in Neustadt still",
  "",
  "Stand: 14.03.2023 17:45 Uhr",
  "",
  "Im Hafen von Neustadt ist erneut gestreikt worden. Die Gewerkschaft fordert mehr Lohn. Die Reederei will verhandeln.",
  "",
  "Rund 800 Beschäftigte legten am Morgen die Arbeit nieder, wie die Gewerkschaft mitteilte. Die Schiffe stauten sich vor der Einfahrt.",
  "",
  "Reederei bietet Gespräche an",
  "",
  "Ein Sprecher der Reederei Weißmeer sagte, man sei zu Gesprächen bereit. Einen Termin nannte er nicht.",
  "",
  "Video: Streikende vor dem Hafentor",
  "",
  "Wie geht es weiter?",
  "",
  "Die Schlichterin Petra Erdacht soll am Freitag vermitteln. Beide Seiten stimmten dem zu.",
  "",
  "Über dieses Thema berichtete Radio Neustadt am 14. März 2023 um 18:00 Uhr.",
].join("\n");

test("German page: caption with pipe credit, glued kicker and title, Stand line, teaser, sections, embed, broadcast", () => {
  const p = parseArticle(GERMAN_PAGE, { lang: "de" });
  checkInvariants(p);
  const a = p.article;
  assert.equal(a.kicker, "Streik im Hafen");
  assert.equal(a.title, "Erneut stehen die Kräne in Neustadt still");
  assert.equal(a.updated, "2023-03-14T17:45");
  assert.equal(a.timezone, "Europe/Berlin");
  assert.equal(a.published, null);
  assert.deepEqual(a.credits, ["Beispielagentur"]);
  assert.deepEqual(a.captions, [{ text: "Ein Boot der Wasserschutzpolizei vor dem Hafen von Neustadt an der Auen.", credit: "Beispielagentur" }]);
  assert.match(a.teaser ?? "", /^Im Hafen von Neustadt ist erneut gestreikt worden\./);
  assert.deepEqual(a.sections.map((s) => s.heading), [null, "Reederei bietet Gespräche an", "Wie geht es weiter?"]);
  assert.deepEqual(a.sections.map((s) => s.paragraphs.length), [1, 1, 1]);
  assert.deepEqual(a.embeds, ["Video: Streikende vor dem Hafentor"]);
  assert.equal(a.broadcast, "Über dieses Thema berichtete Radio Neustadt am 14. März 2023 um 18:00 Uhr.");
  assert.deepEqual(roleText(p, "kicker"), ["Streik im Hafen"]);
  assert.deepEqual(roleText(p, "credit"), ["Beispielagentur"]);
  assert.deepEqual(roleText(p, "dateline"), ["Stand: 14.03.2023 17:45 Uhr"]);
  assert.deepEqual(roleText(p, "heading"), ["Reederei bietet Gespräche an", "Wie geht es weiter?"]);
  assert.equal(roleText(p, "broadcast").length, 1);
  // the heading block opens its own section
  const h = p.blocks.find((b) => b.role === "heading")!;
  assert.equal(h.section, 1);
});

test("block boundaries are sentence boundaries: kicker and title never merge into one sentence", () => {
  const p = parseArticle(GERMAN_PAGE, { lang: "de" });
  const doc = new Document(p.text, p.language, { blocks: p.blocks });
  tokenizeDocument(doc);
  splitSentences(doc);
  const sents = doc.sentences.map((s) => doc.sentenceText(s));
  assert.ok(sents.includes("Streik im Hafen"), sents.slice(0, 4).join(" | "));
  assert.ok(sents.includes("Erneut stehen die Kräne in Neustadt still"));
});

test("kicker and title on two lines; one headline line without an opener stays the title", () => {
  const two = parseArticle("Wahl in Beispielland\nAmtsinhaber erklärt sich zum Sieger\n\nDer bisherige Präsident Tomas Ersonnen hat sich nach der Wahl am Sonntag zum Sieger erklärt. Die Opposition spricht von Betrug.\n\nBeobachter berichteten von langen Schlangen vor den Wahllokalen.", { lang: "de" });
  checkInvariants(two);
  assert.equal(two.article.kicker, "Wahl in Beispielland");
  assert.equal(two.article.title, "Amtsinhaber erklärt sich zum Sieger");
  assert.match(two.article.teaser ?? "", /^Der bisherige Präsident/);

  const one = parseArticle("Streit um den Ausbau des Hafens von Neustadt\n\nDer Stadtrat hat den Ausbau des Hafens vertagt. Mehrere Anwohner hatten geklagt.", { lang: "de" });
  assert.equal(one.article.kicker, null);
  assert.equal(one.article.title, "Streit um den Ausbau des Hafens von Neustadt");

  // a function word cannot end a kicker
  const how = parseArticle("Was Sie jetzt über den Streik wissen müssen\n\nDer Streik im Hafen von Neustadt geht weiter. Die Gewerkschaft will bis Freitag streiken.", { lang: "de" });
  assert.equal(how.article.kicker, null);
  assert.equal(how.article.title, "Was Sie jetzt über den Streik wissen müssen");
  const toll = parseArticle("Erdbeben in Beispielland Hunderte Tote befürchtet\n\nNach dem schweren Beben werden Hunderte Tote befürchtet. Retter suchen nach Verschütteten.", { lang: "de" });
  assert.equal(toll.article.kicker, "Erdbeben in Beispielland");
  assert.equal(toll.article.title, "Hunderte Tote befürchtet");

  // a colon joins one title: no split after it
  const colon = parseArticle("Bürgermeisterin Ersonnen: Die Lage ist unter Kontrolle\n\nDie Bürgermeisterin von Neustadt hat zur Ruhe aufgerufen. Die Feuerwehr sei im Einsatz.", { lang: "de" });
  assert.equal(colon.article.kicker, null);
  assert.equal(colon.article.title, "Bürgermeisterin Ersonnen: Die Lage ist unter Kontrolle");
});

test("closing agency credit with a date sets credits and published, and becomes its own block", () => {
  const text =
    "In Neustadt haben am Dienstag mehrere Hundert Menschen gegen die Schließung des Krankenhauses demonstriert. Die Polizei sprach von einem friedlichen Verlauf.\n" +
    "Die Landesregierung will am Donnerstag über die Zukunft der Klinik beraten. (dpa/Stand 02.05.2023)";
  const p = parseArticle(text, { lang: "de" });
  checkInvariants(p);
  assert.deepEqual(p.article.credits, ["dpa"]);
  assert.equal(p.article.published, "2023-05-02");
  assert.deepEqual(roleText(p, "credit"), ["dpa/Stand 02.05.2023"]);
  assert.equal(p.article.sections[0].paragraphs.at(-1), "Die Landesregierung will am Donnerstag über die Zukunft der Klinik beraten.");
  // --published wins over the credit's date
  assert.equal(parseArticle(text, { lang: "de", published: "2023-05-01" }).article.published, "2023-05-01");
  // an agency credit without a date
  const afp = parseArticle("Die Feuerwehr von Neustadt hat einen Großbrand in einer Lagerhalle gelöscht. Verletzt wurde niemand. (AFP)", { lang: "de" });
  assert.deepEqual(afp.article.credits, ["AFP"]);
  assert.equal(afp.article.published, null);
  // closing source notes
  const note = parseArticle("Die Polizei hat in Neustadt drei Männer festgenommen. Sie sollen Autos gestohlen haben.\n\nMit Material von dpa und AFP", { lang: "de" });
  assert.deepEqual(note.article.credits, ["dpa", "AFP"]);
  assert.deepEqual(roleText(note, "credit"), ["Mit Material von dpa und AFP"]);
  const reuters = parseArticle("Police in Eastmouth arrested three men on Monday, a spokesman said. (Reporting by Jane Inventa; additional reporting by AFP)", { lang: "en" });
  assert.deepEqual(reuters.article.credits, ["AFP"]);
  assert.equal(reuters.article.sections[0].paragraphs[0], "Police in Eastmouth arrested three men on Monday, a spokesman said.");
  // a parenthesis that is not a credit stays in the text
  const party = parseArticle("Der Antrag kam von Tomas Ersonnen (Grüne). Er wurde abgelehnt (knapp)", { lang: "de" });
  assert.deepEqual(party.article.credits, []);
});

test("German photo credits: (Foto: X) and © X", () => {
  const p = parseArticle(
    "Hochwasser in Neustadt\n\nFeuerwehrleute stapeln Sandsäcke am Ufer der Auen (Foto: Greta Erfunden)\n\nDer Pegel der Auen ist über Nacht stark gestiegen. Mehrere Straßen wurden gesperrt.\n\nDie Stadt hat einen Krisenstab eingerichtet. Er tagt stündlich.",
    { lang: "de" },
  );
  checkInvariants(p);
  assert.deepEqual(p.article.captions, [{ text: "Feuerwehrleute stapeln Sandsäcke am Ufer der Auen", credit: "Greta Erfunden" }]);
  assert.deepEqual(p.article.credits, ["Greta Erfunden"]);
  assert.equal(p.article.title, "Hochwasser in Neustadt");
  const c = parseArticle("Demonstranten auf dem Marktplatz von Neustadt © Tom Erdacht\n\nAm Samstag haben in Neustadt Tausende gegen höhere Mieten demonstriert. Die Polizei zählte rund 3000 Teilnehmer.", { lang: "de" });
  checkInvariants(c);
  assert.deepEqual(c.article.captions, [{ text: "Demonstranten auf dem Marktplatz von Neustadt", credit: "Tom Erdacht" }]);
});

test("English page: dateline with agency, byline, Image copyright/caption, question heading, caption with (Credit)", () => {
  const text = [
    "Dam breach floods villages in Northvale",
    "",
    "By Jane Inventa and Tom Madeup, Example Wire",
    "",
    "RIVERTON (Reuters) - A dam on the Silver River burst on Tuesday, flooding at least five villages, officials said.",
    "",
    "Emergency crews evacuated about 2,000 people overnight, the regional governor told reporters.",
    "",
    "Image copyright AFP Image caption Residents wade through a flooded street in Riverton",
    "",
    "What happens next?",
    "",
    "Engineers will inspect the remaining dams in the region this week, the ministry said.",
    "",
    "Volunteers hand out water in the town square. (Northvale Times)",
    "",
    "The government has promised compensation for the families who lost their homes.",
  ].join("\n");
  const p = parseArticle(text, { lang: "en" });
  checkInvariants(p);
  const a = p.article;
  assert.equal(a.title, "Dam breach floods villages in Northvale");
  assert.equal(a.kicker, null);
  assert.deepEqual(a.authors, ["Jane Inventa", "Tom Madeup"]);
  assert.deepEqual(roleText(p, "dateline"), ["RIVERTON (Reuters)"]);
  assert.ok(a.teaser?.startsWith("A dam on the Silver River burst"), a.teaser ?? "");
  assert.deepEqual(a.credits, ["Reuters", "AFP", "Northvale Times"]);
  assert.deepEqual(a.captions, [
    { text: "Residents wade through a flooded street in Riverton", credit: "AFP" },
    { text: "Volunteers hand out water in the town square.", credit: "Northvale Times" },
  ]);
  assert.deepEqual(a.sections.map((s) => s.heading), [null, "What happens next?"]);
  assert.deepEqual(a.sections[1].paragraphs.length, 2);
});

test("English outlet dateline line gives updated, published and outlet", () => {
  const p = parseArticle(
    "Port workers strike over pay in Eastmouth\n\nExample News, 3 Mar 2023 - 14:05, Eastmouth\n\nDock workers in Eastmouth walked out on Friday, halting traffic at the country's second-largest port, union leaders said.\n\nThe port authority said talks would resume next week.",
    { lang: "en" },
  );
  checkInvariants(p);
  assert.equal(p.article.updated, "2023-03-03T14:05");
  assert.equal(p.article.published, "2023-03-03");
  assert.equal(p.article.outlet, "Example News");
  assert.equal(p.article.title, "Port workers strike over pay in Eastmouth");
  const pub = parseArticle("Storm hits the coast of Eastmouth\n\nPublished: January 8, 2022 9:12 AM ET\nUpdated: January 9, 2022 at 7:05 PM ET\n\nA storm hit the coast of Eastmouth on Saturday. Thousands of homes lost power.", { lang: "en" });
  checkInvariants(pub);
  assert.equal(pub.article.published, "2022-01-08");
  assert.equal(pub.article.updated, "2022-01-09T19:05");
  assert.equal(pub.article.timezone, null);
});

test("plain text without any page furniture is one section of paragraphs", () => {
  const p = parseArticle("Die Stadt Neustadt hat ein neues Rathaus. Es wurde am Montag eröffnet.\nDer Bau dauerte drei Jahre und kostete 20 Millionen Euro.", { lang: "de" });
  checkInvariants(p);
  assert.equal(p.article.title, null);
  assert.equal(p.article.teaser, null);
  assert.deepEqual(p.article.sections, [{ heading: null, paragraphs: ["Die Stadt Neustadt hat ein neues Rathaus. Es wurde am Montag eröffnet.", "Der Bau dauerte drei Jahre und kostete 20 Millionen Euro."] }]);
  assert.equal(p.blocks.length, 2);
});

test("language: detected for German and English, --lang overrides, French warns, too short warns", () => {
  const de = parseArticle("Die Polizei hat am Montag in der Innenstadt von Neustadt mehrere Demonstranten festgenommen. Nach Angaben eines Sprechers wurden dabei zwei Beamte leicht verletzt, die Lage sei inzwischen ruhig.");
  assert.equal(de.language, "de");
  assert.deepEqual(de.warnings, []);
  const en = parseArticle("Police arrested several protesters in the centre of Eastmouth on Monday. A spokesman said two officers were slightly injured and that the situation had calmed down since the evening.");
  assert.equal(en.language, "en");
  assert.deepEqual(en.warnings, []);
  assert.equal(parseArticle(en.text, { lang: "de" }).language, "de");
  const fr = parseArticle("La police a arrêté plusieurs manifestants lundi dans le centre de la ville. Selon un porte-parole, deux agents ont été légèrement blessés et la situation s'est calmée depuis la soirée.");
  assert.equal(fr.warnings.length, 1);
  assert.match(fr.warnings[0], /French \(fr\).*not support/);
  assert.ok(["de", "en"].includes(fr.language));
  const short = parseArticle("Hallo Welt");
  assert.equal(short.language, "de");
  assert.match(short.warnings[0], /too short/);
});

const HTML_PAGE = `<!DOCTYPE html><html lang="en"><head><title>Bridge reopens | Example Courier</title>
<meta property="og:title" content="Old bridge reopens after two years of repairs">
<meta property="og:site_name" content="Example Courier">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Old bridge reopens after two years of repairs","datePublished":"2023-06-01T07:30:00+02:00","dateModified":"2023-06-01T09:05:00+02:00","author":{"@type":"Person","name":"Mara Fictional"},"publisher":{"@type":"Organization","name":"Example Courier"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
<h1>Old bridge reopens after two years of repairs</h1>
<p>The old stone bridge over the Silver River in Riverton reopened to traffic on Thursday after two years of repairs that cost the city about 12 million dollars.</p>
<figure><img src="b.jpg"><figcaption>Cyclists cross the reopened bridge. Photo: Leo Invented</figcaption></figure>
<p>Mayor Ada Pretend cut the ribbon in front of several hundred residents. She said the bridge was the heart of the town and would now last another century.</p>
<h2>Traffic limits remain</h2>
<p>Lorries heavier than 7.5 tonnes will still have to use the bypass, the city engineers said. The limit will be reviewed next year.</p>
</article><footer>Contact us. All rights reserved.</footer></body></html>`;

test("HTML: readable text with headings, captions and JSON-LD metadata", () => {
  assert.equal(sniffFormat(HTML_PAGE), "html");
  const p = parseArticle(HTML_PAGE, {});
  checkInvariants(p);
  const a = p.article;
  assert.equal(p.language, "en");
  assert.equal(a.title, "Old bridge reopens after two years of repairs");
  assert.equal(a.published, "2023-06-01");
  assert.equal(a.updated, "2023-06-01T09:05");
  assert.equal(a.outlet, "Example Courier");
  assert.deepEqual(a.authors, ["Mara Fictional"]);
  assert.deepEqual(a.captions, [{ text: "Cyclists cross the reopened bridge.", credit: "Leo Invented" }]);
  assert.deepEqual(a.sections.map((s) => s.heading), [null, "Traffic limits remain"]);
  assert.ok(!p.text.includes("Home"), "navigation leaked into the text");
  assert.ok(!p.text.includes("All rights reserved"), "footer leaked into the text");
  assert.equal(roleText(p, "title")[0], a.title);
});

test("HTML without an article is an InputError", () => {
  assert.throws(() => parseArticle("<html><body><nav><a href='/'>Home</a></nav><form><input name=q></form></body></html>", {}), InputError);
});

test("JSON record: text with title and published; html record; missing text; JSONL", () => {
  const rec = JSON.stringify({ url: "https://example.org/x", outlet: "Example Courier", published: "2023-06-02T10:00:00Z", title: "Council approves budget", text: "The town council of Riverton approved the budget for next year on Friday. The vote was seven to two, the council said in a statement." });
  assert.equal(sniffFormat(rec), "json");
  assert.equal(sniffFormat('[\n  {\n    "text": "x"\n  }\n]'), "json");
  assert.equal(sniffFormat("{Eilmeldung} Die Polizei meldet einen Großeinsatz in Neustadt."), "text");
  assert.equal(sniffFormat("Die Polizei meldet einen Großeinsatz. <b>Mehr</b> später."), "text");
  const p = parseArticle(rec, {});
  checkInvariants(p);
  assert.equal(p.article.title, "Council approves budget");
  assert.equal(p.article.published, "2023-06-02");
  assert.equal(p.article.url, "https://example.org/x");
  assert.equal(p.article.outlet, "Example Courier");
  assert.equal(p.language, "en");
  assert.ok(p.text.startsWith("Council approves budget\n\n"));

  const h = parseArticle(JSON.stringify({ html: HTML_PAGE, url: "https://example.org/bridge" }), {});
  assert.equal(h.article.title, "Old bridge reopens after two years of repairs");
  assert.equal(h.article.url, "https://example.org/bridge");

  const fr = parseArticle(JSON.stringify({ language: "fr", text: "La police a arrêté plusieurs manifestants lundi dans le centre de la ville. Selon un porte-parole, deux agents ont été légèrement blessés." }), {});
  assert.ok(fr.warnings.some((w) => /"fr" is not supported/.test(w)));

  assert.throws(() => parseArticle(JSON.stringify({ url: "https://example.org/x", title: "t" }), {}), /no text or html/);
  assert.throws(() => parseArticle('{"text": "a"}\n{"text": "b"}\n', {}), /JSONL/);
  assert.throws(() => parseArticle('{"text": ', {}), /not valid JSON/);
});

test("empty input is an InputError", () => {
  assert.throws(() => parseArticle("  \n\n ", {}), InputError);
});

test("hard-wrapped paragraphs are joined without changing offsets; one-line paragraphs are not", () => {
  const wrapped = [
    "Neue Brücke in Neustadt eröffnet",
    "",
    "Die neue Brücke über die Auen ist am Samstag nach drei Jahren Bauzeit",
    "eröffnet worden. Bürgermeisterin Jana Ausgedacht sprach von einem guten",
    "Tag für die Stadt, die lange auf die Verbindung gewartet habe.",
    "",
    "Der Bau kostete nach Angaben der Stadt rund 40 Millionen Euro und damit",
    "deutlich mehr als geplant. Die Opposition im Stadtrat kritisierte die",
    "Kosten und verlangte eine Prüfung durch den Rechnungshof des Landes.",
  ].join("\n");
  const p = parseArticle(wrapped, { lang: "de" });
  checkInvariants(p);
  assert.equal(p.text.length, wrapped.length);
  assert.equal(p.article.title, "Neue Brücke in Neustadt eröffnet");
  assert.match(p.article.teaser ?? "", /^Die neue Brücke .* Bauzeit eröffnet worden\. .*gewartet habe\.$/);
  assert.equal(p.article.sections[0].paragraphs.length, 1);
  assert.match(p.article.sections[0].paragraphs[0], /und damit deutlich mehr/);

  const oneLine = "Die Polizei hat am Montag drei Männer in Neustadt festgenommen.\nDie Männer sollen in mehrere Geschäfte eingebrochen sein, so ein Sprecher.\nSie wurden am Dienstag einem Haftrichter in der Kreisstadt vorgeführt.\nDer Prozess soll im Herbst vor dem Landgericht beginnen, hieß es.";
  assert.equal(parseArticle(oneLine, { lang: "de" }).article.sections[0].paragraphs.length, 4);
});

test("HTML: a page heading 'Kicker Title' gives the kicker; a Stand paragraph gives updated; broadcast note found", () => {
  const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Streik | Beispielschau</title>
<meta property="og:title" content="Kräne stehen still"></head><body><header><nav><a href="/">Startseite</a></nav></header>
<main><article><div><h1><span>Streik in Neustadt</span> <span>Kräne stehen still</span></h1><p>Stand: 14.03.2023 17:45 Uhr</p></div>
<p><strong>Im Hafen von Neustadt ist erneut gestreikt worden. Die Gewerkschaft fordert mehr Lohn.</strong></p>
<p>Rund 800 Beschäftigte legten am Morgen die Arbeit nieder, wie die Gewerkschaft mitteilte. Die Schiffe stauten sich vor der Einfahrt, Lastwagen warteten kilometerweit.</p>
<h2>Reederei bietet Gespräche an</h2>
<p>Ein Sprecher der Reederei Weißmeer sagte, man sei zu Gesprächen bereit. Einen Termin nannte er nicht. Die Gewerkschaft will bis Freitag streiken.</p>
<p>Über dieses Thema berichtete Radio Neustadt am 14. März 2023 um 18:00 Uhr.</p></article></main><footer>Impressum</footer></body></html>`;
  const p = parseArticle(html, {});
  checkInvariants(p);
  const a = p.article;
  assert.equal(a.kicker, "Streik in Neustadt");
  assert.equal(a.title, "Kräne stehen still");
  assert.equal(a.updated, "2023-03-14T17:45");
  assert.match(a.teaser ?? "", /^Im Hafen von Neustadt/);
  assert.deepEqual(a.sections.map((s) => s.heading), [null, "Reederei bietet Gespräche an"]);
  assert.match(a.broadcast ?? "", /^Über dieses Thema berichtete/);
});

test("HTML without metadata: the first heading is the title, <br> is a space, <time> gives the date", () => {
  const html = `<html lang="en"><head><title>Flood | Example Courier</title></head><body><article><h1>River floods old town</h1><time datetime="2023-04-02T08:00:00Z">April 2</time>
<p>The river burst its banks on Sunday,<br>flooding the old town of Riverton. Hundreds of residents were evacuated overnight, officials said.</p>
<p>Firefighters pumped water out of cellars through the day. The mayor asked residents to stay away from the river banks until the water recedes.</p></article></body></html>`;
  const p = parseArticle(html, {});
  checkInvariants(p);
  assert.equal(p.article.title, "River floods old town");
  assert.equal(p.article.published, "2023-04-02");
  assert.match(p.article.teaser ?? "", /on Sunday, flooding the old town/);
  assert.ok(!p.text.includes("April 2"));
});
