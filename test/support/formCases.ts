// The v1.3 forms (docs/language.md), each written once as the checker accepts it and once or more as it rejects it,
// with the rule and the words of the message a reader needs. Shared by the JSON Schema test (test/unit), and the
// CLI and LSP tests (test/protocol), so that every layer is held to the same snippets.
import { stringify } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export interface FormCase {
  /** The form, as docs/language.md names it. */
  form: string;
  /** The changes to the base policy: a value at a path (`undefined` removes the key). */
  patch: [Path, Json | undefined][];
  accepted: boolean;
  /** For a rejected case: the rule, the words its message must say, and the text its range must cover. */
  rule?: string;
  message?: RegExp;
  at?: string;
}

/** A small policy that the checker accepts without an error: the base every case changes. */
export const BASE: { [key: string]: Json } = {
  policy: { title: 'Privacy notice of Example Books', effective: '2026-01-01', language: 'en' },
  controller: {
    name: 'Example Books B.V.',
    address: 'Keizersgracht 1, 1015 AA Amsterdam, Netherlands',
    email: 'privacy@example-books.eu',
    country: 'NL',
  },
  dpo: 'none',
  authority: { name: 'Autoriteit Persoonsgegevens', url: 'https://www.autoriteitpersoonsgegevens.nl' },
  data: { contact: { label: 'Name and contact details', source: 'data-subject' } },
  recipients: {
    hosting: {
      label: 'Web shop hosting provider',
      type: 'processor',
      category: 'hosting',
      name: 'Example Hosting GmbH',
      country: 'DE',
    },
  },
  purposes: {
    orders: {
      title: 'Delivering your orders',
      data: ['contact'],
      basis: 'contract',
      recipients: ['hosting'],
      retention: '2 years',
      provision: 'contractual',
      consequence: 'Without your address we cannot deliver your order.',
    },
  },
  automated_decisions: 'none',
};

const ok = (form: string, ...patch: [Path, Json | undefined][]): FormCase => ({ form, patch, accepted: true });
const bad = (form: string, rule: string, message: RegExp, at: string, ...patch: [Path, Json | undefined][]) => ({
  form,
  patch,
  accepted: false,
  rule,
  message,
  at,
});

