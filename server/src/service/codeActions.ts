// Quick fixes from the problems panel (SPEC §8 "fix" column), computed on the current version only.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { RULES_BY_ID } from '../rules';
import { insertField, replaceWith, yamlScalar } from '../rules/fixBuilders';
import type { FixContext, QuickFix } from '../rules/rule';
import type { Analysis } from './analysis';
import { toSpan, toWorkspaceEdit } from './positions';
import { validate, type Problem, type RuleSettings } from './validation';
import { DIAGNOSTIC_SOURCE } from './constants';
import type { Evidence } from '../reconcile/evidence';

/** The fixes a rule's data implies, when the rule has no fixes of its own. */
export function defaultFixes(ctx: FixContext): QuickFix[] {
  const data = ctx.data;
  if (!data || data.kind === 'none') return [];
  if (data.kind === 'prepared') return data.fixes;
  if (data.kind === 'replace') {
    return data.candidates.map((c, i) => replaceWith(ctx.span, c, `Change to '${c}'`, { isPreferred: i === 0 && data.candidates.length === 1, safe: data.candidates.length === 1 }));
  }
  const value = typeof data.value === 'string' ? yamlScalar(data.value) : data.value;
  const edit = insertField(ctx.text, ctx.model.tree.root, data.mapStart, data.key, value);
  return edit ? [{ title: `Add '${data.key}'`, edits: [edit], isPreferred: true }] : [];
}

export function fixesFor(analysis: Analysis, problem: Problem): QuickFix[] {
  const rule = RULES_BY_ID.get(problem.rule);
  const ctx: FixContext = { model: analysis.model, text: analysis.text, span: problem.span, data: problem.data };
  try {
    const fixes = rule?.fixes ? rule.fixes(ctx) : defaultFixes(ctx);
    // Where the YAML does not parse, the structure around an insertion is unknown: offer only in-place
    // replacements (typo fixes) until the syntax error is fixed.
    if (!analysis.model.tree.problems.some((p) => p.severity === 'error')) return fixes;
    return fixes.filter((f) => f.edits.every((e) => e.span.end > e.span.start && !e.newText.includes('\n')));
  } catch {
    return []; // a fix that cannot be computed is not offered; the diagnostic stays
  }
}

function toAction(doc: TextDocument, fix: QuickFix, diagnostic: Diagnostic | undefined, kind: string, versioned: boolean): CodeAction {
  return { title: fix.title, kind, diagnostics: diagnostic ? [diagnostic] : undefined, isPreferred: fix.isPreferred, edit: toWorkspaceEdit(doc, fix.edits, versioned) };
}

const overlaps = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) || b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

export function codeActions(doc: TextDocument, analysis: Analysis, range: Range, context: { diagnostics: Diagnostic[]; only?: string[] }, settings?: RuleSettings, versioned = false, evidence?: Evidence): CodeAction[] {
  const wantQuickFix = !context.only || context.only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
  const wantFixAll = context.only?.some((k) => k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source);
  const problems = validate(analysis, settings, evidence);
  const actions: CodeAction[] = [];
  if (wantQuickFix) {
    // Recompute on this version rather than trusting the diagnostic's data: a stale diagnostic gets no fix.
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || !overlaps(diagnostic.range, range)) continue;
      const span = toSpan(doc, diagnostic.range);
      const problem = problems.find((p) => p.rule === diagnostic.code && p.span.start === span.start && p.span.end === span.end);
      if (!problem) continue;
      for (const fix of fixesFor(analysis, problem)) actions.push(toAction(doc, fix, diagnostic, CodeActionKind.QuickFix, versioned));
    }
  }
  if (wantFixAll) {
    const fixAll = fixAllEdits(analysis, problems);
    if (fixAll.length > 0) actions.push(toAction(doc, { title: 'Fix all safe privacy-policy problems', edits: fixAll }, undefined, CodeActionKind.SourceFixAll, versioned));
  }
  return actions;
}

/** The safe fixes (typo corrections with one candidate), non-overlapping, for "Fix all". */
export function fixAllEdits(analysis: Analysis, problems: Problem[]) {
  const edits: QuickFix['edits'] = [];
  for (const p of problems) {
    const fix = fixesFor(analysis, p).find((f) => f.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => edits.some((o) => e.span.start < o.span.end && o.span.start < e.span.end))) continue;
    edits.push(...fix.edits);
  }
  return edits;
}
