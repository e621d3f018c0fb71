// "Privacy Policy: Compare with Git HEAD" and "Compare with File…": what changed in meaning since the last commit
// (or since another version of the policy), and the "Changes to this policy" entry to paste into the policy.
// Git is reached through the platform (client/src/platform/); a chosen file through vscode.workspace.fs, so
// Compare with File… works everywhere, including vscode.dev and github.dev.
import { t } from './localize';
import { platform } from '#platform/client';
import * as vscode from 'vscode';
import type { PolicyServer } from './server';
import { DiffRequest } from '../../server/src/protocol/requests';
import { policyDocument } from './policyDocument';

/** The context key that shows Compare with Git HEAD in menus where Git can run. */
export const GIT_CONTEXT_KEY = 'privacyPolicy.canCompareWithHead';

const fileName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

export function trackGitAvailability(): vscode.Disposable {
  const update = () => void vscode.commands.executeCommand('setContext', GIT_CONTEXT_KEY, platform.canReadGit());
  update();
  return platform.onGitAvailabilityChange(update);
}

export async function compareWithHead(
  server: PolicyServer,
  uri?: vscode.Uri,
): Promise<vscode.TextDocument | undefined> {
  const document = await policyDocument(uri);
  if (!document || document.isUntitled) {
    void vscode.window.showInformationMessage(t('Open a saved *.privacy.yaml file to compare it with Git HEAD.'));
    return undefined;
  }
  const head = await platform.textAtHead(document.uri);
  if ('reason' in head) {
    void vscode.window.showWarningMessage(head.reason);
    return undefined;
  }
  return showComparison(server, document, head.text, 'Git HEAD');
}

/** `other` skips the open dialog (for scripts and tests). */
export async function compareWithFile(
  server: PolicyServer,
  uri?: vscode.Uri,
  other?: vscode.Uri,
): Promise<vscode.TextDocument | undefined> {
  const document = await policyDocument(uri);
  if (!document) {
    void vscode.window.showInformationMessage(t('Open a *.privacy.yaml file to compare it with another version.'));
    return undefined;
  }
  other ??= (
    await vscode.window.showOpenDialog({
      defaultUri: vscode.Uri.joinPath(document.uri, '..'),
      canSelectMany: false,
      filters: { [t('Privacy policy')]: ['yaml', 'yml'] },
      openLabel: t('Compare'),
      title: t('Compare {0} with an earlier version', fileName(document.uri)),
    })
  )?.[0];
  if (!other) return undefined;
  let oldText: string;
  try {
    oldText = new TextDecoder().decode(await vscode.workspace.fs.readFile(other));
  } catch (error) {
    void vscode.window.showWarningMessage(t('Could not read {0}: {1}', fileName(other), (error as Error).message));
    return undefined;
  }
  return showComparison(server, document, oldText, fileName(other));
}

async function showComparison(
  server: PolicyServer,
  document: vscode.TextDocument,
  oldText: string,
  since: string,
): Promise<vscode.TextDocument | undefined> {
  const result = await server.request(DiffRequest, { uri: document.uri.toString(), oldText });
  if (!result) {
    void vscode.window.showWarningMessage(
      t('The Privacy Policy language server could not compare this file; try again once it has started.'),
    );
    return undefined;
  }
  const content = [
    `# ${fileName(document.uri)}: changes in meaning since ${since}`,
    '',
    '```text',
    result.report,
    '```',
    '',
    result.informFirst > 0
      ? `**${result.informFirst} change(s) must be communicated to the people concerned before they apply ` +
        `(Art 13(3) for a new purpose; Art 5(1)(a) and 12(1) for the other fundamental changes).**\n`
      : '',
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
