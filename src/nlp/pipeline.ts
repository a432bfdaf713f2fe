// A pipeline is an ordered list of small components, each of which reads and writes annotation
// layers on one Document (as in spaCy). Each component declares the layers it `requires` and
// `assigns` (names and types in ./layers.ts); the pipeline checks the order whenever it changes.
import { articleBudgetMs } from "./budget.js";
import type { Document } from "./document.js";
import { DOCUMENT_INPUTS, type LayerName } from "./layers.js";

export interface Component {
  /** Unique name, e.g. "tokenizer", "tagger", "entities". */
  name: string;
  /** What must be on the Document before it runs (["doc.tokens", "layer.entity"]). */
  requires: readonly LayerName[];
  /** What it puts there (["layer.claim", "results.claims"]). */
  assigns: readonly LayerName[];
  run(doc: Document): void;
}

/** Where `add` puts a component: before or after a named one (default: at the end). */
export interface Placement {
  before?: string;
  after?: string;
}

/** One row of `describe()`: {name: "claims", requires: [...], assigns: [...], enabled: true}. */
export interface ComponentDescription {
  name: string;
  requires: LayerName[];
  assigns: LayerName[];
  enabled: boolean;
}

/** A pipeline that would not work: a requirement nobody before the component assigns, a duplicate or unknown name. */
export class PipelineError extends Error {
  override name = "PipelineError";
}

/** The first problem of an order, or null: '"claims" requires layer.entity, which "entities" assigns only after it'. */
export function orderProblem(components: readonly Component[], disabled: ReadonlySet<string> = new Set()): string | null {
  const seen = new Set<string>();
  for (const c of components) {
    const shape = shapeProblem(c);
    if (shape) return shape;
    if (seen.has(c.name)) return `two components are named "${c.name}"`;
    seen.add(c.name);
  }
  const assigned = new Set<string>(DOCUMENT_INPUTS);
  for (const [k, c] of components.entries()) {
    if (disabled.has(c.name)) continue;
    for (const need of c.requires) {
      if (assigned.has(need)) continue;
      const later = components.slice(k + 1).find((d) => !disabled.has(d.name) && d.assigns.includes(need));
      if (later) return `"${c.name}" requires ${need}, which "${later.name}" assigns only after it`;
      const off = components.find((d) => disabled.has(d.name) && d.assigns.includes(need));
      if (off) return `"${c.name}" requires ${need}, which only "${off.name}" assigns, and it is disabled`;
      return `"${c.name}" requires ${need}, which no component before it assigns`;
    }
    for (const a of c.assigns) assigned.add(a);
  }
  return null;
}

/** What is wrong with a component's shape (for plain-JS callers): "component "x" has no assigns list". */
function shapeProblem(c: Component): string | null {
  if (!c || typeof c.name !== "string" || !c.name) return "a component needs a name";
  if (typeof c.run !== "function") return `component "${c.name}" has no run(doc) function`;
  for (const key of ["requires", "assigns"] as const) if (!Array.isArray(c[key])) return `component "${c.name}" has no ${key} list (use [] for none)`;
  return null;
}

export class Pipeline {
  private list: Component[];
  private off = new Set<string>();

  /** Builds a pipeline; an order in which some requirement is not assigned before it is a PipelineError. */
  constructor(components: readonly Component[]) {
    this.list = [...components];
    this.check(this.list, this.off);
  }

  /** Every component in order, disabled ones included. */
  get components(): readonly Component[] {
    return this.list;
  }

  /** The names of the components that run, in order (["tokenizer", "sentences", ...]). */
  names(): string[] {
    return this.active().map((c) => c.name);
  }

  /** The names of the disabled components. */
  disabled(): string[] {
    return this.list.filter((c) => this.off.has(c.name)).map((c) => c.name);
  }

  /** The component of a name (an unknown name is a PipelineError). */
  get(name: string): Component {
    return this.list[this.indexOf(name)];
  }

  has(name: string): boolean {
    return this.list.some((c) => c.name === name);
  }

