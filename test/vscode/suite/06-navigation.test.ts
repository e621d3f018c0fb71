import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lines, positionOf, setText, showRange, targetOf, untilProvided } from './helpers';
import { lineOf, openFixture } from './util';

suite('Navigation', () => {
  let original: string | undefined;
  let fixture: vscode.TextDocument | undefined;

  setup(async () => {
    const { doc } = await openFixture('features.privacy.yaml');
    fixture = doc;
    original ??= doc.getText();
    await setText(doc, original);
  });

  teardown(async () => {
    if (fixture && original !== undefined) await setText(fixture, original);
  });

  test('go to definition from a data id reference lands on its key under `data`', async () => {
    const doc = fixture!;
    const at = positionOf(doc, /^    data: \[contact, orders\]$/, 'orders', { delta: 2 });
    const defs = await untilProvided(
      () =>
        vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          doc.uri,
          at,
        ),
      (r) => (r?.length ? r : undefined),
      `a definition for 'orders' (line ${at.line + 1})`,
    );
    assert.equal(defs.length, 1, `one definition, got ${defs.length}`);
    const { uri, range } = targetOf(defs[0]);
    assert.equal(uri.toString(), doc.uri.toString());
    const expected = lineOf(doc, /^  orders:$/, lineOf(doc, /^data:/));
    assert.equal(range.start.line, expected, `definition at line ${expected + 1}, got ${showRange(range)}`);
    assert.match(
      doc.lineAt(range.start.line).text.slice(range.start.character),
      /^orders/,
      'the range starts at the id',
    );
  });

  test('find references lists the definition and every use (flow and block lists), nothing else', async () => {
    const doc = fixture!;
    const at = positionOf(doc, /^  contact:$/, 'contact', { delta: 1, from: lineOf(doc, /^data:/) });
    const refs = await untilProvided(
      () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at),
      (r) => (r?.length ? r : undefined),
      `references of 'contact' (line ${at.line + 1})`,
    );
    const found = refs.map((r) => `${r.range.start.line + 1}: ${doc.getText(r.range)}`).sort();
    const expected = [
      lineOf(doc, /^  contact:$/, lineOf(doc, /^data:/)),
      lineOf(doc, /^    data: \[contact, orders\]$/),
      lineOf(doc, /^      - contact$/),
    ]
      .map((l) => `${l + 1}: contact`)
      .sort();
    assert.deepEqual(found, expected, 'the declaration and both uses; not the e-mail address or the comment');
  });

  test('rename of a data id changes its definition and every use, and nothing else', async () => {
    const doc = fixture!;
    const at = positionOf(doc, /^      - contact$/, 'contact', { delta: 3 });
    const edit = await untilProvided(
      () =>
        vscode.commands.executeCommand<vscode.WorkspaceEdit>(
          'vscode.executeDocumentRenameProvider',
          doc.uri,
          at,
          'customer-contact',
        ),
      (e) => (e && e.size > 0 ? e : undefined),
      `a rename edit for 'contact' (line ${at.line + 1})`,
    );
    const def = lineOf(doc, /^  contact:$/, lineOf(doc, /^data:/));
    const before = lines(doc);
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit of the rename');
    const after = lines(doc);

    const changed = before.flatMap((l, i) => (l !== after[i] ? [`${i + 1}: ${l.trim()} -> ${after[i].trim()}`] : []));
    assert.deepEqual(
      changed,
      [
        `${def + 1}: contact: -> customer-contact:`,
        `${before.indexOf('    data: [contact, orders]') + 1}: data: [contact, orders] -> data: [customer-contact, ` +
          `orders]`,
        `${before.indexOf('      - contact') + 1}: - contact -> - customer-contact`,
      ],
      'exactly the definition and the two uses changed',
    );
    assert.equal(after.length, before.length);
    assert.ok(
      after.some((l) => l.includes('email: contact@example-books.test')),
      'the e-mail address is untouched',
    );
    assert.ok(
      after.some((l) => l.startsWith('  # contact: the id')),
      'the comment is untouched',
    );

    // The renamed document is consistent: the new id resolves to its definition.
    const use = positionOf(doc, /^    data: \[customer-contact, orders\]$/, 'customer-contact', { delta: 2 });
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      doc.uri,
      use,
    );
    assert.equal(defs?.length, 1, 'the renamed reference has a definition');
    assert.equal(targetOf(defs[0]).range.start.line, def, 'and it is the renamed key');
  });

  test('document symbols outline the sections, with data, recipients and purposes by name', async () => {
    const doc = fixture!;
    const symbols = await untilProvided(
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri),
      (s) => (s?.length ? s : undefined),
      'document symbols',
    );
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['policy', 'controller', 'dpo', 'authority', 'data', 'recipients', 'purposes', 'automated_decisions'],
    );
    const children = (name: string) =>
      (symbols.find((s) => s.name === name)?.children ?? []).map((c) => `${c.name} (${c.detail})`);
    assert.deepEqual(children('data'), ['Contact details (contact)', 'Order history (orders)']);
    assert.deepEqual(children('recipients'), ['Courier (courier)']);
    assert.deepEqual(children('purposes'), [
      'Delivering your orders (delivery)',
      'Sending our newsletter (newsletter)',
    ]);
    const purposes = symbols.find((s) => s.name === 'purposes')!;
    const newsletter = purposes.children[1];
    assert.equal(newsletter.selectionRange.start.line, lineOf(doc, /^  newsletter:$/), 'selection on the id key');
    assert.ok(
      newsletter.range.end.line >= lineOf(doc, /^    provision: voluntary$/, newsletter.range.start.line),
      `range ${showRange(newsletter.range)} covers the whole purpose`,
    );
  });
});
