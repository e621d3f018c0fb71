// Rule `deprecated-exclude` (Art 13(2)(b)): v1.1's `rights.exclude` is replaced by `rights.restrictions`. A right is
// never removed from the notice: a law may restrict it in some cases, and the notice states that limit under the
// right (docs/language.md, "rights"). Each `exclude` item is read as a restriction meanwhile.
import { entryOf, mapOf } from '../parser/policyModel';
import type { Rule, TextEdit } from '../core/rule';
import { yamlScalar } from './fixBuilders';

export const deprecatedExclude: Rule = {
  id: 'deprecated-exclude',
  severity: 'warning',
  provisions: 'Art 13(2)(b)',
  description: '`rights.exclude` is used: write `rights.restrictions` instead (a right is restricted, never excluded).',
  check(ctx) {
    const exclude = entryOf(mapOf(entryOf(ctx.model.root, 'rights')?.value), 'exclude');
    if (!exclude) return;
    ctx.report(
      exclude.keySpan,
      ctx.t(
        "'rights.exclude' is replaced by 'restrictions': a right is never removed from the notice. A Union " +
          'or Member State law may restrict it in some cases (Art 23(1)), and readers must still be told of ' +
          'the right (Art 13(2)(b)) and of its limit. Each item is now read as a restriction and shown under ' +
          "its right: write it as 'restrictions' ({ right, law, scope }).",
      ),
    );
  },
  // A bare form turned into its structured equivalent: nothing of substance changes, so it may be preferred.
  fixes(ctx) {
    const rights = mapOf(entryOf(ctx.model.root, 'rights')?.value);
    const exclude = entryOf(rights, 'exclude');
    if (!rights || !exclude || entryOf(rights, 'restrictions')) return [];
    const edits: TextEdit[] = [{ span: exclude.keySpan, newText: 'restrictions' }];
    const list = exclude.value;
    const items = list?.kind === 'seq' ? list.items : list ? [list] : [];
    for (const item of items)
      if (item.kind === 'scalar' && typeof item.value === 'string')
        edits.push({ span: item.span, newText: `{ right: ${yamlScalar(item.value)} }` });
    if (list && list.kind === 'scalar') {
      // `exclude: access` (one right, not a list): a list of one restriction.
      edits[edits.length - 1] = { span: list.span, newText: `[{ right: ${yamlScalar(String(list.value))} }]` };
    }
    return [{ title: ctx.t("Rewrite as 'restrictions' ({ right, law, scope })"), edits, isPreferred: true }];
  },
};
