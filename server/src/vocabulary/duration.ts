// Durations of SPEC §5: "24 hours", "12 months", "1 year", or ISO 8601 ("P12M", "P7Y", "PT24H").

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Duration {
  parts: { amount: number; unit: DurationUnit }[];
}

/**
 * Unit words in the four notice languages (SPEC §5), lower-cased, singular and plural; German also in the dative
 * plural ("nach 10 Jahren"), which authors write after a preposition.
 */
const UNIT_WORDS: Record<DurationUnit, readonly string[]> = {
  hour: ['hour', 'hours', 'heure', 'heures', 'uur', 'uren', 'stunde', 'stunden'],
  day: ['day', 'days', 'jour', 'jours', 'dag', 'dagen', 'tag', 'tage', 'tagen'],
  week: ['week', 'weeks', 'semaine', 'semaines', 'weken', 'woche', 'wochen'],
  month: ['month', 'months', 'mois', 'maand', 'maanden', 'monat', 'monate', 'monaten'],
  year: ['year', 'years', 'an', 'ans', 'année', 'années', 'jaar', 'jaren', 'jahr', 'jahre', 'jahren'],
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
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/;

export function parseDuration(text: string): Duration | undefined {
  const trimmed = text.trim();
  const words = WORDS.exec(trimmed);
  if (words) {
    const unit = UNIT_OF.get(words[2].toLowerCase()) as DurationUnit;
    return { parts: [{ amount: Number(words[1].replace(',', '.')), unit }] };
  }
  const iso = ISO.exec(trimmed);
  if (iso && trimmed !== 'P' && trimmed !== 'PT') {
    const units: DurationUnit[] = ['year', 'month', 'week', 'day', 'hour'];
    const parts = units
      .map((unit, i) => ({ amount: iso[i + 1] === undefined ? NaN : Number(iso[i + 1]), unit }))
      .filter((p) => !Number.isNaN(p.amount));
    return parts.length > 0 ? { parts } : undefined;
  }
  return undefined;
}

const DAYS: Record<DurationUnit, number> = { hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25 };

/** A duration's length in days, for comparing periods (a month as 30.44 days). */
export function approximateDays(duration: Duration): number {
  return duration.parts.reduce((sum, { amount, unit }) => sum + amount * DAYS[unit], 0);
}

/** The most days a duration can last (a month as 31 days, a year as 366), to compare it with a legal limit. */
export function longestDays(duration: Duration): number {
  const DAYS: Record<DurationUnit, number> = { hour: 1 / 24, day: 1, week: 7, month: 31, year: 366 };
  return duration.parts.reduce((sum, p) => sum + p.amount * DAYS[p.unit], 0);
}

/** "P1Y6M" → "1 year and 6 months". */
export function formatDuration(duration: Duration): string {
  const words = duration.parts.map(({ amount, unit }) => `${amount} ${unit}${amount === 1 ? '' : 's'}`);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Phrases that give no period and no concrete event (SPEC §5, rule `vague-retention`), in English, French, Dutch and
 * German, whatever `policy.language` says: notices are often written in one language and generated in another.
 * Letters outside ASCII (é, ä) are matched with Unicode-aware boundaries.
 */
const W = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
const VAGUE = [
  // English
  W('as long as (?:is )?(?:necessary|needed|required|useful|appropriate)'),
  W('(?:no|not any) longer than (?:is )?(?:necessary|needed|required|strictly necessary)'),
  W('indefinitely|forever|unlimited'),
  W('a reasonable (?:period|time)'),
  W('for the (?:necessary|required) (?:period|time)'),
  W('(?:for )?the (?:period|time|duration) (?:strictly |that is )?(?:necessary|needed|required)'),
  W('(?:as long as|for as long as) (?:we|it) (?:need|needs|deem|consider)'),
  // French
  W(
    "aussi longtemps que (?:(?:cela |c[’']est |il est |)(?:strictement )?(?:nécessaire|requis|utile|besoin)|nous " +
      'en avons besoin)',
  ),
  W('(?:pas|jamais) plus longtemps que (?:le |)(?:strictement )?(?:nécessaire|requis)'),
  W('(?:pendant |pour )?(?:la durée|le temps|la période) (?:strictement )?(?:nécessaire|requise?)'),
  W('(?:pour une durée |)indéterminée|indéfiniment|sans limite(?: de durée)?|illimitée?'),
  W('(?:un|une) (?:délai|durée|période) raisonnable'),
  // Dutch
  W('zo ?lang (?:als )?(?:dat )?(?:strikt )?(?:nodig|noodzakelijk|vereist)(?: is)?'),
  W('niet langer dan (?:strikt )?(?:nodig|noodzakelijk|vereist)'),
  W('(?:voor |)onbepaalde (?:tijd|duur)|onbeperkt|voor altijd'),
  W('(?:een |)redelijke (?:termijn|periode|tijd)'),
  W('(?:de |)(?:nodige|noodzakelijke|vereiste) (?:termijn|periode|tijd|duur)'),
  // German
  W('so ?lange? (?:wie |als |)(?:dies |es |)(?:nötig|notwendig|erforderlich)(?: ist)?'),
  W('nicht länger als (?:unbedingt |)(?:nötig|notwendig|erforderlich)'),
  W('(?:auf |für |)unbestimmte Zeit|unbefristet|unbegrenzt|für immer'),
  W('(?:eine |einen |)angemessene[nr]? (?:Frist|Zeit|Dauer|Zeitraum)'),
  W('(?:für |)die (?:erforderliche|notwendige|nötige) (?:Dauer|Zeit|Frist)'),
];

export function isVagueRetentionText(text: string): boolean {
  return VAGUE.some((re) => re.test(text));
}

/** True when the text states a duration somewhere ("at most 2 years", "10 ans"), which makes it not vague. */
export function mentionsDuration(text: string): boolean {
  return (
    new RegExp(`(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)?\\s*(?:${UNIT_ALTERNATION})(?![\\p{L}])`, 'iu').test(text) ||
    /\bP(?:\d+[YMWD])+\b/.test(text)
  );
}

/** "2 yeers", "12 monhts": text shaped like a duration whose unit is not one (SPEC §5). */
export function looksLikeDuration(text: string): boolean {
  return /^\d+(?:[.,]\d+)?\s*\p{L}+\.?$/u.test(text.trim()) && !parseDuration(text);
}

/**
 * Words that hedge what the notice says (rule `hedge-words`, Art 12(1)), in the four notice languages. "May" the
 * month is told apart by the rule; Dutch "mogelijk" is left out because "zo snel mogelijk" (as soon as possible) is
 * not a hedge.
 */
export const HEDGE_WORDS = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    [
      'may',
      'might',
      'some',
      'often',
      'possibly',
      'peut',
      'peuvent',
      'pourrait',
      'pourraient',
      'peut-être',
      'certains',
      'certaines',
      'éventuellement',
      'parfois',
      'souvent',
      'kan',
      'kunnen',
      'zou',
      'zouden',
      'sommige',
      'eventueel',
      'soms',
      'vaak',
      'kann',
      'können',
      'könnte',
      'könnten',
      'einige',
      'eventuell',
      'möglicherweise',
      'gegebenenfalls',
      'manchmal',
      'oft',
    ]
      .sort((a, b) => b.length - a.length)
      .join('|') +
    ')(?![\\p{L}\\p{N}])',
  'giu',
);
