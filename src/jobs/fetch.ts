// Careful HTTP fetching for feeds and article pages: timeouts, a size limit, redirects followed by
// hand (each hop checked: http(s) only, a bounded number, no private or loopback addresses unless
// allowed) and a content-type check. Names are resolved once, at connect time, and the connection
// goes to the address that was checked ("rebinding" between a check and the connect is not possible).
// Part of src/jobs. Public: safeFetch(url, opts) -> { url, status, contentType, body }, FetchError,
// privateFetchAllowed(), checkUrl and agentFor (the webhook's POST, webhook.ts); the address check is address.ts (isPublicAddress("10.0.0.1") === false).
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from "node:dns";
import { isIP } from "node:net";
import { Agent, fetch as undiciFetch } from "undici";
import { isPublicAddress } from "./address.js";

export interface FetchOptions {
  /** Whole-request timeout in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted in bytes (default 5 MB). */
  maxBytes?: number;
  /** Most redirects followed (default 5). */
  maxRedirects?: number;
  /** Allow loopback and private network addresses (default: env LAGEBILD_ALLOW_PRIVATE_FETCH=1, or `--allow-private-fetch`). */
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

/** True when private and loopback addresses may be fetched: "LAGEBILD_ALLOW_PRIVATE_FETCH=1". */
export function privateFetchAllowed(): boolean {
  return process.env.LAGEBILD_ALLOW_PRIVATE_FETCH === "1";
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns lookup for the connection itself that refuses names resolving to any non-public address. */
function checkedLookup(hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void {
  const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : Number(options.family ?? 0);
  const all: LookupAllOptions = { all: true, family: family === 4 || family === 6 ? family : 0 };
  dnsLookup(hostname, all, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => !isPublicAddress(a.address));
    if (refused) return callback(new FetchError(`refusing ${hostname}: it resolves to ${refused.address}, a private or loopback address`), []);
    if (!addresses.length) return callback(new FetchError(`cannot resolve ${hostname}`), []);
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

let publicAgent: Agent | undefined;
let anyAgent: Agent | undefined;
/** One connection pool per policy; the public one connects only to checked addresses. */
export function agentFor(allowPrivate: boolean): Agent {
  if (allowPrivate) return (anyAgent ??= new Agent());
  return (publicAgent ??= new Agent({ connect: { lookup: checkedLookup } }));
}

export function checkUrl(raw: string, allowPrivate: boolean): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchError(`not a URL: ${raw}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new FetchError(`refusing ${u.protocol} URL ${raw} (only http and https)`);
  if (u.username || u.password) throw new FetchError(`refusing a URL with credentials: ${u.host}`);
  // URL has already normalised "2130706433", "0x7f.1" and "017700000001" to "127.0.0.1"; names are checked at connect time
  const host = u.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(host) && !isPublicAddress(host)) throw new FetchError(`refusing ${u.host}: a private or loopback address`);
  return u;
}

export async function safeFetch(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = opts.maxRedirects ?? 5;
  const allowPrivate = opts.allowPrivate ?? privateFetchAllowed();
  const accept = opts.accept ?? DEFAULT_TYPES;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const u = checkUrl(current, allowPrivate);
      let res: Awaited<ReturnType<typeof undiciFetch>>;
      try {
        res = await undiciFetch(u, { dispatcher: agentFor(allowPrivate), redirect: "manual", signal: ctrl.signal, headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5" } });
      } catch (e) {
        if (ctrl.signal.aborted) throw new FetchError(`timeout after ${timeoutMs} ms fetching ${url}`);
        if ((e as Error).cause instanceof FetchError) throw (e as Error).cause;
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
