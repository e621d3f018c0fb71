// Rule `automated-decision-child` (Art 22, Recital 71): an automated decision whose purpose concerns children
// (`children: true`, or an audience of children). Recital 71 says such a measure "should not concern a child".
import { automatedDecisions } from '../core/decisions';
import type { Rule } from '../core/rule';

/** An audience of children, in the four notice languages. */
const CHILDREN =
  /\b(?:child(?:ren)?|kids?|minors?|pupils?|enfants?|mineurs?|élèves?|kinderen|kind|minderjarigen?|leerlingen?|kinder|minderjährige[n]?|schüler(?:innen)?|jugendliche[n]?)\b/iu;

export const automatedDecisionChild: Rule = {
  id: 'automated-decision-child',
  severity: 'warning',
  provisions: 'Art 22',
  description: 'An automated decision whose purpose concerns children (Recital 71).',
  check(ctx) {
    for (const d of automatedDecisions(ctx.model)) {
      const purpose = d.purpose;
      if (!purpose) continue;
      const audiences = ctx.model.audiences.filter((a) => purpose.audiences.some((r) => r.value === a.id));
      const childAudience = audiences.find((a) => CHILDREN.test(`${a.id} ${a.name}`));
      if (!purpose.children && !childAudience) continue;
      const why = purpose.children ? `'children: true'` : ctx.t("the audience '{0}'", childAudience!.name);
      ctx.report(
        d.written.span,
        ctx.t(
          "The automated decision '{0}' concerns children (purpose '{1}', {2}). Recital 71 says that a decision " +
            'based solely on automated processing, including profiling, that produces legal or similarly significant ' +
            'effects (Art 22(1)) should not concern a child; the guidelines on automated decision-making endorsed ' +
            'by the EDPB (WP251 rev.01) read it as no absolute prohibition but recommend, as a rule, not relying ' +
            'on the exceptions of Art 22(2) for such decisions about children.',
          d.written.value,
          purpose.name,
          why,
        ),
      );
    }
  },
};
