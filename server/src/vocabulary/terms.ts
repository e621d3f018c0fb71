// The GDPR vocabularies of docs/language.md, "Top-level sections"–§4, in one place. Completion, hover, validation, the JSON Schema
// and the renderer all read these tables; nothing else may keep its own copy.
import { LANGUAGES as NOTICE_LANGUAGES } from '../languages';

export interface Term {
  /** The value authors write. */
  id: string;
  /** DPV-style article id accepted as an alias (docs/language.md, "Vocabularies"), e.g. `A6-1-f`. */
  alias?: string;
  /** Human citation, e.g. `Art 6(1)(f)`. */
  article?: string;
  /** Short name for headings and lists. */
  label: string;
  /** One plain-language sentence a privacy officer understands. */
  meaning: string;
  /** The laws under which the value exists (docs/language.md, "Laws"), when it is not one for every law. */
  laws?: readonly string[];
  /** Known but never valid any more: why (the Court of Justice declared the decision invalid). Reported by rule `invalid-mechanism`. */
  invalid?: string;
}

export const LEGAL_BASES: readonly Term[] = [
  {
    id: 'consent',
    alias: 'A6-1-a',
    article: 'Art 6(1)(a)',
    label: 'Consent',
    meaning: 'The person has given consent to the processing for one or more specific purposes.',
  },
  {
    id: 'contract',
    alias: 'A6-1-b',
    article: 'Art 6(1)(b)',
    label: 'Contract',
    meaning:
      'The processing is necessary to perform a contract with the person, or to take steps they asked for ' +
      'before entering into one.',
  },
  {
    id: 'legal-obligation',
    alias: 'A6-1-c',
    article: 'Art 6(1)(c)',
    label: 'Legal obligation',
    meaning: 'The processing is necessary to comply with a legal obligation of the controller.',
  },
  {
    id: 'vital-interests',
    alias: 'A6-1-d',
    article: 'Art 6(1)(d)',
    label: 'Vital interests',
    meaning: 'The processing is necessary to protect someone’s life or physical integrity.',
  },
  {
    id: 'public-task',
    alias: 'A6-1-e',
    article: 'Art 6(1)(e)',
    label: 'Public task',
    meaning: 'The processing is necessary for a task in the public interest or in the exercise of official authority.',
  },
  {
    id: 'legitimate-interests',
    alias: 'A6-1-f',
    article: 'Art 6(1)(f)',
    label: 'Legitimate interests',
    meaning:
      'The processing is necessary for a legitimate interest of the controller or a third party, which ' +
      'the person’s interests and rights do not override.',
  },
];

/** Legal bases that exist under one law only (docs/language.md, "Laws"). */
const UK_BASES: readonly Term[] = [
  {
    id: 'recognised-legitimate-interests',
    article: 'Art 6(1)(ea) UK GDPR',
    label: 'Recognised legitimate interests',
    meaning:
      'UK GDPR only: the processing is necessary for a recognised legitimate interest listed in Annex 1 (e.g. ' +
      'crime prevention, safeguarding, emergencies); no balancing test, but not for public authorities’ tasks.',
    laws: ['uk-gdpr'],
  },
];

