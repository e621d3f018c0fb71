import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lines, setText, untilProvided } from './helpers';
import { SERVER_TIMEOUT_MS, codeOf, describeDiagnostics, openFixture, waitFor, waitForCode, withCode } from './util';

const BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'];

/** The quick fixes offered for `diagnostic` (VS Code passes the diagnostics under the range in the context). */
async function quickFixesFor(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return untilProvided(
    () =>
      vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      ),
    (all) => {
      // (The command's results do not carry `diagnostics`; the range holds only this diagnostic.)
      const fixes = (all ?? []).filter(
        (a): a is vscode.CodeAction => 'kind' in a && !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind),
      );
      return fixes.length ? fixes : undefined;
    },
    `quick fixes for '${codeOf(diagnostic)}' at line ${diagnostic.range.start.line + 1}`,
  );
}

const commentLines = (ls: string[]) => ls.filter((l) => l.includes('#'));

suite('Quick fixes', () => {
  let original: string | undefined;
  let fixture: vscode.TextDocument | undefined;

  setup(async () => {
    const { doc } = await openFixture('quickfix.privacy.yaml');
    fixture = doc;
    original ??= doc.getText();
    await setText(doc, original);
    // Wait for the diagnostics of this text (not those of a previous test's edit): both problems, at their places.
    await waitFor(
      () =>
        withCode(doc.uri, 'missing-legal-basis').some((d) => doc.getText(d.range) === 'newsletter') &&
        withCode(doc.uri, 'unknown-key').some((d) => doc.getText(d.range) === 'descripton'),
      SERVER_TIMEOUT_MS,
      'missing-legal-basis on `newsletter` and unknown-key on `descripton` in the original quickfix.privacy.yaml',
      { describe: () => describeDiagnostics(doc.uri) },
    );
  });

  teardown(async () => {
    if (fixture && original !== undefined) await setText(fixture, original);
  });

  test(
    'missing-legal-basis offers one fix per basis; applying one inserts one line and changes nothing ' + 'else',
    async () => {
      const doc = fixture!;
      const [diagnostic] = await waitForCode(doc.uri, 'missing-legal-basis');
      const fixes = await quickFixesFor(doc.uri, diagnostic);
      assert.equal(fixes.length, 6, `six quick fixes, got: ${fixes.map((f) => f.title).join(' | ')}`);
      for (const basis of BASES) {
        assert.ok(
          // Titled as the author's choice (docs/rules/missing-legal-basis.md):
          // "I rely on consent (Art 6(1)(a)): 'basis: consent'".
          fixes.some((f) => f.title.includes(`'basis: ${basis}'`)),
          `a fix for '${basis}' among: ${fixes.map((f) => f.title).join(' | ')}`,
        );
      }
      const fix = fixes.find((f) => f.title.includes(`'basis: consent'`))!;
      assert.ok(fix.edit, `the fix '${fix.title}' carries a WorkspaceEdit`);

      const before = lines(doc);
      assert.ok(await vscode.workspace.applyEdit(fix.edit), `applyEdit of '${fix.title}'`);
      const after = lines(doc);

      // Exactly one line more; removing the inserted line gives back the original lines, comments included.
      assert.equal(after.length, before.length + 1, `one line inserted:\n${doc.getText()}`);
      const inserted = after.findIndex((l, i) => l !== before[i]);
      assert.match(
        after[inserted],
        /^    basis: consent$/,
        `the inserted line (${inserted + 1}) is the purpose's basis, at its indentation`,
      );
      assert.deepEqual(
        [...after.slice(0, inserted), ...after.slice(inserted + 1)],
        before,
        'every other line is unchanged',
      );
      assert.deepEqual(commentLines(after), commentLines(before), 'every comment survived');
      // It went into `newsletter`, between its first key and the next purpose.
      const newsletter = after.indexOf('  newsletter:');
      const orders = after.indexOf('  orders:');
      assert.ok(
        inserted > newsletter && inserted < orders,
        `inserted at line ${inserted + 1}, inside newsletter (${newsletter + 1}–${orders})`,
      );

      await waitFor(
        // unknown-key still reported proves a fresh result for the edited document, not an emptied collection.
        () => withCode(doc.uri, 'missing-legal-basis').length === 0 && withCode(doc.uri, 'unknown-key').length > 0,
        SERVER_TIMEOUT_MS,
        'missing-legal-basis to disappear after applying the quick fix (unknown-key still reported)',
        { describe: () => describeDiagnostics(doc.uri) },
      );
      assert.equal(
        withCode(doc.uri, 'invalid-value').length + withCode(doc.uri, 'yaml-syntax').length,
        0,
        `the fix introduces no new problem: ${describeDiagnostics(doc.uri)}`,
      );
    },
  );

  test('unknown-key offers the nearest key; applying it renames the key and changes nothing else', async () => {
    const doc = fixture!;
    const [diagnostic] = await waitForCode(doc.uri, 'unknown-key');
    assert.equal(doc.getText(diagnostic.range), 'descripton', 'the diagnostic covers the misspelt key only');
    const fixes = await quickFixesFor(doc.uri, diagnostic);
    const fix = fixes.find((f) => f.title.includes(`'description'`));
    assert.ok(fix?.edit, `a fix renaming to 'description' among: ${fixes.map((f) => f.title).join(' | ')}`);

    const before = lines(doc);
    const line = diagnostic.range.start.line;
    assert.ok(await vscode.workspace.applyEdit(fix.edit), `applyEdit of '${fix.title}'`);
    const after = lines(doc);

    assert.equal(after.length, before.length, 'no line added or removed');
    assert.equal(
      after[line],
      before[line].replace('descripton:', 'description:'),
      'only the key changed on its line, the trailing comment stays',
    );
    assert.deepEqual(
      after.filter((_, i) => i !== line),
      before.filter((_, i) => i !== line),
      'every other line is unchanged',
    );
    assert.deepEqual(
      commentLines(after),
      commentLines(before).map((l) => l.replace('descripton:', 'description:')),
      'every comment survived',
    );

    await waitFor(
      () => withCode(doc.uri, 'unknown-key').length === 0 && withCode(doc.uri, 'missing-legal-basis').length > 0,
      SERVER_TIMEOUT_MS,
      'unknown-key to disappear after applying the quick fix (missing-legal-basis still reported)',
      { describe: () => describeDiagnostics(doc.uri) },
    );
  });
});
