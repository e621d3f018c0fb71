// Rule `missing-controller-contact` (Art 13(1)(a)): the controller gives at least one contact detail — a postal
// address, an e-mail address, a phone number or a contact page (docs/language.md, "controller").
import { placeholderFor } from '../core/placeholders';
import { relayMissing, type Rule } from '../core/rule';
import { insertField } from './fixBuilders';

export const missingControllerContact: Rule = {
  id: 'missing-controller-contact',
  severity: 'error',
  provisions: 'Art 13(1)(a)',
  description: 'The controller gives no contact detail at all (`address`, `email`, `phone` or `url`).',
  check: (ctx) =>
    relayMissing(ctx, 'missing-controller-contact', () =>
      ctx.t(
        'The controller gives no contact details. Art 13(1)(a) requires the identity and the contact details ' +
          "of the controller: add a postal address ('address'), an e-mail address ('email'), a phone number " +
          "('phone') or a contact page ('url').",
      ),
    ),
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const edit = insertField(
      ctx.text,
      ctx.model.tree.root,
      ctx.data.mapStart,
      'email',
      placeholderFor(ctx.model, 'email'),
    );
    return edit
      ? [{ title: ctx.t("Add 'email' with a placeholder for the controller's e-mail address"), edits: [edit] }]
      : [];
  },
};