export const SPECIAL_CONDITIONS: readonly Term[] = [
  {
    id: 'explicit-consent',
    alias: 'A9-2-a',
    article: 'Art 9(2)(a)',
    label: 'Explicit consent',
    meaning: 'The person has given explicit consent for one or more specified purposes.',
  },
  {
    id: 'employment-law',
    alias: 'A9-2-b',
    article: 'Art 9(2)(b)',
    label: 'Employment and social security law',
    meaning: 'Necessary for obligations and rights in employment, social security and social protection law.',
  },
  {
    id: 'vital-interests',
    alias: 'A9-2-c',
    article: 'Art 9(2)(c)',
    label: 'Vital interests',
    meaning: 'Necessary to protect someone’s vital interests when they cannot give consent.',
  },
  {
    id: 'not-for-profit',
    alias: 'A9-2-d',
    article: 'Art 9(2)(d)',
    label: 'Not-for-profit body',
    meaning:
      'Processing by a foundation, association or other not-for-profit body about its members or regular contacts.',
  },
  {
    id: 'made-public',
    alias: 'A9-2-e',
    article: 'Art 9(2)(e)',
    label: 'Made public by the person',
    meaning: 'The data has manifestly been made public by the person themselves.',
  },
  {
    id: 'legal-claims',
    alias: 'A9-2-f',
    article: 'Art 9(2)(f)',
    label: 'Legal claims',
    meaning:
      'Necessary to establish, exercise or defend legal claims, or for courts acting in their judicial capacity.',
  },
  {
    id: 'substantial-public-interest',
    alias: 'A9-2-g',
    article: 'Art 9(2)(g)',
    label: 'Substantial public interest',
    meaning: 'Necessary for reasons of substantial public interest under EU or member-state law.',
  },
  {
    id: 'health-care',
    alias: 'A9-2-h',
    article: 'Art 9(2)(h)',
    label: 'Health or social care',
    meaning:
      'Necessary for preventive or occupational medicine, medical diagnosis, or health or social care, ' +
      'under professional secrecy.',
  },
  {
    id: 'public-health',
    alias: 'A9-2-i',
    article: 'Art 9(2)(i)',
    label: 'Public health',
    meaning:
      'Necessary for reasons of public interest in public health, such as protecting against serious cross-border ' +
      'threats.',
  },
  {
    id: 'research',
    alias: 'A9-2-j',
    article: 'Art 9(2)(j)',
    label: 'Archiving, research or statistics',
    meaning:
      'Necessary for archiving in the public interest, scientific or historical research, or statistics, ' +
      'with safeguards (Art 89(1)).',
  },
];

export const MECHANISMS: readonly Term[] = [
  {
    id: 'adequacy',
    alias: 'A45-3',
    article: 'Art 45(3)',
    label: 'Adequacy decision',
    meaning: 'The European Commission has decided that the country ensures an adequate level of protection.',
  },
  {
    id: 'dpf',
    alias: 'A45-3',
    article: 'Art 45(3)',
    label: 'EU–US Data Privacy Framework',
    meaning:
      'The US recipient is certified under the EU–US Data Privacy Framework (adequacy decision of 10 July ' +
      '2023). Only for the United States.',
  },
  {
    id: 'scc',
    alias: 'A46-2-c',
    article: 'Art 46(2)(c)',
    label: 'Standard contractual clauses',
    meaning: 'Standard data protection clauses adopted by the European Commission are signed with the recipient.',
  },
  {
    id: 'bcr',
    alias: 'A47',
    article: 'Art 47',
    label: 'Binding corporate rules',
    meaning: 'Binding corporate rules approved by a supervisory authority apply within the group.',
  },
  {
    id: 'legally-binding-instrument',
    alias: 'A46-2-a',
    article: 'Art 46(2)(a)',
    label: 'Legally binding instrument',
    meaning: 'A legally binding and enforceable instrument between public authorities or bodies.',
  },
  {
    id: 'code-of-conduct',
    alias: 'A46-2-e',
    article: 'Art 46(2)(e)',
    label: 'Code of conduct',
    meaning: 'An approved code of conduct with binding and enforceable commitments of the recipient.',
  },
  {
    id: 'certification',
    alias: 'A46-2-f',
    article: 'Art 46(2)(f)',
    label: 'Certification',
    meaning: 'An approved certification mechanism with binding and enforceable commitments of the recipient.',
  },
  {
    id: 'ad-hoc-clauses',
    alias: 'A46-3-a',
    article: 'Art 46(3)(a)',
    label: 'Ad hoc contractual clauses',
    meaning: 'Contractual clauses authorised by the competent supervisory authority.',
  },
  {
    id: 'derogation-consent',
    alias: 'A49-1-a',
    article: 'Art 49(1)(a)',
    label: 'Explicit consent to the transfer',
    meaning: 'The person explicitly consented to the transfer after being told of its risks.',
  },
  {
    id: 'derogation-contract',
    alias: 'A49-1-b',
    article: 'Art 49(1)(b)',
    label: 'Necessary for a contract',
    meaning:
      'The transfer is necessary to perform a contract with the person or pre-contractual measures they asked for.',
  },
  {
    id: 'derogation-public-interest',
    alias: 'A49-1-d',
    article: 'Art 49(1)(d)',
    label: 'Important public interest',
    meaning: 'The transfer is necessary for important reasons of public interest.',
  },
  {
    id: 'derogation-legal-claims',
    alias: 'A49-1-e',
    article: 'Art 49(1)(e)',
    label: 'Legal claims',
    meaning: 'The transfer is necessary to establish, exercise or defend legal claims.',
  },
  {
    id: 'derogation-vital-interests',
    alias: 'A49-1-f',
    article: 'Art 49(1)(f)',
    label: 'Vital interests',
    meaning: 'The transfer is necessary to protect someone’s vital interests when they cannot give consent.',
  },
  {
    id: 'derogation-public-register',
    alias: 'A49-1-g',
    article: 'Art 49(1)(g)',
    label: 'Public register',
    meaning: 'The transfer is made from a register that is open to consultation by the public.',
  },
  {
    id: 'derogation-contract-in-interest',
    alias: 'A49-1-c',
    article: 'Art 49(1)(c)',
    label: 'Contract in the person’s interest',
    meaning:
      'The transfer is necessary to conclude or perform a contract made in the person’s interest between ' +
      'us and another party.',
  },
  {
    id: 'derogation-compelling-interests',
    alias: 'A49-1-2',
    article: 'Art 49(1)',
    label: 'Compelling legitimate interests',
    meaning:
      'An occasional transfer about a limited number of people, necessary for our compelling legitimate ' +
      'interests, with suitable safeguards; the supervisory authority is informed (Art 49(1), second subparagraph).',
  },
];

