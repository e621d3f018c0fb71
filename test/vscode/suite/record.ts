// What both tests entries (the Node host's index.ts and the web worker host's web/index.ts) record of a mocha run:
// one result shape, one console line per test for the offline runner. No Node modules: the web suite bundles it.

export interface TestRecord {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  tests: TestRecord[];
  /** Set when the suite could not run at all. */
  error?: string;
}

const LOG_PREFIX = '[vscode-test] ';

export function log(line: string): void {
  console.log(LOG_PREFIX + line);
}

export function errorText(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

/** Counts and logs every test of a run into `result`. */
export function recordTests(runner: Mocha.Runner, result: SuiteResult): void {
  runner.on('pass', (t) => {
    result.passed++;
    result.tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration });
    log(`pass ${t.fullTitle()} (${t.duration ?? 0} ms)`);
  });
  runner.on('fail', (t, err) => {
    result.failed++;
    result.tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: errorText(err) });
    log(`fail ${t.fullTitle()}: ${err instanceof Error ? err.message : String(err)}`);
  });
  runner.on('pending', (t) => {
    result.pending++;
    result.tests.push({ title: t.fullTitle(), state: 'pending' });
    log(`skip ${t.fullTitle()}`);
  });
}
