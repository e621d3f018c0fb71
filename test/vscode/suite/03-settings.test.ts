import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SERVER_TIMEOUT_MS, describeDiagnostics, openFixture, waitFor, waitForCode, withCode } from './util';

const TARGET = vscode.ConfigurationTarget.Workspace;

async function setRules(value: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('privacyPolicy').update('rules', value, TARGET);
}

suite('Settings: privacyPolicy.rules', () => {
  teardown(async () => {
    await setRules(undefined);
  });

  test('"off" hides a rule, "warning" downgrades it, removing the setting restores it', async () => {
    const { doc } = await openFixture('broken.privacy.yaml');
    const uri = doc.uri;
    await waitForCode(uri, 'missing-retention', (d) => d.severity === vscode.DiagnosticSeverity.Error);

    await setRules({ 'missing-retention': 'off' });
    await waitFor(
      // missing-legal-basis still there proves this is a fresh result, not a cleared collection.
      () => withCode(uri, 'missing-retention').length === 0 && withCode(uri, 'missing-legal-basis').length > 0,
      SERVER_TIMEOUT_MS,
      `missing-retention to disappear with privacyPolicy.rules = { "missing-retention": "off" }`,
      { describe: () => describeDiagnostics(uri) },
    );

    await setRules({ 'missing-retention': 'warning' });
    const [warning] = await waitForCode(
      uri,
      'missing-retention',
      (d) => d.severity === vscode.DiagnosticSeverity.Warning,
      SERVER_TIMEOUT_MS,
      `missing-retention with severity Warning with privacyPolicy.rules = { "missing-retention": "warning" }`,
    );
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(
      withCode(uri, 'missing-legal-basis')[0]?.severity,
      vscode.DiagnosticSeverity.Error,
      'other rules keep their default severity',
    );

    await setRules(undefined);
    await waitForCode(
      uri,
      'missing-retention',
      (d) => d.severity === vscode.DiagnosticSeverity.Error,
      SERVER_TIMEOUT_MS,
      'missing-retention back to Error once the setting is removed',
    );
  });
});
