// Unit tests for every rule of docs/rules/ (and `document-too-large`), each both ways: a minimal variation of one
// valid base policy where the rule fires, and a corrected variation where it does not.
//
// What each "fires" test checks, from the rule reference (docs/rules/README.md) rather than from the code:
//   - the rule id, and that the rule reports exactly once for the one defect introduced;
//   - the default severity of the §8 table (or the severity chosen through the settings);
//   - that the message cites the GDPR article(s) of the §8 table;
//   - that the range covers exactly the offending key or value (`text.slice(span.start, span.end)`).
//
// Run: node --import tsx --test test/unit/rules.test.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countYamlTokens } from '../../server/src/parser/yamlTokens';
import { analyzeText, MAX_DOCUMENT_SIZE, MAX_YAML_TOKENS } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';
import { type Problem, type RuleSettings } from '../../server/src/core/problem';
import { RULES } from '../../server/src/rules';
import { fixesFor } from '../../server/src/service/codeActions';
import { evidenceFromHarText } from '../../server/src/reconcile/evidence';

/** The quick fixes offered for the one problem of `rule` in `text`. */
function fixesOf(text: string, rule: string) {
  const analysis = analyzeText(text);
  const problem = validate(analysis).find((p) => p.rule === rule);
  assert.ok(problem, `no '${rule}' to fix`);
  return fixesFor(analysis, problem);
}

