// The VS Code client: starts the bundled language server for *.privacy.yaml files and adds the preview.
// One source for both extension hosts: dist/extension.js (Node, desktop) and dist/web/extension.js (web worker,
// vscode.dev and github.dev); what differs is behind `#platform/client` (client/src/platform/).
import { t, useInterfaceLanguage } from './localize';
import { platform } from '#platform/client';
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { compareWithFile, compareWithHead, trackGitAvailability } from './compareWithHead';
import { exportData, exportHtml } from './exportHtml';
import { PreviewManager } from './preview/previewManager';
import { clearReconciliation, reconcileHar } from './reconcileHar';
import { PolicyServer } from './server';

let server: PolicyServer | undefined;

/** What activate() returns: used by the integration tests (and open to other extensions). */
export interface PrivacyPolicyApi {
  previews: PreviewManager;
  /** The extension host this copy runs in: 'node' (desktop) or 'browser' (web worker). */
  platform: 'node' | 'browser';
  /** The language client, once loaded (see `ready`). */
  readonly client: BaseLanguageClient | undefined;
  ready: Promise<BaseLanguageClient>;
}

export function activate(context: vscode.ExtensionContext): PrivacyPolicyApi {
  // The client's own words follow privacyPolicy.interfaceLanguage (the server reads the setting itself).
  const words = useInterfaceLanguage(context.extensionUri);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('privacyPolicy.interfaceLanguage')) void useInterfaceLanguage(context.extensionUri);
    }),
  );
  server = new PolicyServer(() => words.then(() => platform.startLanguageClient(context)));
  const policyServer = server;
  const previews = new PreviewManager(context, policyServer);
  context.subscriptions.push(
    previews,
    vscode.commands.registerCommand('privacyPolicy.showPreview', (uri?: vscode.Uri) =>
      previews.show(uri, { toSide: false }),
    ),
    vscode.commands.registerCommand('privacyPolicy.showPreviewToSide', (uri?: vscode.Uri) =>
      previews.show(uri, { toSide: true }),
    ),
    vscode.commands.registerCommand('privacyPolicy.toggleLock', () => previews.toggleLock()),
    vscode.commands.registerCommand('privacyPolicy.showSource', () => previews.showSource()),
    vscode.commands.registerCommand('privacyPolicy.exportHtml', (uri?: vscode.Uri, target?: vscode.Uri) =>
      exportHtml(policyServer, uri, target),
    ),
    vscode.commands.registerCommand('privacyPolicy.exportDpv', (uri?: vscode.Uri, target?: vscode.Uri) =>
      exportData(policyServer, 'dpv', uri, target),
    ),
    vscode.commands.registerCommand('privacyPolicy.exportRopa', (uri?: vscode.Uri, target?: vscode.Uri) =>
      exportData(policyServer, 'ropa', uri, target),
    ),
    vscode.commands.registerCommand('privacyPolicy.compareWithHead', (uri?: vscode.Uri) =>
      compareWithHead(policyServer, uri),
    ),
    vscode.commands.registerCommand('privacyPolicy.compareWithFile', (uri?: vscode.Uri, other?: vscode.Uri) =>
      compareWithFile(policyServer, uri, other),
    ),
    trackGitAvailability(),
    vscode.commands.registerCommand('privacyPolicy.restartServer', () => policyServer.restart()),
    vscode.commands.registerCommand('privacyPolicy.reconcileHar', (uri?: vscode.Uri, har?: vscode.Uri) =>
      reconcileHar(policyServer, uri, har),
    ),
    vscode.commands.registerCommand('privacyPolicy.clearReconciliation', (uri?: vscode.Uri) =>
      clearReconciliation(policyServer, uri),
    ),
    vscode.window.registerWebviewPanelSerializer(PreviewManager.viewType, previews),
  );
  policyServer.ready.catch(
    (error: Error) =>
      void vscode.window.showErrorMessage(t('The Privacy Policy language client could not load: {0}', error.message)),
  );
  return {
    previews,
    platform: platform.name,
    get client() {
      return policyServer.current;
    },
    ready: policyServer.ready,
  };
}

export function deactivate(): Thenable<void> | undefined {
  return server?.stop();
}
