// Web-only: these tests check that the suite and the extension run in the browser's web worker extension host (as on
// vscode.dev and github.dev), which the Node host is not.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi } from './helpers';
import { openFixture, waitForCode, workspaceFolder } from './util';

suite('Web worker extension host', () => {
  test(
    'the suite and the extension run in a web worker: no Node process object, the browser bundle, the ' +
      'server in a worker',
    async () => {
      assert.equal(typeof process, 'undefined', 'a web worker has no `process`');
      assert.equal(
        typeof (globalThis as { importScripts?: unknown }).importScripts,
        'function',
        'importScripts: a worker global scope',
      );
      const { doc } = await openFixture('broken.privacy.yaml');
      const { ext, api } = await extensionApi();
      assert.equal(
        (api as { platform?: string }).platform,
        'browser',
        'activate() of dist/web/extension.js reports platform "browser"',
      );
      assert.equal(ext.packageJSON.main, undefined, 'the copy under test has no Node entry (main), only "browser"');
      assert.equal(ext.packageJSON.browser, './dist/web/extension.js');
      // The server answers, and it is the worker build: Node's process.memoryUsage() has `rss`, a worker has no such figure.
      await waitForCode(doc.uri, 'missing-legal-basis');
      const memory = await api.client.sendRequest<Record<string, number> | null>('privacyPolicy/memoryUsage');
      assert.ok(
        memory === null || !('rss' in memory),
        `the server reports worker memory, not a Node process's: ${JSON.stringify(memory)}`,
      );
    },
  );

  test('Compare with Git HEAD, without Git in this host, explains itself and opens no report', async () => {
    await extensionApi();
    assert.equal(
      vscode.extensions.getExtension('vscode.git'),
      undefined,
      'precondition: the Git extension does not run in the web worker host',
    );
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'broken.privacy.yaml');
    const reports: vscode.TextDocument[] = [];
    const opened = vscode.workspace.onDidOpenTextDocument(
      (d) => d.isUntitled && d.languageId === 'markdown' && reports.push(d),
    );
    try {
      const result = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
        'privacyPolicy.compareWithHead',
        uri,
      );
      assert.equal(result, undefined, 'no report without Git');
      assert.deepEqual(
        reports.map((d) => d.getText().slice(0, 80)),
        [],
        'no report document was opened',
      );
    } finally {
      opened.dispose();
    }
  });
});
