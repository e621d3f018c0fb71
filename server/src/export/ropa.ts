// The Art 30(1) record of processing activities as CSV: one row per purpose, columns (a) to (g).
import { stringify } from 'csv-stringify/sync';
import { countryName } from '../vocabulary/countries';
import { findTerm } from '../vocabulary/terms';
import { entryOf, fieldStr, mapOf, strList } from '../parser/policyModel';
import { transferCountries } from '../core/transfers';
import type { Analysis } from '../core/analysis';
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

export function toRopaCsv(analysis: Analysis): string {
  const { model } = analysis;
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
  return stringify([ROPA_COLUMNS, ...rows], { record_delimiter: 'windows' });
}
