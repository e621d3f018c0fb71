// Rule `missing-authority` (Art 13(2)(d), 77): the supervisory authority people can complain to.
import { authorityFixes } from './authorityFixes';
import { insertChoices } from './fixBuilders';
import { relayMissing, type Rule } from '../core/rule';

export const missingAuthority: Rule = {
  id: 'missing-authority',
  severity: 'warning',
  provisions: 'Art 13(2)(d), 77',
  description: 'No `authority` section.',
  check(ctx) {
    // A notice whose own law names its authority (the ICO, the FDPIC: `Law.authority`) names it without the
    // section; a further EU GDPR's section says where to complain in the EEA (Art 77(1)), one named or none.
    if (ctx.law.authority) return;
    relayMissing(
      ctx,
      'missing-authority',
      () =>
        'The policy does not name a supervisory authority. Art 13(2)(d) requires telling people of their ' +
        "right to lodge a complaint with a supervisory authority (Art 77): add an 'authority' section naming " +
        'the one competent for you.',
    );
  },
  // The competent authority from the catalogue for the controller's country (README, "Catalogues and evidence"), then the stub.
  fixes: (ctx) =>
    authorityFixes(
      ctx,
      insertChoices(ctx, [
        { value: ctx.data?.kind === 'insert' ? ctx.data.value : [], title: 'Add an authority stub to complete' },
      ]),
    ),
};
