// Named days, parts of a year and long periods: holidays ("Weihnachten 1966", "Karfreitag", "seit Jahresbeginn"),
// quarters and halves ("im dritten Quartal 2023", "Q3", "the first half of the year"), ISO weeks ("KW 12"), decades,
// centuries and era years ("508 v. Chr."). Each returns the TIMEX3 value (and day) or undefined; resolve.ts turns it
// into the resolved expression.
import type { CompiledLang } from "./compile.js";
import type { Anchor, Resolution } from "./resolve.js";
import { dayNumber, daysInMonth, easterSunday, ymd } from "./calendar.js";

export interface PeriodValue { value: string; day?: number }

const lower = (s: string | undefined) => (s ?? "").toLowerCase().replace(/\s+/g, " ");
const p2 = (n: number) => String(n).padStart(2, "0");

/** The day of a holiday in a year from its spec ("12-25", "E-2", "Y-01-01"), undefined for a bad spec. */
function holidayDay(spec: string, y: number): number | undefined {
  const easter = /^E([+-]\d+)$/.exec(spec);
  if (easter) return easterSunday(y) + Number(easter[1]);
  const fixed = /^(?:Y-)?(\d{2})-(\d{2})$/.exec(spec);
  if (!fixed || +fixed[2] > daysInMonth(y, +fixed[1])) return undefined;
  return dayNumber(y, +fixed[1], +fixed[2]);
}

/** The occurrence of a yearly day nearest the reference, leaning to the past (to the next one in future sentences);
 *  the reference's own year when only its year is known. */
function nearestOccurrence(dayOf: (y: number) => number | undefined, reference: Anchor, future: boolean): number | undefined {
  const ry = ymd(reference.day).y;
  if (reference.granularity === "Y") return dayOf(ry);
  let best: number | undefined, bestScore = Infinity;
  for (const y of [ry - 1, ry, ry + 1]) {
    const d = dayOf(y);
    if (d === undefined) continue;
    const diff = d - reference.day;
    if (future && diff < 0) continue;
    const score = future ? diff : diff > 0 ? diff * 2.5 : -diff;
    if (score < bestScore) { bestScore = score; best = d; }
  }
  return best;
}

/** "Weihnachten 1966", "am Karfreitag", "seit Jahresbeginn": the named day of the given year, else the occurrence nearest
 *  the time the sentence is about ("Jahresbeginn": always that year's; after "seit", never ahead). */
export function holidayValue(r: Resolution): PeriodValue | undefined {
  const spec = r.c.holidays.get(lower(r.cand.g.holiday));
  if (!spec) return undefined;
  const given = r.cand.g.year ? parseInt(r.cand.g.year, 10) : undefined;
  const day = given !== undefined ? holidayDay(spec, given)
    : spec.startsWith("Y-") ? holidayDay(spec, ymd(r.reference.day).y)
    : nearestOccurrence((y) => holidayDay(spec, y), r.reference, r.future && !r.c.sinceStart.test(r.matched));
  if (day === undefined) return undefined;
  const t = ymd(day);
  return { value: `${t.y}-${p2(t.m)}-${p2(t.d)}`, day };
}

/** "im dritten Quartal 2023", "the first half of the year", "im laufenden Quartal", "Q3": "2023-Q3", "2024-H1". Without a
 *  year: the latest such part begun by the reference (in future sentences the first not yet over). */
export function yearPartValue(r: Resolution, ordinal: (s: string | undefined, c: CompiledLang) => number | undefined): PeriodValue | undefined {
  const { cand: { g }, c } = r;
  const letter = g.qn !== undefined ? "Q" : c.yearParts.get(lower(g.ypart));
  if (!letter) return undefined;
  const perYear = letter === "Q" ? 4 : 2, months = 12 / perYear;
  const ref = ymd(r.reference.day), anchor = ymd(r.anchor.day);
  const current = (t: { y: number; m: number }) => t.y * perYear + Math.floor((t.m - 1) / months);
  const part = (index: number) => `${Math.floor(index / perYear)}-${letter}${(index % perYear) + 1}`;
  if (g.mmod !== undefined && !g.year) return { value: part(current(anchor) + (c.modifiers.get(lower(g.mmod)) ?? 0)) };
  const n = g.qn !== undefined ? Number(g.qn) : ordinal(g.ord, c);
  if (!n || n > perYear) return undefined;
  if (g.year) return { value: `${g.year}-${letter}${n}` };
  if (g.mod !== undefined) return { value: `${anchor.y + (c.modifiers.get(lower(g.mod)) ?? 0)}-${letter}${n}` };
  const now = current(ref);
  const sameYear = ref.y * perYear + n - 1;
  if (r.future) return { value: part(sameYear >= now ? sameYear : sameYear + perYear) };
  return { value: part(sameYear <= now ? sameYear : sameYear - perYear) };
}

/** "in der 12. Kalenderwoche", "KW 12/2024", "week 12 of 2024": the ISO week of the given year, else of the reference's. */
export function isoWeekValue(r: Resolution): PeriodValue | undefined {
  const week = parseInt(r.cand.g.week ?? "", 10);
  if (!week) return undefined;
  const y = r.cand.g.year ? parseInt(r.cand.g.year, 10) : ymd(r.reference.day).y;
  return { value: `${y}-W${p2(week)}` };
}

/** "in den 90er Jahren", "the 1990s", "the sixties": a decade ("199"); "the 1600s" is a century ("16"). */
export function decadeValue(r: Resolution): PeriodValue | undefined {
  const { g } = r.cand;
  const d = g.decword !== undefined ? r.c.decadeWords.get(lower(g.decword)) : g.decade !== undefined ? Number(g.decade) : undefined;
  if (d === undefined) return undefined;
  if (g.century !== undefined && d === 0 && Number(g.century) < 19) return { value: String(Number(g.century)) };
  const century = g.century ?? (2000 + d * 10 <= ymd(r.anchor.day).y ? "20" : "19");
  return { value: `${century}${d}` };
}

/** "im 19. Jahrhundert", "the twentieth century": the century's TIMEX3 value ("18", "19"). */
export function centuryValue(r: Resolution, ordinal: (s: string | undefined, c: CompiledLang) => number | undefined): PeriodValue | undefined {
  const n = r.cand.g.cent !== undefined ? parseInt(r.cand.g.cent, 10) : ordinal(r.cand.g.ord, r.c);
  return n && n <= 21 ? { value: p2(n - 1) } : undefined;
}

/** "508 v. Chr.", "AD 842": a year of an era ("BC0508", "0842"). */
export function eraYearValue(r: Resolution): PeriodValue | undefined {
  const era = r.c.eras.get((r.cand.g.era ?? "").toLowerCase().replace(/\s+/g, " ")), n = parseInt(r.cand.g.eyear ?? "", 10);
  if (era === undefined || !n) return undefined;
  return { value: `${era < 0 ? "BC" : ""}${String(n).padStart(4, "0")}` };
}
