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
  /** Calls `listener` with every publication from now on. */
  onPublished(listener: (p: PublishDiagnosticsParams) => void): void;
  /** What the server registered dynamically (client/registerCapability). */
  registrations: { method: string; registerOptions?: unknown }[];
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
  /**
   * Sends a request and its cancellation in one write, so that the server reads both before it handles either:
   * the request is cancelled before any work, whatever the machine's speed. Resolves with the response message.
   */
  requestThenCancel(method: string, params: unknown): Promise<RawResponse>;
  /** Writes several messages in one write (see requestThenCancel); resolves with the responses to the requests among them. */
  writeTogether(messages: RawMessage[]): Promise<RawResponse[]>;
  /** Resident memory of the server process now and at its peak, in MB (Linux /proc). */
  memory(): { rss: number; peak: number };
  /** CPU time the server process has used so far, user and system, in ms (Linux /proc; 10 ms steps). */
  cpuMs(): number;
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
  workspaceFolders?: { uri: string; name: string }[];
  /** The editor's display language (`initialize.locale`). */
  locale?: string;
}

/** A message written as is: a request when it has an `id`, else a notification. */
export interface RawMessage {
  method: string;
  params: unknown;
  id?: string;
}

export interface RawResponse {
  id: string;
  /** The order in which the responses arrived (1, 2, …, over the client's life). */
  arrival: number;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export async function startServer(options: ServerOptions = {}): Promise<TestClient> {
  const child = spawn(process.execPath, options.command ?? [...SERVER_NODE_FLAGS, SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  // Responses to the raw requests (string ids of our own) are taken out before the connection sees them.
  const rawWaiters = new Map<string, (response: RawResponse) => void>();
  let arrivals = 0;
  const reader = new StreamMessageReader(child.stdout);
  const listen = reader.listen.bind(reader);
  reader.listen = (callback) =>
    listen((message) => {
      const response = message as unknown as RawResponse & { method?: string };
      const waiter = typeof response.id === 'string' && !response.method ? rawWaiters.get(response.id) : undefined;
      if (!waiter) return callback(message);
      rawWaiters.delete(response.id);
      waiter({ ...response, arrival: ++arrivals });
    });
  const connection = createMessageConnection(reader, new StreamMessageWriter(child.stdin));
  let rawIds = 0;
  const writeTogether = async (messages: RawMessage[]): Promise<RawResponse[]> => {
    // Everything the connection was writing is written first (its writes are queued in order), so that nothing
    // lands between the bytes below.
    await connection.sendNotification('$/privacyPolicy/testFlush');
    const answers = messages
      .filter((m) => m.id !== undefined)
      .map((m) => new Promise<RawResponse>((resolveAnswer) => rawWaiters.set(m.id!, resolveAnswer)));
    const bytes = messages.map((m) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    child.stdin.write(Buffer.concat(bytes));
    return Promise.all(answers);
  };
  const published: PublishDiagnosticsParams[] = [];
  const stderr: string[] = [];
  const waiters: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  child.stderr.on('data', (d) => stderr.push(String(d)));
  const listeners: ((p: PublishDiagnosticsParams) => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const listener of listeners) listener(p);
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
  const registrations: { method: string; registerOptions?: unknown }[] = [];
  connection.onRequest('client/registerCapability', (params: { registrations: typeof registrations }) => {
    registrations.push(...params.registrations);
    return null;
  });
  connection.listen();
  const initialized = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    workspaceFolders: options.workspaceFolders ?? null,
    capabilities: options.capabilities ?? {},
    initializationOptions: options.initializationOptions,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await connection.sendNotification('initialized', {});

  return {
    connection,
    process: child,
    published,
    stderr,
    registrations,
    onPublished: (listener) => void listeners.push(listener),
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
    writeTogether,
    requestThenCancel: async (method, params) => {
      const id = `raw-${++rawIds}`;
      const [response] = await writeTogether([
        { id, method, params },
        { method: '$/cancelRequest', params: { id } },
      ]);
      return response;
    },
    memory: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
      return { rss: field('VmRSS'), peak: field('VmHWM') };
    },
    cpuMs: () => {
      // Fields 14 and 15 of /proc/<pid>/stat (after the command name in parentheses): utime and stime in ticks of
      // 1/100 s (CLK_TCK on Linux).
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
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
