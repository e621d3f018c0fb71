// Rule `missing-retention` (Art 13(2)(a)): each purpose says how long its data is kept.
import { insertChoices } from './fixBuilders';
import { relayMissing, type Rule } from '../core/rule';
import { purposeName } from './ruleMessages';

export const missingRetention: Rule = {
  id: 'missing-retention',
  severity: 'error',
  provisions: 'Art 13(2)(a)',
  description: 'A purpose without `retention`.',
  check: (ctx) =>
    relayMissing(
      ctx,
      'missing-retention',
      (m) =>
        `${purposeName(ctx, m.map)} does not say how long the data is kept. Art 13(2)(a) requires the retention ` +
        `period, or the criteria used to set it.`,
    ),
  fixes: (ctx) =>
    insertChoices(ctx, [
      { value: '12 months', title: "Add a retention period ('12 months')" },
      {
        value: ['until: the end of the contract', 'then: 1 year'],
        title: 'Add retention until an event (until … then …)',
      },
    ]),
};
