// Workspace problems over stdio (README, "Workspace problems"): every policy file of the workspace folders, opened or
// not, with the findings `privacy-policy check <folder>` prints; for pull clients through LSP 3.17 workspace
// diagnostics with result ids, for push-only clients as publications without a version.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ProgressType } from 'vscode-jsonrpc';
import { built } from '../support/built';
import { codes, startServer, type TestClient } from '../support/lspClient';

const CLI = built('dist/cli.js');
const EXAMPLES = resolve(__dirname, '../../examples');
const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const NO_BASIS = VALID.replace('    basis: contract\n', '');
const NO_RETENTION = VALID.replace('    retention: 24 months\n', '');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];
const WATCHED = { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } };
const PULL = { ...WATCHED, textDocument: { diagnostic: { dynamicRegistration: false } } };

interface Report {
  kind: 'full' | 'unchanged';
  uri: string;
  version: number | null;
  resultId?: string;
  items?: Diagnostic[];
}

/** A folder with the five example policies, a valid and a broken one in a subfolder, and files check skips. */
function workspaceFolder(): { dir: string; uri: string; file: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'pps-workspace-'));
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  for (const name of ['oscart', 'osimis', 'o2-clinic', 'oxygis', 'image-information-systems'])
    write(`examples/${name}.privacy.yaml`, readFileSync(join(EXAMPLES, `${name}.privacy.yaml`), 'utf8'));
  write('shop/valid.privacy.yaml', VALID);
  write('shop/no basis.privacy.yml', NO_BASIS);
  write('shop/notes.yaml', 'not: a policy\n');
  write('node_modules/dep/x.privacy.yaml', NO_BASIS);
  return {
    dir,
    uri: pathToFileURL(dir).href,
    file: (name) => `${pathToFileURL(dir).href}/${name.replace(/ /g, '%20')}`,
  };
}

/** What `privacy-policy check --format json <folder>` finds, by file URI, as LSP diagnostics would say it. */
function checkFolder(dir: string): Map<string, string[]> {
  const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', dir], { encoding: 'utf8' });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const results = JSON.parse(run.stdout) as {
    file: string;
    diagnostics: { code: string; severity: string; message: string; range: unknown }[];
  }[];
  return new Map(
    results.map((r) => [
      pathToFileURL(r.file).href,
      r.diagnostics.map((d) => JSON.stringify([d.code, d.severity, d.message, d.range])),
    ]),
  );
}

const asFindings = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => JSON.stringify([d.code, SEVERITY[d.severity!], d.message, d.range]));

const pull = (client: TestClient, previousResultIds: { uri: string; value: string }[] = []) =>
  client.request<{ items: Report[] }>('workspace/diagnostic', { previousResultIds });

const idsOf = (reports: Report[]) => reports.map((r) => ({ uri: r.uri, value: r.resultId! }));

describe('workspace diagnostics over stdio (pull)', () => {
  const folder = workspaceFolder();
  let client: TestClient;
  before(async () => {
    client = await startServer({
      capabilities: PULL,
      workspaceFolders: [{ uri: folder.uri, name: 'policies' }],
    });
  });
  after(async () => {
    await client.stop();
    rmSync(folder.dir, { recursive: true, force: true });
  });

  it('announces workspace diagnostics and watches the policy files', async () => {
    await pull(client); // the watcher is registered after initialized: a round trip later it is
    assert.equal(
      (client.capabilities.diagnosticProvider as { workspaceDiagnostics?: boolean }).workspaceDiagnostics,
      true,
    );
    const watcher = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watcher?.registerOptions, { watchers: [{ globPattern: '**/*.privacy.{yaml,yml}' }] });
  });

  it('reports every policy of the folder, none of them open, with the findings of `privacy-policy check <folder>`', async () => {
    const { items } = await pull(client);
    const expected = checkFolder(folder.dir);
    assert.deepEqual(items.map((r) => r.uri).sort(), [...expected.keys()].sort());
    assert.equal(items.length, 7, 'five examples and two shop policies; node_modules and notes.yaml are skipped');
    for (const report of items) {
      assert.equal(report.kind, 'full');
      assert.equal(report.version, null, 'a file read from disk has no editor version');
      assert.deepEqual(asFindings(report.items!), expected.get(report.uri), fileURLToPath(report.uri));
    }
    assert.deepEqual(codes(items.find((r) => r.uri === folder.file('shop/no basis.privacy.yml'))!.items!), [
      'missing-legal-basis',
    ]);
  });

  it('answers unchanged for every file whose result id the client has', async () => {
    const first = await pull(client);
    const second = await pull(client, idsOf(first.items));
    assert.deepEqual(
      second.items.map((r) => r.kind),
      first.items.map(() => 'unchanged'),
    );
    assert.deepEqual(
      second.items.map((r) => r.resultId),
      first.items.map((r) => r.resultId),
    );
  });

  it('reports a file changed on disk again, and only that one', async () => {
    const first = await pull(client);
    const changed = folder.file('shop/valid.privacy.yaml');
    writeFileSync(join(folder.dir, 'shop/valid.privacy.yaml'), NO_RETENTION);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: changed, type: 2 }],
    });
    const second = await pull(client, idsOf(first.items));
    for (const report of second.items) {
      if (report.uri !== changed) assert.equal(report.kind, 'unchanged', report.uri);
      else {
        assert.equal(report.kind, 'full');
        assert.deepEqual(codes(report.items!), ['missing-retention']);
        assert.notEqual(report.resultId, first.items.find((r) => r.uri === changed)!.resultId);
      }
    }
    writeFileSync(join(folder.dir, 'shop/valid.privacy.yaml'), VALID);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: changed, type: 2 }],
    });
    const third = await pull(client);
    assert.deepEqual(third.items.find((r) => r.uri === changed)!.items, []);
  });

  it('adds a created file and drops a deleted one', async () => {
    const created = folder.file('shop/new.privacy.yaml');
    writeFileSync(join(folder.dir, 'shop/new.privacy.yaml'), NO_BASIS);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: created, type: 1 }],
    });
    let { items } = await pull(client);
    assert.deepEqual(codes(items.find((r) => r.uri === created)?.items ?? []), ['missing-legal-basis']);
    rmSync(join(folder.dir, 'shop/new.privacy.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: created, type: 3 }],
    });
    ({ items } = await pull(client));
    assert.equal(
      items.find((r) => r.uri === created),
      undefined,
    );
  });

  it("reports an open document from its in-editor version, and a closed one's pull from the disk", async () => {
    const uri = folder.file('shop/valid.privacy.yaml');
    client.open(uri, NO_BASIS, 7);
    const { items } = await pull(client);
    const report = items.find((r) => r.uri === uri)!;
    assert.equal(report.version, 7);
    assert.deepEqual(codes(report.items!), ['missing-legal-basis']);
    client.close(uri);
    const closed = await client.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri: folder.file('shop/no basis.privacy.yml') },
    });
    assert.deepEqual(codes(closed.items), ['missing-legal-basis']);
    const after = (await pull(client)).items.find((r) => r.uri === uri)!;
    assert.equal(after.version, null);
    assert.deepEqual(after.items, []);
  });
});

