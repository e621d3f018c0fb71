// Bundles the VS Code client, the language server and the CLI into dist/ (SPEC §7).
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const production = process.argv.includes('--production');
// --outdir lets the benchmark measure a production build without touching dist/ (every bundle in one folder);
// --root builds into another tree with the same layout (dist/, media/): scripts/package.mjs stages the .vsix there.
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outdir = option('outdir');
const root = option('root');
const out = (file) => (outdir ? `${outdir}/${file.split('/').pop()}` : root ? `${root}/${file}` : file);
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: out('dist/extension.js'), external: ['vscode'] }),
  // The LSP client library, loaded by the extension right after activation (client/src/server.ts).
  build({ ...common, entryPoints: ['client/src/languageClient.ts'], outfile: out('dist/languageClient.js'), external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: out('dist/server.js') }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: out('dist/cli.js'), banner: { js: '#!/usr/bin/env node' } }),
  // The preview's webview script runs in the browser; localResourceRoots limits the webview to media/.
  build({ ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['client/src/webview/preview.ts'], outfile: out('media/preview.js') }),
]);
chmodSync(out('dist/cli.js'), 0o755);
