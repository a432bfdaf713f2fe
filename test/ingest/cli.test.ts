// CLI-level tests of bad input: every case must give ONE line on stderr, a non-zero exit and no stack
// trace; an unsupported language or a Latin-1 file gives a warning and exit 0. Spawns the real command
// (the compiled bin/lagebild.js under `npm test`, the TypeScript sources through tsx otherwise).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, openSync, ftruncateSync, closeSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
const compiled = here.includes(`${"/"}dist${"/"}test${"/"}`);
const root = resolve(dirname(here), compiled ? "../../.." : "../..");
const command = compiled
  ? [join(root, "bin", "lagebild.js")]
  : ["--import", "tsx", join(root, "src", "cli", "main.ts")];

let dir = "";
before(() => {
  dir = mkdtempSync(join(tmpdir(), "lagebild-ingest-"));
});
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [...command, "extract", ...args], { cwd: root, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** One line on stderr, starting with "lagebild:", no stack frames. */
function assertOneLineError(r: { code: number | null; stderr: string; stdout: string }, pattern: RegExp): void {
  assert.notEqual(r.code, 0, `expected a non-zero exit, stderr: ${r.stderr}`);
  const lines = r.stderr.split("\n").filter((l) => l.trim());
  assert.equal(lines.length, 1, `expected one stderr line, got:\n${r.stderr}`);
  assert.match(lines[0], /^lagebild: /);
  assert.match(lines[0], pattern);
  assert.ok(!/\n\s+at /.test(r.stderr), "stack trace on stderr");
  assert.equal(r.stdout, "");
}

const GERMAN = "Die Feuerwehr von Neustadt hat am Montag einen Brand in einer Lagerhalle gelöscht. Nach Angaben eines Sprechers wurde niemand verletzt, die Ursache sei noch unklar.\n";

test("empty file", () => assertOneLineError(run(["--json", file("empty.txt", "")]), /empty/));

test("whitespace-only file", () => assertOneLineError(run(["--json", file("blank.txt", " \n\n\t\n")]), /empty/));

test("binary file", () => {
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
  assertOneLineError(run(["--json", file("image.png", bytes)]), /binary/);
});

test("invalid UTF-8 that is not Windows-1252 either", () => {
  assertOneLineError(run(["--json", file("bad.txt", Buffer.from([0x41, 0x20, 0xc3, 0x28, 0x81, 0x8d, 0x20, 0x42]))]), /encoding/);
});

test("a 50 MB file is refused by size", () => {
  const p = join(dir, "huge.txt");
  const fd = openSync(p, "w");
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  assertOneLineError(run(["--json", p]), /50\.0 MB; the limit is 20 MB/);
});

test("more than 20 MB on stdin is refused", () => {
  assertOneLineError(run(["--json", "-"], "Die Polizei meldete Festnahmen. ".repeat(700_000)), /larger than 20 MB/);
});

test("missing file and directory", () => {
  assertOneLineError(run(["--json", join(dir, "nope.txt")]), /no such file/);
  assertOneLineError(run(["--json", dir]), /directory/);
});

test("HTML without an article", () => {
  assertOneLineError(run(["--json", file("login.html", "<!doctype html><html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav><form><input name=user><input type=password></form></body></html>")]), /no article text/);
});

test("malformed HTML: errors cleanly when nothing is readable, reads the text when there is some", () => {
  assertOneLineError(run(["--json", file("broken.html", "<html><body><div><p>Unclosed <b>bold <i>italic\n<div><<<>>>")]), /no article text/);
  const para = "<p>Die Feuerwehr von Neustadt hat am Montag einen Brand in einer Lagerhalle gelöscht, teilte ein Sprecher mit. Verletzt wurde nach ersten Angaben niemand";
  const r = run(["--json", "--lang", "de", file("unclosed.html", `<html><body><article><h1>Brand in Lagerhalle${para}${para}<div><span>`)]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.match(out.text, /Lagerhalle gelöscht/);
});

test("JSON record without text, and broken JSON", () => {
  assertOneLineError(run(["--json", file("rec.json", JSON.stringify({ url: "https://example.org/a", outlet: "Example", title: "Hello" }))]), /no text or html/);
  assertOneLineError(run(["--json", file("broken.json", '{"text": "Die Polizei')]), /not valid JSON/);
});

test("unsupported language: warning on stderr, exit 0, best-effort output", () => {
  const r = run(["--json", file("fr.txt", "La police a arrêté plusieurs manifestants lundi dans le centre de la ville. Selon un porte-parole, deux agents ont été légèrement blessés.\n")]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^lagebild: warning: .*French/m);
  const out = JSON.parse(r.stdout);
  assert.ok(["de", "en"].includes(out.language));
  assert.ok(out.warnings.some((w: string) => /French/.test(w)));
});

test("Windows-1252 file is decoded with a warning", () => {
  const latin1 = Buffer.from(GERMAN.replace("gelöscht", "gel\u00f6scht"), "latin1");
  const r = run(["--json", file("latin1.txt", latin1)]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /warning: .*Windows-1252/);
  assert.match(JSON.parse(r.stdout).text, /gelöscht/);
});

test("stdin and a JSON record work", () => {
  const r = run(["--json", "--published", "2024-02-05", "-"], GERMAN);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.language, "de");
  assert.equal(out.article.published, "2024-02-05");
  const rec = run(["--json", file("ok.json", JSON.stringify({ title: "Brand in Neustadt", published: "2024-02-05", text: GERMAN }))]);
  assert.equal(rec.code, 0, rec.stderr);
  assert.equal(JSON.parse(rec.stdout).article.title, "Brand in Neustadt");
});

test("the real seed article (skips without ../shared)", (t) => {
  const seedDir = resolve(root, "../shared/seed");
  if (!existsSync(seedDir)) {
    t.skip("../shared is absent: seed test skipped");
    return;
  }
  const r = run(["--json", "--published", "2022-01-08", "--lang", "de", join(seedDir, "tagesschau-kasachstan-2022-01-08.txt")]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout).article;
  assert.equal(a.kicker, "Unruhen in Kasachstan");
  assert.equal(a.title, "Offenbar Explosionen in Almaty");
  assert.equal(a.updated, "2022-01-08T09:12");
  assert.ok(a.credits.includes("dpa"));
  assert.ok(a.captions.some((c: { text: string }) => /Tass/.test(c.text)));
  assert.equal(a.sections.length, 5, "section before the first sub-heading + 4 sub-headings");
  assert.ok(a.sections.slice(1).every((s: { heading: string | null; paragraphs: string[] }) => s.heading && s.paragraphs.length > 0));
});

test("extract --schema needs no file; impossible calendar dates are refused", () => {
  const schema = run(["--schema"]);
  assert.equal(schema.code, 0, schema.stderr);
  assert.equal(JSON.parse(schema.stdout).type, "object");
  assertOneLineError(run([]), /needs a FILE/);
  const f = file("calendar.txt", "Der Stadtrat von Beispielstadt tagte am Montag.");
  for (const bad of ["2022-13-45", "2022-02-30", "2023-02-29"]) assertOneLineError(run(["--published", bad, f]), /real date/);
  assert.equal(run(["--json", "--published", "2024-02-29", f]).code, 0);
});
