// Helpers for the VS Code integration suite: no fixed sleeps, only bounded waits on events (plus a light poll).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'privacy-policy-studio.privacy-policy-studio';
export const LANGUAGE_ID = 'privacy-policy';
export const SOURCE = 'privacy-policy';

/** Default bound for anything that involves the language server (start-up, re-validation). */
export const SERVER_TIMEOUT_MS = 30_000;

/**
 * Resolves with the first truthy value of `condition`, re-evaluated whenever one of `events` fires
 * (default: diagnostics changed) and on a 100 ms tick as a safety net. Rejects after `timeoutMs` with
 * `message` and, if given, `describe()` of the last state.
 */
export function waitFor<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs: number,
  message: string,
  options: { events?: vscode.Event<unknown>[]; describe?: () => string } = {},
): Promise<T> {
  const events = options.events ?? [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>];
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let checking = false;
    let lastError: unknown;
    const subscriptions: vscode.Disposable[] = [];
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(tick);
      subscriptions.forEach((s) => s.dispose());
      fn();
    };
    const check = async () => {
      if (done || checking) return;
      checking = true;
      try {
        const value = await condition();
        if (value) finish(() => resolve(value));
      } catch (err) {
        lastError = err;
      } finally {
        checking = false;
      }
    };
    const timer = setTimeout(() => {
      let detail = '';
      try {
        detail = options.describe ? `\n  last state: ${options.describe()}` : '';
      } catch (err) {
        detail = `\n  (describe() threw: ${String(err)})`;
      }
      if (lastError)
        detail += `\n  last error: ${lastError instanceof Error ? lastError.message : JSON.stringify(lastError)}`;
      finish(() => reject(new Error(`Timed out after ${timeoutMs} ms: ${message}${detail}`)));
    }, timeoutMs);
    const tick = setInterval(check, 100);
    for (const event of events) subscriptions.push(event(() => void check()));
    void check();
  });
}

/** The rule id of a diagnostic: `code` is a string, a number, or `{ value, target }` when it has a codeDescription. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined || code === null) return undefined;
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function withCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return ours(uri).filter((d) => codeOf(d) === code);
}

const SEVERITY = ['Error', 'Warning', 'Information', 'Hint'];

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (!all.length) return `no diagnostics for ${uri.toString()}`;
  return all
    .map(
      (d) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity]} [${d.source ?? '-'}/${codeOf(d) ?? '-'}] ` +
        `${d.message}`,
    )
    .join(' | ');
}

/** Waits until `uri` has at least one diagnostic of rule `code` (optionally matching `where`) and returns them. */
export function waitForCode(
  uri: vscode.Uri,
  code: string,
  where: (d: vscode.Diagnostic) => boolean = () => true,
  timeoutMs = SERVER_TIMEOUT_MS,
  what = `a '${code}' diagnostic`,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const found = withCode(uri, code).filter(where);
      return found.length ? found : undefined;
    },
    timeoutMs,
    `${what} on ${uri.path.split('/').pop()}`,
    { describe: () => describeDiagnostics(uri) },
  );
}

/** Waits until `uri` has no diagnostic of rule `code`. */
export async function waitForNoCode(uri: vscode.Uri, code: string, timeoutMs = SERVER_TIMEOUT_MS): Promise<void> {
  await waitFor(
    () => withCode(uri, code).length === 0,
    timeoutMs,
    `no '${code}' diagnostic on ${uri.path.split('/').pop()}`,
    {
      describe: () => describeDiagnostics(uri),
    },
  );
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite must run with the fixture folder (test/vscode/fixtures copy) open as the workspace');
  return folder;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, name);
}

export async function openFixture(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** 0-based line of the first line matching `pattern`, searched from line `from`. */
export function lineOf(doc: vscode.TextDocument, pattern: RegExp, from = 0): number {
  for (let i = from; i < doc.lineCount; i++) if (pattern.test(doc.lineAt(i).text)) return i;
  throw new Error(`no line matching ${pattern} in ${doc.uri.path.split('/').pop()} (from line ${from + 1})`);
}

/**
 * The edit both Compare tests make: the newsletter purpose moves from consent to legitimate interests, and a new
 * purpose `analytics` is added before `automated_decisions`.
 */
export async function moveNewsletterAndAddAnalytics(doc: vscode.TextDocument): Promise<void> {
  const basis = lineOf(doc, /^    basis: consent$/, lineOf(doc, /^  newsletter:$/));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, doc.lineAt(basis).range, '    basis: legitimate-interests');
  edit.insert(
    doc.uri,
    new vscode.Position(lineOf(doc, /^automated_decisions:/), 0),
    [
      '  analytics:',
      '    title: Measuring how our shop is used',
      '    data: [orders]',
      '    basis: consent',
      '    retention: 13 months',
      '    provision: voluntary',
      '    consequence: None.',
      '',
      '',
    ].join('\n'),
  );
  assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit adding a purpose and changing a basis');
}
