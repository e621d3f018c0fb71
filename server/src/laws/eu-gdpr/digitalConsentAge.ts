// The age of digital consent (Art 8(1)): below it, consent to an information society service offered directly to
// a child must be given or authorised by the holder of parental responsibility. The GDPR sets 16 and lets each
// Member State lower it by law, not below 13. A legal fact that changes over time: kept here with its sources and
// the date it was last checked, like the adequacy list.

/** When the table below was last checked against its sources. */
export const DIGITAL_CONSENT_AGE_AS_OF = '2026-12-01';

/**
 * Where the values come from. The baseline is the Commission's own survey of the Member States' choices; later
 * national changes are checked one by one against the amending law or its commentary.
 */
export const DIGITAL_CONSENT_AGE_SOURCES = [
  'European Commission, Staff Working Document SWD(2020) 115 final accompanying the two-year evaluation ' +
    'of the GDPR (COM(2020) 264), p. 17: the ages chosen by the EU Member States',
  'Denmark: Databeskyttelsesloven § 6(2) as amended with effect from 1 January 2024 (13 → 15)',
  'Slovenia: Zakon o varstvu osebnih podatkov (ZVOP-2), Uradni list RS 163/2022, in force 26 January 2023 (15)',
  'Bulgaria: Personal Data Protection Act, Art 25c (14)',
  'Norway: personopplysningsloven § 5 (13; a 2025 proposal to raise it to 15 was not in force when ' +
    'checked); Iceland: Act 90/2018, Art 10 (13); Liechtenstein: no lower age set (16)',
] as const;

/** The GDPR's own age, which applies where a Member State has not set a lower one. */
export const DEFAULT_DIGITAL_CONSENT_AGE = 16;

/** EEA country (ISO 3166-1 alpha-2) → the age at and above which a child may consent alone. */
export const DIGITAL_CONSENT_AGE: ReadonlyMap<string, number> = new Map([
  ['AT', 14],
  ['BE', 13],
  ['BG', 14],
  ['HR', 16],
  ['CY', 14],
  ['CZ', 15],
  ['DK', 15],
  ['EE', 13],
  ['FI', 13],
  ['FR', 15],
  ['DE', 16],
  ['GR', 15],
  ['HU', 16],
  ['IE', 16],
  ['IT', 14],
  ['LV', 13],
  ['LT', 14],
  ['LU', 16],
  ['MT', 13],
  ['NL', 16],
  ['PL', 16],
  ['PT', 13],
  ['RO', 16],
  ['SK', 16],
  ['SI', 15],
  ['ES', 14],
  ['SE', 13],
  ['IS', 13],
  ['LI', 16],
  ['NO', 13],
]);

/** The age for a country, or undefined when the country is not in the EEA (or not given). */
export function digitalConsentAge(country: string | undefined): number | undefined {
  return country ? DIGITAL_CONSENT_AGE.get(country.trim().toUpperCase()) : undefined;
}
