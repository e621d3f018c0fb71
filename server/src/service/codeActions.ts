// Quick fixes from the problems panel (docs/rules/ "fix" column), computed on the current version only.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { RULES_BY_ID } from '../rules';
import { insertField, replaceWith, yamlScalar } from '../rules/fixBuilders';
import type { FixContext, QuickFix } from '../core/rule';
import { isPlaceholder } from '../core/placeholders';
import type { Analysis } from '../core/analysis';
import { toSpan, toWorkspaceEdit } from './positions';
import { validate } from '../rules/check';
import { problemKey, type Problem, type RuleSettings } from '../core/problem';
import { DIAGNOSTIC_SOURCE } from '../protocol/constants';
import { ENGLISH, type InterfaceText } from '../languages/interface';
import type { Evidence } from '../reconcile/evidence';
import { NOT_CANCELLED, throwIfCancelled, WorkBudget, type CancellationSignal } from '../core/cancellation';

/** The fixes a rule's data implies, when the rule has no fixes of its own. */
export function defaultFixes(ctx: FixContext): QuickFix[] {
  const data = ctx.data;
  if (!data || data.kind === 'none') return [];
  if (data.kind === 'prepared') return data.fixes;
  if (data.kind === 'replace') {
    const scope = data.scope;
    return data.candidates.map((c, i) =>
      replaceWith(ctx.span, c, ctx.t("Change to '{0}'", c), {
        isPreferred: i === 0 && data.candidates.length === 1,
        safe: data.candidates.length === 1,
        claim: scope === undefined ? undefined : `${scope}:${c}`,
      }),
    );
  }
  // A placeholder (`<…>`) is written as it is: a gap for the author to fill, never a value stated for them, so the
  // insertion is not preferred (docs/language.md, "Placeholders").
  const placeholder = typeof data.value === 'string' && isPlaceholder(data.value);
  const value = typeof data.value === 'string' && !placeholder ? yamlScalar(data.value) : data.value;
  const edit = insertField(ctx.text, ctx.model.tree.root, data.mapStart, data.key, value);
  return edit
    ? [
        {
          title: placeholder
            ? ctx.t("Add '{0}' with a placeholder to fill in", data.key)
            : ctx.t("Add '{0}'", data.key),
          edits: [edit],
        },
      ]
    : [];
}

/** Told about a fix that threw: the fix is not offered, the diagnostic stays, and the error is logged. */
export type FixErrorHandler = (problem: Problem, error: Error) => void;

export function fixesFor(
  analysis: Analysis,
  problem: Problem,
  onError?: FixErrorHandler,
  ui: InterfaceText = ENGLISH,
): QuickFix[] {
  const rule = RULES_BY_ID.get(problem.rule);
  const ctx: FixContext = {
    model: analysis.model,
    law: analysis.laws[0],
    text: analysis.text,
    span: problem.span,
    data: problem.data,
    ui,
    t: ui.t,
  };
  try {
    const fixes = rule?.fixes ? rule.fixes(ctx) : defaultFixes(ctx);
    // Where the YAML does not parse, the structure around an insertion is unknown: offer only in-place
    // replacements (typo fixes) until the syntax error is fixed.
    if (!analysis.model.tree.problems.some((p) => p.severity === 'error')) return fixes;
    return fixes.filter((f) => f.edits.every((e) => e.span.end > e.span.start && !e.newText.includes('\n')));
  } catch (error) {
    onError?.(problem, error instanceof Error ? error : new Error(String(error)));
    return []; // a fix that cannot be computed is not offered; the diagnostic stays
  }
}

function toAction(
  doc: TextDocument,
  fix: QuickFix,
  diagnostic: Diagnostic | undefined,
  kind: string,
  versioned: boolean,
): CodeAction {
  return {
    title: fix.title,
    kind,
    diagnostics: diagnostic ? [diagnostic] : undefined,
    isPreferred: fix.isPreferred,
    edit: toWorkspaceEdit(doc, fix.edits, versioned),
  };
}

const overlaps = (a: Range, b: Range) =>
  !(
    a.end.line < b.start.line ||
    (a.end.line === b.start.line && a.end.character < b.start.character) ||
    b.end.line < a.start.line ||
    (b.end.line === a.start.line && b.end.character < a.start.character)
  );

/** The problem key a diagnostic carries; for clients that drop `data`, the same key from its code, range and message. */
function keyOf(doc: TextDocument, diagnostic: Diagnostic): string {
  const data = diagnostic.data as { problem?: unknown } | undefined;
  if (typeof data?.problem === 'string') return data.problem;
  return problemKey({
    rule: String(diagnostic.code),
    span: toSpan(doc, diagnostic.range),
    message: typeof diagnostic.message === 'string' ? diagnostic.message : '',
  });
}

/**
 * How many fixes one code-action request computes at most. A fix costs a walk of the tree to the mapping it edits;
 * a document can have tens of thousands of problems (a typo in each item of a long list), and "Fix all" considers
 * every one: without a bound, one request took seconds on a loaded machine. 2,000 fixes take about 50 ms on the
 * development machine; a fix-all that reached the bound says so in its title, and running it again fixes the rest.
 */
