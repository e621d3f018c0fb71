// The offline VS Code (the recipe: README, "Contributing"): code-server's bare VS Code server + headless Debian
// Chromium through playwright-core. Shared by run-tests.mjs and screenshots.mjs.
import { spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { ROOT } from './suite.mjs';

export const VSCODE_DIR = join(ROOT, '.cache', 'vscode-offline', 'node_modules', 'code-server', 'lib', 'vscode');
export const SERVER_MAIN = join(VSCODE_DIR, 'out', 'server-main.js');
export { CHROMIUM, CHROMIUM_ARGS };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs setup.sh (installs on first use, < 1 s when cached); throws when it fails. */
export function setup() {
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'vscode-offline', 'setup.sh')], {
    stdio: 'inherit',
    timeout: 15 * 60_000,
  });
  if (r.error) throw new Error(`scripts/vscode-offline/setup.sh: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`scripts/vscode-offline/setup.sh failed (exit ${r.status ?? r.signal})`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function makeTempDir(prefix = 'pps-vscode-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const d of ['user-data', 'server-data', 'extensions']) mkdirSync(join(dir, d));
  return dir;
}

/** Every *.log file under `dir` (the server's own logs live under server-data/data/logs/<date>/...). */
export function logFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.log'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

export function tail(file, lines = 40) {
  try {
    if (!statSync(file).size) return '';
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** The tails of the server's stdout/stderr, its logs (remote agent, extension host) and the browser console. */
export function diagnosticsReport(tmp, lines = 40) {
  const parts = [];
  // Built-in extensions' own logs (git, telemetry) are noise here.
  for (const file of logFiles(tmp).filter((f) => !/Telemetry|vscode\.git|vscode\.github/.test(f))) {
    const t = tail(file, lines);
    if (t) parts.push(`----- ${file.slice(tmp.length + 1)} (last ${lines} lines) -----\n${t}`);
  }
  return parts.join('\n') || `(no logs under ${tmp})`;
}

/**
 * Starts `server-main.js` in its own process group (so the extension host and every helper it forks can be
 * stopped together) and waits until it answers HTTP. Returns { child, port, stop(), exited }.
 */
export async function startServer({ tmp, env = {}, timeoutMs = 60_000 }) {
  if (!existsSync(SERVER_MAIN)) throw new Error(`${SERVER_MAIN} missing: run scripts/vscode-offline/setup.sh`);
  const port = await freePort();
  const args = [
    SERVER_MAIN,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--disable-workspace-trust',
    '--telemetry-level',
    'off',
    '--user-data-dir',
    join(tmp, 'user-data'),
    '--server-data-dir',
    join(tmp, 'server-data'),
    '--extensions-dir',
    join(tmp, 'extensions'),
  ];
  // The extension under development and the tests entry reach the workbench through the URL payload
  // (workbenchUrl); server-main.js itself ignores --extensionDevelopmentPath / --extensionTestsPath.

  const out = createWriteStream(join(tmp, 'server.log'));
  const child = spawn(process.execPath, args, {
    cwd: tmp,
    detached: true, // own process group: stop() kills -pid
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  let exitInfo = null;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exitInfo = { code, signal }))));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      const t0 = Date.now();
      while (!exitInfo && Date.now() - t0 < 5000) await sleep(100);
    }
    // The group may outlive its leader (extension host, language server, watchers): make sure it is gone.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
    for (const t0 = Date.now(); Date.now() - t0 < 3000; await sleep(50)) {
      try {
        process.kill(-child.pid, 0);
      } catch {
        break;
      } // ESRCH: the whole group is gone
    }
    out.end();
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitInfo) throw new Error(`VS Code server exited during start-up (${JSON.stringify(exitInfo)})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/version`, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) break;
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`VS Code server did not answer on port ${port} within ${timeoutMs} ms`);
    }
    await sleep(200);
  }
  const log = join(tmp, 'server.log');
  return {
    child,
    port,
    stop,
    exited,
    log,
    get exitInfo() {
      return exitInfo;
    },
    /** Exit code of the (first) extension host process that ended, from the server's log; null while it runs. */
    extensionHostExit() {
      let text = '';
      try {
        text = readFileSync(log, 'utf8');
      } catch {}
      const m = /Extension Host Process exited with code: (\S+?), signal: (\S+?)\./.exec(text);
      return m ? { code: m[1], signal: m[2] } : null;
    },
  };
}

/**
 * The workbench URL; with a payload the workbench loads the extension under development (and its tests), in the
 * browser's web worker extension host when `web` is set (as on vscode.dev), else in the Node host.
 */
export function workbenchUrl(port, folder, { extensionDevelopmentPath, extensionTestsPath, web = false } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  // One path or several (the workbench takes every extensionDevelopmentPath entry).
  for (const path of [extensionDevelopmentPath ?? []].flat()) payload.push(['extensionDevelopmentPath', remote(path)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (web) payload.push(['extensionDevelopmentKind', 'web']);
  payload.push(['skipWelcome', 'true']);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: run scripts/vscode-offline/setup.sh`);
  const { chromium } = await import('playwright-core');
  // Signals are handled by the runner, which must stop the server too (Playwright's own handlers would exit first).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

export function removeDir(dir) {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {}
}
