// Semantic tokens (full, delta, range), inlay hints, code lenses, selection ranges and formatting over stdio, as any
// editor gets them from the bundled server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeLens,
  InlayHint,
  Location,
  Position,
  Range,
  SelectionRange,
  SemanticTokens,
  SemanticTokensDelta,
  SemanticTokensLegend,
  TextEdit,
} from 'vscode-languageserver-types';
import { startServer, type TestClient } from '../support/lspClient';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
let n = 0;

function open(client: TestClient, text: string) {
  const uri = `file:///editor-features/${++n}.privacy.yaml`;
  client.open(uri, text);
  return { uri, doc: TextDocument.create(uri, 'privacy-policy', 1, text) };
}

const positionOf = (doc: TextDocument, needle: string, delta = 0) => {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `'${needle}' is in the text`);
  return doc.positionAt(at + delta);
};

/** The tokens as `type[.modifier] text`, decoded with the legend the server announced. */
function decode(doc: TextDocument, data: number[], legend: SemanticTokensLegend): string[] {
  assert.equal(data.length % 5, 0);
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, bits] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const start = doc.offsetAt({ line, character });
    const modifiers = legend.tokenModifiers.filter((_, bit) => bits & (1 << bit));
    out.push(`${[legend.tokenTypes[type], ...modifiers].join('.')} ${doc.getText().slice(start, start + length)}`);
  }
  return out;
}

function applyEdits(doc: TextDocument, edits: TextEdit[]): string {
  return TextDocument.applyEdits(doc, edits);
}

