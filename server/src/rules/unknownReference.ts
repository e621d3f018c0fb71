// Rule `unknown-reference`: an id that points nowhere (not defined in its section).
import { SECTION_NOUN } from '../schema/policySchema';
import { definitionsIn, indexOf } from '../parser/policyModel';
import { nearest } from '../schema/schemaCheck';
import { addToSection, replaceWith } from './fixBuilders';
import { placeholderFor } from '../core/placeholders';
import type { QuickFix, Rule } from '../core/rule';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  provisions: '',
  description: 'An id is used that is not defined in its section.',
  check(ctx) {
    const defined = {
      data: new Set(ctx.model.data.map((d) => d.id)),
      recipients: new Set(ctx.model.recipients.map((r) => r.id)),
      purposes: new Set(ctx.model.purposes.map((p) => p.id)),
      audiences: new Set(ctx.model.audiences.map((a) => a.id)),
    };
    for (const ref of ctx.model.references) {
      if (defined[ref.section].has(ref.value)) continue;
      ctx.report(
        ref.span,
        defined[ref.section].size
          ? ctx.t(
              "'{0}' is not defined: add it under '{1}', or use one of the {2} ids defined there ({3}).",
              ref.value,
              ref.section,
              ctx.t(SECTION_NOUN[ref.section]),
              [...defined[ref.section]].slice(0, 8).join(', '),
            )
          : ctx.t(
              "'{0}' is not defined: add it under '{1}', or use one of the {2} ids defined there.",
              ref.value,
              ref.section,
              ctx.t(SECTION_NOUN[ref.section]),
            ),
      );
    }
  },
  fixes(ctx) {
    const ref = indexOf(ctx.model, 'referenceAt', () =>
      ctx.model.references.map((r) => [r.span.start, r] as const),
    ).get(ctx.span.start);
    if (!ref) return [];
    const ids = definitionsIn(ctx.model, ref.section).map((d) => d.id);
    const fixes: QuickFix[] = [];
    const near = nearest(ref.value, ids);
    if (near) fixes.push(replaceWith(ref.span, near, ctx.t("Change to '{0}'", near), { isPreferred: true }));
    if (/^[a-z][a-z0-9-]*$/.test(ref.value)) {
      const label = ref.value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
      // A stub that states nothing for the author: the label from the id, placeholders where only they know.
      const p = (key: string) => placeholderFor(ctx.model, key);
      const lines =
        ref.section === 'purposes'
          ? [`title: ${label}`, 'data: []', `basis: ${p('basis')}`, `retention: ${p('period')}`]
          : [`label: ${label}`];
      const edit = addToSection(ctx.text, ctx.model.root, ref.section, ref.value, lines);
      if (edit)
        fixes.push({
          title: ctx.t("Define {0} '{1}' under '{2}'", ctx.t(SECTION_NOUN[ref.section]), ref.value, ref.section),
          edits: [edit],
        });
    }
    return fixes;
  },
};
