// Extract component for `entities`: persons, organisations and locations, one entry per real-world
// referent with every surface form, roles, a cross-language spelling key and coordinates for places.
// Mentions come from three sources, in order of trust: lexicon patterns (gazetteer places, known
// organisations/media/parties, function-named bodies, compounds), the statistical tagger's "ner" layer
// (where the language has a model) and, without a model, capitalisation patterns. Writes the "entity" layer.
import type { Document, Span } from "../../nlp/document.js";
import type { EntityType } from "../../schema/index.js";
import { recognizeNames, nerSpans } from "../../nlp/ner/index.js";
import { lexicon } from "../../nlp/ner/lexicon.js";
import type { Mention } from "./mention.js";
import { lexiconMentions } from "./lexicon-mentions.js";
import { taggerMentions } from "./tagger-mentions.js";
import { capitalisationMentions } from "./capitalisation-mentions.js";
import { dropUnsupportedPlaces, resolveOverlaps, keep, surnameMentions } from "./select.js";
import { rolesBefore } from "./roles.js";
import { placesAsClubs } from "./clubs.js";
import { mergeMentions } from "./merge.js";
import { spellingKey } from "./key.js";

export function extractEntities(doc: Document): void {
  // the "ner" component runs before this one in the pipeline; on its own (tests, benchmarks) it runs here
  if (!doc.hasLayer("ner")) recognizeNames(doc);
  const lx = lexicon(doc.lang);
  const mentions: Mention[] = [];
  lexiconMentions(doc, lx, mentions);
  const spans = nerSpans(doc);
  if (spans.length || hasModel(doc)) taggerMentions(doc, lx, spans, mentions);
  else capitalisationMentions(doc, lx, mentions);
  dropUnsupportedPlaces(doc, lx, spans, mentions);
  const chosen = surnameMentions(doc, lx, placesAsClubs(doc, lx, resolveOverlaps(mentions, doc, lx).filter((m) => keep(m, lx, doc))));
  for (const m of chosen) m.roles = rolesBefore(doc, lx, m);
  const entities = mergeMentions(doc, lx, chosen);
  doc.results.entities = entities.map((e) => e.entity);
  const layer: Span<{ type: EntityType; entity: number }>[] = [];
  entities.forEach((e, i) => { for (const m of e.mentions) layer.push({ start: m.start, end: m.end, label: m.type, attrs: { type: e.entity.type, entity: i } }); });
  doc.setLayer("entity", layer);
}

/** The tagger has tagged the tokens (the language has a model). */
function hasModel(doc: Document): boolean {
  return doc.tokens.some((t) => t.ner !== undefined);
}

export { spellingKey };
