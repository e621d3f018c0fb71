// One failing request handler leaves the others working; edits carry the document version so an editor never
// applies a fix computed for an older version.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { CodeAction, CompletionList, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-types';
import { startServer } from '../support/lspClient';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');

describe('resilience over stdio', () => {
  it('a handler that throws answers null for that request only; the server keeps serving', async () => {
    const client = await startServer({ env: { PRIVACY_POLICY_TEST_FAULT: 'Hover' } });
    try {
      const uri = 'file:///fault.privacy.yaml';
      const pending = client.nextDiagnostics(uri);
      client.open(uri, VALID.replace('    basis: contract\n', ''));
      assert.equal((await pending).diagnostics.length, 1);
      for (let i = 0; i < 3; i++)
        assert.equal(
          await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 40, character: 12 } }),
          null,
        );
      const list = await client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri },
        position: { line: 1, character: 0 },
      });
      assert.ok(list.items.length > 0);
      assert.equal(client.process.exitCode, null);
      assert.match(
        client.stderr.join(''),
        /Hover failed on file:\/\/\/fault\.privacy\.yaml: Error: injected fault in Hover/,
      );
    } finally {
      await client.stop();
    }
  });

  it('quick fixes are versioned edits for clients that support documentChanges', async () => {
    const client = await startServer({ capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
    try {
      const uri = 'file:///versioned.privacy.yaml';
      let pending = client.nextDiagnostics(uri);
      client.open(uri, VALID, 1);
      await pending;
      pending = client.nextDiagnostics(uri, (p) => p.version === 7);
      client.change(uri, VALID.replace('    basis: contract\n', ''), 7);
      const diagnostic: Diagnostic = (await pending).diagnostics[0];
      const [action] = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const change = action.edit!.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri, version: 7 });
      assert.equal(action.edit!.changes, undefined);
    } finally {
      await client.stop();
    }
  });
});
