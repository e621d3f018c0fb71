// The record of processing activities as CSV, one row per purpose, under the notice's first law (`export --law` for
// another, docs/language.md "Laws"): Art 30(1)(a)–(g) GDPR and UK GDPR, or Art 12(2)(a)–(g) FADP, which asks for no
// legal basis but for every State data is disclosed to abroad with its safeguard or exception.
import { stringify } from 'csv-stringify/sync';
import { countryName } from '../vocabulary/countries';
import { findTerm } from '../vocabulary/terms';
import { entryOf, fieldStr, mapOf, strList } from '../parser/policyModel';
import { mechanismsUnder, transferCountries, transferLaws } from '../core/transfers';
import type { Analysis } from '../core/analysis';
import type { Law } from '../laws';
import { retentionText } from './plainText';

export const ROPA_COLUMNS = [
  'Purpose id',
  '(a) Controller',
  '(a) Controller contact',
  '(a) Data protection officer',
  '(a) Representative',
  '(b) Purpose of the processing',
  'Legal basis (Art 6)',
  'Condition for special categories (Art 9)',
  '(c) Categories of data subjects',
  '(c) Categories of personal data',
  '(d) Categories of recipients',
  '(e) Transfers to third countries and safeguards',
  '(f) Time limits for erasure',
  '(g) Technical and organisational security measures',
];

/** Art 12(2) FADP: the record's contents under the Swiss law. */
export const FADP_RECORD_COLUMNS = [
  'Purpose id',
  '(a) Controller',
  '(a) Controller contact',
  'Representative in Switzerland (Art 14)',
  '(b) Purpose of the processing',
  '(c) Categories of data subjects',
  '(c) Categories of personal data',
  '(d) Categories of recipients',
  '(e) Retention period or criteria',
  '(f) Security measures (Art 8)',
  '(g) States abroad, with the safeguard (Art 16(2)) or exception (Art 17)',
];

export function toRopaCsv(analysis: Analysis): string {
  const { model } = analysis;
  const law = analysis.laws[0];
  const section = (key: string) => mapOf(entryOf(model.root, key)?.value);
  const controller = section('controller');
  const dpoNode = entryOf(model.root, 'dpo')?.value;
  const dpo =
    dpoNode?.kind === 'scalar' && dpoNode.value === 'none'
      ? 'No DPO appointed'
      : [fieldStr(mapOf(dpoNode), 'name')?.value, fieldStr(mapOf(dpoNode), 'email')?.value].filter(Boolean).join(', ');
  const representative = [
    fieldStr(section('representative'), 'name')?.value,
    fieldStr(section('representative'), 'email')?.value,
  ]
    .filter(Boolean)
    .join(', ');
  const contact = ['address', 'email', 'phone', 'url']
    .map((k) => fieldStr(controller, k)?.value)
    .filter(Boolean)
    .join('; ');
  const security = strList(entryOf(model.root, 'security')?.value)
    .map((s) => s.value)
    .join('; ');
  const rows = model.purposes.map((p) => {
    const recipients = p.recipients
      .map((ref) => model.recipients.find((r) => r.id === ref.value))
      .filter((r) => r !== undefined);
    const transfers = model.transfers
      .map((t) => ({
        t,
        countries: transferCountries(t, model.recipients).filter((c) => !analysis.laws[0].territory.contains(c)),
      }))
      .filter(
        ({ t, countries }) =>
          countries.length > 0 &&
          (t.recipients.some((ref) => p.recipients.some((pr) => pr.value === ref.value)) ||
            countries.some((c) => recipients.some((r) => r.country?.value === c))),
      )
      .map(
        ({ t, countries }) =>
          `${countries.map(countryName).join(', ')}: ${t.mechanism ? `${findTerm('mechanism', t.mechanism.value)?.label ?? t.mechanism.value}` : 'no safeguard stated'}`,
      );
    // International organisations (v1.2) are destinations of their own (Art 30(1)(e)).
    const organisations = model.transfers
      .filter(
        (t) =>
          t.organisations.length &&
          (t.recipients.length === 0 || t.recipients.some((ref) => p.recipients.some((pr) => pr.value === ref.value))),
      )
      .map(
        (t) =>
          `${t.organisations.map((o) => o.value).join(', ')}: ${t.mechanism ? (findTerm('mechanism', t.mechanism.value)?.label ?? t.mechanism.value) : 'no safeguard stated'}`,
      );
    // Art 30(1)(c): the audiences the purpose concerns; a purpose naming none concerns them all.
    const subjects = (
      p.audiences.length
        ? p.audiences.map((ref) => model.audiences.find((a) => a.id === ref.value)?.name ?? ref.value)
        : model.audiences.map((a) => a.name)
    ).concat(p.children ? ['Children (Art 8)'] : []);
    const joint = model.jointControllers
      .filter((j) => j.name && (j.purposes.length === 0 || j.purposes.some((r) => r.value === p.id)))
      .map((j) => j.name!.value);
    return [
      p.id,
      [
        fieldStr(controller, 'name')?.value ?? '',
        ...(joint.length ? [`joint controller(s): ${joint.join('; ')}`] : []),
      ].join('; '),
      contact,
      dpo,
      representative,
      p.name + (fieldStr(p.map, 'description') ? ` — ${fieldStr(p.map, 'description')!.value.trim()}` : ''),
      p.bases
        .map((b) => {
          const t = findTerm('basis', b.value);
          return t ? `${t.label} (${t.article})` : b.value;
        })
        .join('; '),
      p.specialBases
        .map((b) => {
          const t = findTerm('special_basis', b.value);
          return t ? `${t.label} (${t.article})` : b.value;
        })
        .join('; '),
      subjects.length ? subjects.join('; ') : 'Not stated in the policy',
      p.data.map((ref) => model.data.find((d) => d.id === ref.value)?.name ?? ref.value).join('; '),
      recipients
        .map((r) =>
          [r.name, r.category?.value && (findTerm('recipient_category', r.category.value)?.label ?? r.category.value)]
            .filter(Boolean)
            .join(' — '),
        )
        .join('; '),
      [...transfers, ...organisations].join('; '),
      retentionText(analysis, entryOf(p.map, 'retention')?.value),
      security,
    ];
  });
  if (law.id === 'ch-fadp') return fadpRecord(analysis, rows);
  return stringify([recordColumns(law), ...rows], { record_delimiter: 'windows' });
}

