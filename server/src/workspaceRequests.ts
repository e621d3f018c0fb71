// LSP glue for the workspace problems (README, "Workspace problems"): LSP 3.17 workspace diagnostics for clients
// that pull (workspace/diagnostic, with result ids), publications for clients that only take pushed diagnostics, the
// file watcher the server registers, and the workspace folders. What is computed is in service/workspaceProblems.ts;
// how files are listed and read is the platform's (server/src/platform/).
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type ResultProgressReporter,
  type ServerCapabilities,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Cancelled } from './core/cancellation';
import type { RuleSettings } from './core/problem';
import { ReadFilesRequest, WorkspaceFilesRequest, type WorkspaceFilesOption } from './protocol/workspaceFiles';
import { POLICY_FILE_GLOB, POLICY_FILE_PATTERN } from './protocol/constants';
import { requestCancelled, signalOf } from './cancellation';
import type { LanguageService } from './service/languageService';
import type { SliceClock } from './service/slices';
import { WorkspaceProblems, type FileProblems, type WorkspaceFileAccess } from './service/workspaceProblems';

export interface WorkspaceProblemsHost {
  service: () => LanguageService;
  document: (uri: string) => TextDocument | undefined;
  /** Whether the client pulls diagnostics (else closed files' problems are published). */
  usePull: () => boolean;
  /** The severity settings that apply at a scope (a document or a folder URI). */
  settingsFor: (scopeUri: string | undefined) => Promise<RuleSettings>;
  /** How the platform lists and reads the workspace's files, given what the client offers. */
  files: (fromClient: WorkspaceFileAccess | undefined) => WorkspaceFileAccess | undefined;
  /** Resolves once no document work is under way. */
  foregroundIdle: () => Promise<void>;
  /** How the analyses yield (service/slices.ts). */
  clock: SliceClock;
  log: (message: string) => void;
}

export interface WorkspaceProblemsGlue {
  /** Called from onInitialize: what the server announces for the workspace. */
  initialize(params: InitializeParams): Pick<ServerCapabilities, 'workspace'> & { workspaceDiagnostics: boolean };
  /** Called from onInitialized: registers the file watcher and starts the background analysis. */
  initialized(): void;
  /** The index, once initialized with folders. */
  readonly problems: WorkspaceProblems | undefined;
  /** The editor closed a document: true when the workspace reports it from now on (nothing to clear). */
  closed(uri: string): boolean;
  settingsChanged(): void;
}

