// Starts the bundled language server as a Node child process (the Node extension host). Bundled apart as
// dist/languageClient.js and loaded after activation (client/src/platform/node.ts).
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type NodeModule, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, startClient } from './clientOptions';
import { SERVER_NODE_FLAGS } from './serverFlags';

export function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server compiled with V8's code cache, kept in the extension's own storage (server/src/platform/nodeStart.ts).
  const storage = context.globalStorageUri;
  const run: NodeModule =
    storage.scheme === 'file'
      ? {
          module: context.asAbsolutePath(path.join('dist', 'serverStart.js')),
          transport: TransportKind.ipc,
          options: {
            execArgv: [...SERVER_NODE_FLAGS],
            env: { ...process.env, PRIVACY_POLICY_CODE_CACHE: path.join(storage.fsPath, 'code-cache') },
          },
        }
      : { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } };
  const serverOptions: ServerOptions = {
    run,
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] },
    },
  };
  return startClient(new LanguageClient('privacyPolicy', 'Privacy Policy', serverOptions, clientOptions()));
}
