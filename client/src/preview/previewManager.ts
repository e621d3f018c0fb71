// Keeps the policy previews: opens them, follows the active policy editor unless locked, forwards edits and
// editor scrolling, and restores previews after a window reload (webview serializer).
import { t } from '../localize';
import * as vscode from 'vscode';
import type { PolicyServer } from '../server';
import { LANGUAGE_ID, policyDocument } from '../policyDocument';
import { PolicyPreview } from './previewPanel';
import type { PreviewState } from '../../../server/src/protocol/preview';

export class PreviewManager implements vscode.WebviewPanelSerializer, vscode.Disposable {
  static readonly viewType = 'privacyPolicy.preview';
  private readonly previews = new Set<PolicyPreview>();
  private active: PolicyPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly server: PolicyServer,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.forEach(e.document.uri, (p) => p.refresh())),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
        for (const p of this.previews) if (!p.locked) p.setResource(editor.document.uri);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const line = e.visibleRanges[0]?.start.line;
        if (line === undefined) return;
        this.forEach(e.textEditor.document.uri, (p) => {
          if (Date.now() > p.suppressEditorScrollUntil) p.scrollToLine(line);
        });
      }),
    );
  }

  /** The previews currently open (for commands and tests). */
  get all(): readonly PolicyPreview[] {
    return [...this.previews];
  }

  async show(uri: vscode.Uri | undefined, options: { toSide: boolean }): Promise<PolicyPreview | undefined> {
    const document = await policyDocument(uri);
    if (!document) {
      void vscode.window.showInformationMessage(t('Open a *.privacy.yaml file to preview it.'));
      return undefined;
    }
    const column = options.toSide
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One);
    const existing = [...this.previews].find((p) => !p.locked || p.resource.toString() === document.uri.toString());
    if (existing) {
      existing.setResource(document.uri);
      existing.panel.reveal(column, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PreviewManager.viewType,
      t('Preview'),
      { viewColumn: column, preserveFocus: true },
      {
        enableScripts: true,
        retainContextWhenHidden: false,
        localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
      },
    );
    return this.track(new PolicyPreview(panel, this.context, this.server, document.uri, false, (p) => this.untrack(p)));
  }

  toggleLock(): void {
    const preview = this.active ?? [...this.previews][0];
    preview?.setLocked(!preview.locked);
  }

  /** "Show Source" in the preview's title bar: the policy of the active preview, in an editor. */
  async showSource(): Promise<vscode.TextEditor | undefined> {
    return (this.active ?? [...this.previews][0])?.showSource();
  }

  /** Restores a preview after a window reload. */
  deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (!state?.uri) {
      panel.dispose();
      return Promise.resolve();
    }
    this.track(
      new PolicyPreview(
        panel,
        this.context,
        this.server,
        vscode.Uri.parse(state.uri),
        state.locked,
        (p) => this.untrack(p),
        state.language,
        state.audience,
        state.law,
      ),
    );
    return Promise.resolve();
  }

  /** Menus offer *Toggle Lock* only while a preview exists (context key `privacyPolicy.previewOpen`). */
  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'privacyPolicy.previewOpen', this.previews.size > 0);
  }

  private track(preview: PolicyPreview): PolicyPreview {
    this.previews.add(preview);
    this.updateContext();
    this.active = preview;
    preview.panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.active) this.active = preview;
    });
    return preview;
  }

  private untrack(preview: PolicyPreview): void {
    this.previews.delete(preview);
    this.updateContext();
    if (this.active === preview) this.active = undefined;
  }

  private forEach(uri: vscode.Uri, run: (p: PolicyPreview) => void): void {
    for (const p of this.previews) if (p.resource.toString() === uri.toString()) run(p);
  }

  dispose(): void {
    for (const p of [...this.previews]) p.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
