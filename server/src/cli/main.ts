// `privacy-policy check | render | diff | export | reconcile`: the checker, the notice and the exports for CI
// pipelines and people without VS Code (README, "Command line"). Problems come from the core, never through LSP.
import { LANGUAGES } from '../languages';
import {
  ENGLISH,
  environmentLocale,
  INTERFACE_LANGUAGE_SETTINGS,
  interfaceText,
  resolveInterfaceLanguage,
  type InterfaceText,
} from '../languages/interface';
import { LAW_IDS, isLawId } from '../laws';
import { withLaw, type Analysis } from '../core/analysis';
import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isRuleId, retiredRuleWarning, RULE_IDS } from '../rules';
import { isSeveritySetting, SEVERITY_SETTINGS } from '../core/problem';
import { exportDocument } from '../export/index';
import { EXPORT_FORMATS, isExportFormat } from '../protocol/constants';
import { compareWith } from '../compare/compare';
import { renderDocument } from '../render/document';
import { listedProblems } from '../rules/check';
import type { RuleSettings } from '../core/problem';
import { findPolicyFiles } from './findFiles';
import { readPolicy, type PolicyFile } from './policyFile';
import { HarError } from '../reconcile/evidence';
import { readHarFile, runReconcile } from './reconcile';
import {
  CHECK_FORMATS,
  DIFF_FORMATS,
  formatJson,
  formatSarif,
  formatText,
  type CheckFormat,
  type DiffFormat,
  type FileResult,
} from './formats';

const USAGE = `Usage:
  privacy-policy check <files or folders…> [--format ${CHECK_FORMATS.join('|')}] [--rule <id>=off|error|warning|info|hint] [--law ${LAW_IDS.join('|')}]
  privacy-policy render <file> [-o out.html] [--strict] [--language ${LANGUAGES.map((l) => l.tag).join('|')}] [--audience <id>] [--law <id>]
  privacy-policy diff <old.privacy.yaml> <new.privacy.yaml> [--format ${DIFF_FORMATS.join('|')}] [--changelog]
  privacy-policy export <file> --format ${EXPORT_FORMATS.join('|')} [-o out] [--law <id>]
  privacy-policy reconcile <policy> --har <file.har> [--format ${CHECK_FORMATS.join('|')}] [--strict] [--rule <id>=<level>]
  Every command takes --interface-language ${INTERFACE_LANGUAGE_SETTINGS.join('|')}: the language of its messages
  (default: the environment's locale, LC_ALL, LC_MESSAGES or LANG; else English).

check   reports problems in *.privacy.yaml files; exits 1 when any error is found.
        --law checks a notice against one of the laws it serves alone (see 'laws' in the language reference).
render  writes the standalone HTML notice (to stdout without -o) and lists the file's problems on stderr;
        it exits 0 even when there are problems, unless --strict makes errors fatal (exit 1, still written);
        --audience renders only what concerns one of the policy's audiences;
        --law renders the notice as one of the laws it serves alone would have it.
        if the notice cannot be rendered at all, nothing is written and it exits 1.
diff    reports what changed in meaning (purposes, legal bases, retention, recipients, countries, safeguards,
        promises, opt-outs, restrictions of rights…), flagging changes people must be told about before they
        apply (Art 13(3) for a new purpose; Art 5(1)(a), 12(1) for the other fundamental changes);
        --changelog prints a "Changes to this policy" entry for the policy's 'sections'.
export  dpv: the policy as JSON-LD in the W3C Data Privacy Vocabulary; ropa: the Art 30(1) record as CSV.
reconcile  compares a recording of the site (an HTTP Archive saved from the browser's developer tools) with the
        policy: cookies set but not listed, listed but never seen, and third parties contacted that no recipient
        names; ends with a summary line. Exits 1 with --strict when any warning is found, 2 when the HAR is unreadable
        or malformed (one line naming the first bad entry).`;

class UsageError extends Error {}

/** The interface language of problems and summaries: `--interface-language`, else the environment's locale. */
let ui: InterfaceText = ENGLISH;

/** Takes `--interface-language <tag>` (or `=<tag>`) out of the arguments, wherever it is, and sets `ui`. */
function takeInterfaceLanguage(argv: string[]): string[] {
  let setting: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^--interface-language(?:=(.*))?$/.exec(argv[i]);
    if (!m) rest.push(argv[i]);
    else setting = m[1] ?? argv[++i] ?? '';
  }
  if (setting !== undefined && !(INTERFACE_LANGUAGE_SETTINGS as readonly string[]).includes(setting))
    throw new UsageError(`--interface-language must be ${INTERFACE_LANGUAGE_SETTINGS.join(', ')} (got '${setting}').`);
  ui = interfaceText(resolveInterfaceLanguage(setting, environmentLocale(process.env)));
  return rest;
}

