import type { AdequacyFinding } from '../law';

// Adequacy decisions of the European Commission (Art 45(3); older ones under Art 25(6) of Directive 95/46/EC stay in
// force, Art 45(9)). One entry per country or international organisation, each with its decision; an entry is added
// only with its reference (docs/language.md, "mechanism"). Sources: the decisions on EUR-Lex (CELEX numbers below) and the Commission's
// list "Adequacy decisions" (commission.europa.eu), checked on the date of ADEQUACY_AS_OF.

/** A Commission decision, with its EUR-Lex CELEX number. */
export interface AdequacyDecision extends AdequacyFinding {
  /** EUR-Lex CELEX number of the decision. */
  celex?: string;
}

/** The date the list was last checked against the Commission's list and EUR-Lex. */
export const ADEQUACY_AS_OF = '2025-12-19';

export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  {
    country: 'AD',
    name: 'Andorra',
    decision: 'Commission Decision 2010/625/EU of 19 October 2010',
    celex: '32010D0625',
  },
  {
    country: 'AR',
    name: 'Argentina',
    decision: 'Commission Decision 2003/490/EC of 30 June 2003',
    celex: '32003D0490',
  },
  {
    country: 'CA',
    name: 'Canada',
    decision: 'Commission Decision 2002/2/EC of 20 December 2001',
    celex: '32002D0002',
    scope:
      'only recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA), ' +
      'i.e. organisations processing personal data in the course of commercial activities',
  },
  {
    country: 'CH',
    name: 'Switzerland',
    decision: 'Commission Decision 2000/518/EC of 26 July 2000',
    celex: '32000D0518',
  },
  {
    country: 'FO',
    name: 'Faroe Islands',
    decision: 'Commission Decision 2010/146/EU of 5 March 2010',
    celex: '32010D0146',
  },
  {
    country: 'GB',
    name: 'United Kingdom',
    decision: 'Commission Implementing Decision (EU) 2021/1772 of 28 June 2021',
    celex: '32021D1772',
    // The 2021 decision ran until 27 June 2025, was extended by six months, then renewed on 19 December 2025 for six
    // years (Commission press release of that day); the renewal no longer excludes data for UK immigration control.
    amended: 'extended to 27 December 2025 in June 2025; renewed by the Commission on 19 December 2025 for six years',
    expires: '2031-12-27',
  },
  {
    country: 'GG',
    name: 'Guernsey',
    decision: 'Commission Decision 2003/821/EC of 21 November 2003',
    celex: '32003D0821',
  },
  {
    country: 'IL',
    name: 'Israel',
    decision: 'Commission Decision 2011/61/EU of 31 January 2011',
    celex: '32011D0061',
    scope:
      'automated international transfers, and non-automated transfers that are further processed by automated ' +
      'means in Israel',
  },
  {
    country: 'IM',
    name: 'Isle of Man',
    decision: 'Commission Decision 2004/411/EC of 28 April 2004',
    celex: '32004D0411',
  },
  { country: 'JE', name: 'Jersey', decision: 'Commission Decision 2008/393/EC of 8 May 2008', celex: '32008D0393' },
  {
    country: 'JP',
    name: 'Japan',
    decision: 'Commission Implementing Decision (EU) 2019/419 of 23 January 2019',
    celex: '32019D0419',
    scope:
      'only recipients that are personal information handling business operators under the Act on the Protection ' +
      'of Personal Information (APPI), with the Supplementary Rules',
  },
  {
    country: 'KR',
    name: 'Republic of Korea',
    decision: 'Commission Implementing Decision (EU) 2022/254 of 17 December 2021',
    celex: '32022D0254',
    scope:
      'recipients subject to the Personal Information Protection Act (PIPA); not personal credit information ' +
      'processed by financial institutions supervised by the Financial Services Commission',
  },
  {
    country: 'NZ',
    name: 'New Zealand',
    decision: 'Commission Implementing Decision 2013/65/EU of 19 December 2012',
    celex: '32013D0065',
  },
  {
    country: 'UY',
    name: 'Uruguay',
    decision: 'Commission Implementing Decision 2012/484/EU of 21 August 2012',
    celex: '32012D0484',
  },
  {
    country: 'US',
    name: 'United States',
    decision: 'Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU–US Data Privacy Framework)',
    celex: '32023D1795',
    scope: 'only organisations certified under the EU–US Data Privacy Framework: use mechanism `dpf`',
  },
  {
    organisation: 'European Patent Organisation',
    name: 'European Patent Organisation',
    decision: 'Commission Implementing Decision (EU) 2025/1382 of 15 July 2025',
    celex: '32025D1382',
  },
];

/** The decisions that `adequacy` can rely on, by country (the US needs `dpf`, and only for certified recipients). */
export const ADEQUACY_BY_COUNTRY: ReadonlyMap<string, AdequacyDecision> = new Map(
  ADEQUACY_DECISIONS.filter((d) => d.country && d.country !== 'US').map((d) => [d.country as string, d]),
);

export const DPF_DECISION: AdequacyDecision = ADEQUACY_DECISIONS.find((d) => d.country === 'US') as AdequacyDecision;

/** An international organisation with an adequacy decision, by name as written (case and spacing ignored). */
export function organisationDecision(name: string): AdequacyDecision | undefined {
  const wanted = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return ADEQUACY_DECISIONS.find((d) => d.organisation?.toLowerCase() === wanted);
}

/** "Commission Decision 2010/625/EU of 19 October 2010; only …; until …" for hover and messages. */
export function describeDecision(d: AdequacyDecision): string {
  const parts = [d.decision];
  if (d.amended) parts.push(d.amended);
  if (d.scope) parts.push(`scope: ${d.scope}`);
  if (d.expires) parts.push(`applies until ${d.expires}`);
  return parts.join('; ');
}

/** Whether a decision applies on a date (ISO), i.e. has not expired. */
export function inForce(d: AdequacyDecision, today: string): boolean {
  return !d.expires || today <= d.expires;
}
