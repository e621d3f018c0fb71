// Output formats of `privacy-policy check` (README, "Command line"): text like other linters, JSON, and SARIF 2.1.0.
import { relative } from 'node:path';
import type { Problem } from '../core/problem';
import { LineIndex, type Range } from '../core/text';
import { RULES } from '../rules';
import { ruleDocUrl } from '../core/problem';
import { ruleCitation } from '../core/rule';
import { DEFAULT_LAW } from '../laws';
import { ENGLISH, type InterfaceText } from '../languages/interface';

/** `privacy-policy check --format` */
export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
/** `privacy-policy diff --format` */
export const DIFF_FORMATS = ['text', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The problems of one file, with the file's text to place them (lines and characters, 0-based). */
export interface FileResult {
  file: string;
  text: string;
  problems: Problem[];
}

/** Each problem of a result with its range, computed once per file. */
function located(r: FileResult): { problem: Problem; range: Range }[] {
  const lines = new LineIndex(r.text);
  return r.problems.map((problem) => ({ problem, range: lines.rangeOf(problem.span) }));
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      diagnostics: located(r).map(({ problem, range }) => ({
        code: problem.rule,
        severity: problem.severity,
        message: problem.message,
        range,
      })),
    })),
    null,
    2,
  );
}

export function formatText(results: FileResult[], color: boolean, ui: InterfaceText = ENGLISH): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const style = { error: '31', warning: '33', information: '36', hint: '90' } as const;
  const label = {
    error: ui.t('error'),
    warning: ui.t('warning'),
    information: ui.t('information'),
    hint: ui.t('hint'),
  };
  const width = Math.max(11, ...Object.values(label).map((l) => l.length));
  const lines: string[] = [];
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    for (const { problem, range } of located(r)) {
      const sev = problem.severity;
      count[sev]++;
      const where = `${r.file}:${range.start.line + 1}:${range.start.character + 1}`;
      lines.push(
        `${where}  ${paint(style[sev], label[sev].padEnd(width))}  ${problem.message}  ${paint('90', problem.rule)}`,
      );
    }
  }
  const total = count.error + count.warning + count.information + count.hint;
  const files = results.length === 1 ? ui.t('1 file checked') : ui.t('{0} files checked', results.length);
  // One and several are two messages: "1 error", "2 errors" (the catalogues say each in their own way).
  const counted = (n: number, one: string, many: string) => (n === 1 ? one : many);
  lines.push(
    total === 0
      ? ui.t('{0}: no problems.', files)
      : ui.t(
          '{0}: {1} ({2}, {3}, {4}, {5}).',
          files,
          counted(total, ui.t('1 problem'), ui.t('{0} problems', total)),
          counted(count.error, ui.t('1 error'), ui.t('{0} errors', count.error)),
          counted(count.warning, ui.t('1 warning'), ui.t('{0} warnings', count.warning)),
          counted(count.information, ui.t('1 information'), ui.t('{0} information', count.information)),
          counted(count.hint, ui.t('1 hint'), ui.t('{0} hints', count.hint)),
        ),
  );
  return lines.join('\n');
}

export function formatSarif(results: FileResult[], cwd: string): string {
  const level = (p: Problem) => ({ error: 'error', warning: 'warning', information: 'note', hint: 'note' })[p.severity];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'privacy-policy',
            informationUri: 'https://github.com/privacy-policy-studio/privacy-policy-studio',
            version: '0.1.0',
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description.replace(/`/g, "'") },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: {
                level: r.severity === 'information' || r.severity === 'hint' ? 'note' : r.severity,
              },
              properties: ruleCitation(r, DEFAULT_LAW) ? { gdpr: ruleCitation(r, DEFAULT_LAW) } : {},
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          located(r).map(({ problem, range }) => ({
            ruleId: problem.rule,
            ruleIndex: RULES.findIndex((rule) => rule.id === problem.rule),
            level: level(problem),
            message: { text: problem.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relative(cwd, r.file).split('\\').join('/') },
                  region: {
                    startLine: range.start.line + 1,
                    startColumn: range.start.character + 1,
                    endLine: range.end.line + 1,
                    endColumn: range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
