// Rule `invalid-adequacy` (Art 45): `adequacy` only for destinations with an adequacy decision, `dpf` only for the US.
import { countryName } from '../vocabulary/countries';
import { destinationsOutside, mechanismsUnder } from '../core/transfers';
import { indexOf, type Transfer } from '../parser/policyModel';
import { replaceMechanismFixes } from './transferFixes';
import type { Rule } from '../core/rule';

export const invalidAdequacy: Rule = {
  id: 'invalid-adequacy',
  severity: 'error',
  provisions: 'Art 45',
  description: '`adequacy` for a destination without an adequacy decision; `dpf` outside the US.',
  check(ctx) {
    const { law } = ctx;
    const certified = law.adequacy.certified?.country;
    for (const t of ctx.model.transfers) {
      const { countries, organisations } = destinationsOutside(t, ctx.model.recipients, law);
      for (const m of mechanismsUnder(t, law)) {
        if (m.value === 'adequacy') {
          // docs/language.md, "mechanism" gives the alias A45-3 to both `adequacy` and `dpf`: written as the alias,
          // the US is covered too.
          const viaAlias = m.written.toUpperCase() === 'A45-3';
          const bad = [
            ...countries.filter((c) => !law.adequacy.forCountry(c) && !(viaAlias && c === certified)).map(countryName),
            ...organisations.filter((o) => !law.adequacy.forOrganisation(o)),
          ];
          if (!bad.length) continue;
          const us =
            certified && countries.includes(certified)
              ? ` For the United States, the EU–US Data Privacy Framework ('dpf') covers only certified ` +
                `organisations, for the data their certification covers.`
              : '';
          ctx.report(
            m.span,
            `${bad.join(', ')} ${bad.length > 1 ? 'have' : 'has'} no adequacy decision of the European Commission ` +
              `(list as of ${law.adequacy.asOf}), so 'adequacy' cannot cover this transfer (Art 45(1)). It needs ` +
              `appropriate safeguards (Art 46–47) or, as an exception, a derogation (Art 49).${us}`,
          );
        } else if (m.value === 'dpf') {
          const bad = [...countries.filter((c) => c !== certified).map(countryName), ...organisations];
          if (bad.length)
            ctx.report(
              m.span,
              `The EU–US Data Privacy Framework ('dpf') covers only certified organisations in the United States ` +
                `(Art 45(3); ${law.adequacy.certified?.finding.decision}), not ${bad.join(', ')}.`,
            );
        }
      }
    }
  },
  fixes(ctx) {
    const transfer = transferWithMechanismAt(ctx.model.transfers, ctx.span.start, ctx);
    return transfer ? replaceMechanismFixes(ctx, transfer, ctx.span) : [];
  },
};

/** The transfer one of whose mechanisms is written at `start`. */
export function transferWithMechanismAt(
  transfers: readonly Transfer[],
  start: number,
  ctx: { model: Parameters<typeof indexOf>[0] },
): Transfer | undefined {
  return indexOf(ctx.model, 'transferByMechanism', () =>
    transfers.flatMap((t) => t.mechanisms.map((m) => [m.span.start, t] as const)),
  ).get(start);
}
