// Rule `direct-marketing-basis` (Art 6(1), 21(2)): direct marketing rests on consent or legitimate interests.
import { findTerm } from '../vocabulary/terms';
import { entryOf, type BasisItem, type Purpose } from '../parser/policyModel';
import { removeListItem, replaceWith } from './fixBuilders';
import type { FixContext, QuickFix, Rule } from '../core/rule';
import { basisName } from './ruleMessages';

/** Bases that can carry direct marketing: consent, or legitimate interests (Recital 47), against which Art 21(2) applies. */
const MARKETING_BASES = ['consent', 'legitimate-interests'];

export const directMarketingBasis: Rule = {
  id: 'direct-marketing-basis',
  severity: 'warning',
  provisions: 'Art 6(1), 21(2)',
  description: '`direct_marketing: true` on a basis other than `consent` or `legitimate-interests`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      if (!p.directMarketing) continue;
      for (const item of p.basisItems) {
        if (MARKETING_BASES.includes(item.basis.value) || !findTerm('basis', item.basis.value)) continue;
        ctx.report(
          item.basis.span,
          ctx.t(
            "Purpose '{0}' is direct marketing but rests on {1}. Direct marketing rests on consent (Art 6(1)(a); " +
              'electronic marketing usually requires it under the ePrivacy rules) or on legitimate interests (Art ' +
              '6(1)(f), Recital 47), and people can always object to it (Art 21(2)): it is not necessary for a ' +
              'contract, a legal obligation, vital interests or a public task.',
            p.name,
            basisName(item.basis.value, ctx.ui),
          ),
        );
      }
    }
  },
  fixes(ctx) {
    const found = purposeItemAt(ctx);
    if (!found) return [];
    const { purpose, item } = found;
    return MARKETING_BASES.map((basis): QuickFix => {
      const title = ctx.t("I rely on {0} for the direct marketing: 'basis: {1}'", basisName(basis, ctx.ui), basis);
      const list = entryOf(purpose.map, 'basis')?.value;
      // Already in the list: drop the unsuitable item rather than repeat the basis.
      if (purpose.basisItems.some((i) => i.basis.value === basis) && list?.kind === 'seq')
        return { title, edits: [removeListItem(ctx.text, list, item.node.span)] };
      return replaceWith(item.basis.span, basis, title);
    });
  },
};

function purposeItemAt(ctx: FixContext): { purpose: Purpose; item: BasisItem } | undefined {
  for (const purpose of ctx.model.purposes) {
    const item = purpose.basisItems.find((i) => i.basis.span.start === ctx.span.start);
    if (item) return { purpose, item };
  }
  return undefined;
}
