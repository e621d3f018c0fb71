#!/usr/bin/env node
// `npm run test:vscode`: the VS Code integration suite (test/vscode/suite) through @vscode/test-electron, which
// downloads VS Code (into .vscode-test/) — for machines with internet. Offline, use `npm run test:integration`
// (scripts/vscode-offline/run-tests.mjs): same suite, same fixture workspace.
//
// Environment: VSCODE_TEST_VERSION (default "stable"; e.g. "1.100.3", "insiders"),
//              PPS_VSCODE_TEST_GREP (only tests whose full title matches).
// On a Linux CI without a display, run it under xvfb-run.
import { runTests } from '@vscode/test-electron';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, compileSuite, copyFixtures } from './vscode-offline/suite.mjs';

if (!existsSync(join(ROOT, 'dist', 'extension.js'))) {
  console.error('vscode: dist/extension.js is missing: run `npm run build` first');
  process.exit(1);
}

const entry = await compileSuite();
const workspace = copyFixtures();
let exitCode = 1;
try {
  exitCode = await runTests({
    version: process.env.VSCODE_TEST_VERSION || 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: entry,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
    extensionTestsEnv: process.env.PPS_VSCODE_TEST_GREP
      ? { PPS_VSCODE_TEST_GREP: process.env.PPS_VSCODE_TEST_GREP }
      : undefined,
  });
  console.log(exitCode === 0 ? 'vscode: all tests passed' : `vscode: VS Code exited with ${exitCode}`);
} catch (err) {
  console.error(`vscode: the tests failed or VS Code could not run: ${err?.message ?? err}`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(exitCode === 0 ? 0 : 1);
