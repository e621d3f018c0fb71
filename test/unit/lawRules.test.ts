// The laws a notice serves and their rules (docs/language.md, "Laws"; docs/rules/): which laws a document serves,
// the rules of the UK GDPR and the Swiss FADP both ways, rules silent or softened under a law that does not ask what
// they check, and messages that cite each law.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, effectiveDate, lawsOf, withLaw } from '../../server/src/core/analysis';
import { softenedUnderLaws, validate } from '../../server/src/rules/check';
import { RULES_BY_ID } from '../../server/src/rules';
import type { Problem } from '../../server/src/core/problem';
import { fixesFor } from '../../server/src/service/codeActions';
import { renderDocument } from '../../server/src/render/document';

/** A complete notice that the EU GDPR alone finds clean; `extra` is appended as top-level YAML. */
function policy(
  o: { effective?: string; country?: string; laws?: string; extra?: string; language?: string } = {},
): string {
  return `policy:
  title: Privacy notice
  effective: ${o.effective ?? '2026-09-01'}
  language: ${o.language ?? 'en'}
controller:
  name: Example Books Ltd
  address: 1 High Street, Leeds LS1 1AA
  email: privacy@example-books.test
${o.country ? `  country: ${o.country}\n` : ''}dpo: none
authority:
  name: Information Commissioner
  url: https://ico.org.uk
${o.laws ? `laws:\n${o.laws}\n` : ''}data:
  contact:
    label: Contact details
    source: data-subject
purposes:
  orders:
    title: Handling your orders
    data: [contact]
    basis: contract
    retention: 2 years
    provision: contractual
    consequence: We cannot deliver your order.
rights:
  contact: privacy@example-books.test
automated_decisions: none
${o.extra ?? ''}`;
}

const check = (text: string): Problem[] => validate(analyzeText(text));
const of = (text: string, rule: string) => check(text).filter((p) => p.rule === rule);
const show = (problems: Problem[]) => problems.map((p) => `${p.rule} (${p.severity}): ${p.message}`).join('\n');

describe('which laws a notice serves (lawsOf)', () => {
  const ids = (text: string) => lawsOf(analyzeText(text).model).map((l) => l.id);

  it('reads the keys of `laws` in order, the first the notice’s own, and skips unknown ones', () => {
    assert.deepEqual(ids(policy({ laws: '  ch-fadp: {}\n  eu-gdpr: {}\n  us-ccpa: {}' })), ['ch-fadp', 'eu-gdpr']);
    assert.deepEqual(ids(policy({ laws: '  uk-gdpr: {}' })), ['uk-gdpr']);
  });

  it('without `laws`, follows controller.country: GB → UK GDPR, CH → FADP, others and none → EU GDPR', () => {
    assert.deepEqual(ids(policy({ country: 'GB' })), ['uk-gdpr']);
    assert.deepEqual(ids(policy({ country: 'CH' })), ['ch-fadp']);
    assert.deepEqual(ids(policy({ country: 'US' })), ['eu-gdpr']);
    assert.deepEqual(ids(policy({ country: 'DE' })), ['eu-gdpr']);
    assert.deepEqual(ids(policy()), ['eu-gdpr']);
  });

  it('a UK controller’s notice dated before 2021 was under the EU GDPR', () => {
    assert.deepEqual(ids(policy({ country: 'GB', effective: '2019-05-01' })), ['eu-gdpr']);
    assert.deepEqual(ids(policy({ country: 'GB', effective: '2021-01' })), ['uk-gdpr']);
  });

  it('binds each law to the notice’s effective date (a month means its first day)', () => {
    const a = analyzeText(policy({ laws: '  uk-gdpr: {}', effective: '2026-06' }));
    assert.equal(effectiveDate(a.model), '2026-06-01');
    assert.equal(a.laws[0].date, '2026-06-01');
    assert.equal(a.laws[0].cite('Art 77'), 'Art 77');
    const later = analyzeText(policy({ laws: '  uk-gdpr: {}', effective: '2026-06-19' }));
    assert.equal(later.laws[0].cite('Art 77'), 'DPA 2018 s.165');
  });

  it('withLaw keeps one law of the notice, and refuses a law it does not serve', () => {
    const a = analyzeText(policy({ laws: '  eu-gdpr: {}\n  ch-fadp: {}' }));
    assert.deepEqual(
      withLaw(a, 'ch-fadp')!.laws.map((l) => l.id),
      ['ch-fadp'],
    );
    assert.equal(withLaw(a, 'uk-gdpr'), undefined);
  });
});

