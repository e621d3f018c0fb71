// The v1.3 forms in the editor (docs/language.md): completion offers each form's keys and values with their
// article, hover explains them, the outline names the new sections' entries, and the grammar colours a month date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service/languageService';

const service = createLanguageService();
let documents = 0;
/** A document with the cursor where `|` is. */
function at(text: string) {
  const offset = text.indexOf('|');
  const doc = TextDocument.create(
    `file:///forms${++documents}.privacy.yaml`,
    'privacy-policy',
    1,
    text.replace('|', ''),
  );
  return { doc, position: doc.positionAt(offset) };
}
const labels = (text: string) => {
  const { doc, position } = at(text);
  return service.completion(doc, position).items.map((i) => i.label);
};
const details = (text: string) => {
  const { doc, position } = at(text);
  return new Map(service.completion(doc, position).items.map((i) => [i.label, i.detail ?? '']));
};
const hover = (text: string) => {
  const { doc, position } = at(text);
  return (service.hover(doc, position)?.contents as MarkupContent | undefined)?.value ?? '';
};

describe('completion of the v1.3 forms', () => {
  it('offers the new top-level sections with their articles', () => {
    const offered = details('policy:\n  title: x\n|\n');
    for (const [key, article] of [
      ['cookie_settings', 'ePrivacy Art 5(3); Art 7(3)'],
      ['promises', 'Art 5(1)(a), 12(1)'],
      ['retention', 'Art 13(2)(a)'],
      ['roles', 'Art 4(7)–(8), 28'],
      ['laws', ''],
    ])
      assert.ok(offered.get(key)?.includes(article), `${key}: ${offered.get(key)}`);
  });

  it('offers minimum_age and changes in policy, and the keys of changes', () => {
    assert.ok(labels('policy:\n  title: x\n  |\n').includes('minimum_age'));
    assert.deepEqual(labels('policy:\n  changes:\n    |\n'), ['notice', 'how']);
  });

  it('offers the ages of digital consent for minimum_age, the controller country’s first (Art 8(1))', () => {
    const items = details('controller:\n  country: NL\npolicy:\n  minimum_age: |\n');
    assert.deepEqual([...items.keys()], ['16', '13', '18']);
    assert.match(items.get('16')!, /age of digital consent in Netherlands/i);
    assert.deepEqual(
      [...details('controller:\n  country: BE\npolicy:\n  minimum_age: |\n').keys()],
      ['13', '16', '18'],
    );
  });

  it('offers law ids under laws, and each law’s own settings', () => {
    assert.deepEqual(labels('laws:\n  |\n'), ['eu-gdpr', 'uk-gdpr', 'ch-fadp']);
    assert.deepEqual(labels('laws:\n  eu-gdpr: {}\n  |\n'), ['uk-gdpr', 'ch-fadp']);
    assert.deepEqual(labels('laws:\n  uk-gdpr:\n    |\n'), ['authority', 'representative', 'complaints', 'notes']);
    assert.deepEqual(labels('laws:\n  uk-gdpr:\n    complaints:\n      |\n'), [
      'url',
      'email',
      'phone',
      'post',
      'note',
    ]);
  });

  it('offers mechanisms as one value, a list of alternatives, or per law; never an annulled one', () => {
    const one = labels('transfers:\n  - countries: [IN]\n    mechanism: |\n');
    assert.ok(one.includes('scc') && one.includes('adequacy'));
    assert.ok(!one.includes('privacy-shield') && !one.includes('safe-harbor'));
    assert.deepEqual(labels('transfers:\n  - countries: [IN]\n    mechanism: [scc, |]\n').includes('scc'), false);
    assert.ok(labels('transfers:\n  - countries: [IN]\n    mechanism: [scc, |]\n').includes('bcr'));
    assert.ok(labels('transfers:\n  - countries: [IN]\n    mechanism:\n      - |\n').includes('bcr'));
    assert.deepEqual(labels('transfers:\n  - countries: [IN]\n    mechanism:\n      |\n'), [
      'eu-gdpr',
      'uk-gdpr',
      'ch-fadp',
    ]);
  });

  it('offers a law’s own mechanisms under its key, or where the notice serves it, and not elsewhere', () => {
    const eu = labels('transfers:\n  - countries: [IN]\n    mechanism: |\n');
    assert.ok(!eu.includes('uk-idta') && !eu.includes('swiss-us-dpf'));
    const underUk = labels('transfers:\n  - countries: [IN]\n    mechanism:\n      uk-gdpr: |\n');
    assert.ok(underUk.includes('uk-idta') && underUk.includes('uk-addendum') && !underUk.includes('swiss-us-dpf'));
    const ukNotice = labels('laws:\n  uk-gdpr: {}\ntransfers:\n  - countries: [IN]\n    mechanism: |\n');
    assert.ok(ukNotice.includes('uk-idta'));
    // A notice of two laws is offered the per-law form; a notice of one is not (`laws` names every law the
    // notice serves: `uk-gdpr` alone is the UK GDPR alone, docs/language.md, "Laws").
    const twoLaws = labels('laws:\n  eu-gdpr: {}\n  uk-gdpr: {}\ntransfers:\n  - countries: [IN]\n    mechanism: |\n');
    assert.ok(twoLaws.includes('{ eu-gdpr, uk-gdpr }'), twoLaws.join());
    assert.ok(!eu.some((l) => l.startsWith('{')));
    assert.ok(!ukNotice.some((l) => l.startsWith('{')), ukNotice.join());
    assert.ok(
      labels('laws:\n  uk-gdpr: {}\npurposes:\n  p:\n    basis: |\n').includes('recognised-legitimate-interests'),
    );
    assert.ok(!labels('purposes:\n  p:\n    basis: |\n').includes('recognised-legitimate-interests'));
  });

  it('offers regions and countries for a recipient, and law ids for a transfer’s `from`', () => {
    const country = details('recipients:\n  a:\n    country: |\n');
    assert.match(country.get('EEA')!, /European Economic Area/);
    assert.ok(country.has('EU') && country.has('US'));
    assert.ok(labels('recipients:\n  a:\n    country: [DE, |]\n').includes('FR'));
    assert.ok(!labels('transfers:\n  - countries: [|]\n').includes('EEA'), 'a transfer goes to countries');
    assert.deepEqual(labels('transfers:\n  - countries: [US]\n    from: [|]\n'), ['eu-gdpr', 'uk-gdpr', 'ch-fadp']);
  });

  it('offers the five promise ids with their articles, not one already made', () => {
    const promises = details('promises:\n  - |\n');
    assert.deepEqual(
      [...promises.keys()],
      ['no-sale', 'no-sharing-for-advertising', 'no-transfer', 'no-profiling', 'no-special-categories'],
    );
    assert.match(promises.get('no-special-categories')!, /Art 9\(1\)/);
    assert.ok(!labels('promises:\n  - no-sale\n  - |\n').includes('no-sale'));
    assert.ok(!labels('promises: [no-sale, |]\n').includes('no-sale'));
  });

  it('offers the keys of the new fields of data, recipients, purposes and transfers', () => {
    const data = labels('data:\n  d:\n    label: x\n    |\n');
    assert.ok(data.includes('all_purposes') && !data.includes('possible'));
    const recipient = labels('recipients:\n  r:\n    label: x\n    |\n');
    for (const key of ['possible', 'own_collection', 'safeguards']) assert.ok(recipient.includes(key), key);
    assert.ok(labels('purposes:\n  p:\n    title: x\n    |\n').includes('opt_out'));
    assert.deepEqual(labels('purposes:\n  p:\n    opt_out:\n      |\n'), ['how', 'url']);
    const transfer = labels('transfers:\n  - countries: [US]\n    |\n');
    for (const key of ['possible', 'compelling_interest', 'from']) assert.ok(transfer.includes(key), key);
    assert.ok(labels('authority:\n  |\n').includes('directory'));
    assert.ok(labels('controller:\n  name: x\n  |\n').includes('public_body'));
  });

  it('offers a list of Art 9(1) categories for special', () => {
    const special = labels('data:\n  d:\n    special: [health, |]\n');
    assert.ok(special.includes('genetic') && !special.includes('health'));
  });

  it('offers the processor role and restricted right as list items, and the keys of each', () => {
    assert.deepEqual(labels('roles:\n  |\n'), ['processor_for']);
    assert.deepEqual(labels('roles:\n  processor_for:\n    - |\n'), ['processor-for']);
    assert.deepEqual(labels('roles:\n  processor_for:\n    - what: x\n      |\n'), ['controller', 'notice']);
    assert.deepEqual(labels('rights:\n  restrictions:\n    - |\n'), ['restriction']);
    assert.deepEqual(labels('rights:\n  restrictions:\n    - right: |\n').slice(0, 2), ['access', 'rectification']);
  });

  it('offers `none` and `{ none: true, note }` for automated decisions, and its keys', () => {
    assert.deepEqual(labels('automated_decisions: |\n'), ['none', '{ none: true, note }']);
    assert.deepEqual(labels('automated_decisions:\n  |\n'), ['none', 'note']);
  });
});

