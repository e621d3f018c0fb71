// The shape of a policy (SPEC §2–§3) as data. Validation, completion, hover and the JSON Schema are all
// derived from this one description, so a new field is added here and nowhere else.
import type { VocabularyName } from '../gdpr/vocabulary';

export type Section = 'data' | 'recipients' | 'purposes';

export type ValueSchema =
  | { type: 'text'; markdown?: boolean; format?: 'email' | 'url' | 'email-or-url' }
  | { type: 'date' }
  | { type: 'boolean' }
  | { type: 'term'; vocabulary: VocabularyName; allowText?: boolean }
  | { type: 'country' }
  | { type: 'duration'; allowSession?: boolean }
  | { type: 'retention' }
  | { type: 'ref'; section: Section; allowText?: boolean }
  | ObjectSchema
  | { type: 'definitions'; section: Section; entry: ObjectSchema }
  | { type: 'list'; item: ValueSchema }
  | { type: 'oneOrList'; item: ValueSchema }
  | { type: 'noneOr'; other: ValueSchema }
  /** A scalar of one schema or a mapping of another, e.g. a right id or `{ right, law }` (SPEC §3.5). */
  | { type: 'either'; scalar: ValueSchema; object: ObjectSchema };

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
}

const text = (description: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({ value: { type: 'text' }, description, ...extra });
const markdown = (description: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({ value: { type: 'text', markdown: true }, description, ...extra });
const email = (description: string, placeholder = 'privacy@example.com'): FieldSchema => ({ value: { type: 'text', format: 'email' }, description, placeholder });
const url = (description: string): FieldSchema => ({ value: { type: 'text', format: 'url' }, description });
const term = (vocabulary: VocabularyName, description: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({ value: { type: 'term', vocabulary }, description, ...extra });
const refs = (section: Section, description: string, extra: Partial<FieldSchema> = {}): FieldSchema => ({ value: { type: 'list', item: { type: 'ref', section } }, description, ...extra });
const object = (fields: Record<string, FieldSchema>, anyOf?: ObjectSchema['anyOf']): ObjectSchema => ({ type: 'object', fields, anyOf });

export const DATA_CATEGORY = object({
  label: text('Name of the data category, as readers will see it.', { required: true, placeholder: 'Contact details' }),
  description: markdown('What the category covers.'),
  examples: { value: { type: 'list', item: { type: 'text' } }, description: 'Examples of the data in this category.' },
  special: term('special', 'The special category of Art 9(1) this data belongs to, if any.', { article: 'Art 9(1)' }),
  criminal: { value: { type: 'boolean' }, description: 'true when the data relates to criminal convictions or offences.', article: 'Art 10' },
  source: { value: { type: 'term', vocabulary: 'source', allowText: true }, description: 'Where the data comes from: `data-subject`, `automatic`, or text naming the source.', article: 'Art 14(2)(f)', placeholder: 'data-subject' },
});

export const RECIPIENT = object({
  label: text('Who receives the data, as readers will see it.', { required: true, placeholder: 'Hosting provider' }),
  type: term('recipient_type', 'The role of the recipient.', { required: true, article: 'Art 4(7)–(10)', placeholder: 'processor' }),
  category: { value: { type: 'term', vocabulary: 'recipient_category', allowText: true }, description: 'The category of recipient, e.g. hosting, payment, analytics.', article: 'Art 13(1)(e)', placeholder: 'it-services' },
  name: text('The actual organisation, e.g. Google LLC.'),
  country: { value: { type: 'country' }, description: 'Country where the recipient processes the data (ISO 3166-1 alpha-2 code).', article: 'Art 13(1)(f)' },
  url: url('Web address of the recipient or its privacy notice.'),
});

const RETENTION: FieldSchema = { value: { type: 'retention' }, description: 'How long the data is kept, or the criteria used to decide.', article: 'Art 13(2)(a)', required: 'missing-retention', placeholder: '12 months' };

export const PURPOSE = object({
  title: text('Short heading for the purpose.', { required: true, placeholder: 'Purpose title' }),
  description: markdown('What is done with the data and why.'),
  data: { ...refs('data', 'The data categories used for this purpose.', { required: true, article: 'Art 13(1)(c)' }) },
  basis: { value: { type: 'oneOrList', item: { type: 'term', vocabulary: 'basis' } }, description: 'The legal basis of Art 6(1): one or a list.', article: 'Art 13(1)(c), 6(1)', required: 'missing-legal-basis', placeholder: 'consent' },
  special_basis: { value: { type: 'oneOrList', item: { type: 'term', vocabulary: 'special_basis' } }, description: 'The Art 9(2) condition for special-category data.', article: 'Art 9(2)', placeholder: 'explicit-consent' },
  legitimate_interest: text('The specific legitimate interest pursued.', { article: 'Art 13(1)(d)', placeholder: 'Describe the specific interest we pursue' }),
  law: text('The statute the processing relies on.', { article: 'Art 6(3), 10', placeholder: 'Name the law and article' }),
  retention: RETENTION,
  recipients: refs('recipients', 'Who receives the data for this purpose.', { article: 'Art 13(1)(e)' }),
  provision: term('provision', 'Whether providing the data is a statutory or contractual requirement, needed for a contract, or voluntary.', { article: 'Art 13(2)(e)', placeholder: 'voluntary' }),
  consequence: text('What happens if the data is not provided.', { article: 'Art 13(2)(e)' }),
});

export const TRANSFER = object({
  recipients: refs('recipients', 'The recipients outside the EEA this transfer covers.', { article: 'Art 13(1)(f)' }),
  countries: { value: { type: 'list', item: { type: 'country' } }, description: 'The countries this transfer covers (ISO codes).', article: 'Art 13(1)(f)' },
  mechanism: { ...term('mechanism', 'The safeguard or derogation that makes the transfer lawful.', { article: 'Art 44–49', placeholder: 'scc' }), required: 'missing-transfer-safeguard' },
  copy: text('Where or how a copy of the safeguard can be obtained (URL or text).', { article: 'Art 13(1)(f)', placeholder: 'Ask us at privacy@example.com' }),
  note: markdown('Anything else readers should know about this transfer.'),
});

export const COOKIE = object({
  name: text('The cookie’s name.', { required: true }),
  provider: text('Who sets the cookie.'),
  purpose: { value: { type: 'ref', section: 'purposes', allowText: true }, description: 'What the cookie is for: a purpose id or text.' },
  duration: { value: { type: 'duration', allowSession: true }, description: 'How long the cookie lives: a duration or `session`.' },
  type: term('cookie_type', 'The kind of cookie.'),
  party: term('cookie_party', 'Whether our site or another domain sets it.'),
});

export const AUTOMATED_DECISION = object({
  purpose: text('What the automated decision is for.', { required: true }),
  ground: term('decision_ground', 'The exception of Art 22(2) that allows the decision: `contract`, `law` or `explicit-consent`. Human intervention, a hearing and a challenge (Art 22(3)) are promised for `contract` and `explicit-consent`; for `law`, the law lays down the safeguards.', { article: 'Art 22(2)', placeholder: 'contract' }),
  logic: markdown('Meaningful information about the logic involved.', { required: true, article: 'Art 13(2)(f)' }),
  significance: markdown('The significance and envisaged consequences for the person.', { required: true, article: 'Art 13(2)(f)' }),
});

/** An item of `rights.exclude`: `{ right, law }`; a bare right id is still read, and reported (SPEC §3.5). */
export const RIGHT_EXCLUSION: ValueSchema = {
  type: 'either',
  scalar: { type: 'term', vocabulary: 'right' },
  object: object({
    right: term('right', 'The right that is restricted.', { required: true, article: 'Art 15–22', placeholder: 'erasure' }),
    law: text('The Union or Member State law that restricts it (Art 23), or the GDPR provision that exempts it (e.g. Art 17(3)(b)), with its article.', { article: 'Art 23', placeholder: 'Name the law and article that restricts this right' }),
  }),
};

export const POLICY_SCHEMA: ObjectSchema = object({
  policy: {
    required: true,
    article: 'Art 12, 13(3)',
    description: 'About the notice itself: title, dates, version, language.',
    value: object({
      title: text('The notice’s title.', { required: true, placeholder: 'Privacy notice' }),
      effective: { value: { type: 'date' }, required: true, description: 'Date from which the notice applies (YYYY-MM-DD).', placeholder: '2025-01-01' },
      updated: { value: { type: 'date' }, description: 'Date of the last update (YYYY-MM-DD).' },
      version: text('Version of the notice.'),
      language: term('language', 'Language of the generated text of the notice: `en` (default), `fr`, `nl` or `de`. Your own text is shown as written.'),
      collection: term('collection', 'Whether data is obtained from the person (Art 13), from others (Art 14), or both.', { article: 'Art 13, 14' }),
      summary: markdown('The first layer of the notice: a short summary in plain words.', { article: 'Art 12(1)' }),
    }),
  },
  controller: {
    required: true,
    article: 'Art 13(1)(a)',
    description: 'Who is responsible for the processing, and how to reach them.',
    value: object(
      {
        name: text('Legal name of the controller.', { required: true, placeholder: 'Example Ltd' }),
        address: text('Postal address.', { required: 'missing-controller-contact', article: 'Art 13(1)(a)', placeholder: 'Street 1, 1000 City, Country' }),
        email: email('E-mail address for privacy questions.'),
        phone: text('Telephone number.'),
        url: url('Website.'),
        legal_form: text('Legal form, e.g. NV, GmbH, Ltd.'),
        registration: text('Company registration number.'),
      },
      [{ keys: ['email', 'phone', 'url'], rule: 'missing-controller-contact', what: 'a way to contact the controller (`email`, `phone` or `url`)' }],
    ),
  },
  representative: {
    article: 'Art 13(1)(a), 27',
    description: 'Representative in the EU, for controllers established outside it.',
    value: object(
      { name: text('Name of the representative.', { required: true, placeholder: 'Name of the EU representative' }), address: text('Postal address.', { required: true, placeholder: 'Street 1, 1000 City, Country' }), email: email('E-mail address.'), phone: text('Telephone number.') },
      [{ keys: ['email', 'phone'], rule: 'missing-field', what: 'contact details for the representative (`email` or `phone`, Art 13(1)(a))' }],
    ),
  },
  dpo: {
    required: 'missing-dpo',
    article: 'Art 13(1)(b)',
    description: 'The data protection officer and their contact details, or `none` when no DPO is appointed.',
    value: {
      type: 'noneOr',
      other: object(
        {
          name: text('Name of the DPO (a person or a service). Optional: Art 13(1)(b) asks for contact details, and the EDPB DPO guidelines (WP243 rev.01, §2.6) leave publishing the name to the controller.'),
          email: email('E-mail address.', 'dpo@example.com'),
          phone: text('Telephone number.'),
          address: text('Postal address.'),
          url: url('Web page or contact form for the DPO.'),
        },
        [{ keys: ['email', 'phone', 'address', 'url'], rule: 'missing-field', what: 'contact details for the DPO (`email`, `phone`, `address` or `url`, Art 13(1)(b))' }],
      ),
    },
  },
  authority: {
    required: 'missing-authority',
    article: 'Art 13(2)(d), 77',
    description: 'The supervisory authority competent for the controller, where people can complain (not necessarily a "lead" authority, which exists only for cross-border processing, Art 56). People may also complain to the authority where they live or work or where the infringement took place (Art 77(1)).',
    value: object({
      name: text('Name of the authority.', { required: true, placeholder: 'Name of the supervisory authority' }),
      url: url('Website.'),
      email: email('E-mail address.'),
      address: text('Postal address.'),
      phone: text('Telephone number.'),
      webform: url('Web page of the authority’s complaint form.'),
    }),
  },
  data: { required: true, article: 'Art 14(1)(d)', description: 'The categories of personal data processed, by id.', value: { type: 'definitions', section: 'data', entry: DATA_CATEGORY } },
  recipients: { article: 'Art 13(1)(e)', description: 'Who receives the data, by id.', value: { type: 'definitions', section: 'recipients', entry: RECIPIENT } },
  purposes: { required: true, article: 'Art 13(1)(c)', description: 'Why the data is processed, each purpose with its legal basis and retention.', value: { type: 'definitions', section: 'purposes', entry: PURPOSE } },
  transfers: { article: 'Art 13(1)(f), 44–49', description: 'Transfers outside the EEA and their safeguards.', value: { type: 'list', item: TRANSFER } },
  rights: {
    article: 'Art 13(2)(b)–(d), 12(3)',
    description: 'How people exercise their rights.',
    value: object({
      contact: { value: { type: 'text', format: 'email-or-url' }, description: 'Where requests are sent (e-mail or URL); defaults to the controller’s e-mail.' },
      response_time: { value: { type: 'duration' }, description: 'How soon requests are answered: at most (and by default) 1 month. The notice says "without undue delay and at the latest within" this time, and that it can be extended by two further months where necessary.', article: 'Art 12(3)', placeholder: '1 month' },
      exclude: { value: { type: 'list', item: RIGHT_EXCLUSION }, description: 'Rights that a law restricts, each as `{ right, law }` naming the Union or Member State law (Art 23) or the GDPR exemption. Access, rectification, restriction, complaint and withdrawal of consent can never be left out.', article: 'Art 13(2)(b), 23' },
      notes: markdown('Anything else about exercising rights.'),
    }),
  },
  automated_decisions: {
    required: 'missing-automated-decisions',
    article: 'Art 13(2)(f), 22',
    description: 'Automated decision-making, including profiling: `none`, or a list of decisions.',
    value: { type: 'noneOr', other: { type: 'list', item: AUTOMATED_DECISION } },
  },
  cookies: { article: 'ePrivacy Art 5(3)', description: 'Cookies and similar technologies.', value: { type: 'list', item: COOKIE } },
  security: { article: 'Art 32', description: 'Security measures, one per item (markdown).', value: { type: 'list', item: { type: 'text', markdown: true } } },
  sections: {
    description: 'Extra sections rendered after the generated ones.',
    value: { type: 'list', item: object({ title: text('Section heading.', { required: true }), body: markdown('Section text.', { required: true }) }) },
  },
});


/** The keys of the structured retention forms (SPEC §5), described for completion and hover. */
export const RETENTION_KEYS: Record<string, FieldSchema> = {
  period: { value: { type: 'duration' }, description: 'How long the data is kept, e.g. 10 years.', article: 'Art 13(2)(a)', placeholder: '12 months' },
  from: { value: { type: 'text' }, description: 'The event the period counts from, e.g. the end of the contract.', article: 'Art 13(2)(a)', placeholder: 'the end of the contract' },
  until: { value: { type: 'text' }, description: 'The event until which the data is kept, e.g. the end of the contractual relationship.', article: 'Art 13(2)(a)', placeholder: 'the end of the contract' },
  then: { value: { type: 'duration' }, description: 'An extra period after the `until` event.', article: 'Art 13(2)(a)', placeholder: '1 year' },
  criteria: { value: { type: 'text' }, description: 'The criteria used to determine the period, when no period can be given.', article: 'Art 13(2)(a)' },
  data: { value: { type: 'ref', section: 'data', allowText: true }, description: 'In a list of retention periods: the data this period applies to.' },
};

export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Names a section or entry for messages: "the policy section", "purpose 'Recruitment'". */
export const SECTION_NOUN: Record<Section, string> = { data: 'data category', recipients: 'recipient', purposes: 'purpose' };

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
    case 'list':
    case 'oneOrList':
      return '[]';
    default:
      return '""';
  }
}