/** Mechanisms of the UK GDPR and the Swiss FADP (docs/language.md, "Laws"), and those whose decision the Court of Justice declared invalid, still recognised. */
const OTHER_MECHANISMS: readonly Term[] = [
  {
    id: 'uk-idta',
    article: 'Art 46(2)(d) UK GDPR',
    label: 'UK International Data Transfer Agreement',
    meaning:
      'The International Data Transfer Agreement issued under section 119A of the Data Protection Act 2018 is ' +
      'signed with the recipient. UK GDPR only.',
    laws: ['uk-gdpr'],
  },
  {
    id: 'uk-addendum',
    article: 'Art 46(2)(d) UK GDPR',
    label: 'EU standard contractual clauses with the UK Addendum',
    meaning:
      'The EU standard contractual clauses, with the UK Addendum issued under section 119A of the Data ' +
      'Protection Act 2018 (in force 21 March 2022). Under the EU GDPR the same clauses are `scc`.',
    laws: ['uk-gdpr', 'eu-gdpr'],
  },
  {
    id: 'uk-extension-dpf',
    article: 'Art 45A UK GDPR',
    label: 'UK Extension to the EU–US Data Privacy Framework',
    meaning:
      'The US recipient is certified to the UK Extension to the EU–US Data Privacy Framework (Data Protection ' +
      '(Adequacy) (United States of America) Regulations 2023). Only for the United States; UK GDPR only.',
    laws: ['uk-gdpr'],
  },
  {
    id: 'swiss-us-dpf',
    article: 'Art 16(1) FADP',
    label: 'Swiss–US Data Privacy Framework',
    meaning:
      'The US recipient is certified to the Swiss–US Data Privacy Framework (Annex 1 DPO, from 15 September 2024). ' +
      'Only for the United States; Swiss FADP only.',
    laws: ['ch-fadp'],
  },
  {
    id: 'privacy-shield',
    article: 'Art 45',
    label: 'EU–US Privacy Shield (declared invalid)',
    meaning:
      'No longer a valid mechanism: the CJEU declared the Privacy Shield decision invalid (C-311/18, 16 July 2020).',
    invalid:
      'The Court of Justice declared the EU–US Privacy Shield decision (Implementing Decision (EU) 2016/1250) invalid in ' +
      'Case C-311/18 (Schrems II) on 16 July 2020.',
  },
  {
    id: 'safe-harbor',
    article: 'Art 45',
    label: 'Safe Harbour (declared invalid)',
    meaning:
      'No longer a valid mechanism: the CJEU declared the Safe Harbour decision invalid (C-362/14, 6 October 2015).',
    invalid:
      'The Court of Justice declared the Safe Harbour decision (Decision 2000/520/EC) invalid in Case C-362/14 (Schrems) on ' +
      '6 October 2015.',
  },
];

