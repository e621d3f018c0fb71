// Workspace problems (README, "Workspace problems"): the problems of every policy file of the workspace folders,
// opened or not, the same as `privacy-policy check <folder>` finds. A file open in the editor is reported from its
// in-editor version; the others are read from where the platform says (the disk in Node; in a browser, the client
// hands them over) and analysed in the background, one file at a time, in slices, after any document work.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { analyzeText } from '../core/analysis';
import { Cancelled, type CancellationSignal } from '../core/cancellation';
import type { RuleSettings } from '../core/problem';
import { LANGUAGE_ID, MAX_WORKSPACE_POLICIES, SKIPPED_FOLDERS } from '../protocol/constants';
import { listedOf } from '../rules/check';
import { toDiagnostic, type LanguageService } from './languageService';
import { problemsInSlices, type SliceClock } from './slices';

/** How the workspace's policy files are listed and read: the platform's part (server/src/platform/). */
export interface WorkspaceFileAccess {
  /** The policy files (`*.privacy.yaml`, `*.privacy.yml`) under the folders, as URIs. */
  list(folders: readonly string[]): Promise<string[]>;
  /** A file's text; undefined when it cannot be read (removed meanwhile). */
  read(uri: string): Promise<string | undefined>;
}

export interface WorkspaceHost {
  files: WorkspaceFileAccess;
  service: LanguageService;
  /** The document open in the editor at `uri`, if any: its in-editor version is the one reported. */
  openDocument(uri: string): TextDocument | undefined;
  /** The severity settings that apply to a file. */
  settings(uri: string): Promise<RuleSettings>;
  clock: SliceClock;
  /** Resolves once no document work (a document's analysis, a request being answered) is under way. */
  foregroundIdle(): Promise<void>;
  log(message: string): void;
}

/** The problems of one file, as a workspace diagnostic report has them. */
export interface FileProblems {
  uri: string;
  /** The editor's version for an open document; null for a file read from the workspace. */
  version: number | null;
  /** Changes exactly when the diagnostics do, so a client that has them is told `unchanged`. */
  resultId: string;
  diagnostics: Diagnostic[];
}

interface Entry {
  uri: string;
  /** Bumped on every change: an analysis of an older generation is stale and stops. */
  generation: number;
  /** False until the file's current text has been analysed. */
  fresh: boolean;
  /** The hash of the text last analysed and the settings then, to skip a file written back unchanged. */
  analysed?: string;
  problems?: FileProblems;
  /** Tell the listeners even if the problems did not change (the editor showed its own version's until now). */
  republish?: boolean;
}

/** Told when a closed file's problems changed (`undefined`: the file is gone from the workspace). */
export type ProblemsListener = (uri: string, problems: FileProblems | undefined) => void;

export class WorkspaceProblems {
  private folders: readonly string[] = [];
  private readonly entries = new Map<string, Entry>();
  private listing: Promise<void> = Promise.resolve();
  private loop: Promise<void> | undefined;
  private readonly listeners = new Set<ProblemsListener>();
  private readonly changeWaiters = new Set<() => void>();
  /** Files analysed since the server started (for the bench and tests). */
  analysedFiles = 0;

  constructor(private readonly host: WorkspaceHost) {}

  /** Sets the workspace folders (URIs) and lists their policy files again. */
  setFolders(folders: readonly string[]): void {
    this.folders = [...folders];
    this.relist();
  }

  /** Lists the files again (a file created or removed that the editor did not report one by one). */
  relist(): void {
    const folders = this.folders;
    this.listing = this.listing
      .then(() => this.host.files.list(folders))
      .then(
        (found) => {
          // The platform lists at most MAX_WORKSPACE_POLICIES (a server started at the root of a disk).
          const uris = found.slice(0, MAX_WORKSPACE_POLICIES);
          if (found.length >= MAX_WORKSPACE_POLICIES)
            this.host.log(
              `The workspace has ${MAX_WORKSPACE_POLICIES.toLocaleString('en')} policy files or more: only the first ` +
                `${MAX_WORKSPACE_POLICIES.toLocaleString('en')} are checked until they are opened.`,
            );
          const listed = new Set(uris);
          for (const uri of [...this.entries.keys()]) if (!listed.has(uri)) this.remove(uri);
          for (const uri of uris)
            if (!this.entries.has(uri)) this.entries.set(uri, { uri, generation: 0, fresh: false });
          this.kick();
        },
        (error: Error) => this.host.log(`The workspace's policy files could not be listed: ${error.message}`),
      );
  }

