// The shape of a policy (docs/language.md, "Top-level sections"–§3) as data. Validation, completion, hover and the JSON Schema are all
// derived from this one description, so a new field is added here and nowhere else.
import { LANGUAGES } from '../languages';
import type { VocabularyName } from '../vocabulary/terms';

export type Section = 'data' | 'recipients' | 'purposes' | 'audiences';

export type ValueSchema =
  | { type: 'text'; markdown?: boolean; format?: 'email' | 'url' | 'email-or-url' }
  /** An ISO date (YYYY-MM-DD); with `month`, also a month (YYYY-MM, read as its first day). */
  | { type: 'date'; month?: true }
  | { type: 'boolean' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'term'; vocabulary: VocabularyName; allowText?: boolean }
  /** An ISO 3166-1 alpha-2 code; with `regions`, also a region of the `region` vocabulary (EEA, EU). */
  | { type: 'country'; regions?: true }
  | { type: 'duration'; allowSession?: boolean }
  | { type: 'retention' }
  | { type: 'ref'; section: Section; allowText?: boolean }
  | ObjectSchema
  | { type: 'definitions'; section: Section; entry: ObjectSchema }
  | { type: 'list'; item: ValueSchema }
  | { type: 'oneOrList'; item: ValueSchema }
  /** `none`, or the other form; with `map`, also a mapping of that shape (`{ none: true, note }`). */
  | { type: 'noneOr'; other: ValueSchema; map?: ObjectSchema }
  /** A mapping whose keys are values of a vocabulary (law ids), each to a value of `entry`; with `orItem`, the value alone. */
  | { type: 'keyed'; key: VocabularyName; entry: ValueSchema; orItem?: true }
  /** A scalar of one schema or a mapping of another: a right id or `{ right, law }` (docs/language.md, "rights"), v1.2 `{ basis, when }`, `{ public: … }`, a named rights contact. */
  | {
      type: 'either';
      scalar: ValueSchema;
      object: ObjectSchema;
      /** Only the mapping is to be written (the short form is reported). */ objectOnly?: true;
    };

export interface ObjectSchema {
  type: 'object';
  fields: Record<string, FieldSchema>;
  /** Groups of keys of which at least one must be present, with the rule that reports a group missing. */
  anyOf?: { keys: string[]; rule: string; what: string }[];
}

export interface FieldSchema {
  value: ValueSchema;
  /** true: rule `missing-field` reports it; a rule id: that dedicated rule reports it instead. */
  required?: true | string;
  /** Short, plain-language meaning, shown by completion and hover. */
  description: string;
  article?: string;
  /** Placeholder inserted by the "insert the field" quick fix and completion. */
  placeholder?: string;
  /** A top-level key whose value applies where this field is absent: a purpose's `retention` falls back on the notice-wide one. */
  fallback?: string;
}

