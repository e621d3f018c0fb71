// The v1.2 forms of the language where they show in the editor: completion of the new purpose keys with their articles, and the
// preview's audience switch rendering only what concerns one audience.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionApi, onDidRender, setText, untilProvided, type PreviewLike, type RenderResult } from './helpers';
import { SERVER_TIMEOUT_MS, lineOf, openFixture, waitFor } from './util';

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('the v1.2 forms in the editor', () => {
  test('on a new line of a purpose, completion offers the v1.2 flags with their articles', async () => {
    const { doc } = await openFixture('v12.privacy.yaml');
    const original = doc.getText();
    try {
      // A blank line at the end of the `recruitment` purpose, indented like its keys.
      const line = lineOf(doc, /^    consequence: We cannot consider your application\.$/);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(line + 1, 0), '    \n');
      assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit inserting a blank line in a purpose');
      const at = new vscode.Position(line + 1, 4);
      const items = await untilProvided(
        () =>
          vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at),
        (list) => (list?.items.some((i) => labelOf(i) === 'direct_marketing') ? list.items : undefined),
        `completion on a blank purpose line (line ${at.line + 1}) to offer 'direct_marketing'`,
      );
      const byLabel = new Map(items.map((i) => [labelOf(i), i]));
      for (const [key, article] of [
        ['direct_marketing', /Art 21\(2\)/],
        ['children', /Art 8/],
        ['parental_consent', /Art 8\(1\)/],
        ['research', /Art 21\(6\)/],
      ] as const) {
        const item = byLabel.get(key);
        assert.ok(item, `'${key}' offered, got: ${[...byLabel.keys()].join(', ')}`);
        assert.match(
          String(item.detail ?? ''),
          article,
          `detail of '${key}' cites the GDPR: ${JSON.stringify(item.detail)}`,
        );
      }
      assert.ok(
        !byLabel.has('title') && !byLabel.has('audiences'),
        'keys the purpose already has are not offered again',
      );
    } finally {
      await setText(doc, original);
    }
  });

  test('the preview lists the audiences and its audience switch renders only what concerns one of them', async () => {
    const { doc } = await openFixture('v12.privacy.yaml');
    const { api } = await extensionApi();
    const renders: RenderResult[] = [];
    let preview: (PreviewLike & { setAudience?(audience: string | undefined): void }) | undefined;
    try {
      await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide', doc.uri);
      preview = api.previews.all.find((p) => p.resource.toString() === doc.uri.toString());
      assert.ok(preview, 'a preview of v12.privacy.yaml');
      const rendered = onDidRender(preview);
      const sub = rendered((r) => renders.push(r));
      const describe = () =>
        renders.map((r) => `v${r.version} audience=${r.audience ?? '—'} (${r.html.length} chars)`).join(', ') ||
        'no render yet';
      try {
        const everyone = await waitFor(
          () => renders.find((r) => r.uri === doc.uri.toString() && r.html.includes('Providing health care')),
          SERVER_TIMEOUT_MS,
          'a render of the whole notice',
          { events: [rendered as vscode.Event<unknown>], describe },
        );
        assert.deepEqual(everyone.audiences, [
          { id: 'patients', label: 'Patients' },
          { id: 'applicants', label: 'Job applicants' },
        ]);
        assert.match(everyone.html, /This notice is addressed to: Patients and Job applicants\./);
        assert.equal(typeof preview.setAudience, 'function', 'PolicyPreview.setAudience (the switch calls it)');
        renders.length = 0;
        preview.setAudience!('applicants');
        const applicants = await waitFor(
          () => renders.find((r) => r.audience === 'applicants'),
          SERVER_TIMEOUT_MS,
          'a render for the job applicants',
          { events: [rendered as vscode.Event<unknown>], describe },
        );
        assert.match(
          applicants.html,
          /This version of the notice shows only what concerns: <strong>Job applicants<\/strong>\./,
        );
        assert.ok(applicants.html.includes('Recruitment'), 'the applicants’ purpose is shown');
        assert.ok(!applicants.html.includes('Providing health care'), 'a patients-only purpose is left out');
        renders.length = 0;
        preview.setAudience!(undefined);
        await waitFor(
          () => renders.find((r) => r.audience === undefined && r.html.includes('Providing health care')),
          SERVER_TIMEOUT_MS,
          'the whole notice again',
          { events: [rendered as vscode.Event<unknown>], describe },
        );
      } finally {
        sub.dispose();
      }
    } finally {
      preview?.panel.dispose();
    }
  });
});