export const RIGHTS: readonly Term[] = [
  {
    id: 'access',
    alias: 'A15',
    article: 'Art 15',
    label: 'Right of access',
    meaning: 'You can ask whether we process your data and get a copy of it.',
  },
  {
    id: 'rectification',
    alias: 'A16',
    article: 'Art 16',
    label: 'Right to rectification',
    meaning: 'You can have inaccurate data corrected and incomplete data completed.',
  },
  {
    id: 'erasure',
    alias: 'A17',
    article: 'Art 17',
    label: 'Right to erasure',
    meaning: 'You can have your data deleted when there is no longer a reason to keep it.',
  },
  {
    id: 'restriction',
    alias: 'A18',
    article: 'Art 18',
    label: 'Right to restriction of processing',
    meaning: 'You can ask us to limit the use of your data while a question about it is settled.',
  },
  {
    id: 'portability',
    alias: 'A20',
    article: 'Art 20',
    label: 'Right to data portability',
    meaning:
      'You can receive the data you gave us in a machine-readable format, or have it sent to another organisation.',
  },
  {
    id: 'objection',
    alias: 'A21',
    article: 'Art 21',
    label: 'Right to object',
    meaning:
      'You can object at any time to processing based on legitimate interests or a public task, and always ' +
      'to direct marketing.',
  },
  {
    id: 'automated-decisions',
    alias: 'A22',
    article: 'Art 22',
    label: 'Rights related to automated decisions',
    meaning:
      'You can ask for human intervention, express your view and contest a decision made solely by automated means.',
  },
  {
    id: 'withdraw-consent',
    alias: 'A7-3',
    article: 'Art 7(3)',
    label: 'Right to withdraw consent',
    meaning: 'You can withdraw your consent at any time, without affecting processing that took place before.',
  },
  {
    id: 'complaint',
    alias: 'A77',
    article: 'Art 77',
    label: 'Right to lodge a complaint',
    meaning: 'You can complain to a data protection supervisory authority.',
  },
];

/** The exceptions of Art 22(2) that allow a decision based solely on automated processing (docs/language.md, "Top-level sections" `ground`). */
export const DECISION_GROUNDS: readonly Term[] = [
  {
    id: 'contract',
    article: 'Art 22(2)(a)',
    label: 'Necessary for a contract',
    meaning: 'The decision is necessary for entering into, or performing, a contract between the person and us.',
  },
  {
    id: 'law',
    article: 'Art 22(2)(b)',
    label: 'Authorised by law',
    meaning: 'The decision is authorised by Union or Member State law, which also lays down suitable safeguards.',
  },
  {
    id: 'explicit-consent',
    article: 'Art 22(2)(c)',
    label: 'Explicit consent',
    meaning: 'The person has given explicit consent to the decision.',
  },
];

