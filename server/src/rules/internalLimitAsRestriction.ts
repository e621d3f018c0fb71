// Rule `internal-limit-as-restriction` (information): a restriction whose `law` cites, of the GDPR, only a condition
// the GDPR writes into the right itself (Art 15(4), 17(3), 18(2), 20(1), 20(3)–(4), 21(1), 21(6)). That condition is
// part of the right, and the notice states it in the right's own sentence; a restriction is what a Union or Member
// State law makes under Art 23(1) (docs/language.md, "rights"). A national law named beside the citation does not
// make it one: it is what the condition refers to, such as the legal obligation of Art 17(3)(b)
// (docs/rules/internal-limit-as-restriction.md).
import { rightRestrictions } from '../core/rights';
import { citedProvisions, removeRestrictionFix, restrictionAt } from './restrictionFixes';
import { excerpt, type Rule } from '../core/rule';
import type { Law } from '../laws';

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
      const namesLaw = namesAnotherLaw(ctx.law, r.law.value);
      const right = `${r.term.label.toLowerCase()} (${r.term.article})`;
      ctx.report(
        r.right.span,
        namesLaw
          ? `'${excerpt(r.law.value)}' cites, of the GDPR, only a condition it writes into the ${right} itself; ` +
              `the law named beside it is what that condition refers to (such as the legal obligation of ` +
              `Art 17(3)(b) that requires keeping the data), not a restriction of the right. A restriction is one ` +
              `that a Union or Member State law makes under Art 23(1), with what Art 23(2) requires of it; keep ` +
              `'restrictions' for those, and name a law that requires processing where that processing is ` +
              `described (the purpose's 'law' and 'retention').`
          : `'${excerpt(r.law.value)}' is a condition the GDPR writes into the ${right} itself, not a restriction ` +
              `of it: the notice states it in that right's own sentence. A restriction is one that a Union or ` +
              `Member State law makes (Art 23(1)); keep 'restrictions' for those.`,
      );
    }
  },
  fixes(ctx) {
    const r = restrictionAt(ctx);
    if (!r) return [];
    const namesLaw = !!r.law && namesAnotherLaw(ctx.law, r.law.value);
    return [
      removeRestrictionFix(
        ctx,
        r,
        namesLaw
          ? "Remove it: the right's sentence already states the condition (name the law in the purpose's 'law')"
          : "Remove it: the right's sentence already states the condition",
      ),
    ];
  },
};

/** Whether `law` names another law beside its GDPR citations ("… and the Belgian Code of Economic Law"). */
function namesAnotherLaw(law: Law, value: string): boolean {
  let rest = value;
  for (const c of law.text.findCitations(rest).reverse()) rest = rest.slice(0, c.span.start) + rest.slice(c.span.end);
  return /\p{L}/u.test(
    rest
      .replace(FILLER, '')
      .replace(/[^\p{L}]+/gu, ' ')
      .trim(),
  );
}
