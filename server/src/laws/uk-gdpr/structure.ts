// The structure of the UK GDPR and of the Data Protection Act 2018 as the citation check needs it (docs/language.md,
// "Laws"): which articles of Regulation (EU) 2016/679 the UK omitted and when, which it inserted, the paragraphs and
// points it changed, and the sections of the DPA 2018 notices cite. Headings marked `titleVerified: false` are
// descriptive labels (the official heading was not seen in the sources); `numberVerified: false` marks a number taken
// from memory. Sources and their dates: NOTICE.md beside this file.

/** The date the structure was last checked against its sources. */
export const UK_STRUCTURE_AS_OF = '2026-12-07';

export interface OmittedArticle {
  number: number;
  /** The first day the article no longer applies (ISO date). */
  omitted: string;
  /** The provision that omitted it. */
  by: string;
  /** Its heading while it applied (the EU heading, or the UK one where the UK changed it). */
  title: string;
}

export interface InsertedArticle {
  number: number;
  suffix: string;
  title: string;
  /** The first day it applies (ISO date). */
  inserted: string;
  by: string;
  /** False where the heading is a descriptive label, not the official heading. */
  titleVerified?: false;
  /** False where the number itself was not seen in the sources. */
  numberVerified?: false;
}

/** Articles of Regulation (EU) 2016/679 that are not (or no longer) part of the UK GDPR. */
export const UK_OMITTED_ARTICLES: readonly OmittedArticle[] = [
  {
    number: 22,
    omitted: '2026-02-05',
    by: 'DUAA 2025 s.80(1) (substituted by Arts 22A-22D)',
    title: 'Automated individual decision-making, including profiling',
  },
  {
    number: 44,
    omitted: '2026-02-05',
    by: 'DUAA 2025 Sch 7 para 2(1)',
    title: 'General principle for transfers',
  },
  {
    number: 45,
    omitted: '2026-02-05',
    by: 'DUAA 2025 Sch 7 para 3',
    title: 'Transfers on the basis of an adequacy decision',
  },
  {
    number: 48,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 41',
    title: 'Transfers or disclosures not authorised by Union law',
  },
  {
    number: 53,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 47',
    title: 'General conditions for the members of the supervisory authority',
  },
  {
    number: 54,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 48',
    title: 'Rules on the establishment of the supervisory authority',
  },
  {
    number: 55,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 50',
    title: 'Competence',
  },
  {
    number: 56,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 51',
    title: 'Competence of the lead supervisory authority',
  },
  {
    number: 59,
    omitted: '2025-08-20',
    by: 'DUAA 2025 Sch 11 para 12 (commenced by SI 2025/904 reg 2(y))',
    title: 'Activity reports',
  },
  {
    number: 60,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Cooperation between the lead supervisory authority and the other supervisory authorities concerned',
  },
  {
    number: 61,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Mutual assistance',
  },
  {
    number: 62,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Joint operations of supervisory authorities',
  },
  {
    number: 63,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Consistency mechanism',
  },
  {
    number: 64,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Opinion of the Board',
  },
  {
    number: 65,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Dispute resolution by the Board',
  },
  {
    number: 66,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Urgency procedure',
  },
  {
    number: 67,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Exchange of information',
  },
  {
    number: 68,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'European Data Protection Board',
  },
  {
    number: 69,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Independence',
  },
  {
    number: 70,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Tasks of the Board',
  },
  {
    number: 71,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Reports',
  },
  {
    number: 72,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Procedure',
  },
  {
    number: 73,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Chair',
  },
  {
    number: 74,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Tasks of the Chair',
  },
  {
    number: 75,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Secretariat',
  },
  {
    number: 76,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 55',
    title: 'Confidentiality',
  },
  {
    number: 77,
    omitted: '2026-06-19',
    by: 'DUAA 2025 s.103(6) (commenced by SI 2026/82 reg 3(a))',
    title: 'Right to lodge a complaint with the Commissioner',
  },
  {
    number: 81,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 60',
    title: 'Suspension of proceedings',
  },
  {
    number: 87,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 67',
    title: 'Processing of the national identification number',
  },
  {
    number: 88,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 68',
    title: 'Processing in the context of employment',
  },
  {
    number: 89,
    omitted: '2026-02-05',
    by: 'DUAA 2025 s.86(4)',
    title:
      'Safeguards and derogations relating to processing for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes',
  },
  {
    number: 90,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 70',
    title: 'Obligations of secrecy',
  },
  {
    number: 91,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 71',
    title: 'Existing data protection rules of churches and religious associations',
  },
  {
    number: 92,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 72',
    title: 'Exercise of the delegation',
  },
  {
    number: 93,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 72',
    title: 'Committee procedure',
  },
  {
    number: 97,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 76',
    title: 'Commission reports',
  },
  {
    number: 98,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 77',
    title: 'Review of other Union legal acts on data protection',
  },
  {
    number: 99,
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 78',
    title: 'Entry into force and application',
  },
];

