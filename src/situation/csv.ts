// CSV as RFC 4180 wants it: cells quoted where they hold a quote, comma or line break; CRLF line ends.
// Part of src/situation (exports). Public: csvCell, csvTable.

/** RFC 4180 cell: 'a "b", c' -> '"a ""b"", c"'; arrays joined with "; ". */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = Array.isArray(v) ? v.join("; ") : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header row and data rows as one CSV text. */
export function csvTable(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
