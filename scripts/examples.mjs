// The main job of the quick start: check every example policy, then render each to out/examples/*.html.
// The examples keep the gaps of the real policies they were written from, so the check reports problems:
// that report is the point, and this script exits 0 once it has written everything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli.js');
const examples = resolve(root, 'examples');
const out = resolve(root, 'out/examples');
mkdirSync(out, { recursive: true });

// Run from the project root so the report shows short paths (examples/…).
const run = (args) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

console.log('== privacy-policy check examples/');
const check = run(['check', 'examples']);
if (check.status !== 0 && check.status !== 1) process.exit(check.status ?? 1);

console.log('\n== privacy-policy render');
for (const file of readdirSync(examples).filter((f) => f.endsWith('.privacy.yaml'))) {
  const target = resolve(out, `${basename(file, '.privacy.yaml')}.html`);
  const result = spawnSync(process.execPath, [cli, 'render', resolve(examples, file), '-o', target], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    process.exit(result.status ?? 1);
  }
  console.log(`examples/${file} → ${target.replace(`${root}/`, '')}`);
}
