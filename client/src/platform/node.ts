// The client's platform in the Node extension host (VS Code desktop): the language server is a child process,
// Git is the `git` program. Git runs only in trusted folders: a repository's own configuration can make Git run
// programs (core.fsmonitor, hooks), so an untrusted folder gets no Git process from this extension.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import { t } from '../localize';
import type { ClientPlatform, CommittedText } from './types';

const run = promisify(execFile);

/** The file's text at HEAD, or a reason why there is none. */
async function textAtHead(uri: vscode.Uri): Promise<CommittedText> {
  if (!vscode.workspace.isTrusted)
    return {
      reason: t(
        'Compare with Git HEAD runs Git, which this folder is not trusted to run. Trust the folder first ' +
          '(Manage Workspace Trust).',
      ),
    };
  if (uri.scheme !== 'file') return { reason: t('Only a file saved on this computer can be compared with Git HEAD.') };
  const file = uri.fsPath;
  // `HEAD:./name` is relative to the working directory, so symlinked folders need no path arithmetic.
  try {
    return {
      text: (
        await run('git', ['show', `HEAD:./${path.basename(file)}`], {
          cwd: path.dirname(file),
          maxBuffer: 64 * 1024 * 1024,
        })
      ).stdout,
    };
  } catch (error) {
    const message = String((error as { stderr?: string }).stderr ?? (error as Error).message);
    if (/not a git repository/i.test(message)) return { reason: t('This file is not in a Git repository.') };
    if (/invalid object name 'HEAD'|bad revision 'HEAD'|unknown revision/i.test(message))
      return { reason: t('This repository has no commit yet.') };
    if (/does not exist in|exists on disk, but not in/i.test(message))
      return { reason: t('This file is not in the last commit (HEAD) yet.') };
    if (/ENOENT/.test(message)) return { reason: t('Git is not installed or not on the PATH.') };
    return { reason: t('Git could not provide the committed version: {0}', message.trim()) };
  }
}

export const platform: ClientPlatform = {
  name: 'node',
  startLanguageClient(context) {
    // The LSP client library is its own bundle (dist/languageClient.js), loaded after activation (client/src/server.ts);
    // a path the bundler leaves alone.
    const clientModule = context.asAbsolutePath('dist/languageClient.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the separate bundle at run time, on purpose
    return (require(clientModule) as typeof import('../languageClient')).startLanguageClient(context);
  },
  canReadGit: () => vscode.workspace.isTrusted,
  onGitAvailabilityChange: (changed) => vscode.workspace.onDidGrantWorkspaceTrust(changed),
  textAtHead,
};
