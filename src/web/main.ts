// The Lagebild page: stories list → a story's situation (map, events timeline, figure charts,
// claims table, entities, articles) → an article reader with highlights. This entry module routes
// the hash ("#/story/KZ1", "#/alerts") to its page and wires the page's buttons and forms; the pages and panels
// live in home.ts, story.ts, reader.ts, the add dialog in add-dialog.ts, feeds.ts and jobs.ts.
import { adoptTokenFromHash } from "./api.js";
import { hideTip } from "./dom.js";
import { $, go, setRouter } from "./state.js";
import { loadStories } from "./sidebar.js";
import { showHome, showSearch } from "./home.js";
import { showStory } from "./story.js";
import { showArticle } from "./reader.js";
import { openAdd, selectTab, submitPaste, submitUpload, submitUrl } from "./add-dialog.js";
import { submitFeed } from "./feeds.js";
import { tokenUi } from "./token.js";
import { waitForStore } from "./startup.js";
import { showAlerts, watchBadge } from "./alerts.js";

function route(): void {
  hideTip();
  window.scrollTo(0, 0); // a new view opens at its top, not at the previous view's scroll position
  const hash = location.hash || "#/";
  const parts = hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  const main = $("main");
  if (parts[0] === "story" && parts[1]) void showStory(main, parts[1]);
  else if (parts[0] === "article" && parts[1]) void showArticle(main, parts[1], parts[2]);
  else if (parts[0] === "alerts") void showAlerts(main);
  else if (parts[0] === "search") void showSearch(main, parts.slice(1).join("/"));
  else void showHome(main);
  void loadStories();
}

function init(): void {
  setRouter(route);
  adoptTokenFromHash();
  tokenUi();
  $("add-button").addEventListener("click", () => openAdd());
  $("add-close").addEventListener("click", () => ($("add-dialog") as HTMLDialogElement).close());
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-tab]")) b.addEventListener("click", () => selectTab(b.dataset.tab!));
  $("paste-submit").addEventListener("click", () => void submitPaste());
  $("upload-submit").addEventListener("click", () => void submitUpload());
  $("url-submit").addEventListener("click", () => void submitUrl());
  $("feed-submit").addEventListener("click", () => void submitFeed());
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = ($("search-input") as HTMLInputElement).value.trim();
    go(q ? `/search/${encodeURIComponent(q)}` : "/");
  });
  window.addEventListener("hashchange", route);
  document.addEventListener("scroll", hideTip, { passive: true });
  void waitForStore($("main")).then(() => {
    route();
    watchBadge();
  });
}

init();
