// The page's first moments: while the server's store is still being set up (PGlite's first start
// takes up to half a minute), the page says so and waits, instead of staying blank.
import { api } from "./api.js";
import { h, clear } from "./dom.js";

/** Resolves once /api/health no longer reports the store as "starting"; meanwhile shows a notice in `main`. */
export async function waitForStore(main: HTMLElement): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    let store = "";
    try {
      store = (await api<{ store: string }>("GET", "/api/health")).store;
    } catch {
      return; // an error shows on the page itself
    }
    if (store !== "starting") {
      if (attempt > 0) clear(main);
      return;
    }
    if (attempt === 0) {
      clear(main);
      main.appendChild(h("p", { class: "notice", role: "status", id: "store-starting" }, "Setting up the store — the first start takes up to half a minute …"));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
