// Protocol tests: the real bundled server over stdio, as Neovim, Helix or Emacs would drive it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { codes, startServer, type TestClient } from '../support/lspClient';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const NO_BASIS = VALID.replace('    basis: contract\n', '');

describe('push diagnostics over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer();
  });
  after(() => client.stop());

  it('publishes located diagnostics with source, rule code and documentation link on open', async () => {
    const uri = 'file:///push/open.privacy.yaml';
    const pending = client.nextDiagnostics(uri);
    client.open(uri, NO_BASIS);
    const { diagnostics, version } = await pending;
    assert.equal(version, 1);
    assert.deepEqual(codes(diagnostics), ['missing-legal-basis']);
    const d = diagnostics[0];
    assert.equal(d.source, 'privacy-policy');
    assert.match(d.codeDescription!.href, /docs\/rules\/missing-legal-basis\.md$/);
    assert.match(String(d.message), /Art 13\(1\)\(c\)/);
    // The range is the purpose's key, not the rest of the file.
    const line = NO_BASIS.split('\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), 'orders');
  });

  it('analyses a keystroke burst once and publishes only the latest version', async () => {
    const uri = 'file:///push/burst.privacy.yaml';
    let pending = client.nextDiagnostics(uri);
    client.open(uri, VALID);
    await pending;
    const before = client.published.filter((p) => p.uri === uri).length;
    pending = client.nextDiagnostics(uri, (p) => p.version === 20);
    for (let v = 2; v <= 20; v++) client.change(uri, v === 20 ? NO_BASIS : `${VALID}# typing ${v}\n`, v);
    const last = await pending;
    assert.deepEqual(codes(last.diagnostics), ['missing-legal-basis']);
    // Give a stray late publication the chance to show up before counting.
    await new Promise((r) => setTimeout(r, 400));
    const burst = client.published.filter((p) => p.uri === uri).slice(before);
    assert.equal(burst.length, 1, `expected one publication for the burst, got versions ${burst.map((p) => p.version).join(', ')}`);
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = 'file:///push/close.privacy.yaml';
    let pending = client.nextDiagnostics(uri);
    client.open(uri, NO_BASIS);
    assert.equal((await pending).diagnostics.length, 1);
    pending = client.nextDiagnostics(uri);
    client.close(uri);
    assert.deepEqual((await pending).diagnostics, []);
  });

  it('applies severity settings pushed by a client without workspace/configuration', async () => {
    const uri = 'file:///push/settings.privacy.yaml';
    let pending = client.nextDiagnostics(uri);
    client.open(uri, NO_BASIS);
    assert.equal((await pending).diagnostics[0].severity, 1);
    pending = client.nextDiagnostics(uri);
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { privacyPolicy: { rules: { 'missing-legal-basis': 'warning' } } } });
    assert.equal((await pending).diagnostics[0].severity, 2);
    pending = client.nextDiagnostics(uri);
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { privacyPolicy: { rules: { 'missing-legal-basis': 'off' } } } });
    assert.deepEqual((await pending).diagnostics, []);
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { privacyPolicy: { rules: {} } } });
  });
});

describe('pull diagnostics over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
  });
  after(() => client.stop());

  it('answers textDocument/diagnostic with a full report and does not push', async () => {
    const uri = 'file:///pull/a.privacy.yaml';
    client.open(uri, NO_BASIS);
    const report = await client.request<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => d.code), ['missing-legal-basis']);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(client.published.length, 0, 'a pull client must not also receive pushed diagnostics');
  });

  it('reflects the latest version after a change', async () => {
    const uri = 'file:///pull/b.privacy.yaml';
    client.open(uri, NO_BASIS);
    client.change(uri, VALID, 2);
    const report = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(report.items, []);
  });
});
