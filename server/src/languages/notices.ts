// The generated text of the notice in each notice language (each language's notice.ts beside its descriptor), picked
// by `policy.language` (docs/language.md, "Output language"); unknown languages get English.
import { de } from './de/notice';
import { en, type Messages } from './en/notice';
import { fr } from './fr/notice';
import { primaryLanguage } from '.';
import { nl } from './nl/notice';

/** Every catalogue by language tag: one per descriptor of index.ts (a test checks both lists agree). */
export const CATALOGUES: Readonly<Record<string, Messages>> = { en, fr, nl, de };

export function messages(language: string | undefined): Messages {
  const primary = primaryLanguage(language);
  // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
  return Object.hasOwn(CATALOGUES, primary) ? CATALOGUES[primary] : en;
}

export type { Messages };
export type { LocalTerm, TermTable, TermText } from './noticeText';
