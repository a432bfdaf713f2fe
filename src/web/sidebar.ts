// The stories sidebar: every story with its article count and dates, the open one marked active.
import { api } from "./api.js";
import { h, clear } from "./dom.js";
import { $, link, errorBox } from "./state.js";
import type { StorySummaryLike } from "./types.js";

/** Fills the sidebar list ("#stories") from /api/stories. */
export async function loadStories(): Promise<void> {
  const list = $("stories");
  try {
    const { items } = await api<{ items: StorySummaryLike[] }>("GET", "/api/stories");
    clear(list);
    if (!items.length) list.appendChild(h("li", { class: "muted" }, "No stories yet. Add articles to begin."));
    const current = /^#\/story\/([^/]+)/.exec(location.hash)?.[1];
    for (const st of items) {
      const when = [st.first, st.last].filter(Boolean);
      list.appendChild(
        h(
          "li",
          { class: current && decodeURIComponent(current) === st.id ? "active" : "" },
          link(st.title || "(untitled story)", `/story/${encodeURIComponent(st.id)}`, "story-link"),
          st.incident && st.incident !== st.title ? h("div", { class: "small story-incident" }, st.incident) : null,
          h("div", { class: "muted small" }, `${st.articles} article${st.articles === 1 ? "" : "s"}${when.length ? " · " + [...new Set(when)].join(" – ") : ""}`),
        ),
      );
    }
  } catch (e) {
    clear(list);
    list.appendChild(h("li", {}, errorBox(e)));
  }
}
