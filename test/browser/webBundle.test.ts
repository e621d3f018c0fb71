// The browser bundles (dist/web/, for vscode.dev and github.dev), built in memory with the options of
// scripts/build.mjs: esbuild's metafile shows that nothing of Node is in them, and the language server bundle
// answers LSP requests inside a real web worker (Chromium), where there is no process, Buffer or require.
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';

const root = resolve(__dirname, '../..');
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Sources that exist only for the Node host: the browser bundles must not contain them. */
const NODE_ONLY_SOURCES = [
  /^client\/src\/platform\/node\.ts$/,
  /^server\/src\/platform\/node\.ts$/,
  /^client\/src\/languageClient\.ts$/,
  /\/lib\/node\//,
  /^node_modules\/csv-stringify\/lib\//,
];

interface Bundle {
  name: string;
  metafile: Metafile;
  code: string;
}

/**
 * Runs in the page (plain JavaScript, so the test runner's transform cannot add helpers): starts the bundle in a
 * dedicated worker and speaks LSP to it over postMessage, as vscode-languageclient/browser does.
 */
const DRIVER = String.raw`async ({ source, uri, text, uri2, text2, catalogues }) => {
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  const errors = [];
  worker.onerror = (e) => errors.push(e.message);
  const pending = new Map();
  const notifications = [];
  let waiting;
  worker.onmessage = (event) => {
    const m = event.data;
    if (m.id !== undefined && m.method === undefined) pending.get(m.id)?.(m.error ? { error: m.error } : m.result);
    else if (m.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null }); // server → client requests
    else (notifications.push(m), waiting?.());
  };
  let id = 0;
  const request = (method, params) => new Promise((resolve) => {
    pending.set(++id, resolve);
    worker.postMessage({ jsonrpc: '2.0', id, method, params });
  });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
  const diagnostics = (uri) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics within 10 s; errors: ' + errors.join('; '))), 10000);
    const look = () => {
      const found = notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
      if (found) (clearTimeout(timer), resolve(found.params));
    };
    waiting = look;
    look();
  });
  // The catalogues as the browser client hands them over from a remote: blob: URLs.
  const catalogueUrls = {};
  for (const [file, json] of Object.entries(catalogues)) catalogueUrls[file] = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const init = await request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { diagnosticMode: 'push', catalogueUrls } });
  notify('initialized', {});
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'privacy-policy', version: 1, text } });
  const published = await diagnostics(uri);
  notify('textDocument/didOpen', { textDocument: { uri: uri2, languageId: 'privacy-policy', version: 1, text: text2 } });
  const missingAuthority = (await diagnostics(uri2)).diagnostics.filter((d) => d.code === 'missing-authority');
  const fixes = missingAuthority.length
    ? await request('textDocument/codeAction', { textDocument: { uri: uri2 }, range: missingAuthority[0].range, context: { diagnostics: missingAuthority } })
    : [];
  const render = await request('privacyPolicy/render', { uri, mode: 'standalone' });
  const ropa = await request('privacyPolicy/export', { uri, format: 'ropa' });
  const memory = await request('privacyPolicy/memoryUsage', null);
  // What a script sees in a dedicated worker of this page.
  const globals = await new Promise((resolve) => {
    const probe = new Worker(URL.createObjectURL(new Blob(['postMessage([typeof process, typeof Buffer, typeof require])'], { type: 'text/javascript' })));
    probe.onmessage = (e) => resolve(e.data);
  });
  worker.terminate();
  return { serverName: init.serverInfo && init.serverInfo.name, codes: published.diagnostics.map((d) => d.code), fixes: fixes.map((f) => f.title), render, ropa, memory, globals, errors };
}`;

let bundles: Bundle[] = [];

before(async () => {
  const { webBuilds } = (await import(resolve(root, 'scripts/build.mjs'))) as { webBuilds: () => BuildOptions[] };
  const options = webBuilds();
  assert.deepEqual(
    options.map((o) => o.outfile),
    ['dist/web/extension.js', 'dist/web/server.js'],
    'the web builds of scripts/build.mjs',
  );
  bundles = await Promise.all(
    options.map(async (o) => {
      const result = await build({
        ...o,
        absWorkingDir: root,
        write: false,
        metafile: true,
        sourcemap: false,
        logLevel: 'silent',
      });
      return { name: String(o.outfile), metafile: result.metafile, code: result.outputFiles[0].text };
    }),
  );
});

