// The Lagebild page: stories list → a story's situation (map, events timeline, figure charts,
// claims table, entities, articles) → an article reader with highlights. All text enters the DOM
// through textContent (see dom.ts): article text can never become markup or script.
import type { Extraction } from "../schema/index.js";
import { api, ApiFailure, adoptTokenFromHash, getToken, setToken } from "./api.js";
import { h, clear, showTip, hideTip, fmtNum } from "./dom.js";
import { spansOf, segment, ENTITY_LABEL, QUAL, type HlSpan, type SpanKind } from "./highlight.js";
import { figureChart } from "./chart.js";
import { placesMap, type Place } from "./map.js";
import type { JobLike, StoryLike, StorySummaryLike, StoryClaimLike } from "./types.js";

interface ArticleSummary {
  id: string;
  title: string | null;
  url?: string | null;
  outlet?: string | null;
  language: string;
  published: string | null;
  story?: string | null;
}
interface AddResult {
  status: "new" | "duplicate";
  id: string;
  article: ArticleSummary;
  warnings?: string[];
}

const $ = (id: string) => document.getElementById(id)!;

// ------------------------------------------------------------------ routing

function route(): void {
  hideTip();
  const hash = location.hash || "#/";
  const parts = hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const main = $("main");
  if (parts[0] === "story" && parts[1]) void showStory(main, parts[1]);
  else if (parts[0] === "article" && parts[1]) void showArticle(main, parts[1]);
  else if (parts[0] === "search") void showSearch(main, parts.slice(1).join("/"));
  else void showHome(main);
  void loadStories();
}

function go(path: string): void {
  if (location.hash === "#" + path) route();
  else location.hash = path;
}

function link(text: string, path: string, cls = ""): HTMLAnchorElement {
  return h("a", { href: "#" + path, class: cls }, text);
}

function errorBox(e: unknown): HTMLElement {
  const msg = e instanceof ApiFailure ? `${e.message} (${e.code})` : e instanceof Error ? e.message : String(e);
  return h("div", { class: "error", role: "alert" }, msg);
}

// ------------------------------------------------------------------ stories sidebar

let storiesCache: StorySummaryLike[] = [];

async function loadStories(): Promise<void> {
  const list = $("stories");
  try {
    const { items } = await api<{ items: StorySummaryLike[] }>("GET", "/api/stories");
    storiesCache = items;
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
          h("div", { class: "muted small" }, `${st.articles} article${st.articles === 1 ? "" : "s"}${when.length ? " · " + [...new Set(when)].join(" – ") : ""}`),
        ),
      );
    }
  } catch (e) {
    clear(list);
    list.appendChild(h("li", {}, errorBox(e)));
  }
}

