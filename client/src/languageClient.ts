// Starts the bundled language server and keeps it alive: a crashed server is restarted, and the user is told
// once, in one clear message, instead of a flood of notifications.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../server/src/service/constants';
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Creates and starts the client (bundled apart as dist/languageClient.js, loaded after activation). */
export function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const restarts: number[] = [];
  let told = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: 'privacyPolicy' },
    // Push diagnostics: the server debounces them per document and never sends a stale version.
    initializationOptions: { diagnosticMode: 'push' },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        const now = Date.now();
        while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        restarts.push(now);
        if (restarts.length > MAX_RESTARTS) {
          return { action: CloseAction.DoNotRestart, message: 'The Privacy Policy language server stopped repeatedly and will not be restarted. Run “Privacy Policy: Restart Language Server” after saving your work, and please report the problem.' };
        }
        if (!told) {
          told = true;
          void vscode.window.showWarningMessage('The Privacy Policy language server stopped unexpectedly and was restarted. Your diagnostics will be back in a moment.');
        }
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  const client = new LanguageClient('privacyPolicy', 'Privacy Policy', serverOptions, clientOptions);
  client.start().catch((error: Error) => void vscode.window.showErrorMessage(`The Privacy Policy language server could not start: ${error.message}`));
  return client;
}
