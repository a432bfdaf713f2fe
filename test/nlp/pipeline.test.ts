import { test } from "node:test";
import assert from "node:assert/strict";
import { Document, type Span } from "../../src/nlp/document.js";
import { Pipeline, PipelineError, describePipeline, type Component } from "../../src/nlp/pipeline.js";
import type { LayerName, Layers } from "../../src/nlp/layers.js";
import { fullPipeline } from "../../src/extract/index.js";
import type { ClaimSpanAttrs } from "../../src/extract/claims/index.js";

// a user's own layer, declared the way a plug-in adds one: persons named in the text
declare module "../../src/nlp/layers.js" {
  interface Layers {
    person: { name: string };
  }
}

/** A component that only records that it ran: step("b", ["layer.entity"], ["layer.time"]). */
function step(name: string, requires: LayerName[], assigns: LayerName[], log: string[] = []): Component {
  return { name, requires, assigns, run: () => void log.push(name) };
}

const SENTENCE = "Innenministerin Ana Petrescu sagte am Montag in Berlin, die Lage sei unter Kontrolle.";

test("the full pipeline runs its components in a checked order", () => {
  const p = fullPipeline();
  const names = p.names().filter((name) => name !== "ner"); // "ner" runs on its own once split out of "entities"
  assert.deepEqual(names, ["tokenizer", "sentences", "tagger", "entities", "times", "claims", "figures", "scopes", "events"]);
  // the parser is in it, off until a component reads its layer
  assert.deepEqual(p.disabled(), ["parser"]);
  assert.deepEqual(p.enable("parser").names().filter((name) => name !== "ner").slice(0, 4), ["tokenizer", "sentences", "tagger", "parser"]);
  for (const row of p.describe()) assert.ok(row.assigns.length > 0, `${row.name} assigns nothing`);
});

test("an order whose requirement comes later is refused at build, naming both components", () => {
  const entities = step("entities", ["doc.tokens"], ["layer.entity"]);
  const claims = step("claims", ["layer.entity"], ["layer.claim"]);
  const tokens = step("tokenizer", ["doc.text"], ["doc.tokens"]);
  assert.throws(() => new Pipeline([tokens, claims, entities]), (e: unknown) => {
    assert.ok(e instanceof PipelineError);
    assert.match(e.message, /"claims" requires layer\.entity, which "entities" assigns only after it/);
    return true;
  });
  assert.throws(() => new Pipeline([claims]), /"claims" requires layer\.entity, which no component before it assigns/);
  assert.throws(() => new Pipeline([tokens, tokens]), /two components are named "tokenizer"/);
  assert.doesNotThrow(() => new Pipeline([tokens, entities, claims]));
  const undeclared = { name: "old", run: () => {} } as unknown as Component;
  assert.throws(() => new Pipeline([tokens, undeclared]), /component "old" has no requires list/);
});

test("add puts a component before or after a named one, and refuses a place before its requirement", () => {
  const log: string[] = [];
  const p = new Pipeline([step("a", [], ["doc.tokens"], log), step("c", ["doc.tokens"], ["layer.time"], log)]);
  p.add(step("b", ["doc.tokens"], ["layer.entity"], log), { after: "a" });
  p.add(step("d", ["layer.entity"], ["layer.claim"], log));
  p.add(step("start", [], [], log), { before: "a" });
  assert.deepEqual(p.names(), ["start", "a", "b", "c", "d"]);
  p.run(new Document("x", "de"));
  assert.deepEqual(log, ["start", "a", "b", "c", "d"]);
  assert.throws(() => p.add(step("e", ["layer.claim"], []), { before: "d" }), /"e" requires layer\.claim, which "d" assigns only after it/);
  assert.throws(() => p.add(step("f", [], []), { after: "nowhere" }), /no component "nowhere"/);
  assert.deepEqual(p.names(), ["start", "a", "b", "c", "d"], "a refused change leaves the pipeline as it was");
});

test("replace swaps a component in place; the new one must still fit the order", () => {
  const log: string[] = [];
  const p = new Pipeline([step("a", [], ["doc.tokens"], log), step("b", ["doc.tokens"], ["layer.entity"], log), step("c", ["layer.entity"], [], log)]);
  p.replace("b", step("b2", ["doc.tokens"], ["layer.entity"], log));
  assert.deepEqual(p.names(), ["a", "b2", "c"]);
  p.run(new Document("x", "de"));
  assert.deepEqual(log, ["a", "b2", "c"]);
  assert.throws(() => p.replace("b2", step("b3", ["doc.tokens"], [])), /"c" requires layer\.entity, which no component before it assigns/);
  assert.deepEqual(p.names(), ["a", "b2", "c"]);
});

test("remove takes a component out unless a later one requires what it assigns", () => {
  const p = new Pipeline([step("a", [], ["doc.tokens"]), step("b", ["doc.tokens"], ["layer.entity"]), step("c", ["layer.entity"], [])]);
  assert.throws(() => p.remove("b"), /"c" requires layer\.entity/);
  assert.equal(p.remove("c").name, "c");
  assert.equal(p.remove("b").name, "b");
  assert.deepEqual(p.names(), ["a"]);
  assert.throws(() => p.remove("zz"), /no component "zz" \(components: a\)/);
});

