// The story page: a story's places on the map, its events, figure charts by source, claims, entities
// and articles (the panels come from story-panels.ts and claims-table.ts).
import { humanTime } from "./dates.js";
import { api } from "./api.js";
import { h, clear } from "./dom.js";
import { figureChart } from "./chart.js";
import { placesMap, type Place } from "./map.js";
import { go, link, errorBox } from "./state.js";
import { eventsTimeline, entitiesSection } from "./story-panels.js";
import { claimsSection } from "./claims-table.js";
import type { StoryLike } from "./types.js";

/** The page of one story (by id, "KZ1"). */
export async function showStory(main: HTMLElement, id: string): Promise<void> {
  clear(main);
  main.appendChild(h("p", { class: "muted" }, "Loading the story…"));
  let st: StoryLike;
  try {
    st = await api<StoryLike>("GET", `/api/stories/${encodeURIComponent(id)}`);
  } catch (e) {
    clear(main);
    main.appendChild(errorBox(e));
    return;
  }
  clear(main);
  document.title = `${st.title || "Story"} · Lagebild`;
  const outlets = [...new Set(st.articles.map((a) => a.outlet).filter((o): o is string => !!o))];
  const dates = st.articles.map((a) => a.published).filter((d): d is string => !!d).sort();
  main.appendChild(h("h2", { class: "story-title" }, st.title || "(untitled story)"));
  if (st.incident && st.incident !== st.title) main.appendChild(h("p", { class: "story-incident" }, st.incident));
  main.appendChild(
    h("p", { class: "muted" }, `${st.articles.length} article${st.articles.length === 1 ? "" : "s"}${outlets.length ? " · " + outlets.join(", ") : ""}${dates.length ? " · " + [...new Set([dates[0], dates.at(-1)])].join(" – ") : ""}`),
  );

  // map + timeline
  const places: Place[] = [];
  const seen = new Set<string>();
  for (const e of st.entities) {
    if (e.type === "location" && typeof e.lat === "number" && typeof e.lon === "number" && !seen.has(e.name)) {
      seen.add(e.name);
      places.push({ name: e.name, lat: e.lat, lon: e.lon, kind: "entity", details: [["type", "place"], ["spellings", e.names.join(", ")], ["articles", String(e.articles)], ["country", e.country ?? "?"]] });
    }
  }
  for (const ev of st.events) {
    if (typeof ev.lat === "number" && typeof ev.lon === "number") {
      const name = ev.location ?? ev.country ?? "event";
      if (seen.has(name)) continue;
      seen.add(name);
      places.push({ name, lat: ev.lat, lon: ev.lon, kind: "event", details: [["event", ev.type], ["date", ev.date ? humanTime(ev.date) : "?"]] });
    }
  }
  const countries = [...new Set([...st.entities.map((e) => e.country), ...st.events.map((e) => e.country)].filter((c): c is string => !!c && c.length === 2))];
  main.appendChild(
    h(
      "div",
      { class: "grid2" },
      h("section", { class: "card", id: "map-card" }, h("h3", {}, "Places"), placesMap(places, countries)),
      h("section", { class: "card", id: "timeline-card" }, h("h3", {}, "Events"), eventsTimeline(st)),
    ),
  );

  // figures
  const figs = h("section", { class: "card", id: "figures-card" }, h("h3", {}, "Figure series"));
  if (!st.series.length) figs.appendChild(h("p", { class: "muted" }, "No figures reported."));
  else figs.appendChild(h("div", { class: "charts" }, st.series.map((f) => figureChart(f, (aid) => go(`/article/${encodeURIComponent(aid)}`)))));
  main.appendChild(figs);

  main.appendChild(claimsSection(st));
  main.appendChild(entitiesSection(st));

  const arts = h("section", { class: "card", id: "articles-card" }, h("h3", {}, "Articles"));
  arts.appendChild(
    h(
      "ul",
      { class: "article-list" },
      st.articles.map((a) =>
        h(
          "li",
          {},
          link(a.title || "(untitled)", `/article/${encodeURIComponent(a.id)}`, "article-link"),
          h("span", { class: "muted small" }, ` ${[a.outlet, a.published, a.language, a.syndication ? "syndicated copy" : null].filter(Boolean).join(" · ")}`),
        ),
      ),
    ),
  );
  main.appendChild(arts);
}
