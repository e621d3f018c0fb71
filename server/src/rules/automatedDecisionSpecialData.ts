// Rule `automated-decision-special-data` (Art 22(4)): a decision based solely on automated processing may rest on
// special categories of data only with explicit consent (Art 9(2)(a)) or for reasons of substantial public interest
// (Art 9(2)(g)), with suitable safeguards. An automated decision is linked to its purpose by the purpose's id or
// title in the decision's `purpose`.
import { automatedDecisions } from '../core/decisions';
import type { Rule } from '../core/rule';

const ALLOWED = ['explicit-consent', 'substantial-public-interest'];

export const automatedDecisionSpecialData: Rule = {
  id: 'automated-decision-special-data',
  severity: 'error',
  provisions: 'Art 22(4)',
  description:
    'An automated decision whose purpose uses special-category data without explicit consent or substantial ' +
    'public interest among its Art 9(2) conditions.',
  check(ctx) {
    for (const d of automatedDecisions(ctx.model)) {
      const purpose = d.purpose;
      if (!purpose) continue;
      const special = purpose.data
        .map((ref) => ctx.model.data.find((x) => x.id === ref.value))
        .filter((x) => x && x.specials.length > 0);
      if (special.length === 0) continue;
      if (purpose.specialBases.some((b) => ALLOWED.includes(b.value))) continue;
      const conditions = purpose.specialBases.map((b) => `'${b.value}'`).join(', ');
      ctx.report(
        d.written.span,
        conditions
          ? ctx.t(
              "The automated decision '{0}' rests on purpose '{1}', which uses special categories of data ({2}) " +
                'on {3}. Art 22(4) allows a decision based solely on automated processing to rest on such data only ' +
                "with the person's explicit consent (Art 9(2)(a)) or for reasons of substantial public interest (Art " +
                '9(2)(g)), and with suitable measures to safeguard their rights and freedoms and legitimate interests.',
              d.written.value,
              purpose.name,
              special.map((x) => `'${x!.name}'`).join(', '),
              conditions,
            )
          : ctx.t(
              "The automated decision '{0}' rests on purpose '{1}', which uses special categories of data ({2}). " +
                'Art 22(4) allows a decision based solely on automated processing to rest on such data only with ' +
                "the person's explicit consent (Art 9(2)(a)) or for reasons of substantial public interest (Art 9(2)(g)), " +
                'and with suitable measures to safeguard their rights and freedoms and legitimate interests.',
              d.written.value,
              purpose.name,
              special.map((x) => `'${x!.name}'`).join(', '),
            ),
      );
    }
  },
};
