// What changed in meaning between two versions of a policy (not in text): purposes, legal bases, retention,
// recipients, countries and transfer mechanisms, and the v1.3 forms (formsDiff.ts). Changes that people must learn
// of before they apply are flagged: a new purpose (Art 13(3)), and the fundamental changes docs/diff-and-exports.md
// reasons one by one.
import { countryName, isCountryCode } from '../vocabulary/countries';
import type { Law } from '../laws';
import { findTerm } from '../vocabulary/terms';
import { entryOf, type PolicyModel, type Purpose } from '../parser/policyModel';
import type { YNode } from '../parser/yamlTree';
import { transferCountries } from '../core/transfers';
import { retentionText } from '../export/plainText';
import { formsChanges, REASONS } from './formsDiff';
import { plain, type Change, type Impact } from './change';

export { plain, type Change, type Impact };

/** A country's name, or a region's (`EEA`, `EU`). */
const placeName = (code: string) =>
  isCountryCode(code) ? countryName(code) : (findTerm('region', code)?.label ?? code);

/** The data a purpose uses: its own, and every data category with `all_purposes: true`. */
function purposeData(model: PolicyModel, p: Purpose): Set<string> {
  return new Set([...p.data.map((d) => d.value), ...model.data.filter((d) => d.allPurposes).map((d) => d.id)]);
}

