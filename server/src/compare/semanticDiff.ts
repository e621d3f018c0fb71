// What changed in meaning between two versions of a policy (not in text): purposes, legal bases, retention,
// recipients, countries and transfer mechanisms. Changes that Art 13(3) requires telling people about before the
// processing starts are flagged.
import { countryName } from '../vocabulary/countries';
import type { Law } from '../laws';
import { findTerm } from '../vocabulary/terms';
import { entryOf, type PolicyModel, type Purpose } from '../parser/policyModel';
import type { YNode } from '../parser/yamlTree';
import { transferCountries } from '../core/transfers';
import { retentionText } from '../export/plainText';

export type Impact = 'inform-before-processing' | 'material' | 'editorial';

export interface Change {
  kind: string;
  impact: Impact;
  /** Plain sentence for the report and the "Changes to this policy" section. */
  summary: string;
  /** The purpose, recipient or country it concerns. */
  subject?: string;
  before?: string;
  after?: string;
}

/** A YAML value as plain data, for comparing meaning regardless of layout and quoting. */
export function plain(node: YNode | null | undefined): unknown {
  if (!node) return null;
  if (node.kind === 'scalar') return node.value === null ? null : String(node.value).trim();
  if (node.kind === 'seq') return node.items.map(plain);
  return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
}

const text = (node: YNode | null | undefined): string => {
  const value = plain(node);
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value).replace(/[{}"]/g, '').replace(/,/g, ', ').replace(/:/g, ': ');
};

const basisLabel = (id: string) => {
  const t = findTerm('basis', id);
  return t ? `${t.label} (${t.article})` : id;
};

export function semanticDiff(before: PolicyModel, after: PolicyModel, law: Law): Change[] {
  const changes: Change[] = [];
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));

  // Purposes.
  const oldPurposes = byId(before.purposes);
  const newPurposes = byId(after.purposes);
  for (const [id, p] of newPurposes) {
    if (!oldPurposes.has(id)) {
      changes.push({
        kind: 'purpose-added',
        impact: 'inform-before-processing',
        subject: p.name,
        summary: `New purpose: ${p.name}. Art 13(3) requires informing people before their data is processed for it.`,
      });
    }
  }
  for (const [id, p] of oldPurposes) {
    if (!newPurposes.has(id))
      changes.push({
        kind: 'purpose-removed',
        impact: 'material',
        subject: p.name,
        summary: `Purpose removed: ${p.name}.`,
      });
  }
  for (const [id, next] of newPurposes) {
    const prev = oldPurposes.get(id);
    if (prev) changes.push(...purposeChanges(prev, next, before, after, law));
  }

  // Data categories.
  const oldData = byId(before.data);
  for (const d of after.data) {
    if (!oldData.has(d.id))
      changes.push({
        kind: 'data-added',
        impact: d.special ? 'inform-before-processing' : 'material',
        subject: d.name,
        summary: `New category of data: ${d.name}${d.special ? ' (special category, Art 9)' : ''}.`,
      });
  }
  for (const d of before.data)
    if (!after.data.some((x) => x.id === d.id))
      changes.push({
        kind: 'data-removed',
        impact: 'editorial',
        subject: d.name,
        summary: `Category of data no longer processed: ${d.name}.`,
      });

  // Recipients and their countries.
  const oldRecipients = byId(before.recipients);
  for (const r of after.recipients) {
    const prev = oldRecipients.get(r.id);
    if (!prev)
      changes.push({
        kind: 'recipient-added',
        impact: 'material',
        subject: r.name,
        summary: `New recipient: ${r.name}${r.country ? ` (${countryName(r.country.value)})` : ''}.`,
      });
    else if (prev.country?.value !== r.country?.value)
      changes.push({
        kind: 'recipient-country-changed',
        impact: 'material',
        subject: r.name,
        before: prev.country?.value,
        after: r.country?.value,
        summary:
          `${r.name} now processes the data in ${r.country ? countryName(r.country.value) : 'an unspecified country'} ` +
          `(before: ${prev.country ? countryName(prev.country.value) : 'unspecified'}).`,
      });
  }
  for (const r of before.recipients)
    if (!after.recipients.some((x) => x.id === r.id))
      changes.push({
        kind: 'recipient-removed',
        impact: 'editorial',
        subject: r.name,
        summary: `Recipient removed: ${r.name}.`,
      });

  // Countries outside the EEA, and the mechanism covering each.
  const mechanisms = (model: PolicyModel) => {
    const map = new Map<string, string>();
    for (const t of model.transfers)
      for (const c of transferCountries(t, model.recipients))
        if (!law.territory.contains(c) && t.mechanism) map.set(c, t.mechanism.value);
    for (const r of model.recipients)
      if (r.country && !law.territory.contains(r.country.value) && !map.has(r.country.value))
        map.set(r.country.value, '(no safeguard)');
    return map;
  };
  const oldMech = mechanisms(before);
  const newMech = mechanisms(after);
  for (const [country, mechanism] of newMech) {
    const prev = oldMech.get(country);
    if (prev === undefined)
      changes.push({
        kind: 'country-added',
        impact: 'material',
        subject: country,
        after: mechanism,
        summary: `Data is now transferred to ${countryName(country)} (${mechanismLabel(mechanism)}).`,
      });
    else if (prev !== mechanism)
      changes.push({
        kind: 'mechanism-changed',
        impact: 'material',
        subject: country,
        before: prev,
        after: mechanism,
        summary: `Transfers to ${countryName(country)} now rely on ${mechanismLabel(mechanism)} instead of ${mechanismLabel(prev)}.`,
      });
  }
  for (const country of oldMech.keys())
    if (!newMech.has(country))
      changes.push({
        kind: 'country-removed',
        impact: 'editorial',
        subject: country,
        summary: `Data is no longer transferred to ${countryName(country)}.`,
      });

  // v1.2: the people the notice addresses.
  const oldAudiences = byId(before.audiences);
  for (const a of after.audiences)
    if (!oldAudiences.has(a.id))
      changes.push({
        kind: 'audience-added',
        impact: 'material',
        subject: a.name,
        summary: `The policy now also addresses: ${a.name}.`,
      });
  for (const a of before.audiences)
    if (!after.audiences.some((x) => x.id === a.id))
      changes.push({
        kind: 'audience-removed',
        impact: 'editorial',
        subject: a.name,
        summary: `The policy no longer addresses: ${a.name}.`,
      });

  // Who we are.
  for (const section of ['controller', 'dpo', 'representative', 'authority', 'joint_controllers']) {
    const a = JSON.stringify(plain(entryOf(before.root, section)?.value));
    const b = JSON.stringify(plain(entryOf(after.root, section)?.value));
    if (a !== b)
      changes.push({
        kind: `${section}-changed`,
        impact: 'material',
        subject: section,
        summary:
          section === 'joint_controllers'
            ? 'The joint controllers or the essence of the arrangement with them (Art 26) changed.'
            : `The ${section === 'dpo' ? 'data protection officer' : section === 'authority' ? 'supervisory authority' : section} ` +
              `details changed.`,
      });
  }
  const rights = (m: PolicyModel) => JSON.stringify(plain(entryOf(m.root, 'rights')?.value));
  if (rights(before) !== rights(after))
    changes.push({
      kind: 'rights-changed',
      impact: 'material',
      subject: 'rights',
      summary: 'How you exercise your rights changed.',
    });
  const automated = (m: PolicyModel) => JSON.stringify(plain(entryOf(m.root, 'automated_decisions')?.value));
  if (automated(before) !== automated(after))
    changes.push({
      kind: 'automated-decisions-changed',
      impact: 'inform-before-processing',
      subject: 'automated decisions',
      summary: 'The description of automated decisions (Art 22) changed.',
    });
  return changes;
}

