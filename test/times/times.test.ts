// Unit tests for the time tagger (src/extract/times) with sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tag, expectTimes, expectNone } from "./helpers.js";
import { isoWeek, dayNumber, isoWeekday } from "../../src/extract/times/calendar.js";

test("calendar: ISO weeks and weekdays", () => {
  assert.equal(isoWeek(dayNumber(2021, 1, 3)), "2020-W53");
  assert.equal(isoWeek(dayNumber(2024, 5, 6)), "2024-W19");
  assert.equal(isoWeekday(dayNumber(2024, 5, 10)), 5); // a Friday
});

test("German absolute dates in numeric and written forms", () => {
  expectTimes("Die Behörde meldete am 03.04.2023 neue Zahlen, die Liste vom 5.4.23 war älter.", "de", "2023-04-06", [
    ["am 03.04.2023", "2023-04-03"], ["vom 5.4.23", "2023-04-05"],
  ]);
  expectTimes("Der Vertrag wurde am 14. Februar 2020 unterzeichnet und trat am 1. Okt. 2020 in Kraft.", "de", "2021-01-01", [
    ["am 14. Februar 2020", "2020-02-14"], ["am 1. Okt. 2020", "2020-10-01"],
  ]);
  expectTimes("Gewählt wird bis Freitag 12.Mai, die Frist endet am 30. April.", "de", "2023-04-20", [
    ["bis Freitag 12.Mai", "2023-05-12"], ["am 30. April", "2023-04-30"],
  ]);
});

test("German date with clock time and bare clock times", () => {
  expectTimes("Stand: 04.03.2023 18:45 Uhr\n\nDie Polizei griff gegen 6.30 Uhr ein. Um 14 Uhr war alles vorbei.", "de", "2023-03-04", [
    ["04.03.2023 18:45 Uhr", "2023-03-04T18:45"], ["gegen 6.30 Uhr", "2023-03-04T06:30"], ["Um 14 Uhr", "2023-03-04T14:00"],
  ]);
  expectTimes("Darüber sprach der Sender am 2. März 2023 um 21:15 Uhr.", "de", "2023-03-04", [["am 2. März 2023 um 21:15 Uhr", "2023-03-02T21:15"]]);
});

test("German weekdays resolve to the latest such day on or before the anchor", () => {
  // 2023-03-07 is a Tuesday.
  expectTimes("Die Gewerkschaft streikte am Dienstag, am Montag hatte sie verhandelt. Am vergangenen Dienstag war es ruhig.", "de", "2023-03-07", [
    ["am Dienstag", "2023-03-07"], ["am Montag", "2023-03-06"], ["Am vergangenen Dienstag", "2023-02-28"],
  ]);
  expectTimes("Am kommenden Samstag soll erneut demonstriert werden.", "de", "2023-03-07", [["Am kommenden Samstag", "2023-03-11"]]);
  expectTimes("Bereits am Sonntagabend fielen Schüsse.", "de", "2023-03-07", [["am Sonntagabend", "2023-03-05TEV"]]);
});

test("German nights are dated by their evening", () => {
  // 2023-03-09 is a Thursday.
  expectTimes("In der Nacht zum Donnerstag brannten Autos. Auch in der Nacht auf Mittwoch hatte es gebrannt.", "de", "2023-03-09", [
    ["In der Nacht zum Donnerstag", "2023-03-08TNI"], ["in der Nacht auf Mittwoch", "2023-03-07TNI"],
  ]);
  expectTimes("In der Nacht wurden erneut Explosionen gehört.", "de", "2023-03-09", [["In der Nacht", "2023-03-08TNI"]]);
});

test("German parts of day, relative days and the update time", () => {
  expectTimes("Die Ministerin äußerte sich am Abend. Seit gestern Abend sind die Straßen gesperrt, heute früh wurde geräumt.", "de", "2023-03-09", [
    ["am Abend", "2023-03-09TEV"], ["Seit gestern Abend", "2023-03-08TEV"], ["heute früh", "2023-03-09TMO"],
  ]);
  // Updated in the morning: "am Abend" is the evening before.
  expectTimes("Die Ministerin äußerte sich am Abend.", "de", "2023-03-09", [["am Abend", "2023-03-08TEV"]], "2023-03-09T08:30");
  expectTimes("Am Morgen blieb es ruhig, gestern nicht, morgen wird gewählt.", "de", "2023-03-09", [
    ["Am Morgen", "2023-03-09TMO"], ["gestern", "2023-03-08"], ["morgen", "2023-03-10"],
  ]);
});

test("German relative weeks, months and years", () => {
  // 2019-11-19 lies in ISO week 47.
  expectTimes("Vergangene Woche begann der Streik. Im vergangenen Jahr gab es keinen. Im nächsten Monat wird verhandelt.", "de", "2019-11-19", [
    ["Vergangene Woche", "2019-W46"], ["Im vergangenen Jahr", "2018"], ["Im nächsten Monat", "2019-12"],
  ]);
  expectTimes("Das Feuer brach vor gut einer Woche aus, vor drei Jahren hatte es schon einmal gebrannt, vor einigen Tagen erneut.", "de", "2019-11-19", [
    ["vor gut einer Woche", "2019-11-12"], ["vor drei Jahren", "2016"], ["vor einigen Tagen", "PAST_REF"],
  ]);
});

