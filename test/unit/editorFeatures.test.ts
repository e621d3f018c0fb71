// Semantic tokens, inlay hints and code lenses as pure functions over an analysis (offsets in, offsets out).
import { ENGLISH } from '../../server/src/languages/interface';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeText, type Analysis } from '../../server/src/core/analysis';
import { codeLenses, retentionSummary } from '../../server/src/service/codeLens';
import { codeLensText } from '../../server/src/service/codeLensText';
import { inlayHints } from '../../server/src/service/inlayHints';
import {
  encodeTokens,
  semanticTokens,
  tokenEdits,
  TokenResults,
  TOKEN_LEGEND,
  TOKEN_MODIFIERS,
  TOKEN_TYPES,
  type SemanticToken,
} from '../../server/src/service/semanticTokens';
import { parseYamlTree } from '../../server/src/parser/yamlTree';

const root = resolve(__dirname, '../..');
const VALID = readFileSync(resolve(root, 'test/fixtures/valid.privacy.yaml'), 'utf8');
const EXAMPLES = readdirSync(resolve(root, 'examples'))
  .filter((f) => f.endsWith('.privacy.yaml'))
  .map((f) => readFileSync(resolve(root, 'examples', f), 'utf8'));

/** The tokens as `type[.declaration] text`, in order. */
const shown = (text: string, tokens: SemanticToken[]) =>
  tokens.map((t) => `${t.type}${t.modifiers.map((m) => `.${m}`).join('')} ${text.slice(t.span.start, t.span.end)}`);

const tokensOf = (text: string) => shown(text, semanticTokens(analyzeText(text)));

