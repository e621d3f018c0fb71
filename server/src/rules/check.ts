// Runs every rule over one analysis and applies the user's severity settings.
import { RETIRED_RULE_IDS, RULES, RULES_BY_ID, type RuleId } from './';
import { ruleDocUrl, type Problem, type RuleSettings, type Severity } from '../core/problem';
import type { Evidence } from '../reconcile/evidence';
import type { Analysis } from '../core/analysis';
import { citeInInterface, lawsServing, nameGdprCitations } from '../core/lawCitations';
import { ENGLISH, type InterfaceText } from '../languages/interface';
import type { Law } from '../laws';
import { findLanguage } from '../languages';
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
  // A setting under a retired id (non-excludable-right…) applies to the rule that replaced it, unless that one has its own.
  const retired = Object.entries(RETIRED_RULE_IDS).find(([old, now]) => now === rule && settings?.[old] !== undefined);
  const setting = settings?.[rule] ?? (retired ? settings?.[retired[0]] : undefined);
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
export function startRules(
  analysis: Analysis,
  settings?: RuleSettings,
  evidence?: Evidence,
  ui: InterfaceText = ENGLISH,
): RuleRun {
  const key = `${ui.language} ${JSON.stringify(settings ?? {})}`;
  const hit = memo.get(analysis);
  if (hit && hit.key === key && hit.evidence === evidence) {
    const known = hit.problems;
    return { done: true, step: () => undefined, problems: () => known };
  }
  // A run of the same analysis and settings under way (the diagnostics, in slices) is continued, not started again:
  // the preview's render asks for the problems while the diagnostics of the same version are still being made.
  let run = running.get(analysis);
  if (!run || run.key !== key || run.evidence !== evidence) {
    run = { key, evidence, found: [], next: 0, context: lawContext(analysis, ui) };
    running.set(analysis, run);
  }
  const state = run;
  return {
    get done() {
      return state.next >= RULES.length;
    },
    step() {
      if (state.next < RULES.length)
        runRule(RULES[state.next++], analysis, state.context, settings, evidence, state.found);
    },
    problems() {
      if (state.next < RULES.length) throw new Error('the rules have not all run yet');
      const known = memo.get(analysis);
      if (known && known.key === key && known.evidence === evidence) return known.problems;
      const sorted = state.found.sort(byPosition);
      memo.set(analysis, { key, evidence, problems: sorted });
      if (running.get(analysis) === state) running.delete(analysis);
      return sorted;
    },
  };
}

/** The runs under way, by analysis (at most one per analysis: another key or evidence starts a new one). */
const running = new WeakMap<
  Analysis,
  { key: string; evidence?: Evidence; found: Problem[]; next: number; context: LawContext }
>();

/** Every rule's problems; with `signal`, checked between two rules (throws `Cancelled`). */
export function validate(
  analysis: Analysis,
  settings?: RuleSettings,
  evidence?: Evidence,
  signal?: CancellationSignal,
  ui: InterfaceText = ENGLISH,
): Problem[] {
  const run = startRules(analysis, settings, evidence, ui);
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
  ui: InterfaceText = ENGLISH,
): Problem[] {
  return listedOf(validate(analysis, settings, evidence, signal, ui), ui);
}

/** The problems to list out of all of them (computed once per list). */
export function listedOf(all: Problem[], ui: InterfaceText = ENGLISH): Problem[] {
  const hit = listed.get(all);
  if (hit) return hit;
  const capped = capProblems(all, ui);
  listed.set(all, capped);
  return capped;
}
const listed = new WeakMap<Problem[], Problem[]>();

export function capProblems(problems: readonly Problem[], ui: InterfaceText = ENGLISH): Problem[] {
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
      summary(list[MAX_LISTED_PER_RULE - 1], list.length - MAX_LISTED_PER_RULE + 1, rule, ui),
    );
  }
  if (kept.length === problems.length) return problems as Problem[];
  kept = kept.sort(byPosition);
  if (kept.length > MAX_LISTED_PER_DOCUMENT) {
    const rest = kept.slice(MAX_LISTED_PER_DOCUMENT - 1);
    const more = rest.reduce((n, p) => n + (p.omitted ?? 1), 0);
    kept = [...kept.slice(0, MAX_LISTED_PER_DOCUMENT - 1), summary(rest[0], more, undefined, ui)];
  }
  return kept;
}

/** `rule`: the rule whose problems are omitted; undefined for problems of every rule. */
function summary(first: Problem, count: number, rule: string | undefined, ui: InterfaceText): Problem {
  const number = count.toLocaleString(ui.language === 'en' ? 'en' : findLanguage(ui.language)!.locale);
  return {
    rule: first.rule,
    severity: first.severity,
    span: first.span,
    omitted: count,
    message: rule
      ? ui.t(
          "… and {0} more '{1}' problems in this document, not listed one by one. Fix the ones listed first.",
          number,
          rule,
        )
      : ui.t('… and {0} more problems in this document, not listed one by one. Fix the ones listed first.', number),
  };
}

/**
 * By offset, then by rule id. Ids compare by code unit: for these ids the order localeCompare gives (a test checks it),
 * without the collator, whose first use cost the server's first analysis about 6 ms.
 */
export const byPosition = (a: Problem, b: Problem) =>
  a.span.start - b.span.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);

