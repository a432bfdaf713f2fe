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
