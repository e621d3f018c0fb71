import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, positionOf, untilProvided } from './helpers';
import { lineOf, openFixture } from './util';

const BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'];

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function complete(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
  );
  // Snippets contributed by the extension come from another provider: keep the language server's items.
  return (list?.items ?? []).filter((i) => i.kind !== vscode.CompletionItemKind.Snippet);
}

const labels = (items: vscode.CompletionItem[]) => items.map(labelOf).sort().join(', ');

suite('Completion and hover', () => {
  test('after `basis: ` completion lists the six legal bases of Art 6(1), with the article in the detail', async () => {
    const { doc } = await openFixture('features.privacy.yaml');
    const purposes = lineOf(doc, /^purposes:/);
    const at = positionOf(doc, /^    basis: contract$/, 'contract', { from: purposes });
    const items = await untilProvided(
      () => complete(doc.uri, at),
      (items) => (items.some((i) => labelOf(i) === 'consent') ? items : undefined),
      `completion after 'basis: ' (line ${at.line + 1}) to offer 'consent'`,
    );
    const bases = items.filter((i) => BASES.includes(labelOf(i)));
    assert.deepEqual(bases.map(labelOf).sort(), [...BASES].sort(), `the six bases, got: ${labels(items)}`);
    for (const item of bases) {
      assert.match(
        String(item.detail ?? ''),
        /Art 6\(1\)/,
        `detail of '${labelOf(item)}' cites Art 6(1): ${JSON.stringify(item.detail)}`,
      );
    }
    // Only values belong here: no keys, no data ids.
    assert.ok(
      !items.some((i) => ['title', 'retention', 'contact'].includes(labelOf(i))),
      `no keys or ids after 'basis: ', got: ${labels(items)}`,
    );
  });

  test('in a `data: [` flow list completion lists the defined data ids (and only those)', async () => {
    const { doc } = await openFixture('features.privacy.yaml');
    const at = positionOf(doc, /^    data: \[contact, orders\]$/, '[', { delta: 1 });
    const items = await untilProvided(
      () => complete(doc.uri, at),
      (items) => (items.length ? items : undefined),
      `completion inside 'data: [' (line ${at.line + 1})`,
    );
    assert.deepEqual(items.map(labelOf).sort(), ['contact', 'orders'], `data ids, got: ${labels(items)}`);
    // The same in `recipients: [` offers the recipient ids instead.
    const rec = positionOf(doc, /^    recipients: \[courier\]$/, '[', { delta: 1 });
    const recipients = await complete(doc.uri, rec);
    assert.deepEqual(recipients.map(labelOf), ['courier'], `recipient ids, got: ${labels(recipients)}`);
  });

  test('hover on a basis value explains it with its article', async () => {
    const { doc } = await openFixture('features.privacy.yaml');
    const at = positionOf(doc, /^    basis: consent$/, 'consent', { delta: 2 });
    const text = await untilProvided(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at),
      (hovers) => hoverText(hovers) || undefined,
      `a hover on 'consent' (line ${at.line + 1})`,
    );
    assert.match(text, /Art 6\(1\)\(a\)/, `hover cites Art 6(1)(a): ${text}`);
    assert.match(text, /[Cc]onsent/, text);
  });

  test('hover on a data id reference shows the definition’s label', async () => {
    const { doc } = await openFixture('features.privacy.yaml');
    const at = positionOf(doc, /^    data: \[contact, orders\]$/, 'orders', { delta: 1 });
    const text = await untilProvided(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at),
      (hovers) => hoverText(hovers) || undefined,
      `a hover on the reference 'orders' (line ${at.line + 1})`,
    );
    assert.match(text, /Order history/, `hover shows the label of data 'orders': ${text}`);
    // A reference in a block list works the same.
    const block = positionOf(doc, /^      - contact$/, 'contact');
    const blockText = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, block),
    );
    assert.match(blockText, /Contact details/, `hover on '- contact' (line ${block.line + 1}): ${blockText}`);
  });
});
