// Rule `invalid-adequacy` (Art 45): `adequacy` only for countries with an adequacy decision, `dpf` only for the US.
import { ADEQUACY, ADEQUACY_AS_OF, countryName, DPF_COUNTRY, EEA } from '../vocabulary/countries';
import { transferCountries } from '../core/transfers';
import { replaceWith } from './fixBuilders';
import type { Rule } from '../core/rule';

export const invalidAdequacy: Rule = {
  id: 'invalid-adequacy',
  severity: 'error',
  gdpr: 'Art 45',
  description: '`adequacy` for a country without an adequacy decision; `dpf` outside the US.',
  check(ctx) {
    for (const t of ctx.model.transfers) {
      if (!t.mechanism) continue;
      const outside = transferCountries(t, ctx.model.recipients).filter((c) => !EEA.has(c));
      if (t.mechanism.value === 'adequacy') {
        // SPEC §4.3 gives the alias A45-3 to both `adequacy` and `dpf`: written as the alias, the US is covered too.
        const viaAlias = t.mechanism.written.toUpperCase() === 'A45-3';
        const bad = outside.filter((c) => !ADEQUACY.has(c) && !(viaAlias && c === DPF_COUNTRY));
        if (bad.length) {
          const us = bad.includes(DPF_COUNTRY)
            ? " For the United States, use 'dpf' for recipients certified under the EU–US Data Privacy Framework."
            : '';
          ctx.report(
            t.mechanism.span,
            `${bad.map(countryName).join(', ')} ${bad.length > 1 ? 'have' : 'has'} no adequacy decision of the ` +
              `European Commission (list as of ${ADEQUACY_AS_OF}), so 'adequacy' cannot cover this transfer (Art ` +
              `45). Use a safeguard of Art 46 such as 'scc'.${us}`,
          );
        }
      } else if (t.mechanism.value === 'dpf') {
        const bad = outside.filter((c) => c !== DPF_COUNTRY);
        if (bad.length)
          ctx.report(
            t.mechanism.span,
            `The EU–US Data Privacy Framework ('dpf') only covers certified organisations in the United States, ` +
              `not ${bad.map(countryName).join(', ')} (Art 45). Use 'adequacy' or a safeguard of Art 46 such as ` +
              `'scc'.`,
          );
      }
    }
  },
  fixes: (ctx) => [
    replaceWith(ctx.span, 'scc', "Switch to standard contractual clauses ('scc', Art 46(2)(c))", { isPreferred: true }),
  ],
};
