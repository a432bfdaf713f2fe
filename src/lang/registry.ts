// The one registry of languages: a code maps to its LanguagePack. Modules outside src/lang reach
// language knowledge only through here ("de" -> src/lang/de/index.ts); a new language is a new
// folder plus one line below, or `registerLanguage(pack)` at run time (tests, plug-ins).
import type { LanguagePack } from "./types.js";
import de from "./de/index.js";
import en from "./en/index.js";

export type { LanguagePack } from "./types.js";

const packs = new Map<string, LanguagePack>([
  [de.code, de],
  [en.code, en],
]);

/**
 * Adds or replaces a language ("xx" for a test language). Tables built with `perLanguage` are rebuilt for a
 * replaced pack; the NER lexicon, the gazetteer's names and the POS model are cached by code, so register a
 * language before its first document.
 */
export function registerLanguage(pack: LanguagePack): void {
  packs.set(pack.code, pack);
}

/** Removes a language added with registerLanguage. */
export function unregisterLanguage(code: string): void {
  packs.delete(code);
}

/** The codes of the registered languages, in registration order (["de", "en"]). */
export function languageCodes(): string[] {
  return [...packs.keys()];
}

/** True when a pack is registered for the code ("de" yes, "xx" no unless registered). */
export function hasLanguage(code: string): boolean {
  return packs.has(code);
}

/** The pack of a language; an unknown code is an error ("no language pack for 'fr'"). */
export function languagePack(code: string): LanguagePack {
  const pack = packs.get(code);
  if (!pack) throw new Error(`no language pack for '${code}' (registered: ${languageCodes().join(", ")})`);
  return pack;
}

/** A table compiled once per pack from the pack ("perLanguage((p) => new Set(p.situation.stopwords))"). */
export function perLanguage<T>(build: (pack: LanguagePack) => T): (code: string) => T {
  const cache = new WeakMap<LanguagePack, T>();
  return (code: string) => {
    const pack = languagePack(code);
    let value = cache.get(pack);
    if (value === undefined) cache.set(pack, (value = build(pack)));
    return value;
  };
}
