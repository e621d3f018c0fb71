// The client's platform in the browser's web worker extension host (vscode.dev, github.dev): the language server
// runs in a web worker, and Git is reached through the built-in Git extension's API when it runs in this host too.
// Where it does not (vscode.dev, github.dev), Compare with Git HEAD is hidden and Compare with File… remains.
import * as vscode from 'vscode';
import { t } from '../localize';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, startClient } from '../clientOptions';
import type { ClientPlatform, CommittedText } from './types';

/**
 * The server's worker. VS Code starts workers from http(s) and file URLs; an extension loaded from a remote
 * (vscode-remote:, e.g. a dev container or VS Code server) cannot, so its script is read and started from a blob.
 */
async function startWorker(context: vscode.ExtensionContext): Promise<Worker> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const options: WorkerOptions = { name: 'Privacy Policy language server' };
  if (['http', 'https', 'file'].includes(script.scheme)) return new Worker(script.toString(true), options);
  const source = await vscode.workspace.fs.readFile(script);
  return new Worker(URL.createObjectURL(new Blob([new Uint8Array(source)], { type: 'text/javascript' })), options);
}

/** The part of the built-in Git extension's API (extensions/git/src/api/git.d.ts, version 1) used here. */
interface GitApi {
  getRepository(uri: vscode.Uri): { rootUri: vscode.Uri; show(ref: string, path: string): Promise<string> } | null;
}

function gitExtension(): vscode.Extension<{ getAPI(version: 1): GitApi }> | undefined {
  return vscode.extensions.getExtension('vscode.git');
}

async function textAtHead(uri: vscode.Uri): Promise<CommittedText> {
  const extension = gitExtension();
  if (!extension)
    return {
      reason: t('Git is not available here (vscode.dev and github.dev have no Git): use Compare with File… instead.'),
    };
  let api: GitApi;
  try {
    api = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
  } catch (error) {
    return { reason: t('The Git extension is not available: {0}', (error as Error).message) };
  }
  const repository = api.getRepository(uri);
  if (!repository) return { reason: t('This file is not in a Git repository.') };
  try {
    return { text: await repository.show('HEAD', uri.fsPath) };
  } catch (error) {
    const message = (error as { stderr?: string }).stderr ?? (error as Error).message;
    if (/does not exist in|exists on disk, but not in/i.test(message))
      return { reason: t('This file is not in the last commit (HEAD) yet.') };
    if (/invalid object name 'HEAD'|bad revision 'HEAD'|unknown revision/i.test(message))
      return { reason: t('This repository has no commit yet.') };
    return { reason: t('Git could not provide the committed version: {0}', message.trim()) };
  }
}

/** The catalogue files (README, "Catalogues and evidence") the server reads on first use: http(s) URLs where the extension is served from the web. */
const CATALOGUES = ['authorities.json', 'organisations.json', 'cookies.json'];

/**
 * Where the worker can fetch each catalogue file: the file's own URL when the extension is served over http(s)
 * (vscode.dev, github.dev), else (a remote, vscode-remote:) a blob: URL of its bytes, read through vscode.workspace.fs.
 */
async function catalogueUrls(context: vscode.ExtensionContext): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  for (const file of CATALOGUES) {
    const uri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'data', file);
    if (uri.scheme === 'http' || uri.scheme === 'https') urls[file] = uri.toString(true);
    else {
      try {
        urls[file] = URL.createObjectURL(
          new Blob([new Uint8Array(await vscode.workspace.fs.readFile(uri))], { type: 'application/json' }),
        );
      } catch {
        // Unreadable: the server's catalogue features say so and fall back (e.g. the authority stub).
      }
    }
  }
  return urls;
}

let worker: Worker | undefined;

export const platform: ClientPlatform = {
  name: 'browser',
  startLanguageClient(context) {
    // A function, not a Worker: each (re)start gets a fresh worker and ends the previous one. It returns the
    // transports, not the worker: VS Code's web worker host wraps `Worker`, so the library's `instanceof Worker` fails.
    let catalogues: Record<string, string> | undefined;
    const serverOptions = async () => {
      worker?.terminate();
      worker = await startWorker(context);
      catalogues ??= await catalogueUrls(context);
      return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    const options = clientOptions();
    const initializationOptions = options.initializationOptions as object;
    // Read at each (re)start's initialize, after serverOptions has run.
    options.initializationOptions = () => ({ ...initializationOptions, catalogueUrls: catalogues });
    const client = new LanguageClient('privacyPolicy', 'Privacy Policy', serverOptions, options);
    context.subscriptions.push({ dispose: () => worker?.terminate() });
    return startClient(client);
  },
  canReadGit: () => !!gitExtension(),
  onGitAvailabilityChange: (changed) => vscode.extensions.onDidChange(changed),
  textAtHead,
};
