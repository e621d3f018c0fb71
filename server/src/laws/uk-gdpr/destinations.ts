// Destinations to which transfers are approved under the UK GDPR (docs/language.md, "Laws"): since 5 February 2026
// transfers "approved by regulations made under Article 45A" (Art 44A(2)(a)); before that, the same destinations were
// covered by adequacy regulations under DPA 2018 s.17A. Each entry carries the provision that lists it, its scope
// limit where it has one, and how it was verified. Source notes: NOTICE.md beside this file.
import type { AdequacyFinding } from '../law';

/** The date this list was last checked against its sources. */
export const UK_DESTINATIONS_AS_OF = '2026-12-07';

export const UK_DESTINATIONS_SOURCES: readonly string[] = [
  'https://www.legislation.gov.uk/ukpga/2018/12/schedule/21',
  'https://www.legislation.gov.uk/uksi/2019/419',
  'https://www.legislation.gov.uk/ukpga/2025/18/schedule/9/paragraph/25',
  'https://www.legislation.gov.uk/ukpga/2025/18/schedule/9',
  'https://www.legislation.gov.uk/uksi/2026/82',
  'https://www.legislation.gov.uk/uksi/2022/1213',
  'https://www.legislation.gov.uk/uksi/2023/1028',
  'https://www.legislation.gov.uk/eudn/2019/419/body/2020-01-31',
];

/**
 * None found since 5 February 2026: a negative search result, not a verified absence (check legislation.gov.uk and
 * the list the Secretary of State publishes under Art 45C(4)).
 */
export const UK_NEW_REGULATIONS_NOTE =
  'No regulations made under Art 45A UK GDPR since 5 February 2026 were found in the sources consulted.';

/** Why the Sch 21 para 5 destinations are approved now (DUAA 2025 Sch 9 para 25; Sch 21 para 4(1)). */
const SCH21 = 'DPA 2018 Sch 21 para 4(1), 5 (treated as approved by regulations under Art 45A UK GDPR)';

/** The EEA states (Sch 21 para 5(1)(a)) and the parts of them that have ISO codes of their own. */
export const UK_EEA_FINDING: AdequacyFinding = {
  name: 'EEA states',
  decision: SCH21,
  reference: 'DPA 2018 Sch 21 para 5(1)(a)',
  verified: 'official',
};

export interface UkDestination extends AdequacyFinding {
  /** How the scope limit was verified, where that differs from the entry. */
  scopeVerified?: string;
}

