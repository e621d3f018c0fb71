// Completion and hover details of the v1.3 forms (docs/language.md) that the schema alone cannot give: which
// vocabulary values a law of the notice offers, the ages of `minimum_age`, and what a month date means.
import { findLanguage } from '../languages';
import type { InterfaceText } from '../languages/interface';
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

/**
 * A line for hover on a value that exists under some laws only (its meaning says which), given under another law's
 * key: `mechanism: { eu-gdpr: uk-idta }`.
 */
export function lawNote(
  vocabulary: VocabularyName,
  id: string,
  keyLaw: string | undefined,
  ui: InterfaceText,
): string | undefined {
  const term = findTerm(vocabulary, id);
  if (!term?.laws || !keyLaw || term.laws.includes(keyLaw)) return undefined;
  const lawLabel = (law: string) => ui.term('law', law)?.label ?? law;
  return ui.t('Given here for {0}, but it exists only under {1}.', lawLabel(keyLaw), ui.list(term.laws.map(lawLabel)));
}

export interface AgeChoice {
  age: number;
  why: string;
}

/** The ages worth offering for `minimum_age`: the controller's country's age of digital consent first (Art 8(1)). */
export function ageChoices(law: Law, country: string | undefined, ui: InterfaceText): AgeChoice[] {
  const national = law.digitalConsent.age(country);
  const choices: AgeChoice[] = [];
  if (country && national !== undefined)
    choices.push({
      age: national,
      why: ui.t(
        'The age of digital consent in {0} ({1}; as of {2})',
        ui.country(country),
        ui.cite('Art 8(1)'),
        law.digitalConsent.asOf,
      ),
    });
  choices.push(
    {
      age: law.digitalConsent.defaultAge,
      why: ui.t('The age of digital consent where national law sets no lower one'),
    },
    { age: 13, why: ui.t('The lowest age of digital consent a Member State may set ({0})', ui.cite('Art 8(1)')) },
    { age: 18, why: ui.t('Adults only') },
  );
  return choices.filter((c, i) => choices.findIndex((d) => d.age === c.age) === i);
}

/** Hover on the `minimum_age` value. */
export function describeAge(age: number, law: Law, country: string | undefined, ui: InterfaceText): string {
  const national = law.digitalConsent.age(country);
  const article = ui.cite('Art 8(1)');
  const consent =
    country && national !== undefined
      ? national > age
        ? ui.t(
            'The age of digital consent in {0} is {1} ({2}; as of {3}): between {4} and {5}, a parent gives or ' +
              'authorises consent to an online service offered to a child.',
            ui.country(country),
            national,
            article,
            law.digitalConsent.asOf,
            age,
            national - 1,
          )
        : ui.t(
            'The age of digital consent in {0} is {1} ({2}; as of {3}).',
            ui.country(country),
            national,
            article,
            law.digitalConsent.asOf,
          )
      : ui.t(
          '{0}: below the age of digital consent ({1}, or lower where national law says so), a parent gives or ' +
            'authorises consent to an online service offered to a child.',
          article,
          law.digitalConsent.defaultAge,
        );
  return `${ui.t('**{0} years** — the services are not meant for people under {0}.', age)}\n\n${consent}`;
}

const locale = (ui: InterfaceText) => (ui.language === 'en' ? 'en-GB' : findLanguage(ui.language)!.locale);
// Made on first use, once per language: an Intl formatter costs the server's start milliseconds (README,
// "Performance").
const formatters = new Map<string, { months: Intl.DateTimeFormat; days: Intl.DateTimeFormat }>();
function formattersFor(ui: InterfaceText) {
  let made = formatters.get(ui.language);
  if (!made) {
    const tag = locale(ui);
    made = {
      months: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      days: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    formatters.set(ui.language, made);
  }
  return made;
}
const months = (ui: InterfaceText) => formattersFor(ui).months;
const days = (ui: InterfaceText) => formattersFor(ui).days;

/** Hover on a date: a month is read as its first day (which text of a law applies is decided by it). */
export function describeDate(text: string, ui: InterfaceText): string | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const first = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return ui.t(
      '**{0}** — a month, read as its first day ({1}): the provisions in force on that day apply.',
      months(ui).format(first),
      days(ui).format(first),
    );
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!day) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || !date.toISOString().startsWith(text)
    ? undefined
    : `**${days(ui).format(date)}**`;
}