/** Applies one fix's edits (from the end, so offsets stay valid). */
function applyFix(text: string, fix: { edits: { span: { start: number; end: number }; newText: string }[] }): string {
  return [...fix.edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

// ---------------------------------------------------------------------------------------------------------------
// The base policy: complete and correct, so that it produces no diagnostic at all. Every test below is a small
// variation of it. It has a processor outside the EEA (US, covered by `scc` with a copy), a purpose on each of
// contract, consent, legitimate interests (with its interest) and legal obligation (with its law).
// ---------------------------------------------------------------------------------------------------------------
const BASE = `policy:
  title: Privacy notice of Example Bakery
  effective: 2025-01-01
  language: en
  collection: direct
  summary: We process your data to deliver your orders.

controller:
  name: Example Bakery B.V.
  address: Bakkerstraat 1, 1012 AB Amsterdam, Netherlands
  email: privacy@example-bakery.test

dpo:
  name: Jan de Vries
  email: dpo@example-bakery.test

authority:
  name: Autoriteit Persoonsgegevens
  url: https://autoriteitpersoonsgegevens.nl

data:
  contact:
    label: Contact details
    source: data-subject
  orders:
    label: Order history
    source: data-subject
  invoices:
    label: Invoices
    source: data-subject

recipients:
  courier:
    label: Courier
    type: processor
    category: delivery-logistics
    name: Example Couriers B.V.
    country: NL
  mailer:
    label: Newsletter service
    type: processor
    category: email-delivery
    name: Mailer Inc.
    country: US

purposes:
  delivery:
    title: Delivering your orders
    data: [contact, orders]
    basis: contract
    retention: 2 years
    recipients: [courier]
    provision: contractual
    consequence: We cannot deliver your order.
  newsletter:
    title: Sending our newsletter
    data: [contact]
    basis: consent
    retention: { until: you unsubscribe }
    recipients: [mailer]
    provision: voluntary
  fraud:
    title: Preventing fraud
    data: [orders]
    basis: legitimate-interests
    legitimate_interest: Protecting our shop against fraudulent orders
    retention: { period: 1 year, from: the order date }
    provision: voluntary
  accounting:
    title: Keeping the accounts
    data: [invoices]
    basis: legal-obligation
    law: Dutch Civil Code, Book 2, article 10
    retention: { period: 7 years, from: the end of the financial year }
    provision: statutory
    consequence: We cannot issue an invoice, which the law requires for every sale.

transfers:
  - recipients: [mailer]
    mechanism: scc
    copy: Ask us for a copy at privacy@example-bakery.test

rights:
  contact: privacy@example-bakery.test
  response_time: 1 month

automated_decisions: none
`;

// Frequently edited lines of BASE, named so the variations read as what they change.
const DELIVERY_BASIS = '    basis: contract\n';
const DELIVERY_RETENTION = '    retention: 2 years\n';
const DELIVERY_PROVISION = '    provision: contractual\n';
const DELIVERY_CONSEQUENCE = '    consequence: We cannot deliver your order.\n';
const FRAUD_INTEREST = '    legitimate_interest: Protecting our shop against fraudulent orders\n';
const ACCOUNTING_LAW = '    law: Dutch Civil Code, Book 2, article 10\n';
const TRANSFER =
  '  - recipients: [mailer]\n    mechanism: scc\n    copy: Ask us for a copy at privacy@example-bakery.test\n';
const TRANSFERS_SECTION = `transfers:\n${TRANSFER}\n`;
const RIGHTS_END = '  response_time: 1 month\n';
const DATA_END = '  invoices:\n    label: Invoices\n    source: data-subject\n';
const RECIPIENTS_END = '    name: Mailer Inc.\n    country: US\n';

// ---------------------------------------------------------------------------------------------------------------
// docs/rules/, as a table: default severity and the GDPR references each message must cite.
// ---------------------------------------------------------------------------------------------------------------
type Severity = Problem['severity'];
const RULE_TABLE: Record<string, { severity: Severity; gdpr: string[] }> = {
  'yaml-syntax': { severity: 'error', gdpr: [] },
  'unknown-key': { severity: 'error', gdpr: [] },
  'invalid-value': { severity: 'error', gdpr: [] },
  'duplicate-key': { severity: 'error', gdpr: [] },
  'missing-field': { severity: 'error', gdpr: [] },
  'unknown-reference': { severity: 'error', gdpr: [] },
  // The table gives "5(1)(c), 13(1)(c)/(e)": 13(1)(c) for data categories, 13(1)(e) for recipients, 12(1) for (v1.2) audiences; each test names its own.
  'unused-definition': { severity: 'warning', gdpr: [] },
  'missing-controller-contact': { severity: 'error', gdpr: ['13(1)(a)'] },
  'single-contact-form': { severity: 'information', gdpr: ['13(1)(a)'] },
  'missing-recipient-role': { severity: 'information', gdpr: ['13(1)(e)'] },
  'unfilled-placeholder': { severity: 'error', gdpr: ['12(1)'] },
  'missing-representative': { severity: 'warning', gdpr: ['13(1)(a)', '27(1)', '3(2)'] },
  'automated-decision-special-data': { severity: 'error', gdpr: ['22(4)', '9(2)(a)', '9(2)(g)'] },
  'automated-decision-child': { severity: 'warning', gdpr: ['22(1)', 'Recital 71'] },
  'authority-scope': { severity: 'warning', gdpr: ['13(2)(d)', '51', '55'] },
  'implied-consent': { severity: 'warning', gdpr: ['4(11)', '7(3)'] },
  'conditions-on-rights': { severity: 'warning', gdpr: ['12(2)', '12(5)'] },
  'cookie-consent-basis': { severity: 'warning', gdpr: ['4(11)', '6(1)'] },
  'unnamed-cookie': { severity: 'information', gdpr: ['Art 5(3)'] },
  'broken-promise': { severity: 'error', gdpr: ['5(1)(a)', '12(1)'] },
  'unclear-advertising-recipient': { severity: 'information', gdpr: ['5(1)(a)'] },
  'possible-processing': { severity: 'information', gdpr: ['12(1)'] },
  'missing-dpo': { severity: 'warning', gdpr: ['13(1)(b)'] },
  'missing-legal-basis': { severity: 'error', gdpr: ['13(1)(c)', '6(1)'] },
  'missing-legitimate-interest': { severity: 'error', gdpr: ['13(1)(d)'] },
  'missing-special-category-condition': { severity: 'error', gdpr: ['9(2)'] },
  // The table gives "6(3), 10": 6(3) for the bases, 10 for criminal data; each test names the one it triggers.
  'missing-law-reference': { severity: 'information', gdpr: [] },
  'missing-retention': { severity: 'error', gdpr: ['13(2)(a)'] },
  'vague-retention': { severity: 'warning', gdpr: ['13(2)(a)'] },
  'missing-transfer-safeguard': { severity: 'error', gdpr: ['13(1)(f)', '44'] },
  'invalid-adequacy': { severity: 'error', gdpr: ['45'] },
  'missing-transfer-copy': { severity: 'error', gdpr: ['13(1)(f)'] },
  'invalid-mechanism': { severity: 'error', gdpr: ['44', '45'] },
  'missing-compelling-interest': { severity: 'error', gdpr: ['49(1)'] },
  'unplaced-recipient': { severity: 'warning', gdpr: ['13(1)(f)', '44'] },
  'missing-authority': { severity: 'information', gdpr: ['13(2)(d)', '77'] },
  'missing-source': { severity: 'error', gdpr: ['14(2)(f)'] },
  'missing-provision': { severity: 'warning', gdpr: ['13(2)(e)'] },
  'missing-consequence': { severity: 'warning', gdpr: ['13(2)(e)'] },
  'consent-tied-to-contract': { severity: 'warning', gdpr: ['7(4)'] },
  'transfer-without-destination': { severity: 'warning', gdpr: ['13(1)(f)'] },
  'invalid-response-time': { severity: 'error', gdpr: ['12(3)'] },
  'missing-automated-decisions': { severity: 'warning', gdpr: ['13(2)(f)'] },
  'restriction-without-law': { severity: 'error', gdpr: ['13(2)(b)', '23(1)'] },
  'unrestrictable-right': { severity: 'error', gdpr: ['23(1)', '77'] },
  'internal-limit-as-restriction': { severity: 'information', gdpr: ['23(1)'] },
  'deprecated-exclude': { severity: 'warning', gdpr: ['13(2)(b)'] },
  'hedge-words': { severity: 'information', gdpr: ['12(1)'] },
  'generic-recipient': { severity: 'warning', gdpr: ['13(1)(e)'] },
  // v1.2 (docs/language.md, "Citing the GDPR in your text"): the message names the provision that does not exist, not an article it serves.
  'invalid-citation': { severity: 'warning', gdpr: [] },
  // Added with the French, Dutch and German catalogues (docs/language.md, "Output language"); tested with an incomplete catalogue in i18n.test.ts.
  'document-too-large': { severity: 'error', gdpr: [] },
  // v1.2 of the language
  'missing-joint-arrangement': { severity: 'error', gdpr: ['26(2)'] },
  'missing-parental-consent': { severity: 'warning', gdpr: ['8(1)'] },
  'direct-marketing-basis': { severity: 'warning', gdpr: ['6(1)', '21(2)'] },
  'ambiguous-bases': { severity: 'warning', gdpr: ['6(1)', '13(1)(c)'] },
  // README, "Catalogues and evidence": from the cookie catalogue, and from a HAR recording (tested in catalogues.test.ts and protocol/reconcile.test.ts).
  // information for every disagreement but an analytics or marketing cookie declared `essential` (catalogues.test.ts)
  'cookie-mismatch': { severity: 'warning', gdpr: ['13(2)(a)'] },
  'undeclared-cookie': { severity: 'warning', gdpr: ['13(1)(c)'] },
  'undeclared-third-party': { severity: 'warning', gdpr: ['13(1)(e)'] },
  'unobserved-cookie': { severity: 'information', gdpr: ['12(1)'] },
  // The laws' own rules (docs/language.md, "Laws"; tested in lawRules.test.ts).
  'implicit-law': { severity: 'hint', gdpr: [] },
  'missing-complaints-route': { severity: 'warning', gdpr: [] },
  'missing-destination-country': { severity: 'error', gdpr: [] },
  'cookie-refusal-missing': { severity: 'warning', gdpr: [] },
};

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

/** Applies [from, to] replacements to a text; each `from` must occur exactly once (catches mistakes in tests). */
function vary(text: string, ...edits: [from: string, to: string][]): string {
  for (const [from, to] of edits) {
    const first = text.indexOf(from);
    assert.ok(first >= 0, `test setup: ${JSON.stringify(from)} not found`);
    assert.equal(text.indexOf(from, first + 1), -1, `test setup: ${JSON.stringify(from)} occurs more than once`);
    text = text.slice(0, first) + to + text.slice(first + from.length);
  }
  return text;
}

/** Inserts `lines` after the unique line(s) `anchor`. */
const after = (anchor: string, lines: string): [string, string] => [anchor, anchor + lines];
/** Removes the unique text `what`. */
const remove = (what: string): [string, string] => [what, ''];

function check(text: string, settings?: RuleSettings): Problem[] {
  return validate(analyzeText(text), settings);
}

const show = (text: string, problems: Problem[]) =>
  problems
    .map((p) => `  ${p.rule} (${p.severity}) ${JSON.stringify(text.slice(p.span.start, p.span.end))}: ${p.message}`)
    .join('\n') || '  (none)';

interface Expectation {
  /** The exact text the range must cover. */
  span: string;
  /** A unique piece of the document that contains `span` at the place the range must be (when `span` is ambiguous). */
  at?: string;
  /** Defaults to the rule table's severity. */
  severity?: Severity;
  /** GDPR references the message must cite; defaults to the rule table's. */
  cites?: string[];
  settings?: RuleSettings;
}

/** Asserts that `rule` reports exactly one problem, as the rule reference describes it; returns it. */
function expectOne(text: string, rule: string, e: Expectation): Problem {
  const all = check(text, e.settings);
  const found = all.filter((p) => p.rule === rule);
  assert.equal(found.length, 1, `expected exactly one '${rule}', got:\n${show(text, all)}`);
  const p = found[0];
  assertProblem(text, p, rule, e);
  return p;
}

/** Asserts that `rule` reports exactly the given problems, in document order. */
function expectMany(text: string, rule: string, expected: Expectation[]): Problem[] {
  const all = check(text);
  const found = all.filter((p) => p.rule === rule);
  assert.equal(found.length, expected.length, `expected ${expected.length} '${rule}', got:\n${show(text, all)}`);
  found.forEach((p, i) => assertProblem(text, p, rule, expected[i]));
  return found;
}

function assertProblem(text: string, p: Problem, rule: string, e: Expectation): void {
  assert.equal(p.severity, e.severity ?? RULE_TABLE[rule].severity, `severity of '${rule}'`);
  const cites = e.cites ?? RULE_TABLE[rule].gdpr;
  if (cites.length > 0)
    assert.match(p.message, /\bArt\b/, `the message of '${rule}' should cite the GDPR: ${p.message}`);
  for (const ref of cites)
    assert.ok(p.message.includes(ref), `the message of '${rule}' should cite Art ${ref}: ${p.message}`);
  assert.equal(text.slice(p.span.start, p.span.end), e.span, `range of '${rule}'`);
  if (e.at !== undefined) {
    const at = text.indexOf(e.at);
    assert.ok(at >= 0 && text.indexOf(e.at, at + 1) === -1, `test setup: 'at' must occur exactly once: ${e.at}`);
    assert.ok(e.at.includes(e.span), 'test setup: `at` must contain `span`');
    assert.equal(p.span.start, at + e.at.indexOf(e.span), `range of '${rule}' should be in ${JSON.stringify(e.at)}`);
  }
}

/** Asserts that `rule` reports nothing. */
function expectNone(text: string, rule: string, settings?: RuleSettings): void {
  const all = check(text, settings);
  assert.deepEqual(
    all.filter((p) => p.rule === rule).map((p) => text.slice(p.span.start, p.span.end)),
    [],
    `expected no '${rule}', got:\n${show(text, all)}`,
  );
}

/** Asserts that the document gets no diagnostic at all. */
function expectClean(text: string, settings?: RuleSettings): void {
  const all = check(text, settings);
  assert.equal(all.length, 0, `expected no diagnostics, got:\n${show(text, all)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// The base policy
// ---------------------------------------------------------------------------------------------------------------

describe('base policy', () => {
  it('produces no diagnostics at all', () => expectClean(BASE));

  it('the tests cover every rule the server defines, and the rule table lists every one of them', () => {
    assert.deepEqual(RULES.map((r) => r.id).sort(), Object.keys(RULE_TABLE).sort());
  });

  it('each rule declares the default severity of the rule table', () => {
    for (const r of RULES) assert.equal(r.severity, RULE_TABLE[r.id].severity, r.id);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Structural rules
// ---------------------------------------------------------------------------------------------------------------

describe('yaml-syntax', () => {
  // Purpose 'delivery' (before the broken line) lacks its basis; purpose 'fraud' has a title that is not valid YAML.
  const broken = vary(BASE, remove(DELIVERY_BASIS), [
    '    title: Preventing fraud\n',
    '    title: @fraud prevention\n',
  ]);

  it('fires on the broken line only, as an error', () => {
    const p = expectOne(broken, 'yaml-syntax', { span: '@', at: '@fraud' });
    assert.match(p.message, /YAML/);
  });

  it('still reports the other diagnostics of the readable parts (a purpose before the broken line)', () => {
    expectOne(broken, 'missing-legal-basis', { span: 'delivery', at: '  delivery:\n' });
  });

  it('the range of an unterminated quote covers the broken value, not an empty range at the end of the file', () => {
    const text = vary(BASE, [ACCOUNTING_LAW, '    law: "Dutch Civil Code, Book 2, article 10\n']);
    const found = check(text).filter((p) => p.rule === 'yaml-syntax');
    assert.ok(found.length >= 1, 'expected a yaml-syntax problem');
    const lineStart = text.indexOf('    law: "Dutch');
    const lineEnd = text.indexOf('\n', lineStart);
    for (const p of found) {
      assert.ok(p.span.end > p.span.start, `empty range at offset ${p.span.start} of ${text.length}: ${p.message}`);
      assert.ok(
        p.span.start >= lineStart && p.span.start <= lineEnd,
        `range starts at ${p.span.start}, not on the broken line ${lineStart}–${lineEnd}`,
      );
    }
  });

  it('does not fire on valid YAML', () => expectNone(BASE, 'yaml-syntax'));
});

describe('unknown-key', () => {
  it('fires on a misspelt key, suggesting the nearest known key', () => {
    const text = vary(BASE, [DELIVERY_CONSEQUENCE, '    consequense: We cannot deliver your order.\n']);
    const p = expectOne(text, 'unknown-key', { span: 'consequense' });
    assert.match(p.message, /'consequence'/);
  });

  it('fires on an unknown key inside a retention form', () => {
    const text = vary(BASE, ['{ period: 1 year, from: the order date }', '{ period: 1 year, form: the order date }']);
    expectOne(text, 'unknown-key', { span: 'form' });
  });

  it('does not fire once the key is spelt right', () => {
    expectClean(vary(BASE, [DELIVERY_CONSEQUENCE, '    consequence: We cannot deliver your order.\n']));
  });
});

describe('invalid-value', () => {
  it('fires on a legal basis outside §4.1, suggesting the nearest one', () => {
    const p = expectOne(vary(BASE, [DELIVERY_BASIS, '    basis: contrakt\n']), 'invalid-value', { span: 'contrakt' });
    assert.match(p.message, /'contract'/);
  });

  it('fires on a country that is not an ISO 3166-1 alpha-2 code', () => {
    expectOne(vary(BASE, ['    country: US\n', '    country: USA\n']), 'invalid-value', { span: 'USA' });
  });

  it('fires on a date that is not ISO', () => {
    expectOne(vary(BASE, ['effective: 2025-01-01', 'effective: 1 January 2025']), 'invalid-value', {
      span: '1 January 2025',
    });
  });

  it('fires on a value of the wrong type (a mapping whose key is not a law where a mechanism is expected)', () => {
    expectOne(vary(BASE, ['mechanism: scc', 'mechanism: { scc: true }']), 'invalid-value', { span: 'scc' });
  });

  it('does not fire on a list of mechanisms (alternatives) nor on one per law', () => {
    expectNone(vary(BASE, ['mechanism: scc', 'mechanism: [scc, bcr]']), 'invalid-value');
    expectNone(vary(BASE, ['mechanism: scc', 'mechanism: { eu-gdpr: scc }']), 'invalid-value');
  });

  it('fires on a `period` that is not a duration', () => {
    expectOne(
      vary(BASE, ['{ period: 1 year, from: the order date }', '{ period: a while, from: the order date }']),
      'invalid-value',
      { span: 'a while' },
    );
  });

  it('fires on a retention shaped like a duration with a mistyped unit (free text is otherwise allowed)', () => {
    expectOne(vary(BASE, [DELIVERY_RETENTION, '    retention: 2 yeers\n']), 'invalid-value', { span: '2 yeers' });
  });

  it('does not fire on DPV aliases of §4 (A6-1-b = contract)', () => {
    expectClean(vary(BASE, [DELIVERY_BASIS, '    basis: A6-1-b\n']));
  });
});

describe('duplicate-key', () => {
  it('fires on the repeated key', () => {
    const text = vary(BASE, [DELIVERY_RETENTION, DELIVERY_RETENTION + '    retention: 3 years\n']);
    expectOne(text, 'duplicate-key', { span: 'retention', at: 'retention: 3 years' });
  });

  it('does not fire when each key appears once', () => expectNone(BASE, 'duplicate-key'));
});

describe('missing-field', () => {
  it('fires on a purpose without `title`, at the purpose key', () => {
    const p = expectOne(vary(BASE, remove('    title: Preventing fraud\n')), 'missing-field', {
      span: 'fraud',
      at: '  fraud:\n',
    });
    assert.match(p.message, /'title'/);
  });

  it('does not fire on a recipient without `type` (v1.3: missing-recipient-role, information)', () => {
    expectNone(vary(BASE, remove('    type: processor\n    category: email-delivery\n')), 'missing-field');
  });

  it('inserts a placeholder, never an invented value (a purpose without `title`)', () => {
    const text = vary(BASE, remove('    title: Preventing fraud\n'));
    const [fix] = fixesOf(text, 'missing-field');
    assert.ok(!fix.isPreferred);
    assert.match(applyFix(text, fix), /\n {4}title: <short title>\n/);
  });

  it('fires on a DPO without any contact', () => {
    expectOne(vary(BASE, remove('  email: dpo@example-bakery.test\n')), 'missing-field', { span: 'dpo', at: 'dpo:\n' });
  });

  it('does not fire when every required field is there', () => expectNone(BASE, 'missing-field'));
});

describe('a mapping that holds a YAML syntax error (v1.3)', () => {
  it('reports the syntax error, not the fields the parser moved out of the mapping', () => {
    // "pays : UE" unquoted in a French label: the parser nests the next keys under the label.
    const text = vary(BASE, ['    label: Newsletter service\n', '    label: Service d’envoi pays : UE\n']);
    expectOne(text, 'yaml-syntax', { span: 'S', at: 'Service d’envoi' });
    expectNone(text, 'missing-recipient-role');
    expectNone(text, 'missing-field');
    const purpose = vary(BASE, [
      '    title: Preventing fraud\n    data: [orders]\n',
      '    description: Contrôle pays : UE\n    title: Preventing fraud\n    data: [orders]\n',
    ]);
    expectNone(purpose, 'missing-field');
    expectNone(purpose, 'missing-legal-basis');
  });
});

describe('unknown-reference', () => {
  it('fires on a data id that is not defined', () => {
    const p = expectOne(vary(BASE, ['data: [contact, orders]', 'data: [contact, order]']), 'unknown-reference', {
      span: 'order',
      at: 'order]',
    });
    assert.match(p.message, /orders/, 'the message names the defined ids');
  });

  it('fires on a recipient id in a transfer that is not defined', () => {
    expectOne(vary(BASE, ['  - recipients: [mailer]', '  - recipients: [mailr]']), 'unknown-reference', {
      span: 'mailr',
    });
  });

  it('does not fire when every id is defined', () => expectNone(BASE, 'unknown-reference'));
});

describe('unused-definition', () => {
  const hobbies = after(DATA_END, '  hobbies:\n    label: Hobbies\n    source: data-subject\n');

  it('fires on a data category no purpose uses, at its key, citing Art 5(1)(c) and 13(1)(c)', () => {
    expectOne(vary(BASE, hobbies), 'unused-definition', { span: 'hobbies', cites: ['5(1)(c)', '13(1)(c)'] });
  });

  // A disclosure without a purpose is purpose limitation and lawfulness, not minimisation
  // (docs/rules/unused-definition.md).
  it('fires on a recipient no purpose uses, at its key, citing Art 5(1)(b), 6(1) and 13(1)(e)', () => {
    const p = expectOne(vary(BASE, remove('    recipients: [courier]\n')), 'unused-definition', {
      span: 'courier',
      at: '  courier:\n',
      cites: ['5(1)(b)', '6(1)', '13(1)(e)'],
    });
    assert.doesNotMatch(p.message, /minimisation|5\(1\)\(c\)/);
  });

  it('fires on a recipient that only a transfer names (no purpose uses it)', () => {
    expectOne(vary(BASE, remove('    recipients: [mailer]\n')), 'unused-definition', {
      span: 'mailer',
      at: '  mailer:\n',
    });
  });

  it('does not fire once a purpose uses the category', () => {
    expectClean(vary(BASE, hobbies, ['data: [contact, orders]', 'data: [contact, orders, hobbies]']));
  });

  // v1.2: audiences. A purpose without `audiences` concerns everyone, so only a policy whose purposes all name
  // their audiences can leave one out.
  const audiences = after(
    RIGHTS_END,
    '\naudiences:\n  customers: { label: Customers }\n  suppliers: { label: Suppliers }\n',
  );
  const everyPurposeForCustomers = (text: string) =>
    text.replace(/(\n    title: [^\n]+\n)/g, '$1    audiences: [customers]\n');

  it('fires on an audience that no purpose concerns, at its key, citing Art 12(1)', () => {
    expectOne(everyPurposeForCustomers(vary(BASE, audiences)), 'unused-definition', {
      span: 'suppliers',
      cites: ['12(1)'],
    });
  });

  it('does not fire while some purpose concerns everyone (names no audience)', () => {
    expectNone(vary(BASE, audiences), 'unused-definition');
  });

  it('does not fire once a purpose names the audience', () => {
    const text = everyPurposeForCustomers(vary(BASE, audiences)).replace(
      '    title: Keeping the accounts\n    audiences: [customers]\n',
      '    title: Keeping the accounts\n    audiences: [customers, suppliers]\n',
    );
    expectClean(text);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Controller, DPO, authority, automated decisions
// ---------------------------------------------------------------------------------------------------------------

describe('missing-controller-contact', () => {
  const noContact = vary(
    BASE,
    remove('  address: Bakkerstraat 1, 1012 AB Amsterdam, Netherlands\n  email: privacy@example-bakery.test\n'),
  );

  it('fires on a controller without any contact detail, at the `controller` key', () => {
    expectOne(noContact, 'missing-controller-contact', { span: 'controller', at: 'controller:\n' });
  });

  it('does not fire with a postal address alone (a contact detail, Art 13(1)(a)), nor with an e-mail alone', () => {
    expectNone(vary(BASE, remove('  email: privacy@example-bakery.test\n')), 'missing-controller-contact');
    expectNone(
      vary(BASE, remove('  address: Bakkerstraat 1, 1012 AB Amsterdam, Netherlands\n')),
      'missing-controller-contact',
    );
  });

  it('does not fire with an address and a phone number only', () => {
    expectClean(vary(BASE, ['  email: privacy@example-bakery.test\n', "  phone: '+31 20 123 4567'\n"]));
  });

  it('its fix inserts an e-mail placeholder, not an invented address, and is not preferred', () => {
    const [fix] = fixesOf(noContact, 'missing-controller-contact');
    assert.ok(!fix.isPreferred);
    const fixed = applyFix(noContact, fix);
    assert.match(fixed, /\n {2}email: <e-mail address>\n/);
    expectNone(fixed, 'missing-controller-contact');
    expectOne(fixed, 'unfilled-placeholder', { span: '<e-mail address>' });
  });
});

describe('single-contact-form', () => {
  it('fires, as information, on a controller with one contact detail, at the `controller` key', () => {
    expectOne(vary(BASE, remove('  email: privacy@example-bakery.test\n')), 'single-contact-form', {
      span: 'controller',
      at: 'controller:\n',
    });
  });

  it('says that a web address alone must let readers contact the controller', () => {
    const text = vary(BASE, [
      '  address: Bakkerstraat 1, 1012 AB Amsterdam, Netherlands\n  email: privacy@example-bakery.test\n',
      '  url: https://example-bakery.test/contact\n',
    ]);
    const p = expectOne(text, 'single-contact-form', { span: 'controller', at: 'controller:\n' });
    assert.match(p.message, /lets readers contact you/);
  });

  it('does not fire with two contact details', () => expectNone(BASE, 'single-contact-form'));
});

describe('missing-recipient-role', () => {
  const noType = vary(BASE, remove('    type: processor\n    category: email-delivery\n'));

  it('fires, as information, on a recipient without `type`, at its key', () => {
    expectOne(noType, 'missing-recipient-role', { span: 'mailer', at: '  mailer:\n' });
  });

  it('offers one fix per role, each the author’s statement, none preferred', () => {
    const fixes = fixesOf(noType, 'missing-recipient-role');
    assert.deepEqual(
      fixes.map((f) => /'type: ([a-z-]+)'/.exec(f.title)?.[1]),
      ['internal', 'processor', 'controller', 'joint-controller', 'public-authority', 'public'],
    );
    assert.ok(fixes.every((f) => !f.isPreferred && /^The recipient is /.test(f.title)));
    expectNone(applyFix(noType, fixes[1]), 'missing-recipient-role');
  });

  it('does not fire when the role is given', () => expectNone(BASE, 'missing-recipient-role'));
});

describe('missing-dpo', () => {
  const noDpo = vary(BASE, remove('dpo:\n  name: Jan de Vries\n  email: dpo@example-bakery.test\n\n'));

  it('fires when there is no `dpo` section (at the first top-level key)', () => {
    expectOne(noDpo, 'missing-dpo', { span: 'policy', at: 'policy:' });
  });

  it('fires on an empty `dpo:`, at its key', () => {
    expectOne(vary(BASE, ['dpo:\n  name: Jan de Vries\n  email: dpo@example-bakery.test\n', 'dpo:\n']), 'missing-dpo', {
      span: 'dpo',
      at: 'dpo:',
    });
  });

  it('does not fire on `dpo: none`', () => {
    expectClean(vary(BASE, ['dpo:\n  name: Jan de Vries\n  email: dpo@example-bakery.test\n', 'dpo: none\n']));
  });

  it('does not fire with a DPO and contact details', () => expectNone(BASE, 'missing-dpo'));

  it('needs no name: a DPO with contact details only is complete (Art 13(1)(b), 37(7))', () => {
    expectClean(vary(BASE, remove('  name: Jan de Vries\n')));
  });

  it('the fix adds contact details and no "Data Protection Officer" placeholder name', () => {
    const fixes = fixesOf(noDpo, 'missing-dpo');
    assert.ok(fixes.length >= 2);
    for (const f of fixes) assert.doesNotMatch(f.edits.map((e) => e.newText).join(''), /Data Protection Officer|name:/);
    const withDpo = applyFix(
      noDpo,
      fixes.find((f) => f.edits.some((e) => e.newText.includes('email:')))!,
    );
    expectNone(withDpo, 'missing-dpo');
    expectNone(withDpo, 'missing-field');
  });
});

describe('representative (Art 13(1)(a), 27)', () => {
  const rep = (contact: string) =>
    vary(
      BASE,
      after(
        '  email: privacy@example-bakery.test\n\n',
        `representative:\n  name: EU Rep Ltd\n  address: Rue 1, 1000 Brussels\n${contact}\n`,
      ),
    );

  it('a representative without any contact detail is reported (missing-field), at its key', () => {
    const text = vary(rep(''), remove('  address: Rue 1, 1000 Brussels\n'));
    const p = expectOne(text, 'missing-field', { span: 'representative' });
    assert.match(p.message, /address.*email.*phone/);
  });

  it('a postal address, an e-mail address or a phone number is enough (v1.3)', () => {
    expectClean(rep(''));
    expectClean(rep('  phone: +32 2 000 00 00\n'));
    expectClean(rep('  email: rep@example.test\n'));
  });
});

describe('missing-authority', () => {
  it('fires when there is no `authority` section', () => {
    expectOne(
      vary(
        BASE,
        remove('authority:\n  name: Autoriteit Persoonsgegevens\n  url: https://autoriteitpersoonsgegevens.nl\n\n'),
      ),
      'missing-authority',
      { span: 'policy', at: 'policy:' },
    );
  });

  it('does not fire with an authority', () => expectNone(BASE, 'missing-authority'));
});

describe('missing-automated-decisions', () => {
  it('fires when there is no `automated_decisions` section', () => {
    const text = vary(BASE, remove('\nautomated_decisions: none\n'));
    const p = expectOne(text, 'missing-automated-decisions', { span: 'policy', at: 'policy:' });
    // Art 13(2)(f) asks about the decisions of Art 22(1) and (4), not profiling in general
    // (docs/rules/missing-automated-decisions.md).
    assert.match(
      p.message,
      /based solely on automated processing, including profiling, with legal or similarly significant effects \(Art 22\(1\), \(4\)\)/,
    );
    assert.deepEqual(
      fixesOf(text, 'missing-automated-decisions').map((f) => f.title),
      [
        "We make no decision based solely on automated processing that has legal or similarly significant effects (Art 22(1)): 'automated_decisions: none'",
      ],
    );
  });

  it('does not fire on `automated_decisions: none`', () => expectNone(BASE, 'missing-automated-decisions'));

  it('does not fire on a list of decisions', () => {
    expectClean(
      vary(BASE, [
        'automated_decisions: none\n',
        'automated_decisions:\n  - purpose: Fraud scoring of orders\n    logic: A score computed from the ' +
          'order amount and the delivery address.\n    significance: Orders with a high score are held for ' +
          'a manual check.\n',
      ]),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Purposes
// ---------------------------------------------------------------------------------------------------------------

describe('missing-legal-basis', () => {
  it('fires on a purpose without `basis`, at the purpose key', () => {
    expectOne(vary(BASE, remove(DELIVERY_BASIS)), 'missing-legal-basis', { span: 'delivery', at: '  delivery:\n' });
  });

  it('fires on an empty list of bases', () => {
    expectOne(vary(BASE, [DELIVERY_BASIS, '    basis: []\n']), 'missing-legal-basis', {
      span: 'basis',
      at: 'basis: []',
    });
  });

  it('does not fire on `basis` as a list', () => {
    expectClean(
      vary(BASE, [
        DELIVERY_BASIS,
        '    basis:\n      - { basis: contract, when: we deliver what you ordered }\n      - { basis: consent, ' +
          'when: you ask us to leave parcels with a neighbour }\n',
      ]),
    );
  });
});

describe('missing-legitimate-interest', () => {
  it('fires on `legitimate-interests` without `legitimate_interest`, at the basis value', () => {
    expectOne(vary(BASE, remove(FRAUD_INTEREST)), 'missing-legitimate-interest', {
      span: 'legitimate-interests',
      at: 'basis: legitimate-interests',
    });
  });

  it('fires on the DPV alias A6-1-f (it counts as legitimate-interests)', () => {
    const text = vary(BASE, remove(FRAUD_INTEREST), ['basis: legitimate-interests', 'basis: A6-1-f']);
    expectOne(text, 'missing-legitimate-interest', { span: 'A6-1-f' });
  });

  it('fires when legitimate-interests is one basis of a list', () => {
    const text = vary(BASE, [DELIVERY_BASIS, '    basis: [contract, legitimate-interests]\n']);
    expectOne(text, 'missing-legitimate-interest', {
      span: 'legitimate-interests',
      at: '[contract, legitimate-interests]',
    });
  });

  it('does not fire on the alias with its interest stated', () => {
    expectClean(vary(BASE, ['basis: legitimate-interests', 'basis: A6-1-f']));
  });

  it('does not fire on a list with its interest stated', () => {
    expectClean(
      vary(BASE, [
        DELIVERY_BASIS,
        '    basis:\n      - { basis: contract, when: we deliver your order }\n      - { basis: legitimate-interests, ' +
          'when: we analyse failed deliveries }\n    legitimate_interest: Knowing which deliveries fail\n',
      ]),
    );
  });
});

describe('missing-special-category-condition', () => {
  const allergies = after(
    DATA_END,
    '  allergies:\n    label: Food allergies\n    special: health\n    source: data-subject\n',
  );
  const used = ['data: [contact, orders]', 'data: [contact, orders, allergies]'] as [string, string];

  it('fires on a purpose using special-category data without `special_basis`, at the purpose key', () => {
    expectOne(vary(BASE, allergies, used), 'missing-special-category-condition', {
      span: 'delivery',
      at: '  delivery:\n',
    });
  });

  it('does not fire with `special_basis`', () => {
    expectClean(vary(BASE, allergies, used, after(DELIVERY_BASIS, '    special_basis: explicit-consent\n')));
  });

  it('does not fire with `special_basis` as a DPV alias (A9-2-a)', () => {
    expectClean(vary(BASE, allergies, used, after(DELIVERY_BASIS, '    special_basis: A9-2-a\n')));
  });
});

describe('missing-law-reference', () => {
  const convictions = after(
    DATA_END,
    '  convictions:\n    label: Fraud convictions\n    criminal: true\n    source: data-subject\n',
  );
  const usedByFraud = ['    data: [orders]\n', '    data: [orders, convictions]\n'] as [string, string];

  it('fires on `legal-obligation` without `law`, at the basis value (Art 6(3))', () => {
    expectOne(vary(BASE, remove(ACCOUNTING_LAW)), 'missing-law-reference', {
      span: 'legal-obligation',
      cites: ['6(3)'],
    });
  });

  it('fires on the `public-task` alias A6-1-e without `law`', () => {
    const text = vary(BASE, remove(ACCOUNTING_LAW), ['basis: legal-obligation', 'basis: A6-1-e']);
    expectOne(text, 'missing-law-reference', { span: 'A6-1-e', cites: ['6(3)'] });
  });

  it('fires on criminal data without `law`, at the purpose key (Art 10)', () => {
    expectOne(vary(BASE, convictions, usedByFraud), 'missing-law-reference', {
      span: 'fraud',
      at: '  fraud:\n',
      cites: ['10'],
    });
  });

  it('does not fire on criminal data with `law`', () => {
    expectClean(
      vary(BASE, convictions, usedByFraud, after(FRAUD_INTEREST, '    law: Dutch Penal Code, article 326\n')),
    );
  });

  it('does not fire on `legal-obligation` with `law`', () => expectNone(BASE, 'missing-law-reference'));
});

describe('missing-provision', () => {
  const noProvision = vary(BASE, remove(DELIVERY_PROVISION));

  it('fires on a purpose without `provision` (collection: direct), at the purpose key', () => {
    expectOne(noProvision, 'missing-provision', { span: 'delivery', at: '  delivery:\n' });
  });

  it('fires when `collection` is absent (direct is the default)', () => {
    expectOne(vary(noProvision, remove('  collection: direct\n')), 'missing-provision', {
      span: 'delivery',
      at: '  delivery:\n',
    });
  });

  it('fires on `collection: both`', () => {
    expectOne(vary(noProvision, ['collection: direct', 'collection: both']), 'missing-provision', {
      span: 'delivery',
      at: '  delivery:\n',
    });
  });

  it('does not fire on `collection: indirect`', () => {
    expectClean(vary(noProvision, ['collection: direct', 'collection: indirect']));
  });

  it('does not fire with `provision`', () => expectNone(BASE, 'missing-provision'));

  it('does not fire when every data category of the purpose comes from third parties or public sources (v1.3)', () => {
    const fromOthers = vary(
      noProvision,
      [
        '  contact:\n    label: Contact details\n    source: data-subject\n',
        '  contact:\n    label: Contact details\n    source: your employer\n',
      ],
      [
        '  orders:\n    label: Order history\n    source: data-subject\n',
        '  orders:\n    label: Order history\n    source: { public: the trade register }\n',
      ],
      ['collection: direct', 'collection: both'],
    );
    expectNone(fromOthers, 'missing-provision');
  });

  it('still fires when the data is observed from the person (`automatic`: collected from them, WP260 rev.01)', () => {
    const observed = vary(noProvision, [
      '  orders:\n    label: Order history\n    source: data-subject\n',
      '  orders:\n    label: Order history\n    source: automatic\n',
    ]);
    expectOne(observed, 'missing-provision', { span: 'delivery', at: '  delivery:\n' });
  });

  it('is information for a purpose on consent alone (consent is voluntary by law)', () => {
    const p = expectOne(
      vary(
        BASE,
        remove('    recipients: [mailer]\n    provision: voluntary\n'),
        after('    data: [contact]\n', '    recipients: [mailer]\n'),
      ),
      'missing-provision',
      {
        span: 'newsletter',
        severity: 'information',
      },
    );
    assert.match(p.message, /freely given/);
  });

  it('offers one fix per value of Art 13(2)(e), none preferred', () => {
    const fixes = fixesOf(noProvision, 'missing-provision');
    assert.deepEqual(
      fixes.map((f) => /provision: ([a-z-]+)/.exec(f.title)?.[1]),
      ['statutory', 'contractual', 'contract-entry', 'voluntary'],
    );
    assert.ok(fixes.every((f) => !f.isPreferred));
    expectNone(applyFix(noProvision, fixes[3]), 'missing-provision');
  });
});

describe('missing-source', () => {
  const noSource = vary(BASE, [
    '  contact:\n    label: Contact details\n    source: data-subject\n',
    '  contact:\n    label: Contact details\n',
  ]);

  it('fires on `collection: indirect` and a data category without `source`, at its key', () => {
    expectOne(vary(noSource, ['collection: direct', 'collection: indirect']), 'missing-source', {
      span: 'contact',
      at: '  contact:\n',
    });
  });

  it('fires on `collection: both`', () => {
    expectOne(vary(noSource, ['collection: direct', 'collection: both']), 'missing-source', {
      span: 'contact',
      at: '  contact:\n',
    });
  });

  it('does not fire on `collection: direct`', () => expectClean(noSource));

  it('does not fire on `collection: indirect` with a source given as text', () => {
    const text = vary(
      BASE,
      ['collection: direct', 'collection: indirect'],
      [
        '    label: Contact details\n    source: data-subject\n',
        '    label: Contact details\n    source: the Chamber of Commerce register\n',
      ],
    );
    expectClean(text);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Retention (§5)
// ---------------------------------------------------------------------------------------------------------------

describe('missing-retention', () => {
  it('fires on a purpose without `retention`, at the purpose key', () => {
    expectOne(vary(BASE, remove(DELIVERY_RETENTION)), 'missing-retention', { span: 'delivery', at: '  delivery:\n' });
  });

  it('fires on an empty `retention:`, at its key', () => {
    expectOne(vary(BASE, [DELIVERY_RETENTION, '    retention:\n']), 'missing-retention', {
      span: 'retention',
      at: 'retention:\n    recipients: [courier]',
    });
  });

  describe('does not fire on each form of §5', () => {
    const forms: Record<string, string> = {
      'a duration in words': '    retention: 24 hours\n',
      'an ISO 8601 duration': '    retention: P12M\n',
      '{ period, from }': '    retention: { period: 10 years, from: the end of the contract }\n',
      '{ until }': '    retention: { until: the end of the contractual relationship }\n',
      '{ until, then }': '    retention: { until: the end of the contractual relationship, then: 6 months }\n',
      '{ criteria }': '    retention: { criteria: the limitation period for claims under the contract }\n',
      'a list with `data`':
        '    retention:\n' +
        '      - data: contact\n        period: 2 years\n        from: the last order\n' +
        '      - data: orders\n        until: the order is delivered\n        then: 30 days\n',
    };
    for (const [name, retention] of Object.entries(forms)) {
      it(name, () => expectClean(vary(BASE, [DELIVERY_RETENTION, retention])));
    }
  });
});

describe('vague-retention', () => {
  it('fires on "as long as necessary", at the value', () => {
    expectOne(vary(BASE, [DELIVERY_RETENTION, '    retention: as long as necessary\n']), 'vague-retention', {
      span: 'as long as necessary',
    });
  });

  it('fires on vague text inside `criteria`', () => {
    expectOne(
      vary(BASE, [DELIVERY_RETENTION, '    retention: { criteria: no longer than necessary }\n']),
      'vague-retention',
      { span: 'no longer than necessary' },
    );
  });

  it('fires on `until: indefinitely`', () => {
    expectOne(vary(BASE, [DELIVERY_RETENTION, '    retention: { until: indefinitely }\n']), 'vague-retention', {
      span: 'indefinitely',
    });
  });

  it('fires on the vague item of a retention list only', () => {
    const list =
      '    retention:\n      - data: contact\n        period: 2 years\n        from: the last order\n  ' +
      '    - data: orders\n        criteria: a reasonable period\n';
    expectOne(vary(BASE, [DELIVERY_RETENTION, list]), 'vague-retention', { span: 'a reasonable period' });
  });

  it('does not fire on concrete criteria', () => {
    expectClean(
      vary(BASE, [DELIVERY_RETENTION, '    retention: { criteria: until the customer closes the account }\n']),
    );
  });

  it('does not fire on a `period` with an event', () => {
    expectClean(vary(BASE, [DELIVERY_RETENTION, '    retention: { period: 2 years, from: the last order }\n']));
  });

  const vague = (text: string, language = 'en') =>
    vary(BASE, [DELIVERY_RETENTION, `    retention: ${text}\n`], ['  language: en\n', `  language: ${language}\n`]);

  for (const [text, language] of [
    ['aussi longtemps que nécessaire', 'en'],
    ['pas plus longtemps que nécessaire', 'fr'],
    ['pour une durée indéterminée', 'fr'],
    ['zo lang als nodig', 'en'],
    ['niet langer dan noodzakelijk', 'nl'],
    ['so lange wie nötig', 'en'],
    ['auf unbestimmte Zeit', 'de'],
  ]) {
    it(`fires on "${text}" whatever policy.language says (${language})`, () => {
      expectOne(vague(text, language), 'vague-retention', { span: text });
    });
  }

  // v1.3: wording real notices use (docs/rules/vague-retention.md), in the four languages.
  for (const text of [
    'We do not retain personal data longer than necessary to fulfil the purposes for which it was collected',
    'as appropriate and as communicated to you upon consent',
    'for as long as required',
    'Nous ne conservons pas vos données plus longtemps que nécessaire',
    'Wij bewaren uw gegevens niet langer dan nodig is voor de doeleinden',
    'Die Daten werden nicht länger gespeichert als nötig',
    'wie bei der Einwilligung mitgeteilt',
  ]) {
    it(`fires on "${text.slice(0, 60)}"`, () => {
      expectOne(vague(`"${text}"`), 'vague-retention', { span: `"${text}"` });
    });
  }

  for (const text of ['15 minutes', 'PT15M', '30 Minuten']) {
    it(`reads "${text}" as a duration (v1.3: minutes)`, () => expectClean(vague(text)));
  }

  for (const text of ['10 ans', '6 mois', '2 jaar', '30 dagen', '10 Jahre', '6 Monate', '1,5 an']) {
    it(`reads "${text}" as a duration (no invalid-value, no vague-retention)`, () => expectClean(vague(text)));
  }

  it('still catches a mistyped unit in any language ("10 anz")', () => {
    expectOne(vague('10 anz'), 'invalid-value', { span: '10 anz' });
  });

  it('does not fire on text that gives a duration besides "as long as necessary"', () => {
    // §5: vague is text that *only* says "as long as necessary" …, *without a duration or a concrete event*.
    expectNone(
      vary(BASE, [DELIVERY_RETENTION, '    retention: { criteria: "as long as necessary, and at most 2 years" }\n']),
      'vague-retention',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Transfers (§3.4, §4.3)
// ---------------------------------------------------------------------------------------------------------------

describe('missing-transfer-safeguard', () => {
  it('fires on a recipient outside the EEA that no transfer covers, at its country', () => {
    expectOne(vary(BASE, remove(TRANSFERS_SECTION)), 'missing-transfer-safeguard', { span: 'US', at: 'country: US' });
  });

  it('fires on a recipient in an adequate country (JP) that no transfer covers', () => {
    expectOne(vary(BASE, remove(TRANSFERS_SECTION), ['country: US', 'country: JP']), 'missing-transfer-safeguard', {
      span: 'JP',
    });
  });

  it('fires on a transfer without `mechanism`, at the transfer', () => {
    const text = vary(BASE, remove('    mechanism: scc\n'));
    expectOne(text, 'missing-transfer-safeguard', { span: 'recipients: [mailer]', at: '  - recipients: [mailer]' });
  });

  it('does not fire when a transfer covers the recipient by id', () => expectNone(BASE, 'missing-transfer-safeguard'));

  it('does not fire when a transfer covers the recipient by country', () => {
    expectClean(vary(BASE, ['  - recipients: [mailer]', '  - countries: [US]']));
  });

  it('does not fire on a recipient inside the EEA without any transfer', () => {
    expectClean(vary(BASE, remove(TRANSFERS_SECTION), ['country: US', 'country: NO']));
  });
});

describe('invalid-adequacy', () => {
  const adequacyFor = (country: string, mechanism: string) =>
    vary(
      BASE,
      ['country: US', `country: ${country}`],
      [TRANSFER, `  - recipients: [mailer]\n    mechanism: ${mechanism}\n`],
    );

  it('fires on `adequacy` for US, at the mechanism', () => {
    const p = expectOne(adequacyFor('US', 'adequacy'), 'invalid-adequacy', { span: 'adequacy' });
    assert.match(p.message, /dpf/, 'the message points US transfers to `dpf`');
  });

  it('fires on `adequacy` for a country listed in `countries` without a decision', () => {
    const text = vary(BASE, [TRANSFER, '  - countries: [US]\n    mechanism: adequacy\n']);
    expectOne(text, 'invalid-adequacy', { span: 'adequacy' });
  });

  it('fires on `dpf` for CA', () => {
    expectOne(adequacyFor('CA', 'dpf'), 'invalid-adequacy', { span: 'dpf' });
  });

  it('does not fire on `adequacy` for JP', () => expectClean(adequacyFor('JP', 'adequacy')));

  it('does not fire on `adequacy` for CA', () => expectClean(adequacyFor('CA', 'adequacy')));

  it('does not fire on `dpf` for US', () => expectClean(adequacyFor('US', 'dpf')));

  it('does not fire on the alias A45-3 for US (it is also the alias of `dpf`)', () => {
    expectNone(adequacyFor('US', 'A45-3'), 'invalid-adequacy');
  });

  it('does not fire on `adequacy` by country for JP', () => {
    expectClean(
      vary(BASE, ['country: US', 'country: JP'], [TRANSFER, '  - countries: [JP]\n    mechanism: adequacy\n']),
    );
  });
});

describe('missing-transfer-copy', () => {
  it('fires on `scc` without `copy`, at the mechanism', () => {
    expectOne(
      vary(BASE, remove('    copy: Ask us for a copy at privacy@example-bakery.test\n')),
      'missing-transfer-copy',
      { span: 'scc' },
    );
  });

  for (const mechanism of [
    'bcr',
    'ad-hoc-clauses',
    'code-of-conduct',
    'legally-binding-instrument',
    'certification',
    'A46-2-c',
  ]) {
    it(`fires on \`${mechanism}\` without \`copy\``, () => {
      expectOne(
        vary(BASE, [TRANSFER, `  - recipients: [mailer]\n    mechanism: ${mechanism}\n`]),
        'missing-transfer-copy',
        { span: mechanism },
      );
    });
  }

  it('does not fire on `scc` with `copy`', () => expectNone(BASE, 'missing-transfer-copy'));

  it('does not fire on a mechanism that needs no copy (derogation-consent)', () => {
    expectClean(vary(BASE, [TRANSFER, '  - recipients: [mailer]\n    mechanism: derogation-consent\n']));
  });

  it('accepts the Art 49(1)(c) derogation of v1.1 without a copy', () => {
    for (const mechanism of ['derogation-contract-in-interest', 'A49-1-c'])
      expectClean(vary(BASE, [TRANSFER, `  - recipients: [mailer]\n    mechanism: ${mechanism}\n`]));
  });

  it('fires on `derogation-compelling-interests` without `copy` (v1.3: the second subparagraph of Art 49(1))', () => {
    const text = vary(BASE, [
      TRANSFER,
      '  - recipients: [mailer]\n    mechanism: derogation-compelling-interests\n    compelling_interest: Recovering a ' +
        'stolen shipment\n',
    ]);
    expectOne(text, 'missing-transfer-copy', { span: 'derogation-compelling-interests' });
  });

  it('fires on the item of a list of alternatives that needs a copy', () => {
    const text = vary(BASE, [TRANSFER, '  - recipients: [mailer]\n    mechanism: [dpf, scc]\n']);
    expectOne(text, 'missing-transfer-copy', { span: 'scc', at: '[dpf, scc]' });
  });

  it('its fix inserts a placeholder, not an invented copy location', () => {
    const text = vary(BASE, remove('    copy: Ask us for a copy at privacy@example-bakery.test\n'));
    const [fix] = fixesOf(text, 'missing-transfer-copy');
    assert.ok(!fix.isPreferred);
    const fixed = applyFix(text, fix);
    assert.match(fixed, /\n {4}copy: <where readers can get a copy of the safeguard>\n/);
    expectNone(fixed, 'missing-transfer-copy');
  });
});