/** Articles inserted into the UK GDPR. Their paragraphs are not modelled: a citation of one is checked to the article. */
export const UK_INSERTED_ARTICLES: readonly InsertedArticle[] = [
  {
    number: 4,
    suffix: 'A',
    title: 'Periods of time (interpretation by reference to Regulation (EEC, Euratom) No 1182/71)',
    inserted: '2025-08-20',
    by: 'DUAA 2025 Sch 11 para 3 (SI 2025/904 reg 2(y))',
    titleVerified: false,
  },
  {
    number: 8,
    suffix: 'A',
    title: 'Purpose limitation: compatibility of further processing',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.71(5) (SI 2026/82 reg 2(d))',
    titleVerified: false,
  },
  {
    number: 11,
    suffix: 'A',
    title: 'Power to add to or vary the special categories of personal data',
    inserted: '2025-08-20',
    by: 'DUAA 2025 s.74(1) (SI 2025/904 reg 2(c))',
    titleVerified: false,
  },
  {
    number: 12,
    suffix: 'A',
    title: "Time limits for responding to requests ('the applicable time period')",
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.76(3) (SI 2026/82 reg 2(h))',
    titleVerified: false,
  },
  {
    number: 22,
    suffix: 'A',
    title: 'Automated processing and significant decisions',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.80(1) (SI 2026/82 reg 2(j))',
  },
  {
    number: 22,
    suffix: 'B',
    title: 'Restrictions on automated decision-making',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.80(1)',
  },
  {
    number: 22,
    suffix: 'C',
    title: 'Safeguards for automated decision-making',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.80(1)',
  },
  {
    number: 22,
    suffix: 'D',
    title: 'Further provision about automated decision-making (regulation powers)',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.80(1)',
    titleVerified: false,
  },
  {
    number: 44,
    suffix: 'A',
    title: 'General principles for transfers',
    inserted: '2026-02-05',
    by: 'DUAA 2025 Sch 7 para 2(2) (SI 2026/82 reg 2(z9))',
  },
  {
    number: 45,
    suffix: 'A',
    title: 'Transfers approved by regulations',
    inserted: '2026-02-05',
    by: 'DUAA 2025 Sch 7 para 4',
  },
  {
    number: 45,
    suffix: 'B',
    title: 'The data protection test (for approval by regulations)',
    inserted: '2026-02-05',
    by: 'DUAA 2025 Sch 7 para 4',
    titleVerified: false,
  },
  {
    number: 45,
    suffix: 'C',
    title: 'Transfers approved by regulations: monitoring',
    inserted: '2026-02-05',
    by: 'DUAA 2025 Sch 7 para 5',
  },
  {
    number: 47,
    suffix: 'A',
    title: 'Standard data protection clauses and further safeguards specified by regulations',
    inserted: '2026-02-05',
    by: 'DUAA 2025 Sch 7 para 8',
    titleVerified: false,
  },
  {
    number: 49,
    suffix: 'A',
    title: 'Restriction in the public interest',
    inserted: '2026-02-05',
    by: 'DUAA 2025 Sch 7 para 10',
  },
  {
    number: 84,
    suffix: 'A',
    title: "Research, archives and statistics ('RAS purposes')",
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.86(2) (SI 2026/82 reg 2(n)); new Chapter 8A',
  },
  {
    number: 84,
    suffix: 'B',
    title: 'Processing for RAS purposes: when allowed; appropriate safeguards',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.86(2)',
    titleVerified: false,
  },
  {
    number: 84,
    suffix: 'C',
    title: 'When the requirement for appropriate safeguards is (not) satisfied',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.86(2)',
    titleVerified: false,
  },
  {
    number: 84,
    suffix: 'D',
    title: 'Regulations about safeguards for RAS processing',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.86(2)',
    titleVerified: false,
  },
  {
    number: 86,
    suffix: 'A',
    title: 'Processing and national security and defence',
    inserted: '2021-01-01',
    by: 'SI 2019/419 Sch 1 para 66',
    numberVerified: false,
  },
  {
    number: 91,
    suffix: 'A',
    title: 'Regulations under the UK GDPR (procedure)',
    inserted: '2025-08-20',
    by: 'DUAA 2025 s.107(1) (SI 2025/904 reg 2(l)); inserted after Chapter 9',
    titleVerified: false,
  },
];