describe('hover on the v1.3 forms', () => {
  it('explains a law id, a promise, a region and a new mechanism with its law', () => {
    assert.match(hover('laws:\n  uk-|gdpr: {}\n'), /UK GDPR.*Data Protection Act 2018/);
    assert.match(hover('promises: [no-s|ale]\n'), /We do not sell personal data\*\* — Art 5\(1\)\(a\), 12\(1\)/);
    assert.match(hover('promises:\n  - no-tra|nsfer\n'), /Art 13\(1\)\(f\)/);
    assert.match(hover('recipients:\n  a:\n    country: [D|E, EU]\n'), /Germany/);
    assert.match(
      hover('recipients:\n  a:\n    country: E|EA\n'),
      /European Economic Area.*Iceland, Liechtenstein and Norway/s,
    );
    assert.match(
      hover('transfers:\n  - mechanism: uk-id|ta\n'),
      /International Data Transfer Agreement\*\* — Art 46\(2\)\(d\) UK GDPR/,
    );
    assert.match(hover('transfers:\n  - mechanism: [scc, b|cr]\n'), /Binding corporate rules\*\* — Art 47/);
    assert.match(hover('transfers:\n  - mechanism:\n      uk-gdpr: uk-add|endum\n'), /UK Addendum/);
    assert.doesNotMatch(hover('transfers:\n  - mechanism:\n      uk-gdpr: uk-id|ta\n'), /Given here for/);
    assert.match(
      hover('transfers:\n  - mechanism:\n      eu-gdpr: uk-id|ta\n'),
      /Given here for EU GDPR, but it exists only under UK GDPR\./,
    );
    assert.match(hover('transfers:\n  - mechanism: privacy-sh|ield\n'), /C-311\/18/);
  });

  it('explains the new keys with their articles', () => {
    assert.match(hover('policy:\n  minimum_a|ge: 16\n'), /not meant for people under this age.*Art 8\(1\)/s);
    assert.match(hover('policy:\n  changes:\n    no|tice: 30 days\n'), /Art 13\(3\), 12\(1\)/);
    assert.match(hover('roles:\n  processor_f|or:\n    - what: x\n'), /as a processor for others.*Art 28/s);
    assert.match(hover('purposes:\n  p:\n    opt_o|ut:\n      how: x\n'), /without a rights request.*Art 21, 7\(3\)/s);
    assert.match(
      hover('recipients:\n  a:\n    own_coll|ection: true\n'),
      /collects data itself.*Art 13\(1\)\(e\), 26/s,
    );
    assert.match(hover('recipients:\n  a:\n    possi|ble: true\n'), /"may".*Art 12\(1\)/s);
    assert.match(hover('recipients:\n  a:\n    safe|guards: x\n'), /Art 28\(3\)/);
    assert.match(hover('transfers:\n  - compelling_inte|rest: x\n'), /Art 49\(1\) second subparagraph/);
    assert.match(hover('rights:\n  restrictions:\n    - la|w: x\n'), /Art 23\(1\)–\(2\)/);
    assert.match(hover('automated_decisions:\n  no|ne: true\n'), /Art 22\(1\)/);
    assert.match(hover('reten|tion: 12 months\n'), /every purpose that has none of its own.*Art 13\(2\)\(a\)/s);
    assert.match(hover('cookie_sett|ings: x\n'), /ePrivacy Art 5\(3\); Art 7\(3\)/);
    assert.match(hover('prom|ises: [no-sale]\n'), /broken-promise/);
    assert.match(hover('data:\n  d:\n    all_purpo|ses: true\n'), /every purpose/);
  });

  it('reads a month date and a minimum age', () => {
    assert.match(
      hover('policy:\n  effective: 2026-0|8\n'),
      /August 2026\*\* — a month, read as its first day \(1 August 2026\)/,
    );
    assert.match(hover('policy:\n  effective: 2026-08-1|5\n'), /15 August 2026/);
    assert.match(
      hover('controller:\n  country: NL\npolicy:\n  minimum_age: 1|3\n'),
      /under 13.*age of digital consent in Netherlands is 16.*between 13 and 15, a parent/s,
    );
    assert.match(hover('cookies:\n  - duration: 15 min|utes\n'), /15 minutes/);
  });

  it('describes a recipient by its role, places and how the notice will speak of it', () => {
    const text =
      'recipients:\n  vid|eo:\n    label: Video platform\n    country: [US, IE]\n    own_collection: true\n    possible: true\n';
    const markdown = hover(text);
    assert.match(markdown, /Role not stated · United States of America, Ireland/);
    assert.match(markdown, /Collects the data itself/);
    assert.match(markdown, /May receive data/);
    assert.match(hover('recipients:\n  hos|ting:\n    label: Hosting\n    country: EEA\n'), /European Economic Area/);
  });

  it('describes a data category with several special categories, used by every purpose', () => {
    const markdown = hover(
      'data:\n  medi|cal:\n    label: Medical file\n    special: [health, genetic]\n    all_purposes: true\n',
    );
    assert.match(markdown, /Special categories: Health data, Genetic data \(Art 9\(1\)\)/);
    assert.match(markdown, /Used by every purpose/);
  });
});

