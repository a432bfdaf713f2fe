// The upload's review step: before anything is stored, each file's title, outlet, publication day
// (and where it was found) and language are shown in editable fields, what is missing is marked and
// asked for; "Store" sends the records with the details as completed.
import type { ArticlePreview, ArticleRecord, PreviewList } from "../schema/index.js";
import { h, clear } from "./dom.js";
import { $ } from "./state.js";

const FROM: Record<string, string> = { given: "given", text: "from the text", "update line": "from its update line", "file name": "from the file name" };

/** Shows the previews in the dialog; `store` is called with the completed records. */
export function showReview(list: PreviewList, store: (records: ArticleRecord[]) => void): void {
  const box = $("add-result");
  clear(box);
  const rows = list.items.map((p, i) => reviewRow(p, i));
  const missing = list.items.filter((p) => p.missing.length).length;
  box.appendChild(
    h("p", { class: "small", id: "review-note" }, missing ? `${missing} of ${list.items.length} article(s) lack details (marked): fill them in or store them as they are.` : `Found for all ${list.items.length} article(s): check and store.`),
  );
  box.appendChild(
    h("div", { class: "table-wrap" }, h("table", { class: "review", id: "review-table" }, h("thead", {}, h("tr", {}, ["file", "title", "outlet", "published", "language"].map((c) => h("th", {}, c)))), h("tbody", {}, rows.map((r) => r.row)))),
  );
  const button = h("button", { type: "button", class: "primary", id: "upload-store" }, `Store ${list.items.length} article${list.items.length === 1 ? "" : "s"}`);
  button.addEventListener("click", () => store(rows.map((r) => r.record())));
  box.appendChild(button);
}

function reviewRow(p: ArticlePreview, i: number): { row: HTMLElement; record: () => ArticleRecord } {
  const input = (name: "title" | "outlet" | "published", value: string | null, placeholder: string) =>
    h("input", { name, value: value ?? "", placeholder: p.missing.includes(name) ? `missing: ${placeholder}` : placeholder, class: p.missing.includes(name) ? "missing" : "", "aria-label": `${name} of ${p.fileName ?? `article ${i + 1}`}`, "data-row": i });
  const title = input("title", p.title, "title");
  const outlet = input("outlet", p.outlet, "outlet");
  const published = input("published", p.published, "YYYY-MM-DD");
  const language = h("select", { "aria-label": "language" }, h("option", { value: "" }, "detect"), h("option", { value: "de" }, "German"), h("option", { value: "en" }, "English"));
  language.value = p.language ?? "";
  const row = h(
    "tr",
    { "data-file": p.fileName ?? "" },
    h("td", { class: "small" }, p.fileName ?? `article ${i + 1}`),
    h("td", {}, title),
    h("td", {}, outlet),
    h("td", {}, published, p.publishedFrom ? h("div", { class: "muted small" }, FROM[p.publishedFrom] ?? p.publishedFrom) : null),
    h("td", {}, language),
  );
  const record = (): ArticleRecord => {
    const out: ArticleRecord = { ...p.record };
    for (const [k, el] of [["title", title], ["outlet", outlet], ["published", published]] as const) {
      const v = el.value.trim();
      if (v) out[k] = v;
      else delete out[k];
    }
    if (language.value === "de" || language.value === "en") out.language = language.value;
    return out;
  };
  return { row, record };
}
