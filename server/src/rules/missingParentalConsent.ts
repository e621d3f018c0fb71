// Rule `missing-parental-consent` (Art 8(1)–(2)): a service for children on consent says how parents consent.
import type { InterfaceText } from '../languages/interface';
import type { Law } from '../laws';
import { entryOf, isBlank } from '../parser/policyModel';
import { insertField } from './fixBuilders';
import { placeholderFor } from '../core/placeholders';
import { holdsSyntaxError, type Rule } from '../core/rule';

/**
 * "The age of digital consent in Belgium is 13 …", or why the age cannot be named. The controller's country gives
 * one candidate: under the EU GDPR each Member State sets its own age and says when its law applies, some by the
 * residence of the child (docs/rules/missing-parental-consent.md).
 */
export function digitalConsentAgeSentence(ui: InterfaceText, law: Law, country: string | undefined): string {
  const { age: ageIn, asOf, defaultAge } = law.digitalConsent;
  const age = ageIn(country);
  // A law with one age for its whole territory (the UK GDPR) gives it whatever the controller's country.
  if (age !== undefined && law.id !== 'eu-gdpr')
    return ui.t('The age of digital consent in {0} is {1} (as of {2})', ui.say(law.territory.name), age, asOf);
  if (age !== undefined && country)
    // Only where the territory's states set different ages (the EEA) may another state's age apply.
    return ui.t(
      'The age of digital consent in {0} is {1} (as of {2}), the state where the controller is established; where ' +
        'the service is offered to children in other Member States, their ages may apply, as their laws decide ' +
        '(EDPB Guidelines 05/2020 on consent, para 131)',
      ui.country(country),
      age,
      asOf,
    );
  if (country && !law.territory.contains(country))
    return ui.t(
      "'controller.country' {0} is outside {1}, so the age is that of the Member State whose residents the service " +
        'targets: {2} unless it set a lower one, never below 13',
      country,
      ui.say(law.territory.name),
      defaultAge,
    );
  return ui.t(
    "The age depends on the Member State: {0} unless it set a lower one, never below 13; add 'controller.country' " +
      'to see the age of the state where the controller is established',
    defaultAge,
  );
}

export const missingParentalConsent: Rule = {
  id: 'missing-parental-consent',
  severity: 'warning',
  provisions: 'Art 8(1)–(2)',
  description: 'A purpose with `children: true` on `consent` without `parental_consent`.',
  check(ctx) {
    // The age is that of a law with an age of digital consent (not the FADP's, first in a Swiss notice).
    const law = ctx.laws.find((l) => l.cite('Art 8(1)') !== undefined) ?? ctx.law;
    for (const p of ctx.model.purposes) {
      if (!p.children || !p.bases.some((b) => b.value === 'consent')) continue;
      if (!isBlank(entryOf(p.map, 'parental_consent')?.value) || holdsSyntaxError(ctx.model, p.map)) continue;
      const children = entryOf(p.map, 'children');
      if (!children) continue;
      ctx.report(
        children.keySpan,
        ctx.t(
          "Purpose '{0}' offers a service directly to children on the basis of consent. Below the age of digital " +
            'consent, consent must be given or authorised by the holder of parental responsibility, with reasonable ' +
            "efforts to verify it (Art 8(1)–(2)). {1}. Add 'parental_consent' to say how.",
          p.name,
          digitalConsentAgeSentence(ctx.ui, law, ctx.model.controllerCountry?.value),
        ),
        {
          kind: 'insert',
          key: 'parental_consent',
          value: placeholderFor(ctx.model, 'parental_consent'),
          mapStart: p.map?.span.start ?? 0,
        },
      );
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const edit = insertField(ctx.text, ctx.model.tree.root, ctx.data.mapStart, 'parental_consent', ctx.data.value);
    return edit
      ? [
          {
            title: ctx.t("Add 'parental_consent' with a placeholder: how a parent gives or authorises consent (Art 8)"),
            edits: [edit],
          },
        ]
      : [];
  },
};
