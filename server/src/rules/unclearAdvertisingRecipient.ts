// Rule `unclear-advertising-recipient` (Art 5(1)(a), information): the notice promises `no-sharing-for-advertising`
// and an `advertising` recipient does not say its role, so the checker cannot tell whether it advertises for itself.
import { roleFixes } from './missingRecipientRole';
import { entryOf, indexOf, isBlank } from '../parser/policyModel';
import type { Rule } from '../core/rule';

export const unclearAdvertisingRecipient: Rule = {
  id: 'unclear-advertising-recipient',
  severity: 'information',
  provisions: 'Art 5(1)(a)',
  description: '`no-sharing-for-advertising` promised and an `advertising` recipient without `type`.',
  check(ctx) {
    if (!ctx.model.promises.some((p) => p.value === 'no-sharing-for-advertising')) return;
    for (const r of ctx.model.recipients) {
      if (r.category?.value !== 'advertising' || !isBlank(entryOf(r.map, 'type')?.value) || r.ownCollection) continue;
      ctx.report(
        r.category.span,
        ctx.t(
          "The notice promises 'no-sharing-for-advertising', and recipient '{0}' is an advertising recipient " +
            'that does not say its role. Check: is it advertising for itself (a controller), which would break ' +
            "the promise (Art 5(1)(a)), or only on our behalf (a processor)? Say so in 'type'.",
          r.name,
        ),
      );
    }
  },
  // The same choices as for any recipient without a role, none preferred.
  fixes(ctx) {
    const recipient = indexOf(ctx.model, 'recipientByCategory', () =>
      ctx.model.recipients.flatMap((r) => (r.category ? [[r.category.span.start, r] as const] : [])),
    ).get(ctx.span.start);
    return recipient ? roleFixes(ctx, recipient) : [];
  },
};
