// Rule `missing-law-reference` (Art 6(3), 10): the law behind a legal obligation, a public task or criminal data.
import { entryOf, isBlank } from '../parser/policyModel';
import { placeholderFor } from '../core/placeholders';
import { holdsSyntaxError, type Rule } from '../core/rule';
import { recognisedInterestWithoutCondition } from './recognisedInterests';

export const missingLawReference: Rule = {
  id: 'missing-law-reference',
  severity: 'information',
  provisions: 'Art 6(3), 10',
  description: '`legal-obligation`/`public-task` basis, or criminal data, without `law`.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      if (!isBlank(entryOf(p.map, 'law')?.value) || holdsSyntaxError(ctx.model, p.map)) continue;
      const basis = p.bases.find((b) => b.value === 'legal-obligation' || b.value === 'public-task');
      const criminal = p.data.some((ref) => ctx.model.data.find((d) => d.id === ref.value)?.criminal);
      if (!basis && !criminal) continue;
      const why = basis
        ? basis.value === 'legal-obligation'
          ? ctx.t('relies on a legal obligation; Art 6(3) requires that basis to be laid down by law')
          : ctx.t('relies on a public task; Art 6(3) requires that basis to be laid down by law')
        : ctx.t(
            'uses data about criminal convictions or offences, which Art 10 allows only under official authority ' +
              'or where the law authorises it',
          );
      ctx.report(
        basis ? basis.span : p.keySpan,
        ctx.t("Purpose '{0}' {1}. Name the law in 'law' so readers can check it.", p.name, why),
        { kind: 'insert', key: 'law', value: placeholderFor(ctx.model, 'law'), mapStart: p.map?.span.start ?? 0 },
      );
    }
    for (const f of recognisedInterestWithoutCondition(ctx))
      ctx.report(f.span, f.message, {
        kind: 'insert',
        key: 'law',
        value: placeholderFor(ctx.model, 'law'),
        mapStart: f.mapStart,
      });
  },
};
