// "Privacy Policy: Compare with Git HEAD": what changed in meaning since the last commit, and the
// "Changes to this policy" entry to paste into the policy.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { PolicyServer } from './server';
import { DiffRequest } from '../../server/src/protocol/requests';
import { policyDocument } from './policyDocument';

const run = promisify(execFile);

/** The file's text at HEAD, or a reason why there is none. */
async function textAtHead(file: string): Promise<{ text: string } | { reason: string }> {
  // `HEAD:./name` is relative to the working directory, so symlinked folders need no path arithmetic.
  try {
    return { text: (await run('git', ['show', `HEAD:./${path.basename(file)}`], { cwd: path.dirname(file), maxBuffer: 64 * 1024 * 1024 })).stdout };
  } catch (error) {
    const message = String((error as { stderr?: string }).stderr ?? (error as Error).message);
    if (/not a git repository/i.test(message)) return { reason: 'This file is not in a Git repository.' };
    if (/invalid object name 'HEAD'|bad revision 'HEAD'|unknown revision/i.test(message)) return { reason: 'This repository has no commit yet.' };
    if (/does not exist in|exists on disk, but not in/i.test(message)) return { reason: 'This file is not in the last commit (HEAD) yet.' };
    if (/ENOENT/.test(message)) return { reason: 'Git is not installed or not on the PATH.' };
    return { reason: `Git could not provide the committed version: ${message.trim()}` };
  }
}

export async function compareWithHead(server: PolicyServer, uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  // Restricted Mode (package.json capabilities.untrustedWorkspaces): Git would run on an untrusted folder.
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage('Compare with Git HEAD runs Git, which is disabled in Restricted Mode. Trust this workspace to use it.');
    return undefined;
  }
  const document = await policyDocument(uri);
  if (!document || document.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage('Open a saved *.privacy.yaml file to compare it with Git HEAD.');
    return undefined;
  }
  const head = await textAtHead(document.uri.fsPath);
  if ('reason' in head) {
    void vscode.window.showWarningMessage(head.reason);
    return undefined;
  }
  const result = await server.request(DiffRequest, { uri: document.uri.toString(), oldText: head.text });
  if (!result) {
    void vscode.window.showWarningMessage('The Privacy Policy language server could not compare this file; try again once it has started.');
    return undefined;
  }
  const name = path.basename(document.uri.fsPath);
  const content = [
    `# ${name}: changes in meaning since Git HEAD`,
    '',
    '```text',
    result.report,
    '```',
    '',
    result.informFirst > 0 ? `**${result.informFirst} change(s) must be communicated to the people concerned before the processing starts (Art 13(3)).**\n` : '',
    '## "Changes to this policy" entry for `sections`',
    '',
    '```yaml',
    result.changelog.trimEnd(),
    '```',
    '',
  ].join('\n');
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return report;
}
