// Rule `single-contact-form` (Art 13(1)(a), information): the controller gives one way to reach it. That satisfies
// Art 13(1)(a); the EDPB transparency guidelines recommend several forms of communication, and a web page counts only
// if readers can contact the controller through it.
import { entryOf, isBlank, mapOf } from '../parser/policyModel';
import type { Rule } from '../core/rule';

const CONTACT_KEYS = ['address', 'email', 'phone', 'url'] as const;

export const singleContactForm: Rule = {
  id: 'single-contact-form',
  severity: 'information',
  provisions: 'Art 13(1)(a)',
  description: 'The controller gives only one contact detail.',
  check(ctx) {
    const entry = entryOf(ctx.model.root, 'controller');
    const controller = mapOf(entry?.value);
    if (!entry || !controller) return;
    const given = CONTACT_KEYS.filter((k) => !isBlank(entryOf(controller, k)?.value));
    if (given.length !== 1) return;
    const [only] = given;
    const page =
      only === 'url'
        ? ` ${ctx.t(
            'A web address counts as a contact detail only as a contact form: make sure this page lets readers ' +
              'contact you.',
          )}`
        : '';
    ctx.report(
      entry.keySpan,
      ctx.t(
        "The controller gives one way to contact it ('{0}'). That meets Art 13(1)(a), which requires the " +
          "controller's contact details; the EDPB transparency guidelines (WP260 rev.01, Annex, on Art 13(1)(a)) " +
          'recommend different forms of communication, e.g. a phone number, an e-mail address and a postal ' +
          'address.{1}',
        only,
        page,
      ),
    );
  },
};
