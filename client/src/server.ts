// The language server as the rest of the client sees it. The LSP client library is most of the extension's
// code (≈ 430 KB), so it is loaded right after activation instead of during it; requests wait until it is ready.
import type { RequestParam, RequestType } from 'vscode-jsonrpc';
import type { LanguageClient } from 'vscode-languageclient/node';

export class PolicyServer {
  private client: LanguageClient | undefined;
  /** Resolves with the started client. */
  readonly ready: Promise<LanguageClient>;

  constructor(load: () => LanguageClient) {
    this.ready = new Promise((resolve, reject) =>
      setImmediate(() => {
        try {
          this.client = load();
          resolve(this.client);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }),
    );
  }

  /** The client once loaded (undefined during the first moments after activation). */
  get current(): LanguageClient | undefined {
    return this.client;
  }

  /** Sends one of the requests of server/src/protocol/requests.ts, typed by it. */
  async request<P, R, E>(type: RequestType<P, R, E>, params: RequestParam<P>): Promise<R> {
    const client = await this.ready;
    await client.start(); // resolves at once when already running; waits while (re)starting
    return client.sendRequest(type, params);
  }

  async restart(): Promise<void> {
    await (await this.ready).restart();
  }

  stop(): Thenable<void> | undefined {
    return this.client?.stop();
  }
}
