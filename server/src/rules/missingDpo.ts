// Rule `missing-dpo` (Art 13(1)(b)): whether there is a data protection officer, and its contact details.
import { placeholderFor } from '../core/placeholders';
import { insertChoices } from './fixBuilders';
import { relayMissing, type Rule } from '../core/rule';

export const missingDpo: Rule = {
  id: 'missing-dpo',
  severity: 'warning',
  provisions: 'Art 13(1)(b)',
  description: 'No `dpo` section.',
  check: (ctx) =>
    relayMissing(ctx, 'missing-dpo', () =>
      ctx.t(
        'The policy does not say whether a data protection officer is designated. Art 13(1)(b) requires the ' +
          "DPO's contact details where one is designated (Art 37); where none is, the law asks for nothing, " +
          "and 'dpo: none' tells readers so. Add a 'dpo' section with the contact details, or 'dpo: none'.",
      ),
    ),
  // Two statements only the author can make: no DPO is designated, or the DPO's contact details (placeholders).
  fixes: (ctx) =>
    insertChoices(ctx, [
      { value: 'none', title: ctx.t("We have not designated a data protection officer: 'dpo: none'") },
      // Contact details only: Art 13(1)(b) and 37(7) ask for them, not for the DPO's name (EDPB WP243 rev.01, section 2.6).
      {
        value: [`email: ${placeholderFor(ctx.model, 'email')}`],
        title: ctx.t("Add the DPO's contact details, with a placeholder for the e-mail address"),
      },
    ]),
};
