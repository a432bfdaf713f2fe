// Reads an input source (file path or "-" for stdin) as UTF-8 text, with clear errors for bad input.
import { readFileSync, statSync } from "node:fs";
import { InputError } from "./errors.js";

/** Largest input accepted, in bytes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export async function readSource(file: string): Promise<string> {
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
    buf = readFileSync(file);
  }
  return decodeText(buf, file === "-" ? "stdin" : file);
}

/** Decodes bytes as UTF-8 (or UTF-16 with BOM); rejects binary data and invalid UTF-8. */
export function decodeText(buf: Buffer, name = "input"): string {
  if (buf.length === 0) throw new InputError(`${name} is empty`);
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString("utf16le");
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2)).swap16().toString("utf16le");
  const sample = buf.subarray(0, 8192);
  let nul = 0;
  for (const b of sample) if (b === 0) nul++;
  if (nul > 0) throw new InputError(`${name} looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text (convert it, e.g. with iconv -f latin1 -t utf-8)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(`${name} is empty`);
  return text;
}
