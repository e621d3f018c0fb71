// The VS Code client: starts the bundled language server for *.privacy.yaml files and adds the preview.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { compareWithHead } from './compareWithHead';
import { exportData, exportHtml } from './exportHtml';
import { createLanguageClient } from './languageClient';
import { PreviewManager } from './preview/previewManager';

let client: LanguageClient | undefined;

/** What activate() returns: used by the integration tests (and open to other extensions). */
export interface PrivacyPolicyApi {
  previews: PreviewManager;
  client: LanguageClient;
}

export function activate(context: vscode.ExtensionContext): PrivacyPolicyApi {
  client = createLanguageClient(context);
  const previews = new PreviewManager(context, client);
  context.subscriptions.push(
    previews,
    vscode.commands.registerCommand('privacyPolicy.showPreview', (uri?: vscode.Uri) => previews.show(uri, { toSide: false })),
    vscode.commands.registerCommand('privacyPolicy.showPreviewToSide', (uri?: vscode.Uri) => previews.show(uri, { toSide: true })),
    vscode.commands.registerCommand('privacyPolicy.toggleLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('privacyPolicy.exportHtml', (uri?: vscode.Uri, target?: vscode.Uri) => exportHtml(client!, uri, target)),
    vscode.commands.registerCommand('privacyPolicy.exportDpv', (uri?: vscode.Uri, target?: vscode.Uri) => exportData(client!, 'dpv', uri, target)),
    vscode.commands.registerCommand('privacyPolicy.exportRopa', (uri?: vscode.Uri, target?: vscode.Uri) => exportData(client!, 'ropa', uri, target)),
    vscode.commands.registerCommand('privacyPolicy.compareWithHead', (uri?: vscode.Uri) => compareWithHead(client!, uri)),
    vscode.commands.registerCommand('privacyPolicy.restartServer', () => client!.restart()),
    vscode.window.registerWebviewPanelSerializer(PreviewManager.viewType, previews),
  );
  // Not awaited: activation stays fast; requests made before the server is ready wait for it.
  client.start().catch((error: Error) => void vscode.window.showErrorMessage(`The Privacy Policy language server could not start: ${error.message}`));
  return { previews, client };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
