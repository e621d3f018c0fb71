// The VS Code client: starts the bundled language server for *.privacy.yaml files and adds the preview.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { compareWithHead } from './compareWithHead';
import { exportData, exportHtml } from './exportHtml';
import { PreviewManager } from './preview/previewManager';
import { PolicyServer } from './server';

let server: PolicyServer | undefined;

/** What activate() returns: used by the integration tests (and open to other extensions). */
export interface PrivacyPolicyApi {
  previews: PreviewManager;
  /** The language client, once loaded (see `ready`). */
  readonly client: LanguageClient | undefined;
  ready: Promise<LanguageClient>;
}

export function activate(context: vscode.ExtensionContext): PrivacyPolicyApi {
  // A path the bundler leaves alone: dist/languageClient.js is its own bundle, required after activation.
  const clientModule = context.asAbsolutePath('dist/languageClient.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the separate bundle at run time, on purpose
  server = new PolicyServer(() => (require(clientModule) as typeof import('./languageClient')).startLanguageClient(context));
  const policyServer = server;
  const previews = new PreviewManager(context, policyServer);
  context.subscriptions.push(
    previews,
    vscode.commands.registerCommand('privacyPolicy.showPreview', (uri?: vscode.Uri) => previews.show(uri, { toSide: false })),
    vscode.commands.registerCommand('privacyPolicy.showPreviewToSide', (uri?: vscode.Uri) => previews.show(uri, { toSide: true })),
    vscode.commands.registerCommand('privacyPolicy.toggleLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('privacyPolicy.showSource', () => previews.showSource()),
    vscode.commands.registerCommand('privacyPolicy.exportHtml', (uri?: vscode.Uri, target?: vscode.Uri) => exportHtml(policyServer, uri, target)),
    vscode.commands.registerCommand('privacyPolicy.exportDpv', (uri?: vscode.Uri, target?: vscode.Uri) => exportData(policyServer, 'dpv', uri, target)),
    vscode.commands.registerCommand('privacyPolicy.exportRopa', (uri?: vscode.Uri, target?: vscode.Uri) => exportData(policyServer, 'ropa', uri, target)),
    vscode.commands.registerCommand('privacyPolicy.compareWithHead', (uri?: vscode.Uri) => compareWithHead(policyServer, uri)),
    vscode.commands.registerCommand('privacyPolicy.restartServer', () => policyServer.restart()),
    vscode.window.registerWebviewPanelSerializer(PreviewManager.viewType, previews),
  );
  policyServer.ready.catch((error: Error) => void vscode.window.showErrorMessage(`The Privacy Policy language client could not load: ${error.message}`));
  return {
    previews,
    get client() {
      return policyServer.current;
    },
    ready: policyServer.ready,
  };
}

export function deactivate(): Thenable<void> | undefined {
  return server?.stop();
}
