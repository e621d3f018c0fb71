// Runs every rule over one analysis and applies the user's severity settings.
import { RULES, RULES_BY_ID, type RuleId } from '../rules';
import { ruleDocUrl, type Severity } from '../rules/rule';
import type { FixData } from '../schema/schemaCheck';
import type { Span } from '../parser/yamlTree';
import type { Evidence } from '../reconcile/evidence';
import type { Analysis } from './analysis';

export interface Problem {
  rule: RuleId;
  severity: Severity;
  message: string;
  span: Span;
  data?: FixData;
}

/** Rule id → level, as the user wrote it (unknown ids and levels are ignored). */
export type RuleSettings = Record<string, string | undefined>;

export function severityFor(rule: RuleId, settings: RuleSettings | undefined): Severity | 'off' {
  const setting = settings?.[rule];
  switch (setting) {
    case 'off':
    case 'error':
    case 'warning':
    case 'information':
    case 'hint':
      return setting;
    case 'info':
      return 'information';
    default:
      return RULES_BY_ID.get(rule)?.severity ?? 'error';
  }
}

/** The last problems computed for each analysis: diagnostics, code actions and the preview share them. */
const memo = new WeakMap<Analysis, { key: string; evidence?: Evidence; problems: Problem[] }>();

/** `evidence`: what a HAR recording showed, for the reconciliation rules (SPEC §10); they are silent without it. */
export function validate(analysis: Analysis, settings?: RuleSettings, evidence?: Evidence): Problem[] {
  const key = JSON.stringify(settings ?? {});
  const hit = memo.get(analysis);
  if (hit && hit.key === key && hit.evidence === evidence) return hit.problems;
  const problems = runRules(analysis, settings, evidence);
  memo.set(analysis, { key, evidence, problems });
  return problems;
}

function runRules(analysis: Analysis, settings?: RuleSettings, evidence?: Evidence): Problem[] {
  const problems: Problem[] = [];
  for (const rule of RULES) {
    const severity = severityFor(rule.id, settings);
    if (severity === 'off') continue;
    try {
      rule.check({
        model: analysis.model,
        schema: analysis.schema,
        text: analysis.text,
        evidence,
        // A rule may soften one finding (YAML warnings such as unknown tags), unless the user chose a level.
        report: (span, message, data, softer) => problems.push({ rule: rule.id, severity: softer && settings?.[rule.id] === undefined ? softer : severity, message, span, data }),
      });
    } catch (error) {
      // One faulty rule must not hide every other diagnostic.
      problems.push({ rule: rule.id, severity: 'error', span: { start: 0, end: 0 }, message: `Internal error in rule '${rule.id}': ${(error as Error).message}. Please report this.` });
    }
  }
  return problems.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
}

export { ruleDocUrl };