/**
 * The record's columns under a law: Art 30(1) GDPR; under the UK GDPR the same, with the UK's citations (Art 30 UK
 * GDPR keeps the numbering); Art 12(2) FADP.
 */
export function recordColumns(law: Law): readonly string[] {
  if (law.id === 'ch-fadp') return FADP_RECORD_COLUMNS;
  if (law.id === 'eu-gdpr') return ROPA_COLUMNS;
  return ROPA_COLUMNS.map((c) =>
    c
      .replace('(Art 6)', '(Art 6 UK GDPR)')
      .replace('(Art 9)', '(Art 9 UK GDPR)')
      .replace('third countries', 'countries outside the United Kingdom'),
  );
}

/** The Swiss record, from the same facts: no legal basis; every State abroad, adequate or not, with its ground. */
function fadpRecord(analysis: Analysis, gdprRows: string[][]): string {
  const { model } = analysis;
  const law = analysis.laws[0];
  const swissRepresentative = mapOf(
    entryOf(mapOf(entryOf(mapOf(entryOf(model.root, 'laws')?.value), 'ch-fadp')?.value), 'representative')?.value,
  );
  const representative = [fieldStr(swissRepresentative, 'name')?.value, fieldStr(swissRepresentative, 'address')?.value]
    .filter(Boolean)
    .join(', ');
  const rows = model.purposes.map((p, i) => {
    const g = gdprRows[i];
    const abroad = model.transfers
      .filter((t) => transferLaws(t, model, [law]).length > 0)
      .filter(
        (t) =>
          t.recipients.length === 0 || t.recipients.some((ref) => p.recipients.some((pr) => pr.value === ref.value)),
      )
      .map((t) => {
        const states = [
          ...transferCountries(t, model.recipients)
            .filter((c) => !law.territory.contains(c))
            .map(countryName),
          ...t.organisations.map((o) => o.value),
        ];
        const grounds = mechanismsUnder(t, law).map((m) => {
          const label = findTerm('mechanism', m.value)?.label ?? m.written;
          const provision = law.mechanismProvision?.(m.value);
          return provision ? `${label} (${provision})` : label;
        });
        return `${states.join(', ') || 'States not stated'}: ${grounds.join(' or ') || 'no ground stated'}`;
      });
    // GDPR columns: 0 id, 1 controller, 2 contact, 5 purpose, 8 subjects, 9 data, 10 recipients, 12 retention, 13 security.
    return [g[0], g[1], g[2], representative, g[5], g[8], g[9], g[10], g[12], g[13], abroad.join('; ')];
  });
  return stringify([FADP_RECORD_COLUMNS, ...rows], { record_delimiter: 'windows' });
}
