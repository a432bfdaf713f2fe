// Unit tests for the reference time of the time tagger (src/extract/times/reference.ts): the date a narrative has moved
// to, the day last mentioned, and the tense of the clause. Sentences written for these tests.
import { test } from "node:test";
import { expectTimes } from "./helpers.js";

test("a day and month without a year take the year of the paragraph's earlier date", () => {
  expectTimes("Am 10. Mai 1940 begann der Angriff im Westen. Am 14. Mai gab die Armee des Landes auf.", "de", "2024-03-01", [
    ["Am 14. Mai", "1940-05-14"],
  ]);
  expectTimes("On 6 June 1944 the landings began. By 12 June the beachheads were joined.", "en", "2024-03-01", [["By 12 June", "1944-06-12"]]);
});

test("a historical text carries its year into the next paragraph; a news text does not", () => {
  expectTimes("Im Jahr 1915 erstarrte die Front. Im Januar 1916 lag sie still.\n\nAm 21. Februar begann die Offensive.", "de", "2024-03-01", [["Am 21. Februar", "1916-02-21"]]);
  expectTimes("Am Dienstag protestierten Tausende in der Hauptstadt. Der Streit begann im März 2019.\n\nAm 3. Februar hatte die Regierung das Gesetz vorgelegt.", "de", "2024-03-01", [
    ["Am 3. Februar", "2024-02-03"],
  ]);
});

test("a weekday after a narrative day of the paragraph is the next such weekday from it", () => {
  // 3 May 1945 was a Thursday.
  expectTimes("Am 3. Mai 1945 erreichten die Truppen die Stadt. Am Samstag wurde die Brücke gesprengt.", "de", "2024-03-01", [["Am Samstag", "1945-05-05"]]);
});

test("a year modifying a noun sets no narrative year", () => {
  expectTimes("The 1999 report was cited again. In March, the agency released new figures.", "en", "2008-08-15", [["In March", "2008-03"]]);
});

test("a date in a clause opened by a range word sets no narrative date", () => {
  expectTimes("It was the third strike since the council took office in December 2023. Rents rose by 9% in September.", "en", "2025-10-09", [
    ["in September", "2025-09"],
  ]);
});

test("the tense of the clause decides the direction of a bare weekday", () => {
  // 15 March 2025 was a Saturday.
  expectTimes("The parliament building will be closed until Monday, the speaker announced.", "en", "2025-03-15", [["until Monday", "2025-03-17"]]);
  expectTimes("The vote was postponed until Saturday.", "en", "2025-03-12", [["until Saturday", "2025-03-15"]]);
  expectTimes("Die Abstimmung wurde auf Samstag verschoben.", "de", "2025-03-12", [["Samstag", "2025-03-15"]]);
  expectTimes("The man, who was arrested on Friday, will appear in court.", "en", "2025-03-12", [["on Friday", "2025-03-07"]]);
  // 19 July 2024 was a Friday: "sollen ... gestorben sein" is a hedged past.
  expectTimes("Mindestens zehn Menschen sollen am Donnerstag gestorben sein, berichtete eine Zeitung.", "de", "2024-07-19", [["am Donnerstag", "2024-07-18"]]);
  expectTimes("Der Sprecher soll bereits am Donnerstagmorgen in seinem Büro festgenommen worden sein.", "de", "2024-07-19", [["am Donnerstagmorgen", "2024-07-18TMO"]]);
});

test("'seit' and 'since' before a month look back", () => {
  expectTimes("Der Präsident, der seit Oktober amtiert, reiste ab.", "de", "2025-08-31", [["seit Oktober", "2024-10"]]);
  expectTimes("Prices have risen since November, officials said.", "en", "2025-08-31", [["since November", "2024-11"]]);
});

