// One preview webview: renders its policy through the server, at once after a pause and, while the author types,
// throttled to an interval that follows the measured render time (./throttle.ts); drops stale results by document
// version, and patches the page in place (the webview script diffs it).
import * as vscode from 'vscode';
import type { PolicyServer } from '../server';
import { RenderRequest, type RenderResult } from '../../../server/src/protocol/requests';
import type { FromWebview, ToWebview } from '../../../server/src/protocol/preview';
import { NoticePage } from './noticePage';
import { renderDelay } from './throttle';
import { previewHtml, type PreviewLabels } from './webviewHtml';
import { interfaceLanguage, t } from '../localize';

export class PolicyPreview implements vscode.Disposable {
  private shownVersion = -1;
  /** What the page shows, so that a render can come as a patch on it (./noticePage.ts). */
  private readonly page = new NoticePage();
  private timer: NodeJS.Timeout | undefined;
  private rendering = false;
  private dirty = false;
  /** When the last render ended and what it cost (request + patch), for the adaptive throttle. */
  private lastFinishedAt: number | undefined;
  private lastCostMs: number | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Set while the editor scrolls because of the preview, so the two do not chase each other. */
  suppressEditorScrollUntil = 0;
  private readonly rendered = new vscode.EventEmitter<RenderResult>();
  /** Fires after each render shown (the integration tests wait on it). */
  readonly onDidRender = this.rendered.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly server: PolicyServer,
    public resource: vscode.Uri,
    public locked: boolean,
    private readonly onDispose: (preview: PolicyPreview) => void,
    public language: string | undefined = undefined,
    public audience: string | undefined = undefined,
    public law: string | undefined = undefined,
  ) {
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
    };
    const host = {
      cspSource: panel.webview.cspSource,
      media: (file: string) =>
        panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'media', file)).toString(),
    };
    panel.webview.html = previewHtml(
      host,
      '',
      { uri: resource.toString(), locked, language, audience, law },
      previewLabels(),
    );
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
    );
    this.updateTitle();
    void this.render();
  }

  /** Shows another policy in this preview (when it follows the active editor). */
  setResource(resource: vscode.Uri): void {
    if (resource.toString() === this.resource.toString()) return;
    this.resource = resource;
    this.shownVersion = -1;
    this.page.reset();
    this.updateTitle();
    void this.render();
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.updateTitle();
    this.post({
      type: 'state',
      state: {
        uri: this.resource.toString(),
        locked,
        language: this.language,
        audience: this.audience,
        law: this.law,
      },
    });
  }

  /** The language switch: '' or undefined follows policy.language. */
  setLanguage(language: string | undefined): void {
    this.language = language || undefined;
    this.shownVersion = -1;
    this.page.reset();
    void this.render();
  }

  /** The audience switch: '' or undefined shows the whole notice. */
  setAudience(audience: string | undefined): void {
    this.audience = audience || undefined;
    this.shownVersion = -1;
    this.page.reset();
    void this.render();
  }

  /** The law switch: '' or undefined shows the notice under every law it serves. */
  setLaw(law: string | undefined): void {
    this.law = law || undefined;
    this.shownVersion = -1;
    this.page.reset();
    void this.render();
  }

  /**
   * Called on every change of the document: the first render after a pause is immediate, later ones are spaced by
   * twice the last render's cost (16–250 ms). A pending timer renders the latest version when it fires.
   */
  refresh(): void {
    if (this.timer) return;
    if (this.rendering) {
      this.dirty = true;
      return;
    }
    const delay = renderDelay(performance.now(), this.lastFinishedAt, this.lastCostMs);
    if (delay === 0) {
      void this.render();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, delay);
  }

  scrollToLine(line: number): void {
    this.post({ type: 'scrollTo', line });
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private async render(): Promise<void> {
    if (this.rendering) {
      this.dirty = true;
      return;
    }
    this.rendering = true;
    this.dirty = false;
    const started = performance.now();
    try {
      const result = await this.server.request(RenderRequest, {
        uri: this.resource.toString(),
        mode: 'preview',
        language: this.language || undefined,
        audience: this.audience || undefined,
        law: this.law || undefined,
        ...this.page.request(),
      });
      // A result for another file (the preview moved on) or older than what is shown is dropped.
      if (!result || result.uri !== this.resource.toString() || result.version < this.shownVersion) return;
      const update = this.page.take(result);
      if (!update) {
        // A patch on a page that has since asked for the whole notice: ask again.
        this.dirty = true;
        return;
      }
      this.shownVersion = result.version;
      this.panel.title = `${t('Preview {0}', result.title.length > 40 ? `${result.title.slice(0, 40)}…` : result.title)}${this.locked ? ' 🔒' : ''}`;
      await this.panel.webview.postMessage(update.message);
      // Listeners (the integration tests) get the whole notice, made from the parts only if they read it.
      this.rendered.fire(Object.defineProperty({ ...result }, 'html', { get: update.html, enumerable: true }));
    } catch (error) {
      if (!this.disposed) console.error(`Privacy Policy preview: ${(error as Error).message}`);
    } finally {
      this.rendering = false;
      this.lastFinishedAt = performance.now();
      this.lastCostMs = this.lastFinishedAt - started;
      if (this.dirty && !this.disposed) this.refresh();
    }
  }

  private onMessage(message: FromWebview): void {
    if (message.type === 'language') {
      this.setLanguage(message.value);
      return;
    }
    if (message.type === 'audience') {
      this.setAudience(message.value);
      return;
    }
    if (message.type === 'law') {
      this.setLaw(message.value);
      return;
    }
    if (message.type === 'ready' || message.type === 'resync') {
      this.shownVersion = -1;
      this.page.reset();
      void this.render();
      return;
    }
    const editor = this.sourceEditor();
    const line = Math.max(0, message.line);
    if (message.type === 'revealLine' && editor) {
      this.suppressEditorScrollUntil = Date.now() + 200;
      editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    } else if (message.type === 'openSource') {
      void this.showSource(line);
    }
  }

  private sourceEditor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resource.toString());
  }

  /** Opens the policy where it is already shown (else in the first column), at `line` when given. */
  showSource(line?: number): Thenable<vscode.TextEditor> {
    const selection = line === undefined ? undefined : new vscode.Range(line, 0, line, 0);
    return vscode.window.showTextDocument(this.resource, {
      viewColumn: this.sourceEditor()?.viewColumn ?? vscode.ViewColumn.One,
      selection,
    });
  }

  private updateTitle(): void {
    const name = this.resource.path.split('/').pop() ?? 'policy';
    this.panel.title = `${t('Preview {0}', name)}${this.locked ? ' 🔒' : ''}`;
  }

  private disposed = false;
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.rendered.dispose();
    for (const d of this.disposables) d.dispose();
    this.onDispose(this);
    this.panel.dispose();
  }
}

/** The preview page's controls in the interface language. */
function previewLabels(): PreviewLabels {
  return {
    language: interfaceLanguage(),
    toolbar: t('Preview options'),
    noticeLanguage: t('Notice language'),
    asInPolicy: t('As in the policy'),
    audience: t('Audience'),
    everyone: t('Everyone'),
    law: t('Law'),
    allLaws: t('All laws'),
  };
}
