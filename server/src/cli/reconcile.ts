// `privacy-policy reconcile <policy> --har <file.har>` (README, "Command line", §10): what a site really did, recorded as an HTTP
// Archive, against what the policy declares. The HAR is read in chunks, so its size does not matter.
import type { InterfaceText } from '../languages/interface';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { harEvidenceReader, HarError, type Evidence } from '../reconcile/evidence';
import { reconcile, summaryLine } from '../reconcile/reconcile';
import { validate } from '../rules/check';
import { type RuleSettings } from '../core/problem';
import { formatJson, formatSarif, formatText, type FileResult } from './formats';
import type { PolicyFile } from './policyFile';

/** The rules whose findings `reconcile` reports (the others are `check`'s). */
export const RECONCILE_RULES = new Set(['undeclared-cookie', 'undeclared-third-party', 'unobserved-cookie']);

const CHUNK = 4 * 1024 * 1024;

/** Reads a HAR file into evidence, chunk by chunk. Throws HarError for anything that is not a readable HAR. */
export function readHarFile(path: string): Evidence {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HarError(
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message,
    );
  }
  try {
    if (!fstatSync(fd).isFile()) throw new HarError('not a file');
    const reader = harEvidenceReader(basename(path));
    const decoder = new TextDecoder('utf-8');
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      reader.write(decoder.decode(buffer.subarray(0, n), { stream: true }));
    }
    reader.write(decoder.decode());
    return reader.end();
  } catch (error) {
    if (error instanceof HarError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new HarError(code === 'EISDIR' ? 'not a file' : (error as Error).message);
  } finally {
    closeSync(fd);
  }
}

export interface ReconcileOptions {
  format: 'text' | 'json' | 'sarif';
  strict: boolean;
  rules: RuleSettings;
  color: boolean;
  /** The interface language of the problems (the CLI's `--interface-language`). */
  ui?: InterfaceText;
}

/** Prints the findings and the summary; returns the exit code (1 with --strict when a warning or error is found). */
export function runReconcile(policy: PolicyFile, evidence: Evidence, options: ReconcileOptions): number {
  const { analysis } = policy;
  const problems = validate(analysis, options.rules, evidence, undefined, options.ui).filter((p) =>
    RECONCILE_RULES.has(p.rule),
  );
  const summary = summaryLine(reconcile(analysis.model, evidence), evidence);
  const results: FileResult[] = [{ file: policy.file, text: policy.text, problems }];
  if (options.format === 'json') {
    const [result] = JSON.parse(formatJson(results)) as object[];
    process.stdout.write(`${JSON.stringify([{ ...result, summary }], null, 2)}\n`);
    process.stderr.write(`${summary}\n`);
  } else if (options.format === 'sarif') {
    process.stdout.write(`${formatSarif(results, process.cwd())}\n`);
    process.stderr.write(`${summary}\n`);
  } else {
    const lines = problems.length
      ? `${formatText(results, options.color, options.ui).split('\n').slice(0, -1).join('\n')}\n`
      : '';
    process.stdout.write(`${lines}${summary}\n`);
  }
  return options.strict && problems.some((p) => p.severity === 'error' || p.severity === 'warning') ? 1 : 0;
}
