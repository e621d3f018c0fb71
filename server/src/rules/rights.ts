// Rights the author excludes although they apply (SPEC §3.5, §4.4).
import { applicableRights } from '../gdpr/rights';
import { entryOf, fieldStr, mapOf, strList } from '../parser/policyModel';
import { removeListItem } from './fixBuilders';
import type { Rule } from './rule';

export const excludedRightWithoutReason: Rule = {
  id: 'excluded-right-without-reason',
  severity: 'warning',
  gdpr: 'Art 13(2)(b)',
  description: '`rights.exclude` names a right that applies, with no reason in `rights.notes`.',
  fixes(ctx) {
    const list = entryOf(mapOf(entryOf(ctx.model.root, 'rights')?.value), 'exclude')?.value;
    if (!list || list.kind !== 'seq') return [];
    return [{ title: 'Remove it from \'exclude\' (the right is then listed in the notice)', edits: [removeListItem(ctx.text, list, ctx.span)], isPreferred: true }];
  },
  check(ctx) {
    const rights = mapOf(entryOf(ctx.model.root, 'rights')?.value);
    if (!rights) return;
    const notes = (fieldStr(rights, 'notes')?.value ?? '').toLowerCase();
    const applying = applicableRights(ctx.model);
    for (const excluded of strList(entryOf(rights, 'exclude')?.value)) {
      const applies = applying.find((a) => a.right.id === excluded.value || a.right.alias?.toLowerCase() === excluded.value.toLowerCase());
      if (!applies) continue;
      const words = [applies.right.id, applies.right.id.replace(/-/g, ' '), applies.right.label.toLowerCase().replace(/^right (?:to|of) /, '')];
      if (words.some((w) => notes.includes(w))) continue;
      ctx.report(excluded.span, `The ${applies.right.label.toLowerCase()} (${applies.right.article}) applies here because ${applies.because}, but it is excluded without a reason. Art 13(2)(b) requires informing people of their rights: explain in 'rights.notes' why it does not apply, or remove it from 'exclude'.`);
    }
  },
};
