// The library API: `import { extract } from "lagebild"` in process, from a plain JS consumer in a
// temp folder (the package found by name through node_modules), and from a TypeScript consumer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract, fullPipeline, InputError, languageCodes, type Component } from "../../src/index.js";

const here = fileURLToPath(import.meta.url);
const compiled = here.includes(`${"/"}dist${"/"}test${"/"}`);
const root = resolve(dirname(here), compiled ? "../../.." : "../..");

const GERMAN = "Innenministerin Ana Petrescu sagte am Montag in Berlin, die Lage sei unter Kontrolle.";

let consumer = "";
before(() => {
  consumer = mkdtempSync(join(tmpdir(), "lagebild-consumer-"));
  mkdirSync(join(consumer, "node_modules"));
  symlinkSync(root, join(consumer, "node_modules", "lagebild"), "dir");
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
});
after(() => {
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

test("extract takes text or an article record and gives the same extraction", () => {
  const fromText = extract(GERMAN, { lang: "de", published: "2023-03-14" });
  const fromRecord = extract({ text: GERMAN, lang: "de", published: "2023-03-14" });
  assert.deepEqual(fromRecord, fromText);
  assert.deepEqual(fromText.claims.map((c) => [c.source, c.speaker]), [["Innenministerin Ana Petrescu", "Ana Petrescu"]]);
  assert.deepEqual(fromText.times.map((t) => t.value), ["2023-03-13"]);
  const titled = extract({ text: GERMAN, title: "Lage unter Kontrolle", outlet: "Beispielblatt", url: "https://example.org/lage", published: "2023-03-14T09:30:00Z" });
  assert.equal(titled.article.title, "Lage unter Kontrolle");
  assert.deepEqual([titled.article.outlet, titled.article.url, titled.article.published], ["Beispielblatt", "https://example.org/lage", "2023-03-14"]);
  assert.equal(titled.language, "de");
  const html = extract({ html: `<html><body><article><h1>Lage unter Kontrolle</h1><p>${GERMAN}</p></article></body></html>`, lang: "de" });
  assert.equal(html.article.title, "Lage unter Kontrolle");
});

test("bad input is an InputError", () => {
  assert.throws(() => extract({ text: GERMAN, lang: "xx" }), (e: unknown) => e instanceof InputError && /unknown language "xx" \(registered: de, en/.test(e.message));
  assert.throws(() => extract({ text: GERMAN, published: "2023-02-30" }), InputError);
  assert.throws(() => extract(GERMAN, { published: "14.03.2023" }), InputError);
  assert.throws(() => extract({ published: "2023-03-14" }), /no text or html/);
  assert.throws(() => extract("   "), /empty/);
  assert.deepEqual(languageCodes().slice(0, 2), ["de", "en"]);
});

test("extract runs a pipeline of the caller's own", () => {
  const seen: string[] = [];
  const people: Component = { name: "people", requires: ["results.entities"], assigns: [], run: (doc) => void seen.push(...doc.results.entities!.filter((e) => e.type === "person").map((e) => e.name)) };
  const x = extract(GERMAN, { lang: "de", pipeline: fullPipeline().add(people, { after: "entities" }).disable("events") });
  assert.deepEqual(seen, ["Ana Petrescu"]);
  assert.deepEqual(x.events, []);
});

test("a plain JS consumer imports the package by name", { skip: !compiled && "needs the compiled package (npm test)" }, () => {
  writeFileSync(
    join(consumer, "use.mjs"),
    [
      'import { extract, fullPipeline, Document, languagePack, registerLanguage, languageCodes, Extraction } from "lagebild";',
      `const x = extract({ text: ${JSON.stringify(GERMAN)}, lang: "de", published: "2023-03-14" });`,
      "Extraction.parse(x);",
      "const doc = fullPipeline().run(new Document('Am Montag sagte Ana Petrescu, es sei ruhig.', 'de'));",
      "console.log(JSON.stringify({ sources: x.claims.map((c) => c.speaker), tokens: doc.tokens.length, codes: languageCodes(), de: languagePack('de').code, register: typeof registerLanguage }));",
    ].join("\n"),
  );
  const r = spawnSync(process.execPath, ["use.mjs"], { cwd: consumer, encoding: "utf8", timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { sources: string[]; tokens: number; codes: string[]; de: string; register: string };
  assert.deepEqual(out.sources, ["Ana Petrescu"]);
  assert.ok(out.tokens > 5);
  assert.deepEqual([out.codes.slice(0, 2), out.de, out.register], [["de", "en"], "de", "function"]);
  const self = spawnSync(process.execPath, ["--input-type=module", "-e", 'import { extract } from "lagebild"; console.log(typeof extract);'], { cwd: root, encoding: "utf8" });
  assert.equal(self.stdout.trim(), "function", self.stderr);
});

test("a TypeScript consumer gets the declarations", { skip: (!compiled || !existsSync(join(root, "node_modules", "typescript", "bin", "tsc"))) && "needs the compiled package and typescript" }, () => {
  writeFileSync(
    join(consumer, "use.ts"),
    [
      'import { extract, fullPipeline, type Extraction, type Component, type Span, type Layers } from "lagebild";',
      'const x: Extraction = extract({ text: "Die Polizei sagte, es sei ruhig.", lang: "de" });',
      "const count: number = x.entities.length + x.claims.length;",
      'const mine: Component = { name: "mine", requires: ["layer.entity"], assigns: [], run: (doc) => { const spans: Span<Layers["entity"]>[] = doc.layer("entity"); void spans; } };',
      'fullPipeline().add(mine, { after: "entities" });',
      "void count;",
    ].join("\n"),
  );
  writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ["use.ts"] }));
  const r = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], { cwd: consumer, encoding: "utf8", timeout: 120_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