describe('workspace diagnostics over stdio, streamed (partial results)', () => {
  const folder = workspaceFolder();
  let client: TestClient;
  before(async () => {
    client = await startServer({ capabilities: PULL, workspaceFolders: [{ uri: folder.uri, name: 'policies' }] });
  });
  after(async () => {
    await client.stop();
    rmSync(folder.dir, { recursive: true, force: true });
  });

  it('sends a file as soon as it is checked again, then answers with the rest', async () => {
    const first = await pull(client);
    const streamed: Report[] = [];
    client.connection.onProgress(new ProgressType<{ items: Report[] }>(), 'stream', (partial) => {
      streamed.push(...partial.items);
    });
    const changed = folder.file('shop/valid.privacy.yaml');
    writeFileSync(join(folder.dir, 'shop/valid.privacy.yaml'), NO_BASIS);
    // The change and the pull in one write: the pull is waiting while the file is read and checked.
    const [answer] = await client.writeTogether([
      { method: 'workspace/didChangeWatchedFiles', params: { changes: [{ uri: changed, type: 2 }] } },
      {
        id: 'streamed-pull',
        method: 'workspace/diagnostic',
        params: { previousResultIds: idsOf(first.items), partialResultToken: 'stream' },
      },
    ]);
    // The connection handles the progress notifications in order before the answer to a request sent after them.
    await client.request('textDocument/documentSymbol', { textDocument: { uri: changed } });
    assert.deepEqual(
      streamed.map((r) => [r.uri, r.kind, codes(r.items!)]),
      [[changed, 'full', ['missing-legal-basis']]],
    );
    const items = (answer.result as { items: Report[] }).items;
    assert.equal(
      items.find((r) => r.uri === changed),
      undefined,
      'what was streamed is not sent again',
    );
    assert.deepEqual(new Set(items.map((r) => r.kind)), new Set(['unchanged']));
    assert.equal(items.length, first.items.length - 1);
  });
});

describe('workspace problems over stdio (push-only client)', () => {
  const folder = workspaceFolder();
  let client: TestClient;
  const latest = (uri: string): PublishDiagnosticsParams | undefined =>
    client.published.filter((p) => p.uri === uri).at(-1);
  before(async () => {
    client = await startServer({ capabilities: WATCHED, rootUri: folder.uri });
  });
  after(async () => {
    await client.stop();
    rmSync(folder.dir, { recursive: true, force: true });
  });

  it('publishes the problems of every closed policy file, without a version', async () => {
    const expected = checkFolder(folder.dir);
    await Promise.all([...expected.keys()].filter((uri) => !latest(uri)).map((uri) => client.nextDiagnostics(uri)));
    for (const [uri, findings] of expected) {
      const published = latest(uri)!;
      assert.equal(published.version, undefined, uri);
      assert.deepEqual(asFindings(published.diagnostics), findings, uri);
    }
    assert.equal(
      client.published.some((p) => p.uri.includes('node_modules')),
      false,
    );
  });

  it('publishes the file on disk again when the editor closes it, and after it changed on disk', async () => {
    const uri = folder.file('shop/valid.privacy.yaml');
    let pending = client.nextDiagnostics(uri, (p) => p.version === 3);
    client.open(uri, NO_BASIS, 3);
    assert.deepEqual(codes((await pending).diagnostics), ['missing-legal-basis']);
    pending = client.nextDiagnostics(uri, (p) => p.version === undefined);
    client.close(uri);
    assert.deepEqual((await pending).diagnostics, [], 'the disk version is valid');
    pending = client.nextDiagnostics(uri, (p) => p.version === undefined);
    writeFileSync(join(folder.dir, 'shop/valid.privacy.yaml'), NO_RETENTION);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    assert.deepEqual(codes((await pending).diagnostics), ['missing-retention']);
  });

  it('clears the problems of a file removed from disk', async () => {
    const uri = folder.file('shop/no basis.privacy.yml');
    const pending = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    rmSync(join(folder.dir, 'shop/no basis.privacy.yml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await pending;
  });
});