function mechanismLabel(id: string): string {
  const t = findTerm('mechanism', id);
  return t ? `${t.label}, ${t.article}` : id;
}

function retentionWords(model: PolicyModel, law: Law, node: YNode | null | undefined): string {
  return retentionText({ model, laws: [law] }, node) || '(none)';
}

function purposeChanges(
  prev: Purpose,
  next: Purpose,
  prevModel: PolicyModel,
  nextModel: PolicyModel,
  law: Law,
): Change[] {
  const changes: Change[] = [];
  const name = next.name;
  const set = (xs: { value: string }[]) => new Set(xs.map((x) => x.value));
  const oldBases = set(prev.bases);
  const newBases = set(next.bases);
  if ([...oldBases].sort().join() !== [...newBases].sort().join()) {
    changes.push({
      kind: 'basis-changed',
      impact: 'inform-before-processing',
      subject: name,
      before: [...oldBases].join(', '),
      after: [...newBases].join(', '),
      summary:
        `The legal basis of "${name}" changed from ${[...oldBases].map(basisLabel).join(', ') || 'none'} ` +
        `to ${[...newBases].map(basisLabel).join(', ') || 'none'}. A basis cannot be swapped silently: tell ` +
        `people before relying on the new one.`,
    });
  }
  // Compared by meaning (layout and quoting aside), reported in the notice's own words ("at least 20 years from …").
  if (text(entryOf(prev.map, 'retention')?.value) !== text(entryOf(next.map, 'retention')?.value)) {
    const oldRetention = retentionWords(prevModel, law, entryOf(prev.map, 'retention')?.value);
    const newRetention = retentionWords(nextModel, law, entryOf(next.map, 'retention')?.value);
    changes.push({
      kind: 'retention-changed',
      impact: 'material',
      subject: name,
      before: oldRetention,
      after: newRetention,
      summary: `Retention for "${name}" changed from "${oldRetention}" to "${newRetention}".`,
    });
  }
  // v1.2: what a basis covers ({ basis, when }).
  const scope = (p: Purpose) =>
    p.basisItems
      .map((i) => `${i.basis.value}:${i.when?.value.trim() ?? ''}`)
      .sort()
      .join('|');
  if ([...oldBases].sort().join() === [...newBases].sort().join() && scope(prev) !== scope(next)) {
    changes.push({
      kind: 'basis-scope-changed',
      impact: 'material',
      subject: name,
      summary: `What each legal basis of "${name}" covers changed.`,
    });
  }
  // v1.2 flags: new marketing or profiling must be told before it starts (and opens the right to object).
  const flags: [
    keyof Pick<Purpose, 'directMarketing' | 'profiling' | 'research' | 'children'>,
    string,
    string,
    Impact,
  ][] = [
    [
      'directMarketing',
      'is now used for direct marketing (people can object at any time, Art 21(2))',
      'is no longer used for direct marketing',
      'inform-before-processing',
    ],
    ['profiling', 'now involves profiling (Art 4(4))', 'no longer involves profiling', 'inform-before-processing'],
    [
      'research',
      'is now used for research or statistics (Art 89)',
      'is no longer used for research or statistics',
      'material',
    ],
    [
      'children',
      'is now offered directly to children (Art 8)',
      'is no longer offered directly to children',
      'material',
    ],
  ];
  for (const [flag, added, removed, impact] of flags) {
    if (!prev[flag] && next[flag])
      changes.push({ kind: `purpose-${flag}-added`, impact, subject: name, summary: `"${name}" ${added}.` });
    if (prev[flag] && !next[flag])
      changes.push({
        kind: `purpose-${flag}-removed`,
        impact: 'editorial',
        subject: name,
        summary: `"${name}" ${removed}.`,
      });
  }
  const audienceNames = (model: PolicyModel, p: Purpose) =>
    (p.audiences.length
      ? p.audiences.map((r) => model.audiences.find((a) => a.id === r.value)?.name ?? r.value)
      : ['everyone']
    )
      .sort()
      .join(', ');
  if (audienceNames(prevModel, prev) !== audienceNames(nextModel, next)) {
    changes.push({
      kind: 'purpose-audiences-changed',
      impact: 'material',
      subject: name,
      before: audienceNames(prevModel, prev),
      after: audienceNames(nextModel, next),
      summary: `"${name}" now concerns ${audienceNames(nextModel, next)} (before: ${audienceNames(prevModel, prev)}).`,
    });
  }
  const added = (a: Set<string>, b: Set<string>) => [...b].filter((x) => !a.has(x));
  const dataAdded = added(set(prev.data), set(next.data));
  if (dataAdded.length)
    changes.push({
      kind: 'purpose-data-added',
      impact: 'inform-before-processing',
      subject: name,
      after: dataAdded.join(', '),
      summary: `"${name}" now also uses: ${dataAdded.join(', ')}.`,
    });
  const dataRemoved = added(set(next.data), set(prev.data));
  if (dataRemoved.length)
    changes.push({
      kind: 'purpose-data-removed',
      impact: 'editorial',
      subject: name,
      before: dataRemoved.join(', '),
      summary: `"${name}" no longer uses: ${dataRemoved.join(', ')}.`,
    });
  const recipientsAdded = added(set(prev.recipients), set(next.recipients));
  if (recipientsAdded.length)
    changes.push({
      kind: 'purpose-recipients-added',
      impact: 'material',
      subject: name,
      after: recipientsAdded.join(', '),
      summary: `For "${name}", data now also goes to: ${recipientsAdded.join(', ')}.`,
    });
  if (prev.name !== next.name)
    changes.push({
      kind: 'purpose-renamed',
      impact: 'editorial',
      subject: name,
      before: prev.name,
      after: next.name,
      summary: `Purpose "${prev.name}" is now called "${next.name}".`,
    });
  return changes;
}

