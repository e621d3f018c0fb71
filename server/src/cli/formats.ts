// Output formats of `privacy-policy check` (SPEC §7): text like other linters, JSON, and SARIF 2.1.0.
import { relative } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { RULES } from '../rules';
import { ruleDocUrl, SEVERITIES, type Severity } from '../core/rule';
import { diagnosticMessage } from '../service/languageService';

/** `privacy-policy check --format` */
export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
/** `privacy-policy diff --format` */
export const DIFF_FORMATS = ['text', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

export const severityName = (d: Diagnostic): Severity => SEVERITIES[(d.severity ?? DiagnosticSeverity.Error) - 1];

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      diagnostics: r.diagnostics.map((d) => ({
        code: d.code,
        severity: severityName(d),
        message: d.message,
        range: d.range,
      })),
    })),
    null,
    2,
  );
}

export function formatText(results: FileResult[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const style = { error: '31', warning: '33', information: '36', hint: '90' } as const;
  const lines: string[] = [];
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    for (const d of r.diagnostics) {
      const sev = severityName(d);
      count[sev]++;
      const where = `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      lines.push(
        `${where}  ${paint(style[sev], sev.padEnd(11))}  ${diagnosticMessage(d)}  ${paint('90', String(d.code))}`,
      );
    }
  }
  const total = count.error + count.warning + count.information + count.hint;
  const files = `${results.length} file${results.length === 1 ? '' : 's'} checked`;
  lines.push(
    total === 0
      ? `${files}: no problems.`
      : `${files}: ${total} problem${total === 1 ? '' : 's'} (${count.error} error${count.error === 1 ? '' : 's'}, ` +
          `${count.warning} warning${count.warning === 1 ? '' : 's'}, ${count.information} information, ${count.hint} ` +
          `hint${count.hint === 1 ? '' : 's'}).`,
  );
  return lines.join('\n');
}

export function formatSarif(results: FileResult[], cwd: string): string {
  const level = (d: Diagnostic) =>
    ({ error: 'error', warning: 'warning', information: 'note', hint: 'note' })[severityName(d)];
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
              properties: r.gdpr ? { gdpr: r.gdpr } : {},
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: String(d.code),
            ruleIndex: RULES.findIndex((rule) => rule.id === d.code),
            level: level(d),
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relative(cwd, r.file).split('\\').join('/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
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
