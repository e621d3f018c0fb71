#!/usr/bin/env node
// `npm run test:vsix`: packages the extension exactly as `npm run package` does (scripts/package.mjs: production,
// minified bundles in a staging folder), checks what the package holds, installs it into the offline VS Code
// (server-main.js --install-extension) and runs a few checks against the *installed* copy — not the development
// path — in the Node extension host and in the browser's web worker host (vscode.dev), so a file missing from the
// package, a dependency left out of a bundle or a fault of the minified build fails here. Also checks that
// `vsce ls` in the project itself lists the same files.
//
// Environment:
//   PPS_VSIX_TIMEOUT_MS   bound from the start of VS Code to the result (default 180000)
//   PPS_KEEP_TMP=1        keep the temp dir (vsix, logs, installed extension, result)
// Last line: `vsix: N passed, N failed`; exit code 0 only when every check passed.
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { PACKAGE_FILES, packageExtension, vsceList } from '../package.mjs';
import { ROOT, copyFixtures } from './suite.mjs';
import {
  SERVER_MAIN,
  diagnosticsReport,
  launchBrowser,
  makeTempDir,
  removeDir,
  setup,
  startServer,
  workbenchUrl,
} from './workbench.mjs';

const TIMEOUT_MS = Number(process.env.PPS_VSIX_TIMEOUT_MS) || 180_000;
const PROGRESS = '[vsix-smoke] ';
const started = Date.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (line) => process.stdout.write(`${line}\n`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/** Never in a package: caches, dependencies (everything is bundled), sources of the build, tests, the CLI, docs. */
const FORBIDDEN = [
  /^\.cache\//,
  /^node_modules\//,
  /^test\//,
  /^out\//,
  /^scratch\//,
  /^\.git\//,
  /^\.ci\//,
  /^bench\//,
  /^docs\//,
  /^dist\/cli\.js$/,
  /\.map$/,
];
const MAX_PACKAGE_BYTES = 10 * 1024 * 1024;

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok: !!ok, detail });
  say(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `${ok ? ' — ' : '\n         '}${detail}` : ''}`);
  return !!ok;
}

let tmp, server, browser, cleaning;
const cleanup = () =>
  (cleaning ??= (async () => {
    if (browser) await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
    if (server) await server.stop();
    if (tmp && process.env.PPS_KEEP_TMP !== '1') removeDir(tmp);
    else if (tmp) say(`(kept ${tmp})`);
  })());
for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(sig, () => {
    say(`\nvsix: interrupted (${sig})`);
    cleanup().finally(() => process.exit(code));
  });
}

/** Names and sizes of the entries of a zip file, from its central directory (no dependency needed). */
function zipEntries(file) {
  const buf = readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    entries.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLength), size, method, compressed, local });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The text of one entry of a zip file (stored or deflated). */
function zipEntry(file, name) {
  const entry = zipEntries(file).find((e) => e.name === name);
  if (!entry) return '';
  const buf = readFileSync(file);
  const start = entry.local + 30 + buf.readUInt16LE(entry.local + 26) + buf.readUInt16LE(entry.local + 28);
  const data = buf.subarray(start, start + entry.compressed);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

/** Files the manifest points at: they must be in the package. */
function manifestFiles(pkg) {
  const files = new Set(['package.json']);
  const add = (p) => p && files.add(p.replace(/^\.\//, ''));
  add(pkg.main);
  add(pkg.browser);
  add(pkg.icon);
  const c = pkg.contributes ?? {};
  for (const l of c.languages ?? []) add(l.configuration);
  for (const g of c.grammars ?? []) add(g.path);
  for (const s of c.snippets ?? []) add(s.path);
  for (const j of c.jsonValidation ?? []) if (!/^https?:/.test(j.url)) add(j.url);
  // The language server (forked by path) and the preview's webview assets (loaded by URL): not in the manifest.
  for (const f of [
    'dist/server.js',
    'dist/serverStart.js',
    'dist/languageClient.js',
    'dist/web/server.js',
    'media/preview.js',
    'media/notice.css',
    'media/toolbar.css',
  ])
    files.add(f);
  return [...files];
}

function packageVsix(vsix) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const t0 = Date.now();
  let packaged;
  try {
    packaged = packageExtension(vsix);
  } catch (error) {
    check('npm run package (scripts/package.mjs)', false, error.message.split('\n').slice(0, 12).join('\n         '));
    return false;
  }
  writeFileSync(join(tmp, 'vsce.log'), packaged.output);
  rmSync(packaged.stage, { recursive: true, force: true });
  for (const w of packaged.output.split('\n').filter((l) => /^\s*WARNING\b/.test(l)))
    say(`  (vsce) ${w.trim().slice(0, 200)}`);
  check(
    `npm run package: production bundles, vsce ls = PACKAGE_FILES (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
    existsSync(vsix),
    /Packaged: .*\((.*)\)/.exec(packaged.output)?.[1] ?? '',
  );

  // vsce stores README.md, CHANGELOG.md and LICENSE as readme.md, changelog.md and LICENSE.txt.
  const stored = { 'readme.md': 'README.md', 'changelog.md': 'CHANGELOG.md', 'LICENSE.txt': 'LICENSE' };
  const entries = zipEntries(vsix)
    .filter((e) => e.name.startsWith('extension/'))
    .map((e) => ({ ...e, name: stored[e.name.slice('extension/'.length)] ?? e.name.slice('extension/'.length) }));
  const names = entries.map((e) => e.name).sort();
  check(
    'the package holds exactly the files the extension uses',
    names.join('\n') === [...PACKAGE_FILES].sort().join('\n'),
    names.join('\n') === [...PACKAGE_FILES].sort().join('\n') ? `${names.length} files` : `holds: ${names.join(', ')}`,
  );
  const missing = manifestFiles(pkg).filter((f) => !names.includes(f));
  check(
    'the package holds every file the manifest, the server and the preview need',
    missing.length === 0,
    missing.length ? `missing: ${missing.join(', ')}` : '',
  );
  const forbidden = entries.filter((e) => FORBIDDEN.some((re) => re.test(e.name)));
  check(
    'the package holds no cache, dependency, test, docs, CLI or source map',
    forbidden.length === 0,
    forbidden.length
      ? `${forbidden.length} such files, e.g. ${forbidden
          .slice(0, 5)
          .map((e) => e.name)
          .join(', ')}`
      : '',
  );
  // The production build: minified, no source map reference (what `npm run package` ships).
  const server = zipEntry(vsix, 'extension/dist/server.js');
  // Minified code runs to thousands of characters a line (its only line breaks are inside multi-line strings).
  const perLine = Math.round(server.length / server.split('\n').length);
  check(
    'the bundles are the minified production build',
    !/sourceMappingURL/.test(server) && perLine > 500,
    `dist/server.js: ${perLine} characters a line, ${/sourceMappingURL/.test(server) ? 'with' : 'no'} source map`,
  );
  const bytes = statSync(vsix).size;
  check(
    `the package is small (${(bytes / 1024 / 1024).toFixed(2)} MB ≤ ${MAX_PACKAGE_BYTES / 1024 / 1024} MB)`,
    bytes <= MAX_PACKAGE_BYTES,
  );
  // Someone running `vsce package` in the project itself (after npm run build) gets the same files.
  const inProject = vsceList(ROOT);
  check(
    'vsce ls in the project lists the same files (.vscodeignore)',
    inProject.join('\n') === [...PACKAGE_FILES].sort().join('\n'),
    inProject.join(', '),
  );
  return true;
}

