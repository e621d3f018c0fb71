// Rule `missing-transfer-copy` (Art 13(1)(f)): for a transfer on appropriate safeguards (Art 46–47) or on compelling
// legitimate interests (Art 49(1), second subparagraph), the notice says how to obtain a copy of the safeguards or
// where they are made available.
import { placeholderFor } from '../core/placeholders';
import { mechanismsUnder } from '../core/transfers';
import { indexOf } from '../parser/policyModel';
import { insertKeys } from './fixBuilders';
import type { Rule } from '../core/rule';

export const missingTransferCopy: Rule = {
  id: 'missing-transfer-copy',
  severity: 'error',
  provisions: 'Art 13(1)(f)',
  description:
    'A safeguard of Art 46 or 47 (`scc`, `bcr`, `legally-binding-instrument`, `code-of-conduct`, `certification`, ' +
    '`ad-hoc-clauses`), or `derogation-compelling-interests`, without `copy`.',
  check(ctx) {
    for (const t of ctx.model.transfers) {
      if (t.copy?.value.trim()) continue;
      const m = mechanismsUnder(t, ctx.law).find((x) => ctx.law.mechanismsNeedingCopy.has(x.value));
      if (!m) continue;
      ctx.report(
        m.span,
        ctx.t(
          "This transfer rests on '{0}' but does not say how readers can obtain a copy of the safeguards or " +
            'where they are made available. Art 13(1)(f) requires that for transfers under Art 46 or 47 or the ' +
            "second subparagraph of Art 49(1): add 'copy'.",
          m.written,
        ),
        { kind: 'insert', key: 'copy', value: '', mapStart: t.map.span.start },
      );
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const transfer = indexOf(ctx.model, 'transferAt', () =>
      ctx.model.transfers.map((t) => [t.map.span.start, t] as const),
    ).get(ctx.data.mapStart);
    const edit = transfer && insertKeys(ctx.text, transfer.map, [['copy', placeholderFor(ctx.model, 'copy')]]);
    return edit
      ? [
          {
            title: ctx.t("Add 'copy' with a placeholder: where readers can get a copy of the safeguards"),
            edits: [edit],
          },
        ]
      : [];
  },
};
