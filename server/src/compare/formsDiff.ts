// Changes in meaning of the v1.3 forms (docs/language.md; what each needs is reasoned in docs/diff-and-exports.md):
// promises, recipients that may receive or collect themselves, opt-outs, processor roles, the notice-wide
// retention, advance notice of changes, the minimum age, restrictions of rights, special categories, laws.
import { findTerm } from '../vocabulary/terms';
import { entryOf, fieldStr, mapOf, type PolicyModel } from '../parser/policyModel';
import type { YNode } from '../parser/yamlTree';
import { plain, type Change } from './change';

const same = (a: YNode | null | undefined, b: YNode | null | undefined) =>
  JSON.stringify(plain(a)) === JSON.stringify(plain(b));
const policyField = (m: PolicyModel, key: string) => entryOf(mapOf(entryOf(m.root, 'policy')?.value), key)?.value;

/** Why a change must reach people before it applies (docs/diff-and-exports.md). */
export const REASONS = {
  fundamental:
    'A fundamental change to the processing (more recipients, a transfer to a third country): tell people well ' +
    'before it applies, so that they can object or withdraw consent (Art 5(1)(a), 12(1); WP260 rev.01).',
  promise:
    'A commitment readers relied on is withdrawn: what it ruled out may now happen, so tell people before it ' +
    'applies (Art 5(1)(a), 12(1)).',
  optOut:
    'A way to stop the processing is withdrawn: tell people before it goes, while they can still use it or ' +
    'object (Art 5(1)(a), 12(1), 21).',
  restriction:
    'A right is restricted from now on: tell people before the restriction applies (Art 12(1), 13(2)(b), 23(2)(h)).',
  special: 'A special category of data is processed from now on (Art 9(1)): tell people before it starts.',
} as const;

const promiseLabel = (id: string) => findTerm('promise', id)?.label ?? id;

