// Rule `missing-retention` (Art 13(2)(a)): each purpose says how long its data is kept, or the notice-wide
// `retention` says it once for every purpose that has none of its own (docs/language.md, "Retention").
import { placeholderFor } from '../core/placeholders';
import { entryOf, isBlank } from '../parser/policyModel';
import { insertChoices } from './fixBuilders';
import { relayMissing, type Rule } from '../core/rule';
import { purposeName } from './ruleMessages';

export const missingRetention: Rule = {
  id: 'missing-retention',
  severity: 'error',
  provisions: 'Art 13(2)(a)',
  description: 'A purpose without `retention`, and no notice-wide `retention`.',
  check(ctx) {
    const noticeWide = !isBlank(entryOf(ctx.model.root, 'retention')?.value);
    relayMissing(
      ctx,
      'missing-retention',
      (m) =>
        ctx.t(
          '{0} does not say how long the data is kept. Art 13(2)(a) requires the retention period, or the criteria ' +
            'used to determine it.',
          purposeName(ctx, m.map),
        ),
      // The notice-wide period applies to a purpose that has none of its own (an empty `retention:` still says none).
      (m) => !noticeWide || entryOf(m.map, 'retention') !== undefined,
    );
  },
  // Which period or event applies only the author knows: both forms with placeholders, neither preferred.
  fixes: (ctx) =>
    insertChoices(ctx, [
      {
        value: placeholderFor(ctx.model, 'period'),
        title: ctx.t('Add a retention period with a placeholder to fill in'),
      },
      {
        value: [`until: ${placeholderFor(ctx.model, 'until')}`],
        title: ctx.t('Add a retention until an event (until …) with a placeholder to fill in'),
      },
    ]),
};
