// Rule `invalid-response-time` (Art 12(3)): requests are answered without undue delay and at the latest within one
// month of receipt. A period in days or weeks longer than 31 days is longer than any month (an error); one of 29 to
// 31 days can be longer than a month that starts in February (a warning): a period expressed in months ends on the
// same date of the following month, or on its last day where that date does not exist (Regulation (EEC, Euratom)
// No 1182/71, Art 3(2)(c)).
import { parseDuration } from '../vocabulary/duration';
import { entryOf, mapOf, strOf } from '../parser/policyModel';
import { replaceWith } from './fixBuilders';
import { ruleCitation, type Rule } from '../core/rule';

/** How a period compares with one month: shorter whatever the month, possibly longer, or always longer. */
function againstOneMonth(text: string): 'within' | 'maybe-longer' | 'longer' | undefined {
  const duration = parseDuration(text);
  if (!duration) return undefined;
  let months = 0;
  let days = 0;
  for (const { amount, unit } of duration.parts) {
    if (unit === 'year') months += amount * 12;
    else if (unit === 'month') months += amount;
    else if (unit === 'week') days += amount * 7;
    else if (unit === 'day') days += amount;
    else if (unit === 'hour') days += amount / 24;
    else days += amount / 1440;
  }
  if (months > 1 || (months === 1 && days > 0)) return 'longer';
  if (months === 1) return 'within';
  if (days > 31) return 'longer';
  return days > 28 ? 'maybe-longer' : 'within';
}

export const invalidResponseTime: Rule = {
  id: 'invalid-response-time',
  severity: 'error',
  provisions: 'Art 12(3)',
  description: '`rights.response_time` longer than one month (a warning for 29 to 31 days).',
  check(ctx) {
    if (!ruleCitation(invalidResponseTime, ctx.law)) return; // a law without the one-month limit
    const value = strOf(entryOf(mapOf(entryOf(ctx.model.root, 'rights')?.value), 'response_time')?.value);
    if (!value) return;
    const verdict = againstOneMonth(value.value);
    if (verdict === 'longer')
      ctx.report(
        value.span,
        ctx.t(
          "'{0}' is longer than the law allows. Art 12(3) requires answering requests without undue delay and " +
            'at the latest within one month of receipt; the notice already says that this period can be extended ' +
            "by two further months where necessary: write '1 month' or less.",
          value.value,
        ),
      );
    else if (verdict === 'maybe-longer')
      ctx.report(
        value.span,
        ctx.t(
          "'{0}' can be longer than the one month Art 12(3) allows: a period expressed in months ends on the " +
            'same date of the following month (Regulation (EEC, Euratom) No 1182/71, Art 3(2)(c)), so a request ' +
            "received on 1 February must be answered by 1 March, 28 days later (29 in a leap year). Write '1 " +
            "month', or at most 28 days.",
          value.value,
        ),
        undefined,
        'warning',
      );
  },
  // A commitment only the author can make: never preferred (docs/language.md, "Placeholders").
  fixes: (ctx) => [
    replaceWith(ctx.span, '1 month', ctx.t("We answer within one month (Art 12(3)): 'response_time: 1 month'")),
  ],
};
