// Rule `excluded-right-without-reason` (Art 13(2)(b), 23): a right left out names the law that restricts it.
import { applicableRights, rightExclusions } from '../core/rights';
import { entryOf, isBlank, mapOf } from '../parser/policyModel';
import { exclusionAt, removeFix } from './exclusionFixes';
import { insertIntoMap, replaceWith, yamlScalar } from './fixBuilders';
import type { Rule } from '../core/rule';

const LAW_PLACEHOLDER = 'Name the law and article that restricts this right';

export const excludedRightWithoutReason: Rule = {
  id: 'excluded-right-without-reason',
  severity: 'error',
  provisions: 'Art 13(2)(b), 23',
  description: '`rights.exclude` names a right that applies without the `law` that restricts it.',
  check(ctx) {
    const applying = applicableRights(ctx.model, ctx.law);
    for (const e of rightExclusions(ctx.model)) {
      if (e.law || !e.term || ctx.law.rightsNeverExcluded.has(e.term.id)) continue;
      const applies = applying.find((a) => a.right.id === e.term!.id);
      if (!applies) continue;
      const shape = e.bare ? `write it as { right: ${e.term.id}, law: … }` : "add 'law'";
      ctx.report(
        e.right.span,
        `The ${applies.right.label.toLowerCase()} (${applies.right.article}) applies here because ${applies.because}, ` +
          `but it is excluded without naming the law that restricts it. Art 13(2)(b) requires informing people ` +
          `of their rights; only a Union or Member State law (Art 23) or an exemption of the GDPR itself can ` +
          `take one away: ${shape} naming it, or remove it from 'exclude'.`,
      );
    }
  },
  fixes(ctx) {
    const e = exclusionAt(ctx);
    if (!e) return [];
    const fixes = [removeFix(ctx, e, true)];
    if (e.bare) {
      fixes.push(
        replaceWith(
          e.item.span,
          `{ right: ${yamlScalar(e.right.value)}, law: ${LAW_PLACEHOLDER} }`,
          'Turn it into { right, law } and name the restricting law',
        ),
      );
    } else {
      const map = mapOf(e.item);
      if (map) {
        const existing = entryOf(map, 'law');
        // An empty `law:` is filled in (replacing its key would lose it; inserting would duplicate it).
        const insert =
          existing && !isBlank(existing.value) ? undefined : insertIntoMap(ctx.text, map, 'law', LAW_PLACEHOLDER);
        if (existing && !insert)
          fixes.push(
            replaceWith(existing.value?.span ?? existing.keySpan, LAW_PLACEHOLDER, "Name the restricting law in 'law'"),
          );
        else if (insert) fixes.push({ title: "Add 'law' naming the restricting law", edits: [insert] });
      }
    }
    return fixes;
  },
};
