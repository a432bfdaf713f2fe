// Correcting an article's details in the reader: title, outlet and publication day, saved with
// PATCH /api/articles/{id}; the page then shows the article (and its story) as corrected.
import { api, ApiFailure, getToken } from "./api.js";
import { h } from "./dom.js";
import type { ArticleSummary } from "./state.js";

/** A "correct details" button that opens a small form under it; `done` re-renders after saving. */
export function correctionControl(a: ArticleSummary, done: () => void): HTMLElement {
  const box = h("div", { class: "correct", id: "correct-box", hidden: true });
  const field = (name: string, label: string, value: string | null | undefined, placeholder = "") =>
    h("label", { class: "small" }, `${label} `, h("input", { name, value: value ?? "", placeholder, id: `correct-${name}` }));
  const status = h("span", { class: "small", role: "status", id: "correct-status" });
  const form = h(
    "form",
    { class: "meta-row" },
    field("title", "title", a.title),
    field("outlet", "outlet", a.outlet),
    field("published", "published", a.published, "YYYY-MM-DD"),
    h("button", { type: "submit", class: "primary", id: "correct-save" }, "Save"),
    status,
  );
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    void save(a, form, status, done);
  });
  box.appendChild(form);
  const open = h("button", { type: "button", class: "link", id: "correct-open", onclick: () => (box.hidden = !box.hidden) }, "correct details");
  return h("span", {}, open, box);
}

async function save(a: ArticleSummary, form: HTMLFormElement, status: HTMLElement, done: () => void): Promise<void> {
  if (!getToken()) {
    status.textContent = "Correcting needs the API token (the field at the top).";
    return;
  }
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim() || null;
  const fix: Record<string, string | null> = {};
  const before: Record<string, string | null | undefined> = { title: a.title, outlet: a.outlet, published: a.published };
  for (const k of ["title", "outlet", "published"]) if (value(k) !== (before[k] ?? null)) fix[k] = value(k);
  if (!Object.keys(fix).length) {
    status.textContent = "Nothing changed.";
    return;
  }
  try {
    await api("PATCH", `/api/articles/${encodeURIComponent(a.id)}`, fix);
    done();
  } catch (e) {
    status.textContent = e instanceof ApiFailure ? e.message : String(e);
  }
}
