// Custom requests between the VS Code client and the server (the renderer lives server-side, next to the
// cached analysis, so the preview never parses a document a second time). Typed once, here, and imported by both
// sides: a change to a parameter or a result is a compile error on the other side, not a runtime surprise.
// (vscode-jsonrpc is the library both vscode-languageclient and vscode-languageserver speak through.)
import { RequestType, RequestType0 } from 'vscode-jsonrpc';
import type { NoticeParts, NoticePatch, SwitchOption } from './preview';
import type { ExportFormat } from './constants';

export interface RenderParams {
  uri: string;
  /** `preview` marks missing information in place; `standalone` is the exported file. */
  mode: 'preview' | 'standalone';
  /** Overrides `policy.language` (the preview's language switch). */
  language?: string;
  /** v1.2: only what concerns this audience id (the preview's audience switch). */
  audience?: string;
  /** v1.3: the notice as one of its laws alone would have it (the preview's law switch): a law id. */
  law?: string;
  /** The preview takes the notice in parts, or as a patch on the render it shows (`since`, that render's token). */
  parts?: boolean;
  since?: string;
}

export interface RenderResult {
  uri: string;
  /** The document version the HTML was rendered from: the client drops results older than what it shows. */
  version: number;
  title: string;
  /** Language tag of the notice, for the preview page's `lang`. */
  language: string;
  /** Inner HTML of the notice (preview) or the complete document (standalone); empty when `parts` or `patch` is set. */
  html: string;
  /** This render, for a later request's `since` (with `parts` or `patch`). */
  token?: string;
  /** The notice in parts, when the request asked for them and the server can patch it later. */
  parts?: NoticeParts;
  /** The changes since the render the request's `since` names, when only entities changed. */
  patch?: NoticePatch;
  /** The notice languages the server renders, by tag and native name (the preview's language switch). */
  languages: SwitchOption[];
  /** The audiences the policy defines, for the preview's audience switch. */
  audiences?: SwitchOption[];
  /** The audience rendered, when the requested one is defined. */
  audience?: string;
  /** v1.3: the laws the notice serves, the first its own (the preview's law switch); the one rendered alone, if any. */
  laws?: SwitchOption[];
  law?: string;
}

/** The notice as HTML; null when the document is not open in the server. */
export const RenderRequest = new RequestType<RenderParams, RenderResult | null, void>('privacyPolicy/render');

export interface DiffParams {
  uri: string;
  /** The older version's text (e.g. from Git HEAD). */
  oldText: string;
}

export interface DiffResult {
  /** The report in plain words, most important first. */
  report: string;
  /** A "Changes to this policy" entry for the policy's `sections`. */
  changelog: string;
  /** How many changes people must be told about before they apply (docs/diff-and-exports.md). */
  informFirst: number;
}

/** What changed in meaning since `oldText`; null when the document is not open in the server. */
export const DiffRequest = new RequestType<DiffParams, DiffResult | null, void>('privacyPolicy/diff');

export interface ExportParams {
  uri: string;
  format: ExportFormat;
}

/** The file's content in the export format; null when the document is not open in the server. */
export const ExportRequest = new RequestType<ExportParams, string | null, void>('privacyPolicy/export');

/** The server's memory in bytes: all of `process.memoryUsage()` under Node, the JS heap in a browser worker. */
export interface MemoryUsage {
  heapUsed: number;
  heapTotal: number;
  rss?: number;
}

/** The server's own view of its memory, for the benchmark and bug reports; null where the runtime does not say. */
export const MemoryUsageRequest = new RequestType0<MemoryUsage | null, void>('privacyPolicy/memoryUsage');

// Reconciliation with a HAR recording (README, "Catalogues and evidence"). The client reads the file (through vscode.workspace.fs, so it works
// on any file system) and streams its text in chunks; the server keeps only the evidence and reports on the policy.
export interface ReconcileBeginParams {
  /** The policy the recording is compared with. */
  uri: string;
  /** The HAR file's name, for messages. */
  harName: string;
}
export interface ReconcileBeginResult {
  session: number;
}

export interface ReconcileChunkParams {
  session: number;
  text: string;
}

export interface ReconcileEndParams {
  session: number;
}
/** The summary line, or the one error that made the recording unreadable or malformed (the line the CLI prints). */
export interface ReconcileEndResult {
  summary?: string;
  findings?: number;
  error?: string;
}

/** Drops the evidence of a policy: its reconciliation diagnostics disappear. */
export interface ReconcileClearParams {
  uri: string;
}

export const ReconcileBeginRequest = new RequestType<ReconcileBeginParams, ReconcileBeginResult, void>(
  'privacyPolicy/reconcileBegin',
);
export const ReconcileChunkRequest = new RequestType<ReconcileChunkParams, null, void>('privacyPolicy/reconcileChunk');
export const ReconcileEndRequest = new RequestType<ReconcileEndParams, ReconcileEndResult, void>(
  'privacyPolicy/reconcileEnd',
);
export const ReconcileClearRequest = new RequestType<ReconcileClearParams, null, void>('privacyPolicy/reconcileClear');
