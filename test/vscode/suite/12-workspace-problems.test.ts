// Workspace problems (README, "Workspace problems"): a policy of the workspace that no editor opened has its problems
// in the Problems panel. In the Node host the server reads it from disk; in the web worker host the client lists and
// reads it for the server (client/src/workspaceFiles.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi } from './helpers';
import { SOURCE, fixtureUri, waitForCode } from './util';

suite('Workspace problems', () => {
  test('a policy nobody opened has its problems in vscode.languages.getDiagnostics', async () => {
    const uri = fixtureUri('workspace/never-opened.privacy.yaml');
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    assert.equal(isOpen(), false, 'precondition: the file is not open');
    await extensionApi();
    const [problem] = await waitForCode(uri, 'missing-legal-basis');
    assert.equal(problem.source, SOURCE);
    // Placed on the purpose without a basis, as when the file is open: the server located it in the file's text.
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).split(/\r?\n/);
    assert.equal(lines[problem.range.start.line], '  newsletter:');
    assert.equal(isOpen(), false, 'the file is still not open');
  });
});