export interface DpaSection {
  number: number;
  suffix?: string;
  title: string;
  omitted?: string;
  inserted?: string;
  by?: string;
  titleVerified?: false;
  /** The date the heading changed, and the heading from then on. */
  headingFrom?: string;
  laterTitle?: string;
}

/**
 * The Data Protection Act 2018 has sections 1–215 (s.215, "Short title", in the text revised to 7 April 2026) and
 * Schedules 1–21; inserted sections and schedules carry letters. This is the selection of sections notices cite,
 * with the ones omitted and inserted by the Data (Use and Access) Act 2025.
 */
export const DPA_LAST_SECTION = 215;
export const DPA_LAST_SCHEDULE = 21;
export const DPA_SECTIONS: readonly DpaSection[] = [
  {
    number: 3,
    title: 'Terms relating to the processing of personal data',
  },
  {
    number: 6,
    title: "Meaning of 'controller'",
  },
  {
    number: 7,
    title: "Meaning of 'public authority' and 'public body'",
  },
  {
    number: 8,
    title: 'Lawfulness of processing: public interest etc',
  },
  {
    number: 9,
    title: "Child's consent in relation to information society services",
    omitted: '2021-01-01',
    by: 'SI 2019/419 Sch 2 para 12',
  },
  {
    number: 9,
    suffix: 'A',
    title: 'Processing in reliance on relevant international law',
    inserted: '2025-08-20',
    by: 'DUAA 2025 s.72(7)',
    titleVerified: false,
  },
  {
    number: 10,
    title: 'Special categories of personal data and criminal convictions etc data',
  },
  {
    number: 11,
    title: 'Special categories of personal data etc: supplementary',
  },
  {
    number: 12,
    title: 'Limits on fees that may be charged by controllers',
  },
  {
    number: 13,
    title: 'Obligations of credit reference agencies',
  },
  {
    number: 14,
    title: 'Automated decision-making authorised by law: safeguards',
    omitted: '2026-02-05',
    by: 'DUAA 2025 Sch 6 para 11',
  },
  {
    number: 15,
    title: 'Exemptions etc',
  },
  {
    number: 16,
    title: 'Power to make further exemptions etc by regulations',
  },
  {
    number: 17,
    title: 'Accreditation of certification providers',
  },
  {
    number: 17,
    suffix: 'A',
    title: 'Transfers based on adequacy regulations',
    omitted: '2026-02-05',
    by: 'DUAA 2025 Sch 9 para 12',
  },
  {
    number: 17,
    suffix: 'B',
    title: 'Transfers based on adequacy regulations: review etc',
    omitted: '2026-02-05',
    by: 'DUAA 2025 Sch 9 para 13',
  },
  {
    number: 17,
    suffix: 'C',
    title: 'Standard data protection clauses',
    omitted: '2026-02-05',
    by: 'DUAA 2025 Sch 9 para 14',
  },
  {
    number: 18,
    title: 'Transfers of personal data to third countries etc: public interest',
    omitted: '2026-02-05',
    by: 'DUAA 2025 Sch 9 para 15',
  },
  {
    number: 19,
    title: 'Processing for archiving, research and statistical purposes: safeguards',
    omitted: '2026-02-05',
    by: 'DUAA 2025 s.86(6)',
  },
  {
    number: 20,
    title: "Meaning of 'court' in Part 2",
    omitted: '2025-08-20',
    by: 'DUAA 2025 Sch 11 para 15',
  },
  {
    number: 26,
    title: 'National security and defence exemption',
  },
  {
    number: 114,
    title: 'The Information Commissioner',
  },
  {
    number: 114,
    suffix: 'A',
    title: 'The Information Commission',
    inserted: '2025-08-20',
    by: 'DUAA 2025 s.117(2)',
  },
  {
    number: 119,
    suffix: 'A',
    title: 'Standard clauses for transfers to third countries etc',
  },
  {
    number: 149,
    title: 'Enforcement notices',
  },
  {
    number: 155,
    title: 'Penalty notices',
  },
  {
    number: 157,
    title: 'Maximum amount of penalty',
  },
  {
    number: 164,
    suffix: 'A',
    title: 'Complaints by data subjects to controllers',
    inserted: '2026-06-19',
    by: 'DUAA 2025 s.103(2)',
    titleVerified: false,
  },
  {
    number: 164,
    suffix: 'B',
    title: 'Notification to the Commissioner of numbers of complaints',
    inserted: '2026-06-19',
    by: 'DUAA 2025 s.103(2)',
    titleVerified: false,
  },
  {
    number: 165,
    title: 'Complaints by data subjects',
    headingFrom: '2026-06-19',
    laterTitle: 'Complaints by data subjects to the Commissioner',
  },
  {
    number: 166,
    title: 'Orders to progress complaints',
    headingFrom: '2026-06-19',
    laterTitle: 'Orders to progress complaints to the Commissioner',
  },
  {
    number: 167,
    title: 'Compliance orders',
    titleVerified: false,
  },
  {
    number: 168,
    title: 'Compensation for contravention of the UK GDPR',
    titleVerified: false,
  },
  {
    number: 180,
    suffix: 'A',
    title: 'Court procedure in connection with subject access requests',
    inserted: '2025-08-20',
    by: 'DUAA 2025 s.104(3)',
    titleVerified: false,
  },
  {
    number: 183,
    suffix: 'A',
    title: 'Protection of prohibitions and restrictions etc on processing: relevant enactments',
    inserted: '2025-08-20',
    by: 'DUAA 2025 s.106(2)',
  },
  {
    number: 186,
    title: "Protection of data subject's rights",
  },
  {
    number: 187,
    title: 'Representation of data subjects with their authority',
  },
];

