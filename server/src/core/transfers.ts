// Where a transfer takes personal data (Art 44): read by the transfer rules, the semantic diff and the exports.
import type { PolicyModel, Recipient, Str, Transfer } from '../parser/policyModel';
import type { Law } from '../laws';

/** The countries a transfer reaches: those it lists and those of the recipients it names. */
export function transferCountries(
  transfer: Transfer,
  recipients: readonly { id: string; country?: { value: string } }[],
): string[] {
  const codes = new Set(transfer.countries.map((c) => c.value));
  for (const ref of transfer.recipients) {
    const country = recipients.find((r) => r.id === ref.value)?.country?.value;
    if (country) codes.add(country);
  }
  return [...codes];
}

/** The recipients outside the law's territory that no transfer covers, by naming them or by listing their country. */
export function uncoveredRecipients(
  model: Pick<PolicyModel, 'recipients' | 'transfers'>,
  law: Law,
): (Recipient & { country: Str })[] {
  const { recipients, transfers } = model;
  const coveredIds = new Set(transfers.flatMap((t) => t.recipients.map((ref) => ref.value)));
  const coveredCountries = new Set(transfers.flatMap((t) => t.countries.map((c) => c.value)));
  return recipients.filter(
    (r): r is Recipient & { country: Str } =>
      !!r.country &&
      !law.territory.contains(r.country.value) &&
      !coveredIds.has(r.id) &&
      !coveredCountries.has(r.country.value),
  );
}
