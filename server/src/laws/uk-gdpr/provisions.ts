// How the UK GDPR names the provisions the language is keyed by (the GDPR's numbering, docs/language.md "Laws"), on a
// date: most keep their number; some were replaced (Art 22 by Arts 22A–22D, Art 45 by Art 45A, Art 89 by Arts 84A–84D
// on 5 February 2026; Art 77 by DPA 2018 s.165 on 19 June 2026), some were never part of the UK GDPR (the EU
// cooperation articles). The dates and amending provisions are in structure.ts and differences.ts.
import { appliesOn } from '../dates';
import { lookupKeys, mapProvisions, type ListItem, type MappedItem } from '../provisionList';

/** From 5 February 2026 (SI 2026/82 reg 2) and 19 June 2026 (reg 3). */
export const DUAA_MAIN = '2026-02-05';
export const DUAA_COMPLAINTS = '2026-06-19';

const art = (ref: string): MappedItem => ({ prefix: 'Art ', ref, suffix: '' });
const dpa = (ref: string): MappedItem => ({ prefix: 'DPA 2018 s.', ref, suffix: '' });

/**
 * GDPR key → the UK's own provision, from a date. `null`: no counterpart in the UK GDPR. Keys not listed keep their
 * number. Looked up most specific first ("22(4)", then "22").
 */
const CHANGES: Readonly<Record<string, readonly { from: string; to: MappedItem[] | null }[]>> = {
  '6(4)': [{ from: DUAA_MAIN, to: [art('8A')] }],
  '12(3)': [{ from: DUAA_MAIN, to: [art('12(3)'), art('12A')] }],
  '14(5)(b)': [{ from: DUAA_MAIN, to: [art('14(5)(e)–(f)')] }],
  '22': [{ from: DUAA_MAIN, to: [art('22A–22C')] }],
  '22(1)': [{ from: DUAA_MAIN, to: [art('22A'), art('22B')] }],
  // Art 22B's conditions apply to decisions on special category data only: explicit consent (22B(2)); a contract, or
  // a requirement or authorisation by law, with Art 9(2)(g) (22B(3)).
  '22(2)': [{ from: DUAA_MAIN, to: [art('22B(2)–(3)')] }],
  '22(2)(a)': [{ from: DUAA_MAIN, to: [art('22B(3)')] }],
  '22(2)(b)': [{ from: DUAA_MAIN, to: [art('22B(3)')] }],
  '22(2)(c)': [{ from: DUAA_MAIN, to: [art('22B(2)')] }],
  '22(1)–(3)': [{ from: DUAA_MAIN, to: [art('22A–22C')] }],
  '22(3)': [{ from: DUAA_MAIN, to: [art('22C')] }],
  '22(4)': [{ from: DUAA_MAIN, to: [art('22B(1)–(3)')] }],
  '44': [{ from: DUAA_MAIN, to: [art('44A')] }],
  '45': [{ from: DUAA_MAIN, to: [art('45A')] }],
  '46(1)': [{ from: DUAA_MAIN, to: [art('46(1A)')] }],
  '77': [{ from: DUAA_COMPLAINTS, to: [dpa('165')] }],
  '89': [{ from: DUAA_MAIN, to: [art('84A–84D')] }],
  '89(1)': [{ from: DUAA_MAIN, to: [art('84B')] }],
  '89(2)': [{ from: DUAA_MAIN, to: [{ prefix: 'DPA 2018 Sch 2 Part ', ref: '6', suffix: '' }] }],
  '89(3)': [{ from: DUAA_MAIN, to: [{ prefix: 'DPA 2018 Sch 2 Part ', ref: '6', suffix: '' }] }],
};

/** Articles of the GDPR that were never part of the UK GDPR (omitted at the end of 2020, structure.ts). */
const NEVER: ReadonlySet<string> = new Set([
  '48',
  '53',
  '54',
  '55',
  '56',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '67',
  '68',
  '69',
  '70',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '87',
  '88',
  '90',
  '91',
  '92',
  '93',
  '97',
  '98',
  '99',
]);

/** The UK's own citation of GDPR provisions on `date`: "Art 13(1)(c)"; "DPA 2018 s.165" for Art 77 from 19 June 2026. */
export function citeUk(provisions: string, date: string): string | undefined {
  return mapProvisions(provisions, (item) => mapItem(item, date));
}

function mapItem(item: ListItem, date: string): MappedItem | MappedItem[] | null {
  // ePrivacy Art 5(3) is transposed in the UK by the Privacy and Electronic Communications Regulations 2003.
  if (item.instrument === 'eprivacy') return { prefix: 'PECR reg ', ref: '6', suffix: '' };
  if (item.instrument === 'recital') return { prefix: 'Recital ', ref: item.raw, suffix: '' };
  if (NEVER.has(item.article)) return null;
  // A range the table names whole ("22(1)–(3)") before its first provision alone.
  const keys = lookupKeys(item);
  const range = !keys.includes(item.raw);
  for (const key of range ? [item.raw, ...keys] : keys) {
    const changes = CHANGES[key];
    if (!changes) continue;
    const applying = changes.filter((c) => appliesOn(c.from, date)).pop();
    if (applying) return applying.to;
    if (!range || key !== item.raw) break;
  }
  return art(item.raw);
}
