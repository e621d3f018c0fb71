// Rule `invalid-adequacy` (Art 45): `adequacy` only for countries with an adequacy decision, `dpf` only for the US.
import { countryName } from '../vocabulary/countries';
import { transferCountries } from '../core/transfers';
import { replaceWith } from './fixBuilders';
import type { Rule } from '../core/rule';

export const invalidAdequacy: Rule = {
  id: 'invalid-adequacy',
  severity: 'error',
  provisions: 'Art 45',
  description: '`adequacy` for a country without an adequacy decision; `dpf` outside the US.',
  check(ctx) {
    const { law } = ctx;
    const certified = law.adequacy.certified?.country;
    for (const t of ctx.model.transfers) {
      if (!t.mechanism) continue;
      const outside = transferCountries(t, ctx.model.recipients).filter((c) => !law.territory.contains(c));
      if (t.mechanism.value === 'adequacy') {
        // docs/language.md, "mechanism" gives the alias A45-3 to both `adequacy` and `dpf`: written as the alias, the US is covered too.
        const viaAlias = t.mechanism.written.toUpperCase() === 'A45-3';
        const bad = outside.filter((c) => !law.adequacy.forCountry(c) && !(viaAlias && c === certified));
        if (bad.length) {
          const us =
            certified && bad.includes(certified)
              ? " For the United States, use 'dpf' for recipients certified under the EU–US Data Privacy Framework."
              : '';
          ctx.report(
            t.mechanism.span,
            `${bad.map(countryName).join(', ')} ${bad.length > 1 ? 'have' : 'has'} no adequacy decision of the ` +
              `European Commission (list as of ${law.adequacy.asOf}), so 'adequacy' cannot cover this transfer (Art ` +
              `45). Use a safeguard of Art 46 such as 'scc'.${us}`,
          );
        }
      } else if (t.mechanism.value === 'dpf') {
        const bad = outside.filter((c) => c !== certified);
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
