// Retention text that gives neither a period nor a concrete event (SPEC §5).
import { isVagueRetentionText, parseDuration } from '../gdpr/duration';
import { entryOf } from '../parser/policyModel';
import type { YNode } from '../parser/yamlTree';
import type { Rule } from './rule';

export const vagueRetention: Rule = {
  id: 'vague-retention',
  severity: 'warning',
  gdpr: 'Art 13(2)(a)',
  description: 'Retention text such as "as long as necessary" without a period or event.',
  check(ctx) {
    for (const p of ctx.model.purposes) {
      for (const node of vagueTexts(entryOf(p.map, 'retention')?.value)) {
        ctx.report(node.span, `The retention of purpose '${p.name}' is vague: "${String((node as { value: unknown }).value).slice(0, 60)}" gives no period and no concrete event. Art 13(2)(a) requires the period, or the criteria used to determine it.`);
      }
    }
  },
};

/** The scalars of a retention value that are vague, where their form has no duration beside them. */
function vagueTexts(node: YNode | null | undefined): YNode[] {
  if (!node) return [];
  if (node.kind === 'scalar') return typeof node.value === 'string' && !parseDuration(node.value) && isVagueRetentionText(node.value) ? [node] : [];
  if (node.kind === 'seq') return node.items.flatMap(vagueTexts);
  if (node.entries.some((e) => e.key === 'period' || e.key === 'then')) return [];
  return node.entries.filter((e) => e.key !== 'data').flatMap((e) => vagueTexts(e.value));
}