/** A `--law` the notice does not serve: one line, exit 2 (no usage text: the command was well formed). */
class LawError extends Error {}

/** The analysis under `--law` alone; throws LawError naming the laws the notice serves. */
function underLaw(file: string, analysis: Analysis, law: string | undefined): Analysis {
  if (law === undefined) return analysis;
  const served = analysis.laws.map((l) => l.id);
  const alone = isLawId(law) ? withLaw(analysis, law) : undefined;
  if (!alone)
    throw new LawError(
      `${file}: --law '${law}' is not a law this notice serves; it serves ${served.join(', ')}${isLawId(law) ? '' : ` (laws: ${LAW_IDS.join(', ')})`}.`,
    );
  return alone;
}

function parseRuleOption(value: string | undefined, rules: RuleSettings): void {
  const m = value ? /^([a-z-]+)=([a-z]+)$/.exec(value) : null;
  if (!m)
    throw new UsageError(`--rule expects <id>=<level>, e.g. --rule missing-provision=off (got '${value ?? ''}').`);
  const retired = retiredRuleWarning(m[1]);
  if (retired) process.stderr.write(`privacy-policy: ${retired}\n`);
  else if (!isRuleId(m[1])) throw new UsageError(`Unknown rule '${m[1]}'. Rules: ${RULE_IDS.join(', ')}.`);
  if (!isSeveritySetting(m[2]))
    throw new UsageError(`Unknown level '${m[2]}' for rule ${m[1]}: use ${SEVERITY_SETTINGS.join(', ')}.`);
  rules[m[1]] = m[2];
}