async function showHome(main: HTMLElement): Promise<void> {
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

/** Recent batches and feed polls with their progress. */
async function jobList(box: HTMLElement): Promise<void> {
  try {
    const { items } = await api<{ items: JobLike[] }>("GET", "/api/jobs");
    if (!items.length) return;
    box.appendChild(h("h3", {}, "Recent jobs"));
    box.appendChild(
      h(
        "ul",
        { class: "job-list" },
        items.slice(0, 8).map((j) =>
          h(
            "li",
            {},
            h("span", { class: `status st-${j.state === "failed" ? "contradicted" : j.state === "done" ? "corroborated" : "single-source"}` }, j.state),
            ` ${j.kind}: ${j.done}${j.total ? " / " + j.total : ""} — ${j.new} new, ${j.duplicate} duplicate, ${j.failed} failed`,
            j.message ? h("span", { class: "muted small" }, ` · ${j.message}`) : null,
          ),
        ),
      ),
    );
  } catch {
    /* optional */
  }
}

async function showSearch(main: HTMLElement, q: string): Promise<void> {
  clear(main);
  main.appendChild(h("h2", {}, `Search: ${q}`));
  const box = h("div", {});
  main.appendChild(box);
  await articleList(box, q);
}

async function articleList(box: HTMLElement, q: string): Promise<void> {
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

// ------------------------------------------------------------------ story

async function showStory(main: HTMLElement, id: string): Promise<void> {
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
      places.push({ name, lat: ev.lat, lon: ev.lon, kind: "event", details: [["event", ev.type], ["date", ev.date ?? "?"]] });
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
  const figs = h("section", { class: "card", id: "figures-card" }, h("h3", {}, "Figures by source"));
  if (!st.figures.length) figs.appendChild(h("p", { class: "muted" }, "No figures reported."));
  else figs.appendChild(h("div", { class: "charts" }, st.figures.map((f) => figureChart(f, (aid) => go(`/article/${encodeURIComponent(aid)}`)))));
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

function eventsTimeline(st: StoryLike): HTMLElement {
  if (!st.events.length) return h("p", { class: "muted" }, "No events found.");
  const evs = [...st.events].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  return h(
    "ol",
    { class: "timeline" },
    evs.map((e) =>
      h(
        "li",
        {},
        h("span", { class: "tl-date" }, e.date ?? "undated"),
        h("span", { class: `badge ev` }, e.type),
        e.subType ? h("span", { class: "muted small" }, ` ${e.subType}`) : null,
        h("div", { class: "tl-where" }, [e.location, e.country].filter(Boolean).join(", ") || "place unknown", e.fatalities ? ` · ${fmtNum(e.fatalities)} dead` : "", e.actors.length ? ` · ${e.actors.join(", ")}` : ""),
        h("div", { class: "small tl-text" }, e.text),
        e.article ? link("read", `/article/${encodeURIComponent(e.article)}`, "small") : null,
      ),
    ),
  );
}

const STATUS_LABEL: Record<string, string> = { "single-source": "single source", corroborated: "corroborated", contradicted: "contradicted", unverifiable: "unverifiable" };

function claimsSection(st: StoryLike): HTMLElement {
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
    for (const c of rows) {
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
    count.textContent = `${rows.length} of ${st.claims.length}`;
  };
  for (const f of [fStatus, fSource, fMode]) f.addEventListener("change", render);
  fText.addEventListener("input", render);
  sec.appendChild(h("div", { class: "filters" }, fStatus, fSource, fMode, fText, count));
  sec.appendChild(
    h(
      "table",
      { class: "claims" },
      h("thead", {}, h("tr", {}, h("th", {}, "status"), h("th", {}, "source"), h("th", {}, "mode"), h("th", {}, "claim"), h("th", {}, "articles"))),
      tbody,
    ),
  );
  render();
  return sec;
}

function entitiesSection(st: StoryLike): HTMLElement {
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

// ------------------------------------------------------------------ reader

const KIND_LABEL: Record<SpanKind, string> = { entity: "entities", figure: "figures", claim: "claims", time: "times" };

async function showArticle(main: HTMLElement, id: string): Promise<void> {
  clear(main);
  main.appendChild(h("p", { class: "muted" }, "Loading the article…"));
  let data: { article: ArticleSummary; extraction: Extraction };
  try {
    data = await api("GET", `/api/articles/${encodeURIComponent(id)}`);
  } catch (e) {
    clear(main);
    main.appendChild(errorBox(e));
    return;
  }
  clear(main);
  const { article, extraction: x } = data;
  document.title = `${x.article.title ?? article.title ?? "Article"} · Lagebild`;
  const a = x.article;
  if (article.story) main.appendChild(h("p", {}, link("← back to the story", `/story/${encodeURIComponent(article.story)}`, "back")));
  if (a.kicker) main.appendChild(h("div", { class: "kicker" }, a.kicker));
  main.appendChild(h("h2", { class: "article-title" }, a.title ?? article.title ?? "(untitled)"));
  main.appendChild(
    h(
      "p",
      { class: "muted" },
      [article.outlet ?? a.outlet, a.published ? `published ${a.published}` : null, a.updated ? `updated ${a.updated}` : null, `language ${x.language}`, a.credits.length ? `credits ${a.credits.join(", ")}` : null]
        .filter(Boolean)
        .join(" · "),
      article.url ? h("span", {}, " · ", h("a", { href: safeUrl(article.url), rel: "noopener noreferrer nofollow", target: "_blank" }, "original")) : null,
      " · ",
      h("button", { type: "button", class: "link danger", onclick: () => void deleteArticle(article) }, "delete"),
    ),
  );

  const spans = spansOf(x);
  const byId = new Map(spans.map((s) => [s.id, s]));
  const counts: Record<SpanKind, number> = { entity: x.entities.length, figure: x.figures.length, claim: x.claims.length, time: x.times.length };
  const reader = h("div", { class: "reader", id: "reader", lang: x.language });
  const toggles = h(
    "div",
    { class: "legend-bar" },
    (Object.keys(KIND_LABEL) as SpanKind[]).map((k) => {
      const cb = h("input", { type: "checkbox", checked: true, "data-kind": k });
      cb.addEventListener("change", () => reader.classList.toggle(`hide-${k}`, !cb.checked));
      return h("label", { class: `toggle tg-${k}` }, cb, ` ${KIND_LABEL[k]} (${counts[k]})`);
    }),
  );
  main.appendChild(toggles);
  renderReader(reader, x.text, spans, byId);
  main.appendChild(h("div", { class: "reader-layout" }, reader, readerSide(x)));
  if (x.warnings.length) main.appendChild(h("ul", { class: "warnings small" }, x.warnings.map((w) => h("li", {}, w))));
}

function safeUrl(u: string): string {
  return /^https?:\/\//i.test(u) ? u : "#";
}

async function deleteArticle(a: ArticleSummary): Promise<void> {
  if (!confirm(`Delete “${a.title ?? a.id}”?`)) return;
  try {
    await api("DELETE", `/api/articles/${encodeURIComponent(a.id)}`);
    go(a.story ? `/story/${encodeURIComponent(a.story)}` : "/");
  } catch (e) {
    alert(e instanceof Error ? e.message : String(e));
  }
}

/** Renders text as paragraphs of segments; each highlighted segment is a <mark> built with textContent. */
function renderReader(reader: HTMLElement, text: string, spans: HlSpan[], byId: Map<number, HlSpan>): void {
  const segs = segment(text, spans);
  let para = h("p", {});
  reader.appendChild(para);
  const pushText = (t: string, into: HTMLElement) => {
    // paragraphs at blank lines; single newlines become line breaks
    const parts = t.split(/(\n\s*\n|\n)/);
    for (const p of parts) {
      if (p === "") continue;
      if (/^\n\s*\n$/.test(p)) {
        if (into !== para) {
          into.appendChild(h("br", {}));
          into.appendChild(h("br", {}));
          continue;
        }
        para = h("p", {});
        reader.appendChild(para);
        into = para;
      } else if (p === "\n") into.appendChild(h("br", {}));
      else into.appendChild(document.createTextNode(p));
    }
    return into;
  };
  for (const seg of segs) {
    if (!seg.spans.length) {
      pushText(seg.text, para);
    } else {
      const kinds = seg.spans.map((i) => byId.get(i)!);
      const inner = kinds.filter((k) => k.kind !== "claim");
      const top = inner.at(-1) ?? kinds.at(-1)!;
      const cls = ["hl", ...new Set(kinds.map((k) => `hl-${k.kind}`)), `sub-${top.sub}`];
      const mark = h("mark", { class: cls.join(" "), "data-spans": seg.spans.join(" ") });
      pushText(seg.text, mark);
      mark.addEventListener("mouseenter", (ev) => {
        const rows: [string, string][] = [];
        for (const k of [...kinds].reverse()) {
          rows.push([k.kind.toUpperCase(), k.title]);
          for (const d of k.details) rows.push(["  " + d[0], d[1]]);
        }
        showTip(ev as MouseEvent, rows);
      });
      mark.addEventListener("mouseleave", hideTip);
      para.appendChild(mark);
    }
    for (const end of seg.ends) {
      const sp = byId.get(end)!;
      if (sp.kind === "claim") continue;
      para.appendChild(h("span", { class: `hl-label lb-${sp.kind} sub-${sp.sub}`, "aria-hidden": "true" }, sp.label));
    }
  }
}

function readerSide(x: Extraction): HTMLElement {
  const side = h("aside", { class: "reader-side" });
  if (x.figures.length) {
    side.appendChild(h("h4", {}, "Figures"));
    side.appendChild(
      h(
        "ul",
        { class: "side-list" },
        x.figures.map((f) => h("li", {}, h("b", {}, `${QUAL[f.qualifier] ?? ""}${fmtNum(f.value)} ${f.category}`), f.subject ? ` ${f.subject}` : "", h("div", { class: "muted small" }, `source: ${f.source ?? "the article"}`))),
      ),
    );
  }
  if (x.claims.length) {
    side.appendChild(h("h4", {}, "Claims"));
    side.appendChild(h("ul", { class: "side-list" }, x.claims.map((c) => h("li", {}, h("b", {}, c.source ?? "(unnamed)"), ` (${c.mode}) `, h("span", { class: "small" }, c.text)))));
  }
  if (x.entities.length) {
    side.appendChild(h("h4", {}, "Entities"));
    side.appendChild(h("ul", { class: "side-list" }, x.entities.map((e) => h("li", {}, h("span", { class: `ent-badge ent-${e.type}` }, ENTITY_LABEL[e.type] ?? e.type), " ", e.name))));
  }
  return side;
}

// ------------------------------------------------------------------ adding articles

let pollTimer: number | undefined;

function openAdd(tab = "paste"): void {
  const dlg = $("add-dialog") as HTMLDialogElement;
  selectTab(tab);
  if (!dlg.open) dlg.showModal();
  void loadFeeds();
}

function selectTab(tab: string): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-tab]")) b.classList.toggle("active", b.dataset.tab === tab);
  for (const p of document.querySelectorAll<HTMLElement>("[data-panel]")) p.hidden = p.dataset.panel !== tab;
}

function progress(state: "idle" | "busy" | "done" | "error", text: string, done?: number, total?: number | null): void {
  const bar = $("add-progress") as HTMLProgressElement;
  const msg = $("add-status");
  bar.hidden = state === "idle";
  if (typeof done === "number" && total) {
    bar.max = total;
    bar.value = done;
  } else if (state === "busy") bar.removeAttribute("value");
  else {
    bar.max = 1;
    bar.value = 1;
  }
  msg.textContent = text;
  msg.className = `status-line ${state}`;
}

function needToken(): boolean {
  if (getToken()) return false;
  showToken();
  progress("error", "Adding needs the API token: paste it into the token field (it was printed when the server first started and is stored in the data folder, file api-token).");
  return true;
}

/** Shows an add error; a refused token brings the token field back. */
function addFailed(e: unknown): void {
  if (e instanceof ApiFailure && e.status === 401) ($("dlg-token-form") as HTMLFormElement).hidden = false;
  progress("error", e instanceof Error ? e.message : String(e));
}

async function afterAdd(res: AddResult): Promise<void> {
  const verb = res.status === "new" ? "Added" : "Already stored:";
  progress("done", `${verb} “${res.article.title ?? "(untitled)"}”${res.warnings?.length ? " — " + res.warnings.join("; ") : ""}`);
  await loadStories();
  if (!/^#\/(story|article)\//.test(location.hash)) route();
  const target = res.article.story ? `/story/${encodeURIComponent(res.article.story)}` : `/article/${encodeURIComponent(res.id)}`;
  const box = $("add-result");
  clear(box);
  box.appendChild(h("a", { href: "#" + target, class: "open-result", onclick: () => ($("add-dialog") as HTMLDialogElement).close() }, res.article.story ? "Open its story" : "Open the article"));
}

async function submitPaste(): Promise<void> {
  if (needToken()) return;
  const text = ($("paste-text") as HTMLTextAreaElement).value;
  if (!text.trim()) return progress("error", "Paste an article first.");
  const meta = new URLSearchParams();
  for (const k of ["title", "outlet", "published", "language"]) {
    const v = ($(`paste-${k}`) as HTMLInputElement).value.trim();
    if (v) meta.set(k, v);
  }
  const isHtml = /^\s*</.test(text) && /<\/(p|div|html|body|article)>/i.test(text);
  progress("busy", "Extracting…");
  try {
    const res = await api<AddResult>("POST", `/api/articles${meta.size ? "?" + meta.toString() : ""}`, text, isHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    await afterAdd(res);
  } catch (e) {
    addFailed(e);
  }
}

async function submitUpload(): Promise<void> {
  if (needToken()) return;
  const input = $("upload-files") as HTMLInputElement;
  if (!input.files?.length) return progress("error", "Choose one or more files (text, HTML, JSON, JSONL).");
  const form = new FormData();
  for (const f of input.files) form.append("file", f, f.name);
  progress("busy", `Uploading ${input.files.length} file${input.files.length === 1 ? "" : "s"}…`);
  try {
    const res = await api<AddResult | { job: JobLike }>("POST", "/api/articles", form);
    if ("job" in res) await followJob(res.job);
    else await afterAdd(res);
  } catch (e) {
    addFailed(e);
  }
}

async function submitUrl(): Promise<void> {
  if (needToken()) return;
  const url = ($("url-input") as HTMLInputElement).value.trim();
  if (!/^https?:\/\//i.test(url)) return progress("error", "Enter an address starting with http:// or https://");
  progress("busy", "Fetching and extracting…");
  try {
    await afterAdd(await api<AddResult>("POST", "/api/articles", { url }));
  } catch (e) {
    addFailed(e);
  }
}

async function submitFeed(): Promise<void> {
  if (needToken()) return;
  const url = ($("feed-input") as HTMLInputElement).value.trim();
  if (!/^https?:\/\//i.test(url)) return progress("error", "Enter a feed address starting with http:// or https://");
  progress("busy", "Adding the feed…");
  try {
    const res = await api<{ job: JobLike | null }>("POST", "/api/feeds", { url });
    void loadFeeds();
    if (res.job) await followJob(res.job);
    else progress("done", "Feed added.");
  } catch (e) {
    addFailed(e);
  }
}

async function loadFeeds(): Promise<void> {
  const ul = $("feed-list");
  try {
    const { items } = await api<{ items: { id: string; url: string; title?: string | null; lastPolled?: string | null; error?: string | null }[] }>("GET", "/api/feeds");
    clear(ul);
    for (const f of items) {
      ul.appendChild(
        h(
          "li",
          {},
          f.title ? `${f.title} — ` : "",
          h("span", { class: "small" }, f.url),
          f.lastPolled ? h("span", { class: "muted small" }, ` · polled ${f.lastPolled}`) : null,
          f.error ? h("span", { class: "small warn" }, ` · ${f.error}`) : null,
          " ",
          h("button", { type: "button", class: "link", onclick: () => void pollFeed(f.id) }, "fetch now"),
          " ",
          h("button", { type: "button", class: "link danger", onclick: () => void removeFeed(f.id) }, "remove"),
        ),
      );
    }
  } catch {
    /* the list is optional */
  }
}

async function pollFeed(id: string): Promise<void> {
  if (needToken()) return;
  try {
    const { job } = await api<{ job: JobLike }>("POST", `/api/feeds/${encodeURIComponent(id)}/poll`);
    await followJob(job);
  } catch (e) {
    addFailed(e);
  }
}

async function removeFeed(id: string): Promise<void> {
  if (needToken()) return;
  try {
    await api("DELETE", `/api/feeds/${encodeURIComponent(id)}`);
    void loadFeeds();
  } catch (e) {
    addFailed(e);
  }
}

/** Polls a job until it ends, showing its progress. */
async function followJob(job: JobLike): Promise<void> {
  if (pollTimer) clearTimeout(pollTimer);
  const show = (j: JobLike) => {
    const total = j.total ?? null;
    const counts = `${j.new} new, ${j.duplicate} duplicate, ${j.failed} failed`;
    if (j.state === "done" || j.state === "failed") {
      progress(j.state === "failed" ? "error" : "done", `${j.state === "failed" ? "Failed" : "Done"}: ${counts}${j.message ? " — " + j.message : ""}${j.errors.length ? " — " + j.errors.slice(0, 3).map((e) => `${e.item}: ${e.message}`).join("; ") : ""}`, 1, 1);
      void loadStories();
      if (!/^#\/(story|article)\//.test(location.hash)) route();
      if (j.articles.length) {
        const box = $("add-result");
        clear(box);
        box.appendChild(h("a", { href: `#/article/${encodeURIComponent(j.articles[0]!)}`, class: "open-result", onclick: () => ($("add-dialog") as HTMLDialogElement).close() }, "Open the first article"));
      }
      return true;
    }
    progress("busy", `${j.state === "queued" ? "Queued" : "Working"}: ${j.done}${total ? " / " + total : ""} — ${counts}`, j.done, total);
    return false;
  };
  if (show(job)) return;
  await new Promise<void>((resolve) => {
    const tick = async () => {
      try {
        const { job: j } = await api<{ job: JobLike }>("GET", `/api/jobs/${encodeURIComponent(job.id)}`);
        if (show(j)) return resolve();
      } catch (e) {
        addFailed(e);
        return resolve();
      }
      pollTimer = window.setTimeout(tick, 400);
    };
    pollTimer = window.setTimeout(tick, 300);
  });
}

// ------------------------------------------------------------------ start

function tokenUi(): void {
  const input = $("token-input") as HTMLInputElement;
  const dlgInput = $("dlg-token-input") as HTMLInputElement;
  const state = $("token-state");
  const show = () => {
    state.textContent = getToken() ? "token set" : "no token: read-only";
    state.className = getToken() ? "ok small" : "warn small";
    input.value = "";
    dlgInput.value = "";
    ($("dlg-token-form") as HTMLFormElement).hidden = !!getToken();
  };
  for (const [form, field] of [["token-form", input], ["dlg-token-form", dlgInput]] as const) {
    $(form).addEventListener("submit", (ev) => {
      ev.preventDefault();
      setToken(field.value.trim() || null);
      show();
      if (form === "dlg-token-form" && getToken()) progress("idle", "Token set.");
    });
  }
  showToken = show;
  show();
}

let showToken: () => void = () => undefined;

function init(): void {
  adoptTokenFromHash();
  tokenUi();
  $("add-button").addEventListener("click", () => openAdd());
  $("add-close").addEventListener("click", () => ($("add-dialog") as HTMLDialogElement).close());
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-tab]")) b.addEventListener("click", () => selectTab(b.dataset.tab!));
  $("paste-submit").addEventListener("click", () => void submitPaste());
  $("upload-submit").addEventListener("click", () => void submitUpload());
  $("url-submit").addEventListener("click", () => void submitUrl());
  $("feed-submit").addEventListener("click", () => void submitFeed());
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = ($("search-input") as HTMLInputElement).value.trim();
    go(q ? `/search/${encodeURIComponent(q)}` : "/");
  });
  window.addEventListener("hashchange", route);
  document.addEventListener("scroll", hideTip, { passive: true });
  route();
}

init();
