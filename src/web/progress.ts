// The status line of the add dialog: a progress bar and a message ("Extracting…", "Added “Title”").
import { ApiFailure } from "./api.js";
import { $ } from "./state.js";

/** Sets the dialog's status line; `done`/`total` fill the bar, "busy" without them makes it indeterminate. */
export function progress(state: "idle" | "busy" | "done" | "error", text: string, done?: number, total?: number | null): void {
  const bar = $("add-progress") as HTMLProgressElement;
  const msg = $("add-status");
  bar.hidden = state === "idle";
  if (typeof done === "number" && total) {
    bar.max = total;
    bar.value = done;
  } else if (state === "busy") bar.removeAttribute("value");
  else {
    bar.max = 1;
    bar.value = 1;
  }
  msg.textContent = text;
  msg.className = `status-line ${state}`;
}

/** Shows an add error; a refused token brings the token field back. */
export function addFailed(e: unknown): void {
  if (e instanceof ApiFailure && e.status === 401) ($("dlg-token-form") as HTMLFormElement).hidden = false;
  progress("error", e instanceof Error ? e.message : String(e));
}