describe('transfer-without-destination', () => {
  it('fires on a transfer with no recipients, countries or organisations, at its first key', () => {
    expectOne(
      vary(BASE, ['  - recipients: [mailer]\n    mechanism: scc\n', '  - mechanism: scc\n']),
      'transfer-without-destination',
      { span: 'mechanism', at: '  - mechanism: scc' },
    );
  });

  it('fires on an empty `countries: []`', () => {
    expectOne(
      vary(BASE, ['  - recipients: [mailer]\n    mechanism: scc\n', '  - countries: []\n    mechanism: scc\n']),
      'transfer-without-destination',
      { span: 'countries', at: '  - countries: []' },
    );
  });

  it('does not fire when the transfer names its countries', () => {
    expectNone(
      vary(BASE, ['  - recipients: [mailer]\n    mechanism: scc\n', '  - countries: [US]\n    mechanism: scc\n']),
      'transfer-without-destination',
    );
  });

  it('does not fire when it names recipients', () => expectNone(BASE, 'transfer-without-destination'));

  it('the fix names the recipients outside the EEA that no transfer covers, and clears both rules', () => {
    const text = vary(BASE, ['  - recipients: [mailer]\n    mechanism: scc\n', '  - mechanism: scc\n']);
    const [fix] = fixesOf(text, 'transfer-without-destination');
    const fixed = applyFix(text, fix);
    assert.match(fixed, /  - mechanism: scc\n    copy: .*\n    recipients: \[mailer\]\n/);
    expectClean(fixed);
  });

  it('offers no fix when the policy does not tell where the data goes (no guessed country)', () => {
    const text = vary(BASE, [
      '  - recipients: [mailer]\n    mechanism: scc\n',
      '  - recipients: [mailer]\n    mechanism: scc\n  - mechanism: bcr\n    copy: On request\n',
    ]);
    assert.deepEqual(fixesOf(text, 'transfer-without-destination'), []);
  });
});

