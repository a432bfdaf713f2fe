// Actor roles around a cue decide its type: "clashes" between protesters and police are a riot,
// between rebels and the army a battle; an attack on a military convoy is a battle; troops that
// march are no protest. The roles' words and each cue's rules are language data (src/lang/<code>/events.ts).
import type { EventType } from "../../schema/index.js";
import type { EventRoleRule } from "../../lang/types.js";
import { matchesAt } from "../../nlp/phrases.js";
import { candidates, type CueDef, type EventLexicon } from "./lexicon.js";

/** Whether a word of the role starts at one of the tokens from..to-1 ("Demonstranten", "security forces"). */
export function roleNamed(lex: EventLexicon, low: string[], role: string, from: number, to: number): boolean {
  const idx = lex.roles.get(role);
  if (!idx) return false;
  for (let k = Math.max(0, from); k < to; k++)
    for (const list of candidates(idx, low[k])) if (list.some((w) => matchesAt(low, k, w, true, to))) return true;
  return false;
}

const derived = new WeakMap<CueDef, Map<EventRoleRule, CueDef>>();

/** The cue as its rule retypes it, kept once per rule (groups compare cue types and groups). */
function retyped(def: CueDef, rule: EventRoleRule): CueDef {
  let m = derived.get(def);
  if (!m) derived.set(def, (m = new Map()));
  let d = m.get(rule);
  if (!d) m.set(rule, (d = { ...def, type: (rule.type ?? def.type) as EventType, subType: rule.subType ?? def.subType, weight: rule.weight ?? def.weight, byRole: [] }));
  return d;
}

/**
 * The cue at token `tok` after its role rules: the first rule whose role is named in the sentence
 * (within `after` tokens after the cue when given) retypes it; null when that rule drops it.
 */
export function cueByRole(lex: EventLexicon, low: string[], def: CueDef, tok: number, sentStart: number, sentEnd: number): CueDef | null {
  for (const rule of def.byRole) {
    const named = rule.after !== undefined || rule.before !== undefined
      ? (rule.after !== undefined && roleNamed(lex, low, rule.role, tok + 1, Math.min(sentEnd, tok + 1 + rule.after))) ||
        (rule.before !== undefined && roleNamed(lex, low, rule.role, Math.max(sentStart, tok - rule.before), tok))
      : roleNamed(lex, low, rule.role, sentStart, sentEnd);
    if (!named) continue;
    return rule.drop ? null : retyped(def, rule);
  }
  return def;
}
