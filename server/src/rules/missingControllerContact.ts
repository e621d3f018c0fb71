// Rule `missing-controller-contact` (Art 13(1)(a)): the controller's postal address and a way to contact it.
import { relayMissing, type Rule } from '../core/rule';

export const missingControllerContact: Rule = {
  id: 'missing-controller-contact',
  severity: 'error',
  provisions: 'Art 13(1)(a)',
  description: 'The controller lacks an address or any contact details.',
  check: (ctx) =>
    relayMissing(ctx, 'missing-controller-contact', (m) =>
      m.key === 'address'
        ? 'The controller has no postal address. Art 13(1)(a) requires the identity and contact details of ' +
          'the controller.'
        : 'The controller has no e-mail, phone or website. Art 13(1)(a) requires contact details people can ' +
          'use to reach the controller.',
    ),
};
