// The LSP glue: a thin layer that wires the pure language service to a connection.
// Runs inside VS Code (IPC) or standalone for other editors: `node dist/server.js --stdio`; and in a browser web
// worker for vscode.dev (dist/web/server.js). What differs is behind `#platform/server` (server/src/platform/).
import { useCatalogueLocations } from '#platform/catalogues';
import { setCatalogueLog } from './catalogues/load';
import { platform } from '#platform/server';
import {
  CodeLensRefreshRequest,
  CodeActionKind,
  type CancellationToken,
  ResponseError,
  ErrorCodes,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiffRequest,
  ExportRequest,
  MemoryUsageRequest,
  RenderRequest,
  type DiffResult,
  type RenderResult,
} from './protocol/requests';
import { registerReconcileRequests } from './reconcileRequests';
import { LANGUAGES } from './languages';
import { ENGLISH, interfaceText, resolveInterfaceLanguage, type InterfaceText } from './languages/interface';
import { DiagnosticsScheduler, parseDebounceOverride } from './service/debounce';
import { EXPORT_FORMATS, isExportFormat } from './protocol/constants';
import { createLanguageService, DIAGNOSTIC_SOURCE, RenameError } from './service/languageService';
import { TOKEN_LEGEND } from './service/semanticTokens';
import type { RuleSettings } from './core/problem';
import { retiredRuleWarning } from './core/ruleIds';
import { Cancelled, type CancellationSignal } from './core/cancellation';
import { requestCancelled, signalOf, staleDiagnosticsPull } from './cancellation';
import { diagnosticsInSlices, realSliceClock } from './service/slices';
import { registerWorkspaceProblems } from './workspaceRequests';

/** A fixed debounce for tests and the bench's "before" figures; unset, the wait adapts to the analysis cost. */
const DEBOUNCE_OVERRIDE = parseDebounceOverride(platform.env('PRIVACY_POLICY_DEBOUNCE_MS'));

/** For tests: how long the rules may run before yielding (0: after every rule); unset, service/slices.ts decides. */
const SLICES = { ...realSliceClock, sliceMs: parseDebounceOverride(platform.env('PRIVACY_POLICY_SLICE_MS')) };

const connection = platform.createConnection();
setCatalogueLog((message) => connection.console.error(message));
const documents = new TextDocuments(TextDocument);
let service = createLanguageService({ log: (message) => connection.console.error(message) });

let usePull = false;
/** The interface language of the server's messages (languages/interface.ts) and the editor's locale it falls back to. */
let ui: InterfaceText = ENGLISH;
let editorLocale: string | undefined;
let canAskConfiguration = false;
/** Whether the client asks again for inlay hints and code lenses when told to (a new interface language). */
let canRefresh = { inlayHints: false, codeLenses: false };
/** The client has said `initialized`: requests to it may be sent. */
let initialised = false;
/** Severity settings from initializationOptions or a pushed didChangeConfiguration: for clients that cannot be asked. */
let defaultSettings: RuleSettings = {};
/**
 * Severity settings per document, asked with the document as `scopeUri` (privacyPolicy.rules has resource scope:
 * a folder's settings apply to the policies in it). Asked once per document, again after a configuration change.
 */
