// A pipeline is an ordered list of small components, each of which reads and writes annotation
// layers on one Document (as in spaCy). Components load their models and language data once.
import type { Document } from "./document.js";

export interface Component {
  /** Unique name, e.g. "tokenizer", "tagger", "entities". */
  name: string;
  run(doc: Document): void;
}

export class Pipeline {
  constructor(readonly components: Component[]) {}

  run(doc: Document): Document {
    for (const c of this.components) c.run(doc);
    return doc;
  }

  /** Runs the pipeline and records the time each component took (milliseconds). */
  runTimed(doc: Document, timings: Map<string, number>): Document {
    for (const c of this.components) {
      const t0 = performance.now();
      c.run(doc);
      timings.set(c.name, (timings.get(c.name) ?? 0) + performance.now() - t0);
    }
    return doc;
  }

  names(): string[] {
    return this.components.map((c) => c.name);
  }
}