/** Node's own argument parser; its errors become usage errors (exit 2). */
function parse<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('. ')[0].replace(/\.$/, '')}.`);
  }
}

/** Reads a policy file, or says why not on stderr. */
function load(file: string): PolicyFile | undefined {
  try {
    return readPolicy(file);
  } catch (error) {
    process.stderr.write(
      `privacy-policy: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`,
    );
    return undefined;
  }
}

function write(out: string | undefined, text: string): void {
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

function check(args: string[]): number {
  const { values, positionals: paths } = parse(args, {
    format: { type: 'string', default: 'text' },
    rule: { type: 'string', multiple: true },
    law: { type: 'string' },
  });
  const rules: RuleSettings = {};
  for (const r of values.rule ?? []) parseRuleOption(r, rules);
  const format = values.format;
  if (!CHECK_FORMATS.includes(format as CheckFormat))
    throw new UsageError(`--format must be ${CHECK_FORMATS.join(', ')} (got '${format}').`);
  if (paths.length === 0) throw new UsageError('Name at least one file or folder to check.');
  const { files, missing } = findPolicyFiles(paths);
  for (const m of missing) process.stderr.write(`privacy-policy: ${m}: no such file or folder\n`);
  if (files.length === 0 && missing.length === 0)
    process.stderr.write('privacy-policy: no *.privacy.yaml files found\n');
  const results: FileResult[] = files.map((file) => {
    const policy = readPolicy(file);
    const analysis = underLaw(file, policy.analysis, values.law);
    return { file, text: policy.text, problems: listedProblems(analysis, rules, undefined, undefined, ui) };
  });
  const out =
    format === 'json'
      ? formatJson(results)
      : format === 'sarif'
        ? formatSarif(results, process.cwd())
        : formatText(results, !!process.stdout.isTTY && !process.env.NO_COLOR, ui);
  process.stdout.write(`${out}\n`);
  const errors = results.some((r) => r.problems.some((p) => p.severity === 'error'));
  return errors || missing.length > 0 ? 1 : 0;
}

function render(args: string[]): number {
  const { values, positionals: files } = parse(args, {
    output: { type: 'string', short: 'o' },
    strict: { type: 'boolean', default: false },
    language: { type: 'string' },
    audience: { type: 'string' },
    law: { type: 'string' },
  });
  if (files.length !== 1)
    throw new UsageError(files.length ? 'render takes one file.' : 'Name the policy file to render.');
  const file = files[0];
  const policy = load(file);
  if (!policy) return 1;
  // One parse serves both the notice and the problem list.
  const audiences = policy.analysis.model.audiences;
  if (values.audience !== undefined && !audiences.some((a) => a.id === values.audience)) {
    const known = audiences.map((a) => a.id);
    throw new UsageError(
      `--audience '${values.audience}' is not defined in ${file}: ${known.length ? `use one of ${known.join(', ')}` : "the policy has no 'audiences'"}.`,
    );
  }
  const analysis = underLaw(file, policy.analysis, values.law);
  const problems = listedProblems(analysis, undefined, undefined, undefined, ui);
  // The problems also become markers in the notice, where required information is missing.
  const notice = renderDocument(analysis, {
    mode: 'standalone',
    language: values.language,
    audience: values.audience,
    // Test-only fault injection, as the server's platform does it (server/src/platform/node.ts).
    beforeRender: () => {
      if (process.env.PRIVACY_POLICY_TEST_FAULT === 'Render notice') throw new Error('injected fault in Render notice');
    },
  });
  if (notice.error) {
    // Not the notice, only a page saying it could not be rendered: nothing is written, and the status says so.
    process.stderr.write(
      `privacy-policy: ${file}: the notice could not be rendered: ${notice.error.stack ?? notice.error.message}\nPlease ` +
        `report this.\n`,
    );
    return 1;
  }
  write(values.output, notice.html);
  if (problems.length)
    process.stderr.write(
      `${formatText([{ file, text: policy.text, problems }], !!process.stderr.isTTY && !process.env.NO_COLOR, ui)}\n`,
    );
  return values.strict && problems.some((p) => p.severity === 'error') ? 1 : 0;
}

function diff(args: string[]): number {
  const { values, positionals: files } = parse(args, {
    format: { type: 'string', default: 'text' },
    changelog: { type: 'boolean', default: false },
  });
  if (files.length !== 2) throw new UsageError('diff takes two files: the old and the new policy.');
  if (!DIFF_FORMATS.includes(values.format as DiffFormat))
    throw new UsageError(`--format must be ${DIFF_FORMATS.join(' or ')} (got '${values.format}').`);
  const [before, after] = files.map(load);
  if (!before || !after) return 1;
  const comparison = compareWith(before.text, after.analysis);
  if (values.changelog) process.stdout.write(comparison.changelog);
  else
    process.stdout.write(
      `${values.format === 'json' ? JSON.stringify(comparison.changes, null, 2) : comparison.report}\n`,
    );
  return 0;
}

function exportCommand(args: string[]): number {
  const { values, positionals: files } = parse(args, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    law: { type: 'string' },
  });
  if (!isExportFormat(values.format))
    throw new UsageError(
      'export needs --format dpv (JSON-LD, W3C Data Privacy Vocabulary) or --format ropa (Art 30 record, CSV).',
    );
  if (files.length !== 1) throw new UsageError('export takes one file.');
  const policy = load(files[0]);
  if (!policy) return 1;
  write(values.output, exportDocument(underLaw(files[0], policy.analysis, values.law), values.format));
  return 0;
}

function reconcileCommand(args: string[]): number {
  const { values, positionals: files } = parse(args, {
    har: { type: 'string' },
    format: { type: 'string', default: 'text' },
    strict: { type: 'boolean', default: false },
    rule: { type: 'string', multiple: true },
  });
  if (files.length !== 1)
    throw new UsageError(files.length ? 'reconcile takes one policy file.' : 'Name the policy file to reconcile.');
  if (!values.har)
    throw new UsageError(
      "reconcile needs the recording: --har <file.har> (save it from the Network panel of the browser's " +
        'developer tools).',
    );
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif')
    throw new UsageError(`--format must be text, json or sarif (got '${format}').`);
  const rules: RuleSettings = {};
  for (const r of values.rule ?? []) parseRuleOption(r, rules);
  const policy = load(files[0]);
  if (!policy) return 2;
  let evidence;
  try {
    evidence = readHarFile(values.har);
  } catch (error) {
    if (!(error instanceof HarError)) throw error;
    process.stderr.write(`privacy-policy: ${values.har}: ${error.message}\n`);
    return 2;
  }
  return runReconcile(policy, evidence, {
    format,
    strict: values.strict,
    rules,
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    ui,
  });
}

export function main(argv: string[]): number {
  try {
    const [command, ...rest] = takeInterfaceLanguage(argv);
    if (command === 'check') return check(rest);
    if (command === 'render') return render(rest);
    if (command === 'diff') return diff(rest);
    if (command === 'export') return exportCommand(rest);
    if (command === 'reconcile') return reconcileCommand(rest);
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
    if (error instanceof LawError) {
      process.stderr.write(`privacy-policy: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

// A closed pipe (`privacy-policy check folder | head`) ends the CLI quietly, with the status the command had:
// the reader has all it wanted. Any other stream error is a real failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = main(process.argv.slice(2));
