// What the language server needs from its runtime: the one seam between Node (VS Code desktop, other editors) and
// a browser web worker (vscode.dev, github.dev). The build picks the implementation through the `#platform/server`
// import (package.json "imports": the `browser` condition for the web bundle, Node otherwise).
import type { MemoryUsage } from '../protocol/requests';
import type { Connection } from 'vscode-languageserver';
import type { WorkspaceFileAccess } from '../service/workspaceProblems';

export interface ServerPlatform {
  /** Where the server runs, for bug reports. */
  readonly name: 'node' | 'browser';
  /** The LSP connection: IPC or stdio in Node, postMessage in a web worker. */
  createConnection(): Connection;
  /** A setting from the environment (tuning); a web worker has none. */
  env(name: string): string | undefined;
  /**
   * Test-only fault injection, the one place it is configured: throws when the environment's
   * PRIVACY_POLICY_TEST_FAULT names this step (the robustness tests prove that one failing step leaves every other
   * feature working). Product code below the edges never reads it; the edges pass it down as a hook.
   */
  injectFault(step: string): void;
  /** A major garbage collection, where the runtime lets the server ask for one. */
  readonly collectGarbage: (() => void) | undefined;
  /** The server's memory as the runtime reports it (null where it does not). */
  memoryUsage(): MemoryUsage | null;
  /**
   * Reports errors that escaped every handler. In Node an uncaught exception then ends the process (the client
   * restarts it); in a web worker it is reported only.
   */
  onUnexpectedError(report: (message: string) => void): void;
  /**
   * How the workspace's policy files are listed and read (README, "Workspace problems"), given what the client
   * offers (`fromClient`, when it answers privacyPolicy/workspaceFiles and privacyPolicy/readFiles): Node reads the
   * disk, and asks the client only for folders on another file system; a web worker has no file system and waits for
   * the client. Undefined: no workspace problems.
   */
  workspaceFiles(fromClient: WorkspaceFileAccess | undefined): WorkspaceFileAccess | undefined;
}