export const SPECIAL_CATEGORIES: readonly Term[] = [
  {
    id: 'racial-ethnic-origin',
    article: 'Art 9(1)',
    label: 'Racial or ethnic origin',
    meaning: 'Data revealing racial or ethnic origin.',
  },
  {
    id: 'political-opinions',
    article: 'Art 9(1)',
    label: 'Political opinions',
    meaning: 'Data revealing political opinions.',
  },
  {
    id: 'religious-beliefs',
    article: 'Art 9(1)',
    label: 'Religious or philosophical beliefs',
    meaning: 'Data revealing religious or philosophical beliefs.',
  },
  {
    id: 'trade-union-membership',
    article: 'Art 9(1)',
    label: 'Trade union membership',
    meaning: 'Data revealing trade union membership.',
  },
  {
    id: 'genetic',
    article: 'Art 9(1)',
    label: 'Genetic data',
    meaning: 'Data on inherited or acquired genetic characteristics (Art 4(13)).',
  },
  {
    id: 'biometric',
    article: 'Art 9(1)',
    label: 'Biometric data',
    meaning: 'Biometric data used to uniquely identify a person, such as fingerprints or face templates (Art 4(14)).',
  },
  {
    id: 'health',
    article: 'Art 9(1)',
    label: 'Health data',
    meaning: 'Data about physical or mental health, including health care received (Art 4(15)).',
  },
  {
    id: 'sex-life',
    article: 'Art 9(1)',
    label: 'Sex life or sexual orientation',
    meaning: 'Data concerning a person’s sex life or sexual orientation.',
  },
];

export const RECIPIENT_TYPES: readonly Term[] = [
  { id: 'internal', label: 'Internal', meaning: 'Staff or departments of the controller itself.' },
  {
    id: 'processor',
    article: 'Art 28',
    label: 'Processor',
    meaning: 'Processes the data on our behalf and on our instructions (Art 4(8)).',
  },
  {
    id: 'controller',
    label: 'Independent controller',
    meaning: 'Decides itself why and how it uses the data it receives (Art 4(7)).',
  },
  {
    id: 'joint-controller',
    article: 'Art 26',
    label: 'Joint controller',
    meaning: 'Decides together with us why and how the data is processed (Art 26).',
  },
  {
    id: 'public-authority',
    label: 'Public authority',
    meaning: 'A public authority that receives data, e.g. because the law requires it.',
  },
  { id: 'public', label: 'The public', meaning: 'The data is published or made available to anyone.' },
];

const category = (id: string, label: string, meaning: string): Term => ({ id, label, meaning });
export const RECIPIENT_CATEGORIES: readonly Term[] = [
  category('hosting', 'Hosting providers', 'Data centres and cloud platforms that store our systems.'),
  category('it-services', 'IT service providers', 'Software vendors and IT support that maintain our systems.'),
  category('analytics', 'Analytics providers', 'Services that measure how our website or app is used.'),
  category('advertising', 'Advertising partners', 'Networks and platforms that show or measure advertising.'),
  category('payment', 'Payment providers', 'Banks and payment service providers that handle payments.'),
  category('customer-support', 'Customer support providers', 'Help-desk, chat and call-centre services.'),
  category('crm', 'CRM providers', 'Customer relationship management software.'),
  category('email-delivery', 'E-mail delivery services', 'Services that send our e-mails and newsletters.'),
  category('social-media', 'Social media platforms', 'Social networks, e.g. through plug-ins or shared pages.'),
  category('recruitment', 'Recruitment partners', 'Recruitment agencies and application-tracking software.'),
  category('auditors', 'Auditors', 'External auditors and accountants.'),
  category('legal-advisers', 'Legal advisers', 'Lawyers and other legal advisers.'),
  category('insurers', 'Insurers', 'Insurance companies and brokers.'),
  category('banks', 'Banks', 'Banks and other financial institutions.'),
  category('group-companies', 'Group companies', 'Other companies of our group.'),
  category('business-partners', 'Business partners', 'Partners we work with to deliver our services.'),
  category('ai-providers', 'AI providers', 'Providers of artificial-intelligence models and services.'),
  category('security', 'Security services', 'Security, fraud-prevention and monitoring services.'),
  category('delivery-logistics', 'Delivery and logistics', 'Couriers and logistics companies.'),
  category('law-enforcement', 'Law enforcement', 'Police and other law-enforcement authorities.'),
  category('courts', 'Courts', 'Courts and tribunals.'),
  category('tax-authority', 'Tax authorities', 'Tax and social-security authorities.'),
  category('prospective-buyers', 'Prospective buyers', 'Prospective buyers or investors in a merger or acquisition.'),
];

