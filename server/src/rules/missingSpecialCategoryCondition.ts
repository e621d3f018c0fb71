// Rule `missing-special-category-condition` (Art 9(2)): a purpose using special-category data names its condition.
import { termName } from './ruleMessages';
import { findTerm, SPECIAL_CONDITIONS } from '../vocabulary/terms';
import { insertField } from './fixBuilders';
import { holdsSyntaxError, type Rule } from '../core/rule';

export const missingSpecialCategoryCondition: Rule = {
  id: 'missing-special-category-condition',
  severity: 'error',
  provisions: 'Art 9(2)',
  description: 'A purpose using special-category data without `special_basis`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      if (p.specialBases.length > 0 || holdsSyntaxError(ctx.model, p.map)) continue;
      const special = p.data
        .map((ref) => ctx.model.data.find((d) => d.id === ref.value))
        .filter((d) => d?.special && findTerm('special', d.special.value));
      if (special.length === 0) continue;
      const names = special.map((d) => `'${d!.name}'`).join(', ');
      ctx.report(
        p.keySpan,
        ctx.t(
          "Purpose '{0}' uses special-category data ({1}). Art 9(1) prohibits this unless a condition of Art " +
            "9(2) applies: add 'special_basis'.",
          p.name,
          names,
        ),
        { kind: 'insert', key: 'special_basis', value: '', mapStart: p.map?.span.start ?? 0 },
      );
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const { mapStart } = ctx.data;
    return SPECIAL_CONDITIONS.flatMap((c) => {
      const edit = insertField(ctx.text, ctx.model.tree.root, mapStart, 'special_basis', c.id);
      return edit
        ? [
            {
              title: ctx.t("I rely on {0}: 'special_basis: {1}'", termName(ctx.ui, 'special_basis', c.id), c.id),
              edits: [edit],
            },
          ]
        : [];
    });
  },
};
