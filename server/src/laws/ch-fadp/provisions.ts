// How the Swiss FADP answers the provisions the language is keyed by (the GDPR's numbering, docs/language.md
// "Laws"). The FADP is built differently: its duty to inform (Art 19) lists no legal basis, no retention period, no
// data protection officer, no right to complain and no source of the data; private processing needs no legal basis
// unless it breaches the personality (Art 30–31). A GDPR provision without a counterpart maps to null, so a rule that
// serves it is silent under the FADP alone. Each mapping is the project's reading of both texts (sources in NOTICE.md;
// the FADP provisions themselves are verified against the Fedlex text).
import { lookupKeys, mapProvisions, type ListItem, type MappedItem } from '../provisionList';

const fadp = (ref: string): MappedItem => ({ prefix: 'Art ', ref, suffix: ' FADP' });
const dpo = (ref: string): MappedItem => ({ prefix: 'Art ', ref, suffix: ' DPO' });

/** GDPR key → FADP (or DPO) provisions; null: no counterpart. Looked up most specific first. */
const TABLE: Readonly<Record<string, MappedItem[] | null>> = {
  // Principles: lawfulness (Art 6(1)); good faith and proportionality (6(2)); a purpose recognisable to the person
  // (6(3)), the FADP's transparency; destruction or anonymisation when no longer needed (6(4)); accuracy (6(5)).
  '5(1)(a)': [fadp('6(1)'), fadp('6(2)'), fadp('6(3)')],
  '5(1)(b)': [fadp('6(3)')],
  '5(1)(c)': [fadp('6(2)')],
  '5(1)(d)': [fadp('6(5)')],
  '5(1)(e)': [fadp('6(4)')],
  // Consent: valid only if voluntary and informed (6(6)); express for sensitive data (6(7)).
  '4(11)': [fadp('6(6)')],
  '7': [fadp('6(6)')],
  '7(3)': null,
  '7(4)': null,
  // Legal bases: no counterpart (justification grounds apply only to a breach of personality, Art 31).
  '6': null,
  '8': null,
  '9': null,
  '10': null,
  // Transparency and the duty to inform.
  '12(1)': [dpo('13')],
  '12(2)': null,
  '12(3)': [fadp('25(7)'), dpo('18(1)')],
  '12(5)': [fadp('26(1)(c)')],
  '13(1)(a)': [fadp('19(2)(a)')],
  '13(1)(b)': null,
  '13(1)(c)': [fadp('19(2)(b)')],
  '13(1)(d)': null,
  '13(1)(e)': [fadp('19(2)(c)')],
  '13(1)(f)': [fadp('19(4)')],
  // Retention: not an item of Art 19; given on access (Art 25(2)(d)).
  '13(2)(a)': [fadp('25(2)(d)')],
  '13(2)(b)': null,
  '13(2)(c)': null,
  '13(2)(d)': null,
  '13(2)(e)': null,
  '13(2)(f)': [fadp('21(1)')],
  '13(3)': null,
  '14(1)(d)': [fadp('19(3)')],
  '14(2)(f)': null,
  '14(5)': [fadp('20(2)')],
  // Rights.
  '15': [fadp('25')],
  '16': [fadp('32(1)')],
  '17': [fadp('32(2)(c)')],
  '18': null,
  '20': [fadp('28')],
  '21': [fadp('30(2)(b)')],
  '21(2)': null,
  '22': [fadp('21')],
  '22(4)': null,
  '23': null,
  '26': null,
  '27': null,
  '37': null,
  // Disclosure abroad.
  '44': [fadp('16')],
  '45': [fadp('16(1)'), { prefix: 'Annex ', ref: '1', suffix: ' DPO' }],
  '46': [fadp('16(2)')],
  '46(2)(a)': [fadp('16(2)(a)')],
  '46(2)(c)': [fadp('16(2)(d)')],
  '46(3)(a)': [fadp('16(2)(b)')],
  '47': [fadp('16(2)(e)')],
  '49': [fadp('17')],
  '49(1)(a)': [fadp('17(1)(a)')],
  '49(1)(b)': [fadp('17(1)(b)')],
  '49(1)(c)': [fadp('17(1)(b)')],
  '49(1)(d)': [fadp('17(1)(c)')],
  '49(1)(e)': [fadp('17(1)(c)')],
  '49(1)(f)': [fadp('17(1)(d)')],
  '49(1)(g)': [fadp('17(1)(f)')],
  '51': null,
  '55': null,
  '77': null,
  '85': null,
  '89': null,
  '91': null,
};

/** The FADP's own citation of GDPR provisions ("Art 19(2)(b) FADP"); undefined when one of them has no counterpart. */
export function citeCh(provisions: string): string | undefined {
  return mapProvisions(provisions, mapItem);
}

function mapItem(item: ListItem): MappedItem | MappedItem[] | null {
  // Storing or reading information on a device: Art 45c(b) of the Telecommunications Act (inform, allow refusal).
  if (item.instrument === 'eprivacy') return { prefix: 'Art ', ref: '45c(b)', suffix: ' FMG' };
  if (item.instrument === 'recital') return null;
  for (const key of lookupKeys(item)) {
    const mapped = TABLE[key];
    if (mapped !== undefined) return mapped;
  }
  return null;
}
