// One chart per figure category: each source's reported values over time, drawn as SVG.
import { h, s, withDetails, fmtNum } from "./dom.js";
import { QUAL } from "./highlight.js";
import type { TimelineEntryLike, FigureTimelineLike } from "./types.js";

export const PALETTE = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"];

export function seriesKey(e: TimelineEntryLike): string {
  return e.source ?? e.outlet ?? "(unattributed)";
}

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

export function figureChart(fig: FigureTimelineLike, onArticle?: (id: string) => void): HTMLElement {
  const W = 440, H = 210, ml = 46, mr = 14, mt = 14, mb = 30;
  const entries = fig.timeline.filter((e) => Number.isFinite(e.value));
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

  const svg = s("svg", { class: "figure-chart", viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-label": `${fig.category} over time`, "data-category": fig.category });
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
    if (pts.length > 1) {
      const d = pts.map((e, i) => `${i ? "L" : "M"}${x(day(e.date)).toFixed(1)},${y(e.value).toFixed(1)}`).join("");
      svg.appendChild(s("path", { d, class: "series-line", stroke: color(k), fill: "none" }));
    }
    for (const e of pts) {
      const dot = s("circle", { cx: x(day(e.date)), cy: y(e.value), r: 5, fill: color(k), class: "point", "data-source": k, "data-value": e.value, tabindex: 0 });
      const rows: [string, string][] = [
        ["value", `${QUAL[e.qualifier] ?? ""}${fmtNum(e.value)} (${e.qualifier})`],
        ["as of", e.date ?? "no date"],
        ["source", e.source ?? "the outlet itself"],
        ["outlet", e.outlet ?? "?"],
      ];
      if (e.subject) rows.push(["subject", e.subject]);
      if (e.copies && e.copies > 1) rows.push(["copies", `${e.copies} syndicated copies`]);
      if (e.text) rows.push(["text", e.text]);
      withDetails(dot, () => ({ rows, title: `${fig.category}: ${fmtNum(e.value)}` }));
      if (onArticle) dot.addEventListener("click", () => onArticle(e.article));
      svg.appendChild(dot);
      if (e.qualifier !== "exact") svg.appendChild(s("text", { x: x(day(e.date)) + 7, y: y(e.value) - 6, class: "qual" }, QUAL[e.qualifier] ?? ""));
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
  return h(
    "figure",
    { class: "chart-card", "data-category": fig.category },
    h("figcaption", {}, h("span", { class: "cat" }, fig.category), h("span", { class: "muted" }, ` · ${entries.length} report${entries.length === 1 ? "" : "s"}`)),
    svg,
    legend,
    latest.length ? h("div", { class: "latest small" }, h("span", { class: "muted" }, "latest per source: "), h("ul", { class: "inline" }, latest)) : null,
    contradictions.length ? h("ul", { class: "contradictions" }, contradictions) : null,
  );
}

export function swatch(fill: string): SVGElement {
  return s("svg", { width: 12, height: 12, class: "swatch", "aria-hidden": "true" }, s("rect", { width: 12, height: 12, rx: 2, fill }));
}