const text = (description: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  value: { type: 'text' },
  description,
  ...extra,
});
const markdown = (description: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  value: { type: 'text', markdown: true },
  description,
  ...extra,
});
const email = (description: string, placeholder = 'privacy@example.com'): FieldSchema => ({
  value: { type: 'text', format: 'email' },
  description,
  placeholder,
});
const url = (description: string): FieldSchema => ({ value: { type: 'text', format: 'url' }, description });
const term = (vocabulary: VocabularyName, description: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  value: { type: 'term', vocabulary },
  description,
  ...extra,
});
const refs = (section: Section, description: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({
  value: { type: 'list', item: { type: 'ref', section } },
  description,
  ...extra,
});
const object = (fields: Record<string, FieldSchema>, anyOf?: ObjectSchema['anyOf']): ObjectSchema => ({
  type: 'object',
  fields,
  anyOf,
});

const flag = (description: string, article: string): FieldSchema => ({
  value: { type: 'boolean' },
  description,
  article,
  placeholder: 'true',
});
const audienceRefs = (description: string): FieldSchema =>
  refs('audiences', description, { article: 'Art 12(1), 30(1)(c)' });

export const AUDIENCE = object({
  label: text('Who they are, as readers will see it (e.g. Patients, Job applicants).', {
    required: true,
    placeholder: 'Customers',
  }),
  description: markdown('More about this group of people.'),
});

/** A publicly accessible source (Art 14(2)(f)), v1.2. */
const PUBLIC_SOURCE = object({
  public: text('Which publicly accessible source, e.g. the Crossroads Bank for Enterprises, LinkedIn profiles.', {
    required: true,
    placeholder: 'Name the public source',
  }),
});

export const DATA_CATEGORY = object({
  label: text('Name of the data category, as readers will see it.', { required: true, placeholder: 'Contact details' }),
  description: markdown('What the category covers.'),
  examples: { value: { type: 'list', item: { type: 'text' } }, description: 'Examples of the data in this category.' },
  special: {
    value: { type: 'oneOrList', item: { type: 'term', vocabulary: 'special' } },
    description: 'The special categories of Art 9(1) this data belongs to, if any: one or a list.',
    article: 'Art 9(1)',
    placeholder: 'health',
  },
  criminal: {
    value: { type: 'boolean' },
    description: 'true when the data relates to criminal convictions or offences.',
    article: 'Art 10',
  },
  source: {
    value: { type: 'either', scalar: { type: 'term', vocabulary: 'source', allowText: true }, object: PUBLIC_SOURCE },
    description:
      'Where the data comes from: `data-subject`, `automatic`, `{ public: <source> }` for a publicly accessible ' +
      'source, or text naming the source.',
    article: 'Art 14(2)(f)',
    placeholder: 'data-subject',
  },
  audiences: audienceRefs('The groups of people this data is about (default: all).'),
  all_purposes: flag('true when every purpose of the notice uses this data (it is listed under each).', 'Art 13(1)(c)'),
});

export const RECIPIENT = object({
  label: text('Who receives the data, as readers will see it.', { required: true, placeholder: 'Hosting provider' }),
  type: term('recipient_type', 'The role of the recipient, when you know it: processor, controller…', {
    article: 'Art 4(7)–(10)',
    placeholder: 'processor',
  }),
  category: {
    value: { type: 'term', vocabulary: 'recipient_category', allowText: true },
    description: 'The category of recipient, e.g. hosting, payment, analytics.',
    article: 'Art 13(1)(e)',
    placeholder: 'it-services',
  },
  name: text('The actual organisation, e.g. Google LLC.'),
  country: {
    value: { type: 'oneOrList', item: { type: 'country', regions: true } },
    description:
      'Where the recipient processes the data: an ISO 3166-1 alpha-2 code, a list of them, or the region `EEA` or ' +
      '`EU`.',
    article: 'Art 13(1)(e)–(f)',
  },
  url: url('Web address of the recipient or its privacy notice.'),
  possible: flag('true when the recipient may receive data, but not necessarily (the notice says "may").', 'Art 12(1)'),
  own_collection: flag(
    'true when the organisation collects data itself, on its own service (a social network page, an embedded ' +
      'player): shown as "X collects…", not as sharing.',
    'Art 13(1)(e), 26',
  ),
  safeguards: markdown('The commitments the recipient is bound by (e.g. a processor’s contract).', {
    article: 'Art 28(3)',
  }),
});

const RETENTION: FieldSchema = {
  value: { type: 'retention' },
  description: 'How long the data is kept, or the criteria used to decide.',
  article: 'Art 13(2)(a)',
  required: 'missing-retention',
  placeholder: '12 months',
  fallback: 'retention',
};

/** A basis that covers only part of a purpose (v1.2): `{ basis: contract, when: you are our customer }`. */
export const BASIS_WHEN = object({
  basis: {
    ...term('basis', 'The legal basis of Art 6(1).', { required: true, article: 'Art 6(1)', placeholder: 'consent' }),
  },
  when: text('The processing, or the situation, this basis covers.', {
    required: true,
    article: 'Art 13(1)(c)',
    placeholder: 'Say which processing this basis covers',
  }),
});

export const PURPOSE = object({
  title: text('Short heading for the purpose.', { required: true, placeholder: 'Purpose title' }),
  description: markdown('What is done with the data and why.'),
  data: { ...refs('data', 'The data categories used for this purpose.', { required: true, article: 'Art 13(1)(c)' }) },
  basis: {
    value: {
      type: 'oneOrList',
      item: { type: 'either', scalar: { type: 'term', vocabulary: 'basis' }, object: BASIS_WHEN },
    },
    description:
      'The legal basis of Art 6(1): one or a list; in a list, `{ basis, when }` says which processing each ' +
      'basis covers.',
    article: 'Art 13(1)(c), 6(1)',
    required: 'missing-legal-basis',
    placeholder: 'consent',
  },
  special_basis: {
    value: { type: 'oneOrList', item: { type: 'term', vocabulary: 'special_basis' } },
    description: 'The Art 9(2) condition for special-category data.',
    article: 'Art 9(2)',
    placeholder: 'explicit-consent',
  },
  legitimate_interest: text('The specific legitimate interest pursued.', {
    article: 'Art 13(1)(d)',
    placeholder: 'Describe the specific interest we pursue',
  }),
  law: text('The statute the processing relies on.', {
    article: 'Art 6(3), 10',
    placeholder: 'Name the law and article',
  }),
  retention: RETENTION,
  recipients: refs('recipients', 'Who receives the data for this purpose.', { article: 'Art 13(1)(e)' }),
  provision: term(
    'provision',
    'Whether providing the data is a statutory or contractual requirement, needed for a contract, or voluntary.',
    { article: 'Art 13(2)(e)', placeholder: 'voluntary' },
  ),
  consequence: text('What happens if the data is not provided.', { article: 'Art 13(2)(e)' }),
  audiences: audienceRefs('The groups of people this purpose concerns (default: all).'),
  direct_marketing: flag(
    'true when the purpose is direct marketing: people can object to it at any time, without reasons.',
    'Art 21(2)–(3)',
  ),
  profiling: flag(
    'true when the purpose involves profiling (automated evaluation of personal aspects).',
    'Art 4(4), 21(1)–(2)',
  ),
  research: flag('true for scientific or historical research or statistics.', 'Art 21(6), 89'),
  children: flag('true when the purpose offers an information society service directly to children.', 'Art 8'),
  parental_consent: markdown(
    'How consent is given or authorised by the holder of parental responsibility, and how it is verified.',
    { article: 'Art 8(1)–(2)', placeholder: 'Describe how a parent gives or authorises consent and how we verify it' },
  ),
  opt_out: {
    value: object({
      how: markdown('How to stop this processing: an unsubscribe link, an opt-out cookie, a browser setting…', {
        required: true,
        placeholder: 'Say how to opt out',
      }),
      url: url('Where to opt out.'),
    }),
    description:
      'A way to stop this processing without a rights request (unsubscribe link, opt-out cookie, Global Privacy ' +
      'Control).',
    article: 'Art 21, 7(3)',
  },
});

export const TRANSFER = object({
  recipients: refs('recipients', 'The recipients outside the EEA this transfer covers.', { article: 'Art 13(1)(f)' }),
  countries: {
    value: { type: 'list', item: { type: 'country' } },
    description: 'The countries this transfer covers (ISO codes).',
    article: 'Art 13(1)(f)',
  },
  organisations: {
    value: { type: 'list', item: { type: 'text' } },
    description: 'International organisations this transfer goes to, e.g. European Patent Organisation.',
    article: 'Art 13(1)(f), 4(26)',
  },
  mechanism: {
    value: {
      type: 'keyed',
      key: 'law',
      orItem: true,
      entry: { type: 'oneOrList', item: { type: 'term', vocabulary: 'mechanism' } },
    },
    description:
      'What makes the transfer lawful: an adequacy decision, a safeguard or a derogation. One, a list of ' +
      'alternatives ("one of the following"), or per law (`{ eu-gdpr: scc, uk-gdpr: uk-addendum }`).',
    article: 'Art 44–49',
    placeholder: 'scc',
    required: 'missing-transfer-safeguard',
  },
  copy: text('Where or how a copy of the safeguard can be obtained (URL or text).', {
    article: 'Art 13(1)(f)',
    placeholder: 'Ask us at privacy@example.com',
  }),
  note: markdown('Anything else readers should know about this transfer.'),
  possible: flag('true when data may be transferred, but not necessarily (the notice says "may").', 'Art 12(1)'),
  compelling_interest: markdown(
    'The compelling legitimate interest an occasional transfer serves (with `derogation-compelling-interests`).',
    { article: 'Art 49(1) second subparagraph', placeholder: 'Describe the compelling legitimate interest' },
  ),
  from: {
    value: { type: 'list', item: { type: 'term', vocabulary: 'law' } },
    description: 'The laws whose territory the transfer leaves (default: every law of the notice it leaves).',
  },
});

export const COOKIE = object({
  name: text('The cookie’s name (it may be left out when `description` says what the cookie does).'),
  description: markdown('What the cookie does, for a cookie described without its name.'),
  provider: text('Who sets the cookie.'),
  purpose: {
    value: { type: 'ref', section: 'purposes', allowText: true },
    description: 'What the cookie is for: a purpose id or text.',
  },
  duration: {
    value: { type: 'duration', allowSession: true },
    description: 'How long the cookie lives: a duration (minutes included) or `session`.',
  },
  type: term('cookie_type', 'The kind of cookie.'),
  party: term('cookie_party', 'Whether our site or another domain sets it.'),
});

export const AUTOMATED_DECISION = object({
  purpose: text('What the automated decision is for.', { required: true }),
  ground: term(
    'decision_ground',
    'The exception of Art 22(2) that allows the decision: `contract`, `law` or `explicit-consent`. Human ' +
      'intervention, a hearing and a challenge (Art 22(3)) are promised for `contract` and `explicit-consent`; ' +
      'for `law`, the law lays down the safeguards.',
    { article: 'Art 22(2)', placeholder: 'contract' },
  ),
  logic: markdown('Meaningful information about the logic involved.', { required: true, article: 'Art 13(2)(f)' }),
  significance: markdown('The significance and envisaged consequences for the person.', {
    required: true,
    article: 'Art 13(2)(f)',
  }),
});

export const JOINT_CONTROLLER = object({
  name: text('Name of the joint controller.', { required: true, placeholder: 'Name of the joint controller' }),
  address: text('Postal address.'),
  contact: text('E-mail, phone or web address of the joint controller.'),
  purposes: refs('purposes', 'The purposes whose means and ends are decided jointly.', { article: 'Art 26(1)' }),
  essence: markdown('The essence of the arrangement: who does what, in particular towards you (information, rights).', {
    required: 'missing-joint-arrangement',
    article: 'Art 26(2)',
    placeholder: 'Say who informs you and who handles your requests',
  }),
  contact_point: text('The contact point for data subjects, where the arrangement designates one.', {
    article: 'Art 26(1)',
  }),
});

const RIGHTS_CONTACT = object({
  name: text('The person or team that handles requests.', { placeholder: 'Name of the person or team' }),
  email: email('E-mail address for requests.'),
  phone: text('Telephone number.'),
  url: url('Web page or form for requests.'),
});

export const CHANNEL = object({
  kind: term('channel_kind', 'How requests are made: email, web-form, post, phone, in-app or in-person.', {
    required: true,
    article: 'Art 12(2)',
    placeholder: 'email',
  }),
  value: text('The address, number or link.'),
  note: markdown('Anything readers should know about this channel.'),
});
/** An item of `rights.exclude`: `{ right, law }`; a bare right id is still read, and reported (docs/language.md, "rights"). */
export const RIGHT_EXCLUSION: ValueSchema = {
  type: 'either',
  objectOnly: true,
  scalar: { type: 'term', vocabulary: 'right' },
  object: object({
    right: term('right', 'The right that is restricted.', {
      required: true,
      article: 'Art 15–22',
      placeholder: 'erasure',
    }),
    law: text(
      'The Union or Member State law that restricts it (Art 23), or the GDPR provision that exempts it ' +
        '(e.g. Art 17(3)(b)), with its article.',
      { article: 'Art 23', placeholder: 'Name the law and article that restricts this right' },
    ),
  }),
};

/** An item of `rights.restrictions` (v1.3): a right a law restricts, the law, and which cases. */
export const RIGHT_RESTRICTION = object({
  right: term('right', 'The right that is restricted.', {
    required: true,
    article: 'Art 15–22',
    placeholder: 'access',
  }),
  law: text(
    'The law that restricts it: a Union or Member State law under Art 23(1), a derogation under Art 85(2) or 89(2)–(3), ' +
      'or Art 11(2), with its article.',
    { required: 'restriction-without-law', article: 'Art 23(1)–(2)', placeholder: 'Name the law and article' },
  ),
  scope: markdown('Which processing or which cases the restriction concerns.', { article: 'Art 23(2)' }),
});

/** The authority of a law (`authority`, or `laws.<id>.authority`): named, or a directory of authorities. */
export const AUTHORITY = object(
  {
    name: text('Name of the authority.', { placeholder: 'Name of the supervisory authority' }),
    url: url('Website.'),
    email: email('E-mail address.'),
    address: text('Postal address.'),
    phone: text('Telephone number.'),
    webform: url('Web page of the authority’s complaint form.'),
    directory: url(
      'Instead of one authority: a list of authorities to choose from (e.g. the EDPB’s list of its members).',
    ),
  },
  [
    {
      keys: ['name', 'directory'],
      rule: 'missing-field',
      what: 'the authority’s `name` (or a `directory` of authorities)',
    },
  ],
);

/** A representative (Art 27; `representative`, or `laws.<id>.representative`). */
export const REPRESENTATIVE = object(
  {
    name: text('Name of the representative.', { required: true, placeholder: 'Name of the representative' }),
    address: text('Postal address.'),
    email: email('E-mail address.'),
    phone: text('Telephone number.'),
  },
  [
    {
      keys: ['address', 'email', 'phone'],
      rule: 'missing-field',
      what: 'contact details for the representative (`address`, `email` or `phone`, Art 13(1)(a))',
    },
  ],
);

/** What one law of the notice needs of its own (v1.3, docs/language.md "Laws"). */
export const LAW_SECTION = object({
  authority: { value: AUTHORITY, description: 'The supervisory authority under this law.', article: 'Art 13(2)(d)' },
  representative: {
    value: REPRESENTATIVE,
    description: 'The representative under this law, where one must be designated.',
    article: 'Art 27',
  },
  complaints: {
    value: object(
      {
        url: url('A complaint form that can be completed electronically.'),
        email: email('E-mail address for complaints.'),
        phone: text('Telephone number for complaints.'),
        post: text('Postal address for complaints.'),
        note: markdown('Anything else about complaining to us.'),
      },
      [{ keys: ['url', 'email', 'phone', 'post'], rule: 'missing-complaints-route', what: 'a way to complain to us' }],
    ),
    description: 'How people complain to us (UK: DPA 2018 s.164A, from 19 June 2026).',
    article: 'DPA 2018 s.164A',
  },
  notes: markdown('Anything else readers under this law should know (rendered in its section).'),
});

export const POLICY_SCHEMA: ObjectSchema = object({
  policy: {
    required: true,
    article: 'Art 12, 13(3)',
    description: 'About the notice itself: title, dates, version, language.',
    value: object({
      title: text('The notice’s title.', { required: true, placeholder: 'Privacy notice' }),
      effective: {
        value: { type: 'date', month: true },
        required: true,
        description: 'Date from which the notice applies (YYYY-MM-DD, or a month: YYYY-MM).',
        placeholder: '2025-01-01',
      },
      updated: {
        value: { type: 'date', month: true },
        description: 'Date of the last update (YYYY-MM-DD or YYYY-MM).',
      },
      version: text('Version of the notice.'),
      language: term(
        'language',
        `Language of the generated text of the notice: ${languageChoices()}. Your own text is shown as written.`,
      ),
      collection: term(
        'collection',
        'Whether data is obtained from the person (Art 13), from others (Art 14), or both.',
        { article: 'Art 13, 14' },
      ),
      summary: markdown('The first layer of the notice: a short summary in plain words.', { article: 'Art 12(1)' }),
      minimum_age: {
        value: { type: 'integer', min: 0, max: 25 },
        description: 'The services are not meant for people under this age.',
        article: 'Art 8(1)',
        placeholder: '16',
      },
      changes: {
        value: object({
          notice: {
            value: { type: 'duration' },
            description: 'How long before a material change applies we tell readers.',
            article: 'Art 13(3), 12(1)',
            placeholder: '30 days',
          },
          how: markdown('How readers are told of a change (e-mail, a banner, the app).'),
        }),
        description: 'How readers learn of changes to the notice, and how far ahead.',
        article: 'Art 12(1), 13(3)',
      },
    }),
  },
  controller: {
    required: true,
    article: 'Art 13(1)(a)',
    description: 'Who is responsible for the processing, and how to reach them.',
    value: object(
      {
        name: text('Legal name of the controller.', { required: true, placeholder: 'Example Ltd' }),
        address: text('Postal address.', { article: 'Art 13(1)(a)', placeholder: 'Street 1, 1000 City, Country' }),
        email: email('E-mail address for privacy questions.'),
        phone: text('Telephone number.'),
        url: url('Website.'),
        legal_form: text('Legal form, e.g. NV, GmbH, Ltd.'),
        registration: text('Company registration number.'),
        country: {
          value: { type: 'country' },
          description:
            'Country of the main establishment (ISO code): drives the competent authority and the age of digital ' +
            'consent.',
          article: 'Art 8(1), 56',
        },
        public_body: flag(
          'true for a public authority or body: selects the supervisory authority’s scope and limits some bases.',
          'Art 6(1), 37(1)(a), 49(3)',
        ),
      },
      [
        {
          keys: ['address', 'email', 'phone', 'url'],
          rule: 'missing-controller-contact',
          what: 'a way to contact the controller (`address`, `email`, `phone` or `url`)',
        },
      ],
    ),
  },
  representative: {
    article: 'Art 13(1)(a), 27',
    description: 'Representative in the EU, for controllers established outside it (Art 27, where Art 3(2) applies).',
    value: REPRESENTATIVE,
  },
  dpo: {
    required: 'missing-dpo',
    article: 'Art 13(1)(b)',
    description: 'The data protection officer and their contact details, or `none` when no DPO is appointed.',
    value: {
      type: 'noneOr',
      other: object(
        {
          name: text(
            'Name of the DPO (a person or a service). Optional: Art 13(1)(b) asks for contact details, and the ' +
              'EDPB DPO guidelines (WP243 rev.01, §2.6) leave publishing the name to the controller.',
          ),
          email: email('E-mail address.', 'dpo@example.com'),
          phone: text('Telephone number.'),
          address: text('Postal address.'),
          url: url('Web page or contact form for the DPO.'),
        },
        [
          {
            keys: ['email', 'phone', 'address', 'url'],
            rule: 'missing-field',
            what: 'contact details for the DPO (`email`, `phone`, `address` or `url`, Art 13(1)(b))',
          },
        ],
      ),
    },
  },
  authority: {
    required: 'missing-authority',
    article: 'Art 13(2)(d), 77',
    description:
      'The supervisory authority competent for the controller, where people can complain (not necessarily ' +
      'a "lead" authority, which exists only for cross-border processing, Art 56). People may also complain ' +
      'to the authority where they live or work or where the infringement took place (Art 77(1)).',
    value: AUTHORITY,
  },
  joint_controllers: {
    article: 'Art 26',
    description:
      'Controllers who decide with us why and how the data is processed, and the essence of our arrangement.',
    value: { type: 'list', item: JOINT_CONTROLLER },
  },
  audiences: {
    article: 'Art 12(1), 30(1)(c)',
    description: 'The groups of people the notice addresses (customers, patients, job applicants…), by id.',
    value: { type: 'definitions', section: 'audiences', entry: AUDIENCE },
  },
  data: {
    required: true,
    article: 'Art 14(1)(d)',
    description: 'The categories of personal data processed, by id.',
    value: { type: 'definitions', section: 'data', entry: DATA_CATEGORY },
  },
  recipients: {
    article: 'Art 13(1)(e)',
    description: 'Who receives the data, by id.',
    value: { type: 'definitions', section: 'recipients', entry: RECIPIENT },
  },
  purposes: {
    required: true,
    article: 'Art 13(1)(c)',
    description: 'Why the data is processed, each purpose with its legal basis and retention.',
    value: { type: 'definitions', section: 'purposes', entry: PURPOSE },
  },
  transfers: {
    article: 'Art 13(1)(f), 44–49',
    description: 'Transfers outside the EEA and their safeguards.',
    value: { type: 'list', item: TRANSFER },
  },
  rights: {
    article: 'Art 13(2)(b)–(d), 12(3)',
    description: 'How people exercise their rights.',
    value: object({
      contact: {
        value: { type: 'either', scalar: { type: 'text', format: 'email-or-url' }, object: RIGHTS_CONTACT },
        description:
          'Where requests are sent (e-mail or URL), or a named contact `{ name, email, phone, url }`; defaults ' +
          'to the controller’s e-mail.',
        article: 'Art 12(2)',
      },
      channels: {
        value: { type: 'list', item: CHANNEL },
        description: 'The ways people can exercise their rights, e.g. e-mail, a web form, self-service in the app.',
        article: 'Art 12(2)',
      },
      identity_check: markdown('How we verify the identity of the person making a request.', { article: 'Art 12(6)' }),
      response_time: {
        value: { type: 'duration' },
        description:
          'How soon requests are answered: at most (and by default) 1 month. The notice says "without undue ' +
          'delay and at the latest within" this time, and that it can be extended by two further months where ' +
          'necessary.',
        article: 'Art 12(3)',
        placeholder: '1 month',
      },
      restrictions: {
        value: { type: 'list', item: RIGHT_RESTRICTION },
        description:
          'Rights a law restricts, each as `{ right, law, scope }`. A restriction never removes the right from the ' +
          'notice: it is shown under the right as its limit.',
        article: 'Art 13(2)(b), 23',
      },
      exclude: {
        value: { type: 'list', item: RIGHT_EXCLUSION },
        description: 'Replaced by `restrictions` (still read, and reported: a right is restricted, never excluded).',
        article: 'Art 13(2)(b), 23',
      },
      notes: markdown('Anything else about exercising rights.'),
    }),
  },
  automated_decisions: {
    required: 'missing-automated-decisions',
    article: 'Art 13(2)(f), 22',
    description: 'Automated decision-making, including profiling: `none`, or a list of decisions.',
    value: {
      type: 'noneOr',
      other: { type: 'list', item: AUTOMATED_DECISION },
      map: object({
        none: flag('true: we make no decision based solely on automated processing.', 'Art 22(1)'),
        note: markdown('What others may do, e.g. an embedded provider’s own automated decisions.'),
      }),
    },
  },
  cookies: {
    article: 'ePrivacy Art 5(3)',
    description: 'Cookies and similar technologies.',
    value: { type: 'list', item: COOKIE },
  },
  cookie_settings: markdown(
    'How readers change or withdraw their cookie choices: the banner link, browser settings, Global Privacy Control.',
    { article: 'ePrivacy Art 5(3); Art 7(3)', placeholder: 'Say how readers change their cookie choices' },
  ),
  promises: {
    value: { type: 'list', item: { type: 'term', vocabulary: 'promise' } },
    description:
      'What the notice promises not to do, checked against the rest of the policy (rule broken-promise): ' +
      '`no-sale`, `no-sharing-for-advertising`, `no-transfer`, `no-profiling`, `no-special-categories`.',
    article: 'Art 5(1)(a), 12(1)',
  },
  retention: {
    value: { type: 'retention' },
    description: 'The retention of every purpose that has none of its own; the notice states it once.',
    article: 'Art 13(2)(a)',
    placeholder: '12 months',
  },
  roles: {
    article: 'Art 4(7)–(8), 28',
    description: 'The organisation’s other roles: processing it does on someone else’s behalf.',
    value: object({
      processor_for: {
        value: {
          type: 'list',
          item: object({
            what: markdown('What we process on someone else’s behalf.', {
              required: true,
              placeholder: 'Say what is processed on the customer’s behalf',
            }),
            controller: text('Who the controller is (e.g. our customers).', {
              required: true,
              placeholder: 'our customers',
            }),
            notice: url('Where that controller’s notice is.'),
          }),
        },
        description:
          'Processing we do as a processor for others: they are the controller, and their notice applies to it.',
        article: 'Art 28',
      },
    }),
  },
  laws: {
    description:
      'The laws the notice serves, each with what it needs of its own: `eu-gdpr`, `uk-gdpr`, `ch-fadp`. The first is ' +
      'the notice’s own (its authority and representative are the top-level ones).',
    value: { type: 'keyed', key: 'law', entry: LAW_SECTION },
  },
  security: {
    article: 'Art 32',
    description: 'Security measures, one per item (markdown).',
    value: { type: 'list', item: { type: 'text', markdown: true } },
  },
  sections: {
    description: 'Extra sections rendered after the generated ones.',
    value: {
      type: 'list',
      item: object({
        title: text('Section heading.', { required: true }),
        body: markdown('Section text.', { required: true }),
      }),
    },
  },
});

/** The keys of the structured retention forms (docs/language.md, "Retention"), described for completion and hover. */
export const RETENTION_KEYS: Record<string, FieldSchema> = {
  period: {
    value: { type: 'duration' },
    description: 'How long the data is kept, e.g. 10 years.',
    article: 'Art 13(2)(a)',
    placeholder: '12 months',
  },
  from: {
    value: { type: 'text' },
    description: 'The event the period counts from, e.g. the end of the contract.',
    article: 'Art 13(2)(a)',
    placeholder: 'the end of the contract',
  },
  until: {
    value: { type: 'text' },
    description: 'The event until which the data is kept, e.g. the end of the contractual relationship.',
    article: 'Art 13(2)(a)',
    placeholder: 'the end of the contract',
  },
  then: {
    value: { type: 'duration' },
    description: 'An extra period after the `until` event or the period the `law` requires.',
    article: 'Art 13(2)(a)',
    placeholder: '1 year',
  },
  at_least: {
    value: { type: 'duration' },
    description: 'A minimum period, e.g. set by law for medical records (with `from` and `law`).',
    article: 'Art 13(2)(a)',
    placeholder: '20 years',
  },
  at_most: {
    value: { type: 'duration' },
    description: 'A maximum period (with `from`).',
    article: 'Art 13(2)(a)',
    placeholder: '1 month',
  },
  between: {
    value: { type: 'list', item: { type: 'duration' } },
    description: 'A range of two periods, e.g. [7 years, 10 years] (with `from` or `criteria`).',
    article: 'Art 13(2)(a)',
    placeholder: '[7 years, 10 years]',
  },
  law: {
    value: { type: 'text' },
    description:
      'The law that sets the period: alone, "the period this law requires" (optionally `then` a further ' +
      'period); with `at_least`, the law that sets the minimum.',
    article: 'Art 13(2)(a), 6(3)',
    placeholder: 'Name the law and article',
  },
  extended_until: {
    value: { type: 'text' },
    description: 'Kept longer only while this lasts, e.g. the final settlement of a dispute.',
    article: 'Art 13(2)(a)',
    placeholder: 'the final settlement of any dispute',
  },
  criteria: {
    value: { type: 'text' },
    description: 'The criteria used to determine the period, when no period can be given.',
    article: 'Art 13(2)(a)',
  },
  data: {
    value: { type: 'ref', section: 'data', allowText: true },
    description: 'In a list of retention periods: the data this period applies to.',
  },
};

/**
 * The field an author-written key names, if any. Own properties only: a key such as `constructor`, `toString` or
 * `__proto__` is an unknown key, not a member of Object.prototype.
 */
export function fieldOf(fields: Readonly<Record<string, FieldSchema>>, key: string): FieldSchema | undefined {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** The keys a structured retention form may use (`data` and `retention` only in a list item). */
export const RETENTION_FORM_KEYS = [
  'period',
  'from',
  'until',
  'then',
  'criteria',
  'at_least',
  'at_most',
  'between',
  'law',
  'extended_until',
];

export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Names a section or entry for messages: "the policy section", "purpose 'Recruitment'". */
export const SECTION_NOUN: Record<Section, string> = {
  data: 'data category',
  recipients: 'recipient',
  purposes: 'purpose',
  audiences: 'audience',
};

/** What the "insert the field" quick fix writes: a scalar placeholder, or lines of a stub block. */
export function stubFor(field: FieldSchema): string | string[] {
  const v = field.value;
  if (field.placeholder !== undefined) return field.placeholder;
  switch (v.type) {
    case 'object':
      return Object.entries(v.fields)
        .filter(([, f]) => f.required === true || (typeof f.required === 'string' && f.placeholder !== undefined))
        .map(([key, f]) => {
          const stub = stubFor(f);
          return `${key}: ${typeof stub === 'string' ? stub : '""'}`;
        });
    case 'noneOr':
      return 'none';
    case 'definitions':
      return [`example:`, `  ${v.section === 'purposes' ? 'title' : 'label'}: Example`];
    case 'either':
      return stubFor({ ...field, value: v.scalar });
    case 'list':
    case 'oneOrList':
      return '[]';
    default:
      return '""';
  }
}

/** "`en` (default), `fr`, `nl` or `de`": the notice languages, the default first. */
function languageChoices(): string {
  const [first, ...rest] = LANGUAGES.map((l) => `\`${l.tag}\``);
  const all = [`${first} (default)`, ...rest];
  return `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}`;
}
