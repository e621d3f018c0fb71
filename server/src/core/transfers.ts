// Where a transfer takes personal data (Art 44): read by the transfer rules, the semantic diff and the exports.
import type { Mechanism, PolicyModel, Recipient, Str, Transfer } from '../parser/policyModel';
import type { Law } from '../laws';

/** The places a transfer reaches: the countries it lists and those of the recipients it names. */
export function transferCountries(
  transfer: Transfer,
  recipients: readonly { id: string; countries: readonly { value: string }[] }[],
): string[] {
  const codes = new Set(transfer.countries.map((c) => c.value));
  for (const ref of transfer.recipients) {
    for (const c of recipients.find((r) => r.id === ref.value)?.countries ?? []) codes.add(c.value);
  }
  return [...codes];
}

/**
 * The recipients outside the law's territory that no transfer covers, by naming them or by listing their country;
 * `country` is the first of their places that is outside and uncovered.
 */
export function uncoveredRecipients(
  model: Pick<PolicyModel, 'recipients' | 'transfers'>,
  law: Law,
): (Recipient & { country: Str })[] {
  const { recipients } = model;
  // A transfer whose `from` names other laws only does not cover a recipient under this one (docs/language.md, "Laws").
  const transfers = model.transfers.filter((t) => !t.from.length || t.from.some((f) => f.value === law.id));
  const coveredIds = new Set(transfers.flatMap((t) => t.recipients.map((ref) => ref.value)));
  const coveredCountries = new Set(transfers.flatMap((t) => t.countries.map((c) => c.value)));
  return recipients.flatMap((r) => {
    if (coveredIds.has(r.id)) return [];
    const outside = r.countries.find((c) => !law.territory.contains(c.value) && !coveredCountries.has(c.value));
    return outside ? [{ ...r, country: outside }] : [];
  });
}

/**
 * The laws whose territory a transfer leaves (docs/language.md, "Laws"): those its `from` names, or else every law of
 * the notice under which one of its destinations is outside the territory — adequate or not, a transfer is disclosed
 * with its ground.
 */
export function transferLaws(transfer: Transfer, model: Pick<PolicyModel, 'recipients'>, laws: readonly Law[]): Law[] {
  if (transfer.from.length) return laws.filter((law) => transfer.from.some((f) => f.value === law.id));
  const destinations = transferCountries(transfer, model.recipients);
  // International organisations are outside every territory; a transfer that names no place leaves them all.
  if (!destinations.length || transfer.organisations.length) return [...laws];
  return laws.filter((law) => destinations.some((c) => !law.territory.contains(c)));
}

/**
 * The mechanisms a transfer gives under one law: the ones its `mechanism` map gives that law, or else the ones it
 * gives without naming a law (a plain value or list applies under every law the transfer leaves).
 */
export function mechanismsUnder(transfer: Transfer, law: Law): Mechanism[] {
  const own = transfer.mechanisms.filter((m) => m.law === law.id);
  if (own.length) return own;
  return transfer.mechanisms.filter((m) => m.law === undefined);
}

/** What a mechanism is: an adequacy finding, an appropriate safeguard, or a derogation (docs/language.md, "mechanism"). */
export function mechanismKind(mechanism: string): 'adequacy' | 'safeguard' | 'derogation' | 'unknown' {
  if (['adequacy', 'dpf', 'uk-extension-dpf', 'swiss-us-dpf', 'privacy-shield', 'safe-harbor'].includes(mechanism))
    return 'adequacy';
  if (mechanism.startsWith('derogation-')) return 'derogation';
  if (
    [
      'scc',
      'bcr',
      'legally-binding-instrument',
      'code-of-conduct',
      'certification',
      'ad-hoc-clauses',
      'uk-idta',
      'uk-addendum',
    ].includes(mechanism)
  )
    return 'safeguard';
  return 'unknown';
}

/** The destinations of a transfer outside one law's territory (countries; international organisations are kept apart). */
export function destinationsOutside(transfer: Transfer, model: Pick<PolicyModel, 'recipients'>, law: Law): string[] {
  return transferCountries(transfer, model.recipients).filter((c) => !law.territory.contains(c));
}
