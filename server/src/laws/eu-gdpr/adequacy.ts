import type { AdequacyFinding } from '../law';

// Adequacy decisions of the European Commission (Art 45(3); the decisions adopted under Art 25(6) of Directive
// 95/46/EC stay in force until amended, replaced or repealed, Art 45(9)). One entry per country or international
// organisation, each with its decision and Official Journal reference; an entry is added only with its reference
// (docs/language.md, "mechanism"). Sources: EUR-Lex (CELEX numbers below) and the Commission's list "Adequacy
// decisions", read in stored copies on the date of ADEQUACY_AS_OF. Where only a secondary source could be reached,
// `unverified` says what, with that source: such a fact is not checked against the official text.

/** A Commission decision, with its EUR-Lex CELEX number. */
export interface AdequacyDecision extends AdequacyFinding {
  /** EUR-Lex CELEX number of the decision. */
  celex?: string;
  /** Other names authors give the organisation, or an organ through which it acts. */
  aliases?: readonly string[];
}

/** The date the list was last checked (stored copies of EUR-Lex and secondary sources, see `unverified`). */
export const ADEQUACY_AS_OF = '2026-12-07';

/** Decisions adopted under the Directive and kept in force by the GDPR itself. */
const DIRECTIVE_ERA = 'Art 25(6) of Directive 95/46/EC, kept in force by Art 45(9) GDPR';

/** Every decision of the Directive era was amended in the same way after Case C-362/14 (no change of scope). */
const AMENDED_2016 = 'amended by Commission Implementing Decision (EU) 2016/2295 (OJ L 344, 17.12.2016, p. 83)';

