// Shared by run-tests.mjs (offline, code-server) and ../test-electron.mjs (@vscode/test-electron):
// compiling the integration suite and making a throwaway copy of the fixture workspace.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_SRC = join(ROOT, 'test', 'vscode', 'suite');
export const SUITE_OUT = join(ROOT, 'out', 'test', 'vscode', 'suite');
export const SUITE_ENTRY = join(SUITE_OUT, 'index.js');
export const FIXTURES = join(ROOT, 'test', 'vscode', 'fixtures');

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tsFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * test/vscode/suite/**\/*.ts → out/test/vscode/suite/**\/*.js, file by file (not bundled): `vscode` comes from the
 * extension host, `mocha` resolves from the project's node_modules (out/ is inside the repo).
 */
export async function compileSuite() {
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await build({
    // web/ is the web worker entry (bundleWebSuite); *.web.test.ts run only there.
    entryPoints: tsFiles(SUITE_SRC).filter((f) => !f.startsWith(join(SUITE_SRC, 'web')) && !f.endsWith('.web.test.ts')),
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

/**
 * A copy of the extension as the web worker host must run it: package.json without `main` (so VS Code cannot fall
 * back to the Node host) and the files the browser entry needs. Returns its folder.
 */
export function stageWebExtension(parent) {
  const dir = join(parent, 'web-extension');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  delete pkg.main;
  for (const item of ['dist/web', 'dist/data', 'media', 'syntaxes', 'language-configuration.json', 'README.md']) {
    if (existsSync(join(ROOT, item))) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  return dir;
}

/** A fresh copy of test/vscode/fixtures in a temp dir, so tests may edit and save files and settings freely. */
export function copyFixtures(parent = tmpdir()) {
  const dir = mkdtempSync(join(parent, 'pps-fixtures-'));
  cpSync(FIXTURES, dir, { recursive: true });
  return dir;
}

/**
 * Tests that run in one extension host only: `*.node.test.ts` (Node host) and `*.web.test.ts` (web worker host).
 * Each such file says why in a `// Node-only: …` / `// Web-only: …` line; the runner of the other host reports
 * them by title as not run there (never silently).
 */
export function hostOnlyTests(kind) {
  const label = kind === 'node' ? 'Node-only' : 'Web-only';
  return tsFiles(SUITE_SRC)
    .filter((f) => f.endsWith(`.${kind}.test.ts`))
    .sort()
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const reason = new RegExp(`^// ${label}: (.+(?:\\n// (?!\\S+:).+)*)`, 'm')
        .exec(text)?.[1]
        .replace(/\n\/\/ /g, ' ');
      if (!reason) throw new Error(`${relative(ROOT, file)} must say why it is ${label} in a "// ${label}: …" line`);
      const suite = /\bsuite\('((?:[^'\\]|\\.)+)'/.exec(text)?.[1] ?? basename(file);
      const titles = [...text.matchAll(/\btest\('((?:[^'\\]|\\.)+)'/g)].map((m) => `${suite} ${m[1]}`);
      return { file: relative(ROOT, file), reason, titles };
    });
}

/**
 * The suite for the browser's web worker extension host: one CommonJS bundle (as VS Code loads a web extension)
 * of web/index.ts (mocha's browser build), then every *.test.ts except the Node-only ones, for platform browser.
 * `node:assert/strict` is the npm port of Node's assert; nothing else from Node resolves.
 */
export async function bundleWebSuite({ outfile, resultPath, grep, timeoutMs }) {
  const tests = tsFiles(SUITE_SRC)
    .filter((f) => f.endsWith('.test.ts') && !f.endsWith('.node.test.ts'))
    .sort();
  const notRunHere = hostOnlyTests('node');
  const entry = [
    `export { run } from './web/index';`,
    ...tests.map((f) => `import './${relative(SUITE_SRC, f).replace(/\.ts$/, '')}';`),
  ].join('\n');
  const assertShim = join(SUITE_SRC, 'web', 'assert-strict.cjs');
  await build({
    stdin: { contents: entry, resolveDir: SUITE_SRC, sourcefile: 'web-suite-entry.ts', loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    define: {
      PPS_WEB_SUITE: JSON.stringify({ resultPath, grep: grep || undefined, timeoutMs, notRunHere }),
      // The npm `util` package (under `assert`) reads this at load; a web worker has no process.
      'process.env.NODE_DEBUG': 'undefined',
    },
    plugins: [
      {
        name: 'node-assert',
        setup: (b) => b.onResolve({ filter: /^(node:)?assert\/strict$/ }, () => ({ path: assertShim })),
      },
    ],
  });
  return { outfile, tests: tests.map((f) => relative(ROOT, f)), notRunHere };
}
