import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, SERVER_TIMEOUT_MS, openFixture, waitFor } from './util';

suite('Activation', () => {
  test('opening a *.privacy.yaml file activates the extension and sets the language id', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (is --extensionDevelopmentPath the repo root?)`);

    const { doc } = await openFixture('broken.privacy.yaml');
    assert.equal(doc.languageId, LANGUAGE_ID);

    await waitFor(() => ext.isActive, SERVER_TIMEOUT_MS, `${EXTENSION_ID} to activate after opening a policy`, {
      events: [vscode.extensions.onDidChange as vscode.Event<unknown>],
    });
  });
});
