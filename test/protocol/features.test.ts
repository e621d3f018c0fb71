// Editing intelligence over stdio: completion, hover, quick fixes, navigation, outline and folding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  MarkupContent,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { diagnosticMessage } from '../../server/src/service/languageService';
import { startServer, type TestClient } from '../support/lspClient';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
let n = 0;

/** Opens `text` (with `‸` marking the cursor) and returns the uri and the cursor position. */
function cursor(client: TestClient, marked: string) {
  const offset = Math.max(0, marked.indexOf('‸'));
  const text = marked.replace('‸', '');
  const uri = `file:///features/${++n}.privacy.yaml`;
  client.open(uri, text);
  const position = TextDocument.create(uri, 'privacy-policy', 1, text).positionAt(offset);
  return { uri, text, position, textDocument: { uri } };
}

const positionOf = (text: string, needle: string, delta = 1) =>
  TextDocument.create('x', 'x', 1, text).positionAt(text.indexOf(needle) + delta);

function applyEdit(text: string, edit: WorkspaceEdit, uri: string): string {
  const doc = TextDocument.create(uri, 'privacy-policy', 1, text);
  return TextDocument.applyEdits(doc, edit.changes?.[uri] ?? []);
}

describe('editing features over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer();
  });
  after(() => client.stop());

  const labels = (list: CompletionList | null) => (list?.items ?? []).map((i) => i.label);

  it('completes legal bases after `basis: ` with their article', async () => {
    const c = cursor(client, VALID.replace('    basis: contract\n', '    basis: ‸\n'));
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: c.textDocument,
      position: c.position,
    });
    assert.deepEqual(labels(list).sort(), [
      'consent',
      'contract',
      'legal-obligation',
      'legitimate-interests',
      'public-task',
      'vital-interests',
    ]);
    assert.match(list.items.find((i) => i.label === 'legitimate-interests')!.detail!, /Art 6\(1\)\(f\)/);
  });

  it('completes defined data ids inside a flow list, without those already listed', async () => {
    const c = cursor(client, VALID.replace('data: [contact-details, order-history]', 'data: [contact-details, ‸]'));
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: c.textDocument,
      position: c.position,
    });
    assert.deepEqual(labels(list), ['order-history']);
    assert.equal(list.items[0].detail, 'Order history');
  });

  it('completes the keys of a purpose that are still missing, on an empty line', async () => {
    const c = cursor(client, VALID.replace('    provision: voluntary\n', '    provision: voluntary\n    ‸\n'));
    const names = labels(
      await client.request<CompletionList>('textDocument/completion', {
        textDocument: c.textDocument,
        position: c.position,
      }),
    );
    assert.ok(names.includes('recipients') && names.includes('description'), names.join(','));
    assert.ok(!names.includes('title') && !names.includes('basis'), 'keys already present are not offered again');
  });

  it('completes after a half-typed key and in a transfer list item', async () => {
    let c = cursor(client, VALID.replace('  summary: |', '  summ‸\n  summary: |').replace('  summary: |\n', ''));
    let names = labels(
      await client.request<CompletionList>('textDocument/completion', {
        textDocument: c.textDocument,
        position: c.position,
      }),
    );
    assert.ok(names.includes('updated') && names.includes('summary') && !names.includes('title'), names.join(','));
    c = cursor(client, VALID.replace('    mechanism: dpf\n', '    mechanism: dpf\n    ‸\n'));
    names = labels(
      await client.request<CompletionList>('textDocument/completion', {
        textDocument: c.textDocument,
        position: c.position,
      }),
    );
    // v1.3 adds compelling_interest, from and possible (docs/language.md, "transfers").
    assert.deepEqual(names.sort(), [
      'compelling_interest',
      'copy',
      'countries',
      'from',
      'note',
      'organisations',
      'possible',
    ]);
  });

  it('offers the purpose snippet where a purpose id is typed, and no snippet after `key: `', async () => {
    let c = cursor(client, VALID.replace('  service-quality:', '  ‸\n  service-quality:'));
    let list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: c.textDocument,
      position: c.position,
    });
    assert.deepEqual(
      list.items.filter((i) => i.kind === 15).map((i) => i.detail),
      ['Purpose'],
    );
    c = cursor(client, VALID.replace('    basis: contract\n', '    basis: ‸\n'));
    list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: c.textDocument,
      position: c.position,
    });
    assert.ok(!list.items.some((i) => i.kind === 15), 'no snippet in a value position');
  });

  it('completes countries with their transfer status', async () => {
    const c = cursor(client, VALID.replace('    country: US', '    country: ‸'));
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: c.textDocument,
      position: c.position,
    });
    const be = list.items.find((i) => i.label === 'BE')!;
    assert.match(be.detail!, /Belgium — EEA/);
    assert.match(list.items.find((i) => i.label === 'JP')!.detail!, /adequacy/);
    assert.match(list.items.find((i) => i.label === 'IN')!.detail!, /third country/);
  });

  it('offers durations and retention forms for `retention: `', async () => {
    const c = cursor(client, VALID.replace('    retention: 24 months', '    retention: ‸'));
    const names = labels(
      await client.request<CompletionList>('textDocument/completion', {
        textDocument: c.textDocument,
        position: c.position,
      }),
    );
    assert.ok(
      names.includes('12 months') && names.includes('{ until, then }') && names.includes('{ criteria }'),
      names.join(','),
    );
  });

  it('explains a vocabulary value, a key, a reference, a country and a duration on hover', async () => {
    const c = cursor(client, VALID);
    const hover = async (needle: string, delta = 1) => {
      const h = await client.request<Hover | null>('textDocument/hover', {
        textDocument: c.textDocument,
        position: positionOf(c.text, needle, delta),
      });
      return (h?.contents as MarkupContent | undefined)?.value ?? '';
    };
    assert.match(await hover('legitimate-interests'), /Legitimate interests\*\* — Art 6\(1\)\(f\)/);
    assert.match(await hover('legitimate_interest:'), /Art 13\(1\)\(d\)/);
    assert.match(await hover('[contact-details', 2), /Contact details\*\* — data category/);
    assert.match(await hover('country: US', 10), /United States.*\n\n.*Data Privacy Framework/);
    assert.match(await hover('24 months', 1), /24 months.*Art 13\(2\)\(a\)/);
  });

  it('offers one quick fix per legal basis, and applying one removes the diagnostic', async () => {
    const text = VALID.replace('    basis: contract\n', '');
    const uri = `file:///features/${++n}.privacy.yaml`;
    const pending = client.nextDiagnostics(uri);
    client.open(uri, text);
    const { diagnostics } = await pending;
    const diagnostic = diagnostics.find((d: Diagnostic) => d.code === 'missing-legal-basis')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    assert.equal(actions.length, 6);
    // Each basis is the author's statement ("I rely on…"), none preferred (docs/rules/README.md).
    assert.ok(actions.every((a) => a.kind === 'quickfix' && !a.isPreferred && a.title.startsWith('I rely on')));
    const fixed = applyEdit(text, actions.find((a) => a.title.endsWith("'basis: contract'"))!.edit!, uri);
    // The basis goes at the end of the purpose, after its last field.
    assert.equal(
      fixed,
      VALID.replace('    basis: contract\n', '').replace(/(    consequence: .*\n)/, '$1    basis: contract\n'),
    );
    const next = client.nextDiagnostics(uri, (p) => p.version === 2);
    client.change(uri, fixed, 2);
    assert.deepEqual((await next).diagnostics, []);
  });

  it('offers source.fixAll for safe typo fixes only', async () => {
    // Two typos of two rules (invalid-value, unknown-key): one "Fix all" action repairs both.
    const text = VALID.replace('    type: processor', '    type: procesor').replace('  effective:', '  efective:');
    assert.notEqual(text.indexOf('procesor'), -1);
    assert.notEqual(text.indexOf('efective:'), -1);
    const uri = `file:///features/${++n}.privacy.yaml`;
    client.open(uri, text);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(applyEdit(text, actions[0].edit!, uri), VALID);
  });

  it('goes to the definition, finds references and highlights of an id', async () => {
    const c = cursor(client, VALID);
    const position = positionOf(c.text, '[order-history]', 3);
    const def = await client.request<Location>('textDocument/definition', { textDocument: c.textDocument, position });
    assert.equal(def.range.start.line, positionOf(c.text, '  order-history:', 2).line);
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: c.textDocument,
      position,
      context: { includeDeclaration: true },
    });
    assert.equal(refs.length, 3);
    const highlights = await client.request<unknown[]>('textDocument/documentHighlight', {
      textDocument: c.textDocument,
      position,
    });
    assert.equal(highlights.length, 3);
  });

  it('renames an id at its definition and every use, and refuses invalid names', async () => {
    const c = cursor(client, VALID);
    const position = positionOf(c.text, '  order-history:', 4);
    const prep = await client.request<{ placeholder: string }>('textDocument/prepareRename', {
      textDocument: c.textDocument,
      position,
    });
    assert.equal(prep.placeholder, 'order-history');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: c.textDocument,
      position,
      newName: 'purchases',
    });
    const renamed = applyEdit(c.text, edit, c.uri);
    assert.equal(renamed, VALID.replaceAll('order-history', 'purchases'));
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: c.textDocument, position, newName: 'Not Valid' }),
      /not a valid id/,
    );
    await assert.rejects(
      client.request('textDocument/prepareRename', {
        textDocument: c.textDocument,
        position: positionOf(c.text, 'title: Privacy'),
      }),
      /can be renamed/,
    );
  });

  it('outlines sections and purposes by title, and folds blocks', async () => {
    const c = cursor(client, VALID);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: c.textDocument,
    });
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        'policy',
        'controller',
        'dpo',
        'authority',
        'data',
        'recipients',
        'purposes',
        'transfers',
        'rights',
        'automated_decisions',
      ],
    );
    assert.deepEqual(
      symbols.find((s) => s.name === 'purposes')!.children!.map((s) => s.name),
      ['Delivering your orders', 'Improving our service'],
    );
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: c.textDocument });
    const purposesLine = positionOf(c.text, '\npurposes:', 1).line;
    assert.ok(folds.some((f) => f.startLine === purposesLine && f.endLine > purposesLine + 10));
  });

  // The v1.2 forms of the language over stdio.
  const V12 = readFileSync(resolve(__dirname, '../fixtures/v12.privacy.yaml'), 'utf8');

  it('v1.2: completes the purpose flags, the { basis, when } form and the new retention forms', async () => {
    let c = cursor(client, V12.replace('    provision: statutory\n', '    provision: statutory\n    ‸\n'));
    let names = labels(
      await client.request<CompletionList>('textDocument/completion', {
        textDocument: c.textDocument,
        position: c.position,
      }),
    );
    for (const key of ['direct_marketing', 'profiling', 'research', 'children', 'parental_consent'])
      assert.ok(names.includes(key), `${key} in ${names.join(',')}`);
    c = cursor(
      client,
      V12.replace(
        '      - { basis: contract, when: we treat you at your request }\n',
        '      - { basis: contract, when: we treat you at your request }\n      - ‸\n',
      ),
    );
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: c.textDocument,
      position: c.position,
    });
    // In a list item: a plain basis, or the keys of `{ basis, when }`.
    for (const label of ['consent', 'legitimate-interests', 'basis', 'when'])
      assert.ok(labels(list).includes(label), `${label} in ${labels(list).join(',')}`);
    assert.match(String(list.items.find((i) => i.label === 'when')!.detail), /Art 13\(1\)\(c\)/);
    // In a flow list the whole form is one snippet.
    c = cursor(client, V12.replace('    basis: consent\n', '    basis: [consent, ‸]\n'));
    const flow = await client.request<CompletionList>('textDocument/completion', {
      textDocument: c.textDocument,
      position: c.position,
    });
    const form = flow.items.find((i) => i.label === '{ basis, when }');
    assert.ok(form, labels(flow).join(','));
    assert.match(
      String(form.textEdit && 'newText' in form.textEdit ? form.textEdit.newText : ''),
      /^\{ basis: \$\{1:consent\}, when: \$\{2:Say which processing this basis covers\} \}$/,
    );
    c = cursor(client, V12.replace('    retention: { until: you unsubscribe }', '    retention: ‸'));
    names = labels(
      await client.request<CompletionList>('textDocument/completion', {
        textDocument: c.textDocument,
        position: c.position,
      }),
    );
    for (const form of [
      '{ at_least, from, law }',
      '{ at_most, from }',
      '{ between, from }',
      '{ law, then }',
      '{ …, extended_until }',
    ])
      assert.ok(names.includes(form), `${form} in ${names.join(',')}`);
    c = cursor(
      client,
      V12.replace(
        '    - { kind: email, value: privacy@example-clinic.test }',
        '    - { kind: email, value: privacy@example-clinic.test }\n    - kind: ‸',
      ),
    );
    names = labels(
      await client.request<CompletionList>('textDocument/completion', {
        textDocument: c.textDocument,
        position: c.position,
      }),
    );
    assert.deepEqual(names.sort(), ['email', 'in-app', 'in-person', 'phone', 'post', 'web-form']);
  });

  it('v1.2: explains the flags on hover and goes to an audience from where a purpose names it', async () => {
    const c = cursor(client, V12);
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: c.textDocument,
      position: positionOf(c.text, 'direct_marketing:'),
    });
    assert.match((h?.contents as MarkupContent).value, /Art 21\(2\)–\(3\)/);
    const def = await client.request<Location>('textDocument/definition', {
      textDocument: c.textDocument,
      position: positionOf(c.text, 'audiences: [applicants]', 13),
    });
    assert.equal(def.range.start.line, positionOf(c.text, '  applicants:\n', 2).line);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: c.textDocument,
    });
    assert.deepEqual(
      symbols.find((s) => s.name === 'audiences')!.children!.map((s) => s.name),
      ['Patients', 'Job applicants'],
    );
  });

  it(
    'v1.2: reports missing-parental-consent with the Belgian age and fixes it; ambiguous-bases turns ' +
      'items into { basis, when }',
    async () => {
      const text = V12.replace(
        '    parental_consent: A parent confirms the subscription through the link we send.\n',
        '',
      ).replace('      - { basis: contract, when: we treat you at your request }', '      - contract');
      const uri = `file:///features/${++n}.privacy.yaml`;
      const pending = client.nextDiagnostics(uri);
      client.open(uri, text);
      const { diagnostics } = await pending;
      assert.deepEqual(diagnostics.map((d: Diagnostic) => d.code).sort(), [
        'ambiguous-bases',
        'missing-parental-consent',
      ]);
      const parental = diagnostics.find((d: Diagnostic) => d.code === 'missing-parental-consent')!;
      assert.match(diagnosticMessage(parental), /The age of digital consent in Belgium is 13/);
      const [fix] = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: parental.range,
        context: { diagnostics: [parental] },
      });
      let fixed = applyEdit(text, fix.edit!, uri);
      assert.match(
        fixed,
        /    children: true\n(    .*\n)*    parental_consent: <how a parent gives or authorises consent and how we check it>\n  research:\n/,
      );
      const ambiguous = diagnostics.find((d: Diagnostic) => d.code === 'ambiguous-bases')!;
      const [scope] = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: ambiguous.range,
        context: { diagnostics: [ambiguous] },
      });
      fixed = applyEdit(text, scope.edit!, uri);
      assert.match(
        fixed,
        /      - \{ basis: contract, when: <which processing this basis covers> \}\n      - \{ basis: legal-obligation, when: we keep your medical record \}/,
      );
      const next = client.nextDiagnostics(uri, (p) => p.version === 2);
      client.change(uri, fixed, 2);
      // The placeholder the fix wrote is reported until it is replaced (docs/rules/unfilled-placeholder.md).
      assert.deepEqual((await next).diagnostics.map((d: Diagnostic) => d.code).sort(), [
        'missing-parental-consent',
        'unfilled-placeholder',
      ]);
    },
  );

  it('v1.2: the render request takes an audience and lists the audiences for the preview switch', async () => {
    const uri = `file:///features/${++n}.privacy.yaml`;
    client.open(uri, V12);
    const all = await client.request<{ html: string; audiences: { id: string; label: string }[]; audience?: string }>(
      'privacyPolicy/render',
      { uri, mode: 'preview' },
    );
    assert.deepEqual(all.audiences, [
      { id: 'patients', label: 'Patients' },
      { id: 'applicants', label: 'Job applicants' },
    ]);
    assert.equal(all.audience, undefined);
    assert.ok(all.html.includes('Providing health care') && all.html.includes('Recruitment'));
    const one = await client.request<{ html: string; audience?: string }>('privacyPolicy/render', {
      uri,
      mode: 'preview',
      audience: 'applicants',
    });
    assert.equal(one.audience, 'applicants');
    assert.ok(one.html.includes('Recruitment') && !one.html.includes('Providing health care'));
  });
});
