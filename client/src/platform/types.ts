// What the VS Code client needs from its runtime: the one seam between the Node extension host (VS Code desktop)
// and the browser's web worker extension host (vscode.dev, github.dev). The build picks the implementation through
// the `#platform/client` import (package.json "imports": the `browser` condition for dist/web/, Node otherwise).
import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** A file's committed text, or why there is none (a sentence for the user). */
export type CommittedText = { text: string } | { reason: string };

export interface ClientPlatform {
  /** Where the extension runs: 'node' (desktop) or 'browser' (web worker). */
  readonly name: 'node' | 'browser';
  /** Starts the language client and its server (a child process in Node, a web worker in the browser). */
  startLanguageClient(context: vscode.ExtensionContext): BaseLanguageClient | Promise<BaseLanguageClient>;
  /** Whether Compare with Git HEAD can run here now (it drives the command's visibility); fires `changed` when that may change. */
  canReadGit(): boolean;
  onGitAvailabilityChange(changed: () => void): vscode.Disposable;
  /** The text of `uri` in the last commit (HEAD). */
  textAtHead(uri: vscode.Uri): Promise<CommittedText>;
}