function installVsix(vsix, extensionsDir) {
  const r = spawnSync(
    process.execPath,
    [
      SERVER_MAIN,
      '--install-extension',
      vsix,
      '--extensions-dir',
      extensionsDir,
      '--user-data-dir',
      join(tmp, 'user-data'),
      '--server-data-dir',
      join(tmp, 'server-data'),
      '--accept-server-license-terms',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  const installed = existsSync(extensionsDir)
    ? readdirSync(extensionsDir).filter((d) => d.startsWith('privacy-policy-studio.privacy-policy-studio-'))
    : [];
  return check(
    'server-main.js --install-extension',
    r.status === 0 && installed.length === 1,
    r.status === 0 && installed.length === 1
      ? relative(tmp, join(extensionsDir, installed[0]))
      : `exit ${r.status ?? r.signal}, installed: [${installed.join(', ')}]: ${output.slice(-800)}`,
  );
}

/**
 * A throwaway extension that only carries the in-host checks: VS Code runs tests only with a development path,
 * and it must not be the project (which would shadow the installed copy).
 */
function writeRunner(dir, script) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'pps-vsix-smoke',
        publisher: 'pps-test',
        version: '0.0.0',
        engines: { vscode: '^1.91.0' },
        capabilities: { untrustedWorkspaces: { supported: true } },
      },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, 'smoke.js'), script);
  return join(dir, 'smoke.js');
}