/** Paragraphs of DPA 2018 Schedule 2 (exemptions), which restrictions cite. */
export const DPA_SCHEDULE_2: readonly { part: string; paragraph: string; title: string; numberVerified?: false }[] = [
  {
    part: '1',
    paragraph: '1',
    title: "UK GDPR provisions to be adapted or restricted: 'the listed GDPR provisions'",
  },
  {
    part: '1',
    paragraph: '2',
    title: 'Crime and taxation: general',
  },
  {
    part: '1',
    paragraph: '3',
    title: 'Crime and taxation: risk assessment systems',
  },
  {
    part: '1',
    paragraph: '4',
    title: 'Immigration',
    numberVerified: false,
  },
  {
    part: '1',
    paragraph: '5',
    title: 'Information required to be disclosed by law etc or in connection with legal proceedings',
    numberVerified: false,
  },
  {
    part: '2',
    paragraph: '6',
    title: "UK GDPR provisions to be restricted: 'the listed GDPR provisions'",
    numberVerified: false,
  },
  {
    part: '2',
    paragraph: '7',
    title: 'Functions designed to protect the public etc',
    numberVerified: false,
  },
  {
    part: '2',
    paragraph: '8',
    title: 'Audit functions',
    numberVerified: false,
  },
  {
    part: '2',
    paragraph: '9',
    title: 'Functions of the Bank of England',
    numberVerified: false,
  },
  {
    part: '2',
    paragraph: '10',
    title: "Regulatory functions relating to legal services, the health service and children's services",
    numberVerified: false,
  },
  {
    part: '2',
    paragraph: '11-12',
    title: 'Regulatory functions of certain other persons',
    numberVerified: false,
  },
  {
    part: '2',
    paragraph: '13',
    title: 'Parliamentary privilege',
    numberVerified: false,
  },
  {
    part: '2',
    paragraph: '14',
    title: 'Judicial appointments, judicial independence and judicial proceedings',
    numberVerified: false,
  },
  {
    part: '2',
    paragraph: '15',
    title: 'Crown honours, dignities and appointments',
    numberVerified: false,
  },
  {
    part: '3',
    paragraph: '16',
    title: 'Protection of the rights of others: general',
    numberVerified: false,
  },
  {
    part: '3',
    paragraph: '17',
    title: 'Assumption of reasonableness for health workers, social workers and education workers',
    numberVerified: false,
  },
  {
    part: '4',
    paragraph: '18',
    title: "UK GDPR provisions to be restricted: 'the listed GDPR provisions'",
    numberVerified: false,
  },
  {
    part: '4',
    paragraph: '19',
    title: 'Legal professional privilege',
    numberVerified: false,
  },
  {
    part: '4',
    paragraph: '20',
    title: 'Self incrimination',
    numberVerified: false,
  },
  {
    part: '4',
    paragraph: '21',
    title: 'Corporate finance',
    numberVerified: false,
  },
  {
    part: '4',
    paragraph: '22',
    title: 'Management forecasts',
    numberVerified: false,
  },
  {
    part: '4',
    paragraph: '23',
    title: 'Negotiations',
    numberVerified: false,
  },
  {
    part: '4',
    paragraph: '24',
    title: 'Confidential references',
    numberVerified: false,
  },
  {
    part: '4',
    paragraph: '25',
    title: 'Exam scripts and exam marks',
    numberVerified: false,
  },
  {
    part: '5',
    paragraph: '26',
    title: 'Journalistic, academic, artistic and literary purposes',
  },
  {
    part: '6',
    paragraph: '27',
    title: 'Research and statistics',
  },
  {
    part: '6',
    paragraph: '28',
    title: 'Archiving in the public interest',
  },
];

