// The record of processing activities as CSV, under the notice's first law (`export --law` for another,
// docs/language.md "Laws"): one row per purpose, columns (a) to (g) of Art 30(1) GDPR and UK GDPR (or Art 12(2)(a)–(g)
// FADP, which asks for no legal basis but for every State data is disclosed to abroad with its safeguard or
// exception); and, for each role of the organisation as a processor for another controller (`roles.processor_for`),
// a row of the Art 30(2) record in the same columns where they fit (docs/diff-and-exports.md, "The Art 30 record").
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
  'Record',
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

const CONTROLLER_RECORD = 'Art 30(1): controller';
const NOT_STATED = 'Not stated in the policy';

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
  const representativeOf = (map: ReturnType<typeof mapOf>) =>
    [fieldStr(map, 'name')?.value, fieldStr(map, 'email')?.value ?? fieldStr(map, 'address')?.value]
      .filter(Boolean)
      .join(', ');
  // The notice's own representative, and those that other laws of the notice need (docs/language.md, "Laws").
  const representative = [
    representativeOf(section('representative')),
    ...(section('laws')?.entries ?? []).flatMap((e) => {
      const named = representativeOf(mapOf(entryOf(mapOf(e.value), 'representative')?.value));
      return named ? [`${findTerm('law', e.key)?.label ?? e.key}: ${named}`] : [];
    }),
  ]
    .filter(Boolean)
    .join('; ');
  const contact = ['address', 'email', 'phone', 'url']
    .map((k) => fieldStr(controller, k)?.value)
    .filter(Boolean)
    .join('; ');
  const security = strList(entryOf(model.root, 'security')?.value)
    .map((s) => s.value)
    .join('; ');
  const territory = analysis.laws[0].territory;
  const everyPurpose = model.data.filter((d) => d.allPurposes).map((d) => d.id);
  const noticeRetention = entryOf(model.root, 'retention')?.value;
  /** A transfer's ground: alternatives ("one of"), or one per law. */
  const ground = (t: (typeof model.transfers)[number]) => {
    if (!t.mechanisms.length) return 'no safeguard stated';
    const label = (id: string) => findTerm('mechanism', id)?.label ?? id;
    const laws = [...new Set(t.mechanisms.map((m) => m.law ?? ''))];
    const text = laws
      .map((law) => {
        const labels = t.mechanisms.filter((m) => (m.law ?? '') === law).map((m) => label(m.value));
        const alternatives = labels.length > 1 ? `one of ${labels.join(', ')}` : labels[0];
        return law ? `${findTerm('law', law)?.label ?? law}: ${alternatives}` : alternatives;
      })
      .join('; ');
    // Art 30(1)(e): an occasional transfer of the second subparagraph of Art 49(1) is documented with its interest.
    return `${text}${t.compellingInterest ? ` (compelling legitimate interest: ${t.compellingInterest.value.trim()})` : ''}${t.possible ? ' (possible, not certain)' : ''}`;
  };
  // Lookups by id, and each transfer's destinations outside the territory, once: the record stays linear in size.
  const byId = <T extends { id: string }>(xs: readonly T[]) => {
    const map = new Map<string, T>();
    for (const x of xs) if (!map.has(x.id)) map.set(x.id, x);
    return map;
  };
  const [recipientsById, dataById, audiencesById] = [byId(model.recipients), byId(model.data), byId(model.audiences)];
  const transferPlaces = model.transfers.map((t) => ({
    t,
    countries: [
      ...new Set([
        ...t.countries.map((c) => c.value),
        ...t.recipients.flatMap((ref) => recipientsById.get(ref.value)?.countries.map((c) => c.value) ?? []),
      ]),
    ].filter((c) => !territory.contains(c)),
  }));
  const rows = model.purposes.map((p) => {
    // A recipient that collects on its own service receives nothing from us (docs/language.md, "recipients").
    const recipients = p.recipients
      .map((ref) => recipientsById.get(ref.value))
      .filter((r): r is NonNullable<typeof r> => r !== undefined && !r.ownCollection);
    const named = new Set(p.recipients.map((ref) => ref.value));
    const places = new Set(recipients.flatMap((r) => r.countries.map((c) => c.value)));
    const transfers = transferPlaces
      .filter(
        ({ t, countries }) =>
          countries.length > 0 &&
          (t.recipients.some((ref) => named.has(ref.value)) || countries.some((c) => places.has(c))),
      )
      .map(({ t, countries }) => `${countries.map(countryName).join(', ')}: ${ground(t)}`);
    // International organisations (v1.2) are destinations of their own (Art 30(1)(e)).
    const organisations = model.transfers
      .filter(
        (t) =>
          t.organisations.length && (t.recipients.length === 0 || t.recipients.some((ref) => named.has(ref.value))),
      )
      .map((t) => `${t.organisations.map((o) => o.value).join(', ')}: ${ground(t)}`);
    // Art 30(1)(c): the audiences the purpose concerns; a purpose naming none concerns them all.
    const subjects = (
      p.audiences.length
        ? p.audiences.map((ref) => audiencesById.get(ref.value)?.name ?? ref.value)
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
      subjects.length ? subjects.join('; ') : NOT_STATED,
      // Data used by every purpose (`all_purposes`) is a category of each.
      [...new Set([...p.data.map((ref) => ref.value), ...everyPurpose])]
        .map((d) => dataById.get(d)?.name ?? d)
        .join('; '),
      // Art 30(1)(d): including recipients in third countries.
      recipients
        .map((r) =>
          [
            r.name,
            r.category?.value && (findTerm('recipient_category', r.category.value)?.label ?? r.category.value),
            r.countries
              .filter((c) => !territory.contains(c.value))
              .map((c) => countryName(c.value))
              .join(', '),
            r.possible ? 'possible, not certain' : undefined,
          ]
            .filter(Boolean)
            .join(' — '),
        )
        .join('; '),
      [...transfers, ...organisations].join('; '),
      // A purpose without its own retention uses the notice-wide one.
      retentionText(analysis, entryOf(p.map, 'retention')?.value ?? noticeRetention),
      security,
      CONTROLLER_RECORD,
    ];
  });
  // Art 30(2): the record a processor keeps, per controller on whose behalf it acts.
  const processorFor = entryOf(section('roles'), 'processor_for')?.value;
  const processorRows = (processorFor?.kind === 'seq' ? processorFor.items : []).map((item, index) => {
    const map = mapOf(item);
    const us = [fieldStr(controller, 'name')?.value, contact].filter(Boolean).join(', ');
    return [
      `processor-for-${index + 1}`,
      fieldStr(map, 'controller')?.value ?? NOT_STATED,
      fieldStr(map, 'notice')?.value ?? '',
      dpo,
      representative,
      `Processing on behalf of the controller (Art 30(2)(b)): ${fieldStr(map, 'what')?.value.trim() ?? NOT_STATED}`,
      '',
      '',
      '',
      '',
      '',
      // Art 30(2)(c): the policy's transfers are the controller's own; those for this controller are not stated.
      NOT_STATED,
      '',
      security,
      `Art 30(2): processor — ${us}`,
    ];
  });
  // The Swiss record has its own columns; a processor's record under the FADP (Art 12(3)) is not derived here.
  if (law.id === 'ch-fadp') return fadpRecord(analysis, rows);
  return stringify([recordColumns(law), ...rows, ...processorRows], { record_delimiter: 'windows' });
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
