// Time values for people: the contract's TIMEX-style codes ("2022-01-05TNI", "PAST_REF", "P3D")
// read as "night of 5 January 2022", "recently", "3 days" on the page. The code stays in the details.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const PARTS: Record<string, string> = { NI: "night of", MO: "morning of", AF: "afternoon of", EV: "evening of", DT: "daytime of", MI: "midday of" };
const REFERENCES: Record<string, string> = { PAST_REF: "recently", PRESENT_REF: "now", FUTURE_REF: "in the future" };
const UNITS: Record<string, string> = { Y: "year", M: "month", W: "week", D: "day", H: "hour", MIN: "minute", S: "second", DE: "decade", CE: "century" };
const SEASONS: Record<string, string> = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };

/** A day as words: "2022-01-05" -> "5 January 2022" (null when it is not a day). */
function dayWords(year: string, month: string, day: string): string | null {
  const m = Number(month), d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${d} ${MONTHS[m - 1]} ${year}` : null;
}

/** A duration as words: "P3D" -> "3 days", "PT2H" -> "2 hours", "PXY" -> "some years". */
function durationWords(value: string): string | null {
  const m = /^PT?(\d+(?:\.\d+)?|X)(MIN|DE|CE|[YMWDHS])$/.exec(value);
  if (!m) return null;
  const unit = UNITS[m[2] === "M" && value.startsWith("PT") ? "MIN" : m[2]!]!;
  if (m[1] === "X") return `some ${unit}s`;
  return `${m[1]} ${unit}${m[1] === "1" ? "" : "s"}`;
}

/** The words for a time value, or the value itself when it has no reading: "2022-W37" -> "week 37 of 2022". */
export function humanTime(value: string): string {
  if (REFERENCES[value]) return REFERENCES[value]!;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(NI|MO|AF|EV|DT|MI))?$/.exec(value);
  if (m) {
    const day = dayWords(m[1]!, m[2]!, m[3]!);
    if (day) return m[4] ? `${PARTS[m[4]]} ${day}` : day;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (m) {
    const day = dayWords(m[1]!, m[2]!, m[3]!);
    if (day) return `${day}, ${m[4]}:${m[5]}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return `week ${Number(m[2])} of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2]!]} ${m[1]}`;
  m = /^(\d{3})X$/.exec(value);
  if (m) return `the ${m[1]}0s`;
  return durationWords(value) ?? value;
}
