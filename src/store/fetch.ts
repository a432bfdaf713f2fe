// Careful HTTP fetching for feeds and article pages: timeouts, a size limit, redirects followed by
// hand (each hop checked: http(s) only, a bounded number, no private or loopback addresses unless
// allowed) and a content-type check.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

export interface FetchOptions {
  /** Whole-request timeout in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted in bytes (default 5 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
  /** Allow loopback and private network addresses (default: env LAGEBILD_ALLOW_PRIVATE_FETCH=1). */
  allowPrivate?: boolean;
  /** Accepted content types (prefix match); default any text, HTML, XML, RSS, Atom or JSON. */
  accept?: string[];
}

export interface Fetched {
  url: string;
  status: number;
  contentType: string;
  body: string;
}

export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchError";
  }
}

const DEFAULT_TYPES = ["text/", "application/xhtml", "application/xml", "application/rss", "application/atom", "application/json", "application/feed"];
const USER_AGENT = "lagebild/0.1 (+https://example.invalid/lagebild)";

function privateV4(ip: string): boolean {
  const p = ip.split(".").map(Number);
  const [a, b] = [p[0]!, p[1]!];
  return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
}
function privateIp(ip: string): boolean {
  if (isIP(ip) === 4) return privateV4(ip);
  const x = ip.toLowerCase();
  if (x.startsWith("::ffff:")) return privateV4(x.slice(7));
  return x === "::1" || x === "::" || x.startsWith("fc") || x.startsWith("fd") || x.startsWith("fe80");
}

async function checkUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchError(`not a URL: ${raw}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new FetchError(`refusing ${u.protocol} URL ${raw} (only http and https)`);
  if (u.username || u.password) throw new FetchError(`refusing a URL with credentials: ${u.host}`);
  if (!allowPrivate) {
    const host = u.hostname.replace(/^\[|\]$/g, "");
    const addrs = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => { throw new FetchError(`cannot resolve ${host}`); })).map((a) => a.address);
    if (addrs.some(privateIp)) throw new FetchError(`refusing ${u.host}: a private or loopback address`);
  }
  return u;
}

export async function safeFetch(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const allowPrivate = opts.allowPrivate ?? process.env.LAGEBILD_ALLOW_PRIVATE_FETCH === "1";
  const accept = opts.accept ?? DEFAULT_TYPES;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const u = await checkUrl(current, allowPrivate);
      let res: Response;
      try {
        res = await fetch(u, { redirect: "manual", signal: ctrl.signal, headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5" } });
      } catch (e) {
        if (ctrl.signal.aborted) throw new FetchError(`timeout after ${timeoutMs} ms fetching ${url}`);
        throw new FetchError(`cannot fetch ${current}: ${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message}`);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
        await res.body?.cancel();
        if (hop >= maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects}) from ${url}`);
        const next = new URL(res.headers.get("location")!, u);
        if (u.protocol === "https:" && next.protocol === "http:") throw new FetchError(`refusing redirect from https to http (${next.href})`);
        current = next.href;
        continue;
      }
      if (res.status >= 400) {
        await res.body?.cancel();
        throw new FetchError(`HTTP ${res.status} for ${current}`);
      }
      const contentType = (res.headers.get("content-type") ?? "").toLowerCase();
      if (contentType && !accept.some((t) => contentType.startsWith(t) || contentType.includes(t.replace(/\/$/, "")))) {
        await res.body?.cancel();
        throw new FetchError(`unexpected content type ${contentType} for ${current}`);
      }
      const declared = Number(res.headers.get("content-length") ?? "0");
      if (declared > maxBytes) {
        await res.body?.cancel();
        throw new FetchError(`${current} is ${declared} bytes; the limit is ${maxBytes}`);
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > maxBytes) {
            await reader.cancel();
            throw new FetchError(`${current} is larger than the limit of ${maxBytes} bytes`);
          }
          chunks.push(value);
        }
      }
      const buf = Buffer.concat(chunks);
      const charset = /charset=([\w-]+)/.exec(contentType)?.[1];
      let body: string;
      try {
        body = new TextDecoder(charset ?? "utf-8").decode(buf);
      } catch {
        body = buf.toString("utf8");
      }
      return { url: current, status: res.status, contentType, body };
    }
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (ctrl.signal.aborted) throw new FetchError(`timeout after ${timeoutMs} ms fetching ${url}`);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
