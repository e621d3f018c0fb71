// Rule `ambiguous-bases` (Art 6(1), 13(1)(c)): a purpose on several legal bases says which covers what (language v1.2, CHANGELOG).
import { entryOf } from '../parser/policyModel';
import { placeholderFor } from '../core/placeholders';
import type { Rule } from '../core/rule';
import { basisName } from './ruleMessages';

export const ambiguousBases: Rule = {
  id: 'ambiguous-bases',
  // A warning: Art 13(1)(c) asks for the basis of the processing, which a bare list leaves open
  // (docs/rules/ambiguous-bases.md).
  severity: 'warning',
  provisions: 'Art 6(1), 13(1)(c)',
  description:
    'A purpose with more than one legal basis, where some basis does not say what it covers (`{ basis, when }`).',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      if (p.basisItems.length < 2 || p.basisItems.every((i) => i.when?.value.trim())) continue;
      const entry = entryOf(p.map, 'basis');
      if (!entry) continue;
      const bases = p.basisItems.map((i) => basisName(i.basis.value)).join(', ');
      ctx.report(
        entry.keySpan,
        `Purpose '${p.name}' rests on several legal bases (${bases}) without saying which covers what. Each ` +
          `processing operation needs one basis of Art 6(1), and Art 13(1)(c) requires telling people which: ` +
          `write each item as { basis, when }.`,
      );
    }
  },
  fixes(ctx) {
    const p = ctx.model.purposes.find((x) => entryOf(x.map, 'basis')?.keySpan.start === ctx.span.start);
    if (!p) return [];
    const edits = p.basisItems
      .filter((i) => i.node.kind === 'scalar')
      .map((i) => ({
        span: i.node.span,
        newText: `{ basis: ${i.basis.value}, when: ${placeholderFor(ctx.model, 'when')} }`,
      }));
    return edits.length
      ? [{ title: 'Say what each legal basis covers ({ basis, when }), with placeholders to fill in', edits }]
      : [];
  },
};
