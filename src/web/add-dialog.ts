// The add dialog: its tabs, and adding an article by pasting text, uploading files or giving an address;
// after adding, the sidebar is reloaded and a link opens the article or its story.
import { api } from "./api.js";
import { h, clear } from "./dom.js";
import { $, rerender, type AddResult } from "./state.js";
import { progress, addFailed } from "./progress.js";
import { needToken } from "./token.js";
import { followJob } from "./jobs.js";
import { loadFeeds } from "./feeds.js";
import { loadStories } from "./sidebar.js";
import type { JobLike } from "./types.js";
import type { ArticleRecord, PreviewList } from "../schema/index.js";
import { showReview } from "./review.js";

/** Opens the add dialog on a tab ("paste", "upload", "url", "feed"). */
export function openAdd(tab = "paste"): void {
  const dlg = $("add-dialog") as HTMLDialogElement;
  selectTab(tab);
  if (!dlg.open) dlg.showModal();
  void loadFeeds();
}

/** Shows one tab of the add dialog and hides the others. */
export function selectTab(tab: string): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-tab]")) b.classList.toggle("active", b.dataset.tab === tab);
  for (const p of document.querySelectorAll<HTMLElement>("[data-panel]")) p.hidden = p.dataset.panel !== tab;
}

async function afterAdd(res: AddResult): Promise<void> {
  const verb = res.status === "new" ? "Added" : "Already stored:";
  progress("done", `${verb} “${res.article.title ?? "(untitled)"}”${res.warnings?.length ? " — " + res.warnings.join("; ") : ""}`);
  await loadStories();
  if (!/^#\/(story|article)\//.test(location.hash)) rerender();
  const target = res.article.story ? `/story/${encodeURIComponent(res.article.story)}` : `/article/${encodeURIComponent(res.id)}`;
  const box = $("add-result");
  clear(box);
  box.appendChild(h("a", { href: "#" + target, class: "open-result", onclick: () => ($("add-dialog") as HTMLDialogElement).close() }, res.article.story ? "Open its story" : "Open the article"));
}

/** Adds the pasted text or HTML with the title, outlet, date and language given beside it. */
export async function submitPaste(): Promise<void> {
  if (needToken()) return;
  const text = ($("paste-text") as HTMLTextAreaElement).value;
  if (!text.trim()) return progress("error", "Paste an article first.");
  const meta = new URLSearchParams();
  for (const k of ["title", "outlet", "published", "language"]) {
    const v = ($(`paste-${k}`) as HTMLInputElement).value.trim();
    if (v) meta.set(k, v);
  }
  const isHtml = /^\s*</.test(text) && /<\/(p|div|html|body|article)>/i.test(text);
  progress("busy", "Extracting…");
  try {
    const res = await api<AddResult>("POST", `/api/articles${meta.size ? "?" + meta.toString() : ""}`, text, isHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    await afterAdd(res);
  } catch (e) {
    addFailed(e);
  }
}

/** Reads the chosen files on the server and shows what was found (review.ts) before storing; more than REVIEW_LIMIT articles are stored at once. */
export async function submitUpload(): Promise<void> {
  if (needToken()) return;
  const input = $("upload-files") as HTMLInputElement;
  if (!input.files?.length) return progress("error", "Choose one or more files (text, HTML, JSON, JSONL).");
  const form = new FormData();
  for (const f of input.files) form.append("file", f, f.name);
  progress("busy", `Reading ${input.files.length} file${input.files.length === 1 ? "" : "s"}…`);
  try {
    const list = await api<PreviewList>("POST", "/api/articles/preview", form);
    if (list.items.length > REVIEW_LIMIT) return await storeRecords(list.items.map((p) => p.record));
    progress("idle", "");
    showReview(list, (records) => void storeRecords(records));
  } catch (e) {
    addFailed(e);
  }
}

/** Most articles the review shows; a larger upload (a JSONL dump) is stored as it is. */
const REVIEW_LIMIT = 25;

async function storeRecords(records: ArticleRecord[]): Promise<void> {
  progress("busy", `Storing ${records.length} article${records.length === 1 ? "" : "s"}…`);
  clear($("add-result"));
  try {
    const res = await api<AddResult | { job: JobLike }>("POST", "/api/articles", records.length === 1 ? records[0]! : records);
    if ("job" in res) await followJob(res.job);
    else await afterAdd(res);
  } catch (e) {
    addFailed(e);
  }
}

/** Has the server fetch and add the article at an address. */
export async function submitUrl(): Promise<void> {
  if (needToken()) return;
  const url = ($("url-input") as HTMLInputElement).value.trim();
  if (!/^https?:\/\//i.test(url)) return progress("error", "Enter an address starting with http:// or https://");
  progress("busy", "Fetching and extracting…");
  try {
    await afterAdd(await api<AddResult>("POST", "/api/articles", { url }));
  } catch (e) {
    addFailed(e);
  }
}