  /** Inserts a component at the end, or before/after a named one: add(c, { after: "entities" }). */
  add(component: Component, where: Placement = {}): this {
    if (where.before !== undefined && where.after !== undefined) throw new PipelineError(`add "${component.name}": give before or after, not both`);
    let at = this.list.length;
    if (where.before !== undefined) at = this.indexOf(where.before);
    if (where.after !== undefined) at = this.indexOf(where.after) + 1;
    return this.change([...this.list.slice(0, at), component, ...this.list.slice(at)], this.off);
  }

  /** Puts a component in the place of a named one (keeping it disabled if it was, under its new name). */
  replace(name: string, component: Component): this {
    const k = this.indexOf(name);
    const off = new Set(this.off);
    if (off.delete(name)) off.add(component.name);
    return this.change(this.list.map((c, i) => (i === k ? component : c)), off);
  }

  /** Takes a named component out; returns it. */
  remove(name: string): Component {
    const removed = this.get(name);
    const off = new Set(this.off);
    off.delete(name);
    this.change(this.list.filter((c) => c.name !== name), off);
    return removed;
  }

  /** Keeps a component in the pipeline but skips it when running. */
  disable(name: string): this {
    this.indexOf(name);
    return this.change(this.list, new Set([...this.off, name]));
  }

  enable(name: string): this {
    this.indexOf(name);
    const off = new Set(this.off);
    off.delete(name);
    return this.change(this.list, off);
  }

  /** Every component with what it requires and assigns. */
  describe(): ComponentDescription[] {
    return this.list.map((c) => ({ name: c.name, requires: [...c.requires], assigns: [...c.assigns], enabled: !this.off.has(c.name) }));
  }

  /** Runs the components in order; past the article's time budget (budget.ts) the rest are skipped with a warning. */
  run(doc: Document): Document {
    return this.runTimed(doc, new Map());
  }

  /** Runs the pipeline and records the time each component took (milliseconds). */
  runTimed(doc: Document, timings: Map<string, number>): Document {
    const started = performance.now();
    const budget = articleBudgetMs();
    const active = this.active();
    for (const [k, c] of active.entries()) {
      const t0 = performance.now();
      // tokens and sentences are always made (the output needs them); annotations past the budget are skipped
      if (t0 - started > budget && !c.assigns.some((a) => a.startsWith("doc."))) {
        doc.warnings.push(`the article took more than its time budget (${Math.round(t0 - started)} ms > ${budget} ms); skipped: ${active.slice(k).map((x) => x.name).join(", ")}`);
        break;
      }
      c.run(doc);
      timings.set(c.name, (timings.get(c.name) ?? 0) + performance.now() - t0);
    }
    return doc;
  }

  private active(): Component[] {
    return this.list.filter((c) => !this.off.has(c.name));
  }

  private indexOf(name: string): number {
    const k = this.list.findIndex((c) => c.name === name);
    if (k < 0) throw new PipelineError(`no component "${name}" (components: ${this.list.map((c) => c.name).join(", ")})`);
    return k;
  }

  /** Adopts a new order and disabled set only when it passes the check (else nothing changes). */
  private change(list: Component[], off: Set<string>): this {
    this.check(list, off);
    this.list = list;
    this.off = off;
    return this;
  }

  private check(list: readonly Component[], off: ReadonlySet<string>): void {
    const problem = orderProblem(list, off);
    if (problem) throw new PipelineError(problem);
  }
}

/** The pipeline as text, one component a line with what it requires and assigns (for `extract --components`). */
export function describePipeline(pipeline: Pipeline): string {
  const rows = pipeline.describe();
  const width = Math.max(0, ...rows.map((r) => r.name.length));
  const lines = rows.map((r) => {
    const state = r.enabled ? "" : "  (disabled)";
    return `${r.name.padEnd(width)}  requires ${r.requires.join(", ") || "-"}${state}\n${" ".repeat(width)}  assigns  ${r.assigns.join(", ") || "-"}`;
  });
  return `inputs: ${DOCUMENT_INPUTS.join(", ")}\n${lines.join("\n")}\n`;
}
