// Reads an input source (file path or "-" for stdin) as UTF-8 text, with clear errors for bad input.
import { readFileSync, statSync } from "node:fs";
import { InputError } from "./errors.js";

/** Largest input accepted, in bytes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Text read from a source, with warnings about how it was decoded. */
export interface SourceText {
  text: string;
  warnings: string[];
}

/** Reads a file path or "-" (stdin) as text. Warnings (e.g. a Latin-1 file decoded) are dropped: use readSourceText to keep them. */
export async function readSource(file: string): Promise<string> {
  return (await readSourceText(file)).text;
}

/** Reads a file path or "-" (stdin) as text, with decoding warnings. */
export async function readSourceText(file: string): Promise<SourceText> {
  let buf: Buffer;
  if (file === "-") {
    const chunks: Buffer[] = [];
    let n = 0;
    for await (const chunk of process.stdin) {
      n += (chunk as Buffer).length;
      if (n > MAX_INPUT_BYTES) throw new InputError(`input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
      chunks.push(chunk as Buffer);
    }
    buf = Buffer.concat(chunks);
  } else {
    let st;
    try {
      st = statSync(file);
    } catch {
      throw new InputError(`cannot read ${file}: no such file`);
    }
    if (st.isDirectory()) throw new InputError(`${file} is a directory, not an article file`);
    if (st.size > MAX_INPUT_BYTES) throw new InputError(`${file} is ${(st.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    try {
      buf = readFileSync(file);
    } catch (e) {
      throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? "read error"}`);
    }
  }
  const warnings: string[] = [];
  const text = decodeText(buf, file === "-" ? "stdin" : file, warnings);
  return { text, warnings };
}

/** Bytes 0x80-0x9F that Windows-1252 leaves undefined: text containing them is not Windows-1252. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Whether bytes that are not UTF-8 read as Windows-1252 / Latin-1 text: no undefined code points, no
 * control characters besides tab/newline/form feed, and non-ASCII bytes a minority (accented letters
 * in Western European text), not the bulk of the data.
 */
function looksLikeCp1252(buf: Buffer): boolean {
  let high = 0, ctrl = 0;
  for (const b of buf) {
    if (b >= 0x80) {
      if (CP1252_UNDEFINED.has(b)) return false;
      high++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) ctrl++;
  }
  return ctrl === 0 && high <= buf.length * 0.15;
}

// Windows-1252 code points of bytes 0x80-0x9F (the rest equals Latin-1). Node's TextDecoder("windows-1252")
// decodes these as C1 controls, so the mapping is applied here.
const CP1252_HIGH = [0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178];

function decodeCp1252(buf: Buffer): string {
  const s = buf.toString("latin1");
  return s.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]));
}

/** Decodes bytes as UTF-8 (or UTF-16 with BOM, or Windows-1252 with a warning); rejects binary data. */
export function decodeText(buf: Buffer, name = "input", warnings: string[] = []): string {
  if (buf.length === 0) throw new InputError(`${name} is empty`);
  let text: string;
  const utf16 = buf[0] === 0xff && buf[1] === 0xfe ? "utf-16le" : buf[0] === 0xfe && buf[1] === 0xff ? "utf-16be" : null;
  if (utf16) {
    // an odd byte count ends in half a character: decoded as U+FFFD with a warning, never a crash
    if (buf.length % 2) warnings.push(`${name}: ${utf16.toUpperCase()} input ends in half a character (replaced by U+FFFD)`);
    text = new TextDecoder(utf16).decode(buf.subarray(2));
  }
  else {
    const sample = buf.subarray(0, 8192);
    for (const b of sample) if (b === 0) throw new InputError(`${name} looks like a binary file, not text`);
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    } catch {
      if (!looksLikeCp1252(buf)) throw new InputError(`${name} is not text in a supported encoding (UTF-8, UTF-16 with BOM, Windows-1252/Latin-1)`);
      text = decodeCp1252(buf);
      warnings.push(`${name} is not valid UTF-8; decoded it as Windows-1252 (Latin-1)`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(`${name} is empty`);
  return text;
}
