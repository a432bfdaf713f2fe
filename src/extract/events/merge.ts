// Incidents that are one: a generic report beside a specific one, counted arrests of a protest, a protest that became a riot.
import { placesAgree, type Group } from "./incidents.js";

/** One incident takes in another's mentions (a protest that turned into a riot); weights are recounted by the caller's rule. */
export function absorb(into: Group, from: Group): void {
  into.mentions.push(...from.mentions);
  into.mentions.sort((a, b) => a.sent - b.sent || a.tok - b.tok);
  into.day ??= from.day;
  into.place ??= from.place;
}

/**
 * An incident told only by generic reports ("Attack kills 32 civilians") beside a specific one of the
 * same country and day ("a barrage of suicide drones ... shelling") is that incident.
 */
export function mergeGenericReports(groups: Map<string, Group>): void {
  for (const g of [...groups.values()]) {
    if (!g.mentions.every((m) => m.def.yieldsTo?.size)) continue;
    const into = [...groups.values()].find((x) => x !== g && g.mentions[0].def.yieldsTo!.has(x.def.type) && x.country === g.country && x.background === g.background && (!x.day || !g.day || x.day === g.day) && placesAgree(x.place, g.place));
    if (!into) continue;
    absorb(into, g);
    into.weight += g.weight;
    groups.delete(g.key);
  }
}

/** Counted arrests in an article about protests or riots are part of them ("66 Demonstranten festgenommen"); else an event. */
export function dropProtestArrests(groups: Map<string, Group>): void {
  const crowd = [...groups.values()].some((g) => g.def.type === "Protests" || g.def.type === "Riots");
  if (!crowd) return;
  for (const g of [...groups.values()]) {
    const kept = g.mentions.filter((m) => !m.counted);
    if (kept.length === g.mentions.length) continue;
    if (!kept.length) { groups.delete(g.key); continue; }
    g.mentions = kept;
    g.weight = kept.reduce((a, m) => a + m.def.weight, 0);
  }
}
