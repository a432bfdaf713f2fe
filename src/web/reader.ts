// The article reader: the article's text with entities, figures, claims and times highlighted (each
// kind can be hidden), a side list of what was found, and deleting the article. All text enters the DOM
// through textContent (see dom.ts): article text can never become markup or script.
import type { Extraction } from "../schema/index.js";
import { api } from "./api.js";
import { h, clear, withDetails, fmtNum } from "./dom.js";
import { spansOf, segment, ENTITY_LABEL, QUAL, type HlSpan, type SpanKind } from "./highlight.js";
import { go, link, errorBox, rerender, type ArticleSummary } from "./state.js";
import { correctionControl } from "./correct.js";

const KIND_LABEL: Record<SpanKind, string> = { entity: "entities", figure: "figures", claim: "claims", time: "times" };

/** The reader page of one stored article; `evidence` ("120-245") shows and marks that sentence (an alert's link). */
export async function showArticle(main: HTMLElement, id: string, evidence?: string): Promise<void> {
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
      " · ",
      correctionControl(article, rerender),
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
  const quote = evidenceQuote(x.text, evidence);
  if (quote) main.appendChild(quote);
  main.appendChild(h("div", { class: "reader-layout" }, reader, readerSide(x)));
  if (quote) quote.scrollIntoView({ block: "center" });
  if (x.warnings.length) main.appendChild(h("ul", { class: "warnings small" }, x.warnings.map((w) => h("li", {}, w))));
}

/** The evidence sentence of an alert ("120-245" into the text), or null when the range does not fit the text. */
function evidenceQuote(text: string, range: string | undefined): HTMLElement | null {
  const m = /^(\d+)-(\d+)$/.exec(range ?? "");
  if (!m) return null;
  const start = Number(m[1]), end = Number(m[2]);
  if (end <= start || end > text.length) return null;
  return h("blockquote", { class: "evidence", id: "evidence", "data-start": start, "data-end": end }, h("div", { class: "small muted" }, `Evidence (characters ${start}–${end})`), h("mark", { class: "evidence-mark" }, text.slice(start, end)));
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
      withDetails(mark, () => {
        const rows: [string, string][] = [];
        for (const k of [...kinds].reverse()) {
          rows.push([k.kind.toUpperCase(), k.title]);
          for (const d of k.details) rows.push(["  " + d[0], d[1]]);
        }
        return { rows };
      });
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
