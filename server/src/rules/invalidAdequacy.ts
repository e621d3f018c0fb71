// Rule `invalid-adequacy` (Art 45): `adequacy` only for destinations with an adequacy decision, `dpf` only for the US.
import { countryName } from '../vocabulary/countries';
import type { Law } from '../laws';
import type { Rule, RuleContext } from '../core/rule';
import { mechanismsUnder, placesOutside, transferCountries, transferLaws } from '../core/transfers';
import { indexOf, type Transfer } from '../parser/policyModel';
import { replaceMechanismFixes } from './transferFixes';

export const invalidAdequacy: Rule = {
  id: 'invalid-adequacy',
  severity: 'error',
  provisions: 'Art 45',
  description: '`adequacy` for a destination without an adequacy decision; `dpf` outside the US.',
  check(ctx) {
    // Under other laws, or several: each law's own list (docs/language.md, "Laws").
    if (ctx.laws.length > 1 || ctx.law.id !== 'eu-gdpr') return checkUnderLaws(ctx);
    const { law } = ctx;
    const certified = law.adequacy.certified?.country;
    for (const t of ctx.model.transfers) {
      const { countries, organisations } = placesOutside(t, ctx.model.recipients, law);
      for (const m of mechanismsUnder(t, law)) {
        if (m.value === 'adequacy') {
          // docs/language.md, "mechanism" gives the alias A45-3 to both `adequacy` and `dpf`: written as the alias,
          // the US is covered too.
          const viaAlias = m.written.toUpperCase() === 'A45-3';
          const countriesWithout = countries.filter(
            (c) => !law.adequacy.forCountry(c) && !(viaAlias && c === certified),
          );
          const organisationsWithout = organisations.filter((o) => !law.adequacy.forOrganisation(o));
          if (!countriesWithout.length && !organisationsWithout.length) continue;
          ctx.report(m.span, euAdequacyMessage(law, countriesWithout, organisationsWithout));
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

/**
 * Why `adequacy` cannot cover a transfer under the EU GDPR (docs/rules/invalid-adequacy.md). A country is stated to
 * have no decision; the United States has one, for certified organisations only; an organisation the list does not
 * know is not said to have none: authors name organisations their own way, and the list may not know that name.
 */
function euAdequacyMessage(law: Law, countries: string[], organisations: string[]): string {
  const certified = law.adequacy.certified;
  const plain = countries.filter((c) => c !== certified?.country).map(countryName);
  const sentences: string[] = [];
  if (plain.length)
    sentences.push(
      `${plain.join(', ')} ${plain.length > 1 ? 'have' : 'has'} no adequacy decision of the European Commission ` +
        `(list as of ${law.adequacy.asOf}).`,
    );
  if (certified && countries.includes(certified.country))
    sentences.push(
      `${countryName(certified.country)} has no adequacy decision covering the whole country: the EU–US Data ` +
        `Privacy Framework (${certified.finding.decision}) covers only certified organisations, for the data their ` +
        `certification covers; for those, use '${certified.mechanism}'.`,
    );
  if (organisations.length)
    sentences.push(
      `The list of adequacy decisions (as of ${law.adequacy.asOf}) has none for ` +
        `${organisations.map((o) => `'${o}'`).join(', ')}: check the Commission's list, and name the organisation ` +
        `as its decision does.`,
    );
  const certain = plain.length > 0 || (certified !== undefined && countries.includes(certified.country));
  return (
    `${sentences.join(' ')} ${certain ? "So 'adequacy' cannot cover this transfer" : "Unless the Commission has decided on it, 'adequacy' cannot cover this transfer"} ` +
    `(Art 45(1)): it needs appropriate safeguards (Art 46–47) or, as an exception, a derogation (Art 49).`
  );
}

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
  // The country of a framework for certified recipients has a finding, only not for the whole country.
  const plain = bad.filter((c) => c !== certified?.country);
  const parts: string[] = [];
  if (plain.length) parts.push(`${plain.map(countryName).join(', ')} ${plain.length > 1 ? 'have' : 'has'} ${list}`);
  if (certified && bad.includes(certified.country))
    parts.push(
      `${countryName(certified.country)} has ${list} covering the whole country, only one for organisations ` +
        `certified under its framework (use '${certified.mechanism}' for those)`,
    );
  return (
    `${named ? `Under ${LAW_NAMES[law.id]}: ` : ''}${parts.join('; ')} (list as of ${law.adequacy.asOf}), so ` +
    `'adequacy' cannot cover this transfer. ${instead}`
  );
}

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
