// Durations (docs/language.md, "Retention"): "15 minutes", "24 hours", "12 months", "1 year", or ISO 8601 ("P12M",
// "P7Y", "PT24H", "PT15M").
import { allLanguages, LANGUAGES, type DurationUnit } from '../languages';

export type { DurationUnit };

export interface Duration {
  parts: { amount: number; unit: DurationUnit }[];
}

/** Unit words of every notice language (each languages/<tag>/language.ts), lower-cased. */
const UNIT_WORDS: Record<DurationUnit, readonly string[]> = {
  minute: allLanguages((l) => l.durationUnits.minute),
  hour: allLanguages((l) => l.durationUnits.hour),
  day: allLanguages((l) => l.durationUnits.day),
  week: allLanguages((l) => l.durationUnits.week),
  month: allLanguages((l) => l.durationUnits.month),
  year: allLanguages((l) => l.durationUnits.year),
};
const UNIT_OF: ReadonlyMap<string, DurationUnit> = new Map(
  (Object.entries(UNIT_WORDS) as [DurationUnit, readonly string[]][]).flatMap(([unit, words]) =>
    words.map((w) => [w, unit] as [string, DurationUnit]),
  ),
);
/** Every unit word, longest first so that "années" is tried before "an". */
const UNIT_ALTERNATION = [...UNIT_OF.keys()].sort((a, b) => b.length - a.length).join('|');
/** A number (decimal point or, in fr/nl/de, comma) and a unit word. */
const WORDS = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*(${UNIT_ALTERNATION})$`, 'iu');
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?)?$/;

/**
 * The durations this module reads, as one regular-expression source without flags, for tools that cannot be told
 * to ignore case (the JSON Schema's `pattern`, the TextMate grammar): every letter of a unit word is a class of its
 * two cases. Not anchored.
 */
export const DURATION_SOURCE = `\\d+(?:[.,]\\d+)?\\s*(?:${[...UNIT_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map(caseless)
  .join('|')})|P(?=\\d|T\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?)?`;

function caseless(word: string): string {
  return [...word]
    .map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`))
    .join('');
}

export function parseDuration(text: string): Duration | undefined {
  const trimmed = text.trim();
  const words = WORDS.exec(trimmed);
  if (words) {
    const unit = UNIT_OF.get(words[2].toLowerCase()) as DurationUnit;
    return { parts: [{ amount: Number(words[1].replace(',', '.')), unit }] };
  }
  const iso = ISO.exec(trimmed);
  if (iso && trimmed !== 'P') {
    const units: DurationUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute'];
    const parts = units
      .map((unit, i) => ({ amount: iso[i + 1] === undefined ? NaN : Number(iso[i + 1]), unit }))
      .filter((p) => !Number.isNaN(p.amount));
    return parts.length > 0 ? { parts } : undefined;
  }
  return undefined;
}

const DAYS: Record<DurationUnit, number> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30.44,
  year: 365.25,
};

/** A duration's length in days, for comparing periods (a month as 30.44 days). */
export function approximateDays(duration: Duration): number {
  return duration.parts.reduce((sum, { amount, unit }) => sum + amount * DAYS[unit], 0);
}

/** The most days a duration can last (a month as 31 days, a year as 366), to compare it with a legal limit. */
export function longestDays(duration: Duration): number {
  const DAYS: Record<DurationUnit, number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 31, year: 366 };
  return duration.parts.reduce((sum, p) => sum + p.amount * DAYS[p.unit], 0);
}

/** "P1Y6M" → "1 year and 6 months". */
export function formatDuration(duration: Duration): string {
  const words = duration.parts.map(({ amount, unit }) => `${amount} ${unit}${amount === 1 ? '' : 's'}`);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Phrases that give no period and no concrete event (rule `vague-retention`), in every notice language, whatever
 * `policy.language` says: notices are often written in one language and generated in another.
 * Letters outside ASCII (é, ä) are matched with Unicode-aware boundaries. One expression for all the phrases (one of
 * them matches where the expression does), made on first use: V8 compiles the case-insensitive Unicode classes of
 * each expression the first time it runs, and one expression per phrase cost the server's first analysis tens of
 * milliseconds.
 */
let vague: RegExp | undefined;

export function isVagueRetentionText(text: string): boolean {
  vague ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${LANGUAGES.flatMap((l) => l.vagueRetention.map((phrase) => `(?:${phrase})`)).join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return vague.test(text);
}

/** A number and a unit word, made on first use (as `vague`). */
let numberAndUnit: RegExp | undefined;

/** True when the text states a duration somewhere ("at most 2 years", "10 ans"), which makes it not vague. */
export function mentionsDuration(text: string): boolean {
  numberAndUnit ??= new RegExp(`(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)?\\s*(?:${UNIT_ALTERNATION})(?![\\p{L}])`, 'iu');
  return numberAndUnit.test(text) || /\bP(?=\d|T\d)(?:\d+[YMWD])*(?:T(?:\d+[HM])+)?\b/.test(text);
}

/** "2 yeers", "12 monhts": text shaped like a duration whose unit is not one (docs/language.md, "Retention"). */
export function looksLikeDuration(text: string): boolean {
  return /^\d+(?:[.,]\d+)?\s*\p{L}+\.?$/u.test(text.trim()) && !parseDuration(text);
}

/**
 * Words that hedge what the notice says (rule `hedge-words`, Art 12(1)), in every notice language. "May" the month is
 * told apart by the rule.
 */
export const HEDGE_WORDS = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    allLanguages((l) => l.hedgeWords)
      .sort((a, b) => b.length - a.length)
      .join('|') +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);
