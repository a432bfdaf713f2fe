// Alerts on the page: a badge in the header counting alerts raised since the list was last opened
// (polled every 15 s), and the list (#/alerts), each alert with its evidence sentence linking to
// the reader, where that sentence is shown and marked ("#/article/ID/START-END").
import type { Alert, AlertList } from "../schema/index.js";
import { api } from "./api.js";
import { h, clear } from "./dom.js";
import { $, link, errorBox } from "./state.js";

const SEEN = "lagebild-alerts-seen";
const KIND_LABEL: Record<Alert["kind"], string> = {
  "new-story": "new story",
  figure: "new figure",
  contradiction: "contradiction",
  incident: "new incident",
  "unverifiable-claim": "unverifiable claim",
};

function lastSeen(): number {
  try {
    return Number(localStorage.getItem(SEEN) ?? "0") || 0;
  } catch {
    return 0;
  }
}

/** Updates the header badge: the number of alerts after the last one seen. */
export async function refreshBadge(): Promise<void> {
  const badge = $("alerts-badge");
  try {
    const list = await api<AlertList>("GET", `/api/alerts?after=${lastSeen()}&limit=1`);
    badge.textContent = String(list.total);
    badge.hidden = list.total === 0;
    badge.setAttribute("aria-label", `${list.total} new alert${list.total === 1 ? "" : "s"}`);
  } catch {
    badge.hidden = true;
  }
}

/** Starts the badge's polling. */
export function watchBadge(): void {
  void refreshBadge();
  setInterval(() => void refreshBadge(), 15_000);
}

/** The page path of an alert's evidence in the reader. */
export function evidencePath(a: Alert): string {
  return `/article/${encodeURIComponent(a.evidence.article)}/${a.evidence.start}-${a.evidence.end}`;
}

/** The alerts page: newest first; opening it marks every alert as seen. */
export async function showAlerts(main: HTMLElement): Promise<void> {
  clear(main);
  document.title = "Alerts · Lagebild";
  main.appendChild(h("h2", {}, "Alerts"));
  let list: AlertList;
  try {
    list = await api<AlertList>("GET", "/api/alerts?limit=200");
  } catch (e) {
    main.appendChild(errorBox(e));
    return;
  }
  const seen = lastSeen();
  try {
    localStorage.setItem(SEEN, String(list.latest));
  } catch {
    // private mode: the badge keeps counting
  }
  void refreshBadge();
  main.appendChild(
    h("p", { class: "muted small" }, `${list.total} alert${list.total === 1 ? "" : "s"} · also as `, h("a", { href: "/api/alerts.atom" }, "Atom feed"), " and ", h("a", { href: "/api/alerts" }, "JSON"), " (filters: ?kind=, ?type=, ?country=, ?story=)"),
  );
  if (!list.items.length) {
    main.appendChild(h("p", { class: "muted" }, "No alerts yet. They appear when stored articles bring a new story, a new figure, a contradiction, a new incident or an unverifiable claim."));
    return;
  }
  main.appendChild(
    h(
      "ol",
      { class: "alerts", id: "alerts-list" },
      list.items.map((a) =>
        h(
          "li",
          { class: `alert alert-${a.kind}${a.seq > seen ? " unseen" : ""}`, "data-kind": a.kind },
          h("div", {}, h("span", { class: `badge kind-${a.kind}` }, KIND_LABEL[a.kind]), " ", h("b", {}, a.title)),
          h(
            "div",
            { class: "muted small" },
            new Date(a.created).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }),
            a.story ? h("span", {}, " · story ", link(a.storyTitle ?? a.story, `/story/${encodeURIComponent(a.story)}`)) : null,
          ),
          h("blockquote", { class: "evidence" }, link(a.evidence.text, evidencePath(a), "evidence-link")),
        ),
      ),
    ),
  );
}
