// The generated text of the notice in each notice language (each language's notice.ts beside its descriptor), picked
// by `policy.language` (docs/language.md, "Output language"); unknown languages get English.
import type { Messages } from './en/notice';
import { primaryLanguage } from '.';

/**
 * Each catalogue is loaded when a notice first needs it, not when the server starts: a catalogue makes its number,
 * date and list formatters (Intl, which loads the locale's data) and its tables as it loads, and the server's first
 * problems need none of them (README, "Performance").
 */
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, see above */
const LOADERS: Readonly<Record<string, () => Messages>> = {
  en: () => (require('./en/notice') as typeof import('./en/notice')).en,
  fr: () => (require('./fr/notice') as typeof import('./fr/notice')).fr,
  nl: () => (require('./nl/notice') as typeof import('./nl/notice')).nl,
  de: () => (require('./de/notice') as typeof import('./de/notice')).de,
};
/* eslint-enable @typescript-eslint/no-require-imports */

const loaded = new Map<string, Messages>();
function load(tag: string): Messages {
  let catalogue = loaded.get(tag);
  if (!catalogue) loaded.set(tag, (catalogue = LOADERS[tag]()));
  return catalogue;
}

/** Every catalogue by language tag: one per descriptor of index.ts (a test checks both lists agree). */
export const CATALOGUES: Readonly<Record<string, Messages>> = Object.defineProperties(
  {},
  Object.fromEntries(Object.keys(LOADERS).map((tag) => [tag, { get: () => load(tag), enumerable: true }])),
);

export function messages(language: string | undefined): Messages {
  const primary = primaryLanguage(language);
  // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
  return Object.hasOwn(LOADERS, primary) ? load(primary) : load('en');
}

export type { Messages };
export type { LocalTerm, TermTable, TermText } from './noticeText';
