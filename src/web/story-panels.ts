// Two panels of the story page: the events timeline ("2022-01-06 Riots · Almaty, KZ · 12 dead") and the
// entities table (name, type, roles, other spellings, number of articles).
import { humanTime } from "./dates.js";
import { h, fmtNum } from "./dom.js";
import { ENTITY_LABEL } from "./highlight.js";
import { link } from "./state.js";
import type { StoryLike } from "./types.js";

/** The events of a story, oldest first, undated last. */
export function eventsTimeline(st: StoryLike): HTMLElement {
  if (!st.events.length) return h("p", { class: "muted" }, "No events found.");
  const evs = [...st.events].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  return h(
    "ol",
    { class: "timeline" },
    evs.map((e) =>
      h(
        "li",
        {},
        h("span", { class: "tl-date" }, e.date ? humanTime(e.date) : "undated"),
        h("span", { class: `badge ev` }, e.type),
        e.subType ? h("span", { class: "muted small" }, ` ${e.subType}`) : null,
        h("div", { class: "tl-where" }, [e.location, e.country].filter(Boolean).join(", ") || "place unknown", e.fatalities ? ` · ${fmtNum(e.fatalities)} dead` : "", e.actors.length ? ` · ${e.actors.join(", ")}` : ""),
        h("div", { class: "small tl-text" }, e.text),
        e.article ? link("read", `/article/${encodeURIComponent(e.article)}`, "small") : null,
      ),
    ),
  );
}

/** The entities card of a story, most often named first. */
export function entitiesSection(st: StoryLike): HTMLElement {
  const sec = h("section", { class: "card", id: "entities-card" }, h("h3", {}, "Entities"));
  if (!st.entities.length) {
    sec.appendChild(h("p", { class: "muted" }, "No entities found."));
    return sec;
  }
  const ents = [...st.entities].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
  sec.appendChild(
    h(
      "table",
      { class: "entities" },
      h("thead", {}, h("tr", {}, h("th", {}, "name"), h("th", {}, "type"), h("th", {}, "roles"), h("th", {}, "spellings"), h("th", {}, "articles"))),
      h(
        "tbody",
        {},
        ents.map((e) =>
          h(
            "tr",
            {},
            h("td", {}, e.name),
            h("td", {}, h("span", { class: `ent-badge ent-${e.type}` }, ENTITY_LABEL[e.type] ?? e.type)),
            h("td", {}, (e.roles ?? []).join(", ")),
            h("td", { class: "small" }, e.names.filter((n) => n !== e.name).join(", ")),
            h("td", {}, String(e.articles)),
          ),
        ),
      ),
    ),
  );
  return sec;
}
