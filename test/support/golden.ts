// Golden files: one convention for every test. A run compares and never writes, unless UPDATE_GOLDEN=1 (exactly)
// asks it to rewrite the goldens; review the diff before committing it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/** Asserts that `actual` is the golden file's content; with UPDATE_GOLDEN=1, writes it instead. */
export function matchGolden(file: string, actual: string, testFile: string): void {
  if (UPDATE_GOLDEN) {
    writeFileSync(file, actual);
    return;
  }
  assert.ok(
    existsSync(file),
    `${file} is missing: run UPDATE_GOLDEN=1 node --import tsx --test ${testFile}, and review it`,
  );
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((l, i) => l !== e[i]);
  assert.fail(
    `${basename(file)} differs at line ${line + 1}:\n  expected: ${e[line]?.slice(0, 300)}\n  actual: ` +
      `  ${a[line]?.slice(0, 300)}\nIf the change is intended, run UPDATE_GOLDEN=1 node --import tsx --test ` +
      `${testFile} and review the diff.`,
  );
}
