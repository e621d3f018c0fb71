// Picks the catalogue of generated text for `policy.language` (SPEC §6); unknown languages get English.
import { de } from './de';
import { en, type Messages } from './en';
import { fr } from './fr';
import { nl } from './nl';

/** Every catalogue by primary language subtag; `missing-translation` compares each with English. */
export const CATALOGUES: Readonly<Record<string, Messages>> = { en, fr, nl, de };

/** The primary subtag of a language tag: "fr-BE" → "fr". */
export function primaryLanguage(language: string | undefined): string {
  return (language ?? '').trim().toLowerCase().split(/[-_]/)[0];
}

export function messages(language: string | undefined): Messages {
  const primary = primaryLanguage(language);
  // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
  return Object.hasOwn(CATALOGUES, primary) ? CATALOGUES[primary] : en;
}

export type { Messages };
export type { LocalTerm, TermTable, TermText } from './shared';