describe('editor features over stdio', () => {
  let client: TestClient;
  let legend: SemanticTokensLegend;
  before(async () => {
    client = await startServer();
    legend = client.capabilities.semanticTokensProvider!.legend;
  });
  after(() => client.stop());

  it('announces every feature, with a legend of standard token types', () => {
    const caps = client.capabilities;
    assert.deepEqual(caps.semanticTokensProvider, {
      legend: {
        tokenTypes: ['property', 'variable', 'enumMember', 'number', 'macro', 'typeParameter', 'keyword'],
        tokenModifiers: ['declaration'],
      },
      full: { delta: true },
      range: true,
    });
    assert.deepEqual(caps.inlayHintProvider, { resolveProvider: false });
    assert.deepEqual(caps.codeLensProvider, { resolveProvider: false });
    assert.equal(caps.selectionRangeProvider, true);
    assert.equal(caps.documentFormattingProvider, true);
    assert.equal(caps.documentRangeFormattingProvider, true);
  });

  describe('semantic tokens', () => {
    const text = VALID.replace(
      '    title: Improving our service',
      '    title: Improving our service (Art 6(1)(f))',
    ).replace(
      '    legitimate_interest: Understanding which products our customers buy, to improve our range.',
      '    legitimate_interest: <the interest we pursue>',
    );

    it('colours a policy by meaning', async () => {
      const { uri, doc } = open(client, text);
      const result = await client.request<SemanticTokens>('textDocument/semanticTokens/full', {
        textDocument: { uri },
      });
      assert.ok(result.resultId, 'a result id, for deltas');
      const tokens = decode(doc, result.data, legend);
      const purposes = tokens.indexOf('property purposes');
      assert.deepEqual(tokens.slice(purposes, purposes + 17), [
        'property purposes',
        'variable.declaration orders',
        'property title',
        'property data',
        'variable contact-details',
        'variable order-history',
        'property basis',
        'enumMember contract',
        'property retention',
        'property period',
        'number 7 years',
        'property from',
        'property recipients',
        'variable hosting',
        'property provision',
        'enumMember contract-entry',
        'property consequence',
      ]);
      for (const expected of [
        'variable.declaration contact-details',
        'enumMember US',
        'enumMember dpf',
        'keyword none',
        'macro Art 6(1)(f)',
        'typeParameter <the interest we pursue>',
        'number 24 months',
      ])
        assert.ok(tokens.includes(expected), `${expected} in ${tokens.join(' | ')}`);
    });

    it('answers a delta after an edit with edits that give the new tokens', async () => {
      const { uri, doc } = open(client, text);
      const first = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      // An edit in the middle: a basis changes, a duration becomes ISO 8601, a recipient is added.
      const edited = text
        .replace('    basis: legitimate-interests\n', '    basis: consent\n')
        .replace('    retention: 24 months', '    retention: P2Y')
        .replace('    recipients: [hosting]', '    recipients: [hosting, hosting]');
      client.change(uri, edited, 2);
      const delta = await client.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', {
        textDocument: { uri },
        previousResultId: first.resultId,
      });
      assert.ok('edits' in delta, `a delta, not full tokens: ${JSON.stringify(delta).slice(0, 200)}`);
      assert.notEqual(delta.resultId, first.resultId);
      const data = [...first.data];
      for (const edit of [...delta.edits].reverse()) data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
      const full = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.deepEqual(data, full.data, 'the previous tokens with the edits applied are the new tokens');
      const after = decode(TextDocument.create(uri, 'privacy-policy', 2, edited), data, legend);
      assert.ok(after.includes('enumMember consent') && after.includes('number P2Y'), after.join(' | '));
      assert.equal(after.filter((t) => t === 'variable hosting').length, 3);
      // The delta is smaller than the document's tokens: only what changed travels.
      const sent = delta.edits.reduce((sum, e) => sum + (e.data?.length ?? 0), 0);
      assert.ok(sent < full.data.length / 2, `${sent} of ${full.data.length} integers sent`);
      assert.ok(decode(doc, first.data, legend).includes('enumMember legitimate-interests'));
    });

    it('answers full tokens to a delta against a result it does not know', async () => {
      const { uri } = open(client, text);
      const delta = await client.request<SemanticTokens>('textDocument/semanticTokens/full/delta', {
        textDocument: { uri },
        previousResultId: 'not-a-result',
      });
      assert.ok('data' in delta && delta.data.length > 100);
    });

    it('in a range, only the tokens of that range', async () => {
      const { uri, doc } = open(client, text);
      const range: Range = { start: positionOf(doc, 'transfers:'), end: positionOf(doc, 'rights:') };
      const result = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
        textDocument: { uri },
        range,
      });
      assert.deepEqual(decode(doc, result.data, legend), [
        'property transfers',
        'property recipients',
        'variable hosting',
        'property mechanism',
        'enumMember dpf',
        'property rights',
      ]);
    });
  });

  describe('inlay hints', () => {
    const text = VALID.replace('    retention: 24 months', '    retention: P1Y6M');
    const hintsIn = async (uri: string, range: Range) =>
      client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });

    it('shows the article after each vocabulary value and reads ISO 8601 durations, only in the range', async () => {
      const { uri, doc } = open(client, text);
      const range: Range = { start: positionOf(doc, '  service-quality:'), end: positionOf(doc, 'transfers:') };
      const hints = await hintsIn(uri, range);
      // Each hint with the line up to where it stands.
      const shown = hints.map(
        (h) =>
          `${doc.getText({ start: { line: h.position.line, character: 0 }, end: h.position }).trim()} ▸ ${typeof h.label === 'string' ? h.label : '(parts)'}`,
      );
      assert.deepEqual(shown, [
        'basis: legitimate-interests ▸ Art 6(1)(f)',
        'retention: P1Y6M ▸ 1 year and 6 months',
        'provision: voluntary ▸ Art 13(2)(e)',
      ]);
      for (const h of hints) {
        assert.ok(doc.offsetAt(h.position) >= doc.offsetAt(range.start), 'not before the range');
        assert.ok(doc.offsetAt(h.position) <= doc.offsetAt(range.end), 'not after it');
        assert.equal(h.paddingLeft, true);
      }
      assert.equal(hints[0].tooltip, 'Legitimate interests — Art 6(1)(f)');
    });

    it('gives none in a range without vocabulary values', async () => {
      const { uri, doc } = open(client, text);
      const hints = await hintsIn(uri, { start: positionOf(doc, 'controller:'), end: positionOf(doc, 'dpo:') });
      assert.deepEqual(hints, []);
      const all = await hintsIn(uri, { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) });
      assert.ok(all.length >= 10, `${all.length} hints in the whole document`);
      assert.ok(
        all.some((h) => h.label === 'Art 45(3)'),
        'dpf → Art 45(3)',
      );
    });
  });

  describe('code lens', () => {
    it('counts the purposes using each data category and recipient, with the references command', async () => {
      const { uri, doc } = open(
        client,
        VALID.replace('  order-history:\n', '  unused:\n    label: Unused\n  order-history:\n'),
      );
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      const at = (l: CodeLens) => doc.getText().slice(doc.offsetAt(l.range.start), doc.offsetAt(l.range.end));
      assert.deepEqual(
        lenses.map((l) => `${at(l)}: ${l.command?.title}`),
        [
          'contact-details: used by 1 purpose',
          'unused: not used by any purpose',
          'order-history: used by 2 purposes',
          'hosting: used by 1 purpose',
          'orders: Contract (Art 6(1)(b)) · 7 years',
          'service-quality: Legitimate interests (Art 6(1)(f)) · 24 months',
        ],
      );
      const history = lenses.find((l) => at(l) === 'order-history')!;
      assert.equal(history.command!.command, 'editor.action.showReferences');
      const [target, position, locations] = history.command!.arguments as [string, Position, Location[]];
      assert.equal(target, uri);
      assert.deepEqual(position, history.range.start);
      assert.deepEqual(
        locations.map((l) => [l.uri, doc.offsetAt(l.range.start), at({ range: l.range })]),
        [
          [uri, doc.getText().indexOf('order-history]'), 'order-history'],
          [uri, doc.getText().indexOf('order-history]', doc.getText().indexOf('service-quality:')), 'order-history'],
        ],
      );
      // No uses, no list to open: the title alone.
      assert.deepEqual(lenses.find((l) => at(l) === 'unused')!.command, {
        title: 'not used by any purpose',
        command: '',
      });
      assert.equal(lenses.find((l) => at(l) === 'orders')!.command!.command, '');
    });
  });

  describe('selection ranges', () => {
    it('grows from the word to the document, each range inside the next', async () => {
      const { uri, doc } = open(client, VALID);
      const positions = [positionOf(doc, 'order-history]', 3), positionOf(doc, 'mechanism: dpf', 12)];
      const ranges = await client.request<SelectionRange[]>('textDocument/selectionRange', {
        textDocument: { uri },
        positions,
      });
      assert.equal(ranges.length, 2);
      const chain = (r: SelectionRange | undefined): string[] =>
        r ? [doc.getText().slice(doc.offsetAt(r.range.start), doc.offsetAt(r.range.end)), ...chain(r.parent)] : [];
      const first = chain(ranges[0]);
      assert.deepEqual(first.slice(0, 4), [
        'order-history',
        '[contact-details, order-history]',
        'data: [contact-details, order-history]',
        first[3],
      ]);
      assert.ok(first[3].startsWith('title: Delivering your orders\n'), first[3]);
      assert.equal(first.at(-1), VALID, 'ends with the whole document');
      for (let r: SelectionRange | undefined = ranges[0]; r?.parent; r = r.parent) {
        const [inner, outer] = [r.range, r.parent.range];
        assert.ok(doc.offsetAt(outer.start) <= doc.offsetAt(inner.start), 'the parent starts at or before');
        assert.ok(doc.offsetAt(outer.end) >= doc.offsetAt(inner.end), 'and ends at or after');
      }
      assert.deepEqual(chain(ranges[1]).slice(0, 3), [
        'dpf',
        'mechanism: dpf',
        'recipients: [hosting]\n    mechanism: dpf',
      ]);
    });
  });

  describe('formatting', () => {
    // Every indented line two columns further right, a comment at the same depth, spaces after colons.
    const messy = VALID.replace('  orders:\n', '  # Orders are kept for the accountant.\n  orders:\n')
      .replace(/\n {2}/g, '\n    ')
      .replace('dpo: none', 'dpo:    none   # no DPO: a small shop')
      .replace('    recipients: [hosting]', '    recipients: [ hosting ]');
    const tidy = VALID.replace('  orders:\n', '  # Orders are kept for the accountant.\n  orders:\n').replace(
      'dpo: none',
      'dpo: none   # no DPO: a small shop',
    );

    it('re-indents the document, keeping every comment, and formatting again changes nothing', async () => {
      const { uri, doc } = open(client, messy);
      const edits = await client.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.ok(edits.length > 5);
      const formatted = applyEdits(doc, edits);
      assert.equal(formatted, tidy);
      client.change(uri, formatted, 2);
      const again = await client.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.deepEqual(again, [], 'idempotent');
    });

    it('formats only the lines of a range', async () => {
      const { uri, doc } = open(client, messy);
      const range: Range = { start: positionOf(doc, 'dpo:'), end: positionOf(doc, 'authority:') };
      const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
        textDocument: { uri },
        range,
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.deepEqual(
        edits.map((e) => e.range.start.line),
        [range.start.line],
        'one edit, on the line of the range',
      );
      assert.equal(applyEdits(doc, edits), messy.replace('dpo:    none', 'dpo: none'));
    });

    it('does not format a document with a syntax error', async () => {
      const { uri } = open(client, `${messy}purposes: [unclosed\n`);
      const edits = await client.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true },
      });
      assert.deepEqual(edits, []);
    });
  });
});
