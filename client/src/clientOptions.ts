// The language client's options, the same in the Node and the browser extension host: a crashed server is restarted,
// and the user is told once, in one clear message, instead of a flood of notifications.
import { interfaceLanguage, t } from './localize';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../server/src/protocol/constants';
import { CloseAction, ErrorAction, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { codeLensMiddleware } from './codeLensCommands';
import { serveWorkspaceFiles, WORKSPACE_FILES_OPTION } from './workspaceFiles';

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export function clientOptions(): LanguageClientOptions {
  const restarts: number[] = [];
  let told = false;
  return {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: 'privacyPolicy' },
    // Push diagnostics: the server debounces them per document and never sends a stale version; it publishes the
    // problems of the workspace's closed policy files too. The client lists and reads those files when the server
    // cannot (a web worker).
    // The interface language (privacyPolicy.interfaceLanguage, or VS Code's display language): the server's messages,
    // hovers and fix titles follow it; a change of the setting reaches the server as a configuration change.
    initializationOptions: {
      diagnosticMode: 'push',
      interfaceLanguage: interfaceLanguage(),
      ...WORKSPACE_FILES_OPTION,
    },
    middleware: codeLensMiddleware,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue, handled: true }),
      closed: () => {
        const now = Date.now();
        while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        restarts.push(now);
        if (restarts.length > MAX_RESTARTS) {
          return {
            action: CloseAction.DoNotRestart,
            message: t(
              'The Privacy Policy language server stopped repeatedly and will not be restarted. Run “Privacy Policy: ' +
                'Restart Language Server” after saving your work, and please report the problem.',
            ),
          };
        }
        if (!told) {
          told = true;
          void vscode.window.showWarningMessage(
            t(
              'The Privacy Policy language server stopped unexpectedly and was restarted. Your diagnostics will ' +
                'be back in a moment.',
            ),
          );
        }
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
}

/** Starts `client`, telling the user if the server cannot start. */
export function startClient<C extends BaseLanguageClient>(client: C): C {
  serveWorkspaceFiles(client);
  client
    .start()
    .catch(
      (error: Error) =>
        void vscode.window.showErrorMessage(
          t('The Privacy Policy language server could not start: {0}', error.message),
        ),
    );
  return client;
}
