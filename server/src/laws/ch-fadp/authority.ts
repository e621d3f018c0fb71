// The Federal Data Protection and Information Commissioner (docs/language.md, "Laws"): the Swiss supervisory
// authority, named in each official language by Art 4(1) FADP. A person may report a suspected breach to it (Art
// 49(1)): it decides whether to open an investigation, and tells a data subject who reported what it did (Art 49(4));
// the person who reported is not a party (Art 52(2)). Names: official; contact details: secondary (see `verified`).
import type { LawAuthority } from '../law';

/** Names an author may give the Swiss authority, in any of its languages. */
export const CH_AUTHORITY_NAMES: readonly string[] = [
  'FDPIC',
  'EDÖB',
  'PFPDT',
  'IFPDT',
  'Federal Data Protection and Information Commissioner',
  'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter',
  'Préposé fédéral à la protection des données et à la transparence',
  'Incaricato federale della protezione dei dati e della trasparenza',
];

export const FDPIC: LawAuthority = {
  name: {
    en: 'Federal Data Protection and Information Commissioner',
    fr: 'Préposé fédéral à la protection des données et à la transparence',
    nl: 'Federal Data Protection and Information Commissioner',
    de: 'Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter',
  },
  short: { en: 'FDPIC', fr: 'PFPDT', nl: 'FDPIC', de: 'EDÖB' },
  aliases: CH_AUTHORITY_NAMES,
  address: ['Feldeggweg 1', '3003 Bern'],
  country: 'CH',
  phone: '+41 58 462 43 95',
  url: 'https://www.edoeb.admin.ch',
  // Only the German report page was found; the other languages get the authority's home page.
  complaintUrl: {
    de: 'https://www.edoeb.admin.ch/de/anzeige-einreichen',
    en: 'https://www.edoeb.admin.ch',
    fr: 'https://www.edoeb.admin.ch',
    nl: 'https://www.edoeb.admin.ch',
  },
  reference: 'Art 4(1) FADP (names); Art 49 FADP (reports); Art 52(2) FADP (the person reporting is not a party)',
  source:
    'Names: Art 4(1) FADP in each language version (Fedlex consolidation of 7 July 2025). Contact: datenanfragen/data ' +
    'supervisory-authorities/chedoeb.json (CC0, commit 0a29c3d6, 2026-07-21); report page: stored copy of ' +
    'https://www.edoeb.admin.ch/de/anzeige-einreichen.',
  asOf: '2026-12-07',
  verified:
    'official for the names, the legal basis and the German report page; secondary for the address and phone ' +
    '(https://github.com/datenanfragen/data/blob/master/supervisory-authorities/chedoeb.json)',
};
