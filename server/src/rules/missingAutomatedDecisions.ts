// Rule `missing-automated-decisions` (Art 13(2)(f)): whether decisions based solely on automated processing,
// including profiling, with legal or similarly significant effects (Art 22(1), (4)) take place.
import { insertChoices } from './fixBuilders';
import { relayMissing, type Rule } from '../core/rule';

export const missingAutomatedDecisions: Rule = {
  id: 'missing-automated-decisions',
  severity: 'warning',
  provisions: 'Art 13(2)(f)',
  description: 'No `automated_decisions` section.',
  check: (ctx) =>
    relayMissing(
      ctx,
      'missing-automated-decisions',
      () =>
        'The policy does not say whether decisions based solely on automated processing, including profiling, ' +
        'with legal or similarly significant effects (Art 22(1), (4)) take place. Art 13(2)(f) requires it: ' +
        "add 'automated_decisions: none' or describe them.",
    ),
  // A statement only the author can make: never preferred.
  fixes: (ctx) =>
    insertChoices(ctx, [
      {
        value: 'none',
        title:
          'We make no decision based solely on automated processing that has legal or similarly significant ' +
          "effects (Art 22(1)): 'automated_decisions: none'",
      },
    ]),
};
