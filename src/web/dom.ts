// DOM building for the page. Text always goes in through textContent / createTextNode: article
// text is data, never markup, so nothing in an article can run script here.
export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function s(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "function") {
      if (!k.startsWith("on")) throw new Error(`bad event attribute ${k}`);
      el.addEventListener(k.slice(2), v);
    } else if (k === "class") {
      el.setAttribute("class", String(v));
    } else if (/^on/i.test(k) || k === "srcdoc" || (k === "href" && /^\s*javascript:/i.test(String(v)))) {
      throw new Error(`refusing attribute ${k}`);
    } else {
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
}

export function append(el: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Shows a floating tooltip built from text rows (no markup). */
let tip: HTMLElement | undefined;
/** Shows the tooltip near a point (a mouse event, or an element's corner for keyboard focus). */
export function showTip(ev: { clientX: number; clientY: number }, rows: [string, string][] | string[], title?: string): void {
  if (!tip) {
    tip = h("div", { class: "tooltip", role: "tooltip" });
    document.body.appendChild(tip);
  }
  clear(tip);
  if (title) tip.appendChild(h("div", { class: "tip-title" }, title));
  for (const r of rows) {
    if (Array.isArray(r)) tip.appendChild(h("div", { class: "tip-row" }, h("span", { class: "tip-key" }, r[0]), " ", h("span", {}, r[1])));
    else tip.appendChild(h("div", { class: "tip-row" }, r));
  }
  tip.style.display = "block";
  const pad = 14;
  const w = tip.offsetWidth;
  const hgt = tip.offsetHeight;
  let x = ev.clientX + pad;
  let y = ev.clientY + pad;
  if (x + w > window.innerWidth - 8) x = Math.max(8, ev.clientX - w - pad);
  if (y + hgt > window.innerHeight - 8) y = Math.max(8, ev.clientY - hgt - pad);
  tip.style.left = `${x}px`;
  tip.style.top = `${y}px`;
}
export function hideTip(): void {
  if (tip) tip.style.display = "none";
}

/** Details on hover and on keyboard focus alike: the element becomes a Tab stop, Escape hides the tip ("a figure's source"). */
export function withDetails(el: Element, details: () => { rows: [string, string][] | string[]; title?: string }): void {
  if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
  el.addEventListener("mouseenter", (ev) => {
    const d = details();
    showTip(ev as MouseEvent, d.rows, d.title);
  });
  el.addEventListener("focus", () => {
    const box = el.getBoundingClientRect();
    const d = details();
    showTip({ clientX: box.left, clientY: box.bottom }, d.rows, d.title);
  });
  el.addEventListener("keydown", (ev) => {
    if ((ev as KeyboardEvent).key === "Escape") hideTip();
  });
  el.addEventListener("mouseleave", hideTip);
  el.addEventListener("blur", hideTip);
}

export function fmtNum(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
