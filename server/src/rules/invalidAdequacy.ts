// Rule `invalid-adequacy` (Art 45): `adequacy` only for destinations with an adequacy decision, `dpf` only for the US.
import type { InterfaceText } from '../languages/interface';
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
          ctx.report(m.span, euAdequacyMessage(ctx.ui, law, countriesWithout, organisationsWithout));
        } else if (m.value === 'dpf') {
          const bad = [...countries.filter((c) => c !== certified).map(countryName), ...organisations];
          if (bad.length)
            ctx.report(
              m.span,
              ctx.t(
                "The EU–US Data Privacy Framework ('dpf') covers only certified organisations in the United States " +
                  '(Art 45(3); {0}), not {1}.',
                law.adequacy.certified?.finding.decision ?? '',
                bad.join(', '),
              ),
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
function euAdequacyMessage(ui: InterfaceText, law: Law, countries: string[], organisations: string[]): string {
  const certified = law.adequacy.certified;
  const plain = countries.filter((c) => c !== certified?.country).map((c) => ui.country(c));
  const sentences: string[] = [];
  if (plain.length)
    sentences.push(
      plain.length > 1
        ? ui.t(
            '{0} have no adequacy decision of the European Commission (list as of {1}).',
            plain.join(', '),
            law.adequacy.asOf,
          )
        : ui.t(
            '{0} has no adequacy decision of the European Commission (list as of {1}).',
            plain[0],
            law.adequacy.asOf,
          ),
    );
  if (certified && countries.includes(certified.country))
    sentences.push(
      ui.t(
        '{0} has no adequacy decision covering the whole country: the EU–US Data Privacy Framework ({1}) covers ' +
          "only certified organisations, for the data their certification covers; for those, use '{2}'.",
        ui.country(certified.country),
        certified.finding.decision,
        certified.mechanism,
      ),
    );
  if (organisations.length)
    sentences.push(
      ui.t(
        "The list of adequacy decisions (as of {0}) has none for {1}: check the Commission's list, and name the " +
          'organisation as its decision does.',
        law.adequacy.asOf,
        organisations.map((o) => `'${o}'`).join(', '),
      ),
    );
  const certain = plain.length > 0 || (certified !== undefined && countries.includes(certified.country));
  return (
    `${sentences.join(' ')} ` +
    (certain
      ? ui.t(
          "So 'adequacy' cannot cover this transfer (Art 45(1)): it needs appropriate safeguards (Art 46–47) or, as " +
            'an exception, a derogation (Art 49).',
        )
      : ui.t(
          "Unless the Commission has decided on it, 'adequacy' cannot cover this transfer (Art 45(1)): it needs " +
            'appropriate safeguards (Art 46–47) or, as an exception, a derogation (Art 49).',
        ))
  );
}

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
        ctx.report(m.span, adequacyMessage(ctx.ui, law, bad, leaves.length > 1), undefined, undefined, [law]);
      }
    }
  }
}

function adequacyMessage(ui: InterfaceText, law: Law, bad: string[], named: boolean): string {
  const certified = law.adequacy.certified;
  // The country of a framework for certified recipients has a finding, only not for the whole country.
  const plain = bad.filter((c) => c !== certified?.country).map((c) => ui.country(c));
  const parts: string[] = [];
  // "Japan has no entry in Annex 1 DPO (Art 16(1) FADP)", as each law's list is named.
  const LISTS = {
    'eu-gdpr': [
      (p: string) => ui.t('{0} has no adequacy decision of the European Commission', p),
      (p: string) => ui.t('{0} have no adequacy decision of the European Commission', p),
      (p: string, m: string) =>
        ui.t(
          '{0} has no adequacy decision of the European Commission covering the whole country, only one for ' +
            "organisations certified under its framework (use '{1}' for those)",
          p,
          m,
        ),
    ],
    'uk-gdpr': [
      (p: string) => ui.t('{0} has no approval by regulations under Art 45A UK GDPR', p),
      (p: string) => ui.t('{0} have no approval by regulations under Art 45A UK GDPR', p),
      (p: string, m: string) =>
        ui.t(
          '{0} has no approval by regulations under Art 45A UK GDPR covering the whole country, only one for ' +
            "organisations certified under its framework (use '{1}' for those)",
          p,
          m,
        ),
    ],
    'ch-fadp': [
      (p: string) => ui.t('{0} has no entry in Annex 1 DPO (Art 16(1) FADP)', p),
      (p: string) => ui.t('{0} have no entry in Annex 1 DPO (Art 16(1) FADP)', p),
      (p: string, m: string) =>
        ui.t(
          '{0} has no entry in Annex 1 DPO (Art 16(1) FADP) covering the whole country, only one for ' +
            "organisations certified under its framework (use '{1}' for those)",
          p,
          m,
        ),
    ],
  } as const;
  const [one, several, onlyCertified] = LISTS[law.id] ?? LISTS['ch-fadp'];
  if (plain.length) parts.push(plain.length > 1 ? several(plain.join(', ')) : one(plain[0]));
  if (certified && bad.includes(certified.country))
    parts.push(onlyCertified(ui.country(certified.country), certified.mechanism));
  const instead =
    law.id === 'eu-gdpr'
      ? ui.t("Use a safeguard of Art 46 such as 'scc'.")
      : law.id === 'uk-gdpr'
        ? ui.t("Use a safeguard of Art 46 UK GDPR such as 'uk-idta' or 'uk-addendum'.")
        : ui.t("Use a safeguard of Art 16(2) FADP such as 'scc', or an exception of Art 17 FADP.");
  const said = ui.t(
    "{0} (list as of {1}), so 'adequacy' cannot cover this transfer. {2}",
    parts.join('; '),
    law.adequacy.asOf,
    instead,
  );
  return named ? ui.t('Under {0}: {1}', ui.say(law.inSentence), said) : said;
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
