// What the rules on `rights.restrictions` (and the retired `rights.exclude`) share (docs/language.md, "rights"): the
// restriction a diagnostic points at, the fix that removes it, and whether its `law` cites given provisions.
import { rightRestrictions, type RightRestriction } from '../core/rights';
import type { Law } from '../laws';
import { removeListItem } from './fixBuilders';
import type { FixContext, QuickFix } from '../core/rule';

/** The restriction a diagnostic points at (its `right` value). */
export function restrictionAt(ctx: FixContext): RightRestriction | undefined {
  return rightRestrictions(ctx.model).find((r) => r.right.span.start === ctx.span.start);
}

export function removeRestrictionFix(ctx: FixContext, restriction: RightRestriction, title: string): QuickFix {
  return { title, edits: [removeListItem(ctx.text, restriction.list, restriction.item.span)] };
}

/** The provisions of the law's own text cited in a restriction's `law`. */
export function citedProvisions(law: Law, restriction: RightRestriction) {
  if (!restriction.law) return [];
  return law.text
    .findCitations(restriction.law.value)
    .flatMap((c) => c.provisions)
    .filter((p) => p.kind === 'article');
}

/** True when the text cites one of the provisions (an article, or a paragraph of it). */
export function cites(
  law: Law,
  restriction: RightRestriction,
  wanted: readonly { article: number; paragraph?: string }[],
): boolean {
  return citedProvisions(law, restriction).some((p) =>
    wanted.some(
      (w) =>
        w.article === p.number && (w.paragraph === undefined ? p.paragraph === undefined : w.paragraph === p.paragraph),
    ),
  );
}
