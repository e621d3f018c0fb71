// Country facts for international transfers (SPEC §4.3). ISO codes and names come from i18n-iso-countries;
// the EEA is a legal fact kept here; adequacy decisions are in adequacy.ts, with their references and as-of date.
// The package's Node entry registers every locale (700 KB); the plain index registers none, so only the
// languages of the notice (SPEC §6) are bundled.
import countries from 'i18n-iso-countries/index';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import { ADEQUACY_AS_OF, ADEQUACY_BY_COUNTRY, describeDecision, DPF_DECISION } from '../laws/eu-gdpr/adequacy';

for (const locale of [en, fr, nl, de]) countries.registerLocale(locale);

/**
 * EU-27 plus Iceland, Liechtenstein and Norway, and the parts of member states that have ISO codes of their own and
 * are part of the EU (Art 355(1) and (3)–(4) TFEU: Åland, the French outermost regions, Saint-Martin). Overseas
 * countries and territories (Art 355(2) TFEU, e.g. Greenland, New Caledonia) are third countries.
 */
export const EEA: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
  'AX',
  'GF',
  'GP',
  'MQ',
  'RE',
  'YT',
  'MF',
]);

export { ADEQUACY_AS_OF };
/** Countries with an adequacy decision that `adequacy` covers (the US only through `dpf`): name and any limit. */
export const ADEQUACY: ReadonlyMap<string, string> = new Map(
  [...ADEQUACY_BY_COUNTRY].map(([code, d]) => [code, d.scope ? `${d.name} (${d.scope})` : d.name]),
);

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
      return (
        `Adequacy decision (Art 45): ${describeDecision(ADEQUACY_BY_COUNTRY.get(code)!)} (list as of ${ADEQUACY_AS_OF}). ` +
        `Use mechanism \`adequacy\`.`
      );
    case 'dpf':
      return (
        `Third country. Only recipients certified under the EU–US Data Privacy Framework are covered by an ` +
        `adequacy decision (\`dpf\`, ${DPF_DECISION.decision.replace(/ \([^()]*\)$/, '')}); otherwise use ` +
        `e.g. \`scc\` (Art 46).`
      );
    case 'third-country':
      return (
        'Third country without an adequacy decision: a transfer needs a safeguard of Art 46–47 (e.g. `scc`) ' +
        'or a derogation of Art 49.'
      );
  }
}
