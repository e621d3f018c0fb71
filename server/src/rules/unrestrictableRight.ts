// Rule `unrestrictable-right` (Art 7(3), 23(1), 77, 85(2)): a restriction of a right no law can restrict — the
// complaint to a supervisory authority (an error) — or of the withdrawal of consent, which only a derogation under
// Art 85(2) can affect (a warning, unless `law` cites Art 85(2)). It replaces v1.1's `non-excludable-right`.
import { termLabel } from './ruleMessages';
import { rightRestrictions } from '../core/rights';
import { cites, removeRestrictionFix, restrictionAt } from './restrictionFixes';
import type { Rule } from '../core/rule';

export const unrestrictableRight: Rule = {
  id: 'unrestrictable-right',
  severity: 'error',
  provisions: 'Art 7(3), 23(1), 77, 85(2)',
  description:
    'A restriction of the right to lodge a complaint (never restricted), or of the withdrawal of consent whose ' +
    '`law` does not cite Art 85(2) (a warning).',
  check(ctx) {
    // A law that does not say what limits its rights (the UK GDPR and the FADP so far) is not checked.
    const limits = ctx.law.rightLimits;
    if (!limits) return;
    for (const r of rightRestrictions(ctx.model)) {
      if (!r.term) continue;
      if (limits.unrestrictable.has(r.term.id)) {
        ctx.report(
          r.right.span,
          ctx.t(
            'The {0} ({1}) cannot be restricted: Art 23(1) lets a law restrict only the rights and obligations ' +
              'of Art 12–22 and 34, and the derogations of Art 85(2) and 89(2)–(3) do not reach Chapter VIII. The ' +
              'notice states it in full (Art 13(2)(d)): remove this restriction.',
            termLabel(ctx.ui, 'right', r.term.id) ?? r.term.label,
            r.term.article ? ctx.ui.cite(r.term.article) : '',
          ),
        );
        continue;
      }
      const allowed = limits.onlyBy.get(r.term.id);
      if (allowed && !cites(ctx.law, r, allowed))
        ctx.report(
          r.right.span,
          ctx.t(
            'The {0} ({1}) lies outside Art 23(1), which reaches only Art 12–22 and 34: only a derogation that ' +
              'Union or Member State law makes under Art 85(2) (processing for journalistic, academic, artistic ' +
              "or literary purposes) can affect it. Check that 'law' names such a derogation and cite Art 85(2); " +
              'otherwise remove this restriction.',
            termLabel(ctx.ui, 'right', r.term.id) ?? r.term.label,
            r.term.article ? ctx.ui.cite(r.term.article) : '',
          ),
          undefined,
          'warning',
        );
    }
  },
  fixes(ctx) {
    const r = restrictionAt(ctx);
    return r ? [removeRestrictionFix(ctx, r, 'Remove this restriction (the notice states the right in full)')] : [];
  },
};
