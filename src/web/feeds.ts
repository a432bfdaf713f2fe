// Feeds in the add dialog: adding a feed, the list of feeds with "fetch now" and "remove".
import { api } from "./api.js";
import { h, clear } from "./dom.js";
import { $ } from "./state.js";
import { progress, addFailed } from "./progress.js";
import { needToken } from "./token.js";
import { followJob } from "./jobs.js";
import type { JobLike } from "./types.js";

/** Adds a feed and follows its first poll. */
export async function submitFeed(): Promise<void> {
  if (needToken()) return;
  const url = ($("feed-input") as HTMLInputElement).value.trim();
  if (!/^https?:\/\//i.test(url)) return progress("error", "Enter a feed address starting with http:// or https://");
  progress("busy", "Adding the feed…");
  try {
    const res = await api<{ job: JobLike | null }>("POST", "/api/feeds", { url });
    void loadFeeds();
    if (res.job) await followJob(res.job);
    else progress("done", "Feed added.");
  } catch (e) {
    addFailed(e);
  }
}

/** Fills the feed list of the add dialog. */
export async function loadFeeds(): Promise<void> {
  const ul = $("feed-list");
  try {
    const { items } = await api<{ items: { id: string; url: string; title?: string | null; lastPolled?: string | null; error?: string | null }[] }>("GET", "/api/feeds");
    clear(ul);
    for (const f of items) {
      ul.appendChild(
        h(
          "li",
          {},
          f.title ? `${f.title} — ` : "",
          h("span", { class: "small" }, f.url),
          f.lastPolled ? h("span", { class: "muted small" }, ` · polled ${f.lastPolled}`) : null,
          f.error ? h("span", { class: "small warn" }, ` · ${f.error}`) : null,
          " ",
          h("button", { type: "button", class: "link", onclick: () => void pollFeed(f.id) }, "fetch now"),
          " ",
          h("button", { type: "button", class: "link danger", onclick: () => void removeFeed(f.id) }, "remove"),
        ),
      );
    }
  } catch {
    /* the list is optional */
  }
}

async function pollFeed(id: string): Promise<void> {
  if (needToken()) return;
  try {
    const { job } = await api<{ job: JobLike }>("POST", `/api/feeds/${encodeURIComponent(id)}/poll`);
    await followJob(job);
  } catch (e) {
    addFailed(e);
  }
}

async function removeFeed(id: string): Promise<void> {
  if (needToken()) return;
  try {
    await api("DELETE", `/api/feeds/${encodeURIComponent(id)}`);
    void loadFeeds();
  } catch (e) {
    addFailed(e);
  }
}
