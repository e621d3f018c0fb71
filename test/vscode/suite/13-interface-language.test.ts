// The interface language (README, "Settings"): privacyPolicy.interfaceLanguage switches the server's messages, hovers
// and quick-fix titles while VS Code runs. The offline VS Code of these tests has no language packs, so its display
// language stays English: the setting is what switches (a display language would reach the server the same way, as
// the LSP `initialize.locale` that `auto` follows).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, positionOf, untilProvided } from './helpers';
import { SERVER_TIMEOUT_MS, codeOf, describeDiagnostics, openFixture, waitForCode } from './util';

const TARGET = vscode.ConfigurationTarget.Workspace;

async function setInterfaceLanguage(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('privacyPolicy').update('interfaceLanguage', value, TARGET);
}

async function quickFixTitles(uri: vscode.Uri, diagnostic: vscode.Diagnostic, ready: (titles: string[]) => boolean) {
  return untilProvided(
    () =>
      vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      ),
    (all) => {
      const titles = (all ?? []).map((a) => a.title);
      return titles.length && ready(titles) ? titles : undefined;
    },
    `quick fixes for '${codeOf(diagnostic)}' at line ${diagnostic.range.start.line + 1}`,
  );
}

suite('Interface language: privacyPolicy.interfaceLanguage', () => {
  teardown(async () => {
    await setInterfaceLanguage(undefined);
  });

  test('French diagnostics, quick-fix titles and hovers, then English again', async () => {
    const { doc } = await openFixture('broken.privacy.yaml');
    const uri = doc.uri;
    await waitForCode(uri, 'missing-legal-basis', (d) => /has no legal basis/.test(d.message));

    await setInterfaceLanguage('fr');
    const [french] = await waitForCode(
      uri,
      'missing-legal-basis',
      (d) => /n’a pas de base juridique/.test(d.message),
      SERVER_TIMEOUT_MS,
      `missing-legal-basis in French with privacyPolicy.interfaceLanguage = "fr"; now: ${describeDiagnostics(uri)}`,
    );
    // The GDPR cited as the French version writes it; the author's purpose title as written.
    assert.match(french.message, /^La finalité 'Sending our newsletter' n’a pas de base juridique/);
    assert.match(french.message, /article 13\.1\.c\)/);

    // The author's statements in French, the YAML they insert unchanged.
    const titles = await quickFixTitles(uri, french, (all) => all.some((t) => t.includes("'basis: consent'")));
    const consent = titles.find((t) => t.includes("'basis: consent'"))!;
    assert.match(consent, /^Je /, `a French fix title: ${titles.join(' | ')}`);
    assert.match(consent, /consentement \(article 6\.1\.a\) du RGPD\)/, consent);

    const features = (await openFixture('features.privacy.yaml')).doc;
    const at = positionOf(features, /^    basis: consent$/, 'consent', { delta: 2 });
    const hover = await untilProvided(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', features.uri, at),
      (hovers) => {
        const text = hoverText(hovers);
        return /Consentement/.test(text) ? text : undefined;
      },
      `a French hover on 'consent' (line ${at.line + 1})`,
    );
    assert.match(hover, /article 6\.1\.a\)/, hover);

    await setInterfaceLanguage(undefined);
    await vscode.window.showTextDocument(doc);
    await waitForCode(
      uri,
      'missing-legal-basis',
      (d) => /^Purpose 'Sending our newsletter' has no legal basis/.test(d.message),
      SERVER_TIMEOUT_MS,
      'missing-legal-basis back in English once the setting is removed',
    );
  });
});
