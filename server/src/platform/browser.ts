// The language server's platform in a browser web worker (vscode.dev, github.dev): messages through postMessage,
// no environment, and the browser collects garbage on its own.
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
  ProposedFeatures,
} from 'vscode-languageserver/browser';
import type { ServerPlatform } from './types';

/** The worker's global scope: it posts and receives messages like a Worker object (the DOM lib types `self` as a Window). */
const worker = self as unknown as Worker;

export const platform: ServerPlatform = {
  name: 'browser',
  createConnection: () =>
    createConnection(ProposedFeatures.all, new BrowserMessageReader(worker), new BrowserMessageWriter(worker)),
  env: () => undefined,
  injectFault: () => undefined,
  collectGarbage: undefined,
  memoryUsage: () => {
    // Chromium's non-standard performance.memory: the JS heap of this worker.
    const memory = (performance as { memory?: { usedJSHeapSize: number; totalJSHeapSize: number } }).memory;
    return memory ? { heapUsed: memory.usedJSHeapSize, heapTotal: memory.totalJSHeapSize } : null;
  },
  // No file system in a worker: the client lists and reads the files (client/src/workspaceFiles.ts).
  workspaceFiles: (fromClient) => fromClient,
  onUnexpectedError(report) {
    worker.addEventListener('error', (event) => {
      report(`Unexpected error: ${(event.error as Error | undefined)?.stack ?? event.message}`);
      event.preventDefault();
    });
    worker.addEventListener('unhandledrejection', (event) => {
      report(`Unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`);
      event.preventDefault();
    });
  },
};