export const FORM_CASES: FormCase[] = [
  // policy (Art 12, 13(3))
  ok('policy.effective as a month', [['policy', 'effective'], '2026-08']),
  ok('policy.updated as a month', [['policy', 'updated'], '2026-09']),
  bad('policy.effective as a month', 'invalid-value', /YYYY-MM/, '2026-13', [['policy', 'effective'], '2026-13']),
  ok('policy.minimum_age', [['policy', 'minimum_age'], 16]),
  bad('policy.minimum_age', 'invalid-value', /whole number from 0 to 25/, '30', [['policy', 'minimum_age'], 30]),
  bad('policy.minimum_age', 'invalid-value', /whole number/, 'sixteen', [['policy', 'minimum_age'], 'sixteen']),
  ok('policy.changes', [
    ['policy', 'changes'],
    { notice: '30 days', how: 'We e-mail you and show a banner in the app.' },
  ]),
  bad('policy.changes', 'invalid-value', /not a duration/, 'soon', [['policy', 'changes'], { notice: 'soon' }]),
  bad('policy.changes', 'unknown-key', /'when' is not a known key/, 'when', [['policy', 'changes'], { when: 'x' }]),
  // controller (Art 13(1)(a))
  ok(
    'controller with one contact detail',
    [['controller', 'email'], undefined],
    [['controller', 'address'], undefined],
    [['controller', 'url'], 'https://example-books.eu/contact'],
  ),
  bad(
    'controller with one contact detail',
    'missing-controller-contact',
    /contact/,
    'controller',
    [['controller', 'email'], undefined],
    [['controller', 'address'], undefined],
  ),
  ok('controller.public_body', [['controller', 'public_body'], true]),
  bad('controller.public_body', 'invalid-value', /true or false/, 'yes', [['controller', 'public_body'], 'yes']),
  // representative (Art 27)
  ok('representative with one contact detail', [
    ['representative'],
    { name: 'Example EU Representative Ltd', phone: '+353 1 234 5678' },
  ]),
  bad(
    'representative with one contact detail',
    'missing-field',
    /contact details for the representative/,
    'representative',
    [['representative'], { name: 'Example EU Representative Ltd' }],
  ),
  // authority (Art 13(2)(d), 77)
  ok('authority.directory', [
    ['authority'],
    { directory: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en' },
  ]),
  bad('authority.directory', 'missing-field', /`name` \(or a `directory`/, 'authority', [
    ['authority'],
    { url: 'https://www.autoriteitpersoonsgegevens.nl' },
  ]),
  bad('authority.directory', 'invalid-value', /not a web address/, 'the EDPB list', [
    ['authority'],
    { directory: 'the EDPB list' },
  ]),
  // automated_decisions (Art 13(2)(f), 22)
  ok('automated_decisions { none, note }', [
    ['automated_decisions'],
    { none: true, note: 'The video platform we embed may make its own decisions.' },
  ]),
  bad('automated_decisions { none, note }', 'unknown-key', /'notes' is not a known key/, 'notes', [
    ['automated_decisions'],
    { none: true, notes: 'x' },
  ]),
  // cookie_settings (ePrivacy Art 5(3); GDPR Art 7(3))
  ok('cookie_settings', [['cookie_settings'], 'Use the “Cookie settings” link at the foot of every page.']),
  bad('cookie_settings', 'invalid-value', /single value/, '- a', [['cookie_settings'], ['a', 'b']]),
  // promises (Art 5(1)(a), 12(1))
  ok('promises', [['promises'], ['no-sale', 'no-transfer', 'no-profiling']]),
  bad('promises', 'invalid-value', /Did you mean 'no-sale'/, 'no-sales', [['promises'], ['no-sales']]),
  bad('promises', 'invalid-value', /should be a list/, 'no-sale', [['promises'], 'no-sale']),
  // retention, notice-wide (Art 13(2)(a))
  ok(
    'retention (notice-wide)',
    [['retention'], { until: 'you close your account', then: '30 days' }],
    [['purposes', 'orders', 'retention'], undefined],
  ),
  bad('retention (notice-wide)', 'missing-retention', /retention|kept/i, 'orders', [
    ['purposes', 'orders', 'retention'],
    undefined,
  ]),
  bad('retention (notice-wide)', 'missing-field', /gives no period/, 'retention', [
    ['retention'],
    { from: 'the end of the contract' },
  ]),
  // roles (Art 4(7)–(8), 28)
  ok('roles.processor_for', [
    ['roles'],
    {
      processor_for: [
        {
          what: 'The databases our customers host with us.',
          controller: 'our customers',
          notice: 'https://example-books.eu/customers',
        },
      ],
    },
  ]),
  bad('roles.processor_for', 'missing-field', /'controller' is missing/, 'what: The databases', [
    ['roles'],
    { processor_for: [{ what: 'The databases our customers host with us.' }] },
  ]),
  bad(
    'roles.processor_for',
    'unknown-key',
    /'processors_for' is not a known key.*Did you mean 'processor_for'/,
    'processors_for',
    [['roles'], { processors_for: [] }],
  ),
  // data (Art 9(1), 13(1)(c))
  ok(
    'data.special as a list',
    [['data', 'health'], { label: 'Health data', special: ['health', 'genetic'], source: 'data-subject' }],
    [['purposes', 'orders', 'special_basis'], 'explicit-consent'],
    [
      ['purposes', 'orders', 'data'],
      ['contact', 'health'],
    ],
  ),
  bad('data.special as a list', 'invalid-value', /Did you mean 'health'/, 'helth', [
    ['data', 'contact', 'special'],
    ['helth'],
  ]),
  ok('data.all_purposes', [['data', 'contact', 'all_purposes'], true]),
  bad('possible on a data category', 'unknown-key', /'possible' is not a known key/, 'possible', [
    ['data', 'contact', 'possible'],
    true,
  ]),
  // recipients (Art 13(1)(e)–(f), 28(3))
  ok('recipient without type', [['recipients', 'hosting', 'type'], undefined]),
  ok('recipient.possible', [['recipients', 'hosting', 'possible'], true]),
  ok('recipient.own_collection', [['recipients', 'hosting', 'own_collection'], true]),
  ok('recipient.safeguards', [['recipients', 'hosting', 'safeguards'], 'Bound by a contract under Art 28(3) GDPR.']),
  ok('recipient.country as a list', [
    ['recipients', 'hosting', 'country'],
    ['DE', 'NL'],
  ]),
  ok('recipient.country as a region', [['recipients', 'hosting', 'country'], 'EEA']),
  bad('recipient.country as a region', 'invalid-value', /ISO 3166-1/, 'Europe', [
    ['recipients', 'hosting', 'country'],
    'Europe',
  ]),
  bad('recipient.possible', 'invalid-value', /true or false/, 'maybe', [
    ['recipients', 'hosting', 'possible'],
    'maybe',
  ]),
  // purposes (Art 21, 7(3))
  ok('purpose.opt_out', [
    ['purposes', 'orders', 'opt_out'],
    { how: 'Use the unsubscribe link in every e-mail.', url: 'https://example-books.eu/unsubscribe' },
  ]),
  bad('purpose.opt_out', 'missing-field', /'how' is missing/, 'opt_out', [
    ['purposes', 'orders', 'opt_out'],
    { url: 'https://example-books.eu/unsubscribe' },
  ]),
  // transfers (Art 13(1)(f), 44–49)
  ok('transfer mechanism list', [
    ['transfers'],
    [{ countries: ['IN'], mechanism: ['scc', 'bcr'], copy: 'Ask us at privacy@example-books.eu' }],
  ]),
  ok('transfer mechanism per law', [
    ['transfers'],
    [
      {
        countries: ['IN'],
        mechanism: { 'eu-gdpr': 'scc', 'uk-gdpr': 'uk-addendum' },
        copy: 'Ask us at privacy@example-books.eu',
      },
    ],
  ]),
  bad('transfer mechanism per law', 'invalid-value', /reserved for the California/, 'us-ccpa', [
    ['transfers'],
    [{ countries: ['IN'], mechanism: { 'us-ccpa': 'scc' }, copy: 'Ask us' }],
  ]),
  bad('transfer mechanism list', 'invalid-value', /Did you mean 'scc'/, 'sccc', [
    ['transfers'],
    [{ countries: ['IN'], mechanism: ['sccc', 'bcr'], copy: 'Ask us' }],
  ]),
  ok('transfer.possible, from', [
    ['transfers'],
    [{ countries: ['IN'], mechanism: 'scc', copy: 'Ask us', possible: true, from: ['eu-gdpr'] }],
  ]),
  bad('transfer.from', 'invalid-value', /Did you mean 'eu-gdpr'/, 'eu-gdrp', [
    ['transfers'],
    [{ countries: ['IN'], mechanism: 'scc', copy: 'Ask us', from: ['eu-gdrp'] }],
  ]),
  ok('transfer.compelling_interest', [
    ['transfers'],
    [
      {
        countries: ['IN'],
        mechanism: 'derogation-compelling-interests',
        copy: 'Ask us',
        compelling_interest: 'Recovering a stolen laptop with the help of its manufacturer.',
      },
    ],
  ]),
  bad('transfer.possible', 'unknown-key', /'posible' is not a known key.*Did you mean 'possible'/, 'posible', [
    ['transfers'],
    [{ countries: ['IN'], mechanism: 'scc', copy: 'Ask us', posible: true }],
  ]),
  // cookies (ePrivacy Art 5(3))
  ok('cookie without a name', [
    ['cookies'],
    [{ description: 'Remembers your cookie choices.', type: 'essential', duration: '15 minutes', party: 'first' }],
  ]),
  ok('cookie duration in minutes (ISO 8601)', [['cookies'], [{ name: 'sid', duration: 'PT15M', type: 'essential' }]]),
  bad('cookie duration in minutes (ISO 8601)', 'invalid-value', /not a duration/, '15 minuts', [
    ['cookies'],
    [{ name: 'sid', duration: '15 minuts' }],
  ]),
  // rights.restrictions (Art 13(2)(b), 23)
  ok('rights.restrictions', [
    ['rights'],
    {
      restrictions: [
        { right: 'access', law: 'Art 15 of the Uitvoeringswet AVG', scope: 'Data in ongoing fraud investigations.' },
      ],
    },
  ]),
  bad('rights.restrictions', 'restriction-without-law', /law/, 'access', [
    ['rights'],
    { restrictions: [{ right: 'access' }] },
  ]),
  bad('rights.restrictions', 'invalid-value', /Did you mean 'access'/, 'acces', [
    ['rights'],
    { restrictions: [{ right: 'acces', law: 'Art 15 of the Uitvoeringswet AVG' }] },
  ]),
  // laws (docs/language.md, "Laws")
  // Under the UK GDPR the base's German host is a transfer (docs/language.md, "Laws": territories), disclosed with
  // its ground: the EEA is adequate under Art 45A UK GDPR.
  ok(
    'laws',
    [['laws'], { 'eu-gdpr': {}, 'uk-gdpr': { complaints: { url: 'https://example-books.eu/complaints' } } }],
    [['transfers'], [{ recipients: ['hosting'], mechanism: 'adequacy' }]],
  ),
  ok('laws.<id>.authority as a directory', [
    ['laws'],
    { 'eu-gdpr': { authority: { directory: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en' } } },
  ]),
  bad('laws', 'invalid-value', /reserved for the California/, 'us-ccpa', [['laws'], { 'us-ccpa': {} }]),
  bad('laws', 'unknown-key', /'complaint' is not a known key.*Did you mean 'complaints'/, 'complaint', [
    ['laws'],
    { 'uk-gdpr': { complaint: { url: 'https://example-books.eu/complaints' } } },
  ]),
];

/** The base policy with a case's changes, as the YAML an author would write. */
export function caseText(c: Pick<FormCase, 'patch'>): string {
  type Node = Record<string | number, Json>;
  const doc = structuredClone(BASE) as Node;
  for (const [path, value] of c.patch) {
    let node = doc;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (next === null || typeof next !== 'object') node[key] = {};
      node = node[key] as Node;
    }
    const last = path[path.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = structuredClone(value);
  }
  return stringify(doc, { lineWidth: 0 });
}
