// Durations of SPEC §5: "24 hours", "12 months", "1 year", or ISO 8601 ("P12M", "P7Y", "PT24H").

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Duration {
  parts: { amount: number; unit: DurationUnit }[];
}

const WORDS = /^(\d+(?:\.\d+)?)\s*(hours?|days?|weeks?|months?|years?)$/i;
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/;

export function parseDuration(text: string): Duration | undefined {
  const trimmed = text.trim();
  const words = WORDS.exec(trimmed);
  if (words) {
    const unit = words[2].toLowerCase().replace(/s$/, '') as DurationUnit;
    return { parts: [{ amount: Number(words[1]), unit }] };
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

/** "P1Y6M" → "1 year and 6 months". */
export function formatDuration(duration: Duration): string {
  const words = duration.parts.map(({ amount, unit }) => `${amount} ${unit}${amount === 1 ? '' : 's'}`);
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Phrases that give no period and no concrete event (SPEC §5, rule `vague-retention`). */
const VAGUE = [
  /\bas long as (?:is )?(?:necessary|needed|required|useful|appropriate)\b/i,
  /\b(?:no|not any) longer than (?:is )?(?:necessary|needed|required|strictly necessary)\b/i,
  /\bindefinitely\b/i,
  /\bforever\b/i,
  /\bunlimited\b/i,
  /\ba reasonable (?:period|time)\b/i,
  /\bfor the (?:necessary|required) (?:period|time)\b/i,
  /\b(?:for )?the (?:period|time|duration) (?:strictly |that is )?(?:necessary|needed|required)\b/i,
  /\b(?:as long as|for as long as) (?:we|it) (?:need|needs|deem|consider)\b/i,
];

export function isVagueRetentionText(text: string): boolean {
  return VAGUE.some((re) => re.test(text));
}

/** True when the text states a duration somewhere ("at most 2 years"), which makes it not vague. */
export function mentionsDuration(text: string): boolean {
  return /\b\d+(?:\.\d+)?\s*(?:hours?|days?|weeks?|months?|years?)\b/i.test(text) || /\bP(?:\d+[YMWD])+\b/.test(text);
}

/** "2 yeers", "12 monhts": text shaped like a duration whose unit is not one (SPEC §5). */
export function looksLikeDuration(text: string): boolean {
  return /^\d+(?:\.\d+)?\s*[A-Za-z]+\.?$/.test(text.trim()) && !parseDuration(text);
}