/** A rule's citation under each law it serves in this notice ("Art 13(1)(c) GDPR and UK GDPR"). */
function ruleCitationUnder(rule: Rule, serving: readonly Law[], ui: InterfaceText): string {
  if (!rule.laws) return citeInInterface(rule.provisions, serving, ui, true);
  // Laws without a citation of their own cite the rule's provisions, together ("Art 27 GDPR and UK GDPR"). The EU
  // GDPR's own citation is in its bare numbering: named where another law's stands beside it.
  const own = serving.filter((l) => rule.citations?.[l.id]);
  const mapped = serving.filter((l) => !rule.citations?.[l.id]);
  return [
    ...(rule.provisions && mapped.length ? [citeInInterface(rule.provisions, mapped, ui, true)] : []),
    ...own.map((l) => {
      const cited = rule.citations![l.id]!;
      return l.id === 'eu-gdpr' && serving.length > 1 ? `${cited} GDPR` : cited;
    }),
  ]
    .filter(Boolean)
    .join('; ');
}

/** Whether the user set a level for the rule, under its id or a retired id it replaced. */
function hasSetting(rule: RuleId, settings: RuleSettings | undefined): boolean {
  if (settings?.[rule] !== undefined) return true;
  return Object.entries(RETIRED_RULE_IDS).some(([old, now]) => now === rule && settings?.[old] !== undefined);
}

/**
 * Whether a rule is information only under these laws: each asks less than it checks (`Law.softerRules`), and the
 * user set no level for it, under its id or a retired id it replaced (a level chosen is kept, as for `softer`).
 */
export function softenedUnderLaws(
  rule: Pick<Rule, 'id' | 'provisions'>,
  under: readonly Pick<Law, 'softerRules'>[],
  settings: RuleSettings | undefined,
): boolean {
  return !!rule.provisions && !hasSetting(rule.id, settings) && under.every((l) => l.softerRules?.has(rule.id));
}

/** What every rule of one run shares: the document's laws and how a message cites them. */
interface LawContext {
  readonly laws: readonly Law[];
  /** The EU GDPR alone: messages read as they always did, without a citation suffix. */
  readonly euOnly: boolean;
  readonly cite: (provisions: string) => string;
  readonly ui: InterfaceText;
}

function lawContext(analysis: Analysis, ui: InterfaceText): LawContext {
  const { laws } = analysis;
  // A notice of the EU GDPR alone reads as it always did; under other laws a message says which law each finding
  // rests on (docs/language.md, "Laws").
  const euOnly = laws.length === 1 && laws[0].id === 'eu-gdpr';
  const cite = (provisions: string) =>
    euOnly ? ui.cite(provisions) : citeInInterface(provisions, laws, ui) || ui.cite(provisions);
  return { laws, euOnly, cite, ui };
}

function runRule(
  rule: Rule,
  analysis: Analysis,
  context: LawContext,
  settings: RuleSettings | undefined,
  evidence: Evidence | undefined,
  problems: Problem[],
): void {
  const { laws, euOnly, cite, ui } = context;
  // Under the FADP alone, a message's GDPR citations name the GDPR (its own provisions follow in brackets).
  const swissOnly = laws.every((l) => l.id === 'ch-fadp');
  const chosen = severityFor(rule.id, settings);
  if (chosen === 'off') return;
  let severity: Severity = chosen;
  // A rule serves the laws that have a counterpart of its provisions; under none of them it is silent, and it
  // is information only where every law it serves asks no more (the FADP and retention, `Law.softerRules`).
  const serving = (
    rule.laws ? laws.filter((l) => rule.laws!.includes(l.id)) : lawsServing(rule.provisions, laws)
  ).filter((l) => !l.silentRules?.has(rule.id));
  if ((rule.provisions || rule.laws) && !serving.length) return;
  const softenedUnder = (under: readonly Law[]) => softenedUnderLaws(rule, under, settings);
  const soften = (level: Severity): Severity => (level === 'error' || level === 'warning' ? 'information' : level);
  if (softenedUnder(serving)) severity = soften(severity);
  const suffix = euOnly || !rule.provisions ? '' : ` [${ruleCitationUnder(rule, serving, ui)}]`;
  // A finding under some of the laws only: their citation, and their softening.
  const under = (findingLaws: readonly Law[]) => {
    const own = serving.filter((l) => findingLaws.includes(l));
    if (!own.length || own.length === serving.length) return { suffix, level: severity };
    return {
      laws: own.map((l) => l.id),
      suffix: euOnly || !rule.provisions ? '' : ` [${ruleCitationUnder(rule, own, ui)}]`,
      level: softenedUnder(own) ? soften(chosen) : chosen,
    };
  };
  try {
    rule.check({
      model: analysis.model,
      law: laws[0],
      laws,
      schema: analysis.schema,
      text: analysis.text,
      evidence,
      cite,
      ui,
      t: ui.t,
      // A rule may soften one finding (YAML warnings such as unknown tags), unless the user chose a level.
      report: (span, message, data, softer, findingLaws) => {
        const own: { suffix: string; level: Severity; laws?: string[] } = findingLaws
          ? under(findingLaws)
          : { suffix, level: severity };
        // A message made of places ("the 'policy' section is empty") starts a sentence: its first letter is a capital.
        const text = typeof message === 'string' ? message : upperFirst(ui.say(message));
        problems.push({
          rule: rule.id,
          severity: softer && !hasSetting(rule.id, settings) ? softer : own.level,
          // Under the FADP alone, its GDPR citations name the GDPR (its own provisions follow in brackets).
          message: (swissOnly ? nameGdprCitations(text) : text) + own.suffix,
          span,
          data,
          ...(own.laws ? { laws: own.laws } : {}),
        });
      },
    });
  } catch (error) {
    // One faulty rule must not hide every other diagnostic.
    problems.push({
      rule: rule.id,
      severity: 'error',
      span: { start: 0, end: 0 },
      message: ui.t("Internal error in rule '{0}': {1}. Please report this.", rule.id, (error as Error).message),
    });
  }
}

export { ruleDocUrl };

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
