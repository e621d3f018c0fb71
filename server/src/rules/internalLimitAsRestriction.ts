// Rule `internal-limit-as-restriction` (information): a restriction whose `law` names only a condition the GDPR writes
// into the right itself (Art 15(4), 17(3), 18(2), 20(1), 20(3)–(4), 21(1), 21(6)). That condition is part of the
// right, and the notice states it in the right's own sentence; a restriction is what a Union or Member State law
// makes (Art 23(1)) (docs/language.md, "rights").
import { rightRestrictions } from '../core/rights';
import { citedProvisions, removeRestrictionFix, restrictionAt } from './restrictionFixes';
import { excerpt, type Rule } from '../core/rule';

/** What may stand beside a citation in `law` without naming another law: the regulation's names, link words. */
const FILLER =
  /\b(?:gdpr|general data protection regulation|rgpd|avg|dsgvo|ds-gvo|regulation|of|the|and|or|du|de|la|le|et|ou|van|de|het|en|of|der|die|das|und|oder|des|point|points|letter|lit|sub|onder|paragraph|para|par|abs|lid|alinéa|first|second|subparagraph|sentence|satz|uabs)\b/giu;

export const internalLimitAsRestriction: Rule = {
  id: 'internal-limit-as-restriction',
  severity: 'information',
  provisions: 'Art 15(4), 17(3), 18(2), 20(1), 20(3)–(4), 21(1), 21(6)',
  description: 'A restriction whose `law` names only a condition the GDPR writes into the right itself.',
  check(ctx) {
    // A law that does not say what limits its rights (the UK GDPR and the FADP so far) is not checked.
    if (!ctx.law.rightLimits) return;
    const { internal } = ctx.law.rightLimits;
    for (const r of rightRestrictions(ctx.model)) {
      if (!r.term || !r.law) continue;
      const own = internal.get(r.term.id);
      if (!own) continue;
      const provisions = citedProvisions(ctx.law, r);
      if (provisions.length === 0) continue;
      const ownOnly = provisions.every((p) => own.some((o) => o.article === p.number && o.paragraph === p.paragraph));
      if (!ownOnly) continue;
      // Only the citations: any other words may name a national law beside them ("and the accounting law").
      let rest = r.law.value;
      for (const c of ctx.law.text.findCitations(rest).reverse())
        rest = rest.slice(0, c.span.start) + rest.slice(c.span.end);
      if (
        /\p{L}/u.test(
          rest
            .replace(FILLER, '')
            .replace(/[^\p{L}]+/gu, ' ')
            .trim(),
        )
      )
        continue;
      ctx.report(
        r.right.span,
        `'${excerpt(r.law.value)}' is a condition the GDPR writes into the ${r.term.label.toLowerCase()} ` +
          `(${r.term.article}) itself, not a restriction of it: the notice states it in that right's own sentence. ` +
          `A restriction is one that a Union or Member State law makes (Art 23(1)); keep 'restrictions' for those.`,
      );
    }
  },
  fixes(ctx) {
    const r = restrictionAt(ctx);
    return r ? [removeRestrictionFix(ctx, r, "Remove it: the right's sentence already states the condition")] : [];
  },
};
