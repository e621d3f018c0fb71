// Rule `missing-source` (Art 14(2)(f)): where indirectly collected data comes from.
import { placeholderFor } from '../core/placeholders';
import { insertChoices } from './fixBuilders';
import type { Rule } from '../core/rule';

export const missingSource: Rule = {
  id: 'missing-source',
  severity: 'error',
  provisions: 'Art 14(2)(f)',
  description: 'Indirectly collected data without `source`.',
  check(ctx) {
    if (ctx.model.collection === 'direct') return;
    for (const d of ctx.model.data) {
      if (!d.map || d.source) continue;
      ctx.report(
        d.keySpan,
        ctx.t(
          "Data category '{0}' does not say where the data comes from. Because the policy collects data from " +
            "other sources ('collection: {1}'), Art 14(2)(f) requires the source from which the personal data " +
            "originate, and if applicable whether it came from publicly accessible sources: add 'source'.",
          d.name,
          ctx.model.collection,
        ),
        { kind: 'insert', key: 'source', value: '', mapStart: d.map?.span.start ?? 0 },
      );
    }
  },
  // Where the data comes from only the author knows: a placeholder, and (when some data is collected from the person)
  // the person as a choice the author states — never a preferred default.
  fixes: (ctx) =>
    insertChoices(ctx, [
      {
        value: placeholderFor(ctx.model, 'source'),
        title: ctx.t("Add 'source' with a placeholder: where the data comes from"),
      },
      ...(ctx.model.collection === 'both'
        ? [
            { value: 'data-subject', title: ctx.t("The person provides this data themselves: 'source: data-subject'") },
            {
              value: 'automatic',
              title: ctx.t("This data is collected automatically from the person's device or use: 'source: automatic'"),
            },
          ]
        : []),
    ]),
};