export function registerWorkspaceProblems(connection: Connection, host: WorkspaceProblemsHost): WorkspaceProblemsGlue {
  let problems: WorkspaceProblems | undefined;
  let folders: string[] = [];
  let canWatch = false;
  let canFollowFolders = false;

  const folderOf = (uri: string) => folders.find((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`));

  const publish = (uri: string, found: FileProblems | undefined) => {
    if (host.usePull() || host.document(uri)) return;
    void connection.sendDiagnostics({ uri, diagnostics: found?.diagnostics ?? [] });
  };

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (!problems) return;
      if (change.type === FileChangeType.Deleted) {
        if (POLICY_FILE_PATTERN.test(change.uri)) problems.deleted(change.uri);
        else problems.relist(); // a folder removed with the policies in it
      } else if (POLICY_FILE_PATTERN.test(change.uri)) problems.changed(change.uri);
    }
  });

  connection.languages.diagnostics.onWorkspace(async (params, token, _workDone, resultProgress) => {
    if (!problems) return { items: [] };
    try {
      return await workspaceReport(problems, params.previousResultIds, token, resultProgress);
    } catch (error) {
      if (error instanceof Cancelled) throw requestCancelled();
      throw error;
    }
  });

  return {
    get problems() {
      return problems;
    },
    initialize(params) {
      const options = (params.initializationOptions ?? {}) as WorkspaceFilesOption;
      const fromClient: WorkspaceFileAccess | undefined = options.workspaceFiles
        ? {
            list: async (of) => (await connection.sendRequest(WorkspaceFilesRequest, { folders: [...of] })).uris,
            read: async (uri) => (await connection.sendRequest(ReadFilesRequest, { uris: [uri] })).files[0]?.text,
          }
        : undefined;
      const files = host.files(fromClient);
      folders = (params.workspaceFolders ?? []).map((f) => f.uri);
      if (!folders.length && params.rootUri) folders = [params.rootUri];
      canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
      canFollowFolders = !!params.capabilities.workspace?.workspaceFolders;
      if (files)
        problems = new WorkspaceProblems({
          files,
          service: host.service(),
          openDocument: host.document,
          // A closed file takes its folder's settings (privacyPolicy.rules has resource scope: one question per
          // folder rather than one per file); an open document its own, as its diagnostics do.
          settings: (uri) => host.settingsFor(host.document(uri) ? uri : folderOf(uri)),
          clock: host.clock,
          foregroundIdle: host.foregroundIdle,
          log: host.log,
        });
      problems?.onDidChange(publish);
      return {
        workspaceDiagnostics: !!problems,
        workspace: canFollowFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
      };
    },
    initialized() {
      if (!problems) return;
      if (canWatch)
        void connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: POLICY_FILE_GLOB }],
        });
      if (canFollowFolders)
        connection.workspace.onDidChangeWorkspaceFolders((change) => {
          const removed = new Set(change.removed.map((f) => f.uri));
          folders = [...folders.filter((f) => !removed.has(f)), ...change.added.map((f) => f.uri)];
          problems?.setFolders(folders);
        });
      problems.setFolders(folders);
    },
    closed(uri) {
      if (!problems?.has(uri)) return false;
      problems.closed(uri);
      return true;
    },
    settingsChanged() {
      problems?.settingsChanged();
    },
  };
}

/**
 * One answer to workspace/diagnostic: every file's problems once all are analysed, `unchanged` for those the client
 * has (its result id is current). A client that streams partial results (VS Code's) is sent each file's problems as
 * they come, and a request that would report nothing new is held until something changes (or it is cancelled), so
 * the client does not poll.
 */
async function workspaceReport(
  problems: WorkspaceProblems,
  previousResultIds: { uri: string; value: string }[],
  token: CancellationToken,
  resultProgress: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
): Promise<WorkspaceDiagnosticReport> {
  const known = new Map(previousResultIds.map((p) => [p.uri, p.value]));
  const signal = signalOf(token);
  const cancelled = new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()));
  const sent = new Set<string>();
  const toReport = (f: FileProblems): WorkspaceDocumentDiagnosticReport =>
    known.get(f.uri) === f.resultId
      ? { kind: DocumentDiagnosticReportKind.Unchanged, uri: f.uri, version: f.version, resultId: f.resultId }
      : {
          kind: DocumentDiagnosticReportKind.Full,
          uri: f.uri,
          version: f.version,
          resultId: f.resultId,
          items: f.diagnostics,
        };
  for (;;) {
    // Stream each closed file's problems as soon as they are found, when the client takes partial results.
    const stop = resultProgress
      ? problems.onDidChange((uri, found) => {
          if (!found || known.get(uri) === found.resultId) return;
          const report = toReport(found);
          known.set(uri, found.resultId);
          sent.add(uri);
          resultProgress.report({ items: [report] });
        })
      : () => undefined;
    try {
      await Promise.race([problems.settled(), cancelled]);
    } finally {
      stop();
    }
    if (signal.isCancellationRequested) throw new Cancelled();
    // What was streamed is not repeated, unless it changed again since.
    const items = (await problems.report(signal))
      .map(toReport)
      .filter((r) => !(sent.has(r.uri) && r.kind === DocumentDiagnosticReportKind.Unchanged));
    if (!resultProgress || sent.size > 0 || items.some((r) => r.kind === DocumentDiagnosticReportKind.Full))
      return { items };
    // Nothing new: hold the request until a file or an open document changes.
    const wait = problems.nextChange();
    try {
      await Promise.race([wait.changed, cancelled]);
    } finally {
      wait.dispose();
    }
    if (signal.isCancellationRequested) throw new Cancelled();
  }
}