/**
 * The in-host checks (CommonJS, plain `vscode` API), for the Node extension host or the browser's web worker host.
 * The web worker has no `require` but for `vscode`, no process and no file system: the result goes out through
 * vscode.workspace.fs to `resultPath` on the VS Code server.
 */
const inHostChecks = ({ web, resultPath, extensionsDir }) => String.raw`
const vscode = require('vscode');
const WEB = ${web};
const RESULT_PATH = ${JSON.stringify(resultPath)};
const EXTENSIONS_DIR = ${JSON.stringify(extensionsDir)};
const ID = 'privacy-policy-studio.privacy-policy-studio';
const TIMEOUT = 30000;
const log = (line) => console.log(${JSON.stringify(PROGRESS)} + line);

function waitFor(condition, what, events = [vscode.languages.onDidChangeDiagnostics]) {
  return new Promise((resolve, reject) => {
    let done = false, busy = false, lastError;
    const subs = [];
    const finish = (fn) => { if (done) return; done = true; clearTimeout(timer); clearInterval(tick); subs.forEach((s) => s.dispose()); fn(); };
    const test = async () => {
      if (done || busy) return;
      busy = true;
      try { const v = await condition(); if (v) finish(() => resolve(v)); } catch (e) { lastError = e; } finally { busy = false; }
    };
    const timer = setTimeout(() => finish(() => reject(new Error('timed out after ' + TIMEOUT + ' ms: ' + what + (lastError ? ' (last error: ' + lastError + ')' : '')))), TIMEOUT);
    const tick = setInterval(test, 100);
    for (const e of events) subs.push(e(() => void test()));
    void test();
  });
}
const codeOf = (d) => (d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code));

exports.run = async function run() {
  const checks = [];
  const step = async (name, fn) => {
    try { const detail = await fn(); checks.push({ name, ok: true, detail: detail || '' }); log('ok ' + name); }
    catch (e) { checks.push({ name, ok: false, detail: String(e && e.stack || e) }); log('FAIL ' + name + ': ' + (e && e.message)); }
  };
  const folder = vscode.workspace.workspaceFolders[0].uri;
  let ext, api, doc;
  await step(WEB ? "the extension is the installed package's files (copied, manifest without main)" : 'the extension is the installed copy', () => {
    ext = vscode.extensions.getExtension(ID);
    if (!ext) throw new Error(ID + ' is not installed');
    if (!ext.extensionUri.path.startsWith(EXTENSIONS_DIR + '/')) throw new Error('loaded from ' + ext.extensionUri.toString() + ', not from ' + EXTENSIONS_DIR);
    return ext.extensionUri.path;
  });
  if (!ext) return finish(checks);
  await step('opening a policy activates it', async () => {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'broken.privacy.yaml'));
    await vscode.window.showTextDocument(doc);
    if (doc.languageId !== 'privacy-policy') throw new Error('language id ' + doc.languageId);
    await waitFor(() => ext.isActive, ID + ' to activate', [vscode.extensions.onDidChange]);
    api = ext.exports;
    if (!api || !api.previews || !api.ready) throw new Error('activate() returned ' + JSON.stringify(Object.keys(api || {})));
    await api.ready;
    if (!api.client) throw new Error('the language client was not loaded');
  });
  if (!api) return finish(checks); // the rest needs a working activation
  await step(WEB ? 'it runs in the web worker host: no process, the browser entry (dist/web/)' : 'it runs in the Node host: the Node entry (dist/)', () => {
    if (WEB !== (typeof process === 'undefined')) throw new Error('typeof process is ' + typeof process);
    if (api.platform !== (WEB ? 'browser' : 'node')) throw new Error('activate() reports platform ' + api.platform);
    return 'platform ' + api.platform;
  });
  await step('the bundled language server reports diagnostics', async () => {
    const found = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'privacy-policy' && codeOf(x) === 'missing-legal-basis');
      return d.length ? d : undefined;
    }, "a 'missing-legal-basis' diagnostic on broken.privacy.yaml");
    return found[0].message.slice(0, 80);
  });
  await step('completion works (vocabulary from the bundle)', async () => {
    const line = doc.getText().split('\n').findIndex((l) => /^    basis: consent$/.test(l));
    const list = await waitFor(async () => {
      const r = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 11));
      return r && r.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'legitimate-interests') ? r : undefined;
    }, "completion after 'basis: ' to offer legitimate-interests", []);
    return list.items.length + ' items';
  });
  await step('the preview renders, and its webview assets are installed', async () => {
    for (const f of ['preview.js', 'notice.css']) await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, 'media', f));
    await vscode.commands.executeCommand('privacyPolicy.showPreviewToSide', doc.uri);
    const preview = api.previews.all.find((p) => p.resource.toString() === doc.uri.toString());
    if (!preview) throw new Error('no preview among exports.previews.all');
    const onDidRender = typeof preview.onDidRender === 'function' ? preview.onDidRender : preview.onDidRender.event;
    let last;
    const sub = onDidRender((r) => (last = r));
    try {
      // A render may finish before the subscription: the webview's 'ready' message asks for another.
      await waitFor(() => last && last.html.includes('Example Bakery'), 'a preview render containing the title', [onDidRender]);
    } finally { sub.dispose(); }
    return 'v' + last.version + ', ' + last.html.length + ' chars';
  });
  await step('Export HTML writes a standalone notice', async () => {
    const target = vscode.Uri.joinPath(folder, 'smoke-export.html');
    await vscode.commands.executeCommand('privacyPolicy.exportHtml', doc.uri, target);
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    if (!/^<!doctype html>/i.test(html) || !html.includes('Content-Security-Policy') || !html.includes('Example Bakery')) throw new Error('unexpected export: ' + html.slice(0, 200));
    return html.length + ' bytes';
  });
  return finish(checks);
};

async function finish(checks) {
  // The workspace folder is on the VS Code server, like the result path.
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const tmp = folder.with({ path: RESULT_PATH + '.tmp' });
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(JSON.stringify({ checks })));
  await vscode.workspace.fs.rename(tmp, folder.with({ path: RESULT_PATH }), { overwrite: true });
}
`;

