// Shapes the page reads from the API: the types of the zod schemas in src/schema (type-only
// imports: nothing of zod reaches the browser). Fields the server adds later are simply untyped.
import type { FigureSeries, FigureTimeline, Job, StoryArticle, StoryClaim, StoryDetail, StorySummary, TimelineEntry } from "../schema/index.js";

export type TimelineEntryLike = TimelineEntry;
export type FigureTimelineLike = FigureTimeline;
export type FigureSeriesLike = FigureSeries;
export type StoryArticleLike = StoryArticle;
/** A story's entity with the roles the articles give it ("Präsident"). */
export type StoryEntityLike = StoryDetail["entities"][number];
/** A claim, its mode read as a plain label (the page lists whatever modes the server sends). */
export type StoryClaimLike = Omit<StoryClaim, "mode"> & { mode?: string };
/** GET /api/stories/{id}. */
export type StoryLike = Omit<StoryDetail, "claims"> & { claims: StoryClaimLike[] };
/** One item of GET /api/stories. */
export type StorySummaryLike = StorySummary;
/** GET /api/jobs/{id}: progress of a batch or a feed poll. */
export type JobLike = Job;
