// "Privacy Policy: Reconcile with a HAR file…": compares a recording of the site (an HTTP Archive saved from the
// browser's developer tools) with the policy. The file is read through vscode.workspace.fs (any file system, the
// browser included) and streamed to the server in chunks; the findings appear as diagnostics on the policy.
import { t } from './localize';
import * as vscode from 'vscode';
import {
  ReconcileBeginRequest,
  ReconcileChunkRequest,
  ReconcileClearRequest,
  ReconcileEndRequest,
  type ReconcileEndResult,
} from '../../server/src/protocol/requests';
import { policyDocument } from './policyDocument';
import type { PolicyServer } from './server';

/** Characters per request: large enough to be quick, small enough to keep each message modest. */
const CHUNK_CHARS = 2 * 1024 * 1024;

/** `har` skips the file picker (for scripts and tests). Resolves with the server's answer, or undefined when cancelled. */
export async function reconcileHar(
  server: PolicyServer,
  uri?: vscode.Uri,
  har?: vscode.Uri,
): Promise<ReconcileEndResult | undefined> {
  const document = await policyDocument(uri);
  if (!document) {
    void vscode.window.showInformationMessage(t('Open a *.privacy.yaml file to reconcile it with a HAR recording.'));
    return undefined;
  }
  if (!har) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: t('Reconcile'),
      title: t('Choose a HAR file recorded on the site (Network panel of the developer tools: “Save all as HAR”)'),
      filters: { [t('HTTP Archive')]: ['har'], [t('All files')]: ['*'] },
    });
    har = picked?.[0];
  }
  if (!har) return undefined;
  const name = har.path.split('/').pop() || 'recording.har';
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Reconciling with {0}', name), cancellable: true },
    async (progress, token): Promise<ReconcileEndResult | undefined> => {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(har);
      } catch (error) {
        return { error: t('cannot be read: {0}', (error as Error).message) };
      }
      const { session } = await server.request(ReconcileBeginRequest, { uri: document.uri.toString(), harName: name });
      const decoder = new TextDecoder('utf-8');
      // Bytes per slice: a UTF-8 character takes up to 4, so a slice never decodes to much more than CHUNK_CHARS.
      for (let at = 0; at < bytes.length; at += CHUNK_CHARS) {
        if (token.isCancellationRequested) {
          await server.request(ReconcileEndRequest, { session });
          return undefined;
        }
        const text = decoder.decode(bytes.subarray(at, at + CHUNK_CHARS), { stream: true });
        await server.request(ReconcileChunkRequest, { session, text });
        progress.report({ increment: (100 * Math.min(CHUNK_CHARS, bytes.length - at)) / Math.max(1, bytes.length) });
      }
      await server.request(ReconcileChunkRequest, { session, text: decoder.decode() });
      return server.request(ReconcileEndRequest, { session });
    },
  );
  if (!result) return undefined;
  if (result.error) {
    void vscode.window.showErrorMessage(`${name}: ${result.error}`);
    return result;
  }
  void vscode.window.showInformationMessage(`${result.summary}`, t('Show Problems')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return result;
}

/** "Privacy Policy: Clear HAR Reconciliation": removes the reconciliation's diagnostics from the policy. */
export async function clearReconciliation(server: PolicyServer, uri?: vscode.Uri): Promise<void> {
  const document = await policyDocument(uri);
  if (document) await server.request(ReconcileClearRequest, { uri: document.uri.toString() });
}