/** A paragraph or point the UK inserted into, or omitted from, an article it shares with the EU text. */
export interface ParagraphChange {
  article: number;
  change: 'inserted' | 'omitted';
  /** Whole paragraphs ("1A", "5"). */
  paragraphs?: readonly string[];
  /** Points of one paragraph ("ea" in Art 6(1)). */
  points?: { paragraph: string; letters: readonly string[] };
  /** The first day the change applies (ISO date). */
  date: string;
  by: string;
}

/** The paragraph-level changes that notices are likely to cite (not every amendment of the UK GDPR). */
export const UK_PARAGRAPH_CHANGES: readonly ParagraphChange[] = [
  { article: 5, change: 'inserted', paragraphs: ['3'], date: '2026-02-05', by: 'DUAA 2025 s.71(3)' },
  {
    article: 6,
    change: 'inserted',
    points: { paragraph: '1', letters: ['ea'] },
    date: '2026-02-05',
    by: 'DUAA 2025 s.70(2)(b)',
  },
  { article: 6, change: 'omitted', paragraphs: ['4'], date: '2026-02-05', by: 'DUAA 2025 s.71(4)' },
  {
    article: 6,
    change: 'inserted',
    paragraphs: ['5', '6', '7', '8', '9', '10', '11', '12'],
    date: '2026-02-05',
    by: 'DUAA 2025 s.70(4)',
  },
  {
    article: 12,
    change: 'inserted',
    points: { paragraph: '6', letters: ['a', 'b'] },
    date: '2026-02-05',
    by: 'DUAA 2025 s.76(2)(c)',
  },
  {
    article: 13,
    change: 'inserted',
    points: { paragraph: '2', letters: ['ca'] },
    date: '2026-06-19',
    by: 'DUAA 2025 Sch 10 para 3(2)',
  },
  { article: 13, change: 'inserted', paragraphs: ['5', '6', '7'], date: '2026-02-05', by: 'DUAA 2025 s.77(1)(b)' },
  {
    article: 14,
    change: 'inserted',
    points: { paragraph: '2', letters: ['da'] },
    date: '2026-06-19',
    by: 'DUAA 2025 Sch 10 para 4(2)',
  },
  {
    article: 14,
    change: 'omitted',
    points: { paragraph: '5', letters: ['b'] },
    date: '2026-02-05',
    by: 'DUAA 2025 s.77(2)(a)(ii)',
  },
  {
    article: 14,
    change: 'inserted',
    points: { paragraph: '5', letters: ['e', 'f'] },
    date: '2026-02-05',
    by: 'DUAA 2025 s.77(2)(a)(v)',
  },
  { article: 14, change: 'inserted', paragraphs: ['6', '7'], date: '2026-02-05', by: 'DUAA 2025 s.77(2)(b)' },
  {
    article: 15,
    change: 'inserted',
    points: { paragraph: '1', letters: ['ea'] },
    date: '2026-06-19',
    by: 'DUAA 2025 Sch 10 para 5(2)',
  },
  // In force on Royal Assent (19 June 2025) and treated as in force from 1 January 2024 (DUAA 2025 s.78(5)).
  { article: 15, change: 'inserted', paragraphs: ['1A'], date: '2024-01-01', by: 'DUAA 2025 s.78' },
  { article: 25, change: 'inserted', paragraphs: ['1A', '1B', '4', '5'], date: '2026-02-05', by: 'DUAA 2025 s.81' },
  { article: 41, change: 'inserted', paragraphs: ['4A'], date: '2026-02-05', by: 'DUAA 2025 s.83' },
  { article: 46, change: 'omitted', paragraphs: ['1'], date: '2026-02-05', by: 'DUAA 2025 Sch 7 para 6' },
  {
    article: 46,
    change: 'inserted',
    paragraphs: ['1A', '6', '7', '8'],
    date: '2026-02-05',
    by: 'DUAA 2025 Sch 7 para 6',
  },
  {
    article: 57,
    change: 'omitted',
    points: { paragraph: '1', letters: ['f'] },
    date: '2026-06-19',
    by: 'DUAA 2025 s.103(5)',
  },
  { article: 57, change: 'omitted', paragraphs: ['2'], date: '2026-06-19', by: 'DUAA 2025 s.103(5)' },
  {
    article: 57,
    change: 'inserted',
    points: { paragraph: '1', letters: ['sa'] },
    date: '2026-02-05',
    by: 'DUAA 2025 Sch 9 para 8',
  },
  {
    article: 58,
    change: 'inserted',
    points: { paragraph: '3', letters: ['k'] },
    date: '2026-02-05',
    by: 'DUAA 2025 Sch 9 para 9',
  },
];

/** Annexes inserted into the UK GDPR (their headings are descriptive labels: the official ones were not seen). */
export const UK_ANNEXES: readonly { number: number; title: string; inserted: string; by: string }[] = [
  {
    number: 1,
    title: 'Recognised legitimate interests (conditions for Art 6(1)(ea))',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.70(6) and Sch 4',
  },
  {
    number: 2,
    title: 'Purpose limitation: processing to be treated as compatible with the original purpose',
    inserted: '2026-02-05',
    by: 'DUAA 2025 s.71(6) and Sch 5',
  },
];

/** DPA 2018 Sch 21 paragraphs omitted by the Data (Use and Access) Act 2025. */
export const DPA_SCHEDULE_21_OMITTED: readonly { paragraph: string; omitted: string; by: string }[] = [
  { paragraph: '7', omitted: '2026-02-05', by: 'DUAA 2025 Sch 9 para 25(5)' },
  { paragraph: '8', omitted: '2026-02-05', by: 'DUAA 2025 Sch 9 para 25(5)' },
];
