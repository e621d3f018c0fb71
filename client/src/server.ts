// The language server as the rest of the client sees it. The LSP client library is most of the extension's
// code (≈ 430 KB), so it is loaded right after activation instead of during it; requests wait until it is ready.
import type { RequestType } from 'vscode-jsonrpc';
import type { BaseLanguageClient } from 'vscode-languageclient';

export class PolicyServer {
  private client: BaseLanguageClient | undefined;
  /** Resolves with the started client. */
  readonly ready: Promise<BaseLanguageClient>;

  constructor(load: () => BaseLanguageClient | Promise<BaseLanguageClient>) {
    // A macrotask: activation returns before the client library loads.
    this.ready = new Promise((resolve, reject) =>
      setTimeout(() => {
        try {
          Promise.resolve(load()).then((client) => resolve((this.client = client)), reject);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0),
    );
  }

  /** The client once loaded (undefined during the first moments after activation). */
  get current(): BaseLanguageClient | undefined {
    return this.client;
  }

  /** Sends one of the requests of server/src/protocol/requests.ts, typed by it. */
  async request<P, R, E>(type: RequestType<P, R, E>, params: P): Promise<R> {
    const client = await this.ready;
    await client.start(); // resolves at once when already running; waits while (re)starting
    // By method name: `type` comes from this bundle's copy of vscode-jsonrpc and the client from the lazily loaded
    // bundle's, and vscode-jsonrpc recognises a request type's parameter structure by object identity.
    return client.sendRequest<R>(type.method, params);
  }

  async restart(): Promise<void> {
    const client = await this.ready;
    await client.stop();
    await client.start();
  }

  stop(): Thenable<void> | undefined {
    return this.client?.stop();
  }
}
