// Jobs (batches of uploads, feed polls): the recent-jobs panel of the home page, and following one
// job's progress in the add dialog until it ends ("Working: 3 / 10 — 2 new, 1 duplicate, 0 failed").
import { api } from "./api.js";
import { h, clear } from "./dom.js";
import { $, rerender } from "./state.js";
import { progress, addFailed } from "./progress.js";
import { loadStories } from "./sidebar.js";
import type { JobLike } from "./types.js";

/** Recent batches and feed polls with their progress. */
export async function jobList(box: HTMLElement): Promise<void> {
  try {
    const { items } = await api<{ items: JobLike[] }>("GET", "/api/jobs");
    if (!items.length) return;
    box.appendChild(h("h3", {}, "Recent jobs"));
    box.appendChild(
      h(
        "ul",
        { class: "job-list" },
        items.slice(0, 8).map((j) =>
          h(
            "li",
            {},
            h("span", { class: `status st-${j.state === "failed" ? "contradicted" : j.state === "done" ? "corroborated" : "single-source"}` }, j.state),
            ` ${j.kind}: ${j.done}${j.total ? " / " + j.total : ""} — ${j.new} new, ${j.duplicate} duplicate, ${j.failed} failed`,
            j.message ? h("span", { class: "muted small" }, ` · ${j.message}`) : null,
          ),
        ),
      ),
    );
  } catch {
    /* optional */
  }
}

/** The pending poll of the job followed (one at a time). */
let pollTimer: number | undefined;

/** Polls a job until it ends, showing its progress. */
export async function followJob(job: JobLike): Promise<void> {
  if (pollTimer) clearTimeout(pollTimer);
  const show = (j: JobLike) => {
    const total = j.total ?? null;
    const counts = `${j.new} new, ${j.duplicate} duplicate, ${j.failed} failed`;
    if (j.state === "done" || j.state === "failed") {
      progress(j.state === "failed" ? "error" : "done", `${j.state === "failed" ? "Failed" : "Done"}: ${counts}${j.message ? " — " + j.message : ""}${j.errors.length ? " — " + j.errors.slice(0, 3).map((e) => `${e.item}: ${e.message}`).join("; ") : ""}`, 1, 1);
      void loadStories();
      if (!/^#\/(story|article)\//.test(location.hash)) rerender();
      if (j.articles.length) {
        const box = $("add-result");
        clear(box);
        box.appendChild(h("a", { href: `#/article/${encodeURIComponent(j.articles[0]!)}`, class: "open-result", onclick: () => ($("add-dialog") as HTMLDialogElement).close() }, "Open the first article"));
      }
      return true;
    }
    progress("busy", `${j.state === "queued" ? "Queued" : "Working"}: ${j.done}${total ? " / " + total : ""} — ${counts}`, j.done, total);
    return false;
  };
  if (show(job)) return;
  await new Promise<void>((resolve) => {
    const tick = async () => {
      try {
        const { job: j } = await api<{ job: JobLike }>("GET", `/api/jobs/${encodeURIComponent(job.id)}`);
        if (show(j)) return resolve();
      } catch (e) {
        addFailed(e);
        return resolve();
      }
      pollTimer = window.setTimeout(tick, 400);
    };
    pollTimer = window.setTimeout(tick, 300);
  });
}
