// Reader highlights: the extraction's standoff spans (entities, figures, claims, times) cut the
// article text into segments, each knowing which spans cover it. Overlapping and nested spans are
// fine (a claim holding an entity and a figure). Pure functions; the page renders the segments.
import { humanTime } from "./dates.js";
import type { Extraction } from "../schema/index.js";

export type SpanKind = "entity" | "figure" | "claim" | "time";

export interface HlSpan {
  id: number;
  kind: SpanKind;
  start: number;
  end: number;
  /** Short label shown after the span (entity type, figure category, TIMEX value). */
  label: string;
  /** CSS class refinement, e.g. entity type. */
  sub: string;
  /** Hover details: key/value rows. */
  details: [string, string][];
  title: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** ids of the spans covering the segment, outermost (longest) first. */
  spans: number[];
  /** ids of spans ending with this segment (their labels follow it). */
  ends: number[];
}

/** The highlight spans of an extraction (offsets clipped to the text, empty spans dropped). */
export function spansOf(x: Extraction): HlSpan[] {
  const out: HlSpan[] = [];
  const n = x.text.length;
  const push = (s: Omit<HlSpan, "id">) => {
    const start = Math.max(0, Math.min(n, s.start));
    const end = Math.max(start, Math.min(n, s.end));
    if (end > start) out.push({ ...s, start, end, id: out.length });
  };
  for (const e of x.entities) {
    const details: [string, string][] = [["type", e.type], ["name", e.name]];
    if (e.aliases.length) details.push(["spellings", e.aliases.join(", ")]);
    if (e.roles?.length) details.push(["roles", e.roles.join(", ")]);
    if (e.country) details.push(["country", e.country]);
    if (typeof e.lat === "number" && typeof e.lon === "number") details.push(["coordinates", `${e.lat.toFixed(2)}, ${e.lon.toFixed(2)}`]);
    for (const m of e.mentions ?? []) push({ kind: "entity", sub: e.type, start: m.start, end: m.end, label: ENTITY_LABEL[e.type] ?? e.type, details, title: e.name });
  }
  for (const f of x.figures) {
    const details: [string, string][] = [["category", f.category], ["value", `${QUAL[f.qualifier] ?? ""}${f.value}`], ["qualifier", f.qualifier]];
    if (f.subject) details.push(["subject", f.subject]);
    details.push(["source", f.source ?? "the article itself"]);
    if (f.date) details.push(["as of", f.date]);
    if (f.unit) details.push(["unit", f.unit]);
    push({ kind: "figure", sub: f.category, start: f.start, end: f.end, label: f.category, details, title: `${f.category}: ${QUAL[f.qualifier] ?? ""}${f.value}` });
  }
  for (const c of x.claims) {
    const details: [string, string][] = [["source", c.source ?? "(unnamed)"], ["mode", c.mode]];
    if (c.cue) details.push(["cue", c.cue]);
    if (c.unverified) details.push(["status", "the article says it cannot be verified"]);
    if (c.distancing?.length) details.push(["distancing", c.distancing.join(", ")]);
    push({ kind: "claim", sub: c.mode, start: c.start, end: c.end, label: "claim", details, title: `claim by ${c.source ?? "(unnamed)"}` });
  }
  for (const t of x.times) {
    const details: [string, string][] = [["when", humanTime(t.value)], ["value", t.value]];
    if (t.type) details.push(["type", t.type]);
    push({ kind: "time", sub: (t.type ?? "DATE").toLowerCase(), start: t.start, end: t.end, label: humanTime(t.value), details, title: "time" });
  }
  return out;
}

export const ENTITY_LABEL: Record<string, string> = { person: "PER", organization: "ORG", location: "LOC", other: "MISC" };
export const QUAL: Record<string, string> = { exact: "", at_least: "≥", more_than: ">", up_to: "≤", about: "~", less_than: "<" };

/** Cuts text into segments at every span boundary. */
export function segment(text: string, spans: HlSpan[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const order = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const segs: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = order.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    const ends = order.filter((s) => s.end === end && s.start < end).map((s) => s.id);
    segs.push({ start, end, text: text.slice(start, end), spans: covering, ends });
  }
  return segs;
}
