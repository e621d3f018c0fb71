// The Information Commissioner (docs/language.md, "Laws"): the UK supervisory authority (DPA 2018 s.114; s.3(8)),
// known to the public as the Information Commissioner's Office. The Information Commission exists since 20 August
// 2025 (DPA 2018 s.114A, inserted by DUAA 2025 s.117) but takes over the Commissioner's functions only when DUAA 2025
// ss.118–119 come into force; no commencement was found (as of the date below), so notices name the Commissioner.
// Contact details are secondary: see `verified`.
import type { LawAuthority } from '../law';
import { LANGUAGES } from '../../languages';

const everywhere = (text: string) => Object.fromEntries(LANGUAGES.map((l) => [l.tag, text]));

/** Names an author may give the UK authority (the statutory name, the office's public name, the future body). */
export const UK_AUTHORITY_NAMES: readonly string[] = [
  'Information Commissioner',
  'Information Commissioner’s Office',
  "Information Commissioner's Office",
  'The Information Commissioner’s Office',
  'ICO',
  'Information Commission',
];

export const INFORMATION_COMMISSIONER: LawAuthority = {
  name: everywhere('Information Commissioner'),
  short: everywhere('ICO'),
  aliases: UK_AUTHORITY_NAMES,
  address: ['Wycliffe House', 'Water Lane', 'Wilmslow', 'Cheshire', 'SK9 5AF'],
  country: 'GB',
  phone: '+44 303 123 1113',
  url: 'https://ico.org.uk/',
  complaintUrl: everywhere(
    'https://ico.org.uk/make-a-complaint/data-protection-complaints/data-protection-complaints/',
  ),
  reference: 'DPA 2018 s.114, s.3(8); complaints: DPA 2018 s.165 (before 19 June 2026 also Art 77 UK GDPR)',
  source:
    'Statutory name: DPA 2018 s.3(8), s.114 (legislation.gov.uk text revised to 7 April 2026, via ' +
    'github.com/legalize-dev/legalize-uk @04944247). Contact details: datenanfragen/data supervisory-authorities ' +
    '(commit 0a29c3d6, 2026-07-21, CC0) and stored ico.org.uk pages.',
  asOf: '2026-12-07',
  verified:
    'official for the name and its provisions; secondary for the contact details ' +
    '(https://ico.org.uk/make-a-complaint/data-protection-complaints/data-protection-complaints/). The ICO announced ' +
    'a move of its head office from Wilmslow to Manchester in autumn 2026 (secondary: ' +
    'https://infotec.news/2025/06/05/manchester-move-for-ico); the new address was not found: check the address.',
};

/** The body that takes over the Commissioner's functions once DUAA 2025 ss.118–119 are in force (date not known). */
export const INFORMATION_COMMISSION = {
  name: 'Information Commission',
  reference: 'DPA 2018 s.114A (inserted by DUAA 2025 s.117(2), in force 20 August 2025, SI 2025/904 reg 2(r))',
  takesOverFunctions: undefined as string | undefined,
};
