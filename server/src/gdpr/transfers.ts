// Where a transfer takes personal data (Art 44): read by the transfer rules, the semantic diff and the exports.
import type { Transfer } from '../parser/policyModel';

/** The countries a transfer reaches: those it lists and those of the recipients it names. */
export function transferCountries(transfer: Transfer, recipients: readonly { id: string; country?: { value: string } }[]): string[] {
  const codes = new Set(transfer.countries.map((c) => c.value));
  for (const ref of transfer.recipients) {
    const country = recipients.find((r) => r.id === ref.value)?.country?.value;
    if (country) codes.add(country);
  }
  return [...codes];
}
