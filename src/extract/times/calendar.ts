// Small calendar arithmetic on UTC day numbers (days since 1970-01-01), enough for TIMEX3 values.

const DAY_MS = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function parseIsoDay(s: string | undefined): number | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return undefined;
  return dayNumber(+m[1], +m[2], +m[3]);
}

export function ymd(day: number): { y: number; m: number; d: number } {
  const dt = new Date(day * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

const p2 = (n: number) => String(n).padStart(2, "0");
const p4 = (n: number) => String(n).padStart(4, "0");

export function fmtDay(day: number): string {
  const { y, m, d } = ymd(day);
  return `${p4(y)}-${p2(m)}-${p2(d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${p4(y)}-${p2(m)}`;
}

export function fmtTime(h: number, min: number): string {
  return `T${p2(h)}:${p2(min)}`;
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO week value "YYYY-Www". */
export function isoWeek(day: number): string {
  const thursday = day - isoWeekday(day) + 4;
  const { y } = ymd(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return `${p4(y)}-W${p2(week)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Shifts a day by whole months, clamping the day of month. */
export function addMonths(day: number, n: number): number {
  const { y, m, d } = ymd(day);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12), nm = (total % 12) + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** The most recent day with ISO weekday `wd` on or before `day` (strictly before when `strict`). */
export function weekdayOnOrBefore(day: number, wd: number, strict = false): number {
  let diff = (isoWeekday(day) - wd + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return day - diff;
}

/** The next day with ISO weekday `wd` after `day` (on `day` itself unless `strict`). */
export function weekdayOnOrAfter(day: number, wd: number, strict = true): number {
  let diff = (wd - isoWeekday(day) + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return day + diff;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm) as a day number. */
export function easterSunday(y: number): number {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}
