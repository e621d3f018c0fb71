// Where a transfer takes personal data (Art 44): read by the transfer rules, the semantic diff and the exports.
import type { PolicyModel, Recipient, Str, Transfer } from '../parser/policyModel';
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
  const { recipients, transfers } = model;
  const coveredIds = new Set(transfers.flatMap((t) => t.recipients.map((ref) => ref.value)));
  const coveredCountries = new Set(transfers.flatMap((t) => t.countries.map((c) => c.value)));
  return recipients.flatMap((r) => {
    if (coveredIds.has(r.id)) return [];
    const outside = r.countries.find((c) => !law.territory.contains(c.value) && !coveredCountries.has(c.value));
    return outside ? [{ ...r, country: outside }] : [];
  });
}
