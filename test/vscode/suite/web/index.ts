// Tests entry for the browser's web worker extension host (vscode.dev, github.dev): the same suite as ../index.ts,
// bundled with mocha's browser build by scripts/vscode-offline/suite.mjs (bundleWebSuite), which appends the test
// files after this module. A web worker has no file system and no environment: the settings come in at bundle time
// (PPS_WEB_SUITE) and the result goes out through vscode.workspace.fs (the runner's folder, on the VS Code server).
import 'mocha/mocha.js'; // defines globalThis.mocha and, after setup(), the tdd globals the test files use
import * as vscode from 'vscode';
import { errorText, log, recordTests, type SuiteResult } from '../record';

/** Set by the bundler. */
declare const PPS_WEB_SUITE: {
  /** Absolute path (on the machine of the workspace) of the result file. */
  resultPath: string;
  grep?: string;
  timeoutMs: number;
  /** Tests left out of this host, with the reason (the *.node.test.ts files). */
  notRunHere: { file: string; reason: string; titles: string[] }[];
};

const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;

mocha.setup({
  ui: 'tdd',
  timeout: PPS_WEB_SUITE.timeoutMs,
  grep: PPS_WEB_SUITE.grep,
  color: false,
  // No reporter output (the browser build's default wants a DOM): run() below records every test.
  reporter: function NoReporter() {} as unknown as Mocha.ReporterConstructor,
});

async function writeResult(result: SuiteResult): Promise<void> {
  // The workspace folder is on the same VS Code server as the result path: same scheme and authority.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder)
    throw new Error('no workspace folder: the web suite reports its result through the workspace file system');
  const target = folder.with({ path: PPS_WEB_SUITE.resultPath });
  const tmp = folder.with({ path: `${PPS_WEB_SUITE.resultPath}.tmp` });
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(JSON.stringify(result, null, 2)));
  await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
}

export async function run(): Promise<void> {
  const result: SuiteResult & { notRunHere: typeof PPS_WEB_SUITE.notRunHere; host: string } = {
    passed: 0,
    failed: 0,
    pending: 0,
    tests: [],
    notRunHere: PPS_WEB_SUITE.notRunHere,
    host: typeof process === 'undefined' ? 'web worker (no process object)' : 'not a web worker',
  };
  let written = false;
  try {
    const failures = await new Promise<number>((resolve) => {
      recordTests(
        mocha.run((n) => resolve(n)),
        result,
      );
    });
    log(`done: ${result.passed} passed, ${result.failed} failed, ${result.pending} pending`);
    await writeResult(result);
    written = true;
    if (failures > 0) throw new Error(`${failures} test(s) failed`);
    if (result.passed === 0) throw new Error('no test ran');
  } catch (err) {
    if (!written) {
      result.error = errorText(err);
      log(`error ${result.error}`);
      await writeResult(result).catch((e) => log(`error: could not write the result: ${errorText(e)}`));
    }
    throw err;
  }
}
