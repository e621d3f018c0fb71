// More helpers for the feature tests (04–08): positions in fixtures, provider results as text, restoring a
// fixture, and the extension's API. Like util.ts: no fixed sleeps, only bounded waits.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXTENSION_ID, SERVER_TIMEOUT_MS, lineOf, waitFor } from './util';

/** The event a preview fires after each render (client/src/preview/previewPanel.ts). */
export interface RenderResult {
  uri: string;
  version: number;
  title: string;
  html: string;
  /** v1.2 of the language: the policy's audiences and the one shown (the preview's audience switch). */
  audiences?: { id: string; label: string }[];
  audience?: string;
}

/** What the tests use of a PolicyPreview. */
export interface PreviewLike {
  resource: vscode.Uri;
  panel: vscode.WebviewPanel;
  /** An Event, or (as PolicyPreview has it today) the EventEmitter itself. */
  onDidRender: vscode.Event<RenderResult> | vscode.EventEmitter<RenderResult>;
}

/** The preview's render event, whether it exposes the Event or its EventEmitter. */
export function onDidRender(preview: PreviewLike): vscode.Event<RenderResult> {
  const e = preview.onDidRender;
  return typeof e === 'function' ? e : e.event;
}

/** What activate() returns (client/src/extension.ts). */
export interface ExtensionApi {
  previews: { all: readonly PreviewLike[] };
  client: LanguageClient;
  /** The LSP client library loads right after activation; `client` is set once this resolves. */
  ready: Promise<LanguageClient>;
}

export async function extensionApi(): Promise<{ ext: vscode.Extension<ExtensionApi>; api: ExtensionApi }> {
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  const api = await ext.activate();
  assert.ok(api?.previews && api?.ready, `${EXTENSION_ID}'s activate() did not return { previews, ready }`);
  await api.ready;
  assert.ok(api.client, 'the language client is not set once ready resolved');
  return { ext, api };
}

/** The position of the `occurrence`-th `needle` (0-based) on the first line matching `line` (searched from `from`), plus `delta` characters. */
export function positionOf(
  doc: vscode.TextDocument,
  line: RegExp,
  needle: string,
  { from = 0, delta = 0, occurrence = 0 } = {},
): vscode.Position {
  const n = lineOf(doc, line, from);
  const text = doc.lineAt(n).text;
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(
      at >= 0,
      `'${needle}' (occurrence ${occurrence + 1}) not found on line ${n + 1}: ${JSON.stringify(text)}`,
    );
  }
  return new vscode.Position(n, at + delta);
}

export function lines(doc: vscode.TextDocument): string[] {
  return doc.getText().split(/\r?\n/);
}

/** Plain text of hover contents (MarkdownString, MarkedString or { language, value }). */
export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

/** Replaces the whole document with `text` (undoing a test's edits without a dialog) and checks it took. */
export async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  if (doc.getText() === text) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), `applyEdit restoring ${doc.uri.path.split('/').pop()}`);
  assert.equal(doc.getText(), text, 'the document is back to its original text');
}

/**
 * Calls a provider command until `accept` returns a truthy value (the language client registers its providers
 * only once the server has answered `initialize`, so a first call can find none).
 */
export function untilProvided<R, T>(
  run: () => Thenable<R>,
  accept: (result: R) => T | undefined | false | null,
  what: string,
  timeoutMs = SERVER_TIMEOUT_MS,
): Promise<T> {
  let last: R | undefined;
  return waitFor(
    async () => {
      last = await run();
      return accept(last);
    },
    timeoutMs,
    what,
    { describe: () => JSON.stringify(last, null, 0)?.slice(0, 1500) ?? 'undefined' },
  );
}

/** Start and end of a Location or LocationLink, as `line:character` strings (1-based lines, for messages). */
export function targetOf(loc: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in loc
    ? { uri: loc.targetUri, range: loc.targetSelectionRange ?? loc.targetRange }
    : { uri: loc.uri, range: loc.range };
}

export function showRange(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** Closes the (untitled, hence dirty) report without a save prompt. */
export async function discardUntitled(doc: vscode.TextDocument | undefined): Promise<void> {
  if (!doc || doc.isClosed || !doc.isUntitled) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** The fenced block of `language` in a markdown text. */
export function fenced(markdown: string, language: string): string | undefined {
  return new RegExp('^```' + language + '\\r?\\n([\\s\\S]*?)^```', 'm').exec(markdown)?.[1];
}
