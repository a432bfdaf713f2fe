// Fetching articles and feeds for the server: http(s) only, every redirect checked, a timeout
// and a size limit, text content types only.
import { InputError } from "../ingest/errors.js";

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface Fetched {
  url: string;
  contentType: string;
  text: string;
}

const TEXT_TYPES = /^(text\/(html|plain|xml)|application\/(xhtml\+xml|rss\+xml|atom\+xml|xml|json))/i;

export async function fetchText(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? 15000;
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  let current = checkUrl(url);
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      res = await fetch(current, { redirect: "manual", signal, headers: { "User-Agent": "Lagebild/0.1 (+news situation picture)", Accept: "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/xml, text/plain;q=0.8" } });
    } catch (e) {
      const name = (e as Error).name;
      throw new InputError(name === "TimeoutError" || name === "AbortError" ? `fetching ${current} took longer than ${timeoutMs / 1000} s` : `cannot fetch ${current}: ${(e as Error).message}`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
      if (hop >= maxRedirects) throw new InputError(`${url}: more than ${maxRedirects} redirects`);
      current = checkUrl(new URL(res.headers.get("location")!, current).toString());
      await res.body?.cancel();
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError(`fetching ${current} failed: HTTP ${res.status}`);
    }
    const type = res.headers.get("content-type") ?? "";
    if (type && !TEXT_TYPES.test(type)) {
      await res.body?.cancel();
      throw new InputError(`${current} is ${type.split(";")[0]}, not an article or feed`);
    }
    const declared = Number(res.headers.get("content-length") ?? "0");
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new InputError(`${current} is larger than ${maxBytes / 1024 / 1024} MB`);
    }
    const chunks: Uint8Array[] = [];
    let n = 0;
    if (res.body) {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        n += chunk.length;
        if (n > maxBytes) throw new InputError(`${current} is larger than ${maxBytes / 1024 / 1024} MB`);
        chunks.push(chunk);
      }
    }
    const buf = Buffer.concat(chunks);
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1] ?? sniffCharset(buf) ?? "utf-8";
    let text: string;
    try {
      text = new TextDecoder(charset).decode(buf);
    } catch {
      text = new TextDecoder("utf-8").decode(buf);
    }
    return { url: current, contentType: type, text };
  }
}

function sniffCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

function checkUrl(u: string): string {
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    throw new InputError(`not a valid address: ${u}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new InputError(`only http and https addresses can be fetched, not ${parsed.protocol}`);
  return parsed.toString();
}