const IMPACT_LABEL: Record<Impact, string> = {
  'inform-before-processing': 'INFORM FIRST',
  material: 'material',
  editorial: 'editorial',
};

export function formatDiffText(changes: Change[]): string {
  if (changes.length === 0) return 'No change in meaning.';
  const order: Impact[] = ['inform-before-processing', 'material', 'editorial'];
  const lines = [...changes]
    .sort((a, b) => order.indexOf(a.impact) - order.indexOf(b.impact))
    .map((c) => `${IMPACT_LABEL[c.impact].padEnd(12)}  ${c.summary}`);
  const inform = changes.filter((c) => c.impact === 'inform-before-processing').length;
  lines.push(
    '',
    `${changes.length} change${changes.length === 1 ? '' : 's'} in meaning${inform ? `; ${inform} must be communicated to data subjects before the processing starts (Art 13(3))` : ''}.`,
  );
  return lines.join('\n');
}

/** A `sections` entry for the new policy: "Changes to this policy", in plain words. */
export function changelogSection(changes: Change[], date: string | undefined): string {
  const relevant = changes.filter((c) => c.impact !== 'editorial');
  const items = (relevant.length ? relevant : changes).map(
    (c) => `    - ${c.summary.replace(/ Art 13\(3\) requires.*$| A basis cannot be swapped.*$/, '')}`,
  );
  return [
    '- title: Changes to this policy',
    '  body: |',
    `    ${date ? `On ${date} we` : 'We'} changed this policy:`,
    '',
    ...(items.length ? items : ['    - Editorial changes only.']),
    '',
  ].join('\n');
}