describe('semantic tokens', () => {
  it('announces standard token types and modifiers only', () => {
    const standardTypes = ['property', 'variable', 'enumMember', 'number', 'macro', 'typeParameter', 'keyword'];
    assert.deepEqual([...TOKEN_TYPES], standardTypes);
    assert.deepEqual([...TOKEN_MODIFIERS], ['declaration']);
    assert.deepEqual(TOKEN_LEGEND, { tokenTypes: standardTypes, tokenModifiers: ['declaration'] });
  });

  it('colours keys, definitions and their uses, vocabulary values, countries, durations and `none`', () => {
    const text =
      'policy:\n' +
      '  title: Notice\n' +
      '  collection: direct\n' +
      'dpo: none\n' +
      'data:\n' +
      '  contact:\n' +
      '    label: Contact\n' +
      '    special: health\n' +
      'recipients:\n' +
      '  cloud:\n' +
      '    type: processor\n' +
      '    country: us\n' +
      'purposes:\n' +
      '  orders:\n' +
      '    data: [contact, unknown-id]\n' +
      '    basis: [A6-1-b, { basis: consent, when: you agree }]\n' +
      '    retention: { period: 7 years, then: P1Y }\n' +
      '    recipients:\n' +
      '      - cloud\n' +
      'transfers:\n' +
      '  - mechanism: scc\n' +
      'cookies:\n' +
      '  - name: sid\n' +
      '    duration: session\n' +
      '    purpose: orders\n' +
      '  - name: ga\n' +
      '    purpose: measuring visits\n' +
      'rights:\n' +
      '  exclude:\n' +
      '    - { right: erasure, law: a statute }\n';
    assert.deepEqual(tokensOf(text), [
      'property policy',
      'property title',
      'property collection',
      'enumMember direct',
      'property dpo',
      'keyword none',
      'property data',
      'variable.declaration contact',
      'property label',
      'property special',
      'enumMember health',
      'property recipients',
      'variable.declaration cloud',
      'property type',
      'enumMember processor',
      'property country',
      'enumMember us',
      'property purposes',
      'variable.declaration orders',
      'property data',
      'variable contact',
      // Not defined, but a reference all the same (the diagnostics say so).
      'variable unknown-id',
      'property basis',
      // A DPV alias is a vocabulary value too.
      'enumMember A6-1-b',
      'property basis',
      'enumMember consent',
      'property when',
      'property retention',
      'property period',
      'number 7 years',
      'property then',
      'number P1Y',
      'property recipients',
      'variable cloud',
      'property transfers',
      'property mechanism',
      'enumMember scc',
      'property cookies',
      'property name',
      'property duration',
      'keyword session',
      'property purpose',
      'variable orders',
      'property name',
      // Text where a purpose id may stand: not a reference.
      'property purpose',
      'property rights',
      'property exclude',
      'property right',
      'enumMember erasure',
      'property law',
    ]);
  });

  it('leaves misspelt vocabulary values and text uncoloured, and keys it does not know are still keys', () => {
    const text = 'purposes:\n  p:\n    basis: consnet\n    colour: blue\n    notes:\n      inner: x\n';
    assert.deepEqual(tokensOf(text), [
      'property purposes',
      'variable.declaration p',
      'property basis',
      'property colour',
      'property notes',
      'property inner',
    ]);
  });

  it('finds GDPR citations and placeholders in the author’s text, not markdown autolinks nor HTML tags', () => {
    const text =
      'purposes:\n' +
      '  p:\n' +
      '    title: Under Art 6(1)(f) GDPR and Recital 47\n' +
      '    legitimate_interest: <the interest we pursue>\n' +
      '    retention: { period: <how long> }\n' +
      '    description: |\n' +
      '      Write to <privacy@example.com> or see <https://example.com/privacy>; a <b> tag is not a placeholder.\n';
    assert.deepEqual(tokensOf(text), [
      'property purposes',
      'variable.declaration p',
      'property title',
      'macro Art 6(1)(f) GDPR',
      'macro Recital 47',
      'property legitimate_interest',
      'typeParameter <the interest we pursue>',
      'property retention',
      'property period',
      'typeParameter <how long>',
      // What rule unfilled-placeholder reports, no more (docs/rules/unfilled-placeholder.md): `<b>` is a tag.
      'property description',
    ]);
  });

  it('reads the v1.3 forms: per-law mappings, regions, `{ none, note }`, and citations of every law served', () => {
    const text =
      'laws:\n  uk-gdpr: {}\n  ch-fadp: {}\n' +
      'recipients:\n  r:\n    country: [EEA, US]\n' +
      'purposes:\n  p:\n    description: Under Art 19 FADP.\n' +
      'automated_decisions: { none: true, note: Others may }\n' +
      'transfers:\n  - mechanism: { uk-gdpr: uk-addendum, ch-fadp: [scc, swiss-us-dpf] }\n  - mechanism: [scc, dpf]\n';
    assert.deepEqual(tokensOf(text), [
      'property laws',
      'property uk-gdpr',
      'property ch-fadp',
      'property recipients',
      'variable.declaration r',
      'property country',
      'enumMember EEA',
      'enumMember US',
      'property purposes',
      'variable.declaration p',
      'property description',
      'macro Art 19 FADP',
      'property automated_decisions',
      'property none',
      'property note',
      'property transfers',
      'property mechanism',
      'property uk-gdpr',
      'enumMember uk-addendum',
      'property ch-fadp',
      'enumMember scc',
      'enumMember swiss-us-dpf',
      'property mechanism',
      'enumMember scc',
      'enumMember dpf',
    ]);
  });

  it('in a range, only the tokens that touch it', () => {
    const analysis = analyzeText(VALID);
    const start = VALID.indexOf('purposes:');
    const end = VALID.indexOf('transfers:');
    const all = semanticTokens(analysis);
    const some = semanticTokens(analysis, { start, end });
    assert.deepEqual(
      some,
      all.filter((t) => t.span.end >= start && t.span.start <= end),
    );
    assert.ok(some.length > 20 && some.length < all.length - 10);
  });

  it('gives ordered, non-overlapping tokens inside the text for every example and after aliases', () => {
    const aliases =
      'data:\n  a: &shared\n    label: A\n    source: data-subject\n  b: *shared\n' +
      'purposes:\n  p:\n    data: &ids [a, b]\n    basis: consent\n  q:\n    data: *ids\n    basis: *ids\n';
    for (const text of [...EXAMPLES, aliases]) {
      const tokens = semanticTokens(analyzeText(text));
      assert.ok(tokens.length > 0);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        assert.ok(t.span.start < t.span.end && t.span.end <= text.length, 'inside the text');
        if (i > 0) assert.ok(tokens[i - 1].span.end <= t.span.start, 'after the previous one');
      }
    }
    // An alias stands for nodes written elsewhere: they are coloured once, where they are written.
    assert.deepEqual(tokensOf(aliases), [
      'property data',
      'variable.declaration a',
      'property label',
      'property source',
      'enumMember data-subject',
      'variable.declaration b',
      'property purposes',
      'variable.declaration p',
      'property data',
      'variable a',
      'variable b',
      'property basis',
      'enumMember consent',
      'variable.declaration q',
      'property data',
      'property basis',
    ]);
  });

  it('encodes tokens as LSP integers, one per line for a token over a line break', () => {
    const text = 'purposes:\n  p:\n    title: >\n      see Art 6(1)\r\n      (f) here\n';
    const tokens: SemanticToken[] = [
      { span: { start: 0, end: 8 }, type: 'property', modifiers: [] },
      { span: { start: 12, end: 13 }, type: 'variable', modifiers: ['declaration'] },
      {
        span: { start: text.indexOf('Art'), end: text.indexOf('(f)') + 3 },
        type: 'macro',
        modifiers: [],
      },
    ];
    const doc = TextDocument.create('x', 'x', 1, text);
    const data = encodeTokens(tokens, text, (o) => doc.positionAt(o));
    assert.deepEqual(
      data,
      [
        // line delta, start delta, length, type, modifiers
        [0, 0, 8, 0, 0],
        [1, 2, 1, 1, 1],
        [2, 10, 8, 4, 0],
        [1, 6, 3, 4, 0],
      ].flat(),
    );
  });

  it('delta: one edit of whole tokens that turns the previous data into the new one (property)', () => {
    const token = fc.tuple(fc.nat(3), fc.nat(20), fc.integer({ min: 1, max: 9 }), fc.nat(6), fc.nat(1));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.array(token, { maxLength: 30 }), (a, b) => {
        const previous = a.flat();
        const next = b.flat();
        const edits = tokenEdits(previous, next);
        if (previous.join() === next.join()) return assert.deepEqual(edits, []);
        assert.equal(edits.length, 1);
        const [edit] = edits;
        assert.equal(edit.start % 5, 0);
        assert.equal(edit.deleteCount % 5, 0);
        const applied = [...previous];
        applied.splice(edit.start, edit.deleteCount, ...edit.data);
        assert.deepEqual(applied, next);
      }),
      { numRuns: 500, seed: 1901 },
    );
  });

  it('delta after an edit in the middle of a policy is small', () => {
    const before = semanticTokens(analyzeText(VALID));
    const edited = VALID.replace('    basis: legitimate-interests\n', '    basis: consent\n');
    const after = semanticTokens(analyzeText(edited));
    const encode = (text: string, tokens: SemanticToken[]) => {
      const doc = TextDocument.create('x', 'x', 1, text);
      return encodeTokens(tokens, text, (o) => doc.positionAt(o));
    };
    const [edit] = tokenEdits(encode(VALID, before), encode(edited, after));
    assert.deepEqual(edit.data.length, 5, 'only the changed value’s token');
    assert.equal(edit.deleteCount, 5);
  });

  it('remembers the last result per document and knows no other', () => {
    const results = new TokenResults();
    const first = results.remember('a', [1]);
    assert.deepEqual(results.previous('a', first), [1]);
    const second = results.remember('a', [2]);
    assert.equal(results.previous('a', first), undefined, 'an older result is forgotten');
    assert.deepEqual(results.previous('a', second), [2]);
    assert.equal(results.previous('b', second), undefined, 'ids are per document');
    results.forget('a');
    assert.equal(results.previous('a', second), undefined);
  });
});

