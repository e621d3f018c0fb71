// The Node bundles give the `yaml` package a `process` without environment (scripts/build.mjs): its per-token debug
// switch LOG_TOKENS costs a read of the real environment for every token, and when set it prints every token (to the
// CLI's standard output, and to the language server's log).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { built } from '../support/built';
import { startServer, type TestClient } from '../support/lspClient';

const VALID = readFileSync(resolve(__dirname, '../fixtures/valid.privacy.yaml'), 'utf8');
const DEBUG_ENV = { LOG_TOKENS: '1', LOG_STREAM: '1' };

describe('the Node bundles and the yaml package’s debug switches', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer({ env: DEBUG_ENV });
  });
  after(() => client.stop());

  it('the language server analyses as usual with LOG_TOKENS set, and logs no token', async () => {
    const uri = 'file:///bundles/a.privacy.yaml';
    const pending = client.nextDiagnostics(uri);
    client.open(uri, VALID.replace('    basis: contract\n', ''));
    const { diagnostics } = await pending;
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['missing-legal-basis'],
    );
    const tokenLines = client.stderr.filter((line) => line.startsWith('| '));
    assert.deepEqual(tokenLines.slice(0, 3), [], 'no token of the parse in the server’s log');
  });

  it('the CLI prints its findings only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pps-bundles-'));
    writeFileSync(join(dir, 'a.privacy.yaml'), VALID);
    const run = spawnSync(process.execPath, [built('dist/cli.js'), 'check', join(dir, 'a.privacy.yaml')], {
      encoding: 'utf8',
      env: { ...process.env, ...DEBUG_ENV, NO_COLOR: '1' },
    });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), '1 file checked: no problems.');
  });
});
