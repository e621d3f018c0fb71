// Completion and hover details of the v1.3 forms (docs/language.md) that the schema alone cannot give: which
// vocabulary values a law of the notice offers, the ages of `minimum_age`, and what a month date means.
import { countryName } from '../vocabulary/countries';
import { findTerm, VOCABULARIES, type Term, type VocabularyName } from '../vocabulary/terms';
import type { Law } from '../laws';
import type { Analysis } from '../core/analysis';
import type { PathSegment } from './cursor';

/** The laws a document serves: those the analysis chose, and every key written under `laws`. */
export function documentLaws(analysis: Pick<Analysis, 'laws' | 'model'>): ReadonlySet<string> {
  return new Set([...analysis.laws.map((l) => l.id), ...analysis.model.lawIds.map((l) => l.value)]);
}

/** The law a path is under: `mechanism: { uk-gdpr: … }` or `laws: { uk-gdpr: … }`; undefined elsewhere. */
export function lawAt(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i > 0; i--) {
    const segment = path[i];
    if (
      typeof segment === 'string' &&
      (path[i - 1] === 'mechanism' || path[i - 1] === 'laws') &&
      findTerm('law', segment)
    )
      return segment;
  }
  return undefined;
}

/**
 * The values to offer: never one that is never valid (an annulled mechanism), and a value that exists under some
 * laws only (the UK and Swiss mechanisms, recognised legitimate interests) only where one of them applies.
 */
export function offeredTerms(vocabulary: VocabularyName, laws: ReadonlySet<string>): Term[] {
  return VOCABULARIES[vocabulary].filter((t) => !t.invalid && (!t.laws || t.laws.some((l) => laws.has(l))));
}

const lawLabel = (id: string) => findTerm('law', id)?.label ?? id;

/**
 * A line for hover on a value that exists under some laws only (its meaning says which), given under another law's
 * key: `mechanism: { eu-gdpr: uk-idta }`.
 */
export function lawNote(term: Term, keyLaw: string | undefined): string | undefined {
  if (!term.laws || !keyLaw || term.laws.includes(keyLaw)) return undefined;
  return `Given here for ${lawLabel(keyLaw)}, but it exists only under ${term.laws.map(lawLabel).join(' and ')}.`;
}

export interface AgeChoice {
  age: number;
  why: string;
}

/** The ages worth offering for `minimum_age`: the controller's country's age of digital consent first (Art 8(1)). */
export function ageChoices(law: Law, country: string | undefined): AgeChoice[] {
  const national = law.digitalConsent.age(country);
  const choices: AgeChoice[] = [];
  if (country && national !== undefined)
    choices.push({
      age: national,
      why: `The age of digital consent in ${countryName(country)} (Art 8(1); as of ${law.digitalConsent.asOf})`,
    });
  choices.push(
    { age: law.digitalConsent.defaultAge, why: 'The age of digital consent where national law sets no lower one' },
    { age: 13, why: 'The lowest age of digital consent a Member State may set (Art 8(1))' },
    { age: 18, why: 'Adults only' },
  );
  return choices.filter((c, i) => choices.findIndex((d) => d.age === c.age) === i);
}

/** Hover on the `minimum_age` value. */
export function describeAge(age: number, law: Law, country: string | undefined): string {
  const national = law.digitalConsent.age(country);
  const consent =
    country && national !== undefined
      ? `The age of digital consent in ${countryName(country)} is ${national} (Art 8(1); as of ${law.digitalConsent.asOf})` +
        (national > age
          ? `: between ${age} and ${national - 1}, a parent gives or authorises consent to an online service offered to a child.`
          : '.')
      : `Art 8(1): below the age of digital consent (${law.digitalConsent.defaultAge}, or lower where national law says so), a parent gives or authorises consent to an online service offered to a child.`;
  return `**${age} years** — the services are not meant for people under ${age}.\n\n${consent}`;
}

// Made on first use: an Intl formatter costs the server's start milliseconds (README, "Performance").
let months: Intl.DateTimeFormat | undefined;
let days: Intl.DateTimeFormat | undefined;
const MONTHS = {
  format: (date: Date) =>
    (months ??= new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(date),
};
const DAYS = {
  format: (date: Date) =>
    (days ??= new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    })).format(date),
};

/** Hover on a date: a month is read as its first day (which text of a law applies is decided by it). */
export function describeDate(text: string): string | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const first = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return (
      `**${MONTHS.format(first)}** — a month, read as its first day (${DAYS.format(first)}): the provisions in ` +
      `force on that day apply.`
    );
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!day) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(text) ? undefined : `**${DAYS.format(date)}**`;
}