const documentSettings = new Map<string, { pending: Promise<RuleSettings>; value?: RuleSettings }>();
const scheduler = new DiagnosticsScheduler(
  {
    now: () => performance.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
  (uri) => documents.get(uri)?.version,
  DEBOUNCE_OVERRIDE,
);

/**
 * Document work that background work (the workspace problems) lets go first: a document's analysis waiting for its
 * time or under way (the scheduler's), and requests whose answer is computed in slices. A file of the workspace is
 * then started only when it cannot hold up a keystroke's problems (at most the slice under way when one comes).
 */
let slicedRequests = 0;
async function foregroundIdle(): Promise<void> {
  for (;;) {
    if (scheduler.busy) await scheduler.whenIdle();
    else if (slicedRequests > 0) await new Promise((resolve) => setTimeout(resolve, 1));
    else return;
  }
}

const workspace = registerWorkspaceProblems(connection, {
  service: () => service,
  document: (uri) => documents.get(uri),
  usePull: () => usePull,
  settingsFor: (scopeUri) => (scopeUri ? settingsFor(scopeUri) : Promise.resolve(defaultSettings)),
  files: (fromClient) => platform.workspaceFiles(fromClient),
  foregroundIdle,
  clock: SLICES,
  log: (message) => connection.console.error(message),
});

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  const options = (params.initializationOptions ?? {}) as {
    diagnosticMode?: 'push' | 'pull';
    rules?: RuleSettings;
    catalogueUrls?: Record<string, string>;
    /** `privacyPolicy.interfaceLanguage` (`auto`, or a language tag). */
    interfaceLanguage?: string;
  };
  // The browser client says where the catalogue files are (a web worker cannot find its extension's folder).
  if (options.catalogueUrls) useCatalogueLocations(options.catalogueUrls);
  // Pull when the client can and did not ask for push; never both, or editors would show every problem twice.
  usePull = options.diagnosticMode === 'pull' || (options.diagnosticMode !== 'push' && !!caps.textDocument?.diagnostic);
  canAskConfiguration = !!caps.workspace?.configuration;
  canRefresh = {
    inlayHints: !!caps.workspace?.inlayHint?.refreshSupport,
    codeLenses: !!caps.workspace?.codeLens?.refreshSupport,
  };
  defaultSettings = options.rules ?? {};
  // The interface language: the setting, else the editor's display language (LSP `locale`), else English.
  editorLocale = params.locale;
  ui = interfaceText(resolveInterfaceLanguage(options.interfaceLanguage, editorLocale));
  service = createLanguageService({
    ui,
    versionedEdits: !!caps.workspace?.workspaceEdit?.documentChanges,
    log: (message) => connection.console.error(message),
  });
  const workspaceCapabilities = workspace.initialize(params);
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    // '(' opens a citation's paragraph or point ("Art 6(", docs/language.md, "Citing the GDPR in your text").
    completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-', '('] },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentHighlightProvider: true,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    documentLinkProvider: { resolveProvider: false },
    semanticTokensProvider: { legend: TOKEN_LEGEND, full: { delta: true }, range: true },
    inlayHintProvider: { resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    selectionRangeProvider: true,
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    workspace: workspaceCapabilities.workspace,
  };
  if (usePull)
    capabilities.diagnosticProvider = {
      identifier: DIAGNOSTIC_SOURCE,
      interFileDependencies: false,
      workspaceDiagnostics: workspaceCapabilities.workspaceDiagnostics,
    };
  return { capabilities, serverInfo: { name: 'privacy-policy-language-server', version: '0.1.0' } };
});

connection.onInitialized(() => {
  if (canAskConfiguration)
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'privacyPolicy' });
  workspace.initialized();
  initialised = true;
});

/** The settings that apply to a document, once the client has said (asked at most once per document). */
function settingsFor(uri: string): Promise<RuleSettings> {
  if (!canAskConfiguration) return Promise.resolve(defaultSettings);
  const known = documentSettings.get(uri);
  if (known) return known.pending;
  const entry: { pending: Promise<RuleSettings>; value?: RuleSettings } = { pending: Promise.resolve({}) };
  entry.pending = (
    connection.workspace.getConfiguration({
      scopeUri: uri,
      section: 'privacyPolicy.rules',
    }) as Promise<RuleSettings | null>
  ).then(
    (rules) => {
      // A retired rule id still applies, to the rule that replaced it; say which.
      for (const id of Object.keys(rules ?? {})) {
        const warning = retiredRuleWarning(id);
        if (warning) connection.console.warn(`privacyPolicy.rules: ${warning}`);
      }
      return (entry.value = rules ?? {});
    },
    (error: Error) => {
      connection.console.warn(`Could not read the privacyPolicy.rules setting for ${uri}: ${error.message}`);
      return (entry.value = defaultSettings);
    },
  );
  documentSettings.set(uri, entry);
  return entry.pending;
}

/** The settings known for a document (those of the workspace until the client has answered for it). */
const knownSettings = (uri: string): RuleSettings => documentSettings.get(uri)?.value ?? defaultSettings;

