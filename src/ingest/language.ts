// Language identification with eld (Efficient Language Detector, n-gram based). The detector is
// loaded synchronously on first use only, so runs with --lang pay nothing for it.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Lang } from "../schema/index.js";
import { hasLanguage, languageCodes, languagePack, type LanguagePack } from "../lang/registry.js";
import { cuesFor } from "./cues.js";

interface EldResult {
  language: string;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}
interface Eld {
  detect(text: string): EldResult;
}

let detector: Eld | undefined;
function eld(): Eld {
  if (!detector) {
    // eld is an ES module without top-level await: Node >= 20.19 can require() it synchronously.
    // The file path is resolved through the package's "import" export, which require() would not match.
    const require = createRequire(import.meta.url);
    const mod = require(fileURLToPath(import.meta.resolve("eld/extrasmall"))) as { eld: Eld };
    detector = mod.eld;
  }
  return detector;
}

/** Fewer letters than this are too little to identify a language. */
export const MIN_DETECT_LETTERS = 40;
/** How much text the detector looks at. */
const SAMPLE_CHARS = 1500;

const displayNames = new Intl.DisplayNames(["en"], { type: "language" });
function langName(code: string): string {
  try {
    return displayNames.of(code) ?? code;
  } catch {
    return code;
  }
}

// word -> the registered language whose function-word list has it, rebuilt when a pack is added or replaced
let functionWords: { packs: LanguagePack[]; words: Map<string, Lang> } | undefined;
function functionWordMap(): Map<string, Lang> {
  const packs = languageCodes().map(languagePack);
  if (!functionWords || functionWords.packs.length !== packs.length || packs.some((p, k) => p !== functionWords!.packs[k])) {
    const words = new Map<string, Lang>();
    for (const p of packs) for (const w of cuesFor(p.code).data.functionWords) words.set(w, p.code as Lang);
    functionWords = { packs, words };
  }
  return functionWords.words;
}
const WORDS = /\p{L}+/gu;

/**
 * Fast path: a text in which one supported language's function words make up a fifth of the words
 * and outnumber the other's four to one is that language. Anything less clear goes to eld.
 */
function functionWordGuess(sample: string): Lang | null {
  const counts = new Map<Lang, number>();
  const FUNCTION_WORDS = functionWordMap();
  let n = 0;
  for (const m of sample.matchAll(WORDS)) {
    n++;
    const l = FUNCTION_WORDS.get(m[0].toLowerCase());
    if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  if (n < 30) return null;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < n * 0.2 || (second && best[1] < 4 * second[1])) return null;
  return best[0];
}

export interface Detection {
  lang: Lang;
  /** What the detector found (ISO 639-1), "" when undecided. */
  detected: string;
  warnings: string[];
}

/** Detects the language of an article text; falls back to `fallback` with a warning when unsure or unsupported. */
export function detectLanguage(text: string, fallback: Lang = "de"): Detection {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_DETECT_LETTERS) {
    return { lang: fallback, detected: "", warnings: [`text too short to detect its language; assuming ${langName(fallback)} (${fallback}); use --lang to set it`] };
  }
  const quick = functionWordGuess(sample);
  if (quick) return { lang: quick, detected: quick, warnings: [] };
  const r = eld().detect(sample);
  const code = r.language;
  if (hasLanguage(code)) return { lang: code as Lang, detected: code, warnings: [] };
  // unsupported or undecided: take the closer of the supported languages
  const scores = r.getScores();
  let best: Lang = fallback;
  let bestScore = -1;
  for (const l of languageCodes()) {
    const s = scores[l] ?? 0;
    if (s > bestScore) {
      best = l as Lang;
      bestScore = s;
    }
  }
  if (bestScore <= 0) best = fallback;
  const what = code ? `the article looks ${langName(code)} (${code}), which Lagebild does not support` : "the article's language could not be identified";
  return { lang: best, detected: code, warnings: [`${what}; reading it as ${langName(best)} (${best}), results will be poor (supported: ${languageCodes().join(", ")})`] };
}
