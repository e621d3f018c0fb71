// The VS Code client: starts the bundled language server for *.privacy.yaml files.
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'privacy-policy' }],
    synchronize: { configurationSection: 'privacyPolicy' },
    // Push diagnostics: the server debounces them per document and never sends a stale version.
    initializationOptions: { diagnosticMode: 'push' },
  };
  client = new LanguageClient('privacyPolicy', 'Privacy Policy', serverOptions, clientOptions);
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
