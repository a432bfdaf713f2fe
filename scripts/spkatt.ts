// Reads SpkAtt-2023 task 2 (../shared/data/spkatt2023/train, German Wikinews with speech, thought and
// writing annotation) as articles in the contract's shape: the text rebuilt from its tokens and, per
// article, the claims the project's guidelines count — the Message of a Speech or Writing instance
// whose Form is Direct, Indirect or Reported, with its Source. Measuring only: its licence forbids
// training a shipped model on it, and none of its text is committed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA } from "./corpus.js";

export const SPKATT_DIR = join(DATA, "spkatt2023", "train");

/** The instance kinds the guidelines call claims ("SW" is speech or writing, undecided). */
const CLAIM_KINDS = new Set(["Speech", "Writing", "SW"]);
/** SpkAtt forms and the contract's claim mode they correspond to. */
const FORM_MODES: Record<string, "direct" | "indirect"> = { Direct: "direct", Indirect: "indirect", Reported: "indirect" };

/** One annotated claim: its content, speaker (null when none is marked), SpkAtt form and whether the speaker is a pronoun; `counted` is false for instances outside the guidelines' claims (thought, free indirect speech), which cost nothing when found. */
export interface SpkattClaim {
  counted: boolean;
  text: string;
  source: string | null;
  mode: "direct" | "indirect";
  form: string;
  pronounSource: boolean;
  /** For a pronoun source, the named speaker it most likely stands for: the nearest earlier named Source in the article. */
  sourceAliases: string[];
}

/** One article: its number, publication day from the title ("... (2005-08-05)"), rebuilt text and claims. */
export interface SpkattArticle {
  id: string;
  published: string;
  text: string;
  claims: SpkattClaim[];
}

interface RawAnnotation { STWR: string; Form: string; Message: string[]; Source: string[] }
interface RawArticle { DocumentName: string; Sentences: { Tokens: string[] }[]; Annotations: RawAnnotation[] }

/** German personal and demonstrative pronouns that stand for a speaker named elsewhere ("er", "sie", "dieser"). */
const PRONOUNS = new Set(["er", "sie", "es", "ich", "wir", "ihr", "man", "der", "die", "dieser", "diese", "jener", "jene"]);

/** Whether the data is on this machine. */
export function hasSpkatt(): boolean {
  return existsSync(SPKATT_DIR);
}

/** Every article of the train folder, in file-name order. */
export function spkattArticles(): SpkattArticle[] {
  return readdirSync(SPKATT_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => spkattArticle(f.slice(0, -5), JSON.parse(readFileSync(join(SPKATT_DIR, f), "utf8")) as RawArticle));
}

function spkattArticle(id: string, raw: RawArticle): SpkattArticle {
  const published = /\((\d{4}-\d{2}-\d{2})\)\s*$/.exec(raw.DocumentName)?.[1] ?? "2008-01-01";
  const sentences = raw.Sentences.map((s) => s.Tokens);
  const text = detokenize(sentences.flat()); // one paragraph: SpkAtt keeps no paragraph breaks
  const words = (positions: string[]) => detokenize(positions.map((p) => { const [s, t] = p.split(":").map(Number); return sentences[s]?.[t] ?? ""; }));
  const claims: SpkattClaim[] = [];
  // named sources by position, for reading a pronoun source back to its speaker ("Er sagte" after "Horst Köhler erklärte")
  const order = (p: string) => { const [s, t] = p.split(":").map(Number); return s * 10000 + t; };
  const named = raw.Annotations.filter((a) => a.Source.length && !PRONOUNS.has(words(a.Source).toLowerCase()))
    .map((a) => ({ at: order(a.Source[0]), source: words(a.Source) })).sort((x, y) => x.at - y.at);
  for (const a of raw.Annotations) {
    if (!a.Message.length) continue;
    const mode = FORM_MODES[a.Form] ?? "indirect", counted = CLAIM_KINDS.has(a.STWR) && a.Form in FORM_MODES;
    const source = a.Source.length ? words(a.Source) : null;
    const pronounSource = source !== null && PRONOUNS.has(source.toLowerCase());
    const antecedent = pronounSource ? named.filter((n) => n.at < order(a.Source[0])).at(-1)?.source : undefined;
    claims.push({ counted, text: words(a.Message), source, mode, form: a.Form, pronounSource, sourceAliases: antecedent ? [antecedent] : [] });
  }
  return { id, published, text, claims };
}

/** Tokens back to running text: no space before closing punctuation, none after opening marks ("( so ) ," -> "(so),"). */
export function detokenize(tokens: string[]): string {
  let out = "";
  let glue = true;
  for (const t of tokens) {
    if (!t) continue;
    const closing = /^[.,;:!?)\]»“”%…]$|^\.\.\.$|^''$/.test(t);
    out += glue || closing ? t : " " + t;
    glue = /^[(\[„«‚]$/.test(t);
  }
  return out;
}
