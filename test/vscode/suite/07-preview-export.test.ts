import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, onDidRender, setText, type PreviewLike, type RenderResult } from './helpers';
import { SERVER_TIMEOUT_MS, lineOf, openFixture, waitFor, workspaceFolder } from './util';

const COMMANDS = [
  'privacyPolicy.showPreview',
  'privacyPolicy.showPreviewToSide',
  'privacyPolicy.toggleLock',
  'privacyPolicy.showSource',
  'privacyPolicy.exportHtml',
  'privacyPolicy.restartServer',
];
const TITLE = 'Privacy notice of Example Bakery Preview';

const summary = (renders: RenderResult[]) =>
  renders.map((r) => `v${r.version} "${r.title}" (${r.html.length} chars)`).join(', ') || 'no render yet';

suite('Commands, preview and export', () => {
  test('the preview commands are registered', async () => {
    await openFixture('preview.privacy.yaml');
    await extensionApi();
    const all = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      COMMANDS.filter((c) => !all.has(c)),
      [],
      'commands missing from vscode.commands.getCommands(true)',
    );
  });

  test('the preview renders the policy beside it and re-renders after an edit', async () => {
    const { doc, editor } = await openFixture('preview.privacy.yaml');
    const original = doc.getText();
    const { api } = await extensionApi();
    const renders: RenderResult[] = [];
    let preview: PreviewLike | undefined;
    try {
      await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide', doc.uri);
      preview = api.previews.all.find((p) => p.resource.toString() === doc.uri.toString());
      assert.ok(preview, `a preview of ${doc.uri.path} among exports.previews.all (${api.previews.all.length} open)`);
      // The first render may already be under way; the webview's 'ready' message asks for another one.
      const rendered = onDidRender(preview);
      const sub = rendered((r) => renders.push(r));
      try {
        const panel = preview.panel;
        await waitFor(
          () =>
            panel.viewColumn !== undefined && editor.viewColumn !== undefined && panel.viewColumn > editor.viewColumn,
          SERVER_TIMEOUT_MS,
          'the preview to open in a column beside the editor',
          {
            events: [panel.onDidChangeViewState as vscode.Event<unknown>],
            describe: () => `editor column ${editor.viewColumn}, preview column ${panel.viewColumn}`,
          },
        );
        const first = await waitFor(
          () => renders.find((r) => r.uri === doc.uri.toString() && r.html.includes(TITLE)),
          SERVER_TIMEOUT_MS,
          `a preview render whose html contains "${TITLE}"`,
          { events: [rendered as vscode.Event<unknown>], describe: () => summary(renders) },
        );
        assert.equal(first.title, TITLE);
        assert.ok(!/<html|<!doctype/i.test(first.html), 'the preview receives the notice body, not a whole document');

        // Change a purpose title: a later render (higher version) shows it. Twice: the render the webview asks for
        // once it has loaded could show the first edit even if edits did not trigger renders; it cannot show both.
        const line = lineOf(doc, /^    title: Delivering your orders$/);
        let previous = first;
        let oldTitle = 'Delivering your orders';
        for (const title of ['Delivering your fresh bread', 'Delivering your birthday cake']) {
          const edit = new vscode.WorkspaceEdit();
          edit.replace(doc.uri, doc.lineAt(line).range, `    title: ${title}`);
          assert.ok(await vscode.workspace.applyEdit(edit), `applyEdit changing a purpose title to "${title}"`);
          const edited = doc.version;
          const next = await waitFor(
            () => renders.find((r) => r.version > previous.version && r.version >= edited && r.html.includes(title)),
            SERVER_TIMEOUT_MS,
            `a render of version ≥ ${edited} (> ${previous.version}) containing the new purpose title "${title}"`,
            { events: [rendered as vscode.Event<unknown>], describe: () => summary(renders) },
          );
          assert.ok(!next.html.includes(`>${oldTitle}<`), `the old title "${oldTitle}" is gone from the preview`);
          previous = next;
          oldTitle = title;
        }
        // Renders arrive in version order: the preview never goes back to an older document.
        const versions = renders.map((r) => r.version);
        assert.deepEqual(
          versions,
          [...versions].sort((a, b) => a - b),
          `render versions in order: ${versions.join(', ')}`,
        );
      } finally {
        sub.dispose();
      }
    } finally {
      preview?.panel.dispose();
      await setText(doc, original);
    }
  });

  test('Show Source brings the policy of the active preview back into an editor', async () => {
    const { doc } = await openFixture('preview.privacy.yaml');
    const { api } = await extensionApi();
    await vscode.commands.executeCommand('privacyPolicy.showPreview', doc.uri);
    const preview = api.previews.all.find((p) => p.resource.toString() === doc.uri.toString());
    assert.ok(preview, 'a preview of the policy');
    try {
      // The preview replaced the editor in its column: no editor shows the policy now.
      await waitFor(
        () => !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === doc.uri.toString()),
        SERVER_TIMEOUT_MS,
        "the preview to take the editor's place",
        {
          events: [vscode.window.onDidChangeVisibleTextEditors as vscode.Event<unknown>],
        },
      );
      await vscode.commands.executeCommand('privacyPolicy.showSource');
      assert.equal(
        vscode.window.activeTextEditor?.document.uri.toString(),
        doc.uri.toString(),
        'the policy is the active editor again',
      );
    } finally {
      preview.panel.dispose();
    }
  });

  test('Export HTML with a target writes a complete standalone document', async () => {
    const { doc } = await openFixture('preview.privacy.yaml');
    await extensionApi();
    const target = vscode.Uri.joinPath(workspaceFolder().uri, 'preview-export.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'privacyPolicy.exportHtml',
      doc.uri,
      target,
    );
    assert.equal(written?.toString(), target.toString(), 'the command returns the target it wrote');
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /^\s*<!doctype html>/i, `starts with <!doctype html>: ${html.slice(0, 80)}`);
    assert.match(html, /<\/html>\s*$/i, 'ends with </html>');
    assert.match(html, new RegExp(`<title>${TITLE}</title>`), 'has the policy title as <title>');
    assert.match(html, new RegExp(`<h1[^>]*>${TITLE}</h1>`), 'has the policy title as heading');
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="[^"]+"/i,
      'has a Content-Security-Policy meta',
    );
    assert.match(html, /Delivering your orders/, 'has the purposes');
    assert.ok(!/<script\b/i.test(html), 'an exported notice needs no script');
  });
});
