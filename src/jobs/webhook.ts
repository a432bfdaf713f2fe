// POSTs JSON to a webhook URL through the same guards as safeFetch (fetch.ts): http(s) only, no
// credentials in the URL, no private or loopback address unless allowed (checked at connect time),
// a timeout, and no redirects followed (a webhook that redirects is refused, not chased).
// Public: postJson(url, body, opts) -> HTTP status; throws FetchError on refusal, timeout or non-2xx.
import { fetch as undiciFetch } from "undici";
import { agentFor, checkUrl, FetchError, privateFetchAllowed } from "./fetch.js";

export interface PostOptions {
  timeoutMs?: number;
  allowPrivate?: boolean;
  headers?: Record<string, string>;
}

export async function postJson(url: string, body: unknown, opts: PostOptions = {}): Promise<number> {
  const allowPrivate = opts.allowPrivate ?? privateFetchAllowed();
  const target = checkUrl(url, allowPrivate);
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), opts.timeoutMs ?? 10_000);
  try {
    const res = await undiciFetch(target, {
      method: "POST",
      dispatcher: agentFor(allowPrivate),
      redirect: "manual",
      signal: ctrl.signal,
      headers: { "content-type": "application/json", "user-agent": "lagebild/0.1 alerts", ...opts.headers },
      body: JSON.stringify(body),
    });
    await res.body?.cancel();
    if (res.status < 200 || res.status >= 300) throw new FetchError(`the webhook answered HTTP ${res.status}`);
    return res.status;
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (ctrl.signal.aborted) throw new FetchError(`the webhook did not answer within ${opts.timeoutMs ?? 10_000} ms`);
    const cause = (e as Error).cause;
    if (cause instanceof FetchError) throw cause;
    throw new FetchError(`cannot reach the webhook: ${cause instanceof Error ? cause.message : (e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}
