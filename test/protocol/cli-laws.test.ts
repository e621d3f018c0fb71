// `--law` on the command line (docs/language.md, "Laws"): check, render and export as one law of the notice alone
// would have it; a law the notice does not serve is one line on stderr and exit 2.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = resolve(__dirname, '../..');
const FILE = 'test/fixtures/laws/eu-uk.privacy.yaml';
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('privacy-policy --law', () => {
  it('check --law checks against one law: the UK GDPR asks for a way to complain to us, the EU GDPR does not', () => {
    const uk = cli('check', FILE, '--law', 'uk-gdpr', '--format', 'json');
    const eu = cli('check', FILE, '--law', 'eu-gdpr', '--format', 'json');
    assert.match(uk.stdout, /missing-complaints-route/);
    assert.doesNotMatch(eu.stdout, /missing-complaints-route/);
    assert.equal(eu.status, 0, eu.stdout + eu.stderr);
  });

  it('render --law renders the notice as that law alone would have it', () => {
    const all = cli('render', FILE);
    const uk = cli('render', FILE, '--law', 'uk-gdpr');
    assert.equal(all.status, 0, all.stderr);
    assert.match(all.stdout, /Additional information for people in the United Kingdom/);
    assert.doesNotMatch(uk.stdout, /Additional information for people/);
    assert.match(uk.stdout, /section 164A/);
  });

  it('a law the notice does not serve: one line naming the laws it serves, exit 2', () => {
    for (const command of ['check', 'render', 'export']) {
      const args = command === 'export' ? ['--format', 'ropa'] : [];
      const r = cli(command, FILE, '--law', 'ch-fadp', ...args);
      assert.equal(r.status, 2, `${command}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /it serves eu-gdpr, uk-gdpr\.$/m);
    }
  });

  it('export --law writes that law’s record of processing', () => {
    const r = cli('export', FILE, '--format', 'ropa', '--law', 'uk-gdpr');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Legal basis \(Art 6 UK GDPR\)/);
  });
});
