// The language server's platform in Node: IPC or stdio (vscode-languageserver reads --node-ipc / --stdio).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { ServerPlatform } from './types';

export const platform: ServerPlatform = {
  name: 'node',
  createConnection: () => createConnection(ProposedFeatures.all),
  env: (name) => process.env[name],
  collectGarbage: (() => {
    try {
      setFlagsFromString('--expose-gc');
      return runInNewContext('gc') as () => void;
    } catch {
      return undefined;
    }
  })(),
  memoryUsage: () => process.memoryUsage(),
  onUnexpectedError(report) {
    process.on('uncaughtException', (error) => report(`Unexpected error: ${error.stack ?? error}`));
    process.on('unhandledRejection', (reason) => report(`Unhandled rejection: ${String(reason)}`));
  },
};
