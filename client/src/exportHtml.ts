// "Privacy Policy: Export HTML": writes the same standalone file as `privacy-policy render`.
import { t } from './localize';
import * as vscode from 'vscode';
import type { PolicyServer } from './server';
import { ExportRequest, RenderRequest } from '../../server/src/protocol/requests';
import type { ExportFormat } from '../../server/src/protocol/constants';
import { policyDocument } from './policyDocument';

/** `target` skips the save dialog (for scripts and tests). */
export async function exportHtml(
  server: PolicyServer,
  uri?: vscode.Uri,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const document = await policyDocument(uri);
  if (!document) {
    void vscode.window.showInformationMessage(t('Open a *.privacy.yaml file to export it as HTML.'));
    return undefined;
  }
  const defaultUri = document.uri.with({ path: document.uri.path.replace(/\.privacy\.ya?ml$/i, '') + '.html' });
  target ??= await vscode.window.showSaveDialog({ defaultUri, filters: { HTML: ['html'] }, saveLabel: t('Export') });
  if (!target) return undefined;
  const result = await server.request(RenderRequest, { uri: document.uri.toString(), mode: 'standalone' });
  if (!result) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.html));
  void vscode.window.showInformationMessage(
    t('Exported the privacy notice to {0}.', vscode.workspace.asRelativePath(target)),
  );
  return target;
}

const FORMATS = {
  dpv: {
    extension: 'jsonld',
    filter: { 'JSON-LD': ['jsonld', 'json'] },
    exported: (path: string) => t('Exported the Data Privacy Vocabulary (JSON-LD) to {0}.', path),
  },
  ropa: {
    extension: 'csv',
    filter: { CSV: ['csv'] },
    exported: (path: string) => t('Exported the record of processing activities (Art 30, CSV) to {0}.', path),
  },
} satisfies Record<
  ExportFormat,
  { extension: string; filter: Record<string, string[]>; exported: (path: string) => string }
>;

/** "Export DPV (JSON-LD)" and "Export Record of Processing (CSV)": the same files as `privacy-policy export`. */
export async function exportData(
  server: PolicyServer,
  format: ExportFormat,
  uri?: vscode.Uri,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const document = await policyDocument(uri);
  if (!document) {
    void vscode.window.showInformationMessage(t('Open a *.privacy.yaml file to export it.'));
    return undefined;
  }
  const info = FORMATS[format];
  const defaultUri = document.uri.with({
    path: `${document.uri.path.replace(/\.privacy\.ya?ml$/i, '')}.${format === 'ropa' ? 'ropa' : 'dpv'}.${info.extension}`,
  });
  target ??= await vscode.window.showSaveDialog({ defaultUri, filters: info.filter, saveLabel: t('Export') });
  if (!target) return undefined;
  const content = await server.request(ExportRequest, { uri: document.uri.toString(), format });
  if (content === null) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(info.exported(vscode.workspace.asRelativePath(target)));
  return target;
}
