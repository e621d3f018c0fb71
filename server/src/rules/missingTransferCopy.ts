// Rule `missing-transfer-copy` (Art 13(1)(f)): how to obtain a copy of an Art 46 or 47 safeguard.
import type { Rule } from '../core/rule';

export const missingTransferCopy: Rule = {
  id: 'missing-transfer-copy',
  severity: 'warning',
  provisions: 'Art 13(1)(f)',
  description:
    'An Art 46 or Art 47 safeguard (`scc`, `bcr`, `legally-binding-instrument`, `code-of-conduct`, `certification`, ' +
    '`ad-hoc-clauses`) without `copy`.',
  check(ctx) {
    for (const t of ctx.model.transfers) {
      if (!t.mechanism || !ctx.law.mechanismsNeedingCopy.has(t.mechanism.value) || t.copy) continue;
      ctx.report(
        t.mechanism.span,
        `This transfer relies on '${t.mechanism.value}' but does not say how to obtain a copy of the safeguard. ` +
          `Art 13(1)(f) requires the means to obtain a copy or where it is made available: add 'copy'.`,
        {
          kind: 'insert',
          key: 'copy',
          value: 'Ask us for a copy at the contact address above',
          mapStart: t.map.span.start,
        },
      );
    }
  },
};