export const UK_DESTINATIONS: readonly UkDestination[] = [
  {
    country: 'GI',
    name: 'Gibraltar',
    decision: 'DPA 2018 Sch 21 para 5 (treated as approved by regulations under Art 45A UK GDPR)',
    reference: 'DPA 2018 Sch 21 para 5(1)(b)',
    verified: 'official',
  },
  {
    organisation: 'Union institutions, bodies, offices and agencies',
    name: 'Union institutions, bodies, offices and agencies',
    decision: 'DPA 2018 Sch 21 para 5 (treated as approved by regulations under Art 45A UK GDPR)',
    scope: 'bodies set up by, or on the basis of, the TEU, the TFEU or the Euratom Treaty',
    reference: 'DPA 2018 Sch 21 para 5(1)(c)',
    verified: 'official',
  },
  {
    organisation: 'EEA institutions, bodies, offices and agencies',
    name: 'Equivalent institutions, bodies, offices and agencies of the EEA',
    decision: 'DPA 2018 Sch 21 para 5 (treated as approved by regulations under Art 45A UK GDPR)',
    scope: 'bodies set up by, or on the basis of, the Treaties establishing the European Economic Area',
    reference: 'DPA 2018 Sch 21 para 5(1)(d)',
    verified: 'official',
  },
  {
    country: 'CH',
    name: 'Switzerland',
    decision:
      'Commission Decision 2000/518/EC of 26 July 2000, as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(a)',
    verified: 'official',
  },
  {
    country: 'CA',
    name: 'Canada',
    decision:
      'Commission Decision 2002/2/EC of 20 December 2001 (adequate protection provided by the Canadian Personal Information Protection and Electronic Documents Act), as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    scope:
      'only recipients subject to PIPEDA (private-sector organisations processing personal information in the course of commercial activities)',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(b)',
    verified: 'official',
    scopeVerified:
      "secondary: https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32002D0002 and https://proteuscyber.com/bs/privacy-database/tag/canada-adequacy/commission (recital 5; Art 1 wording not seen in the stored excerpt). The decision's title, naming PIPEDA, is official (SI 2019/419 Sch 2 para 102).",
  },
  {
    country: 'AR',
    name: 'Argentina',
    decision:
      'Commission Decision 2003/490/EC of 30 June 2003, as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(c)',
    verified: 'official',
  },
  {
    country: 'GG',
    name: 'Guernsey',
    decision:
      'Commission Decision 2003/821/EC of 21 November 2003, as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(d)',
    verified: 'official',
  },
  {
    country: 'IM',
    name: 'Isle of Man',
    decision:
      'Commission Decision 2004/411/EC of 28 April 2004, as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(e)',
    verified: 'official',
  },
  {
    country: 'JE',
    name: 'Jersey',
    decision:
      'Commission Decision 2008/393/EC of 8 May 2008, as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(f)',
    verified: 'official',
  },
  {
    country: 'FO',
    name: 'Faroe Islands',
    decision:
      'Commission Decision 2010/146/EU of 5 March 2010 (adequate protection provided by the Faeroese Act on processing of personal data), as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(g)',
    verified: 'official',
  },
  {
    country: 'AD',
    name: 'Andorra',
    decision:
      'Commission Decision 2010/625/EU of 19 October 2010, as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(h)',
    verified: 'official',
  },
  {
    country: 'IL',
    name: 'Israel',
    decision:
      'Commission Decision 2011/61/EU of 31 January 2011 (adequate protection of personal data by the State of Israel with regard to automated processing of personal data), as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    scope:
      'automated international transfers, and non-automated transfers of data further processed by automated means ' +
      'in Israel (Decision 2011/61/EU Art 1(1), as it had effect on 31 December 2020)',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(i)',
    verified: 'official',
    scopeVerified:
      "the title from SI 2019/419 Sch 2 para 102 (official); Art 1(1)'s scope as the EU GDPR's entry has it " +
      '(laws/eu-gdpr/adequacy.ts), not read again for the UK',
  },
  {
    country: 'UY',
    name: 'Uruguay',
    decision:
      'Commission Implementing Decision 2012/484/EU of 21 August 2012 (adequate protection of personal data by the Eastern Republic of Uruguay with regard to automated processing of personal data), as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(j)',
    verified: 'official',
    // The title speaks of automated processing; whether Art 1 limits the decision so is not known: no limit is shown.
    unverified:
      'whether Art 1 of Decision 2012/484/EU limits it to automated processing, as its title suggests: Art 1 was ' +
      'not reached (2026-12-07)',
  },
  {
    country: 'NZ',
    name: 'New Zealand',
    decision:
      'Commission Implementing Decision 2013/65/EU of 19 December 2012, as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(k)',
    verified: 'official',
  },
  {
    country: 'JP',
    name: 'Japan',
    decision:
      'Commission Implementing Decision (EU) 2019/419 of 23 January 2019 (adequate protection of personal data by Japan under the Act on the Protection of Personal Information), as it had effect immediately before IP completion day (DPA 2018 Sch 21 para 5(4))',
    scope:
      "only transfers to personal information handling business operators subject to the APPI as complemented by the Supplementary Rules (Annex I) and the Japanese government's representations (Annex II); Art 1(2) of the decision excludes some recipients. The 2023 EU extension to academia and other later EU changes do not apply in the UK (Sch 21 para 5(4)).",
    reference: 'DPA 2018 Sch 21 para 5(1)(e) and (2)(m)',
    verified: 'official',
    scopeVerified:
      'official: https://www.legislation.gov.uk/eudn/2019/419/body/2020-01-31 (Art 1(1) seen; Art 1(2) list cut off in the stored excerpt)',
  },
  {
    country: 'KR',
    name: 'Republic of Korea',
    decision:
      'The Data Protection (Adequacy) (Republic of Korea) Regulations 2022 (SI 2022/1213), in force 19 December 2022; treated as made under Art 45A UK GDPR (DUAA 2025 Sch 9 para 26)',
    scope:
      'transfers to a person in the Republic of Korea who is subject to the Personal Information Protection Act (reg 2(2)); supervisory authorities named in reg 3: the Personal Information Protection Commission and the Financial Services Commission',
    reference: 'SI 2022/1213 reg 2; DUAA 2025 Sch 9 para 26(1)',
    verified: 'official',
  },
  {
    country: 'US',
    name: 'United States of America',
    decision:
      'The Data Protection (Adequacy) (United States of America) Regulations 2023 (SI 2023/1028), in force 12 October 2023; treated as made under Art 45A UK GDPR (DUAA 2025 Sch 9 para 26)',
    scope:
      'only a transfer (a) to a person in the USA shown on the Data Privacy Framework List (US Department of Commerce) as participating in the UK Extension to the EU–US DPF, and (b) that will be subject to the EU–US DPF Principles on receipt (reg 3(2)); supervisory authorities: the Federal Trade Commission and the Department of Transportation (reg 4)',
    reference: 'SI 2023/1028 regs 2 and 3; DUAA 2025 Sch 9 para 26(1)',
    verified: 'official',
  },
];
