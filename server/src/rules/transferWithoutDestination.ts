// Rule `transfer-without-destination` (Art 13(1)(f)): a transfer says where the data goes.
import { uncoveredRecipients } from '../core/transfers';
import { entryOf, indexOf, isBlank } from '../parser/policyModel';
import { insertIntoMap } from './fixBuilders';
import type { Rule } from '../core/rule';

export const transferWithoutDestination: Rule = {
  id: 'transfer-without-destination',
  severity: 'warning',
  provisions: 'Art 13(1)(f)',
  description: 'A transfer with no `recipients`, `countries` or `organisations`.',
  check(ctx) {
    for (const t of ctx.model.transfers) {
      if (['recipients', 'countries', 'organisations'].some((key) => !isBlank(entryOf(t.map, key)?.value))) continue;
      // Point at the first key of the transfer (its "- " line), not the whole item.
      const anchor = t.map.entries[0]?.keySpan ?? t.map.span;
      ctx.report(
        anchor,
        ctx.t(
          'This transfer does not say where the data goes. Art 13(1)(f) requires informing people of the intention ' +
            'to transfer data to a third country or international organisation, which readers can only weigh ' +
            "if it is named: add 'countries' (or 'recipients', or 'organisations').",
        ),
        { kind: 'none' },
      );
    }
  },
  fixes(ctx) {
    // Only what the policy itself tells: its recipients outside the EEA that no transfer covers yet. Guessing a
    // country would put a legal statement in the author's mouth.
    const transfer = indexOf(ctx.model, 'transferByAnchor', () =>
      ctx.model.transfers.map((t) => [(t.map.entries[0]?.keySpan ?? t.map.span).start, t] as const),
    ).get(ctx.span.start);
    if (!transfer) return [];
    const uncovered = uncoveredRecipients(ctx.model, ctx.law);
    if (!uncovered.length) return [];
    const ids = uncovered.map((r) => r.id).join(', ');
    const edit = insertIntoMap(ctx.text, transfer.map, 'recipients', `[${ids}]`);
    return edit
      ? [
          {
            title: ctx.t(
              "This transfer covers {0}: add 'recipients: [{0}]' (the recipients outside {1} that no transfer covers)",
              ids,
              ctx.ui.say(ctx.law.territory.name),
            ),
            edits: [edit],
          },
        ]
      : [];
  },
};