describe('rules under each law', () => {
  it('a notice of the EU GDPR alone is checked as before: no law suffix on messages', () => {
    const text = policy({ extra: 'purposes2: x\n' });
    for (const p of check(text)) assert.doesNotMatch(p.message, /\[Art .* GDPR/, p.message);
  });

  it('under the FADP alone, the rules it does not require are silent, and retention is information', () => {
    const swiss = policy({ laws: '  ch-fadp: {}' })
      .replace('    basis: contract\n', '')
      .replace('    retention: 2 years\n', '');
    const problems = check(swiss);
    assert.deepEqual(of(swiss, 'missing-legal-basis'), [], show(problems));
    assert.deepEqual(of(swiss, 'missing-provision'), []);
    const retention = of(swiss, 'missing-retention');
    assert.equal(retention.length, 1, show(problems));
    assert.equal(retention[0].severity, 'information');
    assert.match(retention[0].message, /Art 25\(2\)\(d\) FADP/);
  });

  it('where another law needs them, they fire as usual, citing each law', () => {
    const both = policy({ laws: '  eu-gdpr: {}\n  ch-fadp: {}' }).replace('    basis: contract\n', '');
    const basis = of(both, 'missing-legal-basis');
    assert.equal(basis.length, 1);
    assert.equal(basis[0].severity, 'error');
    assert.match(basis[0].message, /\[Art 13\(1\)\(c\), 6\(1\) GDPR\]$/);
    const retention = of(both.replace('    retention: 2 years\n', ''), 'missing-retention');
    assert.equal(retention[0].severity, 'error');
    assert.match(retention[0].message, /Art 13\(2\)\(a\) GDPR; Art 25\(2\)\(d\) FADP/);
  });

  it('a level set for the rule keeps it, even under a retired id it replaced (docs/rules/README.md)', () => {
    const swiss = policy({ laws: '  ch-fadp: {}' }).replace('    retention: 2 years\n', '');
    const [set] = validate(analyzeText(swiss), { 'missing-retention': 'error' }).filter(
      (p) => p.rule === 'missing-retention',
    );
    assert.equal(set.severity, 'error');
    // No law softens a rule with a retired id yet: the softening itself is checked with a law that would.
    const rule = RULES_BY_ID.get('restriction-without-law')!;
    const softer = [{ softerRules: new Set(['restriction-without-law']) }];
    assert.equal(softenedUnderLaws(rule, softer, {}), true);
    assert.equal(softenedUnderLaws(rule, softer, { 'restriction-without-law': 'error' }), false);
    assert.equal(softenedUnderLaws(rule, softer, { 'excluded-right-without-reason': 'error' }), false);
    assert.equal(softenedUnderLaws(rule, [...softer, {}], {}), false, 'only where every law asks less');
  });

  it('a rule under the EU GDPR and the UK GDPR cites both once ("… GDPR and UK GDPR")', () => {
    const text = policy({ laws: '  eu-gdpr: {}\n  uk-gdpr: {}' }).replace('    basis: contract\n', '');
    assert.match(of(text, 'missing-legal-basis')[0].message, /\[Art 13\(1\)\(c\), 6\(1\) GDPR and UK GDPR\]$/);
  });
});

describe('rules the laws answer differently', () => {
  const noAuthority = (laws?: string, country?: string) =>
    policy({ laws, country }).replace('authority:\n  name: Information Commissioner\n  url: https://ico.org.uk\n', '');

  it('missing-authority: silent where the notice’s own law names its authority (the ICO, the FDPIC)', () => {
    assert.deepEqual(of(noAuthority('  uk-gdpr: {}'), 'missing-authority'), []);
    assert.deepEqual(of(noAuthority('  ch-fadp: {}\n  eu-gdpr: {}'), 'missing-authority'), []);
    assert.deepEqual(of(noAuthority(undefined, 'GB'), 'missing-authority'), []);
  });

  it('missing-authority: fires where the notice’s own law is the EU GDPR', () => {
    assert.equal(of(noAuthority(), 'missing-authority').length, 1);
    assert.equal(of(noAuthority('  eu-gdpr: {}\n  uk-gdpr: {}'), 'missing-authority').length, 1);
  });

  it('missing-automated-decisions: information under the FADP alone, a warning where the GDPR is served too', () => {
    const silent = (laws: string) => policy({ laws }).replace('automated_decisions: none\n', '');
    const [swiss] = of(silent('  ch-fadp: {}'), 'missing-automated-decisions');
    assert.equal(swiss.severity, 'information');
    assert.match(swiss.message, /\[Art 21\(1\) FADP\]$/);
    const [both] = of(silent('  ch-fadp: {}\n  eu-gdpr: {}'), 'missing-automated-decisions');
    assert.equal(both.severity, 'warning');
  });
});

describe('implicit-law', () => {
  it('names the UK GDPR for a UK controller without `laws`', () => {
    const [p] = of(policy({ country: 'GB' }), 'implicit-law');
    assert.equal(p.severity, 'hint');
    assert.match(p.message, /UK GDPR and the Data Protection Act 2018/);
  });

  it('names the FADP for a Swiss controller, and assumes the EEA for one elsewhere', () => {
    assert.match(of(policy({ country: 'CH' }), 'implicit-law')[0].message, /Federal Act on Data Protection/);
    const [us] = of(policy({ country: 'US' }), 'implicit-law');
    assert.match(us.message, /addresses people in the EEA \(Art 3\(2\) GDPR\)/);
    assert.match(us.message, /Gibraltar, Jersey, Guernsey, the Isle of Man/);
  });

  it('is silent for a controller in the EEA, and when `laws` says which laws apply', () => {
    assert.deepEqual(of(policy({ country: 'DE' }), 'implicit-law'), []);
    assert.deepEqual(of(policy({ country: 'GB', laws: '  uk-gdpr: {}' }), 'implicit-law'), []);
  });

  it('offers to declare the law, never as the preferred fix', () => {
    const text = policy({ country: 'CH' });
    const analysis = analyzeText(text);
    const problem = validate(analysis).find((p) => p.rule === 'implicit-law')!;
    const fixes = fixesFor(analysis, problem);
    assert.ok(fixes.length >= 1);
    assert.ok(fixes.every((f) => !f.isPreferred));
    assert.ok(fixes.some((f) => f.edits.some((e) => e.newText.includes('ch-fadp: {}'))));
  });
});

describe('missing-complaints-route', () => {
  it('fires under the UK GDPR from 19 June 2026 when the notice gives no way to complain to us', () => {
    const [p] = of(policy({ laws: '  uk-gdpr: {}' }), 'missing-complaints-route');
    assert.equal(p.severity, 'warning');
    assert.match(p.message, /DPA 2018 s\.164A/);
    assert.match(p.message, /Art 13\(2\)\(ca\) UK GDPR/);
    assert.match(p.message, /s\.164A\(2\)/);
  });

  it('fires for an implicit UK law too, and for a `complaints` that gives no way', () => {
    assert.equal(of(policy({ country: 'GB' }), 'missing-complaints-route').length, 1);
    const empty = policy({ laws: '  uk-gdpr:\n    complaints:\n      note: Write to us.' });
    assert.equal(of(empty, 'missing-complaints-route').length, 1);
  });

  it('is silent before 19 June 2026, with a way to complain, and without the UK law', () => {
    assert.deepEqual(of(policy({ laws: '  uk-gdpr: {}', effective: '2026-06-18' }), 'missing-complaints-route'), []);
    const given = policy({ laws: '  uk-gdpr:\n    complaints:\n      email: complaints@example-books.test' });
    assert.deepEqual(of(given, 'missing-complaints-route'), []);
    assert.deepEqual(of(policy({ laws: '  eu-gdpr: {}' }), 'missing-complaints-route'), []);
  });
});

describe('missing-destination-country', () => {
  const swiss = (extra: string) => policy({ laws: '  ch-fadp: {}', extra });

  it('fires under the FADP for a transfer whose recipients name no State', () => {
    const text = swiss(
      'recipients:\n  host:\n    label: Hosting\n    type: processor\ntransfers:\n  - recipients: [host]\n    mechanism: scc\n',
    );
    const [p] = of(text, 'missing-destination-country');
    assert.equal(p.severity, 'error');
    assert.match(p.message, /Art 19\(4\) FADP/);
    assert.match(p.message, /Art 60\(1\)\(a\) FADP/);
    assert.match(p.message, /even one with adequate protection/);
  });

  it('fires for a region where the States must be named', () => {
    const text = swiss('recipients:\n  host:\n    label: Hosting\n    type: processor\n    country: EEA\n');
    assert.equal(of(text, 'missing-destination-country').length, 1);
  });

  it('for a recipient the catalogue places abroad, unless the notice names that State for a transfer', () => {
    const google = 'recipients:\n  ga:\n    label: Google Analytics\n    type: processor\n    name: Google\n';
    const [p] = of(swiss(google), 'missing-destination-country');
    assert.match(p.message, /Google LLC in United States of America/);
    // "Tools of companies in the USA": the State is named (Art 19(4) FADP), if not beside the recipient.
    const disclosed = `${google}transfers:\n  - countries: [US]\n    mechanism: scc\n    copy: Ask us\n`;
    assert.deepEqual(of(swiss(disclosed), 'missing-destination-country'), []);
    // A transfer from the EU alone does not name it for Switzerland.
    const fromEu = disclosed.replace('    copy: Ask us\n', '    copy: Ask us\n    from: [eu-gdpr]\n');
    assert.equal(
      of(policy({ laws: '  ch-fadp: {}\n  eu-gdpr: {}', extra: fromEu }), 'missing-destination-country').length,
      1,
    );
  });

  it('is silent when the State is named, and under the EU GDPR alone', () => {
    const named = swiss(
      'recipients:\n  host:\n    label: Hosting\n    type: processor\n    country: DE\ntransfers:\n  - recipients: [host]\n    mechanism: adequacy\n',
    );
    assert.deepEqual(of(named, 'missing-destination-country'), []);
    const eu = policy({
      extra:
        'recipients:\n  host:\n    label: Hosting\n    type: processor\ntransfers:\n  - recipients: [host]\n    mechanism: scc\n',
    });
    assert.deepEqual(of(eu, 'missing-destination-country'), []);
  });
});

describe('cookie-refusal-missing', () => {
  const cookie = 'cookies:\n  - name: _ga\n    provider: Google\n    type: analytics\n    duration: 2 years\n';

  it('fires under the FADP for an analytics cookie without a word on refusing it', () => {
    const [p] = of(policy({ laws: '  ch-fadp: {}', extra: cookie }), 'cookie-refusal-missing');
    assert.equal(p.severity, 'warning');
    assert.match(p.message, /Art 45c\(b\) FMG/);
  });

  it('is silent when cookie_settings says how to refuse, in any notice language', () => {
    for (const words of [
      'Reject them in the banner.',
      'Vous pouvez les refuser dans le bandeau.',
      'U kunt ze weigeren in de banner.',
      'Sie können sie im Banner ablehnen.',
    ])
      assert.deepEqual(
        of(policy({ laws: '  ch-fadp: {}', extra: `${cookie}cookie_settings: ${words}\n` }), 'cookie-refusal-missing'),
        [],
        words,
      );
  });

  it('is silent for essential cookies only, and without the Swiss law', () => {
    const essential = cookie.replace('analytics', 'essential');
    assert.deepEqual(of(policy({ laws: '  ch-fadp: {}', extra: essential }), 'cookie-refusal-missing'), []);
    assert.deepEqual(of(policy({ extra: cookie }), 'cookie-refusal-missing'), []);
  });
});

describe('invalid-mechanism', () => {
  const transfer = (laws: string | undefined, mechanism: string, country = 'IN') =>
    policy({
      laws,
      extra: `transfers:\n  - countries: [${country}]\n    mechanism: ${mechanism}\n    copy: Ask us at privacy@example-books.test\n`,
    });

  it('under the UK GDPR, the EU clauses alone are not a mechanism; with the UK Addendum they are', () => {
    const [p] = of(transfer('  uk-gdpr: {}', 'scc'), 'invalid-mechanism');
    assert.equal(p.severity, 'error');
    assert.match(p.message, /UK Addendum/);
    assert.match(p.message, /21 March 2022/);
    assert.match(p.message, /21 March 2024/);
    assert.deepEqual(of(transfer('  uk-gdpr: {}', 'uk-addendum'), 'invalid-mechanism'), []);
    assert.deepEqual(of(transfer('  uk-gdpr: {}', 'uk-idta'), 'invalid-mechanism'), []);
  });

  it('its fixes offer what the law accepts, cited as the law cites it, and never what the law refuses', () => {
    const titles = (text: string) => {
      const analysis = analyzeText(text);
      const problem = validate(analysis).find((p) => p.rule === 'invalid-mechanism')!;
      return fixesFor(analysis, problem).map((f) => f.title);
    };
    const uk = titles(transfer('  uk-gdpr: {}', 'scc'));
    assert.ok(!uk.some((t) => t.endsWith(": 'scc'")), uk.join('\n'));
    assert.ok(uk.some((t) => t.endsWith(": 'uk-addendum'") && t.includes('Art 46(2)(d) UK GDPR, s.119A DPA 2018')));
    assert.ok(uk.some((t) => t.endsWith(": 'uk-idta'")));
    assert.ok(uk.some((t) => t.startsWith('Exception (Art 49(1)(a) UK GDPR)')));
    const swiss = titles(transfer('  ch-fadp: {}', 'dpf', 'US'));
    assert.ok(!swiss.some((t) => t.endsWith(": 'derogation-compelling-interests'")), swiss.join('\n'));
    assert.ok(swiss.some((t) => t.includes('(Art 16(2)(d) FADP)') && t.endsWith(": 'scc'")));
    assert.ok(swiss.some((t) => t.startsWith('Exception (Art 17(1)(a) FADP)')));
    // Under the EU GDPR alone, as before: the GDPR's own articles, and no UK mechanism.
    const eu = titles(transfer(undefined, 'privacy-shield', 'US'));
    assert.ok(
      eu.some((t) => t === "I rely on standard contractual clauses (Art 46(2)(c)): 'scc'"),
      eu.join('\n'),
    );
    assert.ok(!eu.some((t) => /uk-|UK GDPR/.test(t)));
  });

  it('`dpf` is the EU’s: the UK and Swiss laws have their own frameworks', () => {
    assert.match(of(transfer('  uk-gdpr: {}', 'dpf', 'US'), 'invalid-mechanism')[0].message, /uk-extension-dpf/);
    assert.match(of(transfer('  ch-fadp: {}', 'dpf', 'US'), 'invalid-mechanism')[0].message, /swiss-us-dpf/);
    assert.deepEqual(of(transfer('  ch-fadp: {}', 'swiss-us-dpf', 'US'), 'invalid-mechanism'), []);
    assert.deepEqual(of(transfer(undefined, 'dpf', 'US'), 'invalid-mechanism'), []);
  });

  it('the FADP has no compelling-legitimate-interests exception', () => {
    const text = transfer('  ch-fadp: {}', 'derogation-compelling-interests').replace(
      '    copy:',
      '    compelling_interest: Recovering a debt\n    copy:',
    );
    assert.match(of(text, 'invalid-mechanism')[0].message, /Art 17 FADP/);
  });

  it('the Privacy Shield: annulled for the EU; for Switzerland the FDPIC’s 2020 assessment and Annex 1 DPO', () => {
    assert.match(of(transfer(undefined, 'privacy-shield', 'US'), 'invalid-mechanism')[0].message, /C-311\/18/);
    const swiss = of(transfer('  ch-fadp: {}', 'privacy-shield', 'US'), 'invalid-mechanism')[0].message;
    assert.match(swiss, /8 September 2020/);
    assert.match(swiss, /not annulled/);
  });

  it('a transfer that leaves two territories names its mechanism per law', () => {
    const both = '  eu-gdpr: {}\n  uk-gdpr: {}';
    assert.equal(of(transfer(both, 'uk-idta'), 'invalid-mechanism').length, 1);
    assert.deepEqual(of(transfer(both, '{ eu-gdpr: scc, uk-gdpr: uk-addendum }'), 'invalid-mechanism'), []);
    assert.match(
      of(transfer(both, '{ eu-gdpr: scc, ch-fadp: scc }'), 'invalid-mechanism')[0].message,
      /does not serve the Swiss FADP/,
    );
  });
});

describe('recognised legitimate interests (Art 6(1)(ea) UK GDPR), under invalid-value', () => {
  const rli = (o: Parameters<typeof policy>[0], extra = '') =>
    policy({ ...o, extra }).replace(
      '    basis: contract\n',
      '    basis: recognised-legitimate-interests\n    law: Annex 1 para 5 UK GDPR\n',
    );
  const invalid = (text: string) => of(text, 'invalid-value').map((p) => p.message);

  it('is a basis of the UK GDPR only, from 5 February 2026', () => {
    assert.deepEqual(invalid(rli({ laws: '  uk-gdpr: {}' })), []);
    assert.match(invalid(rli({}))[0], /UK GDPR only/);
    assert.match(invalid(rli({ laws: '  uk-gdpr: {}', effective: '2026-01-01' }))[0], /5 February 2026/);
  });

  it('not for a public authority performing its tasks, and not for a solely automated significant decision', () => {
    const publicBody = rli({ laws: '  uk-gdpr: {}' }).replace('dpo: none', '  public_body: true\ndpo: none');
    assert.match(invalid(publicBody)[0] ?? '', /public authorit/);
    assert.deepEqual(invalid(rli({ laws: '  uk-gdpr: {}' })), []);
    const decision = rli({ laws: '  uk-gdpr: {}' }).replace(
      'automated_decisions: none\n',
      'automated_decisions:\n  - purpose: orders\n    logic: A score.\n    significance: Orders may be refused.\n    ground: contract\n',
    );
    assert.ok(
      invalid(decision).some((m) => /Art 22B\(4\) UK GDPR/.test(m)),
      invalid(decision).join('\n'),
    );
  });

  it('names its Annex 1 condition in `law` (missing-law-reference)', () => {
    const without = rli({ laws: '  uk-gdpr: {}' }).replace('    law: Annex 1 para 5 UK GDPR\n', '');
    const [p] = of(without, 'missing-law-reference');
    assert.equal(p.severity, 'information');
    assert.match(p.message, /Annex 1 UK GDPR/);
  });
});

describe('transfers under each law', () => {
  const recipient = (country: string) =>
    `recipients:\n  host:\n    label: Hosting\n    type: processor\n    country: ${country}\n`;
  const withRecipient = (laws: string | undefined, country: string) =>
    policy({ laws, extra: recipient(country) }).replace(
      '    provision: contractual',
      '    recipients: [host]\n    provision: contractual',
    );

  it('a UK controller’s UK recipient is no transfer under the UK GDPR, but is one under the EU GDPR', () => {
    assert.deepEqual(of(withRecipient('  uk-gdpr: {}', 'GB'), 'missing-transfer-safeguard'), []);
    const [p] = of(withRecipient('  eu-gdpr: {}\n  uk-gdpr: {}', 'GB'), 'missing-transfer-safeguard');
    assert.match(p.message, /outside the EEA/);
  });

  it('an EEA recipient is a transfer under the UK GDPR, disclosed with its ground', () => {
    const [p] = of(withRecipient('  uk-gdpr: {}', 'IE'), 'missing-transfer-safeguard');
    assert.match(p.message, /outside the United Kingdom/);
  });

  it('a finding under some of the laws cites those alone: a Swiss recipient is a transfer under the EU GDPR only', () => {
    const [p] = of(withRecipient('  ch-fadp: {}\n  eu-gdpr: {}', 'CH'), 'missing-transfer-safeguard');
    assert.match(p.message, /outside the EEA/);
    assert.match(p.message, /\[Art 13\(1\)\(f\), 44 GDPR\]$/);
    assert.deepEqual(p.laws, ['eu-gdpr']);
    assert.deepEqual(of(withRecipient('  ch-fadp: {}', 'CH'), 'missing-transfer-safeguard'), []);
    // Under both laws: both cited, and no `laws` on the problem.
    const [both] = of(withRecipient('  ch-fadp: {}\n  eu-gdpr: {}', 'US'), 'missing-transfer-safeguard');
    assert.match(both.message, /\[Art 13\(1\)\(f\), 44 GDPR; Art 19\(4\), 16 FADP\]$/);
    assert.equal(both.laws, undefined);
  });

  it('the preview marker of such a finding cites the law it rests on', () => {
    const text = withRecipient('  ch-fadp: {}\n  eu-gdpr: {}', 'CH').replace('language: en', 'language: de');
    const analysis = analyzeText(text);
    const html = renderDocument(analysis, { mode: 'preview' }).html;
    // The marker's words are the notice's (an adequacy decision or a derogation is no safeguard: de/notice.ts).
    assert.match(
      html,
      /Grundlage der Übermittlung \(Angemessenheitsbeschluss, Art der Garantie oder Ausnahme\) nicht bezeichnet — Art\. 13 Abs\. 1 lit\. f DSGVO</,
    );
    assert.doesNotMatch(html, /nicht angegeben — Art\. 19/);
  });

  it('adequacy is checked against each law’s own list (Annex 1 DPO is not the EU’s)', () => {
    const adequate = (laws: string | undefined, country: string) =>
      policy({ laws, extra: `transfers:\n  - countries: [${country}]\n    mechanism: adequacy\n` });
    assert.deepEqual(of(adequate(undefined, 'JP'), 'invalid-adequacy'), []);
    assert.match(of(adequate('  ch-fadp: {}', 'JP'), 'invalid-adequacy')[0].message, /Annex 1 DPO/);
    assert.match(of(adequate('  ch-fadp: {}', 'KR'), 'invalid-adequacy')[0].message, /Annex 1 DPO/);
    assert.deepEqual(of(adequate('  ch-fadp: {}', 'MC'), 'invalid-adequacy'), []);
    assert.deepEqual(of(adequate('  uk-gdpr: {}', 'KR'), 'invalid-adequacy'), []);
    assert.match(of(adequate('  uk-gdpr: {}', 'AU'), 'invalid-adequacy')[0].message, /Art 45A UK GDPR/);
    assert.equal(of(adequate(undefined, 'MC'), 'invalid-adequacy').length, 1);
  });
});
