// Rule `unfilled-placeholder` (Art 12(1)): a placeholder `<…>` that a quick fix left where only the author knows the
// value (docs/language.md, "Placeholders"). The notice shows a gap there until it is replaced, and `render --strict`
// fails on it.
import { findPlaceholders } from '../core/placeholders';
import type { YNode } from '../parser/yamlTree';
import { excerpt, type Rule } from '../core/rule';

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  severity: 'error',
  provisions: 'Art 12(1)',
  description: 'A placeholder `<…>` left by a quick fix, not yet replaced by what it asks for.',
  check(ctx) {
    const visit = (node: YNode | null) => {
      if (!node) return;
      if (node.kind === 'map') for (const e of node.entries) visit(e.value);
      else if (node.kind === 'seq') for (const item of node.items) visit(item);
      else if (typeof node.value === 'string' && node.value.includes('<')) {
        // The source slice, so that the range lands on the placeholder as written (quotes and block scalars).
        for (const p of findPlaceholders(ctx.text.slice(node.span.start, node.span.end), node.span.start))
          ctx.report(
            { start: p.start, end: p.end },
            ctx.t(
              "'<{0}>' is a placeholder: replace it with what it asks for. Until then the notice shows a gap here " +
                'instead of the information Art 12(1) requires to be given in a concise, transparent and intelligible ' +
                'form.',
              excerpt(p.label, 60),
            ),
          );
      }
    };
    visit(ctx.model.tree.root);
  },
};