connection.onDidChangeConfiguration((change) => {
  const section = (change.settings as { privacyPolicy?: { rules?: RuleSettings; interfaceLanguage?: string } } | null)
    ?.privacyPolicy;
  const pushed = section?.rules;
  if (section && 'interfaceLanguage' in section) useInterfaceLanguage(section.interfaceLanguage);
  else if (canAskConfiguration)
    void (
      connection.workspace.getConfiguration('privacyPolicy.interfaceLanguage') as Promise<string | null | undefined>
    ).then(
      (value) => useInterfaceLanguage(value ?? undefined),
      () => undefined,
    );
  if (canAskConfiguration) documentSettings.clear();
  else if (pushed) defaultSettings = pushed;
  workspace.settingsChanged();
  if (usePull) void connection.languages.diagnostics.refresh();
  else for (const doc of documents.all()) void settingsFor(doc.uri).then(() => publish(doc));
});

/**
 * A change of privacyPolicy.interfaceLanguage: messages, hovers and fix titles in the new language from now on; the
 * problems, inlay hints and code lenses already shown are asked for again.
 */
function useInterfaceLanguage(setting: string | undefined): void {
  const next = interfaceText(resolveInterfaceLanguage(setting, editorLocale));
  if (next === ui) return;
  ui = next;
  service.setInterface(ui);
  if (!initialised) return;
  workspace.settingsChanged();
  if (usePull) void connection.languages.diagnostics.refresh();
  else for (const doc of documents.all()) publish(doc);
  if (canRefresh.inlayHints) void connection.languages.inlayHint.refresh();
  if (canRefresh.codeLenses) void connection.sendRequest(CodeLensRefreshRequest.type);
}

function publish(doc: TextDocument): void {
  const latest = documents.get(doc.uri);
  // Never publish for an older version than the latest: the editor would show stale problems.
  if (!latest || latest.version !== doc.version) return;
  const started = performance.now();
  const diagnostics = analyse(doc);
  scheduler.record(doc.uri, performance.now() - started, doc.getText().length);
  if (diagnostics) send(doc, diagnostics);
}

function analyse(doc: TextDocument): Diagnostic[] | undefined {
  try {
    return service.diagnostics(doc, knownSettings(doc.uri));
  } catch (error) {
    connection.console.error(`Analysis of ${doc.uri} failed: ${(error as Error).stack ?? String(error)}`);
    return undefined;
  }
}

function send(doc: TextDocument, diagnostics: Diagnostic[] | undefined): void {
  if (!diagnostics) return;
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  if (doc.getText().length > LARGE_DOCUMENT) collectGarbageSoon();
}

/**
 * Parsing a large document leaves tens of megabytes of garbage that V8 would otherwise keep as resident memory
 * until its next major collection. When the server is idle after analysing one, collect it (the live heap is small),
 * twice: the second collection frees the pages the first one emptied (17,000-line policy, idle: 165 → 136 MB; with
 * the young generation capped, client/src/serverFlags.ts, 112 MB).
 */
const LARGE_DOCUMENT = 64 * 1024;
let gcTimer: ReturnType<typeof setTimeout> | undefined;
const collect = platform.collectGarbage;
function collectGarbageSoon(): void {
  if (!collect) return;
  clearTimeout(gcTimer);
  gcTimer = setTimeout(() => {
    collect();
    collect();
  }, 500);
}

/** Analyses and publishes a version after a wait (adaptive unless given); a newer version supersedes it. */
function schedule(doc: TextDocument, delay?: number): void {
  if (usePull) return;
  // A change means the author is not idle: a pending idle collection would land on the next analysis.
  clearTimeout(gcTimer);
  scheduler.schedule(
    doc.uri,
    doc.version,
    doc.getText().length,
    (signal) => analyseInSlices(doc, signal),
    (diagnostics) => send(doc, diagnostics),
    delay,
  );
}

/** As `analyse`, the rules run in slices: a newer version (the scheduler's signal) stops it between two slices. */
async function analyseInSlices(doc: TextDocument, signal: CancellationSignal): Promise<Diagnostic[] | undefined> {
  try {
    return await diagnosticsInSlices(service, doc, knownSettings(doc.uri), signal, SLICES);
  } catch (error) {
    if (error instanceof Cancelled) throw error;
    connection.console.error(`Analysis of ${doc.uri} failed: ${(error as Error).stack ?? String(error)}`);
    return undefined;
  }
}

/** Schedules once the document's own settings are known (one round trip the first time, then at once). */
function scheduleWithSettings(uri: string, delay?: number): void {
  void settingsFor(uri).then(() => {
    const latest = documents.get(uri);
    if (latest) schedule(latest, delay);
  });
}

