// English text of the rendered notice: every generated heading and sentence (docs/language.md, "Output language").
// Values are HTML written by us; function arguments arrive already escaped, so they can be inserted as is.
// Vocabulary labels, articles and meanings come from gdpr/vocabulary.ts, not from here: the other catalogues
// translate them in their `terms`, and must have every string this one has (test/unit/languages.test.ts).
import { countryName } from '../../vocabulary/countries';
import type { Duration } from '../../vocabulary/duration';
import { findTerm, type VocabularyName } from '../../vocabulary/terms';
import { durationStyle, englishTermTable, longDate, sameUnit, type LocalTerm } from '../noticeText';
import { en as descriptor } from './language';

const duration = durationStyle(descriptor.locale);

export const en = {
  /** The language tag this catalogue is for. */
  language: descriptor.tag,
  /** Locale for dates and lists ("1 January 2025", "a, b and c"). */
  locale: descriptor.locale,
  /** "2025-01-01" as the notice writes it. */
  date: longDate(descriptor.locale),
  /** An article citation as written in gdpr/vocabulary.ts ("Art 6(1)(f)") in this language's style. */
  cite: (article: string) => article,
  /** Vocabulary words by vocabulary and term id (English: read from gdpr/vocabulary.ts). */
  terms: englishTermTable(),
  /** A vocabulary value (id or alias) in this language, its article cited; undefined when it is not a term. */
  term: (vocabulary: VocabularyName, value: string): LocalTerm | undefined => findTerm(vocabulary, value),
  /** A country's name from its ISO code. */
  country: (code: string) => countryName(code),
  defaultTitle: 'Privacy notice',
  meta: {
    effective: (date: string) => `Effective from ${date}`,
    updated: (date: string) => `Last updated ${date}`,
    version: (version: string) => `Version ${version}`,
  },
  contents: 'Contents',
  /** Shown where a table cell has nothing to say. */
  none: '—',
  headings: {
    who: 'Who we are',
    summary: 'In short',
    data: 'The personal data we process',
    purposes: 'Why we use your data and on what legal basis',
    recipients: 'Who receives your data',
    transfers: 'Transfers outside the European Economic Area',
    rights: 'Your rights',
    complaints: 'Complaints',
    automated: 'Automated decisions and profiling',
    cookies: 'Cookies',
    security: 'How we protect your data',
    /** An author's section that has no title. */
    untitled: 'More information',
  },
  who: {
    controllerHeading: 'Controller',
    controller: (name: string) => `${name} is the controller responsible for the processing of your personal data.`,
    representativeHeading: 'Our representative in the European Union',
    representative: (name: string) =>
      `${name} represents us in the European Union (Art 27). You can contact them about any question on ` +
      `the processing of your data.`,
    dpoHeading: 'Data protection officer',
    dpo: (name: string) => `Our data protection officer is ${name}.`,
    dpoUnnamed: 'You can reach our data protection officer as follows.',
    dpoNone:
      'We have not appointed a data protection officer. For any question about your data, contact us using ' +
      'the details above.',
    legalForm: 'Legal form',
    registration: 'Registration number',
    address: 'Address',
    email: 'E-mail',
    phone: 'Phone',
    website: 'Website',
  },
  data: {
    intro: 'We process the following categories of personal data about you.',
    caption: 'Categories of personal data',
    category: 'Category',
    details: 'What it includes',
    source: 'Where it comes from',
    examples: (list: string) => `For example: ${list}.`,
    special: (label: string, article: string) => `Special category of data: ${label} (${article})`,
    criminal: 'Data about criminal convictions and offences (Art 10)',
    publicSource: (source: string) => `Publicly accessible source: ${source}`,
  },
  purposes: {
    intro:
      'For each purpose we tell you the legal basis we rely on, the data we use, how long we keep it and ' +
      'who receives it.',
    caption: 'Purposes of processing',
    purpose: 'Purpose',
    basis: 'Legal basis',
    data: 'Data used',
    retention: 'How long we keep it',
    recipients: 'Who receives it',
    citation: (label: string, article: string) => `${label} — ${article}`,
    interest: (citation: string, interest: string) => `${citation}: ${interest}`,
    specialConditions: 'For special categories of data:',
    law: (law: string) => `Legal provision: ${law}`,
    provision: (label: string) => `Providing the data: ${label}.`,
    consequence: (text: string) => `If you do not provide it: ${text}`,
  },
  retention: {
    duration: (d: Duration) => duration(d),
    from: (period: string, event: string) => `${period} from ${event}`,
    until: (event: string) => `until ${event}`,
    untilThen: (event: string, then: string) => `until ${event}, then ${then}`,
    criteria: (text: string) => `criteria: ${text}`,
    forData: (data: string, retention: string) => `${data}: ${retention}`,
    /** v1.2 forms (docs/language.md, "Retention"); `period` may already carry its "from …". */
    atLeast: (period: string) => `at least ${period}`,
    atMost: (period: string) => `at most ${period}`,
    /** "between 7 and 10 years": the unit is said once when both ends share it. */
    between: (low: Duration, high: Duration) =>
      `between ${sameUnit(low, high) ? low.parts[0].amount : duration(low)} and ${duration(high)}`,
    asRequiredBy: (phrase: string, law: string) => `${phrase}, as required by ${law}`,
    law: (law: string) => `for the period required by ${law}`,
    lawThen: (law: string, then: string) => `for the period required by ${law}, then a further ${then}`,
    extendedUntil: (phrase: string, event: string) => `${phrase}, and longer where needed, until ${event}`,
  },
  /** v1.2: whom the notice addresses (docs/language.md, "Output language" audience view). */
  audiences: {
    addressedTo: (list: string) => `This notice is addressed to: ${list}.`,
    view: (audience: string) => `This version of the notice shows only what concerns: ${audience}.`,
    concerns: (list: string) => `Concerns: ${list}.`,
  },
  /** v1.2: what a purpose involves (docs/language.md, "purposes" flags). */
  purposeFlags: {
    directMarketing: 'Direct marketing',
    profiling: 'Includes profiling (Art 4(4))',
    research: 'Scientific or historical research or statistics (Art 89)',
    children: 'Service offered directly to children (Art 8)',
    basisWhen: (when: string) => `Applies: ${when}`,
    /** `age` is a number, or undefined when the controller's country is unknown. */
    parentalConsent: (age: number | undefined) =>
      `${age === undefined ? 'Below the age of digital consent set by the applicable national law (between 13 and 16)' : `Below the age of ${age}`}, consent is given or authorised by the holder of parental responsibility (Art 8(1)):`,
  },
  /** v1.2: joint controllers and the essence of the arrangement (Art 26). */
  joint: {
    heading: 'Joint controllers',
    intro:
      'We decide together with the following organisations why and how your personal data is processed. ' +
      'The essence of our arrangement is set out below (Art 26(2)). You can exercise your rights with each ' +
      'of us (Art 26(3)).',
    purposes: 'For',
    essence: 'Essence of the arrangement',
    contactPoint: 'Contact point',
    contact: 'Contact',
  },
  recipients: {
    intro: 'We share personal data with the following recipients, each only for the purposes listed above.',
    caption: 'Recipients of personal data',
    recipient: 'Recipient',
    role: 'Role',
    category: 'Category',
    country: 'Location',
  },
  transfers: {
    intro:
      'Some of your personal data is transferred to countries outside the European Economic Area (EEA). ' +
      'These transfers are protected as follows.',
    item: (n: number) => `Transfer ${n}`,
    recipients: 'Recipients',
    countries: 'Countries',
    mechanism: 'Safeguard',
    copy: 'How to get a copy',
    organisations: 'International organisations',
  },
  rights: {
    intro: 'You have the following rights regarding your personal data.',
    objectionHeading: 'Your right to object',
    /** The right's name and article, leading its explanation. */
    objectionLead: (citation: string) => `${citation}:`,
    objectionPurposes: 'This applies in particular to the following processing:',
    objectionHow: (contact: string) => `To object, contact us at ${contact}.`,
    objectionHowFallback: 'To object, contact us using the details in “Who we are”.',
    exerciseHeading: 'How to exercise your rights',
    exercise: (contact: string) => `To exercise any of these rights, contact us at ${contact}.`,
    exerciseFallback: 'To exercise any of these rights, contact us using the details in “Who we are”.',
    responseTime: (time: string) =>
      `We inform you of the action taken on your request without undue delay and at the latest within ${time} ` +
      `of receiving it. Where necessary, taking into account the complexity and number of requests, this ` +
      `period can be extended by two further months; we will then inform you of the extension, with the ` +
      `reasons for the delay, within one month of receiving your request (Art 12(3)).`,
    /** After the right to data portability: the purposes it covers (Art 20(1)(a)). */
    restrictedIntro: 'The law restricts the following rights (Art 23):',
    portabilityPurposes: (list: string) => `It covers the data you provided to us for: ${list}.`,
    citation: (label: string, article: string) => `${label} (${article})`,
  },
  /** The right to object by its grounds (Art 21(4): separately and clearly), each shown only where it applies. */
  objection: {
    general:
      'You have the right to object at any time, on grounds relating to your particular situation, to the ' +
      'processing of your personal data that is based on our legitimate interests or on a task carried ' +
      'out in the public interest, including profiling based on those grounds (Art 21(1)). We will then ' +
      'stop that processing, unless we demonstrate compelling legitimate grounds for it which override ' +
      'your interests, rights and freedoms, or the processing is needed for the establishment, exercise ' +
      'or defence of legal claims.',
    directMarketing:
      'Where we process your personal data for direct marketing, you have the right to object to it at ' +
      'any time, without giving reasons, including to profiling to the extent that it is related to such ' +
      'direct marketing (Art 21(2)). If you object, we will no longer process your personal data for that ' +
      'purpose (Art 21(3)).',
    research:
      'Where we process your personal data for scientific or historical research or for statistical purposes, ' +
      'you have the right to object to it on grounds relating to your particular situation, unless the ' +
      'processing is necessary for the performance of a task carried out in the public interest (Art 21(6)).',
    concerned: 'This concerns:',
  },
  /** v1.2: how rights are exercised (docs/language.md, "rights" channels, identity check, named contact). */
  exercise: {
    named: (name: string, how: string) => `To exercise any of these rights, contact ${name}${how ? ` (${how})` : ''}.`,
    channels: 'You can make your request:',
    channel: (kind: string, value: string) => (value ? `${kind}: ${value}` : kind),
    identityHeading: 'How we check your identity',
    identityIntro: 'Before we act on a request, we check that it comes from you (Art 12(6)):',
  },
  complaints: {
    text:
      'If you believe that we process your personal data unlawfully, you have the right to lodge a complaint ' +
      'with a supervisory authority, in particular in the EU member state where you live, where you work ' +
      'or where the alleged infringement took place (Art 77).',
    authority: (name: string) => `The supervisory authority competent for us is ${name}.`,
    webform: 'Complaint form',
  },
  automated: {
    none:
      'We do not make decisions about you based solely on automated processing, including profiling, that ' +
      'produce legal effects concerning you or similarly significantly affect you (Art 22).',
    intro: 'We make the following decisions based solely on automated processing, including profiling (Art 22).',
    logic: 'How it works',
    significance: 'What it means for you',
    ground: 'Legal ground',
    /** Art 22(3): for decisions necessary for a contract or based on explicit consent. */
    safeguards:
      'You can obtain human intervention on our part, express your point of view and contest the decision (Art 22(3)).',
    /** Art 22(2)(b): the authorising law lays down the safeguards. */
    lawSafeguards:
      'The law that authorises this decision lays down suitable measures to safeguard your rights, freedoms ' +
      'and legitimate interests (Art 22(2)(b)).',
  },
  cookies: {
    intro: 'Our website uses the following cookies and similar technologies.',
    caption: 'Cookies and similar technologies',
    name: 'Name',
    provider: 'Provider',
    purpose: 'Purpose',
    duration: 'Duration',
    type: 'Type',
    party: 'Set by',
    session: 'Until you close your browser',
  },
  security: {
    intro: 'We protect your personal data with the following technical and organisational measures (Art 32).',
  },
  /** Preview-only markers for required information that is missing, by rule id (short, with the article). */
  missing: {
    'missing-retention': 'Retention period missing — Art 13(2)(a)',
    'vague-retention': 'Retention period vague — Art 13(2)(a)',
    'missing-legal-basis': 'Legal basis missing — Art 13(1)(c)',
    'missing-legitimate-interest': 'Legitimate interest not stated — Art 13(1)(d)',
    'missing-special-category-condition': 'Art 9(2) condition missing — Art 9(2)',
    'missing-law-reference': 'Law not named — Art 6(3)',
    'missing-controller-contact': 'Controller contact details missing — Art 13(1)(a)',
    'missing-dpo': 'Data protection officer not stated — Art 13(1)(b)',
    'missing-authority': 'Supervisory authority missing — Art 13(2)(d)',
    'missing-automated-decisions': 'Automated decisions not stated — Art 13(2)(f)',
    'missing-source': 'Source of the data missing — Art 14(2)(f)',
    'missing-provision': 'Provision not stated — Art 13(2)(e)',
    'missing-transfer-safeguard': 'Transfer safeguard missing — Art 13(1)(f)',
    'missing-transfer-copy': 'Where to get a copy of the safeguard missing — Art 13(1)(f)',
    'transfer-without-destination': 'Destination of the transfer not stated — Art 13(1)(f)',
    'missing-consequence': 'Consequences of not providing the data not stated — Art 13(2)(e)',
    'consent-tied-to-contract': 'Consent made a condition of a contract — Art 7(4)',
    'invalid-response-time': 'Longer than the one month the law allows — Art 12(3)',
    'invalid-adequacy': 'No adequacy decision covers this transfer — Art 45',
    'unknown-reference': 'Not defined in the policy',
    'missing-parental-consent': 'How parents give consent not stated — Art 8(2)',
    'missing-joint-arrangement': 'Essence of the joint arrangement missing — Art 26(2)',
  } as Record<string, string>,
  missingField: (key: string) => `Required field “${key}” missing`,
  /** The last resort when a document cannot be rendered at all. */
  renderFailed:
    'This notice could not be displayed because its source could not be read. Please contact the organisation ' +
    'that published it.',
};

export type Messages = typeof en;
