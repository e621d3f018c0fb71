// A minimal LSP client for the protocol tests: spawns `node dist/server.js --stdio` and speaks JSON-RPC to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  InitializeResult,
  PublishDiagnosticsParams,
  ServerCapabilities,
} from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';
import { built } from './built';
import { SERVER_NODE_FLAGS } from '../../client/src/serverFlags';

export const SERVER = built('dist/server.js');

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcess;
  published: PublishDiagnosticsParams[];
  stderr: string[];
  /** What the server announced in its initialize result. */
  capabilities: ServerCapabilities;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, text: string, version: number): void;
  close(uri: string): void;
  /** Resolves with the next publication for `uri` that satisfies `accept`. */
  nextDiagnostics(
    uri: string,
    accept?: (p: PublishDiagnosticsParams) => boolean,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams>;
  request<T>(method: string, params: unknown): Promise<T>;
  /** Resident memory of the server process now and at its peak, in MB (Linux /proc). */
  memory(): { rss: number; peak: number };
  stop(): Promise<void>;
}

export interface ServerOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  env?: Record<string, string>;
  /** Another server to start instead of ours (e.g. yaml-language-server), as node arguments. */
  command?: string[];
  /** Answers workspace/configuration, per section and scope (the document's uri, when the server gives one). */
  configuration?: (section: string, scopeUri: string | undefined) => unknown;
  rootUri?: string;
}

export async function startServer(options: ServerOptions = {}): Promise<TestClient> {
  const child = spawn(process.execPath, options.command ?? [...SERVER_NODE_FLAGS, SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published: PublishDiagnosticsParams[] = [];
  const stderr: string[] = [];
  const waiters: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.accept(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  connection.onNotification('window/logMessage', (m: { message: string }) => void stderr.push(m.message));
  connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) =>
    params.items.map((i) => options.configuration?.(i.section ?? '', i.scopeUri) ?? null),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initialized = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: options.capabilities ?? {},
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification('initialized', {});

  return {
    connection,
    process: child,
    published,
    stderr,
    capabilities: initialized?.capabilities ?? {},
    open: (uri, text, version = 1) =>
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'privacy-policy', version, text },
      }),
    change: (uri, text, version) =>
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      }),
    close: (uri) => void connection.sendNotification('textDocument/didClose', { textDocument: { uri } }),
    nextDiagnostics: (uri, accept = () => true, timeoutMs = 10_000) =>
      new Promise((resolvePromise, reject) => {
        const timer = setTimeout(
          () =>
            reject(new Error(`No diagnostics for ${uri} within ${timeoutMs} ms. Server stderr:\n${stderr.join('')}`)),
          timeoutMs,
        );
        waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolvePromise(p)) });
      }),
    request: <T>(method: string, params: unknown) => connection.sendRequest<T>(method, params),
    memory: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
      return { rss: field('VmRSS'), peak: field('VmHWM') };
    },
    stop: async () => {
      const exited = new Promise<void>((r) => (child.exitCode !== null ? r() : child.once('exit', () => r())));
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        /* the process may already be gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      child.kill();
      connection.dispose();
    },
  };
}

export const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code)).sort();
