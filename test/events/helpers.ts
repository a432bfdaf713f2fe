// Helpers of the event tests: a document with hand-built entity and time layers, then the event pass.
import { analyze } from "../../src/extract/index.js";
import { extractEvents } from "../../src/extract/events/index.js";
import { extractFigures } from "../../src/extract/figures/index.js";
import type { Document } from "../../src/nlp/document.js";
import type { Entity, Event } from "../../src/schema/index.js";

export type Lang = "de" | "en";
export interface Setup {
  published?: string;
  /** surface form -> entity (every occurrence becomes a mention) */
  entities?: { form: string; entity: Entity }[];
  /** surface form -> TIMEX3 value */
  times?: { form: string; value: string; type?: string }[];
  figures?: boolean;
  /** reported contents: every occurrence becomes a span of the "claim" layer */
  contents?: string[];
}

function allIndexes(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) out.push(i);
  return out;
}

export function build(text: string, lang: Lang, setup: Setup = {}): Document {
  const doc = analyze(text, lang);
  doc.meta.published = setup.published ?? "2024-05-10";
  const ents: Entity[] = [];
  const spans: { start: number; end: number; label: string; attrs: { type: string; entity: number } }[] = [];
  for (const { form, entity } of setup.entities ?? []) {
    let idx = ents.findIndex((e) => e.name === entity.name);
    if (idx < 0) idx = ents.push(entity) - 1;
    for (const i of allIndexes(text, form)) spans.push({ start: i, end: i + form.length, label: entity.type, attrs: { type: entity.type, entity: idx } });
  }
  doc.results.entities = ents;
  doc.setLayer("entity", spans);
  const times: { start: number; end: number; label: string; attrs: { value: string; type: string } }[] = [];
  for (const t of setup.times ?? []) for (const i of allIndexes(text, t.form)) times.push({ start: i, end: i + t.form.length, label: t.type ?? "DATE", attrs: { value: t.value, type: t.type ?? "DATE" } });
  doc.setLayer("time", times);
  const contents = (setup.contents ?? []).flatMap((form) => allIndexes(text, form).map((i) => ({ start: i, end: i + form.length, label: "claim", attrs: { source: null, speaker: null, mode: "indirect", cue: "", sentence: 0 } })));
  doc.setLayer("claim", contents as never);
  if (setup.figures) extractFigures(doc);
  extractEvents(doc);
  return doc;
}
export const events = (text: string, lang: Lang, setup: Setup = {}): Event[] => build(text, lang, setup).results.events ?? [];
export const types = (ev: Event[]) => ev.map((e) => e.type);

export const loc = (name: string, country: string, lat = 1, lon = 2): Entity => ({ name, type: "location", aliases: [], country, lat, lon });
export const person = (name: string): Entity => ({ name, type: "person", aliases: [] });
export const bolivia = { form: "Bolivien", entity: loc("Bolivien", "BO") };
export const boliviaEn = { form: "Bolivia", entity: loc("Bolivia", "BO") };
