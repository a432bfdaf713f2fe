// What a figure counts, where and how, for figure series across articles: the counted group ("Demonstranten" ->
// protesters), the nearest place named in its sentence ("in Almaty"), whether it is a running total ("bislang
// insgesamt", "the death toll rose to"; a country named is the scope without a place) and whether the report calls it withdrawn, denied or disputed (in its own
// sentence, or in the next one about "die Zahl" / "the figure"). Language data: the pack's figures.scope.
// Part of src/extract/figures. Public: scopeFigures (the "scopes" component).
import type { Document, Sentence } from "../../nlp/document.js";
import type { Entity, Figure, FigureGroup, FigureStatus } from "../../schema/index.js";
import type { FigureScopeData } from "../../lang/types.js";
import { languagePack } from "../../lang/registry.js";
import { isCountryName } from "../events/places.js";
import { lowerTexts } from "../../nlp/tokenize.js";
import { matchesAt } from "../../nlp/phrases.js";

/** Fills group, place, country, cumulative and status on every figure of the document. */
export function scopeFigures(doc: Document): void {
  const scope = languagePack(doc.lang).figures.scope;
  const figures = doc.results.figures ?? [];
  if (!scope || !figures.length) return;
  const places = placeMentions(doc);
  const low = lowerTexts(doc);
  for (const f of figures) {
    const sentence = doc.sentenceAt(f.start);
    f.group = groupOf(f.subject, scope);
    const place = sentence ? nearestPlace(places, sentence, f) : undefined;
    f.place = place?.name ?? null;
    f.country = place?.country ?? null;
    f.cumulative = !!sentence && scope.cumulative.some((cue) => containsWords(low, sentence, cue));
    f.status = sentence ? statusIn(low, sentence, scope) ?? laterStatus(doc, low, sentence, scope, figures, f) : null;
  }
}

/** "Demonstranten" -> protesters, "police officers" -> police, "Polizeibeamte" -> police (a compound's head). */
export function groupOf(subject: string | null, scope: FigureScopeData): FigureGroup | null {
  if (!subject) return null;
  const phrase = subject.toLowerCase();
  const last = phrase.split(/\s+/).pop() ?? phrase;
  for (const [group, starts] of Object.entries(scope.groups) as [FigureGroup, string[]][]) {
    for (const start of starts) {
      if (start.includes(" ") ? phrase.includes(start) : last.startsWith(start) || (start.length >= 5 && last.indexOf(start) >= 3)) return group;
    }
  }
  return null;
}

interface PlaceMention { start: number; end: number; name: string | null; country: string | null }

/** Location mentions of the entity layer with their entity's name and country. */
function placeMentions(doc: Document): PlaceMention[] {
  const entities: Entity[] = doc.results.entities ?? [];
  const out: PlaceMention[] = [];
  for (const span of doc.layer("entity")) {
    const e = entities[span.attrs.entity];
    // a whole country is the scope without a place ("in Kasachstan": country KZ, place null)
    if (e && e.type === "location") out.push({ start: span.start, end: span.end, name: isCountryName(e, doc.lang) ? null : e.name, country: e.country ?? null });
  }
  return out;
}

/** The place named closest to the figure inside its sentence, one before it preferred at equal distance. */
function nearestPlace(places: PlaceMention[], sentence: Sentence, f: Figure): PlaceMention | undefined {
  let best: PlaceMention | undefined, bestDistance = Infinity;
  for (const p of places) {
    if (p.start < sentence.start || p.end > sentence.end) continue;
    const distance = p.end <= f.start ? f.start - p.end : p.start >= f.end ? p.start - f.end + 1 : 0;
    if (distance < bestDistance) { best = p; bestDistance = distance; }
  }
  return best;
}

/** The phrase's words stand among the sentence's tokens ("the toll" in "the toll rose"); "zogen … zurück" allows words between. */
function containsWords(low: readonly string[], s: Sentence, phrase: string): boolean {
  const [first, rest] = phrase.split(" … ").map((part) => part.split(" "));
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!matchesAt(low, k, first!, false, s.tokenEnd)) continue;
    if (!rest) return true;
    for (let j = k + first!.length; j < s.tokenEnd; j++) if (matchesAt(low, j, rest, false, s.tokenEnd)) return true;
  }
  return false;
}

function statusIn(low: readonly string[], s: Sentence, scope: FigureScopeData): FigureStatus | null {
  if (scope.withdrawn.some((cue) => containsWords(low, s, cue))) return "withdrawn";
  if (scope.denied.some((cue) => containsWords(low, s, cue))) return "denied";
  if (scope.disputed.some((cue) => containsWords(low, s, cue))) return "disputed";
  return null;
}

/** "… 164 Tote. Die Behörden zogen die Zahl später zurück.": the next sentence, with no figure of its own, about the figure. */
function laterStatus(doc: Document, low: readonly string[], sentence: Sentence, scope: FigureScopeData, figures: Figure[], figure: Figure): FigureStatus | null {
  const next = doc.sentences[sentence.i + 1];
  if (!next || figures.some((g) => g.start >= next.start && g.end <= next.end)) return null;
  // the figure the sentence leads with ("164 Tote, darunter zwei Kinder": the 164)
  const first = figures.find((g) => g.start >= sentence.start && g.end <= sentence.end);
  if (first !== figure) return null;
  if (!scope.figureAnaphors.some((a) => containsWords(low, next, a))) return null;
  return statusIn(low, next, scope);
}
