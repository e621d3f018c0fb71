// Retention text that gives neither a period nor a concrete event (docs/language.md, "Retention").
import { isVagueRetentionText, mentionsDuration, parseDuration } from '../vocabulary/duration';
import { entryOf } from '../parser/policyModel';
import type { YNode } from '../parser/yamlTree';
import { placeholderFor } from '../core/placeholders';
import type { Rule } from '../core/rule';

export const vagueRetention: Rule = {
  id: 'vague-retention',
  severity: 'warning',
  provisions: 'Art 13(2)(a)',
  description: 'Retention text such as "as long as necessary" without a period or event.',
  fixes(ctx) {
    // Keep the author's words: the vague text moves into a comment after the structured value.
    const original = ctx.text.slice(ctx.span.start, ctx.span.end);
    if (original.includes('\n') || ctx.text[ctx.span.start - 1] === '-') return [];
    const lineEnd = ctx.text.indexOf('\n', ctx.span.end);
    const rest = ctx.text.slice(ctx.span.end, lineEnd === -1 ? ctx.text.length : lineEnd).replace(/\r$/, '');
    if (rest.trim() !== '' && !rest.trim().startsWith('#')) return []; // inside a flow collection: no safe single-line edit
    const comment = `  # was: ${original.replace(/^["']|["']$/g, '')}`;
    const make = (value: string, title: string) => ({
      title,
      edits: [{ span: ctx.span, newText: `${value}${rest.trim() === '' ? comment : ''}` }],
    });
    // The period and the event only the author knows: placeholders, neither form preferred.
    const p = (key: string) => placeholderFor(ctx.model, key);
    return [
      make(
        `{ period: ${p('period')}, from: ${p('from')} }`,
        ctx.t('Replace with a period from an event ({ period, from })'),
      ),
      make(`{ until: ${p('until')} }`, ctx.t('Replace with an end event ({ until })')),
      make(`{ criteria: ${p('text')} }`, ctx.t('Replace with the criteria that determine the period ({ criteria })')),
    ];
  },
  check(ctx) {
    const say = (whose: string, node: YNode) =>
      ctx.report(
        node.span,
        ctx.t(
          'The retention of {0} is vague: "{1}" gives no period and no concrete event. Art 13(2)(a) requires ' +
            'the period, or the criteria used to determine it.',
          whose,
          excerpt(String((node as { value: unknown }).value)),
        ),
      );
    for (const p of ctx.model.purposes)
      for (const node of vagueTexts(entryOf(p.map, 'retention')?.value)) say(ctx.t("purpose '{0}'", p.name), node);
    // The notice-wide retention (docs/language.md, "Retention") applies to every purpose without its own.
    for (const node of vagueTexts(entryOf(ctx.model.root, 'retention')?.value)) say(ctx.t('the notice'), node);
  },
};

/** Keys whose value is a duration (docs/language.md, "Retention", v1 and v1.2). */
const DURATION_KEYS = ['period', 'then', 'at_least', 'at_most', 'between'];

/** The scalars of a retention value that are vague, where their form has no duration beside them. */
function vagueTexts(node: YNode | null | undefined): YNode[] {
  if (!node) return [];
  if (node.kind === 'scalar')
    return typeof node.value === 'string' &&
      !parseDuration(node.value) &&
      !mentionsDuration(node.value) &&
      isVagueRetentionText(node.value)
      ? [node]
      : [];
  if (node.kind === 'seq') return node.items.flatMap(vagueTexts);
  // A form that states a duration is not vague as a whole; an `extended_until` beside it still may be.
  if (node.entries.some((e) => DURATION_KEYS.includes(e.key)))
    return node.entries.filter((e) => e.key === 'extended_until').flatMap((e) => vagueTexts(e.value));
  return node.entries.filter((e) => e.key !== 'data').flatMap((e) => vagueTexts(e.value));
}

/** The author's words, cut at a word boundary when long. */
function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, flat.lastIndexOf(' ', max)).trimEnd()}…`;
}
