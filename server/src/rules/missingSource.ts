// Rule `missing-source` (Art 14(2)(f)): where indirectly collected data comes from.
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
        `Data category '${d.name}' does not say where the data comes from. Because the policy collects data ` +
          `from other sources ('collection: ${ctx.model.collection}'), Art 14(2)(f) requires the source: add ` +
          `'source'.`,
        {
          kind: 'insert',
          key: 'source',
          value: ctx.model.collection === 'indirect' ? 'Name where the data comes from' : 'data-subject',
          mapStart: d.map?.span.start ?? 0,
        },
      );
    }
  },
};