describe('inlay hints', () => {
  const everything = (text: string) => ({ start: 0, end: text.length });
  const hintsOf = (analysis: Analysis, range = everything(analysis.text)) =>
    inlayHints(analysis, range, ENGLISH).map((h) => `${analysis.text.slice(h.offset - 12, h.offset)}|${h.label}`);

  it('shows the article after a vocabulary value and the reading of an ISO 8601 duration', () => {
    const text =
      'purposes:\n  p:\n    basis: [consent, legitimate-interests]\n    retention: { period: P1Y6M, then: 2 years }\n' +
      'transfers:\n  - mechanism: scc\n';
    assert.deepEqual(hintsOf(analyzeText(text)), [
      'is: [consent|Art 6(1)(a)',
      'te-interests|Art 6(1)(f)',
      'eriod: P1Y6M|1 year and 6 months',
      // "2 years" is read as it is: no hint.
      'chanism: scc|Art 46(2)(c)',
    ]);
  });

  it('cites a per-law value under its law, and a value of one law by its own provision', () => {
    const text =
      'controller:\n  country: GB\nlaws:\n  uk-gdpr: {}\n  ch-fadp: {}\n' +
      'purposes:\n  p:\n    basis: recognised-legitimate-interests\n' +
      'transfers:\n  - mechanism: { uk-gdpr: uk-addendum, ch-fadp: [scc, swiss-us-dpf] }\n';
    assert.deepEqual(hintsOf(analyzeText(text)), [
      'te-interests|Art 6(1)(ea) UK GDPR',
      ' uk-addendum|Art 46(2)(d) UK GDPR',
      // The FADP's counterpart of Art 46(2)(c): its own numbering.
      'h-fadp: [scc|Art 16(2)(d) FADP',
      // Read as the GDPR's Art 16 it would become "Art 32(1) FADP".
      'swiss-us-dpf|Art 16(1) FADP',
    ]);
  });

  it('has a tooltip naming the value', () => {
    const [hint] = inlayHints(analyzeText('purposes:\n  p:\n    basis: A6-1-f\n'), { start: 0, end: 40 }, ENGLISH);
    assert.equal(hint.label, 'Art 6(1)(f)');
    assert.equal(hint.tooltip, 'Legitimate interests — Art 6(1)(f)');
  });

  it('only in the range asked for', () => {
    const analysis = analyzeText(VALID);
    const start = VALID.indexOf('  service-quality:');
    const end = VALID.indexOf('transfers:');
    assert.deepEqual(hintsOf(analysis, { start, end }), ['te-interests|Art 6(1)(f)', 'n: voluntary|Art 13(2)(e)']);
    assert.ok(inlayHints(analysis, everything(VALID), ENGLISH).length > 2);
  });

  it('cites through the notice’s law, and gives no hint where that law has no counterpart', () => {
    const analysis = analyzeText('purposes:\n  p:\n    basis: consent\n');
    const [law] = analysis.laws;
    const renumbered = { ...law, cite: (p: string) => (p === 'Art 6(1)(a)' ? 'Art 6(1)(a) of the Other Law' : p) };
    assert.deepEqual(hintsOf({ ...analysis, laws: [renumbered] }), ['sis: consent|Art 6(1)(a) of the Other Law']);
    assert.deepEqual(hintsOf({ ...analysis, laws: [{ ...law, cite: () => undefined }] }), []);
  });
});

