// `privacy-policy check | render`: the language service for CI pipelines and people without VS Code (SPEC §7).
import { readFileSync, writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { renderNotice } from '../render';
import { RULES_BY_ID } from '../rules';
import { analyzeText } from '../service/analysis';
import { createLanguageService, toDiagnostic } from '../service/languageService';
import { validate, type RuleSettings } from '../service/validation';
import { findPolicyFiles } from './findFiles';
import { formatJson, formatSarif, formatText, type FileResult } from './formats';

const USAGE = `Usage:
  privacy-policy check <files or folders…> [--format text|json|sarif] [--rule <id>=off|error|warning|info|hint]
  privacy-policy render <file> [-o out.html] [--strict]

check   reports problems in *.privacy.yaml files; exits 1 when any error is found.
render  writes the standalone HTML notice (to stdout without -o) and lists the file's problems on stderr;
        it exits 0 even when there are problems, unless --strict makes errors fatal (exit 1, still written).`;

const LEVELS = new Set(['off', 'error', 'warning', 'info', 'information', 'hint']);

class UsageError extends Error {}

export function readPolicy(file: string): TextDocument {
  return TextDocument.create(`file://${file}`, 'privacy-policy', 1, readFileSync(file, 'utf8'));
}

function parseRuleOption(value: string | undefined, rules: RuleSettings): void {
  const m = value ? /^([a-z-]+)=([a-z]+)$/.exec(value) : null;
  if (!m) throw new UsageError(`--rule expects <id>=<level>, e.g. --rule missing-provision=off (got '${value ?? ''}').`);
  if (!RULES_BY_ID.has(m[1])) throw new UsageError(`Unknown rule '${m[1]}'. Rules: ${[...RULES_BY_ID.keys()].join(', ')}.`);
  if (!LEVELS.has(m[2])) throw new UsageError(`Unknown level '${m[2]}' for rule ${m[1]}: use off, error, warning, info or hint.`);
  rules[m[1]] = m[2];
}

function check(args: string[]): number {
  let format = 'text';
  const rules: RuleSettings = {};
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '--rule') parseRuleOption(args[++i], rules);
    else if (a.startsWith('--rule=')) parseRuleOption(a.slice('--rule='.length), rules);
    else if (a.startsWith('-')) throw new UsageError(`Unknown option ${a}.`);
    else paths.push(a);
  }
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif (got '${format}').`);
  if (paths.length === 0) throw new UsageError('Name at least one file or folder to check.');
  const { files, missing } = findPolicyFiles(paths);
  for (const m of missing) process.stderr.write(`privacy-policy: ${m}: no such file or folder\n`);
  if (files.length === 0 && missing.length === 0) process.stderr.write('privacy-policy: no *.privacy.yaml files found\n');
  const service = createLanguageService();
  const results: FileResult[] = files.map((file) => ({ file, diagnostics: service.diagnostics(readPolicy(file), rules) }));
  const out = format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, process.cwd()) : formatText(results, !!process.stdout.isTTY && !process.env.NO_COLOR);
  process.stdout.write(`${out}\n`);
  const errors = results.some((r) => r.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error));
  return errors || missing.length > 0 ? 1 : 0;
}

function render(args: string[]): number {
  let out: string | undefined;
  let strict = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output') {
      out = args[++i];
      if (!out) throw new UsageError(`${a} expects a file name, e.g. -o notice.html.`);
    } else if (a.startsWith('--output=')) out = a.slice('--output='.length);
    else if (a === '--strict') strict = true;
    else if (a.startsWith('-')) throw new UsageError(`Unknown option ${a}.`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError(files.length ? 'render takes one file.' : 'Name the policy file to render.');
  const file = files[0];
  let doc: TextDocument;
  try {
    doc = readPolicy(file);
  } catch (error) {
    process.stderr.write(`privacy-policy: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
    return 1;
  }
  // One parse serves both the notice and the problem list.
  const analysis = analyzeText(doc.getText());
  const diagnostics = validate(analysis).map((p) => toDiagnostic(doc, p));
  const { html } = renderNotice(analysis, { mode: 'standalone' });
  if (out) writeFileSync(out, html);
  else process.stdout.write(html);
  if (diagnostics.length) process.stderr.write(`${formatText([{ file, diagnostics }], !!process.stderr.isTTY && !process.env.NO_COLOR)}\n`);
  return strict && diagnostics.some((d) => d.severity === DiagnosticSeverity.Error) ? 1 : 0;
}

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return check(rest);
    if (command === 'render') return render(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    throw new UsageError(command ? `Unknown command '${command}'.` : 'No command given.');
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`privacy-policy: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