export const MAX_FIXES_PER_REQUEST = 2000;

export interface CodeActionWork {
  /** Read between two fixes (throws `Cancelled`). */
  signal?: CancellationSignal;
  /** Counts fixes computed; default: a new budget of MAX_FIXES_PER_REQUEST. */
  budget?: WorkBudget;
}

/** The title of a "Fix all" that reached the request's budget before it had considered every problem. */
export function fixAllTitle(partial: boolean, ui: InterfaceText = ENGLISH): string {
  return partial
    ? ui.t('Fix the first safe privacy-policy problems (run again for the rest)')
    : ui.t('Fix all safe privacy-policy problems');
}
export const PARTIAL_FIX_ALL_TITLE = fixAllTitle(true);
export const FIX_ALL_TITLE = fixAllTitle(false);

export function codeActions(
  doc: TextDocument,
  analysis: Analysis,
  range: Range,
  context: { diagnostics: Diagnostic[]; only?: string[] },
  settings?: RuleSettings,
  versioned = false,
  evidence?: Evidence,
  onError?: FixErrorHandler,
  work: CodeActionWork = {},
  ui: InterfaceText = ENGLISH,
): CodeAction[] {
  const signal = work.signal ?? NOT_CANCELLED;
  const budget = work.budget ?? new WorkBudget(MAX_FIXES_PER_REQUEST);
  const wantQuickFix =
    !context.only ||
    context.only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
  const wantFixAll = context.only?.some((k) => k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source);
  const problems = validate(analysis, settings, evidence, signal, ui);
  const actions: CodeAction[] = [];
  if (wantQuickFix) {
    // Each diagnostic names its problem (data.problem, see toDiagnostic); the problem is looked up on this
    // version, so a stale diagnostic gets no fix, and problems that share a range each get their own fixes.
    let byKey: Map<string, Problem> | undefined;
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || !overlaps(diagnostic.range, range)) continue;
      byKey ??= new Map(problems.map((p) => [problemKey(p), p]));
      const problem = byKey.get(keyOf(doc, diagnostic));
      if (!problem) continue;
      throwIfCancelled(signal);
      if (!budget.take()) break;
      for (const fix of fixesFor(analysis, problem, onError, ui))
        actions.push(toAction(doc, fix, diagnostic, CodeActionKind.QuickFix, versioned));
    }
  }
  if (wantFixAll) {
    const fixAll = fixAllEdits(analysis, problems, onError, { signal, budget }, ui);
    if (fixAll.edits.length > 0)
      actions.push(
        toAction(
          doc,
          { title: fixAllTitle(fixAll.partial, ui), edits: fixAll.edits },
          undefined,
          CodeActionKind.SourceFixAll,
          versioned,
        ),
      );
  }
  return actions;
}

/**
 * The safe fixes (typo corrections with one candidate), non-overlapping, for "Fix all": in one pass over the
 * problems, with the accepted edits kept sorted so each overlap test is a binary search. Two renames to the same
 * key of one mapping are not both taken (the second would be a duplicate key). Each fix computed takes one unit of
 * the budget; once it is spent the edits found so far are returned, `partial`.
 */
export function fixAllEdits(
  analysis: Analysis,
  problems: Problem[],
  onError?: FixErrorHandler,
  work: CodeActionWork = {},
  ui: InterfaceText = ENGLISH,
): { edits: QuickFix['edits']; partial: boolean } {
  const budget = work.budget ?? new WorkBudget(MAX_FIXES_PER_REQUEST);
  const edits: QuickFix['edits'] = [];
  const accepted: { start: number; end: number }[] = [];
  const claimed = new Set<string>();
  const insertAt = (start: number) => {
    let lo = 0;
    let hi = accepted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (accepted[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const overlaps = (span: { start: number; end: number }) => {
    const i = insertAt(span.start);
    const touches = (o: { start: number; end: number } | undefined) => !!o && span.start < o.end && o.start < span.end;
    // Insertions (empty spans) at the same offset would conflict too.
    const same = (o: { start: number; end: number } | undefined) =>
      !!o && o.start === span.start && (o.end === o.start || span.end === span.start);
    return touches(accepted[i - 1]) || touches(accepted[i]) || same(accepted[i]) || same(accepted[i - 1]);
  };
  for (const p of problems) {
    if (!mayHaveSafeFix(p)) continue;
    throwIfCancelled(work.signal);
    if (!budget.take()) break;
    const fix = fixesFor(analysis, p, onError, ui).find((f) => f.safe);
    if (!fix || (fix.claim && claimed.has(fix.claim))) continue;
    if (fix.edits.some((e) => overlaps(e.span))) continue;
    if (fix.claim) claimed.add(fix.claim);
    for (const e of fix.edits) accepted.splice(insertAt(e.span.start), 0, e.span);
    edits.push(...fix.edits);
  }
  return { edits, partial: budget.exhausted };
}

/** Only a rule's own fixes or a single-candidate replacement can be safe: skip computing the others' fixes. */
function mayHaveSafeFix(p: Problem): boolean {
  if (RULES_BY_ID.get(p.rule)?.fixes) return true;
  return p.data?.kind === 'replace' && p.data.candidates.length === 1;
}
