// Rule `possible-processing` (Art 12(1), information): `possible: true` on a recipient or a transfer — the notice
// says "may". Where the controller knows what it does, the notice should say it (docs/language.md, "recipients").
import { entryOf } from '../parser/policyModel';
import type { Rule } from '../core/rule';

export const possibleProcessing: Rule = {
  id: 'possible-processing',
  severity: 'information',
  provisions: 'Art 12(1)',
  description: '`possible: true`: the notice says a recipient may receive data, or data may be transferred.',
  check(ctx) {
    const say = (what: string) =>
      ctx.t(
        "'possible: true' makes the notice say that {0}. Art 12(1) asks for concise, transparent and intelligible " +
          "information: where you know that it does, say so; keep 'possible' for what happens only in some cases, " +
          'and say which where you can.',
        what,
      );
    for (const r of ctx.model.recipients) {
      const entry = r.possible ? entryOf(r.map, 'possible') : undefined;
      if (entry) ctx.report(entry.keySpan, say(ctx.t("'{0}' may receive data", r.name)));
    }
    for (const t of ctx.model.transfers) {
      const entry = t.possible ? entryOf(t.map, 'possible') : undefined;
      if (entry) ctx.report(entry.keySpan, say(ctx.t('data may be transferred')));
    }
  },
};
