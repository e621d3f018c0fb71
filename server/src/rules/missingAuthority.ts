// Rule `missing-authority` (Art 13(2)(d), 77; information): the notice names no supervisory authority. The right to
// lodge a complaint with a supervisory authority is always stated in the notice (docs/language.md, "Which rights
// apply"); naming the authority competent for the controller, or a directory of authorities, tells readers where.
import { authorityFixes } from './authorityFixes';
import { insertChoices } from './fixBuilders';
import { relayMissing, type Rule } from '../core/rule';

/** The EDPB's list of its members, the national supervisory authorities of the EEA (`authority.directory`). */
export const EDPB_MEMBERS_URL = 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en';

export const missingAuthority: Rule = {
  id: 'missing-authority',
  severity: 'information',
  provisions: 'Art 13(2)(d), 77',
  description: 'No `authority` section: the notice states the complaint right but names no authority.',
  check(ctx) {
    // A notice whose own law names its authority (the ICO, the FDPIC: `Law.authority`) names it without the
    // section; a further EU GDPR's section says where to complain in the EEA (Art 77(1)), one named or none.
    if (ctx.law.authority) return;
    relayMissing(ctx, 'missing-authority', () =>
      ctx.t(
        'The policy names no supervisory authority. The notice always states the right to lodge a complaint ' +
          'with a supervisory authority, which Art 13(2)(d) and 77 require; naming the authority competent ' +
          "for you, or a directory of authorities ('authority: { directory: … }'), tells readers where to turn.",
      ),
    );
  },
  // The competent authority from the catalogue for the controller's country (README, "Catalogues and evidence"), a
  // directory of the EEA's authorities, then a stub with a placeholder.
  fixes: (ctx) =>
    authorityFixes(
      ctx,
      insertChoices(ctx, [
        {
          value: [`directory: ${EDPB_MEMBERS_URL}`],
          title: ctx.t("Add a directory of authorities instead of one: the EDPB's list of its members"),
        },
        {
          value: ctx.data?.kind === 'insert' ? ctx.data.value : [],
          title: ctx.t('Add an authority with a placeholder for its name'),
        },
      ]),
    ),
};
