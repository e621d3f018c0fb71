// Rule `missing-provision` (Art 13(2)(e)): whether providing directly collected data is required or voluntary.
import { PROVISION_KINDS } from '../vocabulary/terms';
import { fieldStr } from '../parser/policyModel';
import { insertField } from './fixBuilders';
import type { Rule } from '../core/rule';

/** How each choice reads: the author's statement of Art 13(2)(e). */
const PROVISION_TITLE: Readonly<Record<string, string>> = {
  statutory: 'Providing the data is a statutory requirement',
  contractual: 'Providing the data is a contractual requirement',
  'contract-entry': 'Providing the data is a requirement necessary to enter into a contract',
  voluntary: 'Providing the data is voluntary',
};

export const missingProvision: Rule = {
  id: 'missing-provision',
  severity: 'warning',
  provisions: 'Art 13(2)(e)',
  description: 'A purpose of directly collected data without `provision`.',
  check(ctx) {
    if (ctx.model.collection === 'indirect') return;
    for (const p of ctx.model.purposes) {
      if (!p.map || fieldStr(p.map, 'provision')) continue;
      ctx.report(
        p.keySpan,
        `Purpose '${p.name}' does not say whether providing the data is a statutory or contractual requirement, ` +
          `a requirement to enter into a contract, or voluntary. Art 13(2)(e) requires it, with the possible ` +
          `consequences of not providing the data: add 'provision'.`,
        { kind: 'insert', key: 'provision', value: '', mapStart: p.map?.span.start ?? 0 },
      );
    }
  },
  fixes(ctx) {
    if (ctx.data?.kind !== 'insert') return [];
    const { mapStart } = ctx.data;
    // One fix per value: which one is true is the author's legal call, so none is preferred.
    return PROVISION_KINDS.flatMap((k) => {
      const edit = insertField(ctx.text, ctx.model.tree.root, mapStart, 'provision', k.id);
      return edit ? [{ title: `${PROVISION_TITLE[k.id] ?? k.label}: 'provision: ${k.id}'`, edits: [edit] }] : [];
    });
  },
};
