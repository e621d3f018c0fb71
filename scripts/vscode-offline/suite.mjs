// Shared by run-tests.mjs (offline, code-server) and ../test-electron.mjs (@vscode/test-electron):
// compiling the integration suite and making a throwaway copy of the fixture workspace.
import { build } from 'esbuild';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_SRC = join(ROOT, 'test', 'vscode', 'suite');
export const SUITE_OUT = join(ROOT, 'out', 'test', 'vscode', 'suite');
export const SUITE_ENTRY = join(SUITE_OUT, 'index.js');
export const FIXTURES = join(ROOT, 'test', 'vscode', 'fixtures');

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * test/vscode/suite/**\/*.ts → out/test/vscode/suite/**\/*.js, file by file (not bundled): `vscode` comes from the
 * extension host, `mocha` resolves from the project's node_modules (out/ is inside the repo).
 */
export async function compileSuite() {
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await build({
    entryPoints: tsFiles(SUITE_SRC),
    outdir: SUITE_OUT,
    outbase: SUITE_SRC,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return SUITE_ENTRY;
}

/** A fresh copy of test/vscode/fixtures in a temp dir, so tests may edit and save files and settings freely. */
export function copyFixtures(parent = tmpdir()) {
  const dir = mkdtempSync(join(parent, 'pps-fixtures-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}
