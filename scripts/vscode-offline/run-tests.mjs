#!/usr/bin/env node
// `npm run test:integration`: the VS Code integration suite (test/vscode/suite) inside a real VS Code extension
// host, offline: code-server's VS Code server + headless Debian Chromium (the recipe: README, "Contributing").
// `--web` (`npm run test:integration:web`): the same suite in the browser's web worker extension host (what
// vscode.dev and github.dev run), against a copy of the extension without its Node entry, with the suite bundled
// for the browser. Tests for one host only (*.node.test.ts, *.web.test.ts) are listed by title, with the reason,
// as not run in the other. Last line: `vscode: N passed, N failed` (`vscode-web: …` with --web).
//
// Environment:
//   PPS_VSCODE_TIMEOUT_MS   time bound from the start of VS Code to the test result (default 360000 = 6 min;
//                           the one-time install by setup.sh is bounded separately, 15 min)
//   PPS_VSCODE_TEST_GREP    only run tests whose full title matches
//   PPS_EXTENSION_PATH      extension under development (default: the repo root)
//   PPS_KEEP_TMP=1          keep the temp dir (logs, workspace copy, result) for inspection
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, bundleWebSuite, compileSuite, copyFixtures, hostOnlyTests, stageWebExtension } from './suite.mjs';
import {
  diagnosticsReport,
  launchBrowser,
  makeTempDir,
  removeDir,
  setup,
  startServer,
  workbenchUrl,
} from './workbench.mjs';

const WEB = process.argv.includes('--web');
const LABEL = WEB ? 'vscode-web' : 'vscode';
const TOTAL_TIMEOUT_MS = Number(process.env.PPS_VSCODE_TIMEOUT_MS) || 6 * 60_000;
const EXTENSION_PATH = resolve(process.env.PPS_EXTENSION_PATH || ROOT);
const started = Date.now();
const PROGRESS = '[vscode-test] ';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (line) => process.stdout.write(`${line}\n`);
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

let tmp;
let server;
let browser;
let cleaning;

function cleanup() {
  cleaning ??= (async () => {
    if (browser) await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
    if (server) await server.stop();
    if (tmp && process.env.PPS_KEEP_TMP !== '1') removeDir(tmp);
    else if (tmp) say(`(kept ${tmp})`);
  })();
  return cleaning;
}

class HarnessError extends Error {}

function fail(message) {
  throw new HarnessError(message);
}

for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(sig, () => {
    say(`\n${LABEL}: interrupted (${sig}), stopping VS Code`);
    cleanup().finally(() => process.exit(code));
  });
}

