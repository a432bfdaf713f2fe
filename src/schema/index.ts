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
    fileName: z.string().optional().describe('name of an uploaded file; a date in it ("report-2022-01-08.txt") is the publication day when the article names none'),
  })
  .refine((r) => typeof r.text === "string" || typeof r.html === "string" || typeof r.url === "string", {
    message: "an article record needs text, html or url",
  });
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** A day that exists on the calendar: "2022-02-28" yes, "2022-02-30" and "2022-13-45" no. */
const calendarDay = z.string().refine((d) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
}, "published must be a real date YYYY-MM-DD");

/** A correction of a stored article's metadata (PATCH /api/articles/{id}); null clears a field. */
export const ArticleCorrection = z
  .strictObject({
    title: z.string().trim().min(1).max(500).nullable().optional(),
    outlet: z.string().trim().min(1).max(200).nullable().optional(),
    published: calendarDay.nullable().optional().describe("publication day YYYY-MM-DD"),
  })
  .refine((c) => Object.keys(c).length > 0, { message: "give at least one of title, outlet, published" });
export type ArticleCorrection = z.infer<typeof ArticleCorrection>;

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
  authors: z.array(z.string()).optional().describe("bylines / authors named by the page"),
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
  placeId: z.string().optional().describe("a place's gazetteer id, equal across languages ('country:RU', 'city:Moscow:RU' for 'Moskau' and 'Moscow', 'region:Dagestan:RU')"),
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

/** Who a figure counts, across languages ("Demonstranten", "protesters": protesters). */
export const FigureGroup = z.enum(["people", "civilians", "protesters", "police", "soldiers", "fighters", "children", "journalists"]);
export type FigureGroup = z.infer<typeof FigureGroup>;

/** A figure the report calls withdrawn, denied or disputed ("die Zahl wurde zurückgezogen", "the ministry denied the toll"). */
export const FigureStatus = z.enum(["withdrawn", "denied", "disputed"]);
export type FigureStatus = z.infer<typeof FigureStatus>;

