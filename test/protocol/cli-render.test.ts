// `privacy-policy render` in a child process: stdout or -o, problems on stderr, --strict, usage errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { renderNotice } from '../../server/src/render';
import { analyzeText } from '../../server/src/core/analysis';
import { validate } from '../../server/src/rules/check';

const ROOT = resolve(__dirname, '../..');
const VALID = readFileSync(resolve(ROOT, 'test/fixtures/valid.privacy.yaml'), 'utf8');

function render(text: string) {
  const analysis = analyzeText(text);
  return renderNotice(analysis, { mode: 'standalone', problems: validate(analysis) });
}

describe('privacy-policy render', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'server/src/cli/main.ts'), 'render', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  const dir = mkdtempSync(join(tmpdir(), 'render-'));

  it('writes the notice to stdout, or to -o, and exits 0 with problems listed on stderr', () => {
    const out = cli(['test/fixtures/valid.privacy.yaml']);
    assert.equal(out.status, 0, out.stderr);
    assert.equal(out.stdout, render(VALID).html);
    const file = join(dir, 'o2.html');
    const r = cli(['examples/o2-clinic.privacy.yaml', '-o', file]);
    assert.equal(r.status, 0);
    assert.match(readFileSync(file, 'utf8'), /^<!doctype html>/);
    assert.match(r.stderr, /examples\/o2-clinic\.privacy\.yaml:\d+:\d+ {2}error {7} .* {2}missing-retention/);
    assert.match(r.stderr, /1 file checked: \d+ problems/);
  });

  it('--strict exits 1 on errors but still writes the notice', () => {
    const file = join(dir, 'strict.html');
    const r = cli(['examples/o2-clinic.privacy.yaml', '--strict', '-o', file]);
    assert.equal(r.status, 1);
    assert.ok(existsSync(file));
    assert.equal(cli(['test/fixtures/valid.privacy.yaml', '--strict', '-o', join(dir, 'ok.html')]).status, 0);
  });

  it('reports usage errors with exit 2', () => {
    assert.equal(cli([]).status, 2);
    assert.equal(cli(['a.privacy.yaml', '--bogus']).status, 2);
    assert.equal(cli(['missing.privacy.yaml']).status, 1);
  });
});