async function main() {
  setup();
  const deadline = Date.now() + TOTAL_TIMEOUT_MS;
  // Watchdog for a hang anywhere below (browser launch, navigation...), not only in the wait loop.
  setTimeout(async () => {
    say(`${LABEL}: ERROR: no test result within ${TOTAL_TIMEOUT_MS / 1000} s (PPS_VSCODE_TIMEOUT_MS)`);
    if (tmp) say(diagnosticsReport(tmp));
    await cleanup();
    say(`${LABEL}: 0 passed, 0 failed`);
    process.exit(1);
  }, TOTAL_TIMEOUT_MS + 5000).unref();
  const built = WEB ? 'dist/web/extension.js' : 'dist/extension.js';
  if (EXTENSION_PATH === ROOT && !existsSync(join(ROOT, built))) {
    fail(`${built} is missing: run \`npm run build\` first`);
  }
  tmp = makeTempDir();
  const workspace = copyFixtures(tmp);
  const resultFile = join(tmp, 'result.json');
  let extensionDevelopmentPath = EXTENSION_PATH;
  let entry;
  if (WEB) {
    // The suite lives inside the extension's folder (as in the Node run), so both share one `vscode` API object.
    extensionDevelopmentPath = EXTENSION_PATH === ROOT ? stageWebExtension(tmp) : EXTENSION_PATH;
    entry = join(extensionDevelopmentPath, 'out', 'test', 'web', 'suite.js');
    await bundleWebSuite({
      outfile: entry,
      resultPath: resultFile,
      grep: process.env.PPS_VSCODE_TEST_GREP,
      timeoutMs: Number(process.env.PPS_VSCODE_TEST_TIMEOUT_MS) || 60_000,
    });
  } else {
    entry = await compileSuite();
  }

  server = await startServer({
    tmp,
    env: { PPS_VSCODE_TEST_RESULT: resultFile },
  });
  say(`${LABEL}: server on port ${server.port} (${elapsed()}), workspace ${workspace}`);

  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const consoleLog = createWriteStream(join(tmp, 'browser-console.log'));
  let pageProblem = null;
  page.on('console', (msg) => {
    const text = msg.text();
    consoleLog.write(`[${msg.type()}] ${text}\n`);
    // The extension host's console is forwarded to the page: show the suite's progress lines live.
    const at = text.indexOf(PROGRESS);
    if (at >= 0) say(`  … ${text.slice(at + PROGRESS.length).split('\n')[0]}`);
  });
  page.on('pageerror', (err) => consoleLog.write(`[pageerror] ${err.stack ?? err}\n`));
  page.on('crash', () => (pageProblem = 'the browser page crashed'));
  await page.goto(
    workbenchUrl(server.port, workspace, { extensionDevelopmentPath, extensionTestsPath: entry, web: WEB }),
    {
      waitUntil: 'domcontentloaded',
      timeout: 60_000,
    },
  );

  let hostExitSeen = 0;
  while (!existsSync(resultFile)) {
    if (server.exitInfo)
      fail(`the VS Code server exited before the tests reported (${JSON.stringify(server.exitInfo)})`);
    // The Node extension host (the suite's in a Node run; only built-in extensions' with --web).
    const hostExit = WEB ? null : server.extensionHostExit();
    if (hostExit && !hostExitSeen) hostExitSeen = Date.now();
    if (hostExit && Date.now() - hostExitSeen > 3000) {
      fail(
        `the extension host exited (code ${hostExit.code}, signal ${hostExit.signal}) without reporting a test result`,
      );
    }
    if (pageProblem) fail(pageProblem);
    if (Date.now() > deadline) fail(`no test result after ${TOTAL_TIMEOUT_MS / 1000} s (PPS_VSCODE_TIMEOUT_MS)`);
    await sleep(250);
  }
  return JSON.parse(readFileSync(resultFile, 'utf8'));
}

function report(result) {
  for (const t of result.tests) {
    const mark = t.state === 'passed' ? 'ok  ' : t.state === 'failed' ? 'FAIL' : 'skip';
    say(`  ${mark} ${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
    if (t.error)
      say(
        t.error
          .split('\n')
          .map((l) => `         ${l}`)
          .join('\n'),
      );
  }
  if (result.error) say(`${LABEL}: the suite did not run: ${result.error}`);
  // Tests of the other host only: listed, with the reason, never silently left out.
  const notRunHere = WEB ? (result.notRunHere ?? []) : hostOnlyTests('web');
  for (const group of notRunHere) {
    say(
      `  ${WEB ? 'Node-only, not run in the web worker host' : 'web-only, not run in the Node host'} (${group.file}): ${group.reason}`,
    );
    for (const title of group.titles) say(`    - ${title}`);
  }
  if (WEB) say(`  ran in: ${result.host}`);
}

let exitCode = 1;
let summary = `${LABEL}: 0 passed, 0 failed`;
try {
  const result = await main();
  report(result);
  const ran = result.passed + result.failed;
  if (ran === 0) say(`${LABEL}: no test ran`);
  if ((result.failed > 0 || ran === 0 || result.error) && tmp) say(diagnosticsReport(tmp, 25));
  summary = `${LABEL}: ${result.passed} passed, ${result.failed} failed`;
  exitCode = result.failed === 0 && ran > 0 && !result.error ? 0 : 1;
} catch (err) {
  say(`${LABEL}: ERROR: ${err instanceof HarnessError ? err.message : (err?.stack ?? err)}`);
  if (tmp) say(diagnosticsReport(tmp));
} finally {
  await cleanup();
}
say(`(${elapsed()})`);
say(summary); // always the last line
process.exit(exitCode);
