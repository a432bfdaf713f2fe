// Rule-based tokeniser for German and English news text. Keeps numbers ("20.000", "2,2", "80.23"),
// dates ("08.01.2022"), times ("09:12"), domains ("Vlast.kz"), hyphenated compounds
// ("Ex-Premier", "NATO-Generalsekretär", "Öl-") and abbreviations ("Dr.", "U.S.") whole, and splits
// off quotes („ “ " « » ‚ ‘), brackets and sentence punctuation.
import type { Document, Lang, Token } from "./document.js";
import { perLanguage } from "../lang/registry.js";
import { hasLetter, startsLower, startsWithCapital } from "./characters.js";
import { BUDGETS, codePointBoundary, warnOnce } from "./budget.js";

interface TokenRules {
  abbreviations: Set<string>;
  spacedAbbreviations: string[];
  /** Each spaced abbreviation as " a " and " a" (for keepsPeriod). */
  spacedPadded: [string, string][];
  ordinalFollowers: Set<string>;
  clitics: string[];
  /** A core without any of these characters is one token (no URL, number sign, comma, clitic, slash, quote or dash split). */
  special: RegExp | null;
}

/** The compiled token rules of a language, built on first use. */
const rulesFor = perLanguage((pack) => compile(pack.tokens));

function compile(d: { abbreviations: string[]; spacedAbbreviations: string[]; ordinalFollowers: string[]; clitics: string[] }): TokenRules {
  return {
    abbreviations: new Set(d.abbreviations),
    spacedAbbreviations: d.spacedAbbreviations,
    spacedPadded: d.spacedAbbreviations.map((a) => [" " + a + " ", " " + a]),
    ordinalFollowers: new Set(d.ordinalFollowers),
    clitics: [...d.clitics].sort((a, b) => b.length - a.length),
    special: specialChars(d.clitics),
  };
}

/** Characters splitInner acts on; null when a clitic is made of letters only (no cheap test then). */
function specialChars(clitics: string[]): RegExp | null {
  const extra = new Set<string>();
  for (const cl of clitics) {
    const marks = [...cl].filter((ch) => !hasLetter(ch));
    if (!marks.length) return null;
    for (const ch of marks) extra.add(ch);
  }
  const chars = new Set([..."%‰€$£.,:@/„“”\"—–", ...extra]);
  return new RegExp(`[${[...chars].map((ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0")).join("")}]`);
}

const LEADING = new Set([..."„“\"'‚‘«»‹›([{¿¡*"]);
const TRAILING = new Set([..."“”\"'‘’»«›‹)]},;:!?…*"]);
const URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const EMAIL_RE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const INITIALS_RE = /^(?:\p{L}\.){2,}$/u; // U.S. z.B. d.h.
const SINGLE_INITIAL_RE = /^\p{Lu}\.$/u; // "J." in "J. Smith"
const NUMBER_ORDINAL_RE = /^\d{1,4}\.$/;

/** Splits text into tokens with offsets. */
export function tokenize(text: string, lang: Lang): Token[] {
  const rules = rulesFor(lang);
  const tokens: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  const chunks: { s: string; start: number }[] = [];
  while ((m = re.exec(text))) chunks.push({ s: m[0], start: m.index });

  for (let c = 0; c < chunks.length; c++) {
    const { s, start } = chunks[c];
    const next = chunks[c + 1]?.s ?? "";
    // a chunk is a maximal run of non-space characters: only its last piece can have a space after it
    const spaceAtEnd = start + s.length < text.length;
    for (const [a, b] of splitChunk(s, next, rules)) {
      tokens.push({ i: tokens.length, text: s.slice(a, b), start: start + a, end: start + b, spaceAfter: b === s.length && spaceAtEnd, sent: 0 });
    }
  }
  mergeSpacedAbbreviations(text, tokens, rules);
  return tokens;
}

