// Runs every rule over one analysis and applies the user's severity settings.
import { RULES, RULES_BY_ID, type RuleId } from './';
import { ruleDocUrl, type Problem, type RuleSettings, type Severity } from '../core/problem';
import type { Evidence } from '../reconcile/evidence';
import type { Analysis } from '../core/analysis';
import type { Rule } from '../core/rule';
import { throwIfCancelled, type CancellationSignal } from '../core/cancellation';

/**
 * Editors, the CLI and SARIF consumers choke on thousands of findings for one line (`&a &a &a …`): like a
 * compiler that stops after N errors, at most this many problems of one rule, and in all, are listed; one
 * summary problem says how many more there are.
 */
export const MAX_LISTED_PER_RULE = 100;
export const MAX_LISTED_PER_DOCUMENT = 500;

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

/**
 * The rules over one analysis, run one rule per `step()`, so that the caller may stop between two rules (a cancelled
 * request, a newer version of the document) or hand the event loop to other work (the server's sliced analyses).
 * A run whose problems are already known for these settings is done at once.
 */
export interface RuleRun {
  readonly done: boolean;
  /** Runs the next rule. */
  step(): void;
  /** The problems, sorted, once done (then shared with every later `validate` of the same analysis). */
  problems(): Problem[];
}

/** `evidence`: what a HAR recording showed, for the reconciliation rules (README, "Catalogues and evidence"); they are silent without it. */
export function startRules(analysis: Analysis, settings?: RuleSettings, evidence?: Evidence): RuleRun {
  const key = JSON.stringify(settings ?? {});
  const hit = memo.get(analysis);
  if (hit && hit.key === key && hit.evidence === evidence) {
    const known = hit.problems;
    return { done: true, step: () => undefined, problems: () => known };
  }
  const found: Problem[] = [];
  let next = 0;
  let sorted: Problem[] | undefined;
  return {
    get done() {
      return next >= RULES.length;
    },
    step() {
      if (next < RULES.length) runRule(RULES[next++], analysis, settings, evidence, found);
    },
    problems() {
      if (next < RULES.length) throw new Error('the rules have not all run yet');
      if (!sorted) {
        sorted = found.sort(byPosition);
        memo.set(analysis, { key, evidence, problems: sorted });
      }
      return sorted;
    },
  };
}

/** Every rule's problems; with `signal`, checked between two rules (throws `Cancelled`). */
export function validate(
  analysis: Analysis,
  settings?: RuleSettings,
  evidence?: Evidence,
  signal?: CancellationSignal,
): Problem[] {
  const run = startRules(analysis, settings, evidence);
  while (!run.done) {
    throwIfCancelled(signal);
    run.step();
  }
  return run.problems();
}

/** The problems to list: every problem, or the first ones of each rule and of the document, plus summaries. */
export function listedProblems(
  analysis: Analysis,
  settings?: RuleSettings,
  evidence?: Evidence,
  signal?: CancellationSignal,
): Problem[] {
  return listedOf(validate(analysis, settings, evidence, signal));
}

/** The problems to list out of all of them (computed once per list). */
export function listedOf(all: Problem[]): Problem[] {
  const hit = listed.get(all);
  if (hit) return hit;
  const capped = capProblems(all);
  listed.set(all, capped);
  return capped;
}
const listed = new WeakMap<Problem[], Problem[]>();

export function capProblems(problems: readonly Problem[]): Problem[] {
  const perRule = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = perRule.get(p.rule);
    if (list) list.push(p);
    else perRule.set(p.rule, [p]);
  }
  let kept: Problem[] = [];
  for (const [rule, list] of perRule) {
    if (list.length <= MAX_LISTED_PER_RULE) {
      kept.push(...list);
      continue;
    }
    kept.push(
      ...list.slice(0, MAX_LISTED_PER_RULE - 1),
      summary(list[MAX_LISTED_PER_RULE - 1], list.length - MAX_LISTED_PER_RULE + 1, `'${rule}' problems`),
    );
  }
  if (kept.length === problems.length) return problems as Problem[];
  kept = kept.sort(byPosition);
  if (kept.length > MAX_LISTED_PER_DOCUMENT) {
    const rest = kept.slice(MAX_LISTED_PER_DOCUMENT - 1);
    const more = rest.reduce((n, p) => n + (p.omitted ?? 1), 0);
    kept = [...kept.slice(0, MAX_LISTED_PER_DOCUMENT - 1), summary(rest[0], more, 'problems')];
  }
  return kept;
}

function summary(first: Problem, count: number, what: string): Problem {
  return {
    rule: first.rule,
    severity: first.severity,
    span: first.span,
    omitted: count,
    message:
      `… and ${count.toLocaleString('en')} more ${what} in this document, not listed one by one. Fix the ` +
      `ones listed first.`,
  };
}

const byPosition = (a: Problem, b: Problem) => a.span.start - b.span.start || a.rule.localeCompare(b.rule);

function runRule(
  rule: Rule,
  analysis: Analysis,
  settings: RuleSettings | undefined,
  evidence: Evidence | undefined,
  problems: Problem[],
): void {
  const severity = severityFor(rule.id, settings);
  if (severity === 'off') return;
  try {
    rule.check({
      model: analysis.model,
      law: analysis.laws[0],
      laws: analysis.laws,
      schema: analysis.schema,
      text: analysis.text,
      evidence,
      // A rule may soften one finding (YAML warnings such as unknown tags), unless the user chose a level.
      report: (span, message, data, softer) =>
        problems.push({
          rule: rule.id,
          severity: softer && settings?.[rule.id] === undefined ? softer : severity,
          message,
          span,
          data,
        }),
    });
  } catch (error) {
    // One faulty rule must not hide every other diagnostic.
    problems.push({
      rule: rule.id,
      severity: 'error',
      span: { start: 0, end: 0 },
      message: `Internal error in rule '${rule.id}': ${(error as Error).message}. Please report this.`,
    });
  }
}

export { ruleDocUrl };