/** A purpose's retention: its own, or the notice-wide one. */
function retentionNode(model: PolicyModel, p: Purpose): YNode | null | undefined {
  return entryOf(p.map, 'retention')?.value ?? entryOf(model.root, 'retention')?.value;
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
        impact: d.specials.length ? 'inform-before-processing' : 'material',
        subject: d.name,
        summary: `New category of data: ${d.name}${d.specials.length ? ' (special category, Art 9)' : ''}.`,
        ...(d.specials.length ? { reason: REASONS.special } : {}),
      });
  }
  const newData = byId(after.data);
  for (const d of before.data)
    if (!newData.has(d.id))
      changes.push({
        kind: 'data-removed',
        impact: 'editorial',
        subject: d.name,
        summary: `Category of data no longer processed: ${d.name}.`,
      });

  // Recipients and their countries.
  const oldRecipients = byId(before.recipients);
  const places = (codes: { value: string }[]) => codes.map((c) => c.value).sort();
  const categories = new Set(before.recipients.flatMap((r) => (r.category ? [r.category.value] : [])));
  for (const r of after.recipients) {
    const prev = oldRecipients.get(r.id);
    const where = places(r.countries).map(placeName).join(', ');
    if (!prev) {
      // A recipient of a category already named is not a new category of recipients; one that collects on its own
      // service receives nothing from us (docs/diff-and-exports.md).
      const newCategory = !r.ownCollection && !(r.category && categories.has(r.category.value));
      changes.push({
        kind: 'recipient-added',
        impact: newCategory ? 'inform-before-processing' : 'material',
        subject: r.name,
        summary: `New recipient: ${r.name}${where ? ` (${where})` : ''}${r.possible ? ', which may receive the data' : ''}.`,
        ...(newCategory ? { reason: REASONS.fundamental } : {}),
      });
    } else if (places(prev.countries).join() !== places(r.countries).join()) {
      const had = new Set(places(prev.countries));
      const leaves = places(r.countries).some((c) => !had.has(c) && !law.territory.contains(c));
      changes.push({
        kind: 'recipient-country-changed',
        impact: leaves ? 'inform-before-processing' : 'material',
        subject: r.name,
        before: places(prev.countries).join(', ') || undefined,
        after: places(r.countries).join(', ') || undefined,
        summary:
          `${r.name} now processes the data in ${where || 'an unspecified country'} ` +
          `(before: ${places(prev.countries).map(placeName).join(', ') || 'unspecified'}).`,
        ...(leaves ? { reason: REASONS.fundamental } : {}),
      });
    }
  }
  const newRecipients = byId(after.recipients);
  for (const r of before.recipients)
    if (!newRecipients.has(r.id))
      changes.push({
        kind: 'recipient-removed',
        impact: 'editorial',
        subject: r.name,
        summary: `Recipient removed: ${r.name}.`,
      });

  // Countries outside the EEA, and the mechanism covering each.
  // A transfer's ground: one mechanism, alternatives ("scc or bcr"), or one per law ("eu-gdpr: scc; uk-gdpr: uk-idta").
  const ground = (t: PolicyModel['transfers'][number]) => {
    const laws = [...new Set(t.mechanisms.map((m) => m.law ?? ''))];
    return laws
      .map((l) => {
        const ids = t.mechanisms.filter((m) => (m.law ?? '') === l).map((m) => m.value);
        return `${l ? `${l}: ` : ''}${ids.join(' or ')}`;
      })
      .join('; ');
  };
  const mechanisms = (model: PolicyModel) => {
    const map = new Map<string, string>();
    for (const t of model.transfers)
      for (const c of transferCountries(t, model.recipients))
        if (!law.territory.contains(c) && t.mechanisms.length) map.set(c, ground(t));
    for (const r of model.recipients)
      for (const c of r.countries)
        if (!law.territory.contains(c.value) && !map.has(c.value) && !r.ownCollection)
          map.set(c.value, '(no safeguard)');
    return map;
  };
  const oldMech = mechanisms(before);
  const newMech = mechanisms(after);
  for (const [country, mechanism] of newMech) {
    const prev = oldMech.get(country);
    if (prev === undefined)
      changes.push({
        kind: 'country-added',
        impact: 'inform-before-processing',
        subject: country,
        after: mechanism,
        summary: `Data is now transferred to ${placeName(country)} (${mechanismLabel(mechanism)}).`,
        reason: REASONS.fundamental,
      });
    else if (prev !== mechanism)
      changes.push({
        kind: 'mechanism-changed',
        impact: 'material',
        subject: country,
        before: prev,
        after: mechanism,
        summary: `Transfers to ${placeName(country)} now rely on ${mechanismLabel(mechanism)} instead of ${mechanismLabel(prev)}.`,
      });
  }
  for (const country of oldMech.keys())
    if (!newMech.has(country))
      changes.push({
        kind: 'country-removed',
        impact: 'editorial',
        subject: country,
        summary: `Data is no longer transferred to ${placeName(country)}.`,
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
  const newAudiences = byId(after.audiences);
  for (const a of before.audiences)
    if (!newAudiences.has(a.id))
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
  // Restrictions of rights are compared one by one (formsDiff.ts); `exclude` is their old form.
  const rights = (m: PolicyModel) => {
    const value = plain(entryOf(m.root, 'rights')?.value);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
    const { restrictions: _restrictions, exclude: _exclude, ...rest } = value as Record<string, unknown>;
    return JSON.stringify(Object.keys(rest).length ? rest : null);
  };
  if (rights(before) !== rights(after))
    changes.push({
      kind: 'rights-changed',
      impact: 'material',
      subject: 'rights',
      summary: 'How you exercise your rights changed.',
    });
  // `none` and `{ none: true, note }` both say that we make no automated decision; the note says what others do.
  const automated = (m: PolicyModel) => {
    const value = plain(entryOf(m.root, 'automated_decisions')?.value);
    const none =
      value === 'none' ||
      (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        (value as { none?: unknown }).none === 'true');
    return {
      none,
      value: JSON.stringify(value),
      note: none ? JSON.stringify((value as { note?: unknown }).note ?? null) : '',
    };
  };
  const [oldAutomated, newAutomated] = [automated(before), automated(after)];
  if (oldAutomated.none && newAutomated.none) {
    if (oldAutomated.note !== newAutomated.note)
      changes.push({
        kind: 'automated-decisions-note-changed',
        impact: 'material',
        subject: 'automated decisions',
        summary: 'What the notice says about automated decisions made by others changed (we make none).',
      });
  } else if (oldAutomated.value !== newAutomated.value)
    changes.push({
      kind: 'automated-decisions-changed',
      impact: 'inform-before-processing',
      subject: 'automated decisions',
      summary: 'The description of automated decisions (Art 22) changed.',
    });

  // The notice-wide retention, once, naming the purposes that use it (docs/language.md, "Retention").
  const noticeRetention = (m: PolicyModel) => entryOf(m.root, 'retention')?.value;
  if (text(noticeRetention(before)) !== text(noticeRetention(after))) {
    const users = after.purposes.filter((p) => !entryOf(p.map, 'retention')).map((p) => p.name);
    const [was, now] = [
      retentionWords(before, law, noticeRetention(before)),
      retentionWords(after, law, noticeRetention(after)),
    ];
    changes.push({
      kind: 'notice-retention-changed',
      impact: 'material',
      subject: 'retention',
      before: was,
      after: now,
      summary:
        `The retention for every purpose without its own changed from "${was}" to "${now}"` +
        `${users.length ? ` (${users.map((n) => `"${n}"`).join(', ')})` : ''}.`,
    });
  }
  changes.push(...formsChanges(before, after));
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
  // Compared by meaning (layout and quoting aside), reported in the notice's own words ("at least 20 years from …");
  // a purpose that uses the notice-wide retention before and after is covered by notice-retention-changed.
  const ownBoth = entryOf(prev.map, 'retention') || entryOf(next.map, 'retention');
  if (ownBoth && text(retentionNode(prevModel, prev)) !== text(retentionNode(nextModel, next))) {
    const oldRetention = retentionWords(prevModel, law, retentionNode(prevModel, prev));
    const newRetention = retentionWords(nextModel, law, retentionNode(nextModel, next));
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
  const dataAdded = added(purposeData(prevModel, prev), purposeData(nextModel, next));
  if (dataAdded.length)
    changes.push({
      kind: 'purpose-data-added',
      impact: 'inform-before-processing',
      subject: name,
      after: dataAdded.join(', '),
      summary: `"${name}" now also uses: ${dataAdded.join(', ')}.`,
    });
  const dataRemoved = added(purposeData(nextModel, next), purposeData(prevModel, prev));
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
    .map(
      (c) => `${IMPACT_LABEL[c.impact].padEnd(12)}  ${c.summary}${c.reason ? `\n${' '.repeat(14)}${c.reason}` : ''}`,
    );
  const inform = changes.filter((c) => c.impact === 'inform-before-processing').length;
  lines.push(
    '',
    `${changes.length} change${changes.length === 1 ? '' : 's'} in meaning${inform ? `; ${inform} must be communicated to data subjects before ${inform === 1 ? 'it applies' : 'they apply'} (Art 13(3) for a new purpose; Art 5(1)(a) and 12(1) for the other fundamental changes)` : ''}.`,
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
