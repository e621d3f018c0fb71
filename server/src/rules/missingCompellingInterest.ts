// Rule `missing-compelling-interest` (Art 49(1), second subparagraph): a transfer on compelling legitimate interests
// says which; the controller must inform the data subject of the transfer and of the compelling legitimate interests
// pursued, besides the information of Art 13 and 14.
import { placeholderFor } from '../core/placeholders';
import { mechanismsUnder } from '../core/transfers';
import { indexOf } from '../parser/policyModel';
import { insertKeys } from './fixBuilders';
import type { Rule } from '../core/rule';

export const missingCompellingInterest: Rule = {
  id: 'missing-compelling-interest',
  severity: 'error',
  provisions: 'Art 49(1)',
  description: '`derogation-compelling-interests` without `compelling_interest`.',
  check(ctx) {
    for (const t of ctx.model.transfers) {
      if (t.compellingInterest?.value.trim()) continue;
      const m = mechanismsUnder(t, ctx.law).find((x) => x.value === 'derogation-compelling-interests');
      if (!m) continue;
      ctx.report(
        m.span,
        ctx.t(
          'This transfer rests on compelling legitimate interests but does not say which. The second subparagraph ' +
            'of Art 49(1) requires the controller to inform the data subject of the transfer and of the compelling ' +
            "legitimate interests pursued: add 'compelling_interest'.",
        ),
        { kind: 'insert', key: 'compelling_interest', value: '', mapStart: t.map.span.start },
      );
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const transfer = indexOf(ctx.model, 'transferAt', () =>
      ctx.model.transfers.map((t) => [t.map.span.start, t] as const),
    ).get(ctx.data.mapStart);
    const edit =
      transfer &&
      insertKeys(ctx.text, transfer.map, [['compelling_interest', placeholderFor(ctx.model, 'compelling_interest')]]);
    return edit ? [{ title: ctx.t("Add 'compelling_interest' with a placeholder to fill in"), edits: [edit] }] : [];
  },
};
