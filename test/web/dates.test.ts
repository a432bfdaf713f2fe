// The page reads time codes as words: days, parts of days, weeks, months, references, durations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { humanTime } from "../../src/web/dates.js";

test("time codes read as words", () => {
  assert.equal(humanTime("2022-01-05"), "5 January 2022");
  assert.equal(humanTime("2022-01-05TNI"), "night of 5 January 2022");
  assert.equal(humanTime("2022-01-07TEV"), "evening of 7 January 2022");
  assert.equal(humanTime("2022-01-08T09:12"), "8 January 2022, 09:12");
  assert.equal(humanTime("2022-09"), "September 2022");
  assert.equal(humanTime("2022-W37"), "week 37 of 2022");
  assert.equal(humanTime("2021"), "2021");
  assert.equal(humanTime("PAST_REF"), "recently");
  assert.equal(humanTime("PRESENT_REF"), "now");
  assert.equal(humanTime("P3D"), "3 days");
  assert.equal(humanTime("P1Y"), "1 year");
  assert.equal(humanTime("PT2H"), "2 hours");
  assert.equal(humanTime("PT30M"), "30 minutes");
  assert.equal(humanTime("PXY"), "some years");
  assert.equal(humanTime("201X"), "the 2010s");
  assert.equal(humanTime("2023-SU"), "summer 2023");
});

test("values without a reading stay as they are, impossible days included", () => {
  assert.equal(humanTime("2022-13-45"), "2022-13-45");
  assert.equal(humanTime("XXXX-XX-XX"), "XXXX-XX-XX");
});