export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  {
    country: 'AD',
    name: 'Andorra',
    decision: 'Commission Decision 2010/625/EU of 19 October 2010',
    oj: 'OJ L 277, 21.10.2010, p. 27',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32010D0625',
  },
  {
    country: 'AR',
    name: 'Argentina',
    decision: 'Commission Decision 2003/490/EC of 30 June 2003',
    oj: 'OJ L 168, 5.7.2003, p. 19',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32003D0490',
  },
  {
    country: 'BR',
    name: 'Brazil',
    decision: 'Commission Implementing Decision (EU) 2026/179 of 26 January 2026',
    oj: 'OJ L, 2026/179, 28.1.2026',
    celex: '32026D0179',
    scope: 'recipients subject to the Brazilian General Data Protection Law (LGPD, Law No 13.709/2018)',
    unverified:
      'the scope, from a secondary source (https://ourtake.bakerbotts.com/post/102mee7/eu-issues-adequacy-decision-' +
      'for-brazil, read 2026-12-07); Art 1 of the decision was not reached',
  },
  {
    country: 'CA',
    name: 'Canada',
    decision: 'Commission Decision 2002/2/EC of 20 December 2001',
    oj: 'OJ L 2, 4.1.2002, p. 13',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32002D0002',
    scope:
      'only recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA, Art 1): ' +
      'in general private-sector organisations in the course of commercial activities (recital 5), not public bodies',
  },
  {
    country: 'CH',
    name: 'Switzerland',
    decision: 'Commission Decision 2000/518/EC of 26 July 2000',
    oj: 'OJ L 215, 25.8.2000, p. 1',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32000D0518',
  },
  {
    country: 'FO',
    name: 'Faroe Islands',
    decision: 'Commission Decision 2010/146/EU of 5 March 2010',
    oj: 'OJ L 58, 9.3.2010, p. 17',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32010D0146',
    scope:
      'only recipients subject to the Faroese data protection act (Art 1); not the Danish state authorities in the ' +
      'Faroe Islands (recital 6)',
    unverified:
      'the Official Journal page and the scope, from a secondary source (https://proteuscyber.com/privacy-database/' +
      'tag/faeroese-adequacy/european, read 2026-12-07)',
  },
  {
    country: 'GB',
    name: 'United Kingdom',
    decision: 'Commission Implementing Decision (EU) 2021/1772 of 28 June 2021',
    oj: 'OJ L 360, 11.10.2021, p. 1',
    celex: '32021D1772',
    amended:
      'extended to 27 December 2025 by Commission Implementing Decision (EU) 2025/1226 of 24 June 2025; renewed for ' +
      'six years by Commission Implementing Decision (EU) 2025/2574 of 19 December 2025 (OJ L, 2025/2574)',
    expires: '2031-12-27',
    unverified:
      'the Official Journal page of the 2021 decision, the numbers of the 2025 acts and the expiry, from secondary ' +
      'sources (https://www.inforlex.pl, reproducing the Polish Official Journal text of 2025/2574; ' +
      'https://www.dpocentre.com/news/eu-renews-uk-personal-data-adequacy-decisions; read 2026-12-07). The 2021 ' +
      'decision excluded data transferred for UK immigration control (its Art 1(2)); whether the renewal keeps that ' +
      'exclusion was not checked',
  },
  {
    country: 'GG',
    name: 'Guernsey',
    decision: 'Commission Decision 2003/821/EC of 21 November 2003',
    oj: 'OJ L 308, 25.11.2003, p. 27',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32003D0821',
  },
  {
    country: 'IL',
    name: 'Israel',
    decision: 'Commission Decision 2011/61/EU of 31 January 2011',
    oj: 'OJ L 27, 1.2.2011, p. 39',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32011D0061',
    scope:
      'automated international transfers, and non-automated transfers of data that are then processed by automated ' +
      'means in Israel (Art 1(1)); Israel as defined under international law: a transfer onward from it is a transfer ' +
      'to a third country (recital 14)',
    unverified:
      'the wording of recitals 12 and 14, from a secondary source (https://proteuscyber.com/privacy-database/tag/' +
      'israel-adequacy/law, read 2026-12-07)',
  },
  {
    country: 'IM',
    name: 'Isle of Man',
    decision: 'Commission Decision 2004/411/EC of 28 April 2004',
    oj: 'OJ L 151, 30.4.2004, p. 48 (corrigendum OJ L 208, 10.6.2004, p. 47)',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32004D0411',
    unverified:
      'the Official Journal page, from a secondary source (https://gpdp.it/home/docweb/-/docweb-display/docweb/' +
      '1214144, read 2026-12-07)',
  },
  {
    country: 'JE',
    name: 'Jersey',
    decision: 'Commission Decision 2008/393/EC of 8 May 2008',
    oj: 'OJ L 138, 28.5.2008, p. 21',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32008D0393',
    unverified: 'the Official Journal reference (not reached on EUR-Lex on 2026-12-07)',
  },
  {
    country: 'JP',
    name: 'Japan',
    decision: 'Commission Implementing Decision (EU) 2019/419 of 23 January 2019',
    oj: 'OJ L 76, 19.3.2019, p. 1',
    celex: '32019D0419',
    scope:
      'only recipients that are personal information handling business operators under the Act on the Protection of ' +
      'Personal Information (APPI), with the Supplementary Rules (Art 1(1)); not the press, professional writers, ' +
      'academic, religious or political bodies processing for those activities (Art 1(2)), nor the public sector',
    unverified:
      'the Official Journal page and the scope, from secondary sources (the copy of the decision on ' +
      'https://www.legislation.gov.uk/eudn/2019/419; https://dataprivacy.foxrothschild.com; read 2026-12-07)',
  },
  {
    country: 'KR',
    name: 'Republic of Korea',
    decision: 'Commission Implementing Decision (EU) 2022/254 of 17 December 2021',
    oj: 'OJ L 44, 24.2.2022, p. 1',
    celex: '32022D0254',
    scope:
      'recipients subject to the Personal Information Protection Act (PIPA), except religious organisations for ' +
      'their missionary activities, political parties when nominating candidates, and controllers supervised by the ' +
      'Financial Services Commission for personal credit information under the Credit Information Act (Art 1(2))',
    unverified:
      'the exceptions of Art 1(2), from secondary sources (https://iapp.org/news/a/eu-adequacy-decision-for-south-' +
      'korea/; https://cnpd.public.lu/en/actualites/international/2021/12/adequacy-south-korea.html; read 2026-12-07)',
  },
  {
    country: 'NZ',
    name: 'New Zealand',
    decision: 'Commission Implementing Decision 2013/65/EU of 19 December 2012',
    oj: 'OJ L 28, 30.1.2013, p. 12',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32013D0065',
  },
  {
    country: 'UY',
    name: 'Uruguay',
    decision: 'Commission Implementing Decision 2012/484/EU of 21 August 2012',
    oj: 'OJ L 227, 23.8.2012, p. 11',
    legalBasis: DIRECTIVE_ERA,
    amended: AMENDED_2016,
    celex: '32012D0484',
    unverified:
      'whether Art 1 limits the decision to automated processing, as its title ("with regard to automated processing ' +
      'of personal data") suggests: Art 1 was not reached on 2026-12-07',
  },
  {
    country: 'US',
    name: 'United States',
    decision: 'Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU–US Data Privacy Framework)',
    oj: 'OJ L 231, 20.9.2023, p. 118',
    celex: '32023D1795',
    scope:
      'only organisations certified under the EU–US Data Privacy Framework (on the Data Privacy Framework List of ' +
      'the US Department of Commerce), for the data their certification covers: use mechanism `dpf`',
    unverified:
      'the Official Journal page, from a secondary source (https://www.data-privacy-framework.com, read 2026-12-07)',
  },
  {
    organisation: 'European Patent Organisation',
    name: 'European Patent Organisation',
    // The European Patent Office is an organ of the Organisation (Art 4(2)(a) of the European Patent Convention),
    // which acts through it; "EPO" is how authors usually name either.
    aliases: ['European Patent Office', 'EPO'],
    decision: 'Commission Implementing Decision (EU) 2025/1382 of 15 July 2025',
    oj: 'OJ L, 2025/1382, 18.7.2025',
    celex: '32025D1382',
    unverified:
      'the number, date and Official Journal reference, from a secondary source reproducing the Official Journal text ' +
      '(https://www.lex24.ro, read 2026-12-07); its Art 1 (any limit of scope) was not reached',
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
  return ADEQUACY_DECISIONS.find(
    (d) =>
      d.organisation !== undefined &&
      [d.organisation, ...(d.aliases ?? [])].some((n) => n.replace(/\s+/g, ' ').toLowerCase() === wanted),
  );
}

/** A decision's citation: "Commission Decision 2010/625/EU of 19 October 2010 (OJ L 277, 21.10.2010, p. 27)". */
export function citeDecision(d: AdequacyFinding): string {
  return d.oj ? `${d.decision} (${d.oj})` : d.decision;
}

/** "Commission Decision … (OJ …); adopted under …; amended …; scope: …; until …; not checked: …" for hover and messages. */
export function describeDecision(d: AdequacyDecision): string {
  const parts = [citeDecision(d)];
  if (d.legalBasis) parts.push(`adopted under ${d.legalBasis}`);
  if (d.amended) parts.push(d.amended);
  if (d.scope) parts.push(`scope: ${d.scope}`);
  if (d.expires) parts.push(`applies until ${d.expires}`);
  if (d.unverified) parts.push(`not checked against the official text: ${d.unverified}`);
  return parts.join('; ');
}

/** Whether a decision applies on a date (ISO), i.e. has not expired. */
export function inForce(d: AdequacyDecision, today: string): boolean {
  return !d.expires || today <= d.expires;
}
