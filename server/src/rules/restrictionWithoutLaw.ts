// Rule `restriction-without-law` (Art 13(2)(b), 23(1)–(2)): a restriction of a right names the law that makes it
// (docs/language.md, "rights"). It replaces v1.1's `excluded-right-without-reason`.
import { termName } from './ruleMessages';
import { applicableRights, rightRestrictions } from '../core/rights';
import { noticePlaceholder } from '../core/placeholders';
import { entryOf, isBlank, mapOf } from '../parser/policyModel';
import { restrictionAt } from './restrictionFixes';
import { insertIntoMap, insertKeys, replaceWith, yamlScalar } from './fixBuilders';
import type { QuickFix, Rule } from '../core/rule';

export const restrictionWithoutLaw: Rule = {
  id: 'restriction-without-law',
  severity: 'error',
  provisions: 'Art 13(2)(b), 23(1)–(2)',
  description:
    'A restriction of a right (`rights.restrictions`, or the retired `exclude`) without the `law` that makes it.',
  check(ctx) {
    const applying = new Set(applicableRights(ctx.model, ctx.law).map((a) => a.right.id));
    for (const r of rightRestrictions(ctx.model)) {
      if (r.law) continue;
      // v1.1's `exclude` of a right that does not apply here restricts nothing.
      if (r.excluded && (!r.term || !applying.has(r.term.id))) continue;
      const right = r.term ? ctx.t('the {0}', termName(ctx.ui, 'right', r.term.id)) : `'${r.right.value}'`;
      ctx.report(
        r.right.span,
        ctx.t(
          'The restriction of {0} names no law. Only a Union or Member State law can restrict a right, in a ' +
            'measure that says which processing and cases it concerns and with what safeguards (Art 23(1)–(2); ' +
            'so too the derogations of Art 85(2) and 89(2)–(3)), or the GDPR itself in Art 11(2). Readers are ' +
            "told of their rights (Art 13(2)(b)) and of what limits them: name the law and article in 'law'.",
          right,
        ),
      );
    }
  },
  fixes(ctx) {
    const r = restrictionAt(ctx);
    if (!r) return [];
    const law = noticePlaceholder(ctx.model, 'restriction-law');
    const fixes: QuickFix[] = [];
    if (r.bare) {
      fixes.push(
        replaceWith(
          r.item.span,
          `{ right: ${yamlScalar(r.right.value)}, law: ${law} }`,
          ctx.t('Write it as { right, law } with a placeholder for the restricting law'),
        ),
      );
    } else {
      const map = mapOf(r.item);
      const existing = entryOf(map, 'law');
      const edit =
        map &&
        (existing
          ? isBlank(existing.value)
            ? insertIntoMap(ctx.text, map, 'law', law)
            : undefined
          : insertKeys(ctx.text, map, [['law', law]]));
      if (edit)
        fixes.push({
          title: ctx.t("Add 'law' with a placeholder: the law and article that restrict this right"),
          edits: [edit],
        });
    }
    return fixes;
  },
};
