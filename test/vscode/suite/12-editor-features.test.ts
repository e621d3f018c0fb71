// Semantic tokens, inlay hints, code lenses, selection ranges and formatting in a real VS Code, through its own
// provider commands (the Node and the web worker extension hosts alike).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { positionOf, setText, untilProvided } from './helpers';
import { lineOf, openFixture } from './util';

const FIXTURE = 'editor.privacy.yaml';

/** Tokens as `type[.modifier] text`, decoded with the legend VS Code has from the server. */
function decode(
  doc: vscode.TextDocument,
  tokens: vscode.SemanticTokens,
  legend: vscode.SemanticTokensLegend,
): string[] {
  const out: string[] = [];
  let line = 0;
  let character = 0;
  const data = tokens.data;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const range = new vscode.Range(line, character, line, character + data[i + 2]);
    const modifiers = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push(`${[legend.tokenTypes[data[i + 3]], ...modifiers].join('.')} ${doc.getText(range)}`);
  }
  return out;
}

const labelText = (hint: vscode.InlayHint) =>
  typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');

suite('Editor features', () => {
  let original: string | undefined;
  let fixture: vscode.TextDocument | undefined;

  setup(async () => {
    const { doc } = await openFixture(FIXTURE);
    fixture = doc;
    original ??= doc.getText();
    await setText(doc, original);
  });

  teardown(async () => {
    if (fixture && original !== undefined) await setText(fixture, original);
  });

  test('semantic tokens colour keys, ids, vocabulary values, durations, citations and placeholders', async () => {
    const doc = fixture!;
    const legend = await untilProvided(
      () =>
        vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
          'vscode.provideDocumentSemanticTokensLegend',
          doc.uri,
        ),
      (l) => (l?.tokenTypes.length ? l : undefined),
      'the semantic tokens legend',
    );
    assert.deepEqual(legend.tokenTypes, [
      'property',
      'variable',
      'enumMember',
      'number',
      'macro',
      'typeParameter',
      'keyword',
    ]);
    const tokens = await untilProvided(
      () =>
        vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
          'vscode.provideDocumentSemanticTokens',
          doc.uri,
        ),
      (t) => (t?.data.length ? t : undefined),
      'semantic tokens of the fixture',
    );
    const shown = decode(doc, tokens, legend);
    for (const expected of [
      'property purposes',
      'variable.declaration contact',
      'variable contact',
      'enumMember consent',
      'enumMember scc',
      'enumMember US',
      'number P12M',
      'macro Art 6(1)(a) GDPR',
      'typeParameter <where to unsubscribe>',
      'keyword none',
    ])
      assert.ok(shown.includes(expected), `${expected} in ${shown.join(' | ')}`);
    assert.ok(!shown.some((t) => t.startsWith('property #')), 'comments are no tokens');
  });

  test('semantic tokens follow an edit', async () => {
    const doc = fixture!;
    const basis = lineOf(doc, /^    basis: consent$/);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, doc.lineAt(basis).range, '    basis: legitimate-interests');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
      'vscode.provideDocumentSemanticTokensLegend',
      doc.uri,
    );
    const shown = await untilProvided(
      async () => {
        const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
          'vscode.provideDocumentSemanticTokens',
          doc.uri,
        );
        return tokens ? decode(doc, tokens, legend) : [];
      },
      (s) => (s.includes('enumMember legitimate-interests') ? s : undefined),
      'the edited basis coloured',
    );
    assert.ok(!shown.includes('enumMember consent'), 'the old value is gone');
  });

  test('inlay hints: the article after a basis or mechanism, the reading of P12M, only in the range', async () => {
    const doc = fixture!;
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = await untilProvided(
      () => vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole),
      (h) => (h?.length ? h : undefined),
      'inlay hints of the fixture',
    );
    const shown = hints.map(
      (h) => `${doc.lineAt(h.position.line).text.slice(0, h.position.character).trim()} ▸ ${labelText(h)}`,
    );
    for (const expected of [
      'basis: contract ▸ Art 6(1)(b)',
      'retention: P12M ▸ 12 months',
      'basis: consent ▸ Art 6(1)(a)',
      'mechanism: scc ▸ Art 46(2)(c)',
    ])
      assert.ok(shown.includes(expected), `${expected} in ${shown.join(' | ')}`);

    const transfers = lineOf(doc, /^transfers:/);
    const inTransfers = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider',
      doc.uri,
      new vscode.Range(transfers, 0, lineOf(doc, /^automated_decisions:/), 0),
    );
    assert.deepEqual(
      inTransfers.map((h) => labelText(h)),
      ['Art 46(2)(c)'],
      'only the transfer’s mechanism',
    );
  });

  test('code lens: "used by" on data and recipients opens the references; bases and retention on purposes', async () => {
    const doc = fixture!;
    const lenses = await untilProvided(
      () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100),
      (l) => (l?.length ? l : undefined),
      'code lenses of the fixture',
    );
    const titled = lenses.map(
      (l) => `${doc.getText(doc.getWordRangeAtPosition(l.range.start, /[\w-]+/))}: ${l.command?.title}`,
    );
    assert.deepEqual(titled, [
      'contact: used by 2 purposes',
      'orders: used by 1 purpose',
      'courier: used by 1 purpose',
      'delivery: Contract (Art 6(1)(b)) · 12 months',
      'newsletter: Consent (Art 6(1)(a)) · until you unsubscribe',
    ]);
    const contact = lenses[0].command!;
    assert.equal(contact.command, 'editor.action.showReferences');
    // VS Code's command accepts only its own types: the client converted the server's JSON.
    const [uri, position, locations] = contact.arguments as [vscode.Uri, vscode.Position, vscode.Location[]];
    assert.ok(uri instanceof vscode.Uri, 'a Uri');
    assert.equal(uri.toString(), doc.uri.toString());
    assert.ok(position instanceof vscode.Position, 'a Position');
    assert.equal(position.line, lineOf(doc, /^  contact:$/));
    assert.ok(
      locations.every((l) => l instanceof vscode.Location),
      'Locations',
    );
    assert.deepEqual(
      locations.map((l) => l.range.start.line),
      [lineOf(doc, /^    data: \[contact, orders\]$/), lineOf(doc, /^      - contact$/)],
    );
    // Running it opens the references peek, as clicking the lens does.
    await vscode.commands.executeCommand(contact.command, ...(contact.arguments ?? []));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  test('selection ranges grow from a word to the document by YAML structure', async () => {
    const doc = fixture!;
    const at = positionOf(doc, /^    data: \[contact, orders\]$/, 'orders', { delta: 2 });
    const [range] = await untilProvided(
      () =>
        vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', doc.uri, [at]),
      (r) => (r?.length ? r : undefined),
      'selection ranges',
    );
    const texts: string[] = [];
    for (let r: vscode.SelectionRange | undefined = range; r; r = r.parent) {
      if (r.parent) assert.ok(r.parent.range.contains(r.range), 'each range inside the next');
      texts.push(doc.getText(r.range));
    }
    assert.deepEqual(texts.slice(0, 3), ['orders', '[contact, orders]', 'data: [contact, orders]']);
    assert.ok(
      texts.some((t) => t.startsWith('delivery:\n')),
      'the purpose with its id',
    );
    assert.equal(texts.at(-1), doc.getText(), 'the whole document last');
  });

  test('formatting re-indents, keeps the comments, and a second pass changes nothing', async () => {
    const doc = fixture!;
    // Every indented line two columns further, a comment, and loose spacing.
    const messy = original!
      .replace('  delivery:\n', '  # Delivery needs the address.\n  delivery:\n')
      .replace(/\n {2}/g, '\n    ')
      .replace('dpo: none', 'dpo:   none')
      .replace('[contact, orders]', '[ contact,orders ]');
    await setText(doc, messy);
    const options = { tabSize: 2, insertSpaces: true };
    const edits = await untilProvided(
      () => vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, options),
      (e) => (e?.length ? e : undefined),
      'formatting edits',
    );
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(
      doc.getText(),
      original!.replace('  delivery:\n', '  # Delivery needs the address.\n  delivery:\n'),
      'the tidy text, with the comment at its level',
    );
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>(
      'vscode.executeFormatDocumentProvider',
      doc.uri,
      options,
    );
    assert.deepEqual(again ?? [], [], 'idempotent');
  });

  test('range formatting changes only the lines of the range', async () => {
    const doc = fixture!;
    const messy = original!.replace('dpo: none', 'dpo:   none').replace('  name: Autoriteit', '  name:    Autoriteit');
    await setText(doc, messy);
    const line = lineOf(doc, /^dpo:/);
    const edits = await untilProvided(
      () =>
        vscode.commands.executeCommand<vscode.TextEdit[]>(
          'vscode.executeFormatRangeProvider',
          doc.uri,
          new vscode.Range(line, 0, line, 5),
          { tabSize: 2, insertSpaces: true },
        ),
      (e) => (e?.length ? e : undefined),
      'range formatting edits',
    );
    assert.deepEqual(
      edits.map((e) => e.range.start.line),
      [line],
    );
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.getText(), messy.replace('dpo:   none', 'dpo: none'), 'the authority’s line is untouched');
  });
});
