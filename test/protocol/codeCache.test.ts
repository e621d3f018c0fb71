// How VS Code starts the server (dist/serverStart.js, server/src/platform/nodeStart.ts): the first start writes V8's
// code cache into the folder it is given, the next one reads it (and leaves it as it is); a cache that is not this
// bundle's is replaced; the problems are those of dist/server.js run directly.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { built } from '../support/built';
import { codes, startServer } from '../support/lspClient';
import { SERVER_NODE_FLAGS } from '../../client/src/serverFlags';

const POLICY = readFileSync(resolve(__dirname, '../../examples/oxygis.privacy.yaml'), 'utf8');
const START = built('dist/serverStart.js');
const folder = mkdtempSync(join(tmpdir(), 'pps-code-cache-'));
const caches = () => readdirSync(folder).filter((f) => f.endsWith('.cache'));

/** Starts a server, opens the policy, and returns its problems' codes once published. */
async function problems(command: string[]): Promise<string[]> {
  const client = await startServer({
    command,
    env: { PRIVACY_POLICY_CODE_CACHE: folder, PRIVACY_POLICY_CODE_CACHE_WRITE_MS: '0' },
  });
  try {
    const uri = 'file:///code-cache/oxygis.privacy.yaml';
    const published = client.nextDiagnostics(uri);
    client.open(uri, POLICY);
    return codes((await published).diagnostics);
  } finally {
    await client.stop();
  }
}

describe('the server started with a code cache', () => {
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the cache at its first start, reads it at the next, and finds the same problems', async () => {
    const expected = await problems([...SERVER_NODE_FLAGS, built('dist/server.js'), '--stdio']);
    // A cache left by another bundle, and none yet for this one.
    writeFileSync(join(folder, 'server-0123456789abcdef.cache'), 'not V8 code');
    assert.deepEqual(await problems([...SERVER_NODE_FLAGS, START, '--stdio']), expected);
    const [file] = caches();
    assert.equal(caches().length, 1, `one cache, this bundle's: ${caches().join(', ')}`);
    assert.notEqual(file, 'server-0123456789abcdef.cache');
    const written = statSync(join(folder, file)).mtimeMs;
    const bytes = readFileSync(join(folder, file));

    // Read, not written again: V8 took it.
    assert.deepEqual(await problems([...SERVER_NODE_FLAGS, START, '--stdio']), expected);
    assert.equal(statSync(join(folder, file)).mtimeMs, written);
    assert.deepEqual(readFileSync(join(folder, file)), bytes);

    // A damaged cache is refused by V8 and written again.
    writeFileSync(join(folder, file), bytes.subarray(0, 1000));
    assert.deepEqual(await problems([...SERVER_NODE_FLAGS, START, '--stdio']), expected);
    assert.ok(readFileSync(join(folder, file)).length > 1000, 'the damaged cache was written again');
  });
});
