// The LSP glue: a thin layer that wires the pure language service to a connection.
// Runs inside VS Code (IPC) or standalone for other editors: `node dist/server.js --stdio`; and in a browser web
// worker for vscode.dev (dist/web/server.js). What differs is behind `#platform/server` (server/src/platform/).
import { useCatalogueLocations } from '#platform/catalogues';
import { platform } from '#platform/server';
import {
  CodeActionKind,
  ResponseError,
  ErrorCodes,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiffRequest, ExportRequest, MemoryUsageRequest, RenderRequest } from './protocol/requests';
import { EXPORT_FORMATS, isExportFormat } from './service/exports';
import { createLanguageService, DIAGNOSTIC_SOURCE, RenameError } from './service/languageService';
import { registerReconcileRequests } from './reconcileRequests';
import type { RuleSettings } from './service/validation';

/** A keystroke burst within this many milliseconds produces one analysis. */
const DEBOUNCE_MS = Number(platform.env('PRIVACY_POLICY_DEBOUNCE_MS') ?? 150);

const connection = platform.createConnection();
const documents = new TextDocuments(TextDocument);
let service = createLanguageService();

let usePull = false;
let canAskConfiguration = false;
/** Severity settings from initializationOptions or a pushed didChangeConfiguration: for clients that cannot be asked. */
let defaultSettings: RuleSettings = {};
/**
 * Severity settings per document, asked with the document as `scopeUri` (privacyPolicy.rules has resource scope:
 * a folder's settings apply to the policies in it). Asked once per document, again after a configuration change.
 */
const documentSettings = new Map<string, { pending: Promise<RuleSettings>; value?: RuleSettings }>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  const options = (params.initializationOptions ?? {}) as { diagnosticMode?: 'push' | 'pull'; rules?: RuleSettings; catalogueUrls?: Record<string, string> };
  // The browser client says where the catalogue files are (a web worker cannot find its extension's folder).
  if (options.catalogueUrls) useCatalogueLocations(options.catalogueUrls);
  // Pull when the client can and did not ask for push; never both, or editors would show every problem twice.
  usePull = options.diagnosticMode === 'pull' || (options.diagnosticMode !== 'push' && !!caps.textDocument?.diagnostic);
  canAskConfiguration = !!caps.workspace?.configuration;
  defaultSettings = options.rules ?? {};
  service = createLanguageService({ versionedEdits: !!caps.workspace?.workspaceEdit?.documentChanges });
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    // '(' opens a citation's paragraph or point ("Art 6(", SPEC §9).
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
  };
  if (usePull) capabilities.diagnosticProvider = { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
  return { capabilities, serverInfo: { name: 'privacy-policy-language-server', version: '0.1.0' } };
});

connection.onInitialized(() => {
  if (canAskConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'privacyPolicy' });
});

/** The settings that apply to a document, once the client has said (asked at most once per document). */
function settingsFor(uri: string): Promise<RuleSettings> {
  if (!canAskConfiguration) return Promise.resolve(defaultSettings);
  const known = documentSettings.get(uri);
  if (known) return known.pending;
  const entry: { pending: Promise<RuleSettings>; value?: RuleSettings } = { pending: Promise.resolve({}) };
  entry.pending = (connection.workspace.getConfiguration({ scopeUri: uri, section: 'privacyPolicy.rules' }) as Promise<RuleSettings | null>).then(
    (rules) => (entry.value = rules ?? {}),
    (error: Error) => {
      connection.console.warn(`Could not read the privacyPolicy.rules setting for ${uri}: ${error.message}`);
      return (entry.value = defaultSettings);
    },
  );
  documentSettings.set(uri, entry);
  return entry.pending;
}

/** The settings already known for a document, for requests that answer at once (code actions). */
const knownSettings = (uri: string): RuleSettings => documentSettings.get(uri)?.value ?? defaultSettings;

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { privacyPolicy?: { rules?: RuleSettings } } | null)?.privacyPolicy?.rules;
  if (canAskConfiguration) documentSettings.clear();
  else if (pushed) defaultSettings = pushed;
  if (usePull) void connection.languages.diagnostics.refresh();
  else for (const doc of documents.all()) void publish(doc);
});

async function publish(doc: TextDocument): Promise<void> {
  const settings = await settingsFor(doc.uri);
  const latest = documents.get(doc.uri);
  // Never publish for an older version than the latest: the editor would show stale problems.
  if (!latest || latest.version !== doc.version) return;
  try {
    const diagnostics = service.diagnostics(doc, settings);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    if (doc.getText().length > LARGE_DOCUMENT) collectGarbageSoon();
  } catch (error) {
    connection.console.error(`Analysis of ${doc.uri} failed: ${(error as Error).stack ?? String(error)}`);
  }
}

