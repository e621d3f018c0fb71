// Custom requests between the VS Code client and the server (the renderer lives server-side, next to the
// cached analysis, so the preview never parses a document a second time).

export const RenderRequest = 'privacyPolicy/render';

export interface RenderParams {
  uri: string;
  /** `preview` marks missing information in place; `standalone` is the exported file. */
  mode: 'preview' | 'standalone';
  /** Overrides `policy.language` (the preview's language switch). */
  language?: string;
  /** v1.2: only what concerns this audience id (the preview's audience switch). */
  audience?: string;
}

export interface RenderResult {
  uri: string;
  /** The document version the HTML was rendered from: the client drops results older than what it shows. */
  version: number;
  title: string;
  /** Language tag of the notice, for the preview page's `lang`. */
  language: string;
  /** Inner HTML of the notice (preview) or the complete document (standalone). */
  html: string;
  /** v1.2: the audiences the policy defines, for the preview's audience switch. */
  audiences?: { id: string; label: string }[];
  /** The audience rendered, when the requested one is defined. */
  audience?: string;
}

export const DiffRequest = 'privacyPolicy/diff';

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
  informFirst: number;
}

export const ExportRequest = 'privacyPolicy/export';

export interface ExportParams {
  uri: string;
  format: 'dpv' | 'ropa';
}

// Reconciliation with a HAR recording (SPEC §10). The client reads the file (through vscode.workspace.fs, so it works
// on any file system) and streams its text in chunks; the server keeps only the evidence and reports on the policy.
export const ReconcileBeginRequest = 'privacyPolicy/reconcileBegin';
export interface ReconcileBeginParams {
  /** The policy the recording is compared with. */
  uri: string;
  /** The HAR file's name, for messages. */
  harName: string;
}
export interface ReconcileBeginResult {
  session: number;
}

export const ReconcileChunkRequest = 'privacyPolicy/reconcileChunk';
export interface ReconcileChunkParams {
  session: number;
  text: string;
}

export const ReconcileEndRequest = 'privacyPolicy/reconcileEnd';
export interface ReconcileEndParams {
  session: number;
}
/** The summary line, or the one error that made the recording unreadable. */
export interface ReconcileEndResult {
  summary?: string;
  findings?: number;
  error?: string;
}

/** Drops the evidence of a policy: its reconciliation diagnostics disappear. */
export const ReconcileClearRequest = 'privacyPolicy/reconcileClear';
export interface ReconcileClearParams {
  uri: string;
}
