// One chart per figure series (category, counted group, place, running total or count): each originator's values
// over time as a line, unattributed values as hollow points without a line, withdrawn or denied values crossed out;
// the latest standing value per originator, revisions and contradictions listed under it. Drawn as SVG.
import { h, s, withDetails, fmtNum } from "./dom.js";
import { QUAL } from "./highlight.js";
import type { TimelineEntryLike, FigureSeriesLike } from "./types.js";

export const PALETTE = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"];

/** The line a value belongs to: its source; values nobody is named for share the "unattributed" marker. */
export function seriesKey(e: TimelineEntryLike): string {
  return e.source ?? "unattributed";
}
const UNATTRIBUTED = "unattributed";

const day = (d: string | null | undefined): number | null => {
  if (!d) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? "1"));
};

function fmtTick(v: number): string {
  return v >= 10000 ? v.toLocaleString("en-US", { notation: "compact", maximumFractionDigits: 1 }) : fmtNum(v);
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export function figureChart(fig: FigureSeriesLike, onArticle?: (id: string) => void): HTMLElement {
  const W = 440, H = 210, ml = 46, mr = 14, mt = 14, mb = 30;
  const entries = fig.points.filter((e) => Number.isFinite(e.value));
  const keys = [...new Set(entries.map(seriesKey))];
  const color = (k: string) => PALETTE[keys.indexOf(k) % PALETTE.length]!;
  const times = entries.map((e) => day(e.date)).filter((t): t is number => t !== null);
  let t0 = times.length ? Math.min(...times) : 0;
  let t1 = times.length ? Math.max(...times) : 1;
  if (t1 === t0) {
    t0 -= 86400000;
    t1 += 86400000;
  }
  const vmax = niceMax(Math.max(1, ...entries.map((e) => e.value)) * 1.08);
  const x = (t: number | null) => (t === null ? W - mr - 6 : ml + ((t - t0) / (t1 - t0)) * (W - ml - mr - 12) + 6);
  const y = (v: number) => mt + (1 - v / vmax) * (H - mt - mb);

  const svg = s("svg", { class: "figure-chart", viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-label": `${fig.label} over time`, "data-category": fig.category, "data-series": fig.id });
  // grid + y axis
  for (let i = 0; i <= 4; i++) {
    const v = (vmax / 4) * i;
    svg.appendChild(s("line", { x1: ml, x2: W - mr, y1: y(v), y2: y(v), class: "grid" }));
    svg.appendChild(s("text", { x: ml - 6, y: y(v) + 4, class: "tick", "text-anchor": "end" }, fmtTick(v)));
  }
  // x ticks: the distinct days
  const days = [...new Set(times)].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(days.length / 5));
  days.forEach((t, i) => {
    if (i % step !== 0 && i !== days.length - 1) return;
    svg.appendChild(s("line", { x1: x(t), x2: x(t), y1: H - mb, y2: H - mb + 4, class: "axis" }));
    svg.appendChild(s("text", { x: x(t), y: H - mb + 16, class: "tick", "text-anchor": "middle" }, new Date(t).toISOString().slice(5, 10)));
  });
  svg.appendChild(s("line", { x1: ml, x2: W - mr, y1: H - mb, y2: H - mb, class: "axis" }));
  if (entries.some((e) => day(e.date) === null)) svg.appendChild(s("text", { x: W - mr - 6, y: H - mb + 16, class: "tick", "text-anchor": "middle" }, "n.d."));

  for (const k of keys) {
    const pts = entries.filter((e) => seriesKey(e) === k).sort((a, b) => (day(a.date) ?? Infinity) - (day(b.date) ?? Infinity));
    if (pts.length > 1 && k !== UNATTRIBUTED) {
      const d = pts.map((e, i) => `${i ? "L" : "M"}${x(day(e.date)).toFixed(1)},${y(e.value).toFixed(1)}`).join("");
      svg.appendChild(s("path", { d, class: "series-line", stroke: color(k), fill: "none" }));
    }
    for (const e of pts) {
      const marked = e.status ? ` ${e.status}` : "";
      const dot = s("circle", { cx: x(day(e.date)), cy: y(e.value), r: 5, fill: k === UNATTRIBUTED ? "none" : color(k), stroke: color(k), class: `point${k === UNATTRIBUTED ? " unattributed" : ""}${marked}`, "data-source": k, "data-value": e.value, tabindex: 0 });
      const rows: [string, string][] = [
        ["value", `${QUAL[e.qualifier] ?? ""}${fmtNum(e.value)} (${e.qualifier})`],
        ["as of", e.date ?? "no date"],
        ["source", e.source ?? "unattributed (the outlet itself)"],
        ["outlet", e.outlet ?? "?"],
      ];
      if (e.subject) rows.push(["subject", e.subject]);
      if (e.copies && e.copies > 1) rows.push(["copies", `${e.copies} syndicated copies`]);
      if (e.status) rows.push(["status", `${e.status} in this report`]);
      if (e.text) rows.push(["text", e.text]);
      withDetails(dot, () => ({ rows, title: `${fig.label}: ${fmtNum(e.value)}` }));
      if (onArticle) dot.addEventListener("click", () => onArticle(e.article));
      svg.appendChild(dot);
      if (e.qualifier !== "exact") svg.appendChild(s("text", { x: x(day(e.date)) + 7, y: y(e.value) - 6, class: "qual" }, QUAL[e.qualifier] ?? ""));
      if (e.status === "withdrawn" || e.status === "denied") {
        const cx = x(day(e.date)), cy = y(e.value);
        svg.appendChild(s("path", { d: `M${cx - 6},${cy - 6}L${cx + 6},${cy + 6}M${cx - 6},${cy + 6}L${cx + 6},${cy - 6}`, class: "struck", stroke: "currentColor" }));
      }
    }
  }
  const legend = h(
    "ul",
    { class: "legend" },
    keys.map((k) => h("li", {}, swatch(color(k)), " ", k)),
  );
  const latest = (fig.latest ?? []).map((e) =>
    h("li", {}, h("b", {}, `${QUAL[e.qualifier] ?? ""}${fmtNum(e.value)}`), ` ${seriesKey(e)}`, h("span", { class: "muted" }, ` (${e.date ?? "no date"})`)),
  );
  const contradictions = (fig.contradictions ?? []).map((c) =>
    h("li", { class: "contradiction" }, `${seriesKey(c.a)} ${QUAL[c.a.qualifier] ?? ""}${fmtNum(c.a.value)} vs ${seriesKey(c.b)} ${QUAL[c.b.qualifier] ?? ""}${fmtNum(c.b.value)}: ${c.reason}`),
  );
  const revisions = (fig.revisions ?? []).map((r) =>
    h("li", { class: "revision" }, `${r.originator}: ${fmtNum(r.from.value)} (${r.from.date ?? "no date"}) → ${fmtNum(r.to.value)} (${r.to.date ?? "no date"})`),
  );
  return h(
    "figure",
    { class: "chart-card", "data-category": fig.category, "data-series": fig.id },
    h("figcaption", {}, h("span", { class: "cat" }, fig.label), h("span", { class: "muted" }, ` · ${entries.length} report${entries.length === 1 ? "" : "s"}`)),
    svg,
    legend,
    latest.length ? h("div", { class: "latest small" }, h("span", { class: "muted" }, "latest per source: "), h("ul", { class: "inline" }, latest)) : null,
    revisions.length ? h("div", { class: "revisions small" }, h("span", { class: "muted" }, "revised: "), h("ul", { class: "inline" }, revisions)) : null,
    contradictions.length ? h("ul", { class: "contradictions" }, contradictions) : null,
  );
}

export function swatch(fill: string): SVGElement {
  return s("svg", { width: 12, height: 12, class: "swatch", "aria-hidden": "true" }, s("rect", { width: 12, height: 12, rx: 2, fill }));
}