  /** A file was created or changed on disk (workspace/didChangeWatchedFiles). */
  changed(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry) this.markStale(entry);
    else if (this.inFolders(uri) && this.entries.size < MAX_WORKSPACE_POLICIES) {
      this.entries.set(uri, { uri, generation: 0, fresh: false });
      this.kick();
    }
  }

  /** A file was removed from disk. */
  deleted(uri: string): void {
    if (this.entries.has(uri)) this.remove(uri);
  }

  /** The editor closed a document: what is on disk is the file's text again. */
  closed(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    entry.republish = true;
    this.markStale(entry);
  }

  /** The editor opened or changed a document: an analysis of its file on disk is no longer wanted. */
  opened(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry) {
      entry.generation++;
      this.notifyChange();
    }
  }

  /** The settings changed: every file is analysed again. */
  settingsChanged(): void {
    for (const entry of this.entries.values()) this.markStale(entry);
  }

  /** Whether `uri` is one of the workspace's policy files. */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  onDidChange(listener: ProblemsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every file has been listed and analysed (at once when nothing is left to do). */
  async settled(): Promise<void> {
    await this.listing;
    while (this.loop) await this.loop;
  }

  /**
   * Resolves at the next change of any file's problems or of an open document (a held workspace pull waits on it);
   * `dispose` stops waiting.
   */
  nextChange(): { changed: Promise<void>; dispose(): void } {
    let done: () => void = () => undefined;
    const changed = new Promise<void>((resolve) => {
      done = () => {
        this.changeWaiters.delete(done);
        resolve();
      };
      this.changeWaiters.add(done);
    });
    return { changed, dispose: () => this.changeWaiters.delete(done) };
  }

  /** Tells the held pulls that something changed (an open document's new version, a setting). */
  notifyChange(): void {
    for (const waiter of [...this.changeWaiters]) waiter();
  }

  /**
   * The problems of every workspace file: an open document's from its in-editor version (computed now, from the
   * analysis the editor's requests share), the others as last analysed. Call `settled()` first for all of them.
   */
  async report(signal: CancellationSignal): Promise<FileProblems[]> {
    const out: FileProblems[] = [];
    for (const entry of this.entries.values()) {
      if (signal.isCancellationRequested) throw new Cancelled();
      const doc = this.host.openDocument(entry.uri);
      if (doc) {
        const diagnostics = this.host.service.diagnostics(doc, await this.host.settings(doc.uri), signal);
        out.push({ uri: doc.uri, version: doc.version, resultId: resultIdOf(diagnostics), diagnostics });
      } else if (entry.problems) out.push(entry.problems);
    }
    return out;
  }

  /** The last problems found for a closed file (a pull of a document that is not open). */
  problemsOf(uri: string): FileProblems | undefined {
    return this.entries.get(uri)?.problems;
  }

  /** Under one of the folders, and not in a folder `privacy-policy check` skips (node_modules…). */
  private inFolders(uri: string): boolean {
    const folder = this.folders.find((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`));
    if (!folder) return false;
    const folders = uri.slice(folder.length).split('/').slice(0, -1);
    return !folders.some((name) => SKIPPED_FOLDERS.includes(decodeURIComponent(name)));
  }

  private markStale(entry: Entry): void {
    entry.generation++;
    entry.fresh = false;
    this.kick();
  }

  private remove(uri: string): void {
    const entry = this.entries.get(uri);
    this.entries.delete(uri);
    if (entry) entry.generation++;
    for (const listener of this.listeners) listener(uri, undefined);
    this.notifyChange();
  }

  /** Starts the background analysis unless it is running (it runs until every file is fresh). */
  private kick(): void {
    this.loop ??= this.work().finally(() => (this.loop = undefined));
  }

  private async work(): Promise<void> {
    await this.listing;
    for (;;) {
      const entry = [...this.entries.values()].find((e) => !e.fresh && !this.host.openDocument(e.uri));
      if (!entry) return;
      // Document work goes first: a keystroke's problems never wait for a closed file.
      await this.host.foregroundIdle();
      try {
        await this.analyse(entry);
      } catch (error) {
        if (!(error instanceof Cancelled)) {
          entry.fresh = true; // not retried in a loop; the next change of the file tries again
          this.host.log(
            `The problems of ${entry.uri} could not be computed: ${(error as Error).stack ?? String(error)}`,
          );
        }
      }
      await this.host.clock.yieldNow();
    }
  }

  private async analyse(entry: Entry): Promise<void> {
    const generation = entry.generation;
    const signal: CancellationSignal = {
      get isCancellationRequested() {
        return entry.generation !== generation;
      },
    };
    const text = await this.host.files.read(entry.uri);
    if (signal.isCancellationRequested || this.entries.get(entry.uri) !== entry) throw new Cancelled();
    if (text === undefined) {
      this.remove(entry.uri);
      return;
    }
    const settings = await this.host.settings(entry.uri);
    const { ui } = this.host.service;
    const key = `${hash(text)}:${text.length}:${ui.language}:${JSON.stringify(settings)}`;
    if (entry.analysed === key && entry.problems) {
      entry.fresh = true;
      if (entry.republish) this.tell(entry, entry.problems);
      return;
    }
    await this.host.foregroundIdle();
    if (signal.isCancellationRequested) throw new Cancelled();
    const analysis = analyzeText(text);
    // The parse was one piece of work: let the messages received meanwhile go first.
    await this.host.clock.yieldNow();
    const problems = await problemsInSlices(analysis, settings, undefined, signal, this.host.clock, ui);
    const doc = TextDocument.create(entry.uri, LANGUAGE_ID, 0, text);
    const diagnostics = listedOf(problems, ui).map((p) => toDiagnostic(doc, p));
    if (signal.isCancellationRequested) throw new Cancelled();
    this.analysedFiles++;
    entry.fresh = true;
    entry.analysed = key;
    const resultId = resultIdOf(diagnostics);
    if (entry.problems?.resultId === resultId && !entry.republish) return;
    this.tell(entry, { uri: entry.uri, version: null, resultId, diagnostics });
  }

  private tell(entry: Entry, problems: FileProblems): void {
    entry.problems = problems;
    entry.republish = false;
    for (const listener of this.listeners) listener(entry.uri, problems);
    this.notifyChange();
  }
}

/** FNV-1a of a string, base 36. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The same diagnostics give the same id, whatever the file's version. */
export function resultIdOf(diagnostics: Diagnostic[]): string {
  return `${diagnostics.length}-${hash(JSON.stringify(diagnostics))}`;
}
