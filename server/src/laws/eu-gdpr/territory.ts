// The territory of the EU GDPR and what a destination outside it is (docs/language.md, "Transfers"): the EEA,
// countries with an adequacy decision (adequacy.ts, with references and its as-of date), the United States for
// certified organisations only, and third countries.
import { message, type Message } from '../../languages/language';
import { ADEQUACY_AS_OF, ADEQUACY_BY_COUNTRY, citeDecision, describeDecision, DPF_DECISION } from './adequacy';
import type { TransferStatus } from '../law';

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

export function transferStatus(code: string): TransferStatus {
  if (EEA.has(code)) return 'eea';
  if (ADEQUACY.has(code)) return 'adequacy';
  if (code === DPF_COUNTRY) return 'dpf';
  return 'third-country';
}

export function describeTransferStatus(code: string): Message {
  switch (transferStatus(code)) {
    case 'eea':
      return message('In the EEA: no transfer safeguard is needed.');
    case 'adequacy':
      return message(
        'Adequacy decision (Art 45): {0} (list as of {1}). Use mechanism `adequacy`.',
        describeDecision(ADEQUACY_BY_COUNTRY.get(code)!),
        ADEQUACY_AS_OF,
      );
    case 'dpf':
      return message(
        'Third country. Only organisations certified under the EU–US Data Privacy Framework, for the data ' +
          "their certification covers, are covered by an adequacy decision (`dpf`, {0}); check the Framework's " +
          'list. Otherwise a safeguard of Art 46–47 (e.g. `scc`) or a derogation of Art 49 is needed.',
        citeDecision(DPF_DECISION),
      );
    case 'third-country':
      return message(
        'Third country without an adequacy decision: a transfer needs a safeguard of Art 46–47 (e.g. `scc`) ' +
          'or a derogation of Art 49.',
      );
  }
}
