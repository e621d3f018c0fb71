// The requests by which a language server without a file system (the browser's web worker) asks the client to list
// and read the workspace's policy files (README, "Workspace problems"; which files they are: constants.ts). Typed
// once, here, for both sides (like requests.ts).
import { RequestType } from 'vscode-jsonrpc';

/**
 * `initializationOptions.workspaceFiles: true`: the client answers the two requests below. The VS Code client
 * does; the server asks only where it cannot read the files itself (a browser, a folder on a virtual file system).
 */
export interface WorkspaceFilesOption {
  workspaceFiles?: boolean;
}

export interface WorkspaceFilesParams {
  /** The workspace folders to search, as URIs. */
  folders: string[];
}

export interface WorkspaceFilesResult {
  /** The policy files in those folders (outside the skipped folders), as URIs. */
  uris: string[];
}

/** Server → client: the policy files of the workspace folders. */
export const WorkspaceFilesRequest = new RequestType<WorkspaceFilesParams, WorkspaceFilesResult, void>(
  'privacyPolicy/workspaceFiles',
);

export interface ReadFilesParams {
  uris: string[];
}

export interface ReadFilesResult {
  /** In the order asked; `text` is absent for a file that could not be read (removed meanwhile). */
  files: { uri: string; text?: string }[];
}

/** Server → client: the text of files on disk (not what an editor has unsaved). */
export const ReadFilesRequest = new RequestType<ReadFilesParams, ReadFilesResult, void>('privacyPolicy/readFiles');
