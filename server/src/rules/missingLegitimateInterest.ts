// Rule `missing-legitimate-interest` (Art 13(1)(d)): a purpose on legitimate interests names the interest.
import { entryOf, isBlank } from '../parser/policyModel';
import { placeholderFor } from '../core/placeholders';
import { holdsSyntaxError, type Rule } from '../core/rule';

export const missingLegitimateInterest: Rule = {
  id: 'missing-legitimate-interest',
  severity: 'error',
  provisions: 'Art 13(1)(d)',
  description: '`legitimate-interests` without `legitimate_interest`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      const basis = p.bases.find((b) => b.value === 'legitimate-interests');
      if (!basis || !isBlank(entryOf(p.map, 'legitimate_interest')?.value) || holdsSyntaxError(ctx.model, p.map))
        continue;
      ctx.report(
        basis.span,
        ctx.t(
          "Purpose '{0}' relies on legitimate interests but does not say which interest. Art 13(1)(d) requires " +
            "the specific legitimate interest pursued: add 'legitimate_interest'.",
          p.name,
        ),
        {
          kind: 'insert',
          key: 'legitimate_interest',
          value: placeholderFor(ctx.model, 'legitimate_interest'),
          mapStart: p.map?.span.start ?? 0,
        },
      );
    }
  },
};
