// Persons and organisations a claim's source can refer back to: read from the entity layer when it has run, else
// found from titles and capitalised runs ("Ministerin Anna Beispiel", "das Innenministerium"), with full names for
// surnames and the gender titles imply; speakers of claims join them as they are found.
import type { ClaimContext, Mention } from "./context.js";

/** Persons and organisations of the entity layer, with the tokens they cover. */
export function readEntities(context: ClaimContext): void {
  const { doc } = context;
  const entities = doc.results.entities ?? [];
  for (const span of doc.layer<{ type?: string; entity?: unknown }>("entity")) {
    const type = String(span.attrs?.type ?? "");
    if (type !== "person" && type !== "organization") continue;
    const name = entityName(context, span.attrs?.entity, doc.text.slice(span.start, span.end));
    const first = doc.tokenIndexAt(span.start);
    if (first < 0) continue;
    for (let token = first; token < context.tokens.length && context.tokens[token].start < span.end; token++) context.entityAt.set(token, { type, name });
    const mention: Mention = { position: first, name, titles: [] };
    if (type === "person") context.persons.push(mention);
    else context.organizations.push(mention);
  }
}

/** The name of an entity span's reference: an index into the entities, an id or name, or an object with a name. */
function entityName(context: ClaimContext, reference: unknown, spanText: string): string {
  const entities = context.doc.results.entities ?? [];
  if (typeof reference === "number" && entities[reference]) return entities[reference].name;
  if (typeof reference === "string") return entities.find((entity) => entity.id === reference || entity.name === reference)?.name ?? reference;
  if (reference && typeof reference === "object" && "name" in (reference as object)) return String((reference as { name: unknown }).name);
  return spanText;
}

/** Person and organisation mentions from titles and capitalised runs, and full names for surnames. */
export function findMentions(context: ClaimContext): void {
  const { tokens, lexicon } = context;
  for (let start = 0; start < tokens.length; start++) {
    if (!context.isCapitalized(start) || lexicon.determiners.has(context.lower[start])) continue;
    const end = capitalizedRunEnd(context, start);
    if (end === start) continue;
    mentionOfRun(context, start, end);
    start = end - 1;
  }
  context.persons.sort((first, second) => first.position - second.position);
  for (const person of context.persons) {
    if (!person.gender) continue;
    context.genderByName.set(person.name, person.gender);
    const last = person.name.split(" ").pop();
    if (last) context.genderByName.set(last, person.gender);
  }
  context.organizations.sort((first, second) => first.position - second.position);
}

/** The end of a run of capitalised words inside one sentence, stopping at determiners and prepositions. */
function capitalizedRunEnd(context: ClaimContext, start: number): number {
  const { tokens, lexicon } = context;
  let end = start;
  while (end < tokens.length && context.isCapitalized(end) && !lexicon.determiners.has(context.lower[end]) &&
    !lexicon.prepositions.has(context.lower[end]) && tokens[end].sent === tokens[start].sent) end++;
  return end;
}

/** Records what a capitalised run [start, end) names: a titled person, a likely name, an organisation, a full name. */
function mentionOfRun(context: ClaimContext, start: number, end: number): void {
  const titles: string[] = [];
  let nameStart = start;
  while (nameStart < end && context.isTitle(nameStart)) titles.push(context.tokenText(nameStart++));
  const opensSentence = context.sentenceOf(start).tokenStart === start;
  const nameLength = end - nameStart;
  const organizationHead = (token: number) => context.lexicon.organizationHeads.some((head) => context.lower[token].endsWith(head));
  if (titles.length && nameLength >= 1) {
    const name = context.spanText(nameStart, end);
    context.persons.push({ position: start, name: expandName(context, name), titles, gender: genderOf(context, titles) });
    if (nameLength >= 2) context.fullNames.set(context.tokenText(end - 1), name);
  } else if (nameLength >= 2 && opensSentence && nameLength <= 4 && !organizationHead(end - 1)) {
    // "Pfarrerin Maria Lenz stand ...": the last two words are a likely name
    context.persons.push({ position: start, name: context.spanText(end - 2, end), titles });
  } else if (nameLength >= 2 && (!opensSentence || titles.length)) {
    const name = context.spanText(nameStart, end);
    if (organizationHead(end - 1)) context.organizations.push({ position: start, name, titles });
    else if (nameLength <= 3 && !context.fullNames.has(context.tokenText(end - 1))) context.fullNames.set(context.tokenText(end - 1), name);
  } else if (nameLength === 1 && organizationHead(nameStart)) {
    context.organizations.push({ position: start, name: context.tokenText(nameStart), titles });
  }
}

/** A one-word organisation name as the longer name seen before it ("Ministerium" -> "Georgisches Ministerium"). */
export function expandOrganization(context: ClaimContext, name: string, position: number): string {
  if (name.includes(" ")) return name;
  for (let index = context.organizations.length - 1; index >= 0; index--) {
    const organization = context.organizations[index];
    if (organization.position < position && organization.name.includes(" ") && organization.name.split(" ").pop() === name) return organization.name;
  }
  return name;
}

/** Gender implied by titles ("Ministerin" f, "Minister" m, "Mr" m), when the language marks it. */
export function genderOf(context: ClaimContext, titles: string[]): "m" | "f" | undefined {
  const { lexicon } = context;
  for (const title of titles) {
    const word = title.toLowerCase().replace(/\.$/u, "");
    if (lexicon.neutralTitles.has(word)) continue;
    if (lexicon.femaleTitles.has(word)) return "f";
    if (lexicon.maleTitles.has(word)) return "m";
    if (lexicon.femaleTitleEnding && word.endsWith(lexicon.femaleTitleEnding)) return "f";
    if (lexicon.otherTitlesMale) return "m";
  }
  return undefined;
}

/** A single name as the full name seen before ("Keller" -> "Thomas Keller"). */
function expandName(context: ClaimContext, name: string): string {
  if (name.includes(" ")) return name;
  return context.fullNames.get(name) ?? name;
}

/** `token` is (the end of) a person's name: from the entity layer or a known full name. */
export function isPersonName(context: ClaimContext, token: number): boolean {
  const entity = context.entityAt.get(token);
  if (entity) return entity.type === "person";
  const word = context.tokenText(token);
  return context.fullNames.has(word) || context.persons.some((person) => person.name === word || person.name.endsWith(" " + word));
}

/** The last mention before a token, in a list sorted by position. */
export function lastBefore(list: Mention[], position: number): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of list) {
    if (mention.position >= position) break;
    best = mention;
  }
  return best;
}

/** A person who made a claim becomes a mention later pronouns can refer to ("..., sagte Keller. Er ..."). */
export function registerSpeaker(context: ClaimContext, source: string | null, person: boolean, position: number): void {
  if (!source || !person) return;
  const mention: Mention = { position, name: source, titles: [] };
  let token = context.persons.length;
  while (token > 0 && context.persons[token - 1].position > position) token--;
  context.persons.splice(token, 0, mention);
}
