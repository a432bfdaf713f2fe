// The home and search pages: what the store holds, recent jobs and articles, search results.
import { api } from "./api.js";
import { h, clear } from "./dom.js";
import { link, errorBox, type ArticleSummary } from "./state.js";
import { openAdd } from "./add-dialog.js";
import { jobList } from "./jobs.js";

/** The home page: store size, the add button, recent jobs and articles. */
export async function showHome(main: HTMLElement): Promise<void> {
  clear(main);
  document.title = "Lagebild";
  main.appendChild(h("h2", {}, "Situation picture"));
  main.appendChild(
    h(
      "p",
      { class: "lead" },
      "Lagebild reads news reports (German and English) and builds a sourced picture: who did what, where and when, every figure and claim with its source. Pick a story on the left or add articles.",
    ),
  );
  try {
    const health = await api<{ articles: number | null; store: string }>("GET", "/api/health");
    main.appendChild(h("p", { class: "muted" }, `${health.articles ?? "?"} article${health.articles === 1 ? "" : "s"} stored (${health.store}).`));
  } catch (e) {
    main.appendChild(errorBox(e));
  }
  main.appendChild(h("button", { class: "primary", type: "button", onclick: () => openAdd() }, "Add articles"));
  const jobs = h("div", { id: "jobs" });
  main.appendChild(jobs);
  const recent = h("div", { id: "recent" });
  main.appendChild(h("h3", {}, "Recent articles"));
  main.appendChild(recent);
  await Promise.all([articleList(recent, ""), jobList(jobs)]);
}

/** The search page for a query ("Almaty"). */
export async function showSearch(main: HTMLElement, q: string): Promise<void> {
  clear(main);
  main.appendChild(h("h2", {}, `Search: ${q}`));
  const box = h("div", {});
  main.appendChild(box);
  await articleList(box, q);
}

/** A list of stored articles, the latest or those matching a query, with snippets. */
export async function articleList(box: HTMLElement, q: string): Promise<void> {
  try {
    const res = await api<{ total: number; items: (ArticleSummary & { snippet?: string | null })[] }>("GET", `/api/articles?limit=50${q ? "&q=" + encodeURIComponent(q) : ""}`);
    clear(box);
    if (!res.items.length) {
      box.appendChild(h("p", { class: "muted" }, q ? "No article matches." : "No articles yet."));
      return;
    }
    box.appendChild(
      h(
        "ul",
        { class: "article-list" },
        res.items.map((a) =>
          h(
            "li",
            {},
            link(a.title || "(untitled)", `/article/${encodeURIComponent(a.id)}`),
            h("span", { class: "muted small" }, ` ${[a.outlet, a.published, a.language].filter(Boolean).join(" · ")}`),
            a.snippet ? h("div", { class: "small snippet" }, a.snippet) : null,
          ),
        ),
      ),
    );
    if (res.total > res.items.length) box.appendChild(h("p", { class: "muted small" }, `${res.items.length} of ${res.total} shown`));
  } catch (e) {
    clear(box);
    box.appendChild(errorBox(e));
  }
}
