// Bundles the VS Code client, the language server and the CLI into dist/ (README, "Command line"), and the same client and server
// for the browser's web worker extension host (vscode.dev, github.dev) into dist/web/.
import { build } from 'esbuild';
import { chmodSync, cpSync, mkdirSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The `yaml` package's Node build reads `process.env.LOG_TOKENS` for every token it parses (and `LOG_STREAM` for every
 * document): a debugging switch of that package. In Node each read of `process.env` asks the operating system's
 * environment, 0.2 µs: a 2 MB policy has 500,000 tokens, so every parse of it spent about 0.1 s on that read, and
 * formatting parses twice. In our Node bundles `yaml` gets a `process` whose `env` is empty (its switches are off)
 * and whose warnings go to the real one. Its browser build reads no environment.
 */
const yamlProcess = {
  name: 'yaml-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?process$/ }, (args) =>
      /[\\/]node_modules[\\/]yaml[\\/]/.test(args.importer)
        ? { path: 'yaml-process', namespace: 'yaml-process' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'yaml-process' }, () => ({
      contents: 'module.exports = { env: {}, emitWarning: (...args) => process.emitWarning(...args) };',
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  logLevel: 'warning',
  plugins: [yamlProcess],
};

/**
 * The browser bundles: platform `browser` selects the `browser` condition of package.json "imports"
 * (#platform/client, #platform/server) and of the dependencies. No Node built-in resolves there, so importing one
 * fails the build; test/unit/webBundle.test.ts checks the metafiles as well.
 */
export function webBuilds(out = (file) => file) {
  const web = {
    ...common,
    platform: 'browser',
    target: 'es2022',
    // csv-stringify's own browser build (it carries the Buffer its Node build takes from Node).
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  };
  return [
    // VS Code loads a web extension as one CommonJS module; only `vscode` comes from outside.
    {
      ...web,
      format: 'cjs',
      entryPoints: ['client/src/extension.ts'],
      outfile: out('dist/web/extension.js'),
      external: ['vscode'],
    },
    // The language server is a classic worker script.
    { ...web, format: 'iife', entryPoints: ['server/src/server.ts'], outfile: out('dist/web/server.js') },
  ];
}

async function main() {
  const production = process.argv.includes('--production');
  const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  // --outdir lets the benchmark measure a production build without touching dist/ (dist/web/x.js → <outdir>/web/x.js);
  // --root builds into another tree with the same layout (dist/, media/): scripts/package.mjs stages the .vsix there.
  const outdir = option('outdir');
  const root = option('root');
  const out = (file) => (outdir ? `${outdir}/${file.replace(/^(dist|media)\//, '')}` : root ? `${root}/${file}` : file);
  const mode = { sourcemap: production ? false : 'linked', minify: production };
  const node = { ...common, ...mode };
  await Promise.all([
    build({
      ...node,
      entryPoints: ['client/src/extension.ts'],
      outfile: out('dist/extension.js'),
      external: ['vscode'],
    }),
    // The LSP client library, loaded by the extension right after activation (client/src/platform/node.ts).
    build({
      ...node,
      entryPoints: ['client/src/languageClient.ts'],
      outfile: out('dist/languageClient.js'),
      external: ['vscode'],
    }),
    build({ ...node, entryPoints: ['server/src/server.ts'], outfile: out('dist/server.js') }),
    // How VS Code starts it: dist/server.js compiled with V8's code cache (server/src/platform/nodeStart.ts).
    build({ ...node, entryPoints: ['server/src/platform/nodeStart.ts'], outfile: out('dist/serverStart.js') }),
    build({
      ...node,
      entryPoints: ['server/src/cli/main.ts'],
      outfile: out('dist/cli.js'),
      banner: { js: '#!/usr/bin/env node' },
    }),
    ...webBuilds(out).map((options) => build({ ...options, ...mode })),
    // The preview's webview script runs in the browser; localResourceRoots limits the webview to media/.
    build({
      ...node,
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      entryPoints: ['client/src/webview/preview.ts'],
      outfile: out('media/preview.js'),
    }),
  ]);
  chmodSync(out('dist/cli.js'), 0o755);
  // The catalogue data (README, "Catalogues and evidence") is read on first use from data/ next to the Node bundles (../data/ from the web
  // worker's), not bundled: it would triple the server's size and its startup time. NOTICE and licences go with it.
  const dataDir = out('dist/data');
  mkdirSync(dataDir, { recursive: true });
  for (const file of readdirSync('server/src/catalogues/data'))
    cpSync(`server/src/catalogues/data/${file}`, `${dataDir}/${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
