// Rule `invalid-adequacy` (Art 45): `adequacy` only for countries with an adequacy decision, `dpf` only for the US.
import { countryName } from '../vocabulary/countries';
import { mechanismsUnder, transferCountries, transferLaws } from '../core/transfers';
import type { Law } from '../laws';
import type { RuleContext } from '../core/rule';
import { replaceWith } from './fixBuilders';
import type { Rule } from '../core/rule';

export const invalidAdequacy: Rule = {
  id: 'invalid-adequacy',
  severity: 'error',
  provisions: 'Art 45',
  description: '`adequacy` for a country without an adequacy decision; `dpf` outside the US.',
  check(ctx) {
    // Under other laws, or several: each law's own list (docs/language.md, "Laws").
    if (ctx.laws.length > 1 || ctx.law.id !== 'eu-gdpr') return checkUnderLaws(ctx);
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

const LAW_NAMES: Record<string, string> = {
  'eu-gdpr': 'the EU GDPR',
  'uk-gdpr': 'the UK GDPR',
  'ch-fadp': 'the Swiss FADP',
};

/** `adequacy` checked against the list of each law whose territory the transfer leaves. */
function checkUnderLaws(ctx: RuleContext): void {
  for (const t of ctx.model.transfers) {
    const leaves = transferLaws(t, ctx.model, ctx.laws);
    for (const law of leaves) {
      for (const m of mechanismsUnder(t, law)) {
        if (m.value !== 'adequacy') continue;
        const viaAlias = m.written.toUpperCase() === 'A45-3' && law.id === 'eu-gdpr';
        const certified = law.adequacy.certified;
        const outside = transferCountries(t, ctx.model.recipients).filter((c) => !law.territory.contains(c));
        const bad = outside.filter((c) => !law.adequacy.forCountry(c) && !(viaAlias && c === certified?.country));
        if (!bad.length) continue;
        ctx.report(m.span, adequacyMessage(law, bad, leaves.length > 1), undefined, undefined, [law]);
      }
    }
  }
}

function adequacyMessage(law: Law, bad: string[], named: boolean): string {
  const certified = law.adequacy.certified;
  const us =
    certified && bad.includes(certified.country)
      ? ` For ${countryName(certified.country)}, use '${certified.mechanism}' for recipients certified under its framework.`
      : '';
  const list =
    law.id === 'eu-gdpr'
      ? 'no adequacy decision of the European Commission'
      : law.id === 'uk-gdpr'
        ? 'no approval by regulations under Art 45A UK GDPR'
        : 'no entry in Annex 1 DPO (Art 16(1) FADP)';
  const instead =
    law.id === 'eu-gdpr'
      ? "Use a safeguard of Art 46 such as 'scc'."
      : law.id === 'uk-gdpr'
        ? "Use a safeguard of Art 46 UK GDPR such as 'uk-idta' or 'uk-addendum'."
        : "Use a safeguard of Art 16(2) FADP such as 'scc', or an exception of Art 17 FADP.";
  return (
    `${named ? `Under ${LAW_NAMES[law.id]}: ` : ''}${bad.map(countryName).join(', ')} ${bad.length > 1 ? 'have' : 'has'} ` +
    `${list} (list as of ${law.adequacy.asOf}), so 'adequacy' cannot cover this transfer. ${instead}${us}`
  );
}
