// The reconciliation rules of README, "Catalogues and evidence": what a HAR recording shows against what the policy declares. They fire only
// when the author reconciled the policy with a recording (`privacy-policy reconcile`, or the VS Code command).
// This module holds what they share: the comparison (computed once, reconcile.ts), where a finding goes, its
// prepared fixes.
import { entryOf, type PolicyModel } from '../parser/policyModel';
import type { Span } from '../parser/yamlTree';
import { reconcile, type Reconciliation } from '../reconcile/reconcile';
import type { QuickFix, RuleContext } from '../core/rule';

/** The comparison with the recording the author reconciled with, if any (computed once, reconcile.ts). */
export function reconciled(ctx: RuleContext): Reconciliation | undefined {
  return ctx.evidence ? reconcile(ctx.model, ctx.evidence) : undefined;
}

/** Where a finding about a whole section goes: its key, or else the first key of the document. */
export function anchor(model: PolicyModel, section: string): Span {
  const entry = entryOf(model.root, section) ?? model.root?.entries[0];
  return entry?.keySpan ?? { start: 0, end: 0 };
}

export const prepared = (fixes: QuickFix[]) => ({ kind: 'prepared' as const, fixes });
export const list = (items: string[]) =>
  items.length > 3 ? `${items.slice(0, 3).join(', ')} and ${items.length - 3} more` : items.join(', ');
