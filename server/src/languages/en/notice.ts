// English text of the rendered notice: every generated heading and sentence (docs/language.md, "Output language").
// Values are HTML written by us; function arguments arrive already escaped, so they can be inserted as is.
// Vocabulary labels, articles and meanings come from gdpr/vocabulary.ts, not from here: the other catalogues
// translate them in their `terms`, and must have every string this one has (test/unit/languages.test.ts).
import { countryName } from '../../vocabulary/countries';
import type { Duration } from '../../vocabulary/duration';
import { findTerm, type VocabularyName } from '../../vocabulary/terms';
import { INVALID_MECHANISM, type LawNoticeText } from '../../laws';
import {
  durationStyle,
  englishTermTable,
  isQuotation,
  longDate,
  monthDate,
  sameUnit,
  type LocalTerm,
} from '../noticeText';
import { en as descriptor } from './language';

const duration = durationStyle(descriptor.locale);

/**
 * The author's event after "until"/"from": spliced when English, or, when it is quoted in another language, named
 * as the author's description (never spliced into an English phrase, docs/language.md "Output language").
 */
const event = (text: string) => (isQuotation(text) ? `the time described as ${text}` : text);

export const en = {
  /** The language tag this catalogue is for. */
  language: descriptor.tag,
  /** Locale for dates and lists ("1 January 2025", "a, b and c"). */
  locale: descriptor.locale,
  /** "2025-01-01" as the notice writes it. */
  date: longDate(descriptor.locale),
  /** "2026-08" (a month, docs/language.md "policy") as the notice writes it. */
  month: monthDate(descriptor.locale),
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
    /** `month`: the date is a month ("August 2026"), not a day. */
    effective: (date: string, _month: boolean) => `Effective from ${date}`,
    updated: (date: string, month: boolean) => `Last updated ${month ? 'in ' : ''}${date}`,
    version: (version: string) => `Version ${version}`,
  },
  contents: 'Contents',
  /** Shown where a table cell has nothing to say. */
  none: '—',
  headings: {
    who: 'Who we are',
    summary: 'In short',
    promises: 'Our commitments',
    children: 'Children',
    data: 'The personal data we process',
    purposes: 'Why we use your data and on what legal basis',
    recipients: 'Who receives your data',
    transfers: 'Transfers outside the European Economic Area',
    rights: 'Your rights',
    complaints: 'Complaints',
    automated: 'Automated decisions and profiling',
    cookies: 'Cookies and similar technologies',
    security: 'How we protect your data',
    changes: 'Changes to this notice',
    /** An author's section that has no title. */
    untitled: 'More information',
  },
  /** The EU GDPR's sentences that another law replaces with its own (laws/law.ts, `LawNoticeText`). */
  lawText: {
    outside: 'outside the European Economic Area (EEA)',
    transfersHeading: 'Transfers outside the European Economic Area',
    transfersIntro:
      'Personal data may be transferred outside the European Economic Area (EEA) only on one of the grounds the ' +
      'law provides (Art 44): an adequacy decision of the European Commission, appropriate safeguards or, in ' +
      'specific situations, a derogation. For each transfer below we state where the data goes and on which ground.',
    complaint:
      'If you consider that the processing of your personal data infringes the GDPR, you have the right to lodge a ' +
      'complaint with a supervisory authority, in particular in the State of the European Economic Area (EEA) of ' +
      'your habitual residence, your place of work or the place of the alleged infringement, without prejudice to ' +
      'any other administrative or judicial remedy (Art 77(1)).',
    digitalConsentAges: 'between 13 and 16 in the European Economic Area',
  } satisfies LawNoticeText,
  who: {
    controllerHeading: 'Controller',
    controller: (name: string) => `${name} is the controller responsible for the processing of your personal data.`,
    representativeHeading: 'Our representative in the European Union',
    representative: (name: string) =>
      `${name} represents us in the European Union (Art 27). You can contact them about any question on ` +
      `the processing of your data.`,
    dpoHeading: 'Data protection officer',
    dpoUnnamed: 'You can reach our data protection officer as follows.',
    dpoNone:
      'We have not appointed a data protection officer. For any question about your data, contact us using ' +
      'the details above.',
    name: 'Name',
    legalForm: 'Legal form',
    registration: 'Registration number',
    address: 'Address',
    email: 'E-mail',
    phone: 'Phone',
    website: 'Website',
    status: 'Status',
    publicBody: 'Public authority or body',
    /** v1.3 `roles.processor_for` (docs/language.md, "roles"). */
    processorHeading: 'Processing on behalf of others',
    processorIntro:
      'We also process personal data on behalf of others. For that processing they are the controller (Art 4(7)) ' +
      'and we are their processor (Art 4(8)); their privacy notice applies to it.',
    processorController: 'Controller',
    processorNotice: 'Their privacy notice',
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
    /** A label, never a clause: the author's sentence often starts "If you fail to provide…" itself. */
    consequence: (text: string) => `Consequences of not providing the data: ${text}`,
    /** v1.3: the notice-wide retention, stated once above the table (docs/language.md, "Retention"). */
    generalRetention:
      'How long we keep personal data, for every purpose below that does not state a period of its own:',
    generalRetentionCell: 'See the general statement on retention above the table',
    /** v1.3 `opt_out`: a way to stop the processing without a rights request. */
    optOut: 'How to stop this processing:',
    optOutLink: 'Opt-out page',
    /** After a recipient that may receive data (`possible`), or collects data itself (`own_collection`). */
    mayReceive: 'may receive it',
    collectsItself: 'collects data itself',
  },
  retention: {
    duration: (d: Duration) => duration(d),
    from: (period: string, text: string) => `${period} from ${event(text)}`,
    until: (text: string) => `until ${event(text)}`,
    untilThen: (text: string, then: string) => `until ${event(text)}, then ${then}`,
    criteria: (text: string) => `criteria: ${text}`,
    forData: (data: string, retention: string) => `${data}: ${retention}`,
    /** v1.2 forms (docs/language.md, "Retention"); `period` may already carry its "from …". */
    atLeast: (period: string) => `at least ${period}`,
    atMost: (period: string) => `at most ${period}`,
    /** "between 7 and 10 years": the unit is said once when both ends share it. */
    between: (low: Duration, high: Duration) =>
      `between ${sameUnit(low, high) ? low.parts[0].amount : duration(low)} and ${duration(high)}`,
    asRequiredBy: (phrase: string, law: string) =>
      isQuotation(law) ? `${phrase}, as required by the following law: ${law}` : `${phrase}, as required by ${law}`,
    law: (law: string) =>
      isQuotation(law) ? `for the period required by the following law: ${law}` : `for the period required by ${law}`,
    lawThen: (law: string, then: string) =>
      isQuotation(law)
        ? `for the period required by the following law: ${law}, then a further ${then}`
        : `for the period required by ${law}, then a further ${then}`,
    extendedUntil: (phrase: string, text: string) => `${phrase}, and longer where needed, until ${event(text)}`,
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
    /**
     * Art 8(1) as the law's rule, never as ours: the age is that of the law that applies to the child (EDPB
     * Guidelines 05/2020, para 131). `ages` comes from the notice's law ("between 13 and 16 in the …").
     */
    childConsent: (ages: string) =>
      `If you are below the age at which the law that applies to you lets you consent yourself to this service ` +
      `(${ages}), consent is given or authorised by the holder of parental responsibility over you (Art 8(1)).`,
    /** The age of one country's law, given as that country's ("Belgium: 13"). */
    countryAge: (country: string, age: number) => `Age set by national law — ${country}: ${age}.`,
    parentalHow: 'How a parent gives or authorises consent:',
  },
  /** v1.3 `minimum_age` (docs/language.md, "policy"). */
  minimumAge: (age: number) => `Our services are not intended for people under the age of ${age}.`,
  /** v1.3 `promises`: one sentence each (docs/language.md, "promises"); `outside` is the law's territory phrase. */
  promises: {
    'no-sale': 'We do not sell your personal data.',
    'no-sharing-for-advertising': 'We do not share your personal data with others for their own advertising.',
    'no-transfer': (outside: string) => `We do not transfer your personal data ${outside}.`,
    'no-profiling': 'We do not use your personal data for profiling (Art 4(4)).',
    'no-special-categories': 'We do not process special categories of personal data (Art 9(1)).',
  },
  /** v1.3 `policy.changes`. */
  changes: {
    notice: (time: string) => `We inform you of a material change to this notice ${time} before it applies.`,
  },
  /** v1.2: joint controllers and the essence of the arrangement (Art 26). */
  joint: {
    heading: 'Joint controllers',
    intro:
      'We decide together with the following organisations why and how your personal data is processed. ' +
      'The essence of our arrangement is set out below (Art 26(2)). You can exercise your rights with each ' +
      'of us (Art 26(3)).',
    purposes: (list: string) => `For: ${list}`,
    essence: 'Essence of the arrangement',
    contactPoint: 'Contact point',
    contact: 'Contact',
  },
  recipients: {
    /** Recipients that some purpose names; `possible`: some of them only may receive data. */
    intro: (possible: boolean) =>
      `The following recipients receive personal data from us${possible ? ', or may receive it where this is stated' : ''}, ` +
      `each only for the purposes listed above.`,
    /** Recipients that no purpose names. */
    introOthers: (possible: boolean) =>
      `The following recipients also receive personal data from us${possible ? ', or may receive it where this is stated' : ''}.`,
    caption: 'Recipients of personal data',
    recipient: 'Recipient',
    role: 'Role',
    category: 'Category',
    country: 'Location',
    mayReceive: 'May receive personal data',
    safeguards: 'Commitments the recipient is bound by:',
    /** v1.3 `own_collection`: organisations that collect data themselves, never "we share with". */
    ownHeading: 'Organisations that collect data themselves',
    ownIntro:
      'The following organisations collect personal data themselves (for example a platform on which we have a ' +
      'page, or a provider whose content is embedded in our website).',
    ownCaption: 'Organisations that collect personal data themselves',
    organisation: 'Organisation',
    mayCollect: 'May collect personal data',
  },
  transfers: {
    item: (n: number) => `Transfer ${n}`,
    /** Leads the destinations: the transfer is certain, or may happen (`possible`). */
    transferred: 'Personal data is transferred to:',
    mayBeTransferred: 'Personal data may be transferred to:',
    recipients: 'Recipients',
    countries: 'Countries',
    organisations: 'International organisations',
    groundOne: 'Ground of the transfer:',
    groundOneOf: 'The transfer rests on one of the following grounds:',
    /** Art 45: adequacy decisions (under the GDPR, or kept in force from Directive 95/46/EC by Art 45(9)). */
    adequacyCountry: (country: string) =>
      `The European Commission has decided that the following country ensures an adequate level of protection ` +
      `(Art 45(3)): ${country}.`,
    adequacyCountryDirective: (country: string) =>
      `The European Commission has decided that the following country ensures an adequate level of protection, ` +
      `by a decision adopted under Directive 95/46/EC that remains in force (Art 45(9)): ${country}.`,
    adequacyOrganisation: (organisation: string) =>
      `The European Commission has decided that the following international organisation ensures an adequate ` +
      `level of protection (Art 45(3)): ${organisation}.`,
    adequacyGeneric: 'An adequacy decision of the European Commission (Art 45(3)).',
    /** The limit of a decision's scope, by country code (laws/eu-gdpr/adequacy.ts). */
    adequacyScope: {
      CA:
        'The decision covers only recipients subject to Canada’s Personal Information Protection and Electronic ' +
        'Documents Act (PIPEDA), that is organisations processing personal data in the course of commercial activities.',
      IL:
        'The decision covers automated international transfers, and non-automated transfers that are further ' +
        'processed by automated means in Israel.',
      JP:
        'The decision covers only recipients that are personal information handling business operators under ' +
        'Japan’s Act on the Protection of Personal Information (APPI), which apply the Supplementary Rules.',
      KR:
        'The decision covers recipients subject to the Republic of Korea’s Personal Information Protection Act ' +
        '(PIPA), but not personal credit information processed by financial institutions supervised by the ' +
        'Financial Services Commission.',
    } as Record<string, string>,
    /** A scope limit the table above lacks, in the data's own (English) words. */
    adequacyScopeOther: (scope: string) => `The decision covers only: ${scope}.`,
    dpf:
      'The European Commission has decided that the United States ensures an adequate level of protection for ' +
      'organisations certified under the EU–US Data Privacy Framework (Art 45(3)); the transfer relies on the ' +
      'recipient’s certification.',
    /** Art 46 and 47: appropriate safeguards, by mechanism: what they are, and the provision. */
    safeguards: (what: string, article: string) => `Appropriate safeguards (${article}): ${what}.`,
    safeguard: {
      scc: ['standard data protection clauses adopted by the European Commission', 'Art 46(2)(c)'],
      bcr: ['binding corporate rules approved by the competent supervisory authority', 'Art 47'],
      'legally-binding-instrument': [
        'a legally binding and enforceable instrument between public authorities or bodies',
        'Art 46(2)(a)',
      ],
      'code-of-conduct': [
        'an approved code of conduct, together with binding and enforceable commitments of the recipient to ' +
          'apply the appropriate safeguards',
        'Art 46(2)(e)',
      ],
      certification: [
        'an approved certification mechanism, together with binding and enforceable commitments of the ' +
          'recipient to apply the appropriate safeguards',
        'Art 46(2)(f)',
      ],
      'ad-hoc-clauses': [
        'contractual clauses with the recipient, authorised by the competent supervisory authority',
        'Art 46(3)(a)',
      ],
    } as Record<string, [what: string, article: string]>,
    /** Art 49: a derogation, "because …". */
    derogation: (because: string) =>
      `Without an adequacy decision or appropriate safeguards, the transfer takes place because ${because}.`,
    because: {
      'derogation-contract':
        'it is necessary for the performance of a contract between you and us, or for pre-contractual measures ' +
        'taken at your request (Art 49(1)(b))',
      'derogation-contract-in-interest':
        'it is necessary for the conclusion or performance of a contract concluded in your interest between us ' +
        'and another person (Art 49(1)(c))',
      'derogation-public-interest': 'it is necessary for important reasons of public interest (Art 49(1)(d))',
      'derogation-legal-claims':
        'it is necessary for the establishment, exercise or defence of legal claims (Art 49(1)(e))',
      'derogation-vital-interests':
        'it is necessary to protect your vital interests or those of other persons, where you are physically ' +
        'or legally incapable of giving consent (Art 49(1)(f))',
      'derogation-public-register':
        'it is made from a register which, under Union or Member State law, is intended to provide information ' +
        'to the public and is open to consultation (Art 49(1)(g))',
    } as Record<string, string>,
    /** Art 49(1)(a): the person is told the risks, not only that they consented. */
    derogationConsent:
      'Without an adequacy decision or appropriate safeguards, the transfer takes place only if you have ' +
      'explicitly consented to it after being informed of its possible risks (Art 49(1)(a)). Those risks are ' +
      'that, without an adequacy decision or appropriate safeguards, your data may not be protected there as it ' +
      'is in the European Economic Area, and that you may be unable to enforce your rights there or to obtain an ' +
      'effective remedy.',
    derogationCompelling:
      'Without an adequacy decision or appropriate safeguards, and where no other ground applies, the transfer ' +
      'takes place because it is necessary for compelling legitimate interests that we pursue and that are not ' +
      'overridden by your interests or rights and freedoms. This ground is available only for a transfer that is ' +
      'not repetitive, concerns only a limited number of people and for which we have provided suitable ' +
      'safeguards; the supervisory authority is informed of the transfer (Art 49(1) second subparagraph).',
    compellingInterest: 'The compelling legitimate interests:',
    /** Any other value (a mechanism of another law, an invalid one, or text): its name only. */
    otherGround: (label: string) => `Ground stated: ${label}.`,
    copy: 'How to obtain a copy of the safeguards',
  },
  rights: {
    intro: 'You have the following rights regarding your personal data.',
    /** Each right as the law gives it: its conditions and its limits (docs/language.md, "Which rights apply"). */
    text: {
      access:
        'You can obtain confirmation as to whether we process personal data concerning you and, where we do, ' +
        'access to the data and the following information: the purposes of the processing; the categories of ' +
        'data; the recipients or categories of recipients, in particular in third countries or international ' +
        'organisations, and the appropriate safeguards for such transfers; the period for which the data will be stored or, ' +
        'where that is not possible, the criteria used to determine it; your rights to rectification, erasure, ' +
        'restriction and objection; your right to lodge a complaint with a supervisory authority; where the data ' +
        'were not collected from you, any available information on their source; and the existence of automated ' +
        'decision-making, including profiling, with meaningful information about the logic involved and its ' +
        'significance and envisaged consequences for you (Art 15(1)–(2)). You can obtain a copy of the data; the ' +
        'copy must not adversely affect the rights and freedoms of others (Art 15(3)–(4)).',
      rectification:
        'You can have inaccurate personal data concerning you rectified without undue delay and, taking into ' +
        'account the purposes of the processing, have incomplete data completed, including by means of a ' +
        'supplementary statement (Art 16).',
      erasure:
        'You can have personal data concerning you erased without undue delay where one of the following grounds ' +
        'applies: the data are no longer necessary for the purposes for which they were collected or otherwise ' +
        'processed; you withdraw the consent on which the processing is based and there is no other legal ground ' +
        'for it; you object under Art 21(1) and there are no overriding legitimate grounds, or you object under ' +
        'Art 21(2); the data have been unlawfully processed; the data must be erased to comply with a legal ' +
        'obligation; or the data were collected in relation to an information society service offered to a ' +
        'child (Art 17(1)). This right does not apply to the extent that the processing is necessary for ' +
        'exercising the right of freedom of expression and information; for compliance with a legal obligation, ' +
        'or for a task carried out in the public interest or in the exercise of official authority; for reasons ' +
        'of public interest in the area of public health; for archiving purposes in the public interest, ' +
        'scientific or historical research purposes or statistical purposes, where erasure would render ' +
        'impossible or seriously impair them; or for the establishment, exercise or defence of legal claims ' +
        '(Art 17(3)).',
      restriction:
        'You can have the processing of personal data concerning you restricted where: you contest the accuracy ' +
        'of the data, for a period enabling us to verify it; the processing is unlawful and you oppose erasure ' +
        'and request restriction instead; we no longer need the data for the purposes of the processing, but you ' +
        'need them for the establishment, exercise or defence of legal claims; or you have objected under ' +
        'Art 21(1), pending the verification whether our legitimate grounds override yours (Art 18(1)). Restricted ' +
        'data are then, except for their storage, processed only with your consent, for the establishment, ' +
        'exercise or defence of legal claims, for the protection of the rights of another person or for reasons ' +
        'of important public interest (Art 18(2)); we inform you before the restriction is lifted (Art 18(3)).',
      portability:
        'Where the processing is based on your consent or on a contract and is carried out by automated means, ' +
        'you can receive the personal data concerning you that you have provided to us, in a structured, ' +
        'commonly used and machine-readable format, and transmit them to another controller; where technically ' +
        'feasible, you can have them transmitted directly from us to another controller (Art 20(1)–(2)). This ' +
        'right does not apply to processing necessary for the performance of a task carried out in the public ' +
        'interest or in the exercise of official authority (Art 20(3)), and it must not adversely affect the ' +
        'rights and freedoms of others (Art 20(4)).',
      objection:
        'You can object to processing based on our legitimate interests or on a task carried out in the public ' +
        'interest or in the exercise of official authority, and at any time to direct marketing (Art 21).',
      'automated-decisions':
        'You have the right not to be subject to a decision based solely on automated processing, including ' +
        'profiling, which produces legal effects concerning you or similarly significantly affects you, unless ' +
        'the decision is necessary for a contract with you, authorised by law or based on your explicit consent; ' +
        'where it is necessary for a contract or based on your explicit consent, you can obtain human ' +
        'intervention on our part, express your point of view and contest the decision (Art 22(1)–(3)).',
      'withdraw-consent':
        'Where the processing is based on your consent, you can withdraw it at any time, as easily as you gave ' +
        'it; the withdrawal does not affect the lawfulness of processing based on consent before its withdrawal ' +
        '(Art 7(3)).',
      complaint: 'You can lodge a complaint with a supervisory authority (see “Complaints” below).',
    } as Record<string, string>,
    objectionHeading: 'Your right to object',
    /** The right's name and article, leading its explanation. */
    objectionLead: (citation: string) => citation,
    objectionHow: (contact: string) => `To object, contact us at ${contact}.`,
    objectionHowFallback: 'To object, contact us using the details in “Who we are”.',
    exerciseHeading: 'How to exercise your rights',
    exercise: (contact: string) => `To exercise any of these rights, contact us at ${contact}.`,
    exerciseFallback: 'To exercise any of these rights, contact us using the details in “Who we are”.',
    responseTime: (time: string) =>
      `We inform you of the action taken on your request without undue delay and at the latest within ` +
      `${time === '1 month' ? 'one month' : time} ` +
      `of receiving it. Where necessary, taking into account the complexity and number of requests, this ` +
      `period can be extended by two further months; we will then inform you of the extension, with the ` +
      `reasons for the delay, within one month of receiving your request (Art 12(3)).`,
    /** Art 12(5) and 15(3): the law's limits, never a charging policy of ours. */
    free:
      'Exercising these rights is free of charge. The law allows a controller to charge a reasonable fee based ' +
      'on administrative costs, or to refuse to act on a request, only where the request is manifestly unfounded ' +
      'or excessive, in particular because of its repetitive character (Art 12(5)), and to charge a reasonable ' +
      'fee based on administrative costs for any further copies of the data requested (Art 15(3)).',
    /** After the right to data portability: the purposes it covers (Art 20(1)(a)). */
    portabilityPurposes: (list: string) => `It concerns the data you provided to us for: ${list}.`,
    citation: (label: string, article: string) => `${label} (${article})`,
    /** v1.3 `rights.restrictions`: a restriction under its right, as its limit. */
    restrictedBy: (law: string) => `Restricted by law: ${law}`,
    restrictionScope: 'Cases concerned:',
  },
  /** The right to object by its grounds (Art 21(4): separately and clearly), each shown only where it applies. */
  objection: {
    general:
      'You have the right to object at any time, on grounds relating to your particular situation, to the ' +
      'processing of your personal data that is based on our legitimate interests or on a task carried out in ' +
      'the public interest or in the exercise of official authority vested in us, including profiling based on ' +
      'those grounds (Art 21(1)). We will then stop that processing, unless we demonstrate compelling ' +
      'legitimate grounds for it which override your interests, rights and freedoms, or the processing is ' +
      'needed for the establishment, exercise or defence of legal claims.',
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
    named: (name: string, how: string) =>
      `To exercise any of these rights, contact the following person: ${name}${how ? ` (${how})` : ''}.`,
    channels: 'You can make your request:',
    channel: (kind: string, value: string) => (value ? `${kind}: ${value}` : kind),
    identityHeading: 'Confirming your identity',
    /** Art 12(6): only where there are reasonable doubts (EDPB Guidelines 01/2022), never a check of every request. */
    identityIntro:
      'Where we have reasonable doubts about the identity of the person making a request, we may ask for the ' +
      'additional information necessary to confirm it (Art 12(6)).',
    identityHow: 'How we confirm identity:',
  },
  complaints: {
    /** Label and name, never the name spliced after a verb (docs/language.md, "Output language"). */
    authority: (name: string) => `Supervisory authority competent for us: ${name}`,
    /** v1.3 `authority.directory`: no one authority named, a list to choose from. */
    directory: (link: string) => `List of supervisory authorities: ${link}`,
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
    description: 'Description',
    provider: 'Provider',
    purpose: 'Purpose',
    duration: 'Duration',
    type: 'Type',
    party: 'Set by',
    session: 'Until you close your browser',
    /** v1.3 `cookie_settings`. */
    settingsHeading: 'Your cookie choices',
  },
  security: {
    intro: 'We protect your personal data with the following technical and organisational measures (Art 32).',
  },
  /**
   * Markers for required information that is missing, by rule id (short, with the article). Only missing
   * information is marked in the notice; the checker's judgements stay in the problems panel.
   */
  missing: {
    'missing-retention': 'Retention period missing — Art 13(2)(a)',
    'missing-legal-basis': 'Legal basis missing — Art 13(1)(c)',
    'missing-legitimate-interest': 'Legitimate interest not stated — Art 13(1)(d)',
    'missing-special-category-condition': 'Art 9(2) condition missing — Art 9(2)',
    'missing-law-reference': 'Law that lays down the legal obligation not named — Art 13(1)(c)',
    'missing-controller-contact': 'Controller contact details missing — Art 13(1)(a)',
    'missing-dpo': 'Whether a data protection officer has been designated not stated — Art 13(1)(b)',
    'missing-automated-decisions': 'Automated decisions not stated — Art 13(2)(f)',
    'missing-source': 'Source of the data missing — Art 14(2)(f)',
    'missing-provision':
      'Whether providing the data is a statutory or contractual requirement, and the consequences of not ' +
      'providing it, not stated — Art 13(2)(e)',
    /** `missing-provision` beside the author's `consequence`: only the requirement is missing. */
    'missing-provision/beside-consequence':
      'Whether providing the data is a statutory or contractual requirement not stated — Art 13(2)(e)',
    /** Says what is missing without denying what the author wrote ("specific contractual obligations"). */
    'missing-transfer-safeguard':
      'Ground of the transfer (adequacy decision, type of safeguard or derogation) not specified — Art 13(1)(f)',
    'missing-transfer-copy': 'How to obtain a copy of the safeguards not stated — Art 13(1)(f)',
    'missing-compelling-interest': 'Compelling legitimate interests not stated — Art 49(1) second subparagraph',
    'transfer-without-destination': 'Destination of the transfer not stated — Art 13(1)(f)',
    'missing-consequence': 'Consequences of not providing the data not stated — Art 13(2)(e)',
    'unknown-reference': 'Not defined in the policy',
    'missing-parental-consent': 'How parents give consent not stated — Art 8(2)',
    'missing-joint-arrangement': 'Essence of the joint arrangement missing — Art 26(2)',
    'restriction-without-law': 'Restricting law not named — Art 23(2)',
    'unnamed-cookie': 'Name of the cookie not stated — ePrivacy Directive, Art 5(3)',
    // Rule `missing-field`, by the information the field holds: in plain words, never the field's name.
    'missing-field/title': 'Title of the notice not stated',
    'missing-field/section-title': 'Title of this section not stated',
    'missing-field/controller': 'Name and contact details of the controller not stated — Art 13(1)(a)',
    'missing-field/controller-name': 'Name of the controller not stated — Art 13(1)(a)',
    'missing-field/purposes': 'Purposes of the processing not stated — Art 13(1)(c)',
    'missing-field/data': 'Categories of personal data not stated',
    'missing-field/purpose-data': 'Data used for this purpose not stated',
    /** Under the notice's own law, beside the ground it concerns (rule invalid-mechanism). */
    'invalid-mechanism': INVALID_MECHANISM.en,
  } as Record<string, string>,
  /** A `<…>` placeholder a quick fix left in the author's text (docs/language.md, "Placeholders"). */
  placeholder: (what: string) => `To be completed: ${what}`,
  /** The last resort when a document cannot be rendered at all. */
  renderFailed:
    'This notice could not be displayed because its source could not be read. Please contact the organisation ' +
    'that published it.',
};

export type Messages = typeof en;
