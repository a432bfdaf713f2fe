// The claims panel of the story page: every claim with its status ("contradicted" first), sources, mode
// and articles, filtered by status, source, mode and text as the reader types, shown a page of
// PAGE_SIZE rows at a time ("Show 25 more").
import { h, clear } from "./dom.js";
import { link } from "./state.js";
import type { StoryLike, StoryClaimLike } from "./types.js";

/** Rows shown at first and added by each "Show more". */
export const PAGE_SIZE = 25;

const STATUS_LABEL: Record<string, string> = { "single-source": "single source", corroborated: "corroborated", contradicted: "contradicted", unverifiable: "unverifiable" };

/** The claims card of a story, with its filters. */
export function claimsSection(st: StoryLike): HTMLElement {
  const sec = h("section", { class: "card", id: "claims-card" }, h("h3", {}, "Claims"));
  if (!st.claims.length) {
    sec.appendChild(h("p", { class: "muted" }, "No claims found."));
    return sec;
  }
  const opt = (v: string, label = v) => h("option", { value: v }, label);
  const byId = new Map(st.articles.map((a) => [a.id, a]));
  // contradicted and corroborated claims first, then by text
  const rank: Record<string, number> = { contradicted: 0, corroborated: 1, unverifiable: 2, "single-source": 3 };
  st = { ...st, claims: [...st.claims].sort((a, b) => (rank[a.status] ?? 4) - (rank[b.status] ?? 4) || b.independentSources - a.independentSources) };
  const statuses = [...new Set(st.claims.map((c) => c.status))].sort();
  const sources = [...new Set(st.claims.flatMap((c) => c.sources))].sort();
  const modes = [...new Set(st.claims.map((c) => c.mode).filter((m): m is string => !!m))].sort();
  const fStatus = h("select", { id: "filter-status", "aria-label": "status" }, opt("", "any status"), statuses.map((s) => opt(s, STATUS_LABEL[s] ?? s)));
  const fSource = h("select", { id: "filter-source", "aria-label": "source" }, opt("", "any source"), sources.map((s) => opt(s)));
  const fMode = h("select", { id: "filter-mode", "aria-label": "mode" }, opt("", "any mode"), modes.map((s) => opt(s)));
  const fText = h("input", { id: "filter-text", type: "search", placeholder: "text…", "aria-label": "claim text" });
  const tbody = h("tbody", {});
  const count = h("span", { class: "muted small" });
  const more = h("button", { type: "button", id: "claims-more", class: "secondary" });
  let shown = PAGE_SIZE;
  const render = () => {
    clear(tbody);
    const q = fText.value.trim().toLowerCase();
    const rows = st.claims.filter(
      (c: StoryClaimLike) =>
        (!fStatus.value || c.status === fStatus.value) &&
        (!fSource.value || c.sources.includes(fSource.value)) &&
        (!fMode.value || c.mode === fMode.value) &&
        (!q || c.text.toLowerCase().includes(q)),
    );
    for (const c of rows.slice(0, shown)) {
      const refs = c.articles.map((a, i) => {
        const art = byId.get(a);
        return link(art?.outlet ?? `#${i + 1}`, `/article/${encodeURIComponent(a)}`, "small art-ref");
      });
      tbody.appendChild(
        h(
          "tr",
          { "data-status": c.status },
          h("td", {}, h("span", { class: `status st-${c.status}` }, STATUS_LABEL[c.status] ?? c.status)),
          h("td", { class: "c-sources" }, c.sources.join(", ") || "(unnamed)", h("div", { class: "muted small" }, `${c.independentSources} independent`)),
          h("td", {}, c.mode ?? ""),
          h("td", { class: "c-text" }, c.text, c.contradictedBy?.length ? h("div", { class: "small contra" }, `contradicted by: ${c.contradictedBy.join(" | ")}`) : null),
          h("td", { class: "c-refs" }, refs),
        ),
      );
    }
    count.textContent = `${rows.length} of ${st.claims.length}${rows.length > shown ? `, first ${shown} shown` : ""}`;
    more.hidden = rows.length <= shown;
    more.textContent = `Show ${Math.min(PAGE_SIZE, rows.length - shown)} more`;
  };
  const refilter = () => {
    shown = PAGE_SIZE; // a new filter starts at its first page
    render();
  };
  more.addEventListener("click", () => {
    shown += PAGE_SIZE;
    render();
  });
  for (const f of [fStatus, fSource, fMode]) f.addEventListener("change", refilter);
  fText.addEventListener("input", refilter);
  sec.appendChild(h("div", { class: "filters" }, fStatus, fSource, fMode, fText, count));
  sec.appendChild(
    h(
      "table",
      { class: "claims" },
      h("thead", {}, h("tr", {}, h("th", {}, "status"), h("th", {}, "source"), h("th", {}, "mode"), h("th", {}, "claim"), h("th", {}, "articles"))),
      tbody,
    ),
  );
  sec.appendChild(more);
  render();
  return sec;
}