export const COLLECTION_MODES: readonly Term[] = [
  {
    id: 'direct',
    article: 'Art 13',
    label: 'Directly from the person',
    meaning: 'All data is obtained from the person it is about: Art 13 applies.',
  },
  {
    id: 'indirect',
    article: 'Art 14',
    label: 'From other sources',
    meaning: 'The data is obtained from others than the person: Art 14 applies.',
  },
  {
    id: 'both',
    article: 'Art 13, 14',
    label: 'Both',
    meaning: 'Some data comes from the person and some from other sources: Art 13 and Art 14 apply.',
  },
];

export const PROVISION_KINDS: readonly Term[] = [
  {
    id: 'statutory',
    article: 'Art 13(2)(e)',
    label: 'Statutory requirement',
    meaning: 'The law requires the person to provide the data.',
  },
  {
    id: 'contractual',
    article: 'Art 13(2)(e)',
    label: 'Contractual requirement',
    meaning: 'A contract requires the person to provide the data.',
  },
  {
    id: 'contract-entry',
    article: 'Art 13(2)(e)',
    label: 'Needed to enter into a contract',
    meaning: 'The data is needed before a contract can be concluded.',
  },
  { id: 'voluntary', article: 'Art 13(2)(e)', label: 'Voluntary', meaning: 'Providing the data is voluntary.' },
];

export const DATA_SOURCES: readonly Term[] = [
  { id: 'data-subject', article: 'Art 13', label: 'From you', meaning: 'The person provides the data themselves.' },
  {
    id: 'automatic',
    article: 'Art 13',
    label: 'Collected automatically',
    meaning: 'The data is collected automatically, e.g. by our website or devices.',
  },
];

export const COOKIE_TYPES: readonly Term[] = [
  {
    id: 'essential',
    label: 'Strictly necessary',
    meaning: 'Needed for the service the user asked for; no consent needed (ePrivacy Art 5(3)).',
  },
  { id: 'preferences', label: 'Preferences', meaning: 'Remember the user’s choices such as language.' },
  { id: 'analytics', label: 'Analytics', meaning: 'Measure how the site is used; need consent.' },
  { id: 'marketing', label: 'Marketing', meaning: 'Track users for advertising; need consent.' },
];

export const COOKIE_PARTIES: readonly Term[] = [
  { id: 'first', label: 'First party', meaning: 'Set by our own site.' },
  { id: 'third', label: 'Third party', meaning: 'Set by another organisation’s domain.' },
];

/** The notice languages (languages/): `policy.language`. */
export const LANGUAGES: readonly Term[] = NOTICE_LANGUAGES.map((l) => ({
  id: l.tag,
  label: l.englishName,
  meaning: l.meaning,
}));

/** Ways to exercise rights (docs/language.md, "rights" `rights.channels`, v1.2). */
export const CHANNEL_KINDS: readonly Term[] = [
  { id: 'email', article: 'Art 12(2)', label: 'E-mail', meaning: 'Requests are sent by e-mail to the address given.' },
  {
    id: 'web-form',
    article: 'Art 12(2)',
    label: 'Web form',
    meaning: 'Requests are made through a form on the website.',
  },
  {
    id: 'post',
    article: 'Art 12(2)',
    label: 'Post',
    meaning: 'Requests are sent by letter to the postal address given.',
  },
  { id: 'phone', article: 'Art 12(2)', label: 'Telephone', meaning: 'Requests are made by telephone.' },
  {
    id: 'in-app',
    article: 'Art 12(2)',
    label: 'In the app or account',
    meaning: 'Requests are made, or the data managed directly, in the app or the online account (self-service).',
  },
  {
    id: 'in-person',
    article: 'Art 12(2)',
    label: 'In person',
    meaning: 'Requests are made in person, e.g. at the reception desk.',
  },
];

