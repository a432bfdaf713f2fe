// The API token: the header form and the dialog's token field, and the check before anything is added
// ("Adding needs the API token ...").
import { getToken, setToken } from "./api.js";
import { $ } from "./state.js";
import { progress } from "./progress.js";

let showToken: () => void = () => undefined;

/** Wires the token forms and shows whether a token is set. */
export function tokenUi(): void {
  const input = $("token-input") as HTMLInputElement;
  const dlgInput = $("dlg-token-input") as HTMLInputElement;
  const state = $("token-state");
  const show = () => {
    state.textContent = getToken() ? "token set" : "no token: read-only";
    state.className = getToken() ? "ok small" : "warn small";
    input.value = "";
    dlgInput.value = "";
    ($("dlg-token-form") as HTMLFormElement).hidden = !!getToken();
  };
  for (const [form, field] of [["token-form", input], ["dlg-token-form", dlgInput]] as const) {
    $(form).addEventListener("submit", (ev) => {
      ev.preventDefault();
      setToken(field.value.trim() || null);
      show();
      if (form === "dlg-token-form" && getToken()) progress("idle", "Token set.");
    });
  }
  showToken = show;
  show();
}

/** True (and the token field shown) when adding is impossible for want of a token. */
export function needToken(): boolean {
  if (getToken()) return false;
  showToken();
  progress("error", "Adding needs the API token: paste it into the token field (it was printed when the server first started and is stored in the data folder, file api-token).");
  return true;
}