test("disable skips a component when running and enable brings it back", () => {
  const log: string[] = [];
  const p = new Pipeline([step("a", [], ["doc.tokens"], log), step("b", ["doc.tokens"], ["layer.entity"], log), step("c", ["layer.entity"], [], log)]);
  assert.throws(() => p.disable("b"), /"c" requires layer\.entity, which only "b" assigns, and it is disabled/);
  p.disable("c").disable("b");
  assert.deepEqual(p.names(), ["a"]);
  assert.deepEqual(p.disabled(), ["b", "c"]);
  assert.equal(p.describe().find((r) => r.name === "b")?.enabled, false);
  assert.match(describePipeline(p), /^b  requires doc\.tokens  \(disabled\)$/m);
  p.run(new Document("x", "de"));
  assert.deepEqual(log, ["a"]);
  assert.throws(() => p.enable("c"), /"c" requires layer\.entity, which only "b" assigns, and it is disabled/);
  p.enable("b").enable("c");
  p.run(new Document("x", "de"));
  assert.deepEqual(log, ["a", "a", "b", "c"]);
});

test("disabling events keeps every other result of the full pipeline", () => {
  const p = fullPipeline().disable("events");
  const doc = p.run(new Document(SENTENCE, "de", { meta: { published: "2023-03-14", anchor: "2023-03-14" } }));
  assert.equal(doc.results.events, undefined);
  assert.ok(doc.results.claims?.length);
});

test("a user component added after entities sees their layer, and later ones can require its own", () => {
  const p = fullPipeline();
  const persons: Component = {
    name: "persons",
    requires: ["layer.entity", "results.entities"],
    assigns: ["layer.person"],
    run(doc) {
      const spans: Span<Layers["person"]>[] = [];
      for (const s of doc.layer("entity")) if (s.attrs.type === "person") spans.push({ start: s.start, end: s.end, label: "person", attrs: { name: doc.results.entities![s.attrs.entity].name } });
      doc.setLayer("person", spans);
    },
  };
  p.add(persons, { after: "entities" });
  assert.equal(p.names().indexOf("persons"), p.names().indexOf("entities") + 1);
  assert.throws(() => fullPipeline().add(persons, { before: "entities" }), /"persons" requires layer\.entity, which "entities" assigns only after it/);
  const seen: string[] = [];
  p.add({ name: "greeter", requires: ["layer.person"], assigns: [], run: (doc) => void seen.push(...doc.layer("person").map((s) => s.attrs.name)) });
  const doc = p.run(new Document(SENTENCE, "de"));
  assert.deepEqual(doc.layer("person").map((s) => doc.spanText(s)), ["Ana Petrescu"]);
  assert.deepEqual(seen, ["Ana Petrescu"]);
});

test("every component of the full pipeline assigns what it declares", () => {
  for (const lang of ["de", "en"] as const) {
    const text = lang === "de" ? SENTENCE : "Minister Ana Petrescu said on Monday in Berlin that at least 12 people were injured.";
    const doc = new Document(text, lang, { meta: { published: "2023-03-14", anchor: "2023-03-14" } });
    for (const c of fullPipeline().components) {
      c.run(doc);
      for (const name of c.assigns) assert.ok(assigned(doc, name), `${lang}: "${c.name}" declares ${name} but did not assign it`);
    }
  }
});

test("the description lists each component with what it requires and assigns", () => {
  const text = describePipeline(fullPipeline());
  assert.match(text, /^inputs: doc\.text, doc\.blocks, doc\.meta$/m);
  assert.match(text, /^claims +requires .*layer\.entity/m);
  assert.match(text, /^ +assigns +layer\.claim, results\.claims$/m);
});

test("the claim layer's declared attributes are those the claims component writes", () => {
  const written: ClaimSpanAttrs = { source: null, speaker: null, mode: "direct", cue: null, sentence: 0, unverified: false };
  const declared: Layers["claim"] = written;
  const back: ClaimSpanAttrs = declared;
  assert.equal(back.mode, "direct");
});

/** Whether a component filled a declared name on the document (token attributes: on some token; NER only where a model exists). */
function assigned(doc: Document, name: LayerName): boolean {
  const [kind, key] = name.split(".") as [string, string];
  if (kind === "doc") return key === "tokens" ? doc.tokens.length > 0 : key === "sentences" ? doc.sentences.length > 0 : true;
  if (kind === "token") return key === "ner" && doc.lang !== "de" ? true : doc.tokens.some((t) => (t as unknown as Record<string, unknown>)[key] !== undefined);
  if (kind === "layer") return doc.hasLayer(key);
  if (kind === "figure") return (doc.results.figures ?? []).every((f) => (f as unknown as Record<string, unknown>)[key] !== undefined);
  return (doc.results as Record<string, unknown>)[key] !== undefined;
}
