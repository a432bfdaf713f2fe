// Exports of the situation picture: CSV (figure timelines), ACLED-style event CSV, GeoJSON
// (events and places with coordinates) and JSONL (every stored extraction).
import type { Extraction, Situation } from "../schema/index.js";
import type { ExportFormat } from "./backend.js";

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  let s = Array.isArray(v) ? v.join("; ") : String(v);
  // neutralise spreadsheet formulas
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = "'" + s;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: unknown[]) => cells.map(csvCell).join(",");

export function exportSituation(format: ExportFormat, sit: Situation, articles: { id: string; extraction: Extraction }[]): { contentType: string; filename: string; body: string } {
  if (format === "jsonl") {
    return { contentType: "application/x-ndjson; charset=utf-8", filename: "lagebild-articles.jsonl", body: articles.map((a) => JSON.stringify({ id: a.id, ...a.extraction })).join("\n") + (articles.length ? "\n" : "") };
  }
  if (format === "csv") {
    const lines = [row(["story", "story_title", "category", "date", "value", "qualifier", "source", "outlet", "article", "subject", "copies"])];
    for (const st of sit.stories)
      for (const f of st.figures)
        for (const e of f.timeline) lines.push(row([st.id, st.title, f.category, e.date, e.value, e.qualifier, e.source, e.outlet, e.article, e.subject ?? null, e.copies ?? 1]));
    return { contentType: "text/csv; charset=utf-8", filename: "lagebild-figures.csv", body: lines.join("\n") + "\n" };
  }
  if (format === "acled") {
    const lines = [row(["event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2", "country", "location", "latitude", "longitude", "source", "notes", "fatalities", "story"])];
    let n = 0;
    for (const st of sit.stories) {
      const outlet = new Map(st.articles.map((a) => [a.id, a.outlet]));
      for (const e of st.events) {
        n++;
        lines.push(row([`${e.country ?? "XX"}${n}`, e.date, e.date?.slice(0, 4) ?? null, e.type, e.subType ?? null, e.actors[0] ?? null, e.actors[1] ?? null, e.country ?? null, e.location ?? null, e.lat ?? null, e.lon ?? null, outlet.get(e.article) ?? null, e.text, e.fatalities ?? 0, st.id]));
      }
    }
    return { contentType: "text/csv; charset=utf-8", filename: "lagebild-acled.csv", body: lines.join("\n") + "\n" };
  }
  const features: unknown[] = [];
  for (const st of sit.stories) {
    for (const e of st.events)
      if (typeof e.lat === "number" && typeof e.lon === "number")
        features.push({ type: "Feature", geometry: { type: "Point", coordinates: [e.lon, e.lat] }, properties: { kind: "event", story: st.id, type: e.type, date: e.date, location: e.location ?? null, fatalities: e.fatalities ?? null, article: e.article } });
    for (const p of st.entities)
      if (p.type === "location" && typeof p.lat === "number" && typeof p.lon === "number")
        features.push({ type: "Feature", geometry: { type: "Point", coordinates: [p.lon, p.lat] }, properties: { kind: "place", story: st.id, name: p.name, country: p.country ?? null, articles: p.articles } });
  }
  return { contentType: "application/geo+json; charset=utf-8", filename: "lagebild.geojson", body: JSON.stringify({ type: "FeatureCollection", features }) };
}
