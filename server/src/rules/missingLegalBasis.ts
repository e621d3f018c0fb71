// Rule `missing-legal-basis` (Art 13(1)(c), 6(1)): each purpose names its legal basis.
import { LEGAL_BASES } from '../vocabulary/terms';
import { insertChoices } from './fixBuilders';
import { relayMissing, type Rule } from '../core/rule';
import { basisName, purposeName } from './ruleMessages';

export const missingLegalBasis: Rule = {
  id: 'missing-legal-basis',
  severity: 'error',
  provisions: 'Art 13(1)(c), 6(1)',
  description: 'A purpose without `basis`.',
  check: (ctx) =>
    relayMissing(ctx, 'missing-legal-basis', (m) =>
      ctx.t(
        '{0} has no legal basis. Art 13(1)(c) requires the legal basis of each purpose, one of those in Art 6(1).',
        purposeName(ctx, m.map),
      ),
    ),
  fixes: (ctx) =>
    insertChoices(
      ctx,
      // The basis is the author's legal call: one choice per basis of Art 6(1), none preferred.
      LEGAL_BASES.map((b) => ({
        value: b.id,
        title: ctx.t("I rely on {0}: 'basis: {1}'", basisName(b.id, ctx.ui), b.id),
      })),
    ),
};