describe('code lens', () => {
  const lensesOf = (text: string) =>
    codeLenses(analyzeText(text), ENGLISH).map((l) => [text.slice(l.span.start, l.span.end), l.title, l.uses?.length]);

  it('counts the purposes that use a data category or recipient, and lists where', () => {
    const text =
      'data:\n  a:\n    label: A\n  b:\n    label: B\n  c:\n    label: C\n' +
      'recipients:\n  r:\n    label: R\n' +
      'purposes:\n' +
      '  p:\n    data: [a, b]\n    recipients: [r]\n    basis: consent\n    retention: 1 year\n' +
      '  q:\n    data:\n      - a\n      - a\n    basis: [contract, legal-obligation]\n' +
      'transfers:\n  - recipients: [r]\n';
    assert.deepEqual(lensesOf(text), [
      // `a` twice in q: two uses, one purpose more.
      ['a', 'used by 2 purposes', 3],
      ['b', 'used by 1 purpose', 1],
      ['c', 'not used by any purpose', 0],
      // The transfer is not a purpose.
      ['r', 'used by 1 purpose', 1],
      ['p', 'Consent (Art 6(1)(a)) · 1 year', undefined],
      ['q', 'Contract (Art 6(1)(b)), Legal obligation (Art 6(1)(c)) · no retention period', undefined],
    ]);
    const [a] = codeLenses(analyzeText(text), ENGLISH);
    assert.deepEqual(
      a.uses!.map((s) => `${text.slice(s.start, s.end)}@${s.start}`),
      [text.indexOf('[a, b]') + 1, text.indexOf('      - a') + 8, text.lastIndexOf('      - a') + 8].map(
        (o) => `a@${o}`,
      ),
    );
  });

  it('says a category with all_purposes is used by every purpose, and a purpose falls back on the notice’s retention', () => {
    const text =
      'data:\n  ip:\n    label: IP\n    all_purposes: true\n' +
      'retention: 2 years\n' +
      'purposes:\n  p:\n    basis: consent\n  q:\n    basis: contract\n    retention: 1 year\n';
    assert.deepEqual(lensesOf(text), [
      ['ip', 'used by every purpose (all_purposes)', 2],
      ['p', 'Consent (Art 6(1)(a)) · 2 years (the notice’s retention)', undefined],
      ['q', 'Contract (Art 6(1)(b)) · 1 year', undefined],
    ]);
  });

  it('names an unknown basis as written, and a purpose without one', () => {
    assert.deepEqual(lensesOf('purposes:\n  p:\n    basis: consnet\n    retention: P6M\n  q:\n    title: Q\n'), [
      ['p', 'consnet · 6 months', undefined],
      ['q', 'no legal basis · no retention period', undefined],
    ]);
  });

  it('says each retention form in a few words', () => {
    const summary = (yaml: string) => codeLensText(ENGLISH).retention(retentionSummary(parseYamlTree(yaml).root));
    assert.equal(summary('P1Y6M'), '1 year and 6 months');
    assert.equal(
      summary('as long as your account exists and then some more days'),
      'as long as your account exists and then…',
    );
    assert.equal(summary('{ period: 7 years, from: the invoice }'), '7 years');
    assert.equal(
      summary('{ until: the end of the contract, then: 1 year }'),
      'until the end of the contract, then 1 year',
    );
    assert.equal(summary('{ until: you unsubscribe }'), 'until you unsubscribe');
    assert.equal(summary('{ at_least: 20 years, from: the last visit, law: the Patients Act }'), 'at least 20 years');
    assert.equal(summary('{ at_most: 1 month, from: the request }'), 'at most 1 month');
    assert.equal(summary('{ between: [7 years, 10 years], from: the invoice }'), 'between 7 years and 10 years');
    assert.equal(summary('{ law: the Accounting Act }'), 'the period the law requires');
    assert.equal(summary('{ criteria: how long the claim can be brought }'), 'retention by criteria');
    assert.equal(summary('[{ data: a, period: 1 year }, { data: b, period: 2 years }]'), '2 retention periods by data');
    assert.equal(summary('[{ data: a, period: 1 year }]'), '1 year');
    assert.equal(summary('{ data: a }'), 'no retention period');
  });

  it('gives one lens per definition of data, recipients and purposes in every example', () => {
    for (const text of EXAMPLES) {
      const analysis = analyzeText(text);
      const { model } = analysis;
      const lenses = codeLenses(analysis, ENGLISH);
      assert.equal(lenses.length, model.data.length + model.recipients.length + model.purposes.length);
      for (const lens of lenses) assert.ok(lens.title.length > 0 && !lens.title.includes('undefined'), lens.title);
    }
  });
});