describe('outline of the v1.3 forms', () => {
  const root = resolve(__dirname, '../..');
  const symbols = (file: string) =>
    service.symbols(
      TextDocument.create(`file:///${file}`, 'privacy-policy', 1, readFileSync(resolve(root, file), 'utf8')),
    );
  const section = (all: DocumentSymbol[], name: string) => all.find((s) => s.name === name)?.children ?? [];

  it('names laws, processor roles, promises, restrictions, transfers by destination and unnamed cookies', () => {
    const text = [
      'laws:\n  eu-gdpr: {}\n  uk-gdpr: {}',
      'roles:\n  processor_for:\n    - what: Databases\n      controller: our customers',
      'promises: [no-sale, no-transfer]',
      'rights:\n  restrictions:\n    - right: access\n      law: Art 15 UAVG',
      'transfers:\n  - countries: [IN]\n    mechanism: [scc, bcr]\n  - recipients: [mail]\n    mechanism: { eu-gdpr: scc, uk-gdpr: uk-idta }',
      'cookies:\n  - description: Remembers your cookie choices.',
    ].join('\n');
    const all = service.symbols(TextDocument.create('file:///outline.privacy.yaml', 'privacy-policy', 1, `${text}\n`));
    assert.deepEqual(
      section(all, 'laws').map((s) => `${s.name} (${s.detail})`),
      ['EU GDPR (eu-gdpr)', 'UK GDPR (uk-gdpr)'],
    );
    assert.deepEqual(
      section(all, 'roles').map((s) => s.name),
      ['Processor for our customers'],
    );
    assert.deepEqual(
      section(all, 'promises').map((s) => s.name),
      ['We do not sell personal data', 'No personal data leaves the territory'],
    );
    assert.deepEqual(
      section(all, 'rights').map((s) => `${s.name} (${s.detail})`),
      ['Restricted: Right of access (Art 15 UAVG)'],
    );
    assert.deepEqual(
      section(all, 'transfers').map((s) => s.name),
      ['IN — scc or bcr', 'mail — eu-gdpr: scc; uk-gdpr: uk-idta'],
    );
    assert.deepEqual(
      section(all, 'cookies').map((s) => s.name),
      ['Remembers your cookie choices.'],
    );
  });

  it('every real notice’s outline names each section and entry (no empty names)', () => {
    for (const file of ['element', 'zitadel', 'datenanfragen']) {
      const all = symbols(`test/fixtures/real/${file}.privacy.yaml`);
      const names = all.flatMap((s) => [s.name, ...(s.children ?? []).map((c) => c.name)]);
      assert.ok(names.length > 20, file);
      assert.ok(
        names.every((n) => n.trim() !== '' && !/^item \d+$/.test(n)),
        `${file}: ${names.filter((n) => /^item \d+$/.test(n)).join()}`,
      );
    }
  });
});

describe('grammar of the v1.3 forms', () => {
  const grammar = JSON.parse(
    readFileSync(resolve(__dirname, '../../syntaxes/privacy-policy.tmLanguage.json'), 'utf8'),
  ) as { repository: { value: { patterns: { match: string; name: string }[] } } };
  const pattern = (name: string) =>
    new RegExp(grammar.repository.value.patterns.find((p) => p.name.startsWith(name))!.match, 'u');

  it('colours a month date, a minute duration and the new vocabulary values', () => {
    assert.ok(pattern('constant.numeric.date').test('2026-08'));
    assert.ok(pattern('constant.numeric.duration').test('15 minutes'));
    assert.ok(pattern('constant.numeric.duration').test('PT15M'));
    const vocabulary = pattern('constant.language.vocabulary');
    for (const value of ['no-sale', 'uk-gdpr', 'EEA', 'uk-addendum']) assert.ok(vocabulary.test(value), value);
  });
});
