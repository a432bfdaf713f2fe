// Alerts: what changed in the situation when articles were stored ("a new story", "a new killed
// figure", "a contradiction", "a new protest in KZ", "an unverifiable claim"), each with the sentence
// that shows it. Computed by src/situation/alerts.ts, kept by src/store/alerts.ts, served as
// GET /api/alerts (JSON) and /api/alerts.atom, posted to the webhook (src/jobs/alerts.ts).
import { z } from "zod";

export const ALERT_KINDS = ["new-story", "figure", "contradiction", "incident", "unverifiable-claim"] as const;
export const AlertKind = z.enum(ALERT_KINDS).describe("new-story: a story none of whose articles was known; figure: a new point in a figure series of a known story; contradiction: a new contradiction in a figure series; incident: a new incident (event type in a country); unverifiable-claim: a new claim the articles mark as unverifiable");
export type AlertKind = z.infer<typeof AlertKind>;

export const AlertEvidence = z.object({
  article: z.string().describe("stored article id"),
  start: z.number().int().nonnegative().describe("offset where the evidence sentence starts in the article's extracted text"),
  end: z.number().int().nonnegative().describe("offset where it ends (exclusive)"),
  text: z.string().describe("the evidence sentence"),
});
export type AlertEvidence = z.infer<typeof AlertEvidence>;

export const Alert = z.object({
  id: z.string().describe("stable alert id"),
  seq: z.number().int().describe("increasing number: GET /api/alerts?after=SEQ gives the newer ones"),
  kind: AlertKind,
  created: z.string().describe("ISO date-time the alert was raised"),
  title: z.string().describe("one line: 'killed in Charkiw: at least 14 (governor), was 12'"),
  story: z.string().nullable().describe("id of the story at the time of the alert"),
  storyTitle: z.string().nullable(),
  type: z.string().nullable().describe("the figure category (figure, contradiction) or the event type (incident)"),
  country: z.string().nullable().describe("ISO country code of the incident, else the story's first country"),
  evidence: AlertEvidence,
});
export type Alert = z.infer<typeof Alert>;

/** An alert before the store gives it a number and a time. */
export type AlertDraft = Omit<Alert, "seq" | "created" | "evidence"> & { evidence: Omit<AlertEvidence, "text"> & { text?: string } };

export const AlertList = z.object({
  total: z.number().int().describe("alerts matching the filter"),
  latest: z.number().int().describe("seq of the newest alert in the store (0 when none): the page's badge counts alerts after the last one seen"),
  items: z.array(Alert).describe("newest first"),
});
export type AlertList = z.infer<typeof AlertList>;