export function formsChanges(before: PolicyModel, after: PolicyModel): Change[] {
  const changes: Change[] = [];

  // Promises (Art 5(1)(a), 12(1)).
  const promises = (m: PolicyModel) => new Set(m.promises.map((p) => p.value));
  const [oldPromises, newPromises] = [promises(before), promises(after)];
  for (const id of newPromises)
    if (!oldPromises.has(id))
      changes.push({
        kind: 'promise-added',
        impact: 'material',
        subject: id,
        summary: `New commitment: ${promiseLabel(id)}.`,
      });
  for (const id of oldPromises)
    if (!newPromises.has(id))
      changes.push({
        kind: 'promise-removed',
        impact: 'inform-before-processing',
        subject: id,
        summary: `The notice no longer says: ${promiseLabel(id)}.`,
        reason: REASONS.promise,
      });

  // Recipients: may receive, collect themselves, their role, their commitments.
  const oldRecipients = new Map(before.recipients.map((r) => [r.id, r]));
  for (const r of after.recipients) {
    const prev = oldRecipients.get(r.id);
    if (!prev) continue;
    if (prev.possible && !r.possible)
      changes.push({
        kind: 'recipient-certain',
        impact: 'material',
        subject: r.name,
        summary: `${r.name} now receives the data (before: may receive it).`,
      });
    if (!prev.possible && r.possible)
      changes.push({
        kind: 'recipient-possible',
        impact: 'editorial',
        subject: r.name,
        summary: `${r.name} may receive the data (before: receives it).`,
      });
    if (!prev.ownCollection && r.ownCollection)
      changes.push({
        kind: 'own-collection-added',
        impact: 'material',
        subject: r.name,
        summary: `${r.name} now collects the data itself, on its own service, instead of receiving it from us.`,
      });
    if (prev.ownCollection && !r.ownCollection)
      changes.push({
        kind: 'own-collection-removed',
        impact: 'inform-before-processing',
        subject: r.name,
        summary: `We now share the data with ${r.name} (before: it collected the data itself, on its own service).`,
        reason: REASONS.fundamental,
      });
    const role = (t: string | undefined) => (t ? (findTerm('recipient_type', t)?.label ?? t) : 'not stated');
    if ((prev.type?.value ?? '') !== (r.type?.value ?? '')) {
      // Data that goes to someone who uses it for their own purposes is a new disclosure, not a service to us.
      const ownUse = (t: string | undefined) => t === 'controller' || t === 'joint-controller' || t === 'public';
      const widened = ownUse(r.type?.value) && !ownUse(prev.type?.value);
      changes.push({
        kind: 'recipient-role-changed',
        impact: widened ? 'inform-before-processing' : 'material',
        subject: r.name,
        before: prev.type?.value,
        after: r.type?.value,
        summary: `The role of ${r.name} changed from ${role(prev.type?.value)} to ${role(r.type?.value)}.`,
        ...(widened ? { reason: REASONS.fundamental } : {}),
      });
    }
    if (!same(entryOf(prev.map, 'safeguards')?.value, entryOf(r.map, 'safeguards')?.value))
      changes.push({
        kind: 'recipient-safeguards-changed',
        impact: 'material',
        subject: r.name,
        summary: `The commitments ${r.name} is bound by changed (Art 28(3)).`,
      });
  }

  // Transfers that may happen.
  const possibleTransfers = (m: PolicyModel) => m.transfers.filter((t) => t.possible).length;
  if (possibleTransfers(before) !== possibleTransfers(after))
    changes.push({
      kind: 'transfer-possible-changed',
      impact: 'material',
      subject: 'transfers',
      summary:
        `${possibleTransfers(after)} transfer${possibleTransfers(after) === 1 ? '' : 's'} may happen ` +
        `(before: ${possibleTransfers(before)}); the others happen.`,
    });

  // Opt-outs of purposes (Art 21, 7(3)).
  const oldPurposes = new Map(before.purposes.map((p) => [p.id, p]));
  for (const p of after.purposes) {
    const prev = oldPurposes.get(p.id);
    const now = entryOf(p.map, 'opt_out')?.value;
    const then = prev ? entryOf(prev.map, 'opt_out')?.value : undefined;
    if (now && !then)
      changes.push({
        kind: 'opt-out-added',
        impact: 'material',
        subject: p.name,
        summary:
          `"${p.name}" can now be stopped without a rights request: ${fieldStr(mapOf(now), 'how')?.value ?? ''}`.trim(),
      });
    else if (!now && then)
      changes.push({
        kind: 'opt-out-removed',
        impact: 'inform-before-processing',
        subject: p.name,
        summary: `"${p.name}" can no longer be stopped without a rights request (the opt-out is withdrawn).`,
        reason: REASONS.optOut,
      });
    else if (now && then && !same(now, then))
      changes.push({
        kind: 'opt-out-changed',
        impact: 'material',
        subject: p.name,
        summary: `How to stop "${p.name}" without a rights request changed.`,
      });
  }

  // Special categories added to a data category that was already processed.
  const oldData = new Map(before.data.map((d) => [d.id, d]));
  for (const d of after.data) {
    const prev = oldData.get(d.id);
    if (!prev) continue;
    const had = new Set(prev.specials.map((s) => s.value));
    const added = d.specials.map((s) => s.value).filter((s) => !had.has(s));
    if (added.length)
      changes.push({
        kind: 'data-special-added',
        impact: 'inform-before-processing',
        subject: d.name,
        after: added.join(', '),
        summary: `${d.name} now includes special categories of data: ${added.map((s) => findTerm('special', s)?.label ?? s).join(', ')} (Art 9(1)).`,
        reason: REASONS.special,
      });
  }

  // Processor roles (Art 28): processing for other controllers, whose notices apply.
  const roles = (m: PolicyModel) => {
    const list = entryOf(mapOf(entryOf(m.root, 'roles')?.value), 'processor_for')?.value;
    return new Map(
      (list?.kind === 'seq' ? list.items : []).map((item) => [
        fieldStr(mapOf(item), 'controller')?.value.trim() ?? '',
        item,
      ]),
    );
  };
  const [oldRoles, newRoles] = [roles(before), roles(after)];
  for (const [controller, item] of newRoles) {
    const prev = oldRoles.get(controller);
    if (!prev)
      changes.push({
        kind: 'processor-role-added',
        impact: 'material',
        subject: controller,
        summary: `We now also process data as a processor for ${controller || 'another controller'}, whose notice applies to it.`,
      });
    else if (!same(prev, item))
      changes.push({
        kind: 'processor-role-changed',
        impact: 'material',
        subject: controller,
        summary: `What we process as a processor for ${controller || 'another controller'} changed.`,
      });
  }
  for (const controller of oldRoles.keys())
    if (!newRoles.has(controller))
      changes.push({
        kind: 'processor-role-removed',
        impact: 'editorial',
        subject: controller,
        summary: `We no longer process data as a processor for ${controller || 'another controller'}.`,
      });

  // The notice itself: advance notice of changes, the minimum age, cookie choices.
  const changesOf = (m: PolicyModel) => mapOf(policyField(m, 'changes'));
  const noticeOf = (m: PolicyModel) => fieldStr(changesOf(m), 'notice')?.value.trim();
  if (noticeOf(before) !== noticeOf(after))
    changes.push({
      kind: 'changes-notice-changed',
      impact: 'material',
      subject: 'changes',
      before: noticeOf(before),
      after: noticeOf(after),
      summary: noticeOf(after)
        ? `We now tell you of a material change ${noticeOf(after)} before it applies (before: ${noticeOf(before) ?? 'not stated'}).`
        : `The notice no longer says how far ahead we tell you of a material change (before: ${noticeOf(before)}).`,
    });
  if (!same(entryOf(changesOf(before), 'how')?.value, entryOf(changesOf(after), 'how')?.value))
    changes.push({
      kind: 'changes-how-changed',
      impact: 'material',
      subject: 'changes',
      summary: 'How we tell you of changes to this notice changed.',
    });
  const age = (m: PolicyModel) => {
    const node = policyField(m, 'minimum_age');
    return node?.kind === 'scalar' && typeof node.value === 'number' ? node.value : undefined;
  };
  if (age(before) !== age(after))
    changes.push({
      kind: 'minimum-age-changed',
      impact: 'material',
      subject: 'minimum age',
      before: age(before)?.toString(),
      after: age(after)?.toString(),
      summary:
        age(after) === undefined
          ? `The services no longer state a minimum age (before: ${age(before)}).`
          : `The services are not meant for people under ${age(after)} (before: ${age(before) ?? 'no minimum age'}).`,
    });
  if (!same(entryOf(before.root, 'cookie_settings')?.value, entryOf(after.root, 'cookie_settings')?.value))
    changes.push({
      kind: 'cookie-settings-changed',
      impact: 'material',
      subject: 'cookies',
      summary: 'How you change or withdraw your cookie choices changed.',
    });

  // Restrictions of rights (Art 23): a new one limits a right from now on.
  // v1.1's `exclude` is read as restrictions too (a bare right id, or `{ right, law }`).
  const restrictions = (m: PolicyModel) => {
    const rights = mapOf(entryOf(m.root, 'rights')?.value);
    const items = ['restrictions', 'exclude'].flatMap((key) => {
      const list = entryOf(rights, key)?.value;
      return list?.kind === 'seq' ? list.items : [];
    });
    return items.map((item) => ({
      right: (item.kind === 'scalar' ? String(item.value ?? '') : fieldStr(mapOf(item), 'right')?.value) ?? '',
      key: JSON.stringify(item.kind === 'scalar' ? { right: plain(item) } : plain(item)),
    }));
  };
  const [oldRestrictions, newRestrictions] = [restrictions(before), restrictions(after)];
  const rightLabel = (id: string) => findTerm('right', id)?.label ?? id;
  const [oldKeys, oldRights] = [
    new Set(oldRestrictions.map((o) => o.key)),
    new Set(oldRestrictions.map((o) => o.right)),
  ];
  const newRights = new Set(newRestrictions.map((r) => r.right));
  for (const r of newRestrictions) {
    if (oldKeys.has(r.key)) continue;
    const changed = oldRights.has(r.right);
    changes.push({
      kind: changed ? 'restriction-changed' : 'restriction-added',
      impact: changed ? 'material' : 'inform-before-processing',
      subject: r.right,
      summary: changed
        ? `The law or the cases that restrict a right changed: ${rightLabel(r.right)}.`
        : `Restricted by law from now on: ${rightLabel(r.right)}.`,
      ...(changed ? {} : { reason: REASONS.restriction }),
    });
  }
  for (const o of oldRestrictions)
    if (!newRights.has(o.right))
      changes.push({
        kind: 'restriction-removed',
        impact: 'editorial',
        subject: o.right,
        summary: `No longer restricted: ${rightLabel(o.right)}.`,
      });

  // Laws the notice serves.
  const laws = (m: PolicyModel) => new Set(m.lawIds.map((l) => l.value));
  const [oldLaws, newLaws] = [laws(before), laws(after)];
  for (const id of newLaws)
    if (!oldLaws.has(id))
      changes.push({
        kind: 'law-added',
        impact: 'material',
        subject: id,
        summary: `The notice now also serves the ${findTerm('law', id)?.label ?? id}.`,
      });
  for (const id of oldLaws)
    if (!newLaws.has(id))
      changes.push({
        kind: 'law-removed',
        impact: 'material',
        subject: id,
        summary: `The notice no longer serves the ${findTerm('law', id)?.label ?? id}.`,
      });
  const lawSections = (m: PolicyModel) => mapOf(entryOf(m.root, 'laws')?.value)?.entries ?? [];
  for (const e of lawSections(after)) {
    const prev = lawSections(before).find((x) => x.key === e.key);
    if (prev && !same(prev.value, e.value))
      changes.push({
        kind: 'law-section-changed',
        impact: 'material',
        subject: e.key,
        summary: `What the notice says under the ${findTerm('law', e.key)?.label ?? e.key} changed (authority, representative, complaints or notes).`,
      });
  }
  return changes;
}