test("a part of day without a date is on the day mentioned last; after a night, the day after it", () => {
  // 8 March 2023 was a Wednesday.
  expectTimes("Am Dienstag hatte das Parlament das Gesetz gebilligt.\n\nTausende gingen auf die Straße. Am Abend kam es zu Zusammenstößen.", "de", "2023-03-08", [
    ["Am Abend", "2023-03-07TEV"],
  ]);
  expectTimes("In der Nacht zum Dienstag billigte das Parlament das Gesetz. Am Nachmittag protestierten Tausende.", "de", "2023-07-12", [
    ["Am Nachmittag", "2023-07-11TAF"],
  ]);
});

test("a season of a year sets the narrative's year; the narrative moves on to the next such day", () => {
  expectTimes("Im Sommer 1942 rückten die Verbände vor. Am 23. August erreichten sie den Fluss. Am selben Tag begannen Luftangriffe.", "de", "2024-05-01", [
    ["Am 23. August", "1942-08-23"], ["Am selben Tag", "1942-08-23"],
  ]);
  expectTimes("Am 13. September 1942 begann der Sturm. Am 2. März fiel die Stadt.", "de", "2024-05-01", [["Am 2. März", "1943-03-02"]]);
});

test("'gestern' in a quotation counts from the day the words were said", () => {
  // 14 April 2025 was a Monday.
  expectTimes('Am Montag sagte der Bürgermeister: "Gestern war ein Feiertag, die Straßen waren voll."', "de", "2025-04-15", [["Gestern", "2025-04-13"]]);
  expectTimes("Gestern stürzte eine Brücke ein.", "de", "2025-04-15", [["Gestern", "2025-04-14"]]);
});

test("a clock time without a date is on the day mentioned last; a part of day on the anchor's day follows the anchor's clock", () => {
  // 28 April 2019 was a Sunday.
  expectTimes('Gunmen attacked a church on Sunday.\n\n"It happened around 1 p.m., as people were leaving," a witness said.', "en", "2019-04-29", [
    ["around 1 p.m.", "2019-04-28T13:00"],
  ]);
  expectTimes("Stand: 08.01.2022 09:12 Uhr\n\nDer Präsident sprach am Abend von Tausenden Angreifern.", "de", "2022-01-08", [["am Abend", "2022-01-07TEV"]]);
});

test("a day after an event, nights from one weekday to the next, two clock prepositions, a web dateline", () => {
  expectTimes("Die Angriffe an Palmsonntag trafen das Zentrum. Am Tag nach dem Angriff wurde getrauert.", "de", "2025-04-15", [
    ["Am Tag nach dem Angriff", "2025-04-14"],
  ]);
  // 19 September 2022 was a Monday.
  expectTimes("Die Kämpfe flammten in die Nacht von Sonntag auf Montag wieder auf. Seit dem frühen Morgen herrscht Ruhe.", "de", "2022-09-19", [
    ["in die Nacht von Sonntag auf Montag", "2022-09-18TNI"], ["Seit dem frühen Morgen", "2022-09-19TMO"],
  ]);
  expectTimes("On September 19, at around 1 pm, the shelling began.", "en", "2023-09-20", [["On September 19, at around 1 pm", "2023-09-19T13:00"]]);
  expectTimes("Missiles hit the city\n\n01:10 PM | 17 Oct, 2020\n\nTwelve people were killed.", "en", "2020-10-17", [["01:10 PM | 17 Oct, 2020", "2020-10-17T13:10"]]);
});

test("in a news report a background date two sentences back, or a future clause, keeps the anchor", () => {
  expectTimes("Der Schauspieler kam am 24.04.1922 zur Welt. Er spielte jahrzehntelang Theater. Im Oktober kündigte er den Abschied an.", "de", "2005-12-18", [
    ["Im Oktober", "2005-10"],
  ]);
  expectTimes("Der Schauspieler kam am 24.04.1922 zur Welt. Er soll noch vor Weihnachten in eine Klinik verlegt werden.", "de", "2005-12-18", [
    ["vor Weihnachten", "2005-12-25"],
  ]);
});