describe('web bundles (metafile)', () => {
  it('are built for the browser: CommonJS extension (vscode external), classic-script server', () => {
    const [extension, server] = bundles;
    assert.match(
      extension.code,
      /module\.exports/,
      'the extension is a CommonJS module, as VS Code loads web extensions',
    );
    assert.ok(
      !/^\s*(import|export)\s/m.test(server.code),
      'the server is a classic worker script (no ES module syntax)',
    );
  });

  it('import nothing from Node: no built-in module, no Node-only source, nothing external but `vscode`', () => {
    for (const bundle of bundles) {
      const inputs = Object.keys(bundle.metafile.inputs);
      assert.ok(inputs.length > 50, `${bundle.name}: the metafile lists the bundled sources (${inputs.length})`);
      const imports = Object.values(bundle.metafile.inputs).flatMap((input) => input.imports);
      const builtins = imports.filter((i) => NODE_BUILTINS.has(i.path)).map((i) => i.path);
      assert.deepEqual([...new Set(builtins)], [], `${bundle.name} imports Node built-ins`);
      // esbuild lists TypeScript imports it elided (nothing used from them) as external relative paths: not loaded.
      const external = [...new Set(imports.filter((i) => i.external && !i.path.startsWith('.')).map((i) => i.path))];
      assert.deepEqual(
        external,
        bundle.name.endsWith('extension.js') ? ['vscode'] : [],
        `${bundle.name}: modules left to the runtime`,
      );
      const nodeOnly = inputs.filter((f) => NODE_ONLY_SOURCES.some((re) => re.test(f)));
      assert.deepEqual(nodeOnly, [], `${bundle.name} bundles Node-only sources`);
    }
    const server = Object.keys(bundles[1].metafile.inputs);
    assert.ok(
      server.includes('server/src/platform/browser.ts'),
      'the server bundle takes #platform/server from platform/browser.ts',
    );
    assert.ok(
      Object.keys(bundles[0].metafile.inputs).includes('client/src/platform/browser.ts'),
      'the extension bundle takes #platform/client from platform/browser.ts',
    );
    assert.ok(
      server.some((f) => /vscode-languageserver\/lib\/browser\/main\.js$/.test(f)),
      'the server uses vscode-languageserver/browser',
    );
  });
});

describe('web language server in a real web worker (Chromium)', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });

  it(
    'answers initialize, publishes GDPR diagnostics, reads the catalogues it is handed, renders and exports ' +
      'a RoPA, with no Node global',
    async () => {
      const page = await browser.newPage();
      const policy = readFileSync(resolve(root, 'test/vscode/fixtures/broken.privacy.yaml'), 'utf8');
      const uri = 'file:///w/broken.privacy.yaml';
      // Without its authority, for the catalogue's missing-authority fix (the controller is in the Netherlands).
      const withoutAuthority = policy.replace(/^authority:\n  name: .*\n/m, '');
      assert.notEqual(withoutAuthority, policy, 'the fixture names an authority to take out');
      const catalogues = Object.fromEntries(
        ['authorities.json', 'organisations.json', 'cookies.json'].map((f) => [
          f,
          readFileSync(resolve(root, 'server/src/catalogues/data', f), 'utf8'),
        ]),
      );
      const args = {
        source: bundles[1].code,
        uri,
        text: policy,
        uri2: 'file:///w/no-authority.privacy.yaml',
        text2: withoutAuthority,
        catalogues,
      };
      const outcome = await page.evaluate<{
        serverName?: string;
        codes: string[];
        fixes: string[];
        render: { html: string };
        ropa: string;
        memory: object | null;
        globals: string[];
        errors: string[];
      }>(`(${DRIVER})(${JSON.stringify(args)})`);
      assert.deepEqual(outcome.errors, [], 'no error in the worker');
      assert.deepEqual(
        outcome.globals,
        ['undefined', 'undefined', 'undefined'],
        'a web worker has no process, Buffer or require',
      );
      assert.equal(outcome.serverName, 'privacy-policy-language-server');
      assert.ok(
        outcome.codes.includes('missing-legal-basis') && outcome.codes.includes('missing-retention'),
        `the GDPR diagnostics: ${outcome.codes.join(', ')}`,
      );
      assert.ok(
        outcome.fixes.some((t) => /Autoriteit Persoonsgegevens/.test(t)),
        `the missing-authority fix names the Dutch authority from the catalogue the client handed over: ${JSON.stringify(outcome.fixes)}`,
      );
      assert.match(outcome.render.html, /^<!doctype html>/i, 'Export HTML gets a standalone document from the worker');
      assert.match(
        String(outcome.ropa),
        /^"?Purpose id"?,/,
        `the RoPA CSV (csv-stringify's browser build): ${String(outcome.ropa).slice(0, 80)}`,
      );
      assert.ok(
        outcome.memory === null || !('rss' in outcome.memory),
        'memoryUsage is the worker’s, not a Node process’s',
      );
    },
  );
});