/** Splits one whitespace-free chunk into [start, end) pieces. */
function splitChunk(s: string, next: string, rules: TokenRules): [number, number][] {
  // common case: no punctuation at either end
  const last = s[s.length - 1];
  if (!LEADING.has(s[0]) && !TRAILING.has(last) && last !== ".") return splitInner(s, 0, s.length, rules);
  const out: [number, number][] = [];
  let a = 0, b = s.length;
  const lead: [number, number][] = [];
  const trail: [number, number][] = [];
  // leading punctuation
  while (a < b && LEADING.has(s[a]) && !(s[a] === "'" && /^'\d\d\b/.test(s.slice(a)))) { lead.push([a, a + 1]); a++; }
  // trailing punctuation, periods handled separately
  for (;;) {
    if (a >= b) break;
    const ch = s[b - 1];
    if (TRAILING.has(ch)) {
      // keep an apostrophe that belongs to the word (English possessive plural "protesters'")
      if ((ch === "'" || ch === "’") && b - 1 > a && hasLetter(s[b - 2]) && !lead.some(([x]) => s[x] === ch || (ch === "’" && s[x] === "‘"))) {
        if (b - a > 2 && /s$/i.test(s.slice(a, b - 1))) { trail.push([b - 1, b]); b--; continue; }
        break;
      }
      if (ch === "." ) break;
      trail.push([b - 1, b]); b--; continue;
    }
    if (ch === "." ) {
      const word = s.slice(a, b);
      if (keepsPeriod(word, next, rules)) break;
      // "..." ellipsis
      let e = b;
      while (e - 1 > a && s[e - 1] === ".") e--;
      if (b - e >= 3) { trail.push([e, b]); b = e; continue; }
      trail.push([b - 1, b]); b--; continue;
    }
    break;
  }
  // loops, not push(...spread): a run of 100,000 quote marks must not overflow the argument stack
  for (const piece of lead) out.push(piece);
  if (a < b) for (const piece of splitInner(s, a, b, rules)) out.push(piece);
  for (let i = trail.length - 1; i >= 0; i--) out.push(trail[i]!); // collected from the end backwards
  return out;
}

function keepsPeriod(word: string, next: string, rules: TokenRules): boolean {
  const bare = word.slice(0, -1);
  if (rules.abbreviations.has(bare)) return true;
  if (rules.spacedPadded.length) {
    const pair = " " + word + " " + next + " ", tail = " " + word;
    if (rules.spacedPadded.some(([both, lead]) => both.includes(pair) || lead.endsWith(tail))) return true;
  }
  if (INITIALS_RE.test(word)) return true;
  if (SINGLE_INITIAL_RE.test(word) && startsWithCapital(next)) return true;
  if (NUMBER_ORDINAL_RE.test(word)) {
    const n = next.replace(/^[„“"'(]+/, "").replace(/[.,;:!?)"“”]+$/, "");
    if (rules.ordinalFollowers.has(n)) return true;
    if (/^\d{4}$/.test(n) && /^\d{1,2}\.$/.test(word)) return false;
    if (startsLower(n) && rules.ordinalFollowers.size > 0) return true; // German "am 3. mal" / "der 2. große"
  }
  return false;
}

/** A piece of a split: final (rules null) or to be split again with these rules. */
type Piece = [number, number, TokenRules | null];

/** Splits the core of a chunk at inner punctuation that separates tokens (slashes between words, clitics, %),
 *  with a work stack, not recursion ("Berlin,Berlin,…" of any length). */
function splitInner(s: string, a: number, b: number, rules: TokenRules): [number, number][] {
  const out: [number, number][] = [];
  const stack: Piece[] = [[a, b, rules]];
  while (stack.length) {
    const [x, y, r] = stack.pop()!;
    if (!r) {
      out.push([x, y]);
      continue;
    }
    const parts = splitOnce(s, x, y, r);
    if (parts.length === 1 && parts[0]![2] === r) out.push([x, y]);
    else for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
  }
  return out;
}

/** One step of the split: "Tbilisi,Georgia" -> "Tbilisi" (again), "," (final), "Georgia" (again). */
function splitOnce(s: string, a: number, b: number, rules: TokenRules): Piece[] {
  const core = s.slice(a, b);
  if (rules.special && !rules.special.test(core)) return [[a, b, null]];
  if (URL_RE.test(core) || EMAIL_RE.test(core)) return [[a, b, null]];
  // percent / currency symbols glued to numbers
  let m = /^(\d[\d.,]*)(%|‰|€|\$|£)$/.exec(core);
  if (m) return [[a, a + m[1].length, null], [a + m[1].length, b, null]];
  m = /^(€|\$|£|US\$)(\d[\d.,]*)$/.exec(core);
  if (m) return [[a, a + m[1].length, null], [a + m[1].length, b, null]];
  // "21.September": an ordinal glued to a month name
  m = /^(\d{1,2}\.)(\p{L}+)$/u.exec(core);
  if (m && rules.ordinalFollowers.has(m[2])) return [[a, a + m[1].length, null], [a + m[1].length, b, null]];
  // comma between letters with the space missing: "Tbilisi,Georgia"
  const comma = core.search(/(?<=\p{L}),(?=\p{L})/u);
  if (comma > 0) return [[a, a + comma, rules], [a + comma, a + comma + 1, null], [a + comma + 1, b, rules]];
  // English clitics
  const coreLower = rules.clitics.length ? core.toLowerCase() : core;
  for (const cl of rules.clitics) {
    if (core.length > cl.length && coreLower.endsWith(cl.toLowerCase())) {
      const cut = b - cl.length;
      if (cl.startsWith("n") && cut - a < 1) continue;
      return [[a, cut, { ...rules, clitics: [], special: rules.special && SPECIAL_NO_CLITICS }], [cut, b, null]];
    }
  }
  // slash between letters: "dpa/Stand", "Bündnis90/Die" -> split
  const slash = core.indexOf("/");
  if (slash > 0 && slash < core.length - 1 && hasLetter(core[slash - 1]) && hasLetter(core[slash + 1])) {
    return [[a, a + slash, rules], [a + slash, a + slash + 1, null], [a + slash + 1, b, rules]];
  }
  // quotes glued inside: Wort„Zitat -> rare, keep simple: split at inner „ or “ when preceded by a letter
  const q = core.search(/[„“”"](?=\p{L})/u);
  if (q > 0) return [[a, a + q, null], [a + q, a + q + 1, null], [a + q + 1, b, rules]];
  // em / en dash glued between words
  const d = core.search(/[—–]/);
  if (d > 0 && d < core.length - 1 && !/\d[—–]\d/.test(core)) return [[a, a + d, null], [a + d, a + d + 1, null], [a + d + 1, b, rules]];
  return [[a, b, rules]];
}

/** Joins "z. B." style abbreviations written with spaces into one token. */
function mergeSpacedAbbreviations(text: string, tokens: Token[], rules: TokenRules): void {
  if (!rules.spacedAbbreviations.length) return;
  for (const abbr of rules.spacedAbbreviations) {
    const parts = abbr.split(" ");
    for (let k = 0; k + parts.length <= tokens.length; k++) {
      let ok = true;
      for (let j = 0; j < parts.length && ok; j++) ok = tokens[k + j].text === parts[j];
      if (!ok) continue;
      const first = tokens[k], last = tokens[k + parts.length - 1];
      tokens.splice(k, parts.length, { i: k, text: text.slice(first.start, last.end), start: first.start, end: last.end, spaceAfter: last.spaceAfter, sent: 0 });
    }
  }
  tokens.forEach((t, i) => (t.i = i));
}

const SPECIAL_NO_CLITICS = specialChars([])!;

const lowerCache = new WeakMap<Token[], string[]>();

/** The lower-cased text of every token, computed once per token array and shared by the extract components. */
export function lowerTexts(doc: Document): string[] {
  const tokens = doc.tokens;
  let low = lowerCache.get(tokens);
  if (!low || low.length !== tokens.length) {
    low = new Array<string>(tokens.length);
    for (let k = 0; k < tokens.length; k++) low[k] = tokens[k].text.toLowerCase();
    lowerCache.set(tokens, low);
  }
  return low;
}

/** Pipeline component: fills doc.tokens. */
export function tokenizeDocument(doc: Document): void {
  doc.tokens = withinTokenBudget(doc.text, tokenize(doc.text, doc.lang), doc.warnings);
}

/** Cuts tokens longer than BUDGETS.tokenChars into pieces that long (never inside a surrogate pair); warns once. */
function withinTokenBudget(text: string, tokens: Token[], warnings: string[]): Token[] {
  if (!tokens.some((t) => t.end - t.start > BUDGETS.tokenChars)) return tokens;
  const out: Token[] = [];
  let cut = 0;
  for (const t of tokens) {
    let start = t.start;
    while (t.end - start > BUDGETS.tokenChars) {
      const end = Math.max(start + 1, codePointBoundary(text, start + BUDGETS.tokenChars));
      out.push({ ...t, i: out.length, text: text.slice(start, end), start, end, spaceAfter: false });
      start = end;
      cut++;
    }
    out.push({ ...t, i: out.length, text: text.slice(start, t.end), start });
  }
  warnOnce(warnings, `${cut} cut(s) made inside runs of more than ${BUDGETS.tokenChars} characters without a space`);
  return out;
}
