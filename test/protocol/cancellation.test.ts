// Cancellation and the bound on one request's work, over stdio (README, "Other editors"). A request and its
// cancellation are written together, so the server reads both before it handles either: whatever the machine's
// speed, the request is cancelled before any work. The analysis in slices is made to yield after every rule
// (PRIVACY_POLICY_SLICE_MS=0), so that a change written together with a pull is read while the pull is under way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { MAX_FIXES_PER_REQUEST, PARTIAL_FIX_ALL_TITLE } from '../../server/src/service/codeActions';
import { codes, startServer, type TestClient } from '../support/lspClient';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const NO_BASIS = VALID.replace('    basis: contract\n', '');
const REQUEST_CANCELLED = -32800;
const SERVER_CANCELLED = -32802;

const uri = 'file:///cancellation/policy.privacy.yaml';
const everywhere = { start: { line: 0, character: 0 }, end: { line: 60, character: 0 } };
const position = { line: 35, character: 6 };

/** Every long request, with parameters that make it do real work on the policy. */
const LONG_REQUESTS: [string, unknown][] = [
  ['textDocument/diagnostic', { textDocument: { uri } }],
  [
    'textDocument/codeAction',
    { textDocument: { uri }, range: everywhere, context: { diagnostics: [], only: ['quickfix', 'source.fixAll'] } },
  ],
  ['textDocument/completion', { textDocument: { uri }, position }],
  ['textDocument/hover', { textDocument: { uri }, position }],
  ['privacyPolicy/render', { uri, mode: 'preview' }],
  ['privacyPolicy/diff', { uri, oldText: VALID }],
  ['privacyPolicy/export', { uri, format: 'dpv' }],
];

describe('cancellation over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer({
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
      env: { PRIVACY_POLICY_SLICE_MS: '0' },
    });
    client.open(uri, NO_BASIS);
  });
  after(() => client.stop());

  for (const [method, params] of LONG_REQUESTS) {
    it(`${method}: answered RequestCancelled when cancelled, with a result when not`, async () => {
      const cancelled = await client.requestThenCancel(method, params);
      assert.equal(cancelled.error?.code, REQUEST_CANCELLED, JSON.stringify(cancelled));
      const [answered] = await client.writeTogether([{ id: `${method}-control`, method, params }]);
      assert.equal(answered.error, undefined, JSON.stringify(answered.error));
      assert.notEqual(answered.result, null);
    });
  }

  it('a pull under way when a new version comes is cancelled by the server, and the client told to pull again', async () => {
    const pullUri = 'file:///cancellation/stale.privacy.yaml';
    client.open(pullUri, VALID, 1);
    const [stale] = await client.writeTogether([
      { id: 'stale-pull', method: 'textDocument/diagnostic', params: { textDocument: { uri: pullUri } } },
      {
        method: 'textDocument/didChange',
        params: { textDocument: { uri: pullUri, version: 2 }, contentChanges: [{ text: NO_BASIS }] },
      },
    ]);
    assert.equal(stale.error?.code, SERVER_CANCELLED, JSON.stringify(stale));
    assert.deepEqual(stale.error?.data, { retriggerRequest: true });
    const fresh = await client.request<{ items: { code: string }[] }>('textDocument/diagnostic', {
      textDocument: { uri: pullUri },
    });
    assert.deepEqual(
      fresh.items.map((d) => d.code),
      ['missing-legal-basis'],
    );
  });

  it('the rules run in slices: a request written after a pull is answered before it', async () => {
    const sliceUri = 'file:///cancellation/slices.privacy.yaml';
    client.open(sliceUri, NO_BASIS, 1);
    const [pulled, symbols] = await client.writeTogether([
      { id: 'sliced-pull', method: 'textDocument/diagnostic', params: { textDocument: { uri: sliceUri } } },
      { id: 'symbols', method: 'textDocument/documentSymbol', params: { textDocument: { uri: sliceUri } } },
    ]);
    assert.equal(pulled.error, undefined);
    assert.ok(symbols.arrival < pulled.arrival, 'the symbols came back while the rules were running');
  });
});

describe('a held workspace pull is cancelled', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer({
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
      workspaceFolders: [{ uri: `file://${resolve(__dirname, '../fixtures')}`, name: 'fixtures' }],
    });
  });
  after(() => client.stop());

  it('answers RequestCancelled to a workspace pull that waits for a change', async () => {
    const first = await client.request<{ items: { uri: string; resultId: string }[] }>('workspace/diagnostic', {
      previousResultIds: [],
    });
    assert.ok(first.items.length >= 4);
    const source = new CancellationTokenSource();
    // Everything unchanged and a partial result token: the server holds the request until something changes.
    const held = client.connection.sendRequest(
      'workspace/diagnostic',
      { previousResultIds: first.items.map((r) => ({ uri: r.uri, value: r.resultId })), partialResultToken: 'held' },
      source.token,
    );
    // A round trip: the pull has been received and is waiting.
    await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///none.privacy.yaml' } });
    source.cancel();
    await assert.rejects(held, (error: { code?: number }) => error.code === REQUEST_CANCELLED);
  });
});

describe('the bound on one code-action request (MAX_FIXES_PER_REQUEST)', () => {
  let client: TestClient;
  // 10,000 typos of one legal basis, each with one safe fix: "Fix all" would compute 10,000 fixes.
  const typos = `${VALID.replace('    basis: contract\n', `    basis:\n${'      - contrakt\n'.repeat(10_000)}`)}`;
  const typoUri = 'file:///budget/typos.privacy.yaml';
  before(async () => {
    client = await startServer({ env: { PRIVACY_POLICY_DEBOUNCE_MS: '0' } });
    const pending = client.nextDiagnostics(typoUri);
    client.open(typoUri, typos);
    await pending;
  });
  after(() => client.stop());

  it('"Fix all" over 10,000 problems computes at most the bound of fixes and says it is partial', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: typoUri },
      range: { start: { line: 0, character: 0 }, end: { line: 10_100, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, PARTIAL_FIX_ALL_TITLE);
    const edits: TextEdit[] = actions[0].edit!.changes![typoUri];
    // One fix computed per problem considered that may have a safe one; all but a few are typo fixes.
    assert.ok(edits.length <= MAX_FIXES_PER_REQUEST, `${edits.length} edits`);
    assert.ok(edits.length >= MAX_FIXES_PER_REQUEST - 5, `${edits.length} edits`);
    assert.ok(edits.every((e) => e.newText === 'contract'));
  });

  it('the problems stay listed as before (the bound is on fixes, not on diagnostics)', () => {
    const published = client.published.filter((p) => p.uri === typoUri).at(-1)!;
    assert.ok(codes(published.diagnostics).includes('invalid-value'));
  });
});
