// Shape of the per-language temporal resources (src/lang/<lang>/time.ts).

export type RuleKind =
  | "date" | "month" | "year" | "relunit" | "weekday" | "nightbefore" | "relday" | "reldayfuture" | "refday" | "dayphrase" | "pod" | "ordnight"
  | "set" | "decade" | "season" | "inunit" | "ago" | "vagueduration" | "ordduration" | "duration" | "time" | "present" | "past";

export interface TimeRule {
  kind: RuleKind;
  /** Regex source with placeholders ({DAY}, {MONTH}, {YEAR} ...) expanded by the tagger. */
  pattern: string;
  /** Match letter case exactly (month and weekday names then only match capitalised). */
  caseSensitive?: boolean;
}

export interface TimeLang {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  partsOfDay: Record<string, string>;
  relativeDays: Record<string, number>;
  relativeDaysCaseSensitive: Record<string, number>;
  dayPhrases: Record<string, [number, string]>;
  referenceDays: Record<string, number>;
  partOfDayPreps: string[];
  modifiers: Record<string, number>;
  seasons: Record<string, string>;
  units: Record<string, string>;
  vagueUnits: Record<string, string>;
  vagueCount: number;
  numbers: Record<string, number>;
  ordinals: Record<string, number>;
  vagueQuantities: string[];
  approximators: string[];
  presentWords: string[];
  pastPhrases: string[];
  yearPreps: string[];
  quantityWords: string[];
  /** Plural unit forms ("in den letzten Jahren" is vague, not a year). */
  pluralUnits: string[];
  yearBeforeLowercase: boolean;
  /** Lower-case words that may follow a year where nouns are lower case ("in 2019 the ..."). */
  yearFollowers: string[];
  ageFollowers: string[];
  agePreps: string[];
  anchorCues: string[];
  futureCues: string[];
  pastCues: string[];
  rules: TimeRule[];
  clock: string;
  timePreps: string[];
}
