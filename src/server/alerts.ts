// The alert routes: GET /api/alerts (JSON) and GET /api/alerts.atom (an Atom 1.0 feed of the same
// list). Each entry links to its evidence in the page's reader: "#/article/ID/START-END".
import type { Hono } from "hono";
import type { Alert, AlertList } from "../schema/index.js";
import type { Backend } from "./backend.js";
import { mount } from "./mount.js";
import { ROUTES } from "./routes.js";

export function alertRoutes(app: Hono, backend: Backend): void {
  mount(app, ROUTES.listAlerts, async (c, { query }) => c.json(await backend.listAlerts(query)));
  mount(app, ROUTES.alertsAtom, async (c, { query }) => {
    const list = await backend.listAlerts(query);
    const self = new URL(c.req.url);
    c.header("Content-Type", "application/atom+xml; charset=utf-8");
    return c.body(alertsAtom(list, self));
  });
}

/** The page address of an alert's evidence: the reader of its article, the sentence marked. */
export function evidenceLink(base: string, a: Alert): string {
  return `${base}/#/article/${encodeURIComponent(a.evidence.article)}/${a.evidence.start}-${a.evidence.end}`;
}

/** Atom 1.0 of an alert list (newest first); `self` is the feed's own address. */
export function alertsAtom(list: AlertList, self: URL): string {
  const base = self.origin;
  const updated = list.items[0]?.created ?? new Date(0).toISOString();
  const entries = list.items.map((a) => {
    const link = evidenceLink(base, a);
    return `  <entry>
    <id>urn:lagebild:alert:${xml(a.id)}</id>
    <title>${xml(a.title)}</title>
    <updated>${xml(a.created)}</updated>
    <category term="${xml(a.kind)}"/>${a.type ? `\n    <category term="${xml(a.type)}" label="type"/>` : ""}${a.country ? `\n    <category term="${xml(a.country)}" label="country"/>` : ""}
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <summary type="text">${xml(a.evidence.text)}</summary>
    <content type="text">${xml(`${a.storyTitle ? `Story: ${a.storyTitle}\n` : ""}Evidence (article ${a.evidence.article}, characters ${a.evidence.start}–${a.evidence.end}): ${a.evidence.text}`)}</content>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:lagebild:alerts${xml(self.search)}</id>
  <title>Lagebild alerts</title>
  <updated>${xml(updated)}</updated>
  <author><name>Lagebild</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(self.href)}"/>
  <link rel="alternate" type="text/html" href="${xml(base)}/#/alerts"/>
${entries.join("\n")}
</feed>
`;
}

/** Escapes text for XML content and attributes; drops characters XML 1.0 cannot hold. */
function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
