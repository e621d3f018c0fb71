// Rule `generic-recipient` (Art 13(1)(e)): a recipient labelled only "third parties", "partners" or alike.
import { placeholderFor } from '../core/placeholders';
import { insertChoices } from './fixBuilders';
import type { Rule } from '../core/rule';

const GENERIC =
  /^(?:(?:other|certain|selected|trusted|external|our|some)\s+)*(?:third[\s-]+part(?:y|ies)|partners?|service providers?|suppliers?|vendors?|companies|organi[sz]ations|recipients|others)$/i;

export const genericRecipient: Rule = {
  id: 'generic-recipient',
  // A warning: "third parties" names neither the recipients nor a category of them (docs/rules/generic-recipient.md).
  severity: 'warning',
  provisions: 'Art 13(1)(e)',
  description: 'A recipient labelled only "third parties", "partners" or alike.',
  check(ctx) {
    for (const r of ctx.model.recipients) {
      if (!r.label || r.orgName || r.category || !GENERIC.test(r.label.value.trim())) continue;
      ctx.report(
        r.label.span,
        `'${r.label.value}' does not tell readers who receives their data. Art 13(1)(e) requires the recipients ` +
          `or at least their categories: add 'category' (e.g. hosting, payment) or 'name'.`,
        { kind: 'insert', key: 'category', value: '', mapStart: r.map?.span.start ?? 0 },
      );
    }
  },
  // Which recipients these are only the author knows.
  fixes: (ctx) =>
    insertChoices(ctx, [
      {
        value: placeholderFor(ctx.model, 'category'),
        title: "Add 'category' with a placeholder: which kind of recipients",
      },
    ]),
};
