// What the two rules on `rights.exclude` share (docs/language.md, "rights", §4.4): the exclusion a diagnostic points at, and the fix
// that removes it from the list.
import { rightExclusions, type RightExclusion } from '../core/rights';
import { removeListItem } from './fixBuilders';
import type { FixContext, QuickFix } from '../core/rule';

/** The exclusion a diagnostic points at (its `right` value). */
export function exclusionAt(ctx: FixContext): RightExclusion | undefined {
  return rightExclusions(ctx.model).find((e) => e.right.span.start === ctx.span.start);
}

export function removeFix(ctx: FixContext, exclusion: RightExclusion, preferred: boolean): QuickFix {
  return {
    title: "Remove it from 'exclude' (the right is then listed in the notice)",
    edits: [removeListItem(ctx.text, exclusion.list, exclusion.item.span)],
    isPreferred: preferred,
  };
}