documents.onDidOpen((e) => {
  workspace.problems?.opened(e.document.uri);
  scheduleWithSettings(e.document.uri, 0);
});
documents.onDidChangeContent((e) => {
  workspace.problems?.notifyChange();
  scheduleWithSettings(e.document.uri);
});
documents.onDidClose((e) => {
  scheduler.forget(e.document.uri);
  service.forget(e.document.uri);
  documentSettings.delete(e.document.uri);
  // A workspace file's problems are those of the file on disk again (workspaceRequests.ts publishes them).
  if (workspace.closed(e.document.uri)) return;
  if (!usePull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params, token) => {
  const uri = params.textDocument.uri;
  const settings = documents.get(uri) ? await settingsFor(uri) : defaultSettings;
  const doc = documents.get(uri);
  // A closed file: its problems on disk, when it is one of the workspace's files.
  if (!doc)
    return { kind: DocumentDiagnosticReportKind.Full, items: workspace.problems?.problemsOf(uri)?.diagnostics ?? [] };
  const version = doc.version;
  const stale = () => documents.get(uri)?.version !== version;
  const signal: CancellationSignal = {
    get isCancellationRequested() {
      return token.isCancellationRequested || stale();
    },
  };
  slicedRequests++;
  try {
    return {
      kind: DocumentDiagnosticReportKind.Full,
      items: await diagnosticsInSlices(service, doc, settings, signal, SLICES),
    };
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    // A newer version came: the client pulls again for it.
    throw token.isCancellationRequested ? requestCancelled() : staleDiagnosticsPull();
  } finally {
    slicedRequests--;
  }
});

/**
 * Runs one request handler on the latest version of its document. An exception in one handler is logged to the
 * output channel and that request alone gets the empty answer (`fallback`): a hover or completion that failed is
 * no hover, not an error notification in the editor, and every other feature keeps working.
 */
function handle<P extends { textDocument: { uri: string } }, R>(
  name: string,
  fallback: R,
  run: (doc: TextDocument, params: P, signal: CancellationSignal) => R,
) {
  return (params: P, token?: CancellationToken): R => {
    // A request the client cancelled before it was handled does no work (the features read the signal as they go).
    if (token?.isCancellationRequested) throw requestCancelled();
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return fallback;
    try {
      // Test-only fault injection: proves that one failing handler leaves every other feature working.
      platform.injectFault(name);
      return run(doc, params, signalOf(token));
    } catch (error) {
      if (error instanceof Cancelled) throw requestCancelled();
      if (error instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
      connection.console.error(`${name} failed on ${doc.uri}: ${(error as Error).stack ?? String(error)}`);
      return fallback;
    }
  };
}

connection.onCompletion(handle('Completion', null, (doc, p, signal) => service.completion(doc, p.position, signal)));
connection.onHover(handle('Hover', null, (doc, p, signal) => service.hover(doc, p.position, signal)));
connection.onCodeAction(
  handle('Code actions', [], (doc, p, signal) =>
    service.codeActions(doc, p.range, p.context, knownSettings(doc.uri), { signal }),
  ),
);
connection.onDefinition(handle('Definition', null, (doc, p) => service.definition(doc, p.position)));
connection.onReferences(
  handle('References', [], (doc, p) => service.references(doc, p.position, p.context.includeDeclaration)),
);
connection.onPrepareRename(handle('Prepare rename', null, (doc, p) => service.prepareRename(doc, p.position)));
connection.onRenameRequest(handle('Rename', null, (doc, p) => service.rename(doc, p.position, p.newName)));
connection.onDocumentHighlight(handle('Highlights', [], (doc, p) => service.highlights(doc, p.position)));
connection.onDocumentSymbol(handle('Symbols', [], (doc) => service.symbols(doc)));
connection.onFoldingRanges(handle('Folding', [], (doc) => service.folding(doc)));
connection.onDocumentLinks(handle('Document links', [], (doc) => service.links(doc)));
connection.languages.semanticTokens.on(handle('Semantic tokens', { data: [] }, (doc) => service.semanticTokens(doc)));
connection.languages.semanticTokens.onDelta(
  handle('Semantic tokens', { data: [] }, (doc, p) => service.semanticTokensDelta(doc, p.previousResultId)),
);
connection.languages.semanticTokens.onRange(
  handle('Semantic tokens', { data: [] }, (doc, p) => service.semanticTokensRange(doc, p.range)),
);
connection.languages.inlayHint.on(handle('Inlay hints', [], (doc, p) => service.inlayHints(doc, p.range)));
connection.onCodeLens(handle('Code lens', [], (doc) => service.codeLenses(doc)));
connection.onSelectionRanges(handle('Selection ranges', [], (doc, p) => service.selectionRanges(doc, p.positions)));
connection.onDocumentFormatting(handle('Formatting', [], (doc, p) => service.format(doc, p.options)));
connection.onDocumentRangeFormatting(handle('Formatting', [], (doc, p) => service.format(doc, p.options, p.range)));

/**
 * The custom requests get the same isolation, but the user started them (preview, export, compare): after logging,
 * a failure is answered with an error, which the client shows, rather than with an empty result it would ignore.
 */
function handleCustom<P extends { uri: string }, R>(
  name: string,
  run: (doc: TextDocument, params: P, signal: CancellationSignal) => R,
) {
  return (params: P, token?: CancellationToken): R | null => {
    if (token?.isCancellationRequested) throw requestCancelled();
    const doc = documents.get(params.uri);
    if (!doc) return null;
    try {
      platform.injectFault(name);
      return run(doc, params, signalOf(token));
    } catch (error) {
      if (error instanceof Cancelled) throw requestCancelled();
      if (error instanceof ResponseError) throw error;
      connection.console.error(`${name} failed on ${doc.uri}: ${(error as Error).stack ?? String(error)}`);
      throw new ResponseError(ErrorCodes.InternalError, `${name} failed: ${(error as Error).message}`);
    }
  };
}

connection.onRequest(
  RenderRequest,
  handleCustom('Render', (doc, params, signal): RenderResult => {
    const notice = service.render(
      doc,
      {
        mode: params.mode,
        language: params.language,
        audience: params.audience,
        law: params.law,
        beforeRender: () => platform.injectFault('Render notice'),
        signal,
        parts: params.parts,
        since: params.since,
      },
      knownSettings(doc.uri),
    );
    if (notice.error) {
      connection.console.error(`Render failed on ${doc.uri}: ${notice.error.stack ?? notice.error.message}`);
      // The preview shows the page that says so; an export must not write that page as if it were the notice.
      if (params.mode !== 'preview')
        throw new ResponseError(ErrorCodes.InternalError, `The notice could not be rendered: ${notice.error.message}`);
    }
    // A large notice's HTML and its render leave garbage too: collect it when the server is idle.
    if (doc.getText().length > LARGE_DOCUMENT) collectGarbageSoon();
    return {
      uri: doc.uri,
      version: doc.version,
      title: notice.title,
      language: notice.language,
      html: notice.html,
      languages: LANGUAGES.map((l) => ({ id: l.tag, label: l.name })),
      audiences: notice.audiences,
      audience: notice.audience,
      laws: notice.laws,
      law: notice.law,
      token: notice.token,
      parts: notice.parts,
      patch: notice.patch,
    };
  }),
);

connection.onRequest(
  DiffRequest,
  handleCustom('Diff', (doc, params, signal): DiffResult => {
    const { report, changelog, informFirst } = service.compare(doc, params.oldText, signal);
    return { report, changelog, informFirst };
  }),
);

connection.onRequest(
  ExportRequest,
  handleCustom('Export', (doc, params, signal): string => {
    if (!isExportFormat(params.format))
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `Unknown export format '${String(params.format)}': use ${EXPORT_FORMATS.join(' or ')}.`,
      );
    return service.export(doc, params.format, signal);
  }),
);

registerReconcileRequests(connection, {
  service: () => service,
  document: (uri) => documents.get(uri),
  refresh(uri) {
    const doc = documents.get(uri);
    if (usePull) void connection.languages.diagnostics.refresh();
    else if (doc) publish(doc);
  },
  log: (message) => connection.console.error(message),
  injectFault: (name) => platform.injectFault(name),
});

// For the benchmark and bug reports: the server's own view of its memory.
connection.onRequest(MemoryUsageRequest, () => platform.memoryUsage());

// An error that escaped every handler is logged; in Node the process then ends (see platform/node.ts), so that the
// client's restart brings back a clean server instead of one in an unknown state.
platform.onUnexpectedError((message) => connection.console.error(message));
// Test-only fault injection: an exception outside every handler, on the first document opened.
documents.onDidOpen(() => setTimeout(() => platform.injectFault('Uncaught')));

documents.listen(connection);
connection.listen();
