// Countries by ISO 3166-1 alpha-2 code, and their names in the notice languages (from i18n-iso-countries). What a
// country is under a law (inside its territory, adequate, a third country) is the law's: laws/<law>/territory.ts.
// The package's Node entry registers every locale (700 KB); the plain index registers none, so only the
// languages of the notice are bundled (each descriptor brings its own locale data).
import countries from 'i18n-iso-countries/index';
import { findLanguage, LANGUAGES } from '../languages';

for (const language of LANGUAGES) countries.registerLocale(language.countryNames.data);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** A country's English name (messages, hover, completion, exports). */
export function countryName(code: string): string {
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}

/** A country's name in one of the notice languages; English for any other. */
export function localCountryName(code: string, language: string): string {
  const select = findLanguage(language)?.countryNames.select ?? 'official';
  return countries.getName(code, language, { select }) ?? countryName(code);
}

export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes()).sort();
}
