// Hostile documents against the real bundled server and CLI, each in a child process, several times in a row
// on the same process (some parser failures only show on a second parse).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { hostileCases } from '../support/hostile';
import { built } from '../support/built';
import { codes, startServer, type TestClient } from '../support/lspClient';

const CLI = built('dist/cli.js');
const BOUND_MS = 20_000;

describe('hostile documents in one server process', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer({ env: { PRIVACY_POLICY_DEBOUNCE_MS: '10' } });
  });
  after(() => client.stop());

  hostileCases().forEach((c, index) => {
    it(`${c.name}: opened and changed three times, answered every time`, async () => {
      const uri = `file:///hostile/${index}.privacy.yaml`;
      let pending = client.nextDiagnostics(uri, () => true, BOUND_MS);
      client.open(uri, c.text);
      let result = await pending;
      if (c.expect)
        assert.ok(
          codes(result.diagnostics).includes(c.expect),
          `expected ${c.expect}, got ${codes(result.diagnostics).join(', ')}`,
        );
      for (let v = 2; v <= 3; v++) {
        pending = client.nextDiagnostics(uri, (p) => p.version === v, BOUND_MS);
        client.change(uri, v === 2 ? `${c.text} ` : c.text, v);
        result = await pending;
      }
      // Every range lies inside the document.
      const lines = c.text.split('\n').length;
      for (const d of result.diagnostics)
        assert.ok(d.range.end.line <= lines, `range outside the document: ${JSON.stringify(d.range)}`);
      // The server still answers other requests.
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols));
      client.close(uri);
      assert.equal(client.process.exitCode, null, `the server exited: ${client.stderr.join('')}`);
    });
  });
  it('memory stays bounded after all of them (the server collects parsing garbage when idle)', async () => {
    // Wait for the observable effect — resident memory under the bound — not for a guessed time; a server that
    // never gives the memory back fails at the deadline.
    const deadline = Date.now() + BOUND_MS;
    let rssMb = client.memory().rss;
    while (rssMb >= 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      rssMb = client.memory().rss;
    }
    assert.ok(rssMb < 200, `server RSS ${BOUND_MS / 1000} s after the hostile documents: ${rssMb.toFixed(0)} MB`);
  });
});

describe('hostile documents through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  hostileCases().forEach((c, index) => {
    it(`${c.name}: check exits 0 or 1 with located diagnostics, twice`, () => {
      const file = join(dir, `${index}.privacy.yaml`);
      writeFileSync(file, c.text);
      for (let run = 0; run < 2; run++) {
        const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], {
          encoding: 'utf8',
          timeout: BOUND_MS,
          maxBuffer: 64 * 1024 * 1024,
        });
        assert.equal(result.signal, null, `killed by ${result.signal} (timeout?)`);
        assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr.slice(0, 500)}`);
        const [report] = JSON.parse(result.stdout) as [{ diagnostics: { code: string }[] }];
        if (c.expect)
          assert.ok(
            report.diagnostics.some((d) => d.code === c.expect),
            `expected ${c.expect}`,
          );
      }
    });
  });
});
