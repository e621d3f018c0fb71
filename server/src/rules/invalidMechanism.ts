// Rule `invalid-mechanism` (docs/rules/invalid-mechanism.md): a transfer mechanism that cannot be relied on — one a
// court annulled (the Privacy Shield, Safe Harbour), or one that is not a mechanism of a law whose territory the
// transfer leaves: the EU clauses without the UK Addendum under the UK GDPR, `dpf` under the UK GDPR and the FADP
// (their own frameworks are `uk-extension-dpf` and `swiss-us-dpf`), compelling legitimate interests under the FADP.
// A transfer that leaves several territories may name its mechanism per law (`mechanism: { eu-gdpr: scc, uk-gdpr:
// uk-addendum }`); a plain value applies under every law it leaves.
import { findTerm, LAW_IDS } from '../vocabulary/terms';
import { mechanismsUnder, transferCountries, transferLaws } from '../core/transfers';
import type { Mechanism } from '../parser/policyModel';
import type { Rule } from '../core/rule';
import type { Law } from '../laws';

const LAW_NAMES: Record<string, string> = {
  'eu-gdpr': 'the EU GDPR',
  'uk-gdpr': 'the UK GDPR',
  'ch-fadp': 'the Swiss FADP',
};

export const invalidMechanism: Rule = {
  id: 'invalid-mechanism',
  severity: 'error',
  provisions: 'Art 44',
  description: 'A mechanism annulled by a court, or one that is not a mechanism of a law the transfer leaves.',
  check(ctx) {
    const { model } = ctx;
    const served = new Set<string>(ctx.laws.map((l) => l.id));
    for (const t of model.transfers) {
      // What each mechanism cannot do, by law; one report per mechanism.
      const problems = new Map<Mechanism, string[]>();
      // The laws each mechanism's problems rest on (none: a problem of the notice, not of a law).
      const lawsOf = new Map<Mechanism, Law[] | null>();
      const add = (m: Mechanism, message: string, law?: Law) => {
        const list = problems.get(m);
        if (!list) problems.set(m, [message]);
        else if (!list.includes(message)) list.push(message);
        const laws = lawsOf.get(m);
        if (!law) lawsOf.set(m, null);
        else if (laws === undefined) lawsOf.set(m, [law]);
        else if (laws && !laws.includes(law)) laws.push(law);
      };
      for (const m of t.mechanisms) {
        // `mechanism: { ch-fadp: scc }` in a notice that does not serve the FADP.
        if (m.law !== undefined && LAW_IDS.some((l) => l.id === m.law) && !served.has(m.law))
          add(
            m,
            `This notice does not serve ${LAW_NAMES[m.law] ?? m.law} (its laws: ${[...served].join(', ')}): a mechanism ` +
              `given for '${m.law}' does not apply. Add the law under 'laws', or remove this entry.`,
          );
      }
      const countries = transferCountries(t, model.recipients);
      const leaves = transferLaws(t, model, ctx.laws);
      for (const law of leaves) {
        const country = countries.find((c) => !law.territory.contains(c));
        for (const m of mechanismsUnder(t, law)) {
          const term = findTerm('mechanism', m.value);
          if (!term) continue;
          const own = law.mechanismProblem?.(m.value, country);
          if (own) add(m, leaves.length > 1 ? `Under ${LAW_NAMES[law.id]}: ${own}` : own, law);
          else if (term.invalid) add(m, `'${m.written}' is no longer a valid transfer mechanism. ${term.invalid}`, law);
          else if (term.laws && !term.laws.includes(law.id))
            add(
              m,
              `'${m.written}' (${term.label}) is a mechanism of ${term.laws.map((l) => LAW_NAMES[l] ?? l).join(' and ')} ` +
                `only, and this transfer leaves the territory of ${LAW_NAMES[law.id]}. Give the mechanism per law: ` +
                `'mechanism: { ${law.id}: …, ${term.laws[0]}: ${m.value} }'.`,
              law,
            );
        }
      }
      // An annulled mechanism on a transfer that names no destination is reported all the same.
      if (!leaves.length)
        for (const m of t.mechanisms) {
          const term = findTerm('mechanism', m.value);
          if (term?.invalid) add(m, `'${m.written}' is no longer a valid transfer mechanism. ${term.invalid}`);
        }
      for (const [m, messages] of problems)
        ctx.report(m.span, messages.join(' '), { kind: 'none' }, undefined, lawsOf.get(m) ?? undefined);
    }
  },
};
