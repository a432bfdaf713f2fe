// Page state and navigation shared by every panel: element lookup, hash links, the error box, and the
// router that main.ts registers ("go('/story/KZ1')" re-renders even when the hash is already there).
import { ApiFailure } from "./api.js";
import { h } from "./dom.js";

/** An article as the list endpoints return it. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  url?: string | null;
  outlet?: string | null;
  language: string;
  published: string | null;
  story?: string | null;
}

/** The answer to adding one article ("new" or "duplicate"). */
export interface AddResult {
  status: "new" | "duplicate";
  id: string;
  article: ArticleSummary;
  warnings?: string[];
}

/** The element with this id ("main", "stories"). */
export const $ = (id: string) => document.getElementById(id)!;

let router: () => void = () => undefined;

/** Registers the function that renders the page for the current hash (main.ts). */
export function setRouter(route: () => void): void {
  router = route;
}

/** Renders the page for the current hash again (after an article was added). */
export function rerender(): void {
  router();
}

/** Navigates to a page path ("/story/KZ1"). */
export function go(path: string): void {
  if (location.hash === "#" + path) router();
  else location.hash = path;
}

/** A link to a page path ("/article/abc"). */
export function link(text: string, path: string, cls = ""): HTMLAnchorElement {
  return h("a", { href: "#" + path, class: cls }, text);
}

/** An alert box for a failed request ("not found (not_found)"). */
export function errorBox(e: unknown): HTMLElement {
  const msg = e instanceof ApiFailure ? `${e.message} (${e.code})` : e instanceof Error ? e.message : String(e);
  return h("div", { class: "error", role: "alert" }, msg);
}
