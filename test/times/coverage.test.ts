// Unit tests for the time expressions of issue 12 (src/extract/times, src/lang/*/time.ts). Sentences written for these tests.
import { test } from "node:test";
import { expectTimes, expectNone } from "./helpers.js";

test("'zwei Tage später' counts from the date mentioned last, not a duration", () => {
  expectTimes("Am 3. März 1943 begann die Offensive. Zwei Tage später fiel die Stadt.", "de", "2024-01-10", [["Zwei Tage später", "1943-03-05"]]);
  expectTimes("The treaty was signed in 1832. Two years later the border was redrawn.", "en", "2024-01-10", [["Two years later", "1834"]]);
  expectTimes("On 4 May 2021 the talks broke down. Six months later a new round began.", "en", "2024-01-10", [["Six months later", "2021-11"]]);
  expectTimes("In der Nacht zum Dienstag stimmte das Parlament ab. Wenige Stunden später begannen die Proteste.", "de", "2023-07-12", [
    ["Wenige Stunden später", "2023-07-11"],
  ]);
});

test("'ago' keeps the granularity of its unit", () => {
  expectTimes("The company was founded four years ago.", "en", "2024-05-10", [["four years ago", "2020"]]);
  expectTimes("Die Regierung trat vor über einem Monat zurück.", "de", "2025-04-15", [["vor über einem Monat", "2025-03"]]);
  expectTimes("Die Kämpfe begannen vor gut einer Woche.", "de", "2022-01-08", [["vor gut einer Woche", "2022-01-01"]]);
});

test("years before 1900 need a preposition or brackets; a year modifying a noun is a year", () => {
  expectTimes("The composer moved to Vienna in 1791 and wrote his last opera (1796).", "en", "2024-01-10", [["in 1791", "1791"], ["1796", "1796"]]);
  expectTimes("Relatives marked the anniversary of the 1996 bombing and of a 2003 ceasefire.", "en", "2024-01-10", [["1996", "1996"], ["2003", "2003"]]);
  expectNone("The army sent 1500 soldiers and a 2000 year old statue was moved.", "en", "2024-01-10", ["1500", "2000"]);
});

test("a part of the year, of a day or a season of a given year keeps that year", () => {
  expectTimes("Ende des Jahres 1939 war das Land besetzt. Im Winter 1918 hungerte die Stadt.", "de", "2024-01-10", [
    ["Ende des Jahres 1939", "1939"], ["Im Winter 1918", "1918-WI"],
  ]);
  expectTimes("Am Morgen des 9. Februar 1945 erreichten Panzer das Dorf.", "de", "2024-01-10", [["Am Morgen des 9. Februar 1945", "1945-02-09TMO"]]);
  expectTimes("By the end of 1939 the port was closed; the winter of 1941 was harsh.", "en", "2024-01-10", [
    ["By the end of 1939", "1939"], ["the winter of 1941", "1941-WI"],
  ]);
  expectTimes("On the night of 3 May 1945 the bridge was blown up.", "en", "2024-01-10", [["On the night of 3 May 1945", "1945-05-03TNI"]]);
  expectTimes("The rebels withdrew at the end of December.", "en", "2022-01-08", [["at the end of December", "2021-12"]]);
});

test("day and month ranges take their first day or month", () => {
  expectTimes("Die Wahl fand am 27./28. September 2022 statt, die Kämpfe dauerten Mai/Juni 1940.", "de", "2024-01-10", [
    ["am 27./28. September 2022", "2022-09-27"], ["Mai/Juni 1940", "1940-05"],
  ]);
  expectTimes("Talks were held on September 27-28 and resumed in May/June 2023.", "en", "2023-10-05", [
    ["on September 27-28", "2023-09-27"], ["in May/June 2023", "2023-05"],
  ]);
  expectNone("Households used power from March to August 2011.", "en", "2016-01-10", ["March to August"]);
});

test("'last June' is the latest June before the anchor's month, 'next May' the first after it", () => {
  expectTimes("The law passed last June and takes effect next May.", "en", "2024-08-20", [["last June", "2024-06"], ["next May", "2025-05"]]);
  expectTimes("Das Gesetz wurde im vergangenen Oktober beschlossen.", "de", "2024-08-20", [["im vergangenen Oktober", "2023-10"]]);
});

test("holidays per language, with or without a year", () => {
  expectTimes("Weihnachten 1966 blieb die Grenze zu.", "de", "2024-05-20", [["Weihnachten 1966", "1966-12-25"]]);
  expectTimes("Seit Ostern wird wieder gekämpft.", "de", "2024-05-20", [["Seit Ostern", "2024-03-31"]]);
  expectTimes("Die Angriffe an Palmsonntag trafen die Innenstadt.", "de", "2025-04-15", [["an Palmsonntag", "2025-04-13"]]);
  expectTimes("Seit Jahresbeginn wurden 300 Fälle gezählt.", "de", "2023-08-18", [["Seit Jahresbeginn", "2023-01-01"]]);
  expectTimes("The ceasefire held over Christmas Day 2014 and broke on Good Friday.", "en", "2015-04-20", [
    ["over Christmas Day 2014", "2014-12-25"], ["on Good Friday", "2015-04-03"],
  ]);
});