/** Negative statements the notice makes and the checker holds it to (docs/language.md, "promises"). */
export const PROMISES: readonly Term[] = [
  {
    id: 'no-sale',
    article: 'Art 5(1)(a), 12(1)',
    label: 'We do not sell personal data',
    meaning: 'The notice says that we do not sell personal data.',
  },
  {
    id: 'no-sharing-for-advertising',
    article: 'Art 5(1)(a), 12(1)',
    label: 'We do not share personal data for others’ advertising',
    meaning: 'The notice says that we do not share personal data with others for their own advertising.',
  },
  {
    id: 'no-transfer',
    article: 'Art 13(1)(f)',
    label: 'No personal data leaves the territory',
    meaning:
      'The notice says that no personal data leaves the territory of the notice’s laws (the EEA under the EU GDPR).',
  },
  {
    id: 'no-profiling',
    article: 'Art 4(4), 13(2)(f)',
    label: 'We do not profile',
    meaning: 'The notice says that we do not use personal data for profiling.',
  },
  {
    id: 'no-special-categories',
    article: 'Art 9(1)',
    label: 'We do not process special categories of data',
    meaning: 'The notice says that we process none of the special categories of data of Art 9(1).',
  },
];

/** The laws a notice can serve (docs/language.md, "Laws"). */
export const LAW_IDS: readonly Term[] = [
  {
    id: 'eu-gdpr',
    label: 'EU GDPR',
    meaning: 'Regulation (EU) 2016/679, the General Data Protection Regulation.',
  },
  {
    id: 'uk-gdpr',
    label: 'UK GDPR',
    meaning: 'The UK GDPR with the Data Protection Act 2018, as amended by the Data (Use and Access) Act 2025.',
  },
  {
    id: 'ch-fadp',
    label: 'Swiss FADP',
    meaning:
      'The Swiss Federal Act on Data Protection of 25 September 2020 (SR 235.1, in force 1 September 2023), with ' +
      'its Ordinance (DPO, SR 235.11).',
  },
];

/** Regions a recipient's `country` may name instead of one country (docs/language.md, "recipients"). */
export const REGIONS: readonly Term[] = [
  {
    id: 'EEA',
    label: 'European Economic Area',
    meaning: 'Somewhere in the European Economic Area: the EU Member States, Iceland, Liechtenstein and Norway.',
  },
  { id: 'EU', label: 'European Union', meaning: 'Somewhere in the European Union.' },
];

export const NONE: Term = { id: 'none', label: 'None', meaning: 'Explicitly states that there is none.' };

export type VocabularyName =
  | 'basis'
  | 'special_basis'
  | 'mechanism'
  | 'right'
  | 'special'
  | 'recipient_type'
  | 'recipient_category'
  | 'collection'
  | 'provision'
  | 'source'
  | 'cookie_type'
  | 'cookie_party'
  | 'language'
  | 'decision_ground'
  | 'channel_kind'
  | 'promise'
  | 'law'
  | 'region';

export const VOCABULARIES: Record<VocabularyName, readonly Term[]> = {
  basis: [...LEGAL_BASES, ...UK_BASES],
  special_basis: SPECIAL_CONDITIONS,
  mechanism: [...MECHANISMS, ...OTHER_MECHANISMS],
  right: RIGHTS,
  special: SPECIAL_CATEGORIES,
  recipient_type: RECIPIENT_TYPES,
  recipient_category: RECIPIENT_CATEGORIES,
  collection: COLLECTION_MODES,
  provision: PROVISION_KINDS,
  source: DATA_SOURCES,
  cookie_type: COOKIE_TYPES,
  cookie_party: COOKIE_PARTIES,
  language: LANGUAGES,
  decision_ground: DECISION_GROUNDS,
  channel_kind: CHANNEL_KINDS,
  promise: PROMISES,
  law: LAW_IDS,
  region: REGIONS,
};

/** Finds a term by id or DPV alias (aliases are case-insensitive, e.g. `a6-1-f`). */
export function findTerm(vocabulary: VocabularyName, value: string): Term | undefined {
  const terms = VOCABULARIES[vocabulary];
  return (
    terms.find((t) => t.id === value) ??
    terms.find((t) => t.alias !== undefined && t.alias.toLowerCase() === value.toLowerCase())
  );
}
