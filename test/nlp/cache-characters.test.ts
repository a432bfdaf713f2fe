import { test } from "node:test";
import assert from "node:assert/strict";
import { BoundedCache } from "../../src/nlp/cache.js";
import { startsUpper, startsWithLetter, startsWithCapital, startsCapitalThenLower, startsLower, isAcronym, hasLetter, isOpeningMark } from "../../src/nlp/characters.js";

test("BoundedCache is emptied when a set finds more than its limit, then keeps the new entry", () => {
  const c = new BoundedCache<string, number>(2);
  c.set("a", 1);
  c.set("b", 2);
  c.set("c", 3);
  assert.equal(c.size, 3, "up to limit + 1 entries");
  c.set("d", 4);
  assert.equal(c.size, 1);
  assert.equal(c.get("a"), undefined);
  assert.equal(c.get("d"), 4);
  let calls = 0;
  assert.equal(c.getOrCompute("x", () => ++calls), 1);
  assert.equal(c.getOrCompute("x", () => ++calls), 1);
  assert.equal(calls, 1);
  c.clear();
  assert.equal(c.size, 0);
});

test("character tests", () => {
  assert.ok(startsUpper("Berlin") && startsUpper("Ärzte") && !startsUpper("berlin") && !startsUpper("2022") && !startsUpper(""));
  assert.ok(startsWithLetter("über") && startsWithLetter("Z") && !startsWithLetter("„Zitat") && !startsWithLetter(""));
  assert.ok(startsWithCapital("Polizei") && !startsWithCapital("polizei"));
  assert.ok(startsCapitalThenLower("Menschen") && !startsCapitalThenLower("USA"));
  assert.ok(startsLower("people") && !startsLower("People"));
  assert.ok(isAcronym("NATO") && isAcronym("IHA") && !isAcronym("Nato") && !isAcronym("N") && !isAcronym("ABCDEFG"));
  assert.ok(hasLetter("G7") && !hasLetter("2022"));
  assert.ok(isOpeningMark("„") && isOpeningMark("(") && !isOpeningMark("a"));
});