export const Figure = z.object({
  value: z.number(),
  category: FigureCategory,
  qualifier: Qualifier,
  subject: z.string().nullable(),
  group: FigureGroup.nullable().optional().describe("who is counted, language-independent; null when the counted noun names no known group"),
  place: z.string().nullable().optional().describe("the place within a country the count is for: the nearest place named in its sentence ('in Almaty'); null when none is named or it names a whole country"),
  country: z.string().nullable().optional().describe("ISO 3166-1 alpha-2 of that place"),
  cumulative: z.boolean().optional().describe("a running total ('insgesamt', 'bislang', 'death toll', 'so far') rather than one incident's count"),
  status: FigureStatus.nullable().optional().describe("the report calls the value withdrawn, denied or disputed"),
  source: z.string().nullable().describe("who gives the number; null when the article states it itself"),
  speaker: z.string().nullable().optional().describe("the source as a short name, for grouping ('Polizei' for 'Angaben der Polizei')"),
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
  source: z.string().nullable().describe("who says it, the phrase that names the speaker; null when no one is named"),
  speaker: z.string().nullable().optional().describe("the source as a short name, for grouping ('Elmar Gesse' for 'der Vorsitzende des Verbandes, Elmar Gesse')"),
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
  actorRoles: z.array(z.string().nullable()).optional().describe("per actor, the role it plays: protesters, police, military, rebels, civilians (null when none fits)"),
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

// ------------------------------------------------------------------ stored articles
// The views of a stored article: src/store returns them, src/situation reads SituationArticle.

/** The fields every view of a stored article starts with, in this order. */
const storedArticleHead = {
  id: z.string().describe("stored article id (stable: derived from the content hash)"),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable().describe("publication day YYYY-MM-DD"),
  language: Lang,
  credits: z.array(z.string()),
};

export const ArticleCounts = z.object({ entities: z.number().int(), figures: z.number().int(), claims: z.number().int(), events: z.number().int() });
export type ArticleCounts = z.infer<typeof ArticleCounts>;

/** One row of the store's article list (store.listArticles). */
export const StoredArticleSummary = z.object({
  ...storedArticleHead,
  origin: z.string().nullable().describe("where the article came from: a file path, a feed URL, \"api\""),
  ingestedAt: z.string().describe("ISO date-time it was stored"),
  counts: ArticleCounts,
});
export type StoredArticleSummary = z.infer<typeof StoredArticleSummary>;

/** A stored article with its full extraction (store.getArticle). */
export const StoredArticle = StoredArticleSummary.extend({ extraction: Extraction });
export type StoredArticle = z.infer<typeof StoredArticle>;

/** A full-text search hit over article texts and claims (store.search). */
export const SearchHit = z.object({
  kind: z.enum(["article", "claim"]),
  articleId: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  snippet: z.string().describe("matching excerpt (ts_headline, matches in <b>…</b>)"),
  rank: z.number(),
  source: z.string().nullable().optional().describe("for claim hits: who says it"),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** One stored article as the situation builder sees it (no full text). */
export const SituationArticle = z.object({
  ...storedArticleHead,
  signature: z.array(z.number().int()).nullable().describe("MinHash signature of the text (near-duplicate detection)"),
  entities: z.array(Entity),
  figures: z.array(Figure),
  claims: z.array(Claim),
  events: z.array(Event),
});
export type SituationArticle = z.infer<typeof SituationArticle>;

// ------------------------------------------------------------------ situation (cross-article layer)
// Added by the store/situation component (issue 5). Produced by src/situation, served by src/server.

export const ClaimStatus = z.enum(["single-source", "corroborated", "contradicted", "unverifiable"]);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

export const StoryArticle = z.object({
  ...storedArticleHead,
  syndication: z.string().nullable().describe("id of the syndication group (near-duplicate agency copy); null when the text is the article's own"),
});
export type StoryArticle = z.infer<typeof StoryArticle>;

export const StoryEntity = z.object({
  key: z.string().describe("merge key: the entity's spelling key, else its normalised name"),
  name: z.string(),
  type: EntityType,
  names: z.array(z.string()).describe("every name and alias seen across the story's articles"),
  articles: z.number().int().describe("number of articles mentioning it"),
  country: z.string().nullable().optional(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
});
export type StoryEntity = z.infer<typeof StoryEntity>;

export const TimelineEntry = z.object({
  date: z.string().nullable().describe("the day the value holds as of: the figure's own date, else the article's publication day"),
  value: z.number(),
  qualifier: Qualifier,
  source: z.string().nullable().describe("who gives the number; null when the outlet states it itself"),
  outlet: z.string().nullable(),
  article: z.string().describe("stored article id"),
  subject: z.string().nullable().optional(),
  text: z.string().optional(),
  syndication: z.string().nullable().optional().describe("syndication group of the article; copies of one group count as one source"),
  copies: z.number().int().optional().describe("how many syndicated copies reported this same value (collapsed into this entry)"),
  originator: z.string().optional().describe("who the value goes back to: the speaker, else the agency behind a syndicated copy, else the outlet"),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const FigureContradiction = z.object({
  a: TimelineEntry,
  b: TimelineEntry,
  reason: z.string(),
});
export type FigureContradiction = z.infer<typeof FigureContradiction>;

export const FigureTimeline = z.object({
  category: FigureCategory,
  timeline: z.array(TimelineEntry).describe("every reported value, ordered by date (syndicated copies collapsed)"),
  latest: z.array(TimelineEntry).describe("the latest value per source"),
  contradictions: z.array(FigureContradiction),
});
export type FigureTimeline = z.infer<typeof FigureTimeline>;

export const SeriesPoint = TimelineEntry.extend({
  start: z.number().int().describe("the figure's offsets in its article's text"),
  end: z.number().int(),
  status: FigureStatus.nullable().optional().describe("the report calls the value withdrawn, denied or disputed"),
  unattributed: z.boolean().describe("no source is named: the outlet states the value itself"),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const SeriesRevision = z.object({
  originator: z.string(),
  from: TimelineEntry,
  to: TimelineEntry,
  direction: z.enum(["up", "down"]),
});
export type SeriesRevision = z.infer<typeof SeriesRevision>;

/** One quantity over time: category, counted group, scope and kind ("killed · protesters · Almaty · count"). */
export const FigureSeries = z.object({
  id: z.string().describe("category|group|country|place|total-or-count"),
  label: z.string(),
  category: FigureCategory,
  group: z.string().nullable().describe("a FigureGroup, or the counted noun where none fits"),
  country: z.string().nullable(),
  place: z.string().nullable().describe("the place within the country, null for the whole country"),
  cumulative: z.boolean().describe("a running total ('death toll', 'insgesamt') rather than incident counts"),
  points: z.array(SeriesPoint).describe("every reported value in date order, syndicated copies collapsed"),
  latest: z.array(TimelineEntry).describe("the latest standing value per originator (withdrawn and denied values left out)"),
  revisions: z.array(SeriesRevision).describe("a running total the same originator gives again with another value"),
  contradictions: z.array(FigureContradiction).describe("values of one day from different originators that cannot both hold"),
});
export type FigureSeries = z.infer<typeof FigureSeries>;

export const StoryClaim = z.object({
  text: z.string(),
  sources: z.array(z.string()).describe("who says it (named sources; the outlet when none is named)"),
  originators: z.array(z.string()).optional().describe("who the claim goes back to: each speaker, else the agency behind a syndicated copy, else the outlet; each once"),
  independentSources: z.number().int().describe("independent sources: the originators counted, never copies ('four outlets printing one dpa text are one')"),
  status: ClaimStatus,
  articles: z.array(z.string()),
  mode: ClaimMode.optional(),
  contradictedBy: z.array(z.string()).optional().describe("texts of claims that contradict this one"),
  denied: z.boolean().optional().describe("the claim is reported as denied ('X denied that ...'): the text is what was denied"),
});
export type StoryClaim = z.infer<typeof StoryClaim>;

export const StoryEvent = Event.extend({
  article: z.string().describe("the first article reporting it"),
  articles: z.array(z.string()).optional().describe("every article reporting the same event (type, day, place)"),
  sources: z.number().int().optional().describe("independent reports of it (syndicated copies count once)"),
});
export type StoryEvent = z.infer<typeof StoryEvent>;

export const Story = z.object({
  id: z.string().describe("stable story id (derived from its earliest article)"),
  title: z.string().describe("the first article's title, else the main incident, else the main place and people"),
  incident: z.string().optional().describe("the story's main incident: the event most reports give, its place and days ('Riots in Almaty, Kazakhstan, 2022-01-05 – 2022-01-09')"),
  start: z.string().nullable(),
  end: z.string().nullable(),
  countries: z.array(z.string()),
  articles: z.array(StoryArticle),
  sources: z.number().int().describe("independent sources: originators of the articles (an agency behind syndicated copies, else the outlet)"),
  entities: z.array(StoryEntity),
  figures: z.array(FigureTimeline),
  series: z.array(FigureSeries).describe("figure series: one quantity over time per category, group, scope and kind"),
  claims: z.array(StoryClaim),
  events: z.array(StoryEvent),
});
export type Story = z.infer<typeof Story>;

export const Situation = z.object({
  generated: z.string().describe("ISO date-time the picture was computed"),
  articles: z.number().int(),
  stories: z.array(Story),
});
export type Situation = z.infer<typeof Situation>;

// ------------------------------------------------------------------ REST API objects
// Requests and responses of src/server around the types above; the OpenAPI document is built from
// these and the route table (src/server/routes.ts), the page (src/web/types.ts) reads the same types.

export const ErrorBody = z
  .object({ error: z.object({ code: z.string().describe("machine-readable error code"), message: z.string() }) })
  .describe("every API error");
export type ErrorBody = z.infer<typeof ErrorBody>;

/** An article as the API lists it: the stored summary's head, its story and, for search hits, a snippet. */
export const ArticleSummary = StoredArticleSummary.pick({ id: true, title: true, language: true, published: true }).extend({
  url: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  story: z.string().nullable().optional().describe("id of the story the article belongs to"),
  counts: ArticleCounts.partial().optional(),
  snippet: z.string().nullable().optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleList = z.object({ total: z.number().int(), items: z.array(ArticleSummary) });
export type ArticleList = z.infer<typeof ArticleList>;

export const ArticleDetail = z.object({ article: ArticleSummary, extraction: Extraction });
export type ArticleDetail = z.infer<typeof ArticleDetail>;

export const AddResult = z.object({
  status: z.enum(["new", "duplicate"]),
  id: z.string(),
  article: ArticleSummary,
  warnings: z.array(z.string()).optional(),
});
export type AddResult = z.infer<typeof AddResult>;

export const JobState = z.enum(["queued", "running", "done", "failed"]);
/** Progress of a batch or a feed poll over the store's job queue. */
export const Job = z.object({
  id: z.string(),
  kind: z.string().describe("batch, feed, url ..."),
  state: JobState,
  total: z.number().int().nullable(),
  done: z.number().int(),
  new: z.number().int(),
  duplicate: z.number().int(),
  failed: z.number().int(),
  errors: z.array(z.object({ item: z.string(), message: z.string() })),
  articles: z.array(z.string()).describe("ids of the articles stored by the job"),
  message: z.string().nullable().optional(),
  created: z.string(),
  finished: z.string().nullable().optional(),
});
export type Job = z.infer<typeof Job>;
export const JobAccepted = z.object({ job: Job });
export const JobList = z.object({ items: z.array(Job) });

export const BatchRequest = z.object({ articles: z.array(ArticleRecord).min(1) });

export const FeedRequest = z.object({ url: z.string().url(), title: z.string().optional() });
export const Feed = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable().optional(),
  added: z.string().nullable().optional(),
  lastPolled: z.string().nullable().optional(),
  error: z.string().nullable().optional().describe("the last fetch's error, if it failed"),
});
export type Feed = z.infer<typeof Feed>;
export const FeedList = z.object({ items: z.array(Feed) });
export const FeedAdded = z.object({ feed: Feed, job: Job.nullable().describe("the first fetch, queued") });
export type FeedAdded = z.infer<typeof FeedAdded>;

export const StorySummary = z.object({
  id: z.string(),
  title: z.string(),
  incident: z.string().optional().describe("the story's main incident: type, place, days"),
  articles: z.number().int().describe("number of articles"),
  first: z.string().nullable().optional(),
  last: z.string().nullable().optional(),
  places: z.array(z.string()).optional(),
  countries: z.array(z.string()).optional(),
});
export type StorySummary = z.infer<typeof StorySummary>;
export const StoryList = z.object({ items: z.array(StorySummary) });

/** A story as the API serves it: the situation's story, its entities with the roles the articles give them. */
export const StoryDetail = Story.extend({
  entities: z.array(StoryEntity.extend({ roles: z.array(z.string()).describe("roles and titles the articles give the entity") })),
});
export type StoryDetail = z.infer<typeof StoryDetail>;

export const Health = z.object({
  ok: z.boolean(),
  version: z.string(),
  store: z.string(),
  articles: z.number().int().nullable(),
  readsOpen: z.boolean(),
});
export type Health = z.infer<typeof Health>;

export { ALERT_KINDS, Alert, AlertEvidence, AlertKind, AlertList, type AlertDraft } from "./alerts.js";

/** What the reader finds in an article before it is stored (POST /api/articles/preview): the add dialog shows it and asks for what is missing. */
export const ArticlePreview = z.object({
  fileName: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable().describe("publication day YYYY-MM-DD"),
  publishedFrom: z.enum(["given", "text", "update line", "file name"]).nullable().describe("where the day was found: given with the record, the text or page itself, its 'Stand:'/update line, the file name"),
  language: Lang.nullable(),
  missing: z.array(z.enum(["title", "outlet", "published"])),
  warnings: z.array(z.string()),
  record: ArticleRecord.describe("the record as read (the upload decoded), to send back to POST /api/articles with the details completed"),
});
export type ArticlePreview = z.infer<typeof ArticlePreview>;
export const PreviewList = z.object({ items: z.array(ArticlePreview) });
export type PreviewList = z.infer<typeof PreviewList>;
