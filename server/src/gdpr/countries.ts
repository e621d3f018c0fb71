// Country facts for international transfers (SPEC §4.3). ISO codes and names come from i18n-iso-countries;
// the EEA and adequacy lists are legal facts kept here, with the date they were last checked.
// The package's Node entry registers every locale (700 KB); the plain index registers none, so only the
// languages of the notice (SPEC §6) are bundled.
import countries from 'i18n-iso-countries/index';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import nl from 'i18n-iso-countries/langs/nl.json';

for (const locale of [en, fr, nl, de]) countries.registerLocale(locale);

/** EU-27 plus Iceland, Liechtenstein and Norway. */
export const EEA: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

/** Countries with a European Commission adequacy decision (Art 45), as of the date below. */
export const ADEQUACY_AS_OF = '2025-01-15';
export const ADEQUACY: ReadonlyMap<string, string> = new Map([
  ['AD', 'Andorra'],
  ['AR', 'Argentina'],
  ['CA', 'Canada (commercial organisations subject to PIPEDA)'],
  ['CH', 'Switzerland'],
  ['FO', 'Faroe Islands'],
  ['GB', 'United Kingdom'],
  ['GG', 'Guernsey'],
  ['IL', 'Israel'],
  ['IM', 'Isle of Man'],
  ['JE', 'Jersey'],
  ['JP', 'Japan'],
  ['KR', 'Republic of Korea'],
  ['NZ', 'New Zealand'],
  ['UY', 'Uruguay'],
]);

/** The only country for which the `dpf` mechanism applies. */
export const DPF_COUNTRY = 'US';

export type TransferStatus = 'eea' | 'adequacy' | 'dpf' | 'third-country';

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/**
 * Dutch "official" names are the full names of states ("Koninkrijk België", "Zwitserse Bondsstaat"), where the
 * other languages give the usual ones; a notice names countries the usual way ("België", "Zwitserland").
 */
const USUAL_NAME_IS_ALIAS: ReadonlySet<string> = new Set(['nl']);

/** A country's English name (messages, hover, completion, exports). */
export function countryName(code: string): string {
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}

/** A country's name in one of the notice languages (`en`, `fr`, `nl`, `de`); English for any other. */
export function localCountryName(code: string, language: string): string {
  const select = USUAL_NAME_IS_ALIAS.has(language) ? 'alias' : 'official';
  return countries.getName(code, language, { select }) ?? countryName(code);
}

export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes()).sort();
}

export function transferStatus(code: string): TransferStatus {
  if (EEA.has(code)) return 'eea';
  if (ADEQUACY.has(code)) return 'adequacy';
  if (code === DPF_COUNTRY) return 'dpf';
  return 'third-country';
}

export function describeTransferStatus(code: string): string {
  switch (transferStatus(code)) {
    case 'eea':
      return 'In the EEA: no transfer safeguard is needed.';
    case 'adequacy':
      return `Adequacy decision (Art 45), as of ${ADEQUACY_AS_OF}: ${ADEQUACY.get(code)}. Use mechanism \`adequacy\`.`;
    case 'dpf':
      return 'Third country. Only recipients certified under the EU–US Data Privacy Framework are covered by an adequacy decision (`dpf`); otherwise use e.g. `scc` (Art 46).';
    case 'third-country':
      return 'Third country without an adequacy decision: a transfer needs a safeguard of Art 46–47 (e.g. `scc`) or a derogation of Art 49.';
  }
}
