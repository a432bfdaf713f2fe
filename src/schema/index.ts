// The one source of Lagebild's contract: TypeScript types, runtime validation, JSON Schema and
// OpenAPI components are all derived from the zod schemas in this module.
import { z } from "zod";

export const LANGS = ["de", "en"] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

const offsets = {
  start: z.number().int().nonnegative().describe("character offset (UTF-16) where the span starts in the extracted text"),
  end: z.number().int().nonnegative().describe("character offset where the span ends (exclusive)"),
};

// ------------------------------------------------------------------ input

/** An article record as accepted on input (JSONL lines, API bodies). */
export const ArticleRecord = z
  .object({
    url: z.string().optional(),
    outlet: z.string().optional(),
    published: z.string().optional().describe("publication date or date-time (ISO 8601)"),
    title: z.string().optional(),
    language: Lang.optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((r) => typeof r.text === "string" || typeof r.html === "string" || typeof r.url === "string", {
    message: "an article record needs text, html or url",
  });
export type ArticleRecord = z.infer<typeof ArticleRecord>;

// ------------------------------------------------------------------ article

export const Caption = z.object({ text: z.string(), credit: z.string().nullable().optional() });
export const Section = z.object({ heading: z.string().nullable(), paragraphs: z.array(z.string()) });

export const Article = z.object({
  url: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  language: Lang,
  kicker: z.string().nullable(),
  title: z.string().nullable(),
  teaser: z.string().nullable(),
  published: z.string().nullable().describe("publication day YYYY-MM-DD"),
  updated: z.string().nullable().describe("last update as local date-time YYYY-MM-DDTHH:MM (the outlet's time zone)"),
  timezone: z.string().nullable().optional(),
  credits: z.array(z.string()),
  captions: z.array(Caption),
  sections: z.array(Section),
  embeds: z.array(z.string()).optional(),
  broadcast: z.string().nullable().optional(),
});
export type Article = z.infer<typeof Article>;

// ------------------------------------------------------------------ scored fields

export const EntityType = z.enum(["person", "organization", "location", "other"]);
export type EntityType = z.infer<typeof EntityType>;

export const Mention = z.object({ ...offsets, text: z.string() });

export const Entity = z.object({
  id: z.string().optional(),
  name: z.string().describe("canonical form"),
  type: EntityType,
  aliases: z.array(z.string()).describe("every other surface form used in the article"),
  key: z.string().optional().describe("spelling key, equal across languages and transliterations"),
  roles: z.array(z.string()).optional(),
  country: z.string().length(2).nullable().optional().describe("ISO 3166-1 alpha-2"),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  mentions: z.array(Mention).optional(),
});
export type Entity = z.infer<typeof Entity>;

export const FigureCategory = z.enum(["killed", "injured", "arrested", "missing", "displaced", "participants", "troops", "money", "other"]);
export type FigureCategory = z.infer<typeof FigureCategory>;
export const Qualifier = z.enum(["exact", "at_least", "more_than", "up_to", "about", "less_than"]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Figure = z.object({
  value: z.number(),
  category: FigureCategory,
  qualifier: Qualifier,
  subject: z.string().nullable(),
  source: z.string().nullable().describe("who gives the number; null when the article states it itself"),
  text: z.string().describe("the phrase it was read from"),
  unit: z.string().nullable().optional(),
  date: z.string().nullable().optional().describe("TIMEX3 value of the time the figure refers to, where known"),
  sentence: z.number().int().optional(),
  ...offsets,
});
export type Figure = z.infer<typeof Figure>;

export const ClaimMode = z.enum(["direct", "indirect", "hedged"]);
export type ClaimMode = z.infer<typeof ClaimMode>;

export const Claim = z.object({
  source: z.string().nullable().describe("who says it; null when no one is named"),
  mode: ClaimMode,
  text: z.string().describe("the reported content, as it stands in the article"),
  cue: z.string().nullable().optional().describe("the reporting verb or phrase"),
  unverified: z.boolean().optional().describe("the article says the claim cannot be independently verified"),
  distancing: z.array(z.string()).optional().describe("scare-quoted words in the claim"),
  sentence: z.number().int().optional(),
  ...offsets,
});
export type Claim = z.infer<typeof Claim>;

export const TimeExpr = z.object({
  text: z.string(),
  value: z.string().describe("TIMEX3 value"),
  type: z.enum(["DATE", "TIME", "DURATION", "SET"]).optional(),
  ...offsets,
});
export type TimeExpr = z.infer<typeof TimeExpr>;

export const EventType = z.enum(["Protests", "Riots", "Violence against civilians", "Battles", "Explosions/Remote violence", "Strategic developments"]);
export type EventType = z.infer<typeof EventType>;

export const Event = z.object({
  type: EventType,
  subType: z.string().nullable().optional(),
  date: z.string().nullable(),
  country: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  actors: z.array(z.string()),
  fatalities: z.number().nullable().optional(),
  text: z.string(),
  sentence: z.number().int().optional(),
  ...offsets,
});
export type Event = z.infer<typeof Event>;

export const SentenceOut = z.object({ ...offsets, text: z.string() });

export const Extraction = z.object({
  version: z.literal(1),
  language: Lang,
  article: Article,
  text: z.string().describe("the text all offsets refer to"),
  sentences: z.array(SentenceOut),
  entities: z.array(Entity),
  figures: z.array(Figure),
  claims: z.array(Claim),
  times: z.array(TimeExpr),
  events: z.array(Event),
  warnings: z.array(z.string()),
});
export type Extraction = z.infer<typeof Extraction>;

/** JSON Schema (draft 2020-12) of the extraction contract. */
export function extractionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Extraction, { target: "draft-2020-12" }) as Record<string, unknown>;
}