/**
 * Runs the checks in one extension host. Node: the throwaway runner is the development extension and the installed
 * copy runs in the Node host as for any user. Web: VS Code runs an extension that has a `main` in the Node host, so
 * the installed extension's files are copied with `main` taken out of the manifest, and that copy (with the checks
 * inside it) is the development extension of kind `web`: the browser's web worker host, as on vscode.dev.
 */
async function runInHost(extensionsDir, { web }) {
  const host = web ? 'web worker host' : 'Node host';
  const round = join(tmp, web ? 'web' : 'node');
  mkdirSync(round, { recursive: true });
  const resultFile = join(round, 'result.json');
  const workspace = copyFixtures(round);
  let extensionDevelopmentPath, runnerEntry;
  if (web) {
    const [installed] = readdirSync(extensionsDir).filter((d) =>
      d.startsWith('privacy-policy-studio.privacy-policy-studio-'),
    );
    const copies = join(round, 'installed-without-main');
    extensionDevelopmentPath = join(copies, installed);
    cpSync(join(extensionsDir, installed), extensionDevelopmentPath, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(extensionDevelopmentPath, 'package.json'), 'utf8'));
    delete manifest.main;
    writeFileSync(join(extensionDevelopmentPath, 'package.json'), JSON.stringify(manifest, null, 2));
    runnerEntry = join(extensionDevelopmentPath, 'vsix-smoke-checks.js');
    writeFileSync(runnerEntry, inHostChecks({ web, resultPath: resultFile, extensionsDir: copies }));
  } else {
    extensionDevelopmentPath = join(round, 'runner');
    runnerEntry = writeRunner(extensionDevelopmentPath, inHostChecks({ web, resultPath: resultFile, extensionsDir }));
  }
  server = await startServer({ tmp });
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLog = createWriteStream(join(round, 'browser-console.log'));
  let pageProblem = null;
  page.on('console', (msg) => consoleLog.write(`[${msg.type()}] ${msg.text()}\n`));
  page.on('crash', () => (pageProblem = 'the browser page crashed'));
  await page.goto(
    workbenchUrl(server.port, workspace, { extensionDevelopmentPath, extensionTestsPath: runnerEntry, web }),
    {
      waitUntil: 'domcontentloaded',
      timeout: 60_000,
    },
  );
  const deadline = Date.now() + TIMEOUT_MS;
  try {
    while (!existsSync(resultFile)) {
      if (server.exitInfo) throw new Error(`the VS Code server exited (${JSON.stringify(server.exitInfo)})`);
      if (pageProblem) throw new Error(pageProblem);
      const hostExit = web ? null : server.extensionHostExit();
      if (hostExit)
        throw new Error(
          `the extension host exited (code ${hostExit.code}, signal ${hostExit.signal}) without a result`,
        );
      if (Date.now() > deadline)
        throw new Error(`no result from the ${host} after ${TIMEOUT_MS / 1000} s (PPS_VSIX_TIMEOUT_MS)`);
      await sleep(250);
    }
    const { checks } = JSON.parse(readFileSync(resultFile, 'utf8'));
    const expected = 7;
    for (const c of checks)
      check(
        `in VS Code, ${host}: ${c.name}`,
        c.ok,
        c.ok ? c.detail : c.detail.split('\n').slice(0, 6).join('\n         '),
      );
    if (checks.length < expected)
      check(
        `in VS Code, ${host}: every check ran`,
        false,
        `${checks.length} of ${expected} ran (the others need the ones that failed)`,
      );
    if (checks.some((c) => !c.ok)) say(diagnosticsReport(tmp, 25));
  } finally {
    // The next round starts its own VS Code.
    await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
    browser = undefined;
    await server.stop();
    server = undefined;
  }
}

let exitCode = 1;
try {
  // `vsce ls` in the project lists only files that exist: the development build must be there (npm run build).
  for (const f of [
    'dist/extension.js',
    'dist/languageClient.js',
    'dist/server.js',
    'dist/serverStart.js',
    'dist/web/extension.js',
    'dist/web/server.js',
    'media/preview.js',
    'media/notice.css',
  ]) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first`);
  }
  setup();
  tmp = makeTempDir('pps-vsix-');
  const vsix = join(tmp, 'pps.vsix');
  const extensionsDir = join(tmp, 'extensions');
  if (packageVsix(vsix) && installVsix(vsix, extensionsDir)) {
    await runInHost(extensionsDir, { web: false });
    await runInHost(extensionsDir, { web: true });
  }
} catch (err) {
  check('smoke test ran to the end', false, err?.stack ?? String(err));
  if (tmp) say(diagnosticsReport(tmp, 25));
} finally {
  await cleanup();
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
if (failed && tmp && process.env.PPS_KEEP_TMP !== '1')
  say('(PPS_KEEP_TMP=1 keeps the vsix, vsce.log and the VS Code logs)');
exitCode = failed === 0 && passed > 0 ? 0 : 1;
say(`(${elapsed()})`);
say(`vsix: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