test("quarters, fiscal quarters and halves", () => {
  expectTimes("Der Umsatz fiel im dritten Quartal 2023 und im ersten Halbjahr.", "de", "2023-11-10", [
    ["im dritten Quartal 2023", "2023-Q3"], ["im ersten Halbjahr", "2023-H1"],
  ]);
  expectTimes("The firm lost money in its fiscal first quarter and expects growth next quarter; Q4 2022 was weak.", "en", "2023-05-10", [
    ["in its fiscal first quarter", "2023-Q1"], ["next quarter", "2023-Q3"], ["Q4 2022", "2022-Q4"],
  ]);
  // in February the fourth quarter is last year's
  expectTimes("Sales rose in the fourth quarter.", "en", "2024-02-10", [["in the fourth quarter", "2023-Q4"]]);
  expectNone("The team scored in the second half of the match.", "en", "2024-02-10", ["second half"]);
  expectTimes("Growth slowed in the second half of 2023.", "en", "2024-02-10", [["in the second half of 2023", "2023-H2"]]);
});

test("ISO weeks", () => {
  expectTimes("Die Lieferung kommt in der 12. Kalenderwoche, spätestens KW 14/2024.", "de", "2024-02-10", [
    ["in der 12. Kalenderwoche", "2024-W12"], ["KW 14/2024", "2024-W14"],
  ]);
  expectTimes("Deliveries resume in calendar week 9.", "en", "2024-02-10", [["in calendar week 9", "2024-W09"]]);
});

test("parts of the day after the day last mentioned", () => {
  // 12 May 2024 was a Sunday.
  expectTimes("Protesters gathered on Sunday. The following morning police cleared the square; by late afternoon it was empty.", "en", "2024-05-13", [
    ["The following morning", "2024-05-13TMO"], ["by late afternoon", "2024-05-13TAF"],
  ]);
  expectTimes("Am Sonntag begann der Marsch. Am nächsten Morgen erreichte er die Stadt.", "de", "2024-05-13", [["Am nächsten Morgen", "2024-05-13TMO"]]);
});

test("a day and month naming an event after a determiner or possessive lie in the past", () => {
  expectTimes("Officials recalled the October 7 raid and the group’s March 3 offensive.", "en", "2024-07-13", [
    ["October 7", "2023-10-07"], ["March 3", "2024-03-03"],
  ]);
});

test("years and months after the time mentioned last; centuries, decades and eras", () => {
  expectTimes("Die Stadt fiel 1941. Im selben Jahr begann die Deportation, im folgenden Jahr der Aufstand.", "de", "2024-01-10", [
    ["Im selben Jahr", "1941"], ["im folgenden Jahr", "1942"],
  ]);
  expectTimes("The bridge opened in May 1932. The following month it was closed; the year before, it had flooded.", "en", "2024-01-10", [
    ["The following month", "1932-06"], ["the year before", "1931"],
  ]);
  expectTimes("Im 19. Jahrhundert wuchs die Stadt, in den sechziger Jahren und um 508 v. Chr. nicht.", "de", "2024-01-10", [
    ["Im 19. Jahrhundert", "18"], ["in den sechziger Jahren", "196"], ["um 508 v. Chr.", "BC0508"],
  ]);
  expectTimes("The port grew in the 19th century, boomed in the 1830s and the twenties, and dates from AD 842; the 1600s were quiet.", "en", "2015-01-10", [
    ["in the 19th century", "18"], ["in the 1830s", "183"], ["the twenties", "192"], ["from AD 842", "0842"], ["the 1600s", "16"],
  ]);
  expectTimes("Seventeen years ago the border opened.", "en", "2017-07-18", [["Seventeen years ago", "2000"]]);
});

test("fiscal years, parts of the current period, nights between two dates", () => {
  expectTimes("Revenue fell in fiscal 1997 and is expected to recover by the end of the year.", "en", "1998-02-10", [
    ["in fiscal 1997", "FY1997"], ["by the end of the year", "1998"],
  ]);
  expectTimes("Im Geschäftsjahr 2023 sank der Gewinn.", "de", "2024-02-10", [["Im Geschäftsjahr 2023", "FY2023"]]);
  expectTimes("Am 3. Mai 1945 erreichten die Truppen die Stadt. Ende des Monats war sie geräumt.", "de", "2024-01-10", [["Ende des Monats", "1945-05"]]);
  expectTimes("In der Nacht vom 9. auf den 10. November 1938 brannten die Synagogen. Am folgenden Tag begannen Verhaftungen.", "de", "2024-01-10", [
    ["In der Nacht vom 9. auf den 10. November 1938", "1938-11-09TNI"], ["Am folgenden Tag", "1938-11-10"],
  ]);
});

test("a relative day with its weekday is one expression", () => {
  // 19 September 2022 was a Monday.
  expectTimes("Tadschikistan will den morgen Dienstag zum Trauertag ausrufen; den heutigen 19. September nicht.", "de", "2022-09-19", [
    ["morgen Dienstag", "2022-09-20"], ["den heutigen 19. September", "2022-09-19"],
  ]);
});
