// API client of the page. The write token is kept in localStorage; the server prints a link
// carrying it in the URL fragment (#token=...), which never reaches the server.
const KEY = "lagebild-token";

export function getToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
export function setToken(t: string | null): void {
  if (t) localStorage.setItem(KEY, t);
  else localStorage.removeItem(KEY);
}

/** Takes #token=... from the address into storage and removes it from the address bar. */
export function adoptTokenFromHash(): void {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]{20,})/.exec(location.hash);
  if (m) {
    setToken(m[1]!);
    history.replaceState(null, "", location.pathname + "#/");
  }
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, body?: BodyInit | object, contentType?: string): Promise<T> {
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload: BodyInit | undefined;
  if (body instanceof FormData || typeof body === "string" || body instanceof Blob) {
    payload = body;
    if (contentType) headers["Content-Type"] = contentType;
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers["Content-Type"] = "application/json";
  }
  const res = await fetch(path, { method, headers, body: payload });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(res.status, err?.code ?? "http_" + res.status, err?.message ?? `HTTP ${res.status}`);
  }
  return data as T;
}
