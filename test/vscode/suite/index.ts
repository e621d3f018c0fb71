// Tests entry for the VS Code extension host (`--extensionTestsPath`): runs mocha over the compiled
// *.test.js files next to this one.
//  - @vscode/test-electron (scripts/test-electron.mjs) only needs run() to resolve or reject.
//  - The offline runner (scripts/vscode-offline/run-tests.mjs) cannot see the extension host's exit code, so the
//    result is also written as JSON to $PPS_VSCODE_TEST_RESULT (atomically) and each test is logged as a
//    `[vscode-test] ` console line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { errorText, log, recordTests, type SuiteResult } from './record';

export type { SuiteResult, TestRecord } from './record';

function writeResult(result: SuiteResult): void {
  const file = process.env.PPS_VSCODE_TEST_RESULT;
  if (!file) return;
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(result, null, 2));
  fs.renameSync(tmp, file);
}

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) out.push(full);
  }
  return out.sort();
}

export async function run(): Promise<void> {
  const result: SuiteResult = { passed: 0, failed: 0, pending: 0, tests: [] };
  try {
    const mocha = new Mocha({
      ui: 'tdd',
      color: false,
      timeout: Number(process.env.PPS_VSCODE_TEST_TIMEOUT_MS) || 60_000,
      grep: process.env.PPS_VSCODE_TEST_GREP || undefined,
    });
    const files = findTests(__dirname);
    if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}`);
    files.forEach((f) => mocha.addFile(f));

    const failures = await new Promise<number>((resolve, reject) => {
      try {
        recordTests(
          mocha.run((n) => resolve(n)),
          result,
        );
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    log(`done: ${result.passed} passed, ${result.failed} failed, ${result.pending} pending`);
    writeResult(result);
    if (failures > 0) throw new Error(`${failures} test(s) failed`);
    if (result.passed === 0) throw new Error('no test ran');
  } catch (err) {
    if (!fs.existsSync(process.env.PPS_VSCODE_TEST_RESULT ?? '\0')) {
      result.error = errorText(err);
      log(`error ${result.error}`);
      writeResult(result);
    }
    throw err;
  }
}
