// Rule `invalid-response-time` (Art 12(3)): requests are answered within one month.
import { parseDuration, longestDays } from '../vocabulary/duration';
import { entryOf, mapOf, strOf } from '../parser/policyModel';
import { replaceWith } from './fixBuilders';
import type { Rule } from '../core/rule';

export const invalidResponseTime: Rule = {
  id: 'invalid-response-time',
  severity: 'error',
  provisions: 'Art 12(3)',
  description: '`rights.response_time` longer than one month.',
  check(ctx) {
    const value = strOf(entryOf(mapOf(entryOf(ctx.model.root, 'rights')?.value), 'response_time')?.value);
    const duration = value && parseDuration(value.value);
    // A calendar month has at most 31 days: anything longer exceeds one month whatever the date of the request.
    if (!value || !duration || longestDays(duration) <= 31) return;
    ctx.report(
      value.span,
      `'${value.value}' is longer than the law allows. Art 12(3) requires answering requests without undue ` +
        `delay and at the latest within one month of receipt; the notice already says that this period can ` +
        `be extended by two further months where necessary: set '1 month'.`,
    );
  },
  fixes: (ctx) => [replaceWith(ctx.span, '1 month', "Set '1 month' (Art 12(3))", { isPreferred: true })],
};