/**
 * Parsing a large document leaves tens of megabytes of garbage that V8 would otherwise keep as resident memory
 * until its next major collection. When the server is idle after analysing one, collect it (the live heap is small).
 */
const LARGE_DOCUMENT = 64 * 1024;
let gcTimer: ReturnType<typeof setTimeout> | undefined;
const collect = platform.collectGarbage;
function collectGarbageSoon(): void {
  if (!collect) return;
  clearTimeout(gcTimer);
  gcTimer = setTimeout(() => collect(), 500);
}

function schedule(doc: TextDocument, delay: number): void {
  if (usePull) return;
  clearTimeout(timers.get(doc.uri));
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      const latest = documents.get(doc.uri);
      if (latest) void publish(latest);
    }, delay),
  );
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  service.forget(e.document.uri);
  documentSettings.delete(e.document.uri);
  if (!usePull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params) => {
  const settings = documents.get(params.textDocument.uri) ? await settingsFor(params.textDocument.uri) : defaultSettings;
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  return { kind: DocumentDiagnosticReportKind.Full, items: service.diagnostics(doc, settings) };
});

/**
 * Runs one request handler on the latest version of its document. An exception in one handler is logged and
 * answered with an error for that request only: every other feature keeps working.
 */
function handle<P extends { textDocument: { uri: string } }, R>(name: string, fallback: R, run: (doc: TextDocument, params: P) => R) {
  return (params: P): R => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return fallback;
    try {
      // Test-only fault injection: proves that one failing handler leaves every other feature working.
      if (platform.env('PRIVACY_POLICY_TEST_FAULT') === name) throw new Error(`injected fault in ${name}`);
      return run(doc, params);
    } catch (error) {
      if (error instanceof RenameError) throw new ResponseError(ErrorCodes.InvalidRequest, error.message);
      connection.console.error(`${name} failed on ${doc.uri}: ${(error as Error).stack ?? String(error)}`);
      return fallback;
    }
  };
}

connection.onCompletion(handle('Completion', null, (doc, p) => service.completion(doc, p.position)));
connection.onHover(handle('Hover', null, (doc, p) => service.hover(doc, p.position)));
connection.onCodeAction(handle('Code actions', [], (doc, p) => service.codeActions(doc, p.range, p.context, knownSettings(doc.uri))));
connection.onDefinition(handle('Definition', null, (doc, p) => service.definition(doc, p.position)));
connection.onReferences(handle('References', [], (doc, p) => service.references(doc, p.position, p.context.includeDeclaration)));
connection.onPrepareRename(handle('Prepare rename', null, (doc, p) => service.prepareRename(doc, p.position)));
connection.onRenameRequest(handle('Rename', null, (doc, p) => service.rename(doc, p.position, p.newName)));
connection.onDocumentHighlight(handle('Highlights', [], (doc, p) => service.highlights(doc, p.position)));
connection.onDocumentSymbol(handle('Symbols', [], (doc) => service.symbols(doc)));
connection.onFoldingRanges(handle('Folding', [], (doc) => service.folding(doc)));
connection.onDocumentLinks(handle('Document links', [], (doc) => service.links(doc)));

connection.onRequest(RenderRequest, async (params) => {
  const settings = documents.get(params.uri) ? await settingsFor(params.uri) : defaultSettings;
  const doc = documents.get(params.uri);
  if (!doc) return null;
  return { uri: doc.uri, version: doc.version, ...service.render(doc, { mode: params.mode, language: params.language, audience: params.audience }, settings) };
});

connection.onRequest(DiffRequest, (params) => {
  const doc = documents.get(params.uri);
  if (!doc) return null;
  const { report, changelog, informFirst } = service.compare(doc, params.oldText);
  return { report, changelog, informFirst };
});

connection.onRequest(ExportRequest, (params) => {
  if (!isExportFormat(params.format)) return new ResponseError(ErrorCodes.InvalidParams, `Unknown export format '${String(params.format)}': use ${EXPORT_FORMATS.join(' or ')}.`);
  const doc = documents.get(params.uri);
  return doc ? service.export(doc, params.format) : null;
});

registerReconcileRequests(connection, {
  service: () => service,
  document: (uri) => documents.get(uri),
  refresh(uri) {
    const doc = documents.get(uri);
    if (usePull) void connection.languages.diagnostics.refresh();
    else if (doc) void publish(doc);
  },
});

// For the benchmark and bug reports: the server's own view of its memory.
connection.onRequest(MemoryUsageRequest, () => platform.memoryUsage());

platform.onUnexpectedError((message) => connection.console.error(message));

documents.listen(connection);
connection.listen();