test("German months, years and durations; ages are not times", () => {
  expectTimes("Seit Mitte März wird gekämpft, im Oktober 2018 begann die Krise. Die 2009 gegründete Partei wächst seit 2015.", "de", "2023-06-01", [
    ["Seit Mitte März", "2023-03"], ["im Oktober 2018", "2018-10"], ["2009", "2009"], ["seit 2015", "2015"],
  ]);
  expectTimes("Die Blockade dauerte drei Tage; seit Wochen wird verhandelt, zum vierten Tag in Folge.", "de", "2023-06-01", [
    ["drei Tage", "P3D"], ["seit Wochen", "P3W"], ["zum vierten Tag in Folge", "P4D"],
  ]);
  expectNone("Der 34-jährige Fahrer ist 34 Jahre alt, seine Tochter wird im Alter von 12 Jahren eingeschult. 2000 Menschen kamen, mindestens 2015 Häuser brannten.", "de", "2023-06-01", [
    "34", "12 Jahren", "2000", "2015",
  ]);
});

test("German vague present words", () => {
  expectTimes("Die Lage ist derzeit unklar; bislang gibt es keine Toten, nun wird verhandelt.", "de", "2023-06-01", [
    ["derzeit", "PRESENT_REF"], ["bislang", "PRESENT_REF"], ["nun", "PRESENT_REF"],
  ]);
});

test("English dates in the usual forms", () => {
  expectTimes("The accord, signed on March 4, 2021, was replaced on 9 June 2022. A draft from Feb. 3 circulated.", "en", "2022-08-01", [
    ["on March 4, 2021", "2021-03-04"], ["on 9 June 2022", "2022-06-09"], ["from Feb. 3", "2022-02-03"],
  ]);
  expectTimes("Reporters, 12 Oct 2023 - 09:05, Berlin", "en", "2023-10-12", [["12 Oct 2023 - 09:05", "2023-10-12T09:05"]]);
  expectTimes("Talks collapsed in October 2019 and will not resume until 2027.", "en", "2023-10-12", [
    ["in October 2019", "2019-10"], ["until 2027", "2027"],
  ]);
});

test("English weekdays, nights and relative days", () => {
  // 2023-10-12 is a Thursday.
  expectTimes("The ministry on Thursday said crowds gathered overnight; on Monday police had fired tear gas. Tuesday's vote was delayed.", "en", "2023-10-12", [
    ["on Thursday", "2023-10-12"], ["overnight", "2023-10-11TNI"], ["on Monday", "2023-10-09"], ["Tuesday", "2023-10-10"],
  ]);
  expectTimes("Last night the curfew was lifted; yesterday the army withdrew, and today shops reopened. Tonight more rallies are planned.", "en", "2023-10-12", [
    ["Last night", "2023-10-11TNI"], ["yesterday", "2023-10-11"], ["today", "2023-10-12"], ["Tonight", "2023-10-12TNI"],
  ]);
  expectTimes("Police used water cannon for a third night.", "en", "2023-10-12", [["for a third night", "2023-10-11TNI"]]);
});

test("English relative periods, ago, durations and ages", () => {
  expectTimes("Last week the talks failed; last year they had succeeded. Two weeks ago a truce began, a few days ago it ended.", "en", "2023-10-12", [
    ["Last week", "2023-W40"], ["last year", "2022"], ["Two weeks ago", "2023-09-28"], ["a few days ago", "PAST_REF"],
  ]);
  expectTimes("The siege lasted five days. Prices are currently high and now rising. The party has ruled since 2006.", "en", "2023-10-12", [
    ["five days", "P5D"], ["currently", "PRESENT_REF"], ["now", "PRESENT_REF"], ["since 2006", "2006"],
  ]);
  expectNone("The 45-year-old driver, who is 45 years old, and 2000 protesters were detained.", "en", "2023-10-12", ["45", "2000"]);
});

test("the time layer carries value and type", () => {
  const doc = tag("Am Freitag um 20 Uhr begann die Sitzung, sie dauerte zwei Stunden.", "de", "2023-03-10");
  const layer = doc.layer<{ value: string; type: string }>("time");
  assert.ok(layer.length >= 2);
  const first = layer[0];
  assert.equal(doc.spanText(first), "Am Freitag um 20 Uhr");
  assert.deepEqual(first.attrs, { value: "2023-03-10T20:00", type: "TIME" });
  const dur = layer.find((s) => s.attrs.type === "DURATION");
  assert.equal(dur?.attrs.value, "PT2H");
});

test("weekends, parts of weeks and vague plural periods", () => {
  // 2023-03-09 is a Thursday in ISO week 10.
  expectTimes("Am Wochenende blieb es ruhig, Anfang der Woche kam es zu Festnahmen. In den letzten Jahren stiegen die Preise.", "de", "2023-03-09", [
    ["Am Wochenende", "2023-W09-WE"], ["Anfang der Woche", "2023-W10"], ["In den letzten Jahren", "PAST_REF"],
  ]);
  expectTimes("Over the weekend thousands marched.", "en", "2023-03-12", [["Over the weekend", "2023-W10-WE"]]);
});

