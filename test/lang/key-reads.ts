// Records which keys of a language pack the code reads: each concern record ("de.figures") is wrapped in a
// Proxy, recursively, that notes every key asked for by name ("de.figures.indefinite") and every object that
// is enumerated (Object.entries of "de.time.months" reads all its keys at once). Elements of arrays of
// records share one path ("de.events.cues[].heads"). `unreadKeys` then names what was never read.
import type { LanguagePack } from "../../src/lang/types.js";

export interface KeyReads {
  /** Path -> the keys read by name there ("de.figures" -> {"indefinite", ...}). */
  read: Map<string, Set<string>>;
  /** Paths of objects whose keys were enumerated ("de.time.months"). */
  enumerated: Set<string>;
}

/** A plain record ("{ prefixes, words }"), not an array, RegExp, Map or Set. */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
/** Plain records and arrays are tracked; a RegExp, Map or Set is handed out as it is (its methods need the real object). */
const trackable = (v: unknown): v is object => Array.isArray(v) || isRecord(v);

/** A tracked copy of a pack: the same data, every read recorded in `reads`. */
export function trackPack(pack: LanguagePack, reads: KeyReads): LanguagePack {
  const proxies = new Map<string, WeakMap<object, object>>();
  const note = (path: string, key: string) => {
    let keys = reads.read.get(path);
    if (!keys) reads.read.set(path, (keys = new Set()));
    keys.add(key);
  };
  const wrap = <T extends object>(target: T, path: string): T => {
    let byTarget = proxies.get(path);
    if (!byTarget) proxies.set(path, (byTarget = new WeakMap()));
    let proxy = byTarget.get(target) as T | undefined;
    if (proxy) return proxy;
    const array = Array.isArray(target);
    proxy = new Proxy(target, {
      get(t, key, receiver) {
        const value = Reflect.get(t, key, receiver);
        if (typeof key !== "string") return value;
        if (!array) note(path, key);
        // "[]": every element of an array shares the path of its kind ("de.events.cues[]")
        const child = array ? `${path}[]` : `${path}.${key}`;
        const frozen = Object.getOwnPropertyDescriptor(t, key);
        if (frozen && !frozen.configurable && !frozen.writable) return value; // a proxy may not stand for a frozen value
        return trackable(value) ? wrap(value, child) : value;
      },
      has(t, key) {
        if (typeof key === "string" && !array) note(path, key);
        return Reflect.has(t, key);
      },
      ownKeys(t) {
        reads.enumerated.add(path);
        return Reflect.ownKeys(t);
      },
    });
    byTarget.set(target, proxy);
    return proxy;
  };
  const tracked = { ...pack } as Record<string, unknown>;
  for (const [concern, data] of Object.entries(pack)) {
    if (trackable(data)) tracked[concern] = wrap(data, `${pack.code}.${concern}`);
  }
  return tracked as unknown as LanguagePack;
}

/**
 * The keys of a pack never read ("de.figures.indefinite never read"): every direct key of every concern,
 * and inside them the keys of nested records and of records in arrays, unless their object was enumerated.
 */
export function unreadKeys(pack: LanguagePack, reads: KeyReads): string[] {
  const out: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      const keys = new Set<string>();
      for (const el of value) if (isRecord(el)) for (const k of Object.keys(el)) keys.add(k);
      for (const k of keys) check(path + "[]", k, value.map((el) => (isRecord(el) ? el[k] : undefined)));
      return;
    }
    if (!isRecord(value)) return;
    for (const [k, v] of Object.entries(value)) check(path, k, [v]);
  };
  const check = (path: string, key: string, values: unknown[]) => {
    if (!reads.enumerated.has(path) && !reads.read.get(path)?.has(key)) out.push(`${path}.${key} never read`);
    const child = `${path}.${key}`;
    // only what was read can be read further; an unread key is reported once, not with all its insides
    if (reads.enumerated.has(path) || reads.read.get(path)?.has(key)) for (const v of values) visit(v, child);
  };
  for (const [concern, data] of Object.entries(pack)) if (typeof data === "object" && data !== null) visit(data, `${pack.code}.${concern}`);
  return [...new Set(out)];
}
