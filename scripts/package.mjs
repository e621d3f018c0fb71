#!/usr/bin/env node
// `npm run package`: the .vsix, built from the production (minified) bundles in a staging folder, so that dist/
// keeps the development build. The .vsix smoke test (smoke-vsix.mjs) calls the same function, so what it installs
// and tests is exactly what this command ships.
//
//   node scripts/package.mjs [--out=dist/privacy-policy-studio.vsix]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

/**
 * Every file the installed extension uses, and nothing else: the manifest and what it points at, the Node bundles
 * (the LSP client is loaded after activation, the server is forked by path), the browser bundles (dist/web/, for
 * vscode.dev), the catalogue data, the preview's webview assets, and the contributions' and the client's words in
 * each interface language (package.nls.*.json, l10n/). No CLI (it is not part of the extension), no schema or snippets (bundled into the server), no docs images.
 */
/** The catalogue data, read at run time from dist/data/ (copied there by the build, not bundled). */
const DATA = readdirSync(join(ROOT, 'server/src/catalogues/data')).map((file) => `dist/data/${file}`);

export const PACKAGE_FILES = [
  ...DATA,
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/extension.js',
  'dist/languageClient.js',
  'dist/server.js',
  'dist/serverStart.js',
  'dist/web/extension.js',
  'dist/web/server.js',
  'l10n/bundle.l10n.de.json',
  'l10n/bundle.l10n.fr.json',
  'l10n/bundle.l10n.nl.json',
  'language-configuration.json',
  'media/icon.png',
  'media/notice.css',
  'media/preview.js',
  'media/toolbar.css',
  'package.json',
  'package.nls.de.json',
  'package.nls.fr.json',
  'package.nls.json',
  'package.nls.nl.json',
  'syntaxes/privacy-policy.tmLanguage.json',
];
/** Built into the stage by the production build; every other file of PACKAGE_FILES is copied from the project. */
const BUILT = new Set([
  'dist/extension.js',
  'dist/languageClient.js',
  'dist/server.js',
  'dist/serverStart.js',
  'dist/web/extension.js',
  'dist/web/server.js',
  'media/preview.js',
  ...DATA,
]);

function run(command, args, options = {}) {
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
    ...options,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
  if (r.status !== 0)
    throw new Error(`${[command, ...args].join(' ')} failed (exit ${r.status ?? r.signal}):\n${output.trim()}`);
  return output;
}

/** The files `vsce` would put into a package made in `dir` (`vsce ls`), sorted. */
export function vsceList(dir) {
  return run(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: dir })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();
}

/**
 * Stages the extension (production bundles + the project's other PACKAGE_FILES + its .vscodeignore), checks with
 * `vsce ls` that the package will hold exactly PACKAGE_FILES, and packages it to `out`. Returns the stage folder
 * (the caller removes it) and vsce's output.
 */
export function packageExtension(out) {
  if (!existsSync(VSCE)) throw new Error(`${VSCE} missing: run npm ci`);
  const stage = mkdtempSync(join(tmpdir(), 'pps-package-'));
  run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/generate.ts'), '--build'], { cwd: ROOT });
  run(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--production', `--root=${stage}`], { cwd: ROOT });
  for (const file of ['.vscodeignore', ...PACKAGE_FILES.filter((f) => !BUILT.has(f))]) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing`);
    mkdirSync(dirname(join(stage, file)), { recursive: true });
    cpSync(join(ROOT, file), join(stage, file));
  }
  const listed = vsceList(stage);
  if (listed.join('\n') !== [...PACKAGE_FILES].sort().join('\n')) {
    throw new Error(
      `vsce ls in the stage differs from PACKAGE_FILES:\n  vsce ls: ${listed.join(', ')}\n  expected: ${PACKAGE_FILES.join(', ')}`,
    );
  }
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const output = run(process.execPath, [VSCE, 'package', '--no-dependencies', '-o', resolve(out)], { cwd: stage });
  return { stage, output };
}

if (process.argv[1] === import.meta.filename) {
  const out =
    process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) ??
    join(ROOT, 'dist', 'privacy-policy-studio.vsix');
  try {
    const { stage, output } = packageExtension(out);
    rmSync(stage, { recursive: true, force: true });
    process.stdout.write(output);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
