// Annex 1 of the Swiss Data Protection Ordinance (DPO, SR 235.11): the States, territories and sectors whose
// protection the Federal Council has found adequate (Art 16(1) FADP, Art 8 DPO; docs/language.md, "Laws"). It is not
// the EU's list: Monaco is on it, Japan and the Republic of Korea are not; Canada is adequate for the private sector
// only, the United States for organisations certified under the Swiss–US Data Privacy Framework only. Entry texts
// verified against the official consolidation; that entries 1–43 were in the original 2022 list rests on a secondary
// source. Sources: NOTICE.md beside this file.
import type { AdequacyFinding } from '../law';

/** The consolidation read (Stand), and the date the list was last checked. */
export const ANNEX1_CONSOLIDATION = '2025-12-01';
export const ANNEX1_AS_OF = '2026-12-07';

export const ANNEX1_SOURCES: readonly string[] = [
  'https://fedlex.data.admin.ch/filestore/fedlex.data.admin.ch/eli/cc/2022/568/20251201/de/html/fedlex-data-admin-ch-eli-cc-2022-568-20251201-de-html.html',
  'https://fedlex.data.admin.ch/filestore/fedlex.data.admin.ch/eli/cc/2022/568/20251201/en/html/fedlex-data-admin-ch-eli-cc-2022-568-20251201-en-html.html',
  'https://www.fedlex.admin.ch/eli/cc/2022/568/20251201/de',
  'https://www.fedlex.admin.ch/eli/cc/2022/568/de',
  'https://www.bj.admin.ch/bj/de/home/staat/datenschutz/internationales/anerkennung-staaten.html',
];

/**
 * The act that lists entries 1–43: Annex 1 in force is the version the Ordinance of 14 August 2024 gave it as a whole
 * (its only amendment note). That these entries were already in the Ordinance of 31 August 2022 (AS 2022 568) rests on
 * a secondary source (steigerlegal.ch, 10 September 2022).
 */
const ANNEX1_IN_FORCE =
  'Annex 1 DPO (SR 235.11), as revised by the Ordinance of 14 August 2024 (AS 2024 435), in force 15 September 2024';

/** Listed in the EU's decisions but not in Annex 1 (checked: not in the 2025-12-01 consolidation). */
export const NOT_IN_ANNEX1: readonly string[] = ['JP', 'KR'];

export const ANNEX1: readonly AdequacyFinding[] = [
  {
    country: 'DE',
    name: 'Germany',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 1 DPO',
    verified: 'official',
  },
  {
    country: 'AD',
    name: 'Andorra',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 2 DPO',
    verified: 'official',
  },
  {
    country: 'AR',
    name: 'Argentina',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 3 DPO',
    verified: 'official',
  },
  {
    country: 'AT',
    name: 'Austria',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 4 DPO',
    verified: 'official',
  },
  {
    country: 'BE',
    name: 'Belgium',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 5 DPO',
    verified: 'official',
  },
  {
    country: 'BG',
    name: 'Bulgaria',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 6 DPO',
    verified: 'official',
  },
  {
    country: 'CA',
    name: 'Canada',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 7 DPO',
    scope: 'private sector only: where PIPEDA or a substantially similar provincial act applies (remark to entry 7)',
    verified: 'official',
  },
  {
    country: 'CY',
    name: 'Cyprus',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 8 DPO',
    verified: 'official',
  },
  {
    country: 'HR',
    name: 'Croatia',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 9 DPO',
    verified: 'official',
  },
  {
    country: 'DK',
    name: 'Denmark',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 10 DPO',
    verified: 'official',
  },
  {
    country: 'ES',
    name: 'Spain',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 11 DPO',
    verified: 'official',
  },
  {
    country: 'EE',
    name: 'Estonia',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 12 DPO',
    verified: 'official',
  },
  {
    country: 'FI',
    name: 'Finland',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 13 DPO',
    verified: 'official',
  },
  {
    country: 'FR',
    name: 'France',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 14 DPO',
    verified: 'official',
  },
  {
    country: 'GI',
    name: 'Gibraltar',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 15 DPO',
    verified: 'official',
  },
  {
    country: 'GR',
    name: 'Greece',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 16 DPO',
    verified: 'official',
  },
  {
    country: 'GG',
    name: 'Guernsey',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 17 DPO',
    verified: 'official',
  },
  {
    country: 'HU',
    name: 'Hungary',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 18 DPO',
    verified: 'official',
  },
  {
    country: 'IM',
    name: 'Isle of Man',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 19 DPO',
    verified: 'official',
  },
  {
    country: 'FO',
    name: 'Faroe Islands',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 20 DPO',
    verified: 'official',
  },
  {
    country: 'IE',
    name: 'Ireland',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 21 DPO',
    verified: 'official',
  },
  {
    country: 'IS',
    name: 'Iceland',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 22 DPO',
    verified: 'official',
  },
  {
    country: 'IL',
    name: 'Israel',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 23 DPO',
    verified: 'official',
  },
  {
    country: 'IT',
    name: 'Italy',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 24 DPO',
    verified: 'official',
  },
  {
    country: 'JE',
    name: 'Jersey',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 25 DPO',
    verified: 'official',
  },
  {
    country: 'LV',
    name: 'Latvia',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 26 DPO',
    verified: 'official',
  },
  {
    country: 'LI',
    name: 'Liechtenstein',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 27 DPO',
    verified: 'official',
  },
  {
    country: 'LT',
    name: 'Lithuania',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 28 DPO',
    verified: 'official',
  },
  {
    country: 'LU',
    name: 'Luxembourg',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 29 DPO',
    verified: 'official',
  },
  {
    country: 'MT',
    name: 'Malta',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 30 DPO',
    verified: 'official',
  },
  {
    country: 'MC',
    name: 'Monaco',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 31 DPO',
    verified: 'official',
  },
  {
    country: 'NO',
    name: 'Norway',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 32 DPO',
    verified: 'official',
  },
  {
    country: 'NZ',
    name: 'New Zealand',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 33 DPO',
    verified: 'official',
  },
  {
    country: 'NL',
    name: 'Netherlands',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 34 DPO',
    verified: 'official',
  },
  {
    country: 'PL',
    name: 'Poland',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 35 DPO',
    verified: 'official',
  },
  {
    country: 'PT',
    name: 'Portugal',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 36 DPO',
    verified: 'official',
  },
  {
    country: 'CZ',
    name: 'Czech Republic',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 37 DPO',
    verified: 'official',
  },
  {
    country: 'RO',
    name: 'Romania',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 38 DPO',
    verified: 'official',
  },
  {
    country: 'GB',
    name: 'United Kingdom',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 39 DPO',
    verified: 'official',
  },
  {
    country: 'SK',
    name: 'Slovakia',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 40 DPO',
    verified: 'official',
  },
  {
    country: 'SI',
    name: 'Slovenia',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 41 DPO',
    verified: 'official',
  },
  {
    country: 'SE',
    name: 'Sweden',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 42 DPO',
    verified: 'official',
  },
  {
    country: 'UY',
    name: 'Uruguay',
    decision: ANNEX1_IN_FORCE,
    reference: 'Annex 1 no. 43 DPO',
    verified: 'official',
  },
  {
    country: 'US',
    name: 'United States',
    decision: 'Annex 1 DPO as revised by the Ordinance of 14 August 2024 (AS 2024 435), in force 15 September 2024',
    reference: 'Annex 1 no. 44 DPO',
    scope: 'only organisations certified under the Swiss–US Data Privacy Framework (remark to entry 44)',
    verified: 'official',
  },
];
