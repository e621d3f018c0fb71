// Protocol tests: the real bundled server over stdio, as Neovim, Helix or Emacs would drive it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { diagnosticMessage } from '../../server/src/service/languageService';
import { codes, startServer, type TestClient } from '../support/lspClient';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const NO_BASIS = VALID.replace('    basis: contract\n', '');

/**
 * Opens a valid notice, then writes versions 2–20 in one loop (the last one drops a legal basis) and waits for
 * version 20's problems, which must be that one. Returns the versions published for the document since the open.
 */
async function typeBurst(client: TestClient, uri: string): Promise<() => number[]> {
  let pending = client.nextDiagnostics(uri);
  client.open(uri, VALID);
  await pending;
  const before = client.published.filter((p) => p.uri === uri).length;
  pending = client.nextDiagnostics(uri, (p) => p.version === 20);
  for (let v = 2; v <= 20; v++) client.change(uri, v === 20 ? NO_BASIS : `${VALID}# typing ${v}\n`, v);
  assert.deepEqual(codes((await pending).diagnostics), ['missing-legal-basis']);
  return () =>
    client.published
      .filter((p) => p.uri === uri)
      .slice(before)
      .map((p) => p.version!);
}

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
    assert.match(diagnosticMessage(d), /Art 13\(1\)\(c\)/);
    // The range is the purpose's key, not the rest of the file.
    const line = NO_BASIS.split('\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), 'orders');
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
    void client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { privacyPolicy: { rules: { 'missing-legal-basis': 'warning' } } },
    });
    assert.equal((await pending).diagnostics[0].severity, 2);
    pending = client.nextDiagnostics(uri);
    void client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { privacyPolicy: { rules: { 'missing-legal-basis': 'off' } } },
    });
    assert.deepEqual((await pending).diagnostics, []);
    void client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { privacyPolicy: { rules: {} } },
    });
  });
});

describe('push diagnostics over stdio: a keystroke burst', () => {
  // The adaptive wait after a change is about ¾ of the last analysis (a millisecond or two for this notice), so
  // whether 19 changes written in one loop land inside one wait depends on how the pipe and the event loop slice
  // them on a loaded machine. This server gets a fixed 300 ms wait, far longer than the loop takes to write, so
  // the test asserts the coalescing itself; the adaptive policy is tested against a fake clock in
  // test/unit/debounce.test.ts.
  let client: TestClient;
  before(async () => {
    client = await startServer({ env: { PRIVACY_POLICY_DEBOUNCE_MS: '300' } });
  });
  after(() => client.stop());

  it('analyses a keystroke burst once and publishes only the latest version', async () => {
    const uri = 'file:///push/burst.privacy.yaml';
    const publishedSince = await typeBurst(client, uri);
    // One more change after the burst: the server never publishes a version older than the latest it has, so any
    // stray publication of the burst must come before this change's publication.
    const pending = client.nextDiagnostics(uri, (p) => p.version === 21);
    client.change(uri, VALID, 21);
    await pending;
    assert.deepEqual(
      publishedSince(),
      [20, 21],
      'expected one publication for the burst (version 20), then the next change',
    );
  });
});

describe('push diagnostics over stdio: the adaptive wait', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer();
  });
  after(() => client.stop());

  it('never publishes a version older than one it has published, and ends on the latest', async () => {
    const versions = (await typeBurst(client, 'file:///push/adaptive.privacy.yaml'))();
    assert.ok(
      versions.every((v, i) => i === 0 || v > versions[i - 1]),
      `publications out of order: ${versions.join(', ')}`,
    );
    assert.equal(versions.at(-1), 20);
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
    const report = await client.request<{ kind: string; items: { code: string }[] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assert.equal(report.kind, 'full');
    assert.deepEqual(
      report.items.map((d) => d.code),
      ['missing-legal-basis'],
    );
    // A push server clears the diagnostics of a closed document at once, before it reads the next message: after
    // a close and a round trip, a push would have arrived.
    client.close(uri);
    await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///pull/none.privacy.yaml' } });
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

describe('resource-scoped settings over stdio (workspace/configuration with scopeUri)', () => {
  let client: TestClient;
  const asked: (string | undefined)[] = [];
  // The strict folder turns missing-legal-basis into a warning; elsewhere the default (error) applies.
  let strictLevel = 'warning';
  before(async () => {
    client = await startServer({
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      configuration: (section, scopeUri) => {
        if (section !== 'privacyPolicy.rules') return null;
        asked.push(scopeUri);
        return scopeUri?.startsWith('file:///strict/') ? { 'missing-legal-basis': strictLevel } : {};
      },
    });
  });
  after(() => client.stop());

  it("asks for each document's own settings and applies them to that document only", async () => {
    const strict = 'file:///strict/a.privacy.yaml';
    const other = 'file:///other/a.privacy.yaml';
    const pendingStrict = client.nextDiagnostics(strict);
    const pendingOther = client.nextDiagnostics(other);
    client.open(strict, NO_BASIS);
    client.open(other, NO_BASIS);
    assert.equal((await pendingStrict).diagnostics[0].severity, 2);
    assert.equal((await pendingOther).diagnostics[0].severity, 1);
    assert.ok(asked.includes(strict) && asked.includes(other), `scopeUris asked: ${asked.join(', ')}`);
  });

  it('asks again after a configuration change', async () => {
    const strict = 'file:///strict/a.privacy.yaml';
    strictLevel = 'off';
    const pending = client.nextDiagnostics(strict);
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await pending).diagnostics, []);
  });
});
