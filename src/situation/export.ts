// Exports of the stored picture: `lagebild export --format csv|acled|geojson|jsonl`.
//   jsonl    one stored extraction per line (lossless; `lagebild ingest` reads it back)
//   csv      one table: figures (default; the figure timelines), claims, events, articles or entities
//   acled    ACLED's 31 columns, one row per incident (src/situation/acled.ts)
//   geojson  a FeatureCollection of the located story events
import type { Situation, Story } from "../schema/index.js";
import type { Store } from "../store/index.js";
import { csvTable } from "./csv.js";
export { csvCell } from "./csv.js";
export { toAcled, ACLED_COLUMNS } from "./acled.js";
import { eventPlace } from "./acled.js";

export type ExportFormat = "csv" | "acled" | "geojson" | "jsonl";
export type CsvTable = "figures" | "claims" | "events" | "articles" | "entities";

function csv(header: string[], rows: unknown[][]): string {
  return csvTable(header, rows);
}

export function toCsv(sit: Situation, table: CsvTable = "figures"): string {
  const url = (s: Story, id: string) => s.articles.find((a) => a.id === id)?.url ?? null;
  switch (table) {
    case "figures":
      return csv(
        ["story_id", "story_title", "category", "date", "value", "qualifier", "subject", "source", "outlet", "copies", "article_id", "url", "text"],
        sit.stories.flatMap((s) => s.figures.flatMap((f) => f.timeline.map((e) => [s.id, s.title, f.category, e.date, e.value, e.qualifier, e.subject, e.source, e.outlet, e.copies ?? 1, e.article, url(s, e.article), e.text]))),
      );
    case "claims":
      return csv(
        ["story_id", "story_title", "status", "independent_sources", "sources", "text", "articles"],
        sit.stories.flatMap((s) => s.claims.map((c) => [s.id, s.title, c.status, c.independentSources, c.sources, c.text, c.articles])),
      );
    case "events":
      return csv(
        ["story_id", "date", "type", "sub_type", "country", "location", "lat", "lon", "actors", "fatalities", "article_id", "url", "text"],
        sit.stories.flatMap((s) => s.events.map((e) => [s.id, e.date, e.type, e.subType, e.country, e.location, e.lat, e.lon, e.actors, e.fatalities, e.article, url(s, e.article), e.text])),
      );
    case "articles":
      return csv(
        ["story_id", "article_id", "published", "outlet", "language", "title", "url", "credits", "syndication"],
        sit.stories.flatMap((s) => s.articles.map((a) => [s.id, a.id, a.published, a.outlet, a.language, a.title, a.url, a.credits, a.syndication])),
      );
    case "entities":
      return csv(
        ["story_id", "key", "name", "type", "articles", "country", "lat", "lon", "names"],
        sit.stories.flatMap((s) => s.entities.map((e) => [s.id, e.key, e.name, e.type, e.articles, e.country, e.lat, e.lon, e.names])),
      );
  }
}

export function toGeoJson(sit: Situation): { type: "FeatureCollection"; features: unknown[] } {
  const features: unknown[] = [];
  for (const s of sit.stories)
    for (const e of s.events) {
      const where = eventPlace(s, e);
      if (!where) continue;
      const art = s.articles.find((a) => a.id === e.article);
      features.push({
        type: "Feature",
        geometry: { type: "Point", coordinates: [where.lon, where.lat] },
        properties: { story: s.id, storyTitle: s.title, type: e.type, subType: e.subType ?? null, date: e.date, country: e.country ?? null, location: e.location ?? null, actors: e.actors, fatalities: e.fatalities ?? null, article: e.article, outlet: art?.outlet ?? null, url: art?.url ?? null, text: e.text },
      });
    }
  return { type: "FeatureCollection", features };
}

/** The situation as pretty JSON, written a story at a time (one string of a large store's situation exceeds what V8 can hold). */
export async function writeSituationJson(sit: Situation, write: (chunk: string) => void | Promise<void>): Promise<void> {
  const { stories, ...head } = sit;
  const headText = JSON.stringify(head, null, 2);
  await write(headText.slice(0, -2) + `,\n  "stories": [`);
  for (let k = 0; k < stories.length; k++) {
    const story = JSON.stringify(stories[k], null, 2).replace(/\n/g, "\n    ");
    await write(`${k ? "," : ""}\n    ${story}`);
  }
  await write(stories.length ? "\n  ]\n}\n" : "]\n}\n");
}

/** Streams one stored extraction per line. */
export async function writeJsonl(store: Store, write: (chunk: string) => void | Promise<void>): Promise<number> {
  let n = 0;
  for await (const { id, extraction } of store.iterateExtractions()) {
    await write(JSON.stringify({ id, ...extraction }) + "\n");
    n++;
  }
  return n;
}
