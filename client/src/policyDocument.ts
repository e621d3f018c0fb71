import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../server/src/protocol/constants';

export { LANGUAGE_ID };

/** The policy a command applies to: the given file, else the active editor's, else the one the preview shows. */
export async function policyDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const active = vscode.window.activeTextEditor?.document;
  return active?.languageId === LANGUAGE_ID ? active : undefined;
}
