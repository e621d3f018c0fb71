// Picks the catalogue of generated text for `policy.language` (SPEC §6); unknown languages get English.
import { en, type Messages } from './en';

const CATALOGUES: Record<string, Messages> = { en };

export function messages(language: string | undefined): Messages {
  const primary = (language ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return CATALOGUES[primary] ?? en;
}

export type { Messages };
