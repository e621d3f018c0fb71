// The language server's platform in Node: IPC or stdio (vscode-languageserver reads --node-ipc / --stdio).
import { runInNewContext } from 'node:vm';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { ServerPlatform } from './types';
import { diskWorkspaceFiles, isFileUri } from './workspaceFiles.node';

/**
 * V8's collector, taken from a new context once the flag exposes it: on first use, not at start (node:v8 and a new
 * context cost the server's start about 15 ms). Null where the runtime refuses.
 */
let gc: (() => void) | null | undefined;
function exposeGc(): (() => void) | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

export const platform: ServerPlatform = {
  name: 'node',
  createConnection: () => createConnection(ProposedFeatures.all),
  env: (name) => process.env[name],
  injectFault(step) {
    if (process.env.PRIVACY_POLICY_TEST_FAULT === step) throw new Error(`injected fault in ${step}`);
  },
  collectGarbage: () => (gc ??= exposeGc())?.(),
  memoryUsage: () => process.memoryUsage(),
  workspaceFiles(fromClient) {
    if (!fromClient) return diskWorkspaceFiles;
    // Folders on the disk are read here; folders on another file system (a virtual workspace) through the client.
    return {
      async list(folders) {
        const others = folders.filter((f) => !isFileUri(f));
        return [...(await diskWorkspaceFiles.list(folders)), ...(others.length ? await fromClient.list(others) : [])];
      },
      read: (uri) => (isFileUri(uri) ? diskWorkspaceFiles.read(uri) : fromClient.read(uri)),
    };
  },
  onUnexpectedError(report) {
    // An exception nothing caught leaves the server in an unknown state: log it, then end the process, so that the
    // client's restart (VS Code's language client restarts a crashed server) brings back a clean one.
    process.on('uncaughtException', (error) => {
      const message = `Unexpected error; the server stops so that the editor restarts it: ${error.stack ?? error}`;
      process.stderr.write(`${message}\n`);
      try {
        report(message);
      } finally {
        setTimeout(() => process.exit(1), 100); // lets the log message reach the client first
      }
    });
    // A rejected promise nobody awaited (e.g. a notification to a client that went away) changes no state: logged.
    process.on('unhandledRejection', (reason) =>
      report(`Unhandled rejection: ${(reason as Error | undefined)?.stack ?? String(reason)}`),
    );
  },
};
