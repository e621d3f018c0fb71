// The workspace's policy files for a language server that cannot read them itself (README, "Workspace problems"):
// in the browser the server is a web worker without a file system, and in a virtual workspace the files are not on
// disk. It asks through the requests of server/src/protocol/workspaceFiles.ts; this answers them with
// vscode.workspace, which reaches every file system the editor has.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { MAX_WORKSPACE_POLICIES, POLICY_FILE_GLOB, SKIPPED_FOLDERS_GLOB } from '../../server/src/protocol/constants';
import {
  ReadFilesRequest,
  WorkspaceFilesRequest,
  type ReadFilesParams,
  type ReadFilesResult,
  type WorkspaceFilesParams,
  type WorkspaceFilesResult,
} from '../../server/src/protocol/workspaceFiles';

/** What the language client's initializationOptions say, so that the server knows it may ask. */
export const WORKSPACE_FILES_OPTION = { workspaceFiles: true } as const;

async function policyFiles(params: WorkspaceFilesParams): Promise<WorkspaceFilesResult> {
  const uris: string[] = [];
  for (const folder of params.folders) {
    const pattern = new vscode.RelativePattern(vscode.Uri.parse(folder), POLICY_FILE_GLOB);
    // The folders `privacy-policy check` skips are skipped here too, so both find the same files.
    const found = await vscode.workspace.findFiles(pattern, SKIPPED_FOLDERS_GLOB, MAX_WORKSPACE_POLICIES);
    uris.push(...found.map((uri) => uri.toString()).sort());
  }
  return { uris };
}

async function readFiles(params: ReadFilesParams): Promise<ReadFilesResult> {
  const decoder = new TextDecoder();
  return {
    files: await Promise.all(
      params.uris.map(async (uri) => {
        try {
          return { uri, text: decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))) };
        } catch {
          return { uri }; // removed or unreadable: the server drops the file
        }
      }),
    ),
  };
}

/** Answers the server's requests for the workspace's files (registered before the client starts). */
export function serveWorkspaceFiles(client: BaseLanguageClient): void {
  // By method name, as client/src/server.ts sends its requests: the types come from this bundle's vscode-jsonrpc.
  client.onRequest(WorkspaceFilesRequest.method, policyFiles);
  client.onRequest(ReadFilesRequest.method, readFiles);
}