test("historical dates, day-month dates and month-of-year", () => {
  expectTimes("Die Sitzung am 12.03. fiel aus; die Stadt wurde am 3. Mai 1848 belagert.", "de", "2023-06-01", [
    ["am 3. Mai 1848", "1848-05-03"], ["am 12.03.", "2023-03-12"],
  ]);
  expectTimes("Prices peaked in February of 1987 and the 1990 election changed little.", "en", "2023-06-01", [
    ["in February of 1987", "1987-02"], ["1990", "1990"],
  ]);
  expectTimes("Die Abstimmung ist im Juni.", "de", "2023-06-01", [["im Juni", "2023-06"]]);
});

test("future sentences put bare weekdays and months ahead of the anchor", () => {
  // 2023-03-09 is a Thursday.
  expectTimes("Am Sonntag wird in der Region gewählt. Der Prozess soll im Januar beginnen.", "de", "2023-03-09", [
    ["Am Sonntag", "2023-03-12"], ["im Januar", "2024-01"],
  ]);
  expectTimes("The minister said on Monday that the vote will take place.", "en", "2023-03-09", [["on Monday", "2023-03-06"]]);
  expectTimes("Parliament will vote on Tuesday.", "en", "2023-03-09", [["on Tuesday", "2023-03-14"]]);
  expectTimes("Er wird seit Montag vermisst.", "de", "2023-03-09", [["seit Montag", "2023-03-06"]]);
});

test("decades and sets", () => {
  expectTimes("In den 1990er Jahren war die Stadt arm; in the 1980s it was rich. Wir fahren jeden Freitag hin.", "de", "2023-03-09", [
    ["In den 1990er Jahren", "199"], ["jeden Freitag", "XXXX-WXX-5"],
  ]);
  expectTimes("Like in the '80s, rallies are held every Sunday.", "en", "2023-03-09", [["in the '80s", "198"], ["every Sunday", "XXXX-WXX-7"]]);
});

test("names that look like months or weekdays are not times", () => {
  expectNone("The Sun reported that talks led by Jan Egeland stalled; Theresa May spoke.", "en", "2023-03-09", ["Sun", "Jan", "May"]);
  expectNone("Die Proteste der März-Gruppe sind keine Daten hier.", "de", "2023-03-09", ["März"]);
  // "Karfreitag" is Good Friday (a holiday), not a Friday
  expectTimes("Die Proteste dauerten bis Karfreitag.", "de", "2023-04-09", [["bis Karfreitag", "2023-04-07"]]);
  expectTimes("Am Freitag um 12 Uhr begann die Sitzung.", "de", "2023-03-10", [["Am Freitag um 12 Uhr", "2023-03-10T12:00"]]);
  expectTimes("The rally began at 12 p.m. and ended at 12 a.m.", "en", "2023-03-10", [["at 12 p.m.", "2023-03-10T12:00"], ["at 12 a.m.", "2023-03-10T00:00"]]);
});

test("seasons, future 'in' periods and nights before a date", () => {
  expectTimes("Im Sommer 2021 begannen die Proteste, im vergangenen Winter flauten sie ab.", "de", "2023-03-09", [
    ["Im Sommer 2021", "2021-SU"], ["im vergangenen Winter", "2022-WI"],
  ]);
  expectTimes("The offensive began in the summer of 2022. Since the fall of Kabul, aid has dropped.", "en", "2023-03-09", [["in the summer of 2022", "2022-SU"]]);
  expectNone("Since the fall of Kabul, aid has dropped.", "en", "2023-03-09", ["fall"]);
  expectTimes("In zwei Wochen soll gewählt werden. Die Blockade dauerte mehr als eine Woche.", "de", "2023-03-09", [
    ["In zwei Wochen", "2023-03-23"], ["mehr als eine Woche", "P1W"],
  ]);
  expectTimes("In der Nacht zum 8. März brannte ein Lager.", "de", "2023-03-09", [["In der Nacht zum 8. März", "2023-03-07TNI"]]);
});

test("sentence-initial 'Morgen' is tomorrow only in a future sentence", () => {
  expectTimes("Die Lage ist angespannt. Morgen soll das Parlament abstimmen.", "de", "2023-03-09", [["Morgen", "2023-03-10"]]);
  expectNone("Die Lage ist angespannt. Morgen und Abend waren ruhig.", "de", "2023-03-09", ["Morgen"]);
});

test("days relative to the day last mentioned", () => {
  expectTimes("Am 3. März 2023 begannen die Proteste, am Folgetag griff die Polizei ein.", "de", "2023-03-09", [["am Folgetag", "2023-03-04"]]);
  expectTimes("Talks collapsed on March 3, 2023, and fighting resumed the next day.", "en", "2023-03-09", [["the next day", "2023-03-04"]]);
  expectTimes("Am Vortag war es ruhig geblieben.", "de", "2023-03-09", [["Am Vortag", "2023-03-08"]]);
});