describe('transfer fixes: the author chooses the ground (docs/rules/missing-transfer-safeguard.md)', () => {
  const uncovered = vary(BASE, remove(TRANSFERS_SECTION));
  const mechanismsOffered = (text: string, rule: string) =>
    fixesOf(text, rule).map((f) => /'(?:mechanism: )?([a-z-]+)'$/.exec(f.title)?.[1]);

  it('offers every mechanism valid for the US, dpf worded "only if certified", none preferred, no adequacy', () => {
    const fixes = fixesOf(uncovered, 'missing-transfer-safeguard');
    assert.ok(fixes.every((f) => !f.isPreferred));
    const ids = mechanismsOffered(uncovered, 'missing-transfer-safeguard');
    assert.deepEqual(ids.slice(0, 6), ['dpf', 'scc', 'bcr', 'code-of-conduct', 'certification', 'ad-hoc-clauses']);
    assert.ok(
      !ids.includes('adequacy') && !ids.includes('legally-binding-instrument') && !ids.includes('privacy-shield'),
    );
    assert.match(fixes[0].title, /only if Mailer Inc\. is certified/);
    for (const f of fixes) assert.match(f.title, /^Add a transfer for 'mailer' — (I rely on|Exception)/);
  });

  it('offers the Art 49 derogations after the others, titled as exceptions, compelling interests last', () => {
    const fixes = fixesOf(uncovered, 'missing-transfer-safeguard');
    const first = fixes.findIndex((f) => /Exception/.test(f.title));
    assert.ok(first > 0 && fixes.slice(first).every((f) => /Exception \(Art 49/.test(f.title)));
    assert.match(fixes[fixes.length - 1].title, /second subparagraph.*derogation-compelling-interests'$/);
  });

  it('offers adequacy where a decision exists (Japan), with its decision and scope in the title', () => {
    const text = vary(uncovered, ['country: US', 'country: JP']);
    const fixes = fixesOf(text, 'missing-transfer-safeguard');
    assert.match(
      fixes[0].title,
      /adequacy decision .*2019\/419.*only recipients that are personal information handling/,
    );
    assert.ok(!mechanismsOffered(text, 'missing-transfer-safeguard').includes('dpf'));
  });

  // A Directive-era decision rests on Art 45(9) (docs/rules/missing-transfer-safeguard.md).
  it('cites Art 45(9) for a decision kept in force from the Directive, Art 45(3) for one under the GDPR', () => {
    const canada = fixesOf(vary(uncovered, ['country: US', 'country: CA']), 'missing-transfer-safeguard')[0].title;
    assert.match(
      canada,
      /^Add a transfer for 'mailer' — I rely on an adequacy decision \(Art 45\(9\); CA: Commission Decision 2002\/2\/EC/,
    );
    assert.match(canada, /; scope: only recipients subject to the Personal Information Protection/);
    const japan = fixesOf(vary(uncovered, ['country: US', 'country: JP']), 'missing-transfer-safeguard')[0].title;
    assert.match(japan, /adequacy decision \(Art 45\(3\); JP: /);
    for (const country of ['CA', 'FO', 'JP', 'KR', 'IL', 'BR'])
      for (const f of fixesOf(vary(uncovered, ['country: US', `country: ${country}`]), 'missing-transfer-safeguard'))
        assert.doesNotMatch(f.title, /\bonly only\b/, country);
  });

  // Each derogation's title states its conditions (docs/rules/missing-transfer-safeguard.md).
  it('titles each derogation with its conditions: occasional for a contract or a legal claim, all of 49(1) second subparagraph', () => {
    const titles = fixesOf(uncovered, 'missing-transfer-safeguard').map((f) => f.title);
    for (const [point, section] of [
      ['b', '2.2'],
      ['c', '2.2'],
      ['e', '2.4'],
    ])
      assert.ok(
        titles.some((t) =>
          t.startsWith(
            `Add a transfer for 'mailer' — Exception (Art 49(1)(${point})), only where no adequacy decision or safeguard applies, for occasional transfers (Recital 111; EDPB Guidelines 2/2018, section ${section}):`,
          ),
        ),
        point,
      );
    const compelling = titles[titles.length - 1];
    assert.match(compelling, /no adequacy decision, safeguard or other exception applies/);
    assert.match(
      compelling,
      /not repetitive and concerns a limited number of people, and with the supervisory authority informed/,
    );
  });

  it('a chosen safeguard comes with a placeholder for its copy, and clears the rule', () => {
    const fix = fixesOf(uncovered, 'missing-transfer-safeguard').find((f) => f.title.endsWith("'scc'"))!;
    const fixed = applyFix(uncovered, fix);
    assert.match(fixed, /- recipients: \[mailer\]\n {4}mechanism: scc\n {4}copy: <where readers can get a copy/);
    expectNone(fixed, 'missing-transfer-safeguard');
    expectNone(fixed, 'missing-transfer-copy');
  });

  it('compelling interests come with placeholders for the interest and the copy', () => {
    const fixes = fixesOf(uncovered, 'missing-transfer-safeguard');
    const fixed = applyFix(uncovered, fixes[fixes.length - 1]);
    assert.match(fixed, /compelling_interest: <the compelling legitimate interest>/);
    expectNone(fixed, 'missing-compelling-interest');
    expectNone(fixed, 'missing-transfer-copy');
  });

  it('a transfer without `mechanism` gets the same choices, inserted into it', () => {
    const text = vary(BASE, remove('    mechanism: scc\n'));
    const fixes = fixesOf(text, 'missing-transfer-safeguard');
    assert.ok(fixes.length > 8 && fixes.every((f) => !f.isPreferred));
    const fixed = applyFix(
      text,
      fixes.find((f) => f.title.endsWith("'mechanism: bcr'"))!,
    );
    assert.match(fixed, /- recipients: \[mailer\]\n {4}copy: .*\n {4}mechanism: bcr\n/);
    expectClean(fixed);
  });

  it('for a public body: the instrument between public bodies, and not the derogations Art 49(3) excludes', () => {
    const text = vary(uncovered, after('  email: privacy@example-bakery.test\n', '  public_body: true\n'));
    const ids = mechanismsOffered(text, 'missing-transfer-safeguard');
    assert.ok(ids.includes('legally-binding-instrument'));
    for (const id of [
      'derogation-consent',
      'derogation-contract',
      'derogation-contract-in-interest',
      'derogation-compelling-interests',
    ])
      assert.ok(!ids.includes(id), id);
  });
});

describe('invalid-adequacy (v1.3: mechanism lists, choices)', () => {
  it('fires on the `adequacy` item of a list of alternatives for the US, and its fixes replace only that item', () => {
    const text = vary(BASE, ['    mechanism: scc\n', '    mechanism: [adequacy, scc]\n']);
    expectOne(text, 'invalid-adequacy', { span: 'adequacy' });
    const fixes = fixesOf(text, 'invalid-adequacy');
    assert.ok(fixes.every((f) => !f.isPreferred));
    assert.ok(!fixes.some((f) => f.title.endsWith("'scc'")), 'scc is already an alternative');
    const fixed = applyFix(
      text,
      fixes.find((f) => f.title.endsWith("'dpf'"))!,
    );
    assert.match(fixed, /mechanism: \[dpf, scc\]/);
    expectNone(fixed, 'invalid-adequacy');
  });

  it('checks only the mechanisms given for the EU GDPR in a per-law map', () => {
    expectNone(
      vary(BASE, ['    mechanism: scc\n', '    mechanism: { eu-gdpr: scc, uk-gdpr: adequacy }\n']),
      'invalid-adequacy',
    );
    expectOne(vary(BASE, ['    mechanism: scc\n', '    mechanism: { eu-gdpr: adequacy }\n']), 'invalid-adequacy', {
      span: 'adequacy',
    });
  });

  it('does not fire on `adequacy` for Brazil (Implementing Decision (EU) 2026/179)', () => {
    expectNone(
      vary(BASE, ['country: US', 'country: BR'], ['    mechanism: scc\n', '    mechanism: adequacy\n']),
      'invalid-adequacy',
    );
  });

  it('does not fire on `adequacy` for the European Patent Organisation', () => {
    expectNone(
      vary(BASE, [TRANSFER, TRANSFER + '  - organisations: [European Patent Organisation]\n    mechanism: adequacy\n']),
      'invalid-adequacy',
    );
  });

  // The European Patent Office is the Organisation's organ; the decision covers it (docs/rules/invalid-adequacy.md).
  it('does not fire for the European Patent Office or the EPO, named as authors name them', () => {
    for (const name of ['European Patent Office', 'EPO', 'european  patent office'])
      expectNone(
        vary(BASE, [TRANSFER, TRANSFER + `  - organisations: [${name}]\n    mechanism: adequacy\n`]),
        'invalid-adequacy',
      );
  });

  it('does not say that an organisation it does not know has no decision: it asks to check the list', () => {
    const p = expectOne(
      vary(BASE, [TRANSFER, TRANSFER + '  - organisations: [World Customs Organization]\n    mechanism: adequacy\n']),
      'invalid-adequacy',
      { span: 'adequacy', at: 'World Customs Organization]\n    mechanism: adequacy' },
    );
    assert.doesNotMatch(p.message, /World Customs Organization has no adequacy decision/);
    assert.match(p.message, /has none for 'World Customs Organization': check the Commission's list/);
  });

  // The US has a decision (2023/1795), for certified organisations only (docs/rules/invalid-adequacy.md).
  it('for the US, says the decision covers only certified organisations, not that there is none', () => {
    const p = expectOne(vary(BASE, ['    mechanism: scc\n', '    mechanism: adequacy\n']), 'invalid-adequacy', {
      span: 'adequacy',
    });
    assert.doesNotMatch(p.message, /United States of America has no adequacy decision of/);
    assert.match(p.message, /has no adequacy decision covering the whole country: .*2023\/1795.*'dpf'/);
    const both = vary(
      BASE,
      ['    mechanism: scc\n', '    mechanism: adequacy\n'],
      ['controller:\n', 'laws:\n  eu-gdpr: {}\n  uk-gdpr: {}\n\ncontroller:\n'],
    );
    const eu = check(both).find((x) => x.rule === 'invalid-adequacy' && /European Commission/.test(x.message));
    assert.ok(eu, show(both, check(both)));
    assert.match(eu.message, /covering the whole country, only one for organisations certified under its framework/);
  });
});

describe('invalid-mechanism', () => {
  const withMechanism = (m: string) => vary(BASE, ['    mechanism: scc\n', `    mechanism: ${m}\n`]);

  it('fires on `privacy-shield`, citing Schrems II (C-311/18), with a fix per valid mechanism, none preferred', () => {
    const text = withMechanism('privacy-shield');
    const p = expectOne(text, 'invalid-mechanism', { span: 'privacy-shield' });
    assert.match(p.message, /C-311\/18.*16 July 2020/);
    const fixes = fixesOf(text, 'invalid-mechanism');
    assert.ok(fixes.length > 5 && fixes.every((f) => !f.isPreferred));
    expectNone(
      applyFix(
        text,
        fixes.find((f) => f.title.endsWith("'dpf'"))!,
      ),
      'invalid-mechanism',
    );
  });

  it('fires on `safe-harbor`, citing C-362/14', () => {
    const p = expectOne(withMechanism('safe-harbor'), 'invalid-mechanism', { span: 'safe-harbor' });
    assert.match(p.message, /C-362\/14/);
  });

  it('fires on a mechanism of another law (uk-idta) in a notice under the EU GDPR', () => {
    const p = expectOne(withMechanism('uk-idta'), 'invalid-mechanism', { span: 'uk-idta' });
    assert.match(p.message, /UK GDPR/);
  });

  it('warns on a derogation Art 49(3) excludes for a public authority', () => {
    const text = vary(
      withMechanism('derogation-consent'),
      after('  email: privacy@example-bakery.test\n', '  public_body: true\n'),
    );
    const p = expectOne(text, 'invalid-mechanism', {
      span: 'derogation-consent',
      severity: 'warning',
      cites: ['49(3)', '44'],
    });
    assert.match(p.message, /Art 49\(3\)/);
  });

  it('does not fire on valid mechanisms, nor on a UK mechanism given for the UK GDPR only', () => {
    expectNone(BASE, 'invalid-mechanism');
    const perLaw = withMechanism('{ eu-gdpr: scc, uk-gdpr: uk-idta }');
    expectNone(
      vary(perLaw, ['controller:\n', 'laws:\n  eu-gdpr: {}\n  uk-gdpr: {}\n\ncontroller:\n']),
      'invalid-mechanism',
    );
    expectNone(withMechanism('derogation-consent'), 'invalid-mechanism');
  });

  it('fires on a mechanism given for a law the notice does not serve', () => {
    // BASE serves the EU GDPR alone (docs/rules/invalid-mechanism.md): the `uk-gdpr` entry applies under no law.
    const p = expectOne(withMechanism('{ eu-gdpr: scc, uk-gdpr: uk-idta }'), 'invalid-mechanism', {
      span: 'uk-idta',
    });
    assert.match(p.message, /does not serve the UK GDPR/);
  });
});

describe('missing-compelling-interest', () => {
  const compelling = (extra: string) =>
    vary(BASE, [
      TRANSFER,
      `  - recipients: [mailer]\n    mechanism: derogation-compelling-interests\n    copy: Ask us\n${extra}`,
    ]);

  it('fires on `derogation-compelling-interests` without `compelling_interest`, at the mechanism', () => {
    expectOne(compelling(''), 'missing-compelling-interest', { span: 'derogation-compelling-interests' });
  });

  it('its fix inserts a placeholder; stating the interest clears it', () => {
    const [fix] = fixesOf(compelling(''), 'missing-compelling-interest');
    assert.ok(!fix.isPreferred);
    assert.match(applyFix(compelling(''), fix), /compelling_interest: <the compelling legitimate interest>/);
    expectNone(compelling('    compelling_interest: Recovering a stolen shipment\n'), 'missing-compelling-interest');
  });
});

describe('unplaced-recipient', () => {
  const named = (name: string) =>
    vary(BASE, remove(TRANSFERS_SECTION), ['    name: Mailer Inc.\n    country: US\n', `    name: ${name}\n`]);

  it('fires on a recipient named Mailchimp without `country` (the catalogue places it in the US), at its name', () => {
    const p = expectOne(named('Mailchimp'), 'unplaced-recipient', { span: 'Mailchimp' });
    assert.match(p.message, /The Rocket Science Group LLC in United States/);
  });

  it('fires on Postmark and on Google too', () => {
    expectOne(named('Postmark'), 'unplaced-recipient', { span: 'Postmark' });
    expectOne(named('Google LLC'), 'unplaced-recipient', { span: 'Google LLC' });
  });

  it("offers the catalogue's country and a placeholder, none preferred", () => {
    const text = named('Mailchimp');
    const fixes = fixesOf(text, 'unplaced-recipient');
    assert.deepEqual(
      fixes.map((f) => f.isPreferred ?? false),
      [false, false],
    );
    assert.match(fixes[0].title, /^The recipient processes the data in United States.*country: US/);
    const placed = applyFix(text, fixes[0]);
    expectNone(placed, 'unplaced-recipient');
    expectOne(placed, 'missing-transfer-safeguard', { span: 'US' });
    const asked = applyFix(text, fixes[1]);
    assert.match(asked, /country: <where the recipient processes the data>/);
    expectNone(asked, 'missing-transfer-safeguard');
  });

  it('does not fire with a `country`, for an unknown organisation, or when a transfer covers the recipient', () => {
    expectNone(BASE, 'unplaced-recipient');
    expectNone(named('Mailer Inc.'), 'unplaced-recipient');
    expectNone(vary(BASE, ['    name: Mailer Inc.\n    country: US\n', '    name: Mailchimp\n']), 'unplaced-recipient');
  });
});

describe('EEA territories and third countries (docs/language.md, "mechanism")', () => {
  const recipientIn = (code: string) =>
    vary(BASE, [
      '    name: Example Couriers B.V.\n    country: NL\n',
      `    name: Example Couriers B.V.\n    country: ${code}\n`,
    ]);

  for (const code of ['AX', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF']) {
    it(`${code} is part of the EU (Art 355 TFEU): no transfer needed`, () =>
      expectNone(recipientIn(code), 'missing-transfer-safeguard'));
  }

  for (const code of ['GL', 'NC', 'PF']) {
    it(`${code}, an overseas country or territory, is a third country`, () => {
      expectOne(recipientIn(code), 'missing-transfer-safeguard', { span: code, at: `country: ${code}` });
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Rights (§3.5, §4.4)
// ---------------------------------------------------------------------------------------------------------------

// v1.3: a right is restricted, never excluded (docs/language.md, "rights").
const restrictions = (items: string) => vary(BASE, after(RIGHTS_END, `  restrictions:\n${items}`));

describe('restriction-without-law', () => {
  it('fires on a restriction without `law`, at the right, as an error citing Art 13(2)(b) and 23(1)', () => {
    expectOne(
      restrictions('    - { right: access, scope: Files of ongoing tax audits }\n'),
      'restriction-without-law',
      {
        span: 'access',
      },
    );
  });

  it('fires on a bare `exclude` item of a right that applies (objection: purpose fraud is on legitimate interests)', () => {
    expectOne(vary(BASE, after(RIGHTS_END, '  exclude: [objection]\n')), 'restriction-without-law', {
      span: 'objection',
    });
  });

  it('does not fire on an `exclude` item of a right that does not apply, nor on a restriction with its law', () => {
    expectNone(vary(BASE, after(RIGHTS_END, '  exclude: [automated-decisions]\n')), 'restriction-without-law');
    expectNone(
      restrictions(
        '    - { right: access, law: "Dutch GDPR Implementation Act (UAVG), art. 41(1)(e)", scope: Ongoing inspections }\n',
      ),
      'restriction-without-law',
    );
  });

  it('its fixes add a placeholder for the law, not preferred', () => {
    const text = restrictions('    - { right: access }\n');
    const [fix] = fixesOf(text, 'restriction-without-law');
    assert.ok(!fix.isPreferred);
    const fixed = applyFix(text, fix);
    assert.match(fixed, /\{ right: access, law: <the law and article that restrict this right> \}/);
    expectNone(fixed, 'restriction-without-law');
    const bare = vary(BASE, after(RIGHTS_END, '  exclude: [objection]\n'));
    assert.match(
      applyFix(bare, fixesOf(bare, 'restriction-without-law')[0]),
      /exclude: \[\{ right: objection, law: <the law/,
    );
  });
});

describe('unrestrictable-right', () => {
  it('fires, as an error, on a restriction of the complaint right, even with a law', () => {
    const p = expectOne(restrictions('    - { right: complaint, law: Some national law }\n'), 'unrestrictable-right', {
      span: 'complaint',
    });
    assert.match(p.message, /Chapter VIII/);
  });

  it('warns on a restriction of the withdrawal of consent whose law does not cite Art 85(2)', () => {
    const p = expectOne(
      restrictions('    - { right: withdraw-consent, law: Our terms of use }\n'),
      'unrestrictable-right',
      {
        span: 'withdraw-consent',
        severity: 'warning',
        cites: ['7(3)', '85(2)'],
      },
    );
    assert.match(p.message, /outside Art 23\(1\)/);
  });

  it('does not fire on the withdrawal of consent restricted by an Art 85(2) derogation, nor on access (Art 23)', () => {
    expectNone(
      restrictions(
        '    - { right: withdraw-consent, law: "Art 85(2) GDPR and the national press law, section 12", scope: ' +
          'Published journalism }\n',
      ),
      'unrestrictable-right',
    );
    expectNone(
      restrictions('    - { right: access, law: "Dutch GDPR Implementation Act (UAVG), art. 41(1)(e)" }\n'),
      'unrestrictable-right',
    );
  });

  it('its fix removes the restriction', () => {
    const text = restrictions('    - { right: complaint, law: Some national law }\n');
    expectClean(applyFix(text, fixesOf(text, 'unrestrictable-right')[0]).replace('  restrictions:\n', ''));
  });
});

describe('internal-limit-as-restriction', () => {
  it('reports, as information, a restriction whose law is only a condition the GDPR writes into the right', () => {
    const p = expectOne(
      restrictions('    - { right: erasure, law: Art 17(3)(b) GDPR }\n'),
      'internal-limit-as-restriction',
      {
        span: 'erasure',
        cites: ['23(1)'],
      },
    );
    assert.match(p.message, /right to erasure|erasure/i);
    expectOne(restrictions('    - { right: access, law: Art 15(4) }\n'), 'internal-limit-as-restriction', {
      span: 'access',
    });
  });

  // The retention law beside Art 17(3)(b) is the legal obligation it refers to, not Art 23
  // (docs/rules/internal-limit-as-restriction.md).
  it('reports it beside a national law too: that law is what the condition refers to, not an Art 23 restriction', () => {
    const text = restrictions(
      '    - { right: erasure, law: "Art 17(3)(b) GDPR and the Belgian Code of Economic Law, art. III.86" }\n',
    );
    const p = expectOne(text, 'internal-limit-as-restriction', { span: 'erasure', cites: ['17(3)(b)', '23(1)'] });
    assert.match(p.message, /what that condition refers to .*not a restriction of the right/);
    const [fix] = fixesOf(text, 'internal-limit-as-restriction');
    assert.match(fix.title, /name the law in the purpose's 'law'/);
    expectNone(applyFix(text, fix), 'internal-limit-as-restriction');
  });

  it('does not report the condition of another right, nor Art 23, nor a national law cited alone', () => {
    expectNone(
      restrictions('    - { right: access, law: "Dutch GDPR Implementation Act (UAVG), art. 41(1)(e)" }\n'),
      'internal-limit-as-restriction',
    );
    expectNone(restrictions('    - { right: access, law: Art 17(3)(b) GDPR }\n'), 'internal-limit-as-restriction');
    expectNone(restrictions('    - { right: access, law: Art 23(1)(e) GDPR }\n'), 'internal-limit-as-restriction');
  });
});

describe('deprecated-exclude', () => {
  const exclude = (items: string) => vary(BASE, after(RIGHTS_END, `  exclude: ${items}\n`));

  it('fires on `rights.exclude`, at its key', () => {
    expectOne(exclude('[{ right: erasure, law: "Dutch Civil Code, Book 2, article 10" }]'), 'deprecated-exclude', {
      span: 'exclude',
    });
  });

  it('its preferred fix rewrites it as `restrictions`, a bare item as { right }', () => {
    const text = exclude('[automated-decisions, { right: erasure, law: "Dutch Civil Code, Book 2, article 10" }]');
    const [fix] = fixesOf(text, 'deprecated-exclude');
    assert.ok(fix.isPreferred);
    const fixed = applyFix(text, fix);
    assert.match(fixed, /\n {2}restrictions: \[\{ right: automated-decisions \}, \{ right: erasure, law: /);
    expectNone(fixed, 'deprecated-exclude');
  });

  it('does not fire on `restrictions`', () => {
    expectNone(
      restrictions('    - { right: access, law: "Dutch GDPR Implementation Act (UAVG), art. 41(1)(e)" }\n'),
      'deprecated-exclude',
    );
  });
});

describe('retired rule ids (v1.3)', () => {
  it('a setting of non-excludable-right applies to unrestrictable-right', () => {
    const text = restrictions('    - { right: complaint, law: Some national law }\n');
    expectNone(text, 'unrestrictable-right', { 'non-excludable-right': 'off' });
    expectOne(text, 'unrestrictable-right', {
      span: 'complaint',
      severity: 'warning',
      settings: { 'excluded-right-without-reason': 'off', 'non-excludable-right': 'warning' },
    });
  });
});

describe('invalid-response-time', () => {
  const time = (value: string) => vary(BASE, [RIGHTS_END, `  response_time: ${value}\n`]);

  for (const value of ['3 months', '5 weeks', 'P2M', '32 days', '3 mois', '2 Monate']) {
    it(`fires on '${value}', at the value`, () => {
      expectOne(time(value), 'invalid-response-time', { span: value });
    });
  }

  for (const value of ['1 month', '4 weeks', '28 days', '2 weeks', '1 mois', '1 Monat', 'P1M']) {
    it(`does not fire on '${value}'`, () => expectClean(time(value)));
  }

  // v1.3: a month that starts on 1 February ends on 1 March (Regulation 1182/71, Art 3(2)(c)).
  for (const value of ['29 days', '30 days', '31 days', '30 jours', '720 hours']) {
    it(`warns on '${value}', which can be longer than a month starting in February`, () => {
      const p = expectOne(time(value), 'invalid-response-time', { span: value, severity: 'warning' });
      assert.match(p.message, /1182\/71, Art 3\(2\)\(c\)/);
    });
  }

  it('is an error again for 32 days and for one month and a day', () => {
    expectOne(time('32 days'), 'invalid-response-time', { span: '32 days' });
    expectOne(time('P1M1D'), 'invalid-response-time', { span: 'P1M1D' });
  });

  it("its fix sets '1 month' and, a commitment, is not preferred", () => {
    const text = time('3 months');
    const [fix] = fixesOf(text, 'invalid-response-time');
    assert.ok(!fix.isPreferred);
    assert.equal(applyFix(text, fix), BASE);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Art 13(2)(e): provision, consequence; Art 7(4)
// ---------------------------------------------------------------------------------------------------------------

describe('missing-consequence', () => {
  it('fires on `provision: contractual` without `consequence`, at the provision value', () => {
    expectOne(vary(BASE, remove(DELIVERY_CONSEQUENCE)), 'missing-consequence', {
      span: 'contractual',
      at: DELIVERY_PROVISION,
    });
  });

  it('fires on `statutory` and `contract-entry` too', () => {
    expectOne(
      vary(BASE, remove('    consequence: We cannot issue an invoice, which the law requires for every sale.\n')),
      'missing-consequence',
      { span: 'statutory' },
    );
    expectOne(
      vary(BASE, [DELIVERY_PROVISION + DELIVERY_CONSEQUENCE, '    provision: contract-entry\n']),
      'missing-consequence',
      { span: 'contract-entry' },
    );
  });

  it('does not fire on `voluntary`, nor with a consequence', () => expectNone(BASE, 'missing-consequence'));
});

describe('consent-tied-to-contract', () => {
  const tied = (provision: string) =>
    vary(BASE, [
      '    recipients: [mailer]\n    provision: voluntary\n',
      `    recipients: [mailer]\n    provision: ${provision}\n    consequence: You cannot order.\n`,
    ]);

  it('fires on a purpose on consent whose provision is contractual, at the provision value', () => {
    const p = expectOne(tied('contractual'), 'consent-tied-to-contract', {
      span: 'contractual',
      at: 'provision: contractual\n    consequence: You cannot order.',
    });
    // Art 7(4) and Recital 43 state a presumption, not a rule (docs/rules/consent-tied-to-contract.md).
    assert.match(p.message, /is presumed not to be freely given \(Art 7\(4\), 4\(11\), Recital 43/);
  });

  it('fires on `contract-entry`', () => {
    expectOne(tied('contract-entry'), 'consent-tied-to-contract', { span: 'contract-entry' });
  });

  it('does not fire when `contract` is a basis beside consent', () => {
    expectNone(
      vary(tied('contractual'), ['    basis: consent\n', '    basis: [consent, contract]\n']),
      'consent-tied-to-contract',
    );
  });

  it('its fix sets `provision: voluntary`', () => {
    const text = tied('contractual');
    const [fix] = fixesOf(text, 'consent-tied-to-contract');
    expectNone(applyFix(text, fix), 'consent-tied-to-contract');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Wording (Art 12(1), 13(1)(e))
// ---------------------------------------------------------------------------------------------------------------

describe('hedge-words', () => {
  it('fires on "may" in a purpose title, on the word only', () => {
    expectOne(vary(BASE, ['title: Sending our newsletter', 'title: We may send our newsletter']), 'hedge-words', {
      span: 'may',
    });
  });

  it('fires once per hedge word in a block-scalar description, each on its word', () => {
    const text = vary(
      BASE,
      after('    title: Preventing fraud\n', '    description: |\n      Some orders are often checked by hand.\n'),
    );
    expectMany(text, 'hedge-words', [{ span: 'Some' }, { span: 'often' }]);
  });

  it('fires in a quoted title', () => {
    expectOne(vary(BASE, ['title: Preventing fraud', 'title: "Possibly preventing fraud"']), 'hedge-words', {
      span: 'Possibly',
    });
  });

  it('fires in retention text (`criteria`)', () => {
    expectOne(
      vary(BASE, [DELIVERY_RETENTION, '    retention: { criteria: we might keep it until the dispute is settled }\n']),
      'hedge-words',
      { span: 'might' },
    );
  });

  for (const [title, word] of [
    ['Nous pouvons peut-être vous écrire', 'peut-être'],
    ['Certains envois promotionnels', 'Certains'],
    ['Wij kunnen u mailen', 'kunnen'],
    ['Sommige nieuwsbrieven', 'Sommige'],
    ['Wir können Ihnen schreiben', 'können'],
    ['Einige Newsletter', 'Einige'],
  ]) {
    it(`fires on "${word}" in a French, Dutch or German title, whatever policy.language says`, () => {
      expectOne(vary(BASE, ['title: Sending our newsletter', `title: ${title}`]), 'hedge-words', { span: word });
    });
  }

  // v1.3 (docs/rules/hedge-words.md): a hedge is an uncertain statement of what *we* do. Sentences from real notices.
  for (const [sentence, hedges] of [
    ['Dieser Nutzung können Sie per Mausklick jederzeit widersprechen.', []],
    ['Sie können Ihre Einwilligung jederzeit widerrufen.', []],
    ['We carry out criminal record checks for some roles.', []],
    ['You may only register if you are 16 or older.', []],
    ['You may object to this processing at any time.', []],
    ['Users may delete their account in the settings.', []],
    ['Vous pouvez vous opposer à ce traitement. Pour certains postes, nous vérifions les références.', []],
    ['U kunt bezwaar maken. Voor sommige functies vragen wij referenties op.', []],
    ['We may share your data with our partners.', ['may']],
    ['Wir können Ihre Daten an Dienstleister weitergeben.', ['können']],
    ['Nous pouvons partager certaines données avec nos partenaires.', ['certaines']],
    ['Wij kunnen uw gegevens gebruiken voor analyses.', ['kunnen']],
    ['In some cases we may ask you for more information.', ['may']],
  ] as [string, string[]][]) {
    it(`${hedges.length ? 'fires on' : 'does not fire on'} "${sentence.slice(0, 60)}"`, () => {
      const text = vary(BASE, after('    title: Preventing fraud\n', `    description: "${sentence}"\n`));
      assert.deepEqual(
        check(text)
          .filter((p) => p.rule === 'hedge-words')
          .map((p) => text.slice(p.span.start, p.span.end)),
        hedges,
      );
    });
  }

  it('does not take "zo snel mogelijk" (as soon as possible) for a hedge', () => {
    expectNone(vary(BASE, ['title: Sending our newsletter', 'title: Wij antwoorden zo snel mogelijk']), 'hedge-words');
  });

  it('does not fire on words that merely contain a hedge word', () => {
    expectClean(vary(BASE, ['title: Preventing fraud', 'title: Preventing fraud with handsome maybelline mayonnaise']));
  });

  it('does not fire on plain, direct wording', () => expectNone(BASE, 'hedge-words'));
});

describe('invalid-citation', () => {
  const described = (text: string) => vary(BASE, after('    title: Preventing fraud\n', `    description: ${text}\n`));

  it('fires on a point that does not exist (Art 6(1)(g)), on the citation, with no guessed fix', () => {
    const text = described('We rely on Art 6(1)(g) GDPR.');
    const p = expectOne(text, 'invalid-citation', { span: 'Art 6(1)(g)' });
    assert.match(p.message, /points \(a\)–\(f\)/);
    assert.deepEqual(fixesOf(text, 'invalid-citation'), []);
  });

  it('fires on an article past 99 and a paragraph past the end (Art 100, Art 13(5)), in `law` too', () => {
    expectOne(described('See Art 100.'), 'invalid-citation', { span: 'Art 100' });
    expectOne(vary(BASE, ['law: Dutch Civil Code, Book 2, article 10', 'law: Art 13(5) GDPR']), 'invalid-citation', {
      span: 'Art 13(5)',
    });
  });

  it('fires on each form of the four languages and on recitals past 173', () => {
    for (const [written, span] of [
      ['l’article 6.1.g) du RGPD', 'article 6.1.g)'],
      ['article 6, paragraphe 5', 'article 6, paragraphe 5'],
      ['art. 6, lid 1, g) AVG', 'art. 6, lid 1, g)'],
      ['Art. 6 Abs. 1 lit. g DSGVO', 'Art. 6 Abs. 1 lit. g'],
      ['Erwägungsgrund 174', 'Erwägungsgrund 174'],
    ])
      expectOne(described(`"${written}"`), 'invalid-citation', { span });
  });

  it('fires on the wrong end of a range and on a backwards range', () => {
    expectOne(described('Art 15–100'), 'invalid-citation', { span: '100' });
    expectOne(described('Art 22–15'), 'invalid-citation', { span: '15' });
  });

  it('offers the one provision clearly meant: Art 9(1)(a) → Art 9(2)(a), Art 49(a) → Art 49(1)(a)', () => {
    for (const [written, fixed] of [
      ['Art 9(1)(a)', 'Art 9(2)(a)'],
      ['Art. 49(a)', 'Art. 49(1)(a)'],
    ]) {
      const text = described(`Explicit consent (${written}).`);
      expectOne(text, 'invalid-citation', { span: written });
      const fixes = fixesOf(text, 'invalid-citation');
      assert.deepEqual(
        fixes.map((f) => f.edits.map((e) => e.newText)),
        [[fixed]],
      );
      // Another provision is another legal statement; read before applied, never by fix-all
      // (docs/rules/invalid-citation.md).
      assert.equal(fixes[0].title, `Did you mean '${fixed}'? Replace the citation`);
      assert.ok(!fixes[0].isPreferred && !fixes[0].safe);
      expectNone(applyFix(text, fixes[0]), 'invalid-citation');
    }
  });

  it('does not fire on existing provisions in any form, nor on other laws’ articles', () => {
    expectNone(
      described('Art 6(1)(f), Art. 13(2)(b)–(d) GDPR, Articles 15 to 22, Recital 47 and considérant 173.'),
      'invalid-citation',
    );
    expectNone(
      described(
        '"article 6, paragraphe 1, point f) du RGPD; art. 6, lid 1, onder f, AVG; Art. 6 Abs. 1 S. 1 lit. f DSGVO"',
      ),
      'invalid-citation',
    );
    expectNone(
      described('Art. 100 BayDSG, Article 8 of the Charter, Art 5(3) ePrivacy Directive, article 200 of our terms.'),
      'invalid-citation',
    );
    expectNone(BASE, 'invalid-citation'); // "Dutch Civil Code, Book 2, article 10" cites the Civil Code
  });

  it('does not look in e-mail addresses, ids or vocabulary values', () => {
    expectNone(
      vary(BASE, ['email: privacy@example-bakery.test', 'email: art100@example-bakery.test']),
      'invalid-citation',
    );
  });
});

describe('generic-recipient', () => {
  const partners = (extra: string) =>
    vary(BASE, after(RECIPIENTS_END, `  partners:\n    label: Third parties\n    type: controller\n${extra}`), [
      'recipients: [courier]',
      'recipients: [courier, partners]',
    ]);

  it('fires on a recipient labelled only "Third parties", at the label', () => {
    expectOne(partners(''), 'generic-recipient', { span: 'Third parties' });
  });

  it('fires on "Our partners"', () => {
    expectOne(vary(partners(''), ['label: Third parties', 'label: Our partners']), 'generic-recipient', {
      span: 'Our partners',
    });
  });

  it('does not fire with a `name`', () => expectClean(partners('    name: Example Partners B.V.\n')));

  it('does not fire with a `category`', () => expectClean(partners('    category: business-partners\n')));

  it('does not fire on a specific label', () => expectNone(BASE, 'generic-recipient'));
});

// ---------------------------------------------------------------------------------------------------------------
// v1.3 rules (docs/rules/README.md)
// ---------------------------------------------------------------------------------------------------------------

describe('unfilled-placeholder', () => {
  it('fires on each placeholder, in values of any kind, at the placeholder', () => {
    const text = vary(BASE, [
      DELIVERY_RETENTION,
      '    retention: { period: <how long>, from: <counted from which event> }\n',
    ]);
    expectMany(text, 'unfilled-placeholder', [{ span: '<how long>' }, { span: '<counted from which event>' }]);
    expectNone(text, 'invalid-value');
  });

  it('does not fire on a markdown autolink or an HTML tag', () => {
    expectNone(
      vary(
        BASE,
        after(
          '    title: Preventing fraud\n',
          '    description: See <https://example.test/fraud>, write to <fraud@example.test>, and <br>.\n',
        ),
      ),
      'unfilled-placeholder',
    );
  });
});

describe('missing-representative', () => {
  const abroad = (extra = '') => vary(BASE, after('  email: privacy@example-bakery.test\n', `  country: US\n${extra}`));

  it('warns on a controller established outside the EEA without a representative, at its country', () => {
    const p = expectOne(abroad(), 'missing-representative', { span: 'US', at: '  country: US\n\ndpo' });
    assert.match(p.message, /Art 27\(2\)\(a\)/);
  });

  it('does not fire with a representative, for a public body (Art 27(2)(b)), nor for a controller in the EEA', () => {
    expectNone(
      vary(abroad(), after('\ndpo:\n', '')).replace(
        '\ndpo:\n',
        '\nrepresentative:\n  name: EU Rep Ltd\n  address: Rue 1, 1000 Brussels\n\ndpo:\n',
      ),
      'missing-representative',
    );
    expectNone(abroad('  public_body: true\n'), 'missing-representative');
    expectNone(
      vary(BASE, after('  email: privacy@example-bakery.test\n', '  country: NL\n')),
      'missing-representative',
    );
  });

  it('its fix adds a representative with placeholders', () => {
    const [fix] = fixesOf(abroad(), 'missing-representative');
    assert.ok(!fix.isPreferred);
    const fixed = applyFix(abroad(), fix);
    assert.match(fixed, /\nrepresentative:\n {2}name: <name of the representative>\n {2}address: <postal address>\n/);
    expectNone(fixed, 'missing-representative');
  });

  it('for a law that is not the notice’s own, asks for it under `laws.<id>` and its fix puts it there', () => {
    // A Swiss controller whose notice serves the FADP first and the EU GDPR too: the top-level representative would
    // be the FADP's (docs/language.md, "Laws").
    const swiss = (laws: string) =>
      vary(BASE, after('  email: privacy@example-bakery.test\n', '  country: CH\n'), [
        'controller:\n',
        `laws:\n${laws}\ncontroller:\n`,
      ]);
    for (const laws of ['  ch-fadp: {}\n  eu-gdpr: {}\n', '  ch-fadp: {}\n  eu-gdpr:\n    notes: EEA readers.\n']) {
      const text = swiss(laws);
      const p = expectOne(text, 'missing-representative', { span: 'CH' });
      assert.match(p.message, /add 'representative' under 'laws\.eu-gdpr'\./);
      const [fix] = fixesOf(text, 'missing-representative');
      assert.equal(fix.title, "Add 'laws.eu-gdpr.representative' with placeholders for its name and address");
      const fixed = applyFix(text, fix);
      assert.ok(!/\nrepresentative:/.test(fixed), 'not the top-level one');
      expectNone(fixed, 'missing-representative');
    }
  });
});

describe('missing-representative under the Swiss FADP (Art 14 FADP; docs/language.md, "Laws")', () => {
  const serving = (laws: string, country: string) =>
    vary(BASE, after('  email: privacy@example-bakery.test\n', `  country: ${country}\n`), [
      'controller:\n',
      `laws:\n${laws}\ncontroller:\n`,
    ]);

  it('is information under the FADP alone, citing Art 14(1) and (3) FADP, and its fix adds the representative', () => {
    const text = serving('  ch-fadp: {}\n', 'US');
    const p = expectOne(text, 'missing-representative', {
      span: 'US',
      at: '  country: US\n\ndpo',
      severity: 'information',
      cites: [],
    });
    assert.match(p.message, /extensive, is regular and involves a high risk .*all four \(Art 14\(1\) FADP\)/);
    assert.match(
      p.message,
      /\(Art 14\(3\) FADP\)\. If that is your case, add 'representative'\. \[Art 14\(1\), 14\(3\) FADP\]$/,
    );
    const [fix] = fixesOf(text, 'missing-representative');
    expectNone(applyFix(text, fix), 'missing-representative');
  });

  it('beside the EU GDPR: a warning under the GDPR, information under the FADP, each citing its own law', () => {
    const text = serving('  eu-gdpr: {}\n  ch-fadp: {}\n', 'US');
    const found = check(text).filter((p) => p.rule === 'missing-representative');
    assert.deepEqual(
      found.map((p) => [p.severity, p.message.slice(p.message.lastIndexOf('['))]),
      [
        ['warning', '[Art 13(1)(a), 27 GDPR]'],
        ['information', '[Art 14(1), 14(3) FADP]'],
      ],
    );
    // A controller in the EEA needs none under the GDPR, and may under the FADP; its representative goes under the law.
    const german = serving('  eu-gdpr: {}\n  ch-fadp: {}\n', 'DE');
    const [p] = check(german).filter((x) => x.rule === 'missing-representative');
    assert.equal(p.severity, 'information');
    assert.match(p.message, /add 'representative' under 'laws\.ch-fadp'\./);
    const [fix] = fixesOf(german, 'missing-representative');
    assert.equal(fix.title, "Add 'laws.ch-fadp.representative' with placeholders for its name and address");
    // A level the user chose applies.
    assert.equal(
      check(german, { 'missing-representative': 'warning' }).find((x) => x.rule === 'missing-representative')?.severity,
      'warning',
    );
  });

  it('not for a Swiss controller, nor a public body, nor a representative named for the FADP', () => {
    expectNone(serving('  ch-fadp: {}\n', 'CH'), 'missing-representative');
    expectNone(
      serving('  ch-fadp: {}\n', 'US').replace('  country: US\n\ndpo', '  country: US\n  public_body: true\n\ndpo'),
      'missing-representative',
    );
    expectNone(
      serving(
        '  eu-gdpr: {}\n  ch-fadp:\n    representative: { name: Rep AG, address: "Bahnhofstrasse 1, 8001 Zürich" }\n',
        'DE',
      ),
      'missing-representative',
    );
  });
});

describe('automated decisions (Art 22(4), Recital 71)', () => {
  const decision = (purpose: string) =>
    vary(BASE, [
      'automated_decisions: none\n',
      `automated_decisions:\n  - purpose: ${purpose}\n    logic: A score from the order.\n    significance: Orders may be refused.\n    ground: contract\n`,
    ]);
  const allergies = after(
    DATA_END,
    '  allergies:\n    label: Food allergies\n    special: health\n    source: data-subject\n',
  );
  const usedByFraud = ['    data: [orders]\n', '    data: [orders, allergies]\n'] as [string, string];

  it('automated-decision-special-data: an error on a decision whose purpose uses health data on Art 9(2)(h)', () => {
    const text = vary(
      decision('fraud'),
      allergies,
      usedByFraud,
      after(FRAUD_INTEREST, '    special_basis: health-care\n'),
    );
    expectOne(text, 'automated-decision-special-data', { span: 'fraud', at: '  - purpose: fraud' });
  });

  it('automated-decision-special-data: none with explicit consent or substantial public interest, or without special data', () => {
    for (const condition of ['explicit-consent', 'substantial-public-interest'])
      expectNone(
        vary(decision('fraud'), allergies, usedByFraud, after(FRAUD_INTEREST, `    special_basis: ${condition}\n`)),
        'automated-decision-special-data',
      );
    expectNone(decision('Preventing fraud'), 'automated-decision-special-data');
  });

  it('automated-decision-child: a warning on a decision whose purpose has children: true, linked by title', () => {
    const text = vary(decision('Preventing fraud'), after('    title: Preventing fraud\n', '    children: true\n'));
    const p = expectOne(text, 'automated-decision-child', {
      span: 'Preventing fraud',
      at: '- purpose: Preventing fraud',
    });
    assert.match(p.message, /should not concern a child/);
  });

  it('automated-decision-child: also for an audience of children, and not otherwise', () => {
    const text = vary(
      decision('fraud'),
      after(RIGHTS_END, '\naudiences:\n  pupils:\n    label: Pupils\n  parents:\n    label: Parents\n'),
      after('    title: Preventing fraud\n', '    audiences: [pupils]\n'),
    );
    expectOne(text, 'automated-decision-child', { span: 'fraud', at: '- purpose: fraud' });
    expectNone(decision('fraud'), 'automated-decision-child');
  });
});

describe('authority-scope', () => {
  const bavarian = (authority: string, extra = '') =>
    vary(
      BASE,
      [
        '  address: Bakkerstraat 1, 1012 AB Amsterdam, Netherlands\n',
        `  address: Marienplatz 1, 80331 München\n  country: DE\n${extra}`,
      ],
      ['  name: Autoriteit Persoonsgegevens\n  url: https://autoriteitpersoonsgegevens.nl\n', `  name: ${authority}\n`],
    );

  it('warns when a private controller names the Bavarian authority for public bodies, and offers the BayLDA', () => {
    const text = bavarian('Der Bayerische Landesbeauftragte für den Datenschutz');
    expectOne(text, 'authority-scope', { span: 'Der Bayerische Landesbeauftragte für den Datenschutz' });
    const fixes = fixesOf(text, 'authority-scope');
    assert.deepEqual(
      fixes.map((f) => f.isPreferred ?? false),
      [false],
    );
    const fixed = applyFix(text, fixes[0]);
    assert.match(
      fixed,
      /\nauthority:\n {2}name: Bayerisches Landesamt für Datenschutzaufsicht \(BayLDA\)\n {2}address: /,
    );
    expectNone(fixed, 'authority-scope');
  });

  it('warns when a public body names the BayLDA, and says what Art 1(2) BayDSG makes of savings banks', () => {
    const p = expectOne(bavarian('BayLDA', '  public_body: true\n'), 'authority-scope', { span: 'BayLDA' });
    assert.match(p.message, /Art 1\(2\) BayDSG/);
  });

  it('warns on the BfDI for a private controller, and on a church authority for a controller outside it', () => {
    expectOne(bavarian('BfDI'), 'authority-scope', { span: 'BfDI' });
    expectOne(bavarian('Der Beauftragte für den Datenschutz der EKD'), 'authority-scope', {
      span: 'Der Beauftragte für den Datenschutz der EKD',
    });
  });

  it('does not fire on the right Bavarian authority, on another state authority, or on a church body', () => {
    expectNone(bavarian('Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)'), 'authority-scope');
    expectNone(
      bavarian('Der Bayerische Landesbeauftragte für den Datenschutz', '  public_body: true\n'),
      'authority-scope',
    );
    expectNone(
      bavarian('Berliner Beauftragte für Datenschutz und Informationsfreiheit', '  public_body: true\n'),
      'authority-scope',
    );
    expectNone(
      vary(bavarian('Der Beauftragte für den Datenschutz der EKD'), [
        'name: Example Bakery B.V.',
        'name: Diakonie Example e.V.',
      ]),
      'authority-scope',
    );
    expectNone(BASE, 'authority-scope');
  });
});

describe('implied-consent and conditions-on-rights (four languages, real sentences)', () => {
  const said = (text: string) => vary(BASE, after('    title: Preventing fraud\n', `    description: "${text}"\n`));

  for (const [sentence, span] of [
    [
      'If you continue browsing, you give us permission to use cookies.',
      'If you continue browsing, you give us permission',
    ],
    [
      'By providing your personal data to us, in particular by using our website, you consent to the transfer of such data abroad.',
      'By providing your personal data to us, in particular by using our website, you consent',
    ],
    [
      'En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.',
      'En poursuivant votre navigation sur ce site, vous acceptez',
    ],
    [
      'Door verder te surfen op deze website gaat u akkoord met het gebruik van cookies.',
      'Door verder te surfen op deze website gaat u akkoord',
    ],
    [
      'Durch die weitere Nutzung der Website stimmen Sie der Verwendung von Cookies zu.',
      'Durch die weitere Nutzung der Website stimmen Sie',
    ],
  ])
    it(`implied-consent: "${sentence.slice(0, 50)}…"`, () => {
      expectOne(said(sentence), 'implied-consent', { span });
    });

  // Planet49 is about a pre-ticked box; continued use is the EDPB's (05/2020, section 3.4)
  // (docs/rules/implied-consent.md).
  it('implied-consent: cites Planet49 for pre-ticked boxes and the EDPB for continued use', () => {
    const p = expectOne(said('If you continue browsing, you give us permission to use cookies.'), 'implied-consent', {
      span: 'If you continue browsing, you give us permission',
    });
    assert.match(
      p.message,
      /pre-ticked boxes or inactivity is not consent \(Recital 32; CJEU C-673\/17 Planet49 of 1 October 2019\), nor is continuing to use a site \(EDPB Guidelines 05\/2020 on consent, section 3\.4\)/,
    );
  });

  it('implied-consent: a transfer sentence adds Art 49(1)(a); an active choice is not reported', () => {
    const p = expectOne(
      said('By providing your personal data to us, you consent to the transfer of such data abroad.'),
      'implied-consent',
      { span: 'By providing your personal data to us, you consent' },
    );
    assert.match(p.message, /49\(1\)\(a\)/);
    expectNone(
      said('By ticking the box you consent to our newsletter; you can withdraw at any time.'),
      'implied-consent',
    );
  });

  for (const [sentence, span] of [
    ['Send your request by e-mail, with a motivation for your request attached.', 'with a motivation for your request'],
    [
      'We have the right to determine whether your request is justified.',
      'We have the right to determine whether your request is justified',
    ],
    ['Votre demande doit être motivée.', 'demande doit être motivée'],
    ['Uw verzoek moet worden gemotiveerd.', 'verzoek moet worden gemotiveerd'],
    [
      'Bitte senden Sie uns Ihr Auskunftsersuchen unter Angabe der Gründe für Ihren Antrag.',
      'unter Angabe der Gründe für Ihren Antrag',
    ],
  ])
    it(`conditions-on-rights: "${sentence.slice(0, 50)}…"`, () => {
      expectOne(said(sentence), 'conditions-on-rights', { span });
    });

  it('conditions-on-rights: leaves alone what the law lets a controller ask', () => {
    for (const sentence of [
      'To object, please state the grounds relating to your particular situation with your request.',
      'Please tell us which data is inaccurate.',
      'Where we have reasonable doubts about your identity, we may ask for information to confirm it.',
      'We may refuse a request that is manifestly unfounded or excessive, and must show why.',
    ])
      expectNone(said(sentence), 'conditions-on-rights');
  });

  // Whether a request meets the right's own conditions is the controller's to check
  // (docs/rules/conditions-on-rights.md).
  it('conditions-on-rights: leaves alone checking the right’s own conditions, in the four languages', () => {
    for (const sentence of [
      'We have the right to assess whether your request is valid.',
      'We reserve the right to determine whether your request is well-founded.',
      'We reserve the right to decide whether the request is legitimate.',
      'We reserve the right to decide whether your request is justified under the conditions of the GDPR.',
      'We reserve the right to decide whether your erasure request is justified (Art 17(3) GDPR).',
      'We have the right to decide whether your request is justified where a law restricts the right (Art 23 GDPR).',
      'Nous nous réservons le droit d’apprécier le bien-fondé de votre demande.',
      'Wij behouden ons het recht voor om te beoordelen of uw verzoek gegrond is.',
      'Wir behalten uns vor zu prüfen, ob Ihr Antrag begründet ist.',
      'Wir behalten uns vor zu prüfen, ob Ihr Antrag berechtigt ist.',
    ])
      expectNone(said(sentence), 'conditions-on-rights');
  });

  it('conditions-on-rights: still reports the controller’s own measure of "justified", in the four languages', () => {
    for (const [sentence, span] of [
      [
        'We reserve the right to decide whether your request is reasonable.',
        'We reserve the right to decide whether your request is reasonable',
      ],
      [
        'Nous nous réservons le droit d’apprécier si votre demande est justifiée.',
        'Nous nous réservons le droit d’apprécier si votre demande est justifiée',
      ],
      [
        'Wij behouden ons het recht voor om te beoordelen of uw verzoek gerechtvaardigd is.',
        'behouden ons het recht voor om te beoordelen of uw verzoek gerechtvaardigd',
      ],
      [
        'Wir behalten uns vor zu prüfen, ob Ihr Antrag gerechtfertigt ist.',
        'Wir behalten uns vor zu prüfen, ob Ihr Antrag gerechtfertigt',
      ],
    ])
      expectOne(said(sentence), 'conditions-on-rights', { span });
  });

  it('conditions-on-rights: names every ground on which a request may be declined, not Art 12(5) alone', () => {
    const p = expectOne(
      said('We have the right to determine whether your request is justified.'),
      'conditions-on-rights',
      {
        span: 'We have the right to determine whether your request is justified',
      },
    );
    assert.doesNotMatch(p.message, /only a manifestly unfounded or excessive request may be refused/);
    for (const cited of [/Art 15\(3\)/, /17\(1\) and \(3\)/, /Art 11\(2\)/, /Art 12\(6\)/, /Art 23\b/, /Art 21\(1\)/])
      assert.match(p.message, cited);
  });
});

describe('cookie-consent-basis', () => {
  const cookie = (type: string, purpose = 'newsletter') =>
    vary(BASE, after(RIGHTS_END, `\ncookies:\n  - name: _ga\n    type: ${type}\n    purpose: ${purpose}\n`));

  it('warns on an analytics cookie whose purpose does not rest on consent and no cookie_settings', () => {
    const p = expectOne(cookie('analytics', 'fraud'), 'cookie-consent-basis', { span: 'analytics' });
    assert.match(p.message, /Art 5\(3\) of the ePrivacy Directive.*Planet49.*Opinion 5\/2019/);
    // The exemptions of Art 5(3) are closed; the CNIL reads "strictly necessary", it adds none
    // (docs/rules/cookie-consent-basis.md).
    assert.doesNotMatch(p.message, /national exemption/);
    assert.match(p.message, /exemptions are closed, and analytics cookies are not within them .*WP194, section 4\.3/);
  });

  it('offers three choices, none preferred and none essential', () => {
    const fixes = fixesOf(cookie('marketing', 'fraud'), 'cookie-consent-basis');
    assert.equal(fixes.length, 3);
    assert.ok(fixes.every((f) => !f.isPreferred && !f.edits.some((e) => e.newText.includes('essential'))));
    expectNone(applyFix(cookie('marketing', 'fraud'), fixes[0]), 'cookie-consent-basis');
  });

  it('reports once per purpose, on its first cookie, counting the others', () => {
    const text = vary(
      cookie('analytics', 'fraud'),
      after('    purpose: fraud\n', '  - name: _gid\n    type: analytics\n    purpose: fraud\n'),
    );
    const p = expectOne(text, 'cookie-consent-basis', {
      span: 'analytics',
      at: 'analytics\n    purpose: fraud\n  - name: _gid',
    });
    assert.match(p.message, /and 1 other analytics or marketing cookie of the same purpose/);
  });

  it('does not fire when the notice says in its own words that cookies are set with consent', () => {
    expectNone(
      vary(
        cookie('analytics', 'fraud'),
        after('    title: Preventing fraud\n', '    description: Our banner sets only the cookies you consent to.\n'),
      ),
      'cookie-consent-basis',
    );
  });

  it('does not fire when the purpose rests on consent, with cookie_settings, or on a preferences cookie', () => {
    expectNone(cookie('analytics'), 'cookie-consent-basis');
    expectNone(
      vary(
        cookie('analytics', 'fraud'),
        after(RIGHTS_END, '\ncookie_settings: Use the cookie banner link in the footer.\n'),
      ),
      'cookie-consent-basis',
    );
    expectNone(cookie('preferences', 'fraud'), 'cookie-consent-basis');
  });
});

// Where the recipient processes the data, and what kind it is, are the author's to say
// (docs/rules/undeclared-third-party.md).
describe('undeclared-third-party', () => {
  const recording = evidenceFromHarText(
    JSON.stringify({
      log: {
        pages: [{ id: 'p', title: 'Shop' }],
        entries: ['https://www.shop.example/', 'https://www.googletagmanager.com/gtag/js?id=G-1'].map((url) => ({
          pageref: 'p',
          request: { url, headers: [], cookies: [] },
          response: { status: 200, headers: [], cookies: [] },
        })),
      },
    }),
    'site.har',
  );

  it('offers the catalogue’s country and category only as the author’s statement, beside placeholders', () => {
    const analysis = analyzeText(BASE);
    const problem = validate(analysis, {}, recording).find((p) => p.rule === 'undeclared-third-party');
    assert.ok(problem);
    const fixes = fixesFor(analysis, problem);
    assert.equal(fixes.length, 2);
    assert.ok(fixes.every((f) => !f.isPreferred));
    const [open, stated] = fixes;
    assert.match(open.title, /^Add Google LLC as recipient 'google', with placeholders for its category and where/);
    const opened = applyFix(BASE, open);
    assert.match(opened, /\n {4}category: <category of recipients>\n/);
    assert.match(opened, /\n {4}country: <where the recipient processes the data>\n/);
    assert.match(
      stated.title,
      /^Add Google LLC as recipient 'google': it processes the data in United States of America and is an 'advertising' recipient \(where and how the datenanfragen\.de company database as of \d{4}-\d{2}-\d{2} places and classes it\)$/,
    );
    assert.match(applyFix(BASE, stated), /\n {4}category: advertising\n {4}name: Google LLC\n {4}country: US\n/);
  });

  // for a recorded cookie the notice does not list.
  it('undeclared-cookie: states the Art 5(3) information duty with its exemption, and Art 13(1)(c) beside it', () => {
    const cookie = evidenceFromHarText(
      JSON.stringify({
        log: {
          entries: [
            {
              request: { url: 'https://www.example-bakery.test/', headers: [], cookies: [] },
              response: { status: 200, headers: [{ name: 'Set-Cookie', value: 'session_id=1; Path=/' }], cookies: [] },
            },
          ],
        },
      }),
      'site.har',
    );
    const p = validate(analyzeText(BASE), {}, cookie).find((x) => x.rule === 'undeclared-cookie');
    assert.ok(p);
    assert.match(
      p.message,
      /Unless it is strictly necessary for the service the visitor asked for, ePrivacy Art 5\(3\) requires .* before consent; where it holds personal data, GDPR Art 13\(1\)\(c\)/,
    );
  });
});

describe('unnamed-cookie', () => {
  it('reports, as information, a cookie with a description and no name', () => {
    const text = vary(
      BASE,
      after(RIGHTS_END, '\ncookies:\n  - description: Remembers your cookie choice\n    type: essential\n'),
    );
    const p = expectOne(text, 'unnamed-cookie', { span: 'description' });
    expectNone(text, 'missing-field');
    // Art 5(3)'s information goes with its consent, from which strictly necessary storage is
    // exempt; the GDPR's Art 13(1)(c) applies in any case where the cookie holds personal data.
    assert.match(
      p.message,
      /Unless it is strictly necessary, ePrivacy Art 5\(3\) requires .* before consent; where it holds personal data, Art 13\(1\)\(c\) GDPR/,
    );
  });

  it('does not fire on a named cookie', () => {
    expectNone(vary(BASE, after(RIGHTS_END, '\ncookies:\n  - name: consent\n    type: essential\n')), 'unnamed-cookie');
  });
});

describe('broken-promise and unclear-advertising-recipient (promises)', () => {
  const promise = (ids: string) => vary(BASE, after(RIGHTS_END, `\npromises: [${ids}]\n`));

  it('no-transfer is broken by a recipient in the US, at the promise', () => {
    const text = promise('no-transfer');
    const p = expectOne(text, 'broken-promise', { span: 'no-transfer' });
    assert.match(p.message, /Newsletter service.*United States/);
    // The contradicting entry is named with its line: the recipient's mapping starts there.
    const line = Number(/United States of America, line (\d+)\)/.exec(p.message)?.[1]);
    const block = text
      .split('\n')
      .slice(line - 1, line + 5)
      .join('\n');
    assert.match(block, /Newsletter service/, `line ${line}`);
  });

  it('no-profiling, no-special-categories and no-sharing-for-advertising are broken by the structure', () => {
    expectOne(
      vary(promise('no-profiling'), after('    title: Preventing fraud\n', '    profiling: true\n')),
      'broken-promise',
      {
        span: 'no-profiling',
      },
    );
    expectOne(
      vary(promise('no-special-categories'), after('    label: Invoices\n', '    special: health\n')),
      'broken-promise',
      { span: 'no-special-categories' },
    );
    expectOne(
      vary(promise('no-sharing-for-advertising'), [
        '    type: processor\n    category: email-delivery',
        '    type: controller\n    category: advertising',
      ]),
      'broken-promise',
      { span: 'no-sharing-for-advertising' },
    );
  });

  it('promises the structure keeps are not reported; no-sale is never contradicted by structure', () => {
    expectNone(promise('no-profiling, no-special-categories, no-sale, no-sharing-for-advertising'), 'broken-promise');
  });

  it('unclear-advertising-recipient: an advertising recipient without type, with no-sharing-for-advertising', () => {
    const text = vary(promise('no-sharing-for-advertising'), [
      '    type: processor\n    category: email-delivery',
      '    category: advertising',
    ]);
    expectOne(text, 'unclear-advertising-recipient', { span: 'advertising' });
    const fixes = fixesOf(text, 'unclear-advertising-recipient');
    assert.ok(fixes.length === 6 && fixes.every((f) => !f.isPreferred));
    expectNone(applyFix(text, fixes[1]), 'unclear-advertising-recipient');
  });
});

describe('possible-processing', () => {
  it('reports `possible: true` on a recipient and on a transfer, as information', () => {
    const text = vary(BASE, after('    name: Mailer Inc.\n    country: US\n', '    possible: true\n'), [
      '    copy: Ask us for a copy at privacy@example-bakery.test\n',
      '    copy: Ask us for a copy at privacy@example-bakery.test\n    possible: true\n',
    ]);
    expectMany(text, 'possible-processing', [
      { span: 'possible', at: '    possible: true\n\npurposes' },
      { span: 'possible', at: '    possible: true\n\nrights' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// document-too-large
// ---------------------------------------------------------------------------------------------------------------

describe('document-too-large', () => {
  const padTo = (size: number) => {
    const head = `${BASE}# `;
    return head + 'x'.repeat(size - head.length - 1) + '\n';
  };

  it('fires once, as an error, on a document over 2 MB, on its first line only', () => {
    const text = padTo(MAX_DOCUMENT_SIZE + 1);
    const all = check(text);
    assert.deepEqual(
      all.map((p) => p.rule),
      ['document-too-large'],
    );
    const [p] = all;
    assert.equal(p.severity, 'error');
    assert.equal(p.span.start, 0);
    assert.ok(p.span.end > p.span.start && p.span.end <= text.indexOf('\n'), 'range within the first line');
    assert.match(p.message, /larger than the 2 MB/);
  });

  it('does not fire on a document of exactly 2 MB', () => expectClean(padTo(MAX_DOCUMENT_SIZE)));

  // Blank lines: one token each, and the cheapest token to parse, so the test at the limit stays quick.
  const tokensTo = (tokens: number) => BASE + '\n'.repeat(tokens - countYamlTokens(BASE));

  it('fires once on a document of a few hundred KB over the token budget, which it does not parse', () => {
    const text = tokensTo(MAX_YAML_TOKENS + 1);
    assert.ok(text.length < MAX_DOCUMENT_SIZE / 10);
    const all = check(text);
    assert.deepEqual(
      all.map((p) => p.rule),
      ['document-too-large'],
    );
    assert.match(all[0].message, /over 60,000 YAML tokens/);
    assert.equal(analyzeText(text).model.root, null, 'not parsed');
  });

  it('does not fire on a document of exactly the token budget', () => expectClean(tokensTo(MAX_YAML_TOKENS)));

  it('can be turned off', () =>
    assert.deepEqual(check(padTo(MAX_DOCUMENT_SIZE + 1), { 'document-too-large': 'off' }), []));
});

// ---------------------------------------------------------------------------------------------------------------
// Severity settings (§8: `privacyPolicy.rules`)
// ---------------------------------------------------------------------------------------------------------------

describe('severity settings', () => {
  const noProvision = vary(BASE, remove(DELIVERY_PROVISION));
  const noDpo = vary(BASE, remove('dpo:\n  name: Jan de Vries\n  email: dpo@example-bakery.test\n\n'));

  it("`{ 'missing-provision': 'off' }` silences the rule", () => {
    expectClean(noProvision, { 'missing-provision': 'off' });
  });

  it('turning one rule off leaves the others', () => {
    const text = vary(noDpo, remove(DELIVERY_PROVISION));
    const all = check(text, { 'missing-provision': 'off' });
    assert.deepEqual(
      all.map((p) => p.rule),
      ['missing-dpo'],
    );
  });

  it("`{ 'missing-dpo': 'error' }` raises the rule to an error", () => {
    expectOne(noDpo, 'missing-dpo', {
      span: 'policy',
      at: 'policy:',
      severity: 'error',
      settings: { 'missing-dpo': 'error' },
    });
  });

  it("'info' maps to 'information'", () => {
    expectOne(noDpo, 'missing-dpo', {
      span: 'policy',
      at: 'policy:',
      severity: 'information',
      settings: { 'missing-dpo': 'info' },
    });
  });

  it("'hint' is kept", () => {
    expectOne(noProvision, 'missing-provision', {
      span: 'delivery',
      at: '  delivery:\n',
      severity: 'hint',
      settings: { 'missing-provision': 'hint' },
    });
  });

  it('an unknown level falls back to the default severity', () => {
    expectOne(noProvision, 'missing-provision', {
      span: 'delivery',
      at: '  delivery:\n',
      settings: { 'missing-provision': 'loud' },
    });
  });
});

describe('hedge-words and dates', () => {
  it('does not take the month May for a hedge', () => {
    const text = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8').replace(
      'title: Improving our service',
      'title: Improving our service since 1 May 2024, we may ask',
    );
    const hedges = validate(analyzeText(text))
      .filter((p) => p.rule === 'hedge-words')
      .map((p) => text.slice(p.span.start, p.span.end));
    assert.deepEqual(hedges, ['may']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// v1.2 of the language rules
// ---------------------------------------------------------------------------------------------------------------

describe('ambiguous-bases', () => {
  it('fires on a list of bases without `when`, at the `basis` key', () => {
    expectOne(vary(BASE, [DELIVERY_BASIS, '    basis: [contract, consent]\n']), 'ambiguous-bases', {
      span: 'basis',
      at: 'basis: [contract, consent]',
    });
  });

  it('fires when only some items say what they cover', () => {
    const text = vary(BASE, [
      DELIVERY_BASIS,
      '    basis:\n      - contract\n      - { basis: consent, when: you ask us to leave parcels with a neighbour }\n',
    ]);
    expectOne(text, 'ambiguous-bases', { span: 'basis', at: 'basis:\n      - contract' });
  });

  it('does not fire on one basis, nor on a list where every item says what it covers', () => {
    expectClean(BASE);
    expectClean(
      vary(BASE, [
        DELIVERY_BASIS,
        '    basis:\n      - { basis: contract, when: we deliver your order }\n      - { basis: consent, ' +
          'when: you ask us to leave parcels with a neighbour }\n',
      ]),
    );
  });

  it('reads `{ basis, when }` for the other rules: a legitimate interest still needs its interest', () => {
    const text = vary(BASE, [
      DELIVERY_BASIS,
      '    basis:\n      - { basis: contract, when: we deliver your order }\n      - { basis: legitimate-interests, ' +
        'when: we analyse failed deliveries }\n',
    ]);
    expectOne(text, 'missing-legitimate-interest', {
      span: 'legitimate-interests',
      at: '{ basis: legitimate-interests, when',
    });
  });

  it('a `{ basis, when }` item with an unknown basis is an invalid value', () => {
    const text = vary(BASE, [
      DELIVERY_BASIS,
      '    basis:\n      - { basis: contrat, when: we deliver your order }\n      - { basis: consent, when: ' +
        'you ask us }\n',
    ]);
    expectOne(text, 'invalid-value', { span: 'contrat' });
  });
});

describe('direct-marketing-basis', () => {
  const marketing = after('    title: Sending our newsletter\n', '    direct_marketing: true\n');

  it('fires on direct marketing on a contract, at the basis', () => {
    expectOne(
      vary(BASE, marketing, [
        '    basis: consent\n    retention: { until: you unsubscribe }',
        '    basis: contract\n    retention: { until: you unsubscribe }',
      ]),
      'direct-marketing-basis',
      { span: 'contract', at: 'basis: contract\n    retention: { until' },
    );
  });

  it('does not fire on consent or legitimate interests', () => {
    expectClean(vary(BASE, marketing));
    const li = vary(BASE, marketing, [
      '    basis: consent\n    retention: { until: you unsubscribe }',
      '    basis: legitimate-interests\n    legitimate_interest: Telling customers about our products\n ' +
        '   retention: { until: you unsubscribe }',
    ]);
    expectClean(li);
  });

  it('does not fire without the flag', () => {
    expectNone(
      vary(BASE, [
        '    basis: consent\n    retention: { until: you unsubscribe }',
        '    basis: contract\n    retention: { until: you unsubscribe }',
      ]),
      'direct-marketing-basis',
    );
  });
});

describe('missing-parental-consent', () => {
  const children = after('    title: Sending our newsletter\n', '    children: true\n');

  it(
    'fires on a service to children on consent without `parental_consent`, at `children`, naming the ' +
      'age of the controller’s country',
    () => {
      const text = vary(BASE, children, after('  email: privacy@example-bakery.test\n', '  country: NL\n'));
      const p = expectOne(text, 'missing-parental-consent', { span: 'children' });
      assert.match(p.message, /Netherlands is 16/);
      // One candidate, not the age that applies to every child (EDPB 05/2020, para 131)
      // (docs/rules/missing-parental-consent.md).
      assert.match(
        p.message,
        /the state where the controller is established; where the service is offered to children in other Member States, their ages may apply.*para 131/,
      );
      assert.doesNotMatch(p.message, /applies to you/);
    },
  );

  it('names 13 for Belgium and 15 for Denmark (raised in 2024)', () => {
    const be = expectOne(
      vary(BASE, children, after('  email: privacy@example-bakery.test\n', '  country: BE\n')),
      'missing-parental-consent',
      { span: 'children' },
    );
    assert.match(be.message, /Belgium is 13/);
    const dk = expectOne(
      vary(BASE, children, after('  email: privacy@example-bakery.test\n', '  country: DK\n')),
      'missing-parental-consent',
      { span: 'children' },
    );
    assert.match(dk.message, /Denmark is 15/);
  });

  it('in a Swiss notice that serves the EU GDPR too, names the GDPR’s age, not one of the FADP (which has none)', () => {
    const text = vary(BASE, children, after('  email: privacy@example-bakery.test\n', '  country: CH\n'), [
      'controller:\n',
      'laws:\n  ch-fadp: {}\n  eu-gdpr: {}\n\ncontroller:\n',
    ]);
    const p = check(text).find((x) => x.rule === 'missing-parental-consent');
    assert.ok(p, show(text, check(text)));
    assert.match(p.message, /outside the EEA, .*16 unless it set a lower one, never below 13/);
  });

  it('says when the country is unknown', () => {
    const p = expectOne(vary(BASE, children), 'missing-parental-consent', { span: 'children' });
    assert.match(p.message, /depends on the Member State.*controller\.country/);
    assert.doesNotMatch(p.message, /applies to you/);
  });

  it('does not fire once `parental_consent` says how, nor on a basis other than consent', () => {
    expectClean(
      vary(BASE, children, after('    children: true\n', '    parental_consent: A parent confirms by e-mail.\n')),
    );
    expectNone(
      vary(BASE, after('    title: Delivering your orders\n', '    children: true\n')),
      'missing-parental-consent',
    );
  });
});

describe('missing-joint-arrangement', () => {
  const joint = after(RIGHTS_END, '\njoint_controllers:\n  - name: Example Couriers B.V.\n    purposes: [delivery]\n');
  const courierJoint = [
    '    type: processor\n    category: delivery-logistics',
    '    type: joint-controller\n    category: delivery-logistics',
  ] as [string, string];

  it('fires on a joint controller without `essence`, at its first line', () => {
    expectOne(vary(BASE, joint), 'missing-joint-arrangement', {
      span: 'name: Example Couriers B.V.',
      at: '  - name: Example Couriers B.V.',
    });
  });

  it('fires on a joint-controller recipient no entry names, at its type', () => {
    expectOne(vary(BASE, courierJoint), 'missing-joint-arrangement', { span: 'joint-controller' });
  });

  it('does not fire once the entry names the recipient and gives the essence', () => {
    expectClean(
      vary(
        BASE,
        courierJoint,
        joint,
        after(
          '    purposes: [delivery]\n',
          '    essence: We answer your questions; the courier handles delivery complaints.\n',
        ),
      ),
    );
  });
});
