// Rule `non-excludable-right` (Art 12(2), 13(2)(b)–(d), 77): rights that can never be left out of the notice.
import { rightExclusions } from '../core/rights';
import { exclusionAt, removeFix } from './exclusionFixes';
import type { Rule } from '../core/rule';

/** Why each right can never be left out: the provision that requires telling people about it. */
const NEVER_EXCLUDED_BECAUSE: Record<string, string> = {
  access: 'Art 13(2)(b) and 15',
  rectification: 'Art 13(2)(b) and 16',
  restriction: 'Art 13(2)(b) and 18',
  complaint: 'Art 13(2)(d) and 77',
  'withdraw-consent': 'Art 13(2)(c) and 7(3)',
};

export const nonExcludableRight: Rule = {
  id: 'non-excludable-right',
  severity: 'error',
  provisions: 'Art 12(2), 13(2)(b)–(d), 77',
  description: '`rights.exclude` names access, rectification, restriction, complaint or withdraw-consent.',
  check(ctx) {
    for (const e of rightExclusions(ctx.model)) {
      if (!e.term || !ctx.law.rightsNeverExcluded.has(e.term.id)) continue;
      ctx.report(
        e.right.span,
        `The ${e.term.label.toLowerCase()} (${e.term.article}) cannot be left out of the notice: ${NEVER_EXCLUDED_BECAUSE[e.term.id]} ` +
          `require informing people of it, and Art 12(2) requires facilitating its exercise. A law restricting ` +
          `it under Art 23 applies to particular requests, not to the notice: remove it from 'exclude'${e.law ? " and describe the restriction in 'notes'" : ''}.`,
      );
    }
  },
  fixes(ctx) {
    const e = exclusionAt(ctx);
    return e ? [removeFix(ctx, e, true)] : [];
  },
};
