// Decoding of input bytes: UTF-8, UTF-16 with BOM, Windows-1252 with a warning, binary and garbage rejected.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeText } from "../../src/ingest/source.js";
import { InputError } from "../../src/ingest/errors.js";

test("UTF-8 and UTF-16 (BOM) decode without warnings", () => {
  const w: string[] = [];
  assert.equal(decodeText(Buffer.from("\uFEFFGrüße aus Neustadt", "utf8"), "x", w), "Grüße aus Neustadt");
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Straße", "utf16le")]), "x", w), "Straße");
  assert.deepEqual(w, []);
});

test("Windows-1252 / Latin-1 text is decoded with a warning", () => {
  const w: string[] = [];
  const bytes = Buffer.from([...Buffer.from("Die Stra"), 0xdf, ...Buffer.from("e in M"), 0xfc, ...Buffer.from("nchen ist gesperrt "), 0x96, ...Buffer.from(" sagt die Polizei.")]);
  assert.equal(decodeText(bytes, "f.txt", w), "Die Straße in München ist gesperrt – sagt die Polizei.");
  assert.equal(w.length, 1);
  assert.match(w[0], /Windows-1252/);
});

test("binary data, undefined code points, empty input are rejected with InputError", () => {
  assert.throws(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10])), /binary/);
  assert.throws(() => decodeText(Buffer.from([0x41, 0x81, 0x8d, 0x42])), /supported encoding/);
  assert.throws(() => decodeText(Buffer.from([0x1b, 0x41, 0xe9, 0x07, 0x02])), InputError);
  assert.throws(() => decodeText(Buffer.alloc(0)), /empty/);
  assert.throws(() => decodeText(Buffer.from(" \n\t ")), /empty/);
});
