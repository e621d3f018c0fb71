// Retention (SPEC §5) in plain words: "7 years from the date of the invoice", "until the end of the contract,
// then 1 year", "criteria: …", or one line per data when periods differ.
import { parseDuration } from '../gdpr/duration';
import { entryOf, strOf } from '../parser/policyModel';
import type { YMap, YNode } from '../parser/yamlTree';
import type { RenderContext } from './context';
import { escapeHtml, upperFirst } from './html';

/** A duration in words, or the author's text as written when it is not one. */
function duration(ctx: RenderContext, text: string): string {
  const d = parseDuration(text);
  return d ? ctx.msg.retention.duration(d) : escapeHtml(text);
}

/** One retention form as a phrase; undefined when nothing readable is there. */
function phrase(ctx: RenderContext, node: YNode | null | undefined): { html: string; generated: boolean } | undefined {
  const r = ctx.msg.retention;
  const scalar = strOf(node);
  if (scalar) return scalar.value.trim() ? { html: duration(ctx, scalar.value), generated: !!parseDuration(scalar.value) } : undefined;
  if (node?.kind !== 'map') return undefined;
  const field = (key: string) => strOf(entryOf(node, key)?.value)?.value;
  const [period, from, until, then, criteria] = ['period', 'from', 'until', 'then', 'criteria'].map(field);
  const nested = entryOf(node, 'retention')?.value;
  if (period !== undefined) return { html: from ? r.from(duration(ctx, period), escapeHtml(from)) : duration(ctx, period), generated: true };
  if (until !== undefined) return { html: then ? r.untilThen(escapeHtml(until), duration(ctx, then)) : r.until(escapeHtml(until)), generated: true };
  if (criteria !== undefined) return { html: r.criteria(escapeHtml(criteria)), generated: true };
  return nested ? phrase(ctx, nested) : undefined;
}

/** The data a retention list item is about: a data category's label, or the author's text. */
function dataName(ctx: RenderContext, item: YMap): string {
  const data = strOf(entryOf(item, 'data')?.value)?.value ?? '';
  const category = ctx.model.data.find((d) => d.id === data);
  return escapeHtml(category ? category.name : data);
}

/** HTML for a purpose's retention cell; '' when absent. */
export function renderRetention(ctx: RenderContext, node: YNode | null | undefined): string {
  if (node?.kind === 'seq') {
    const items = node.items.map((item) => {
      const p = phrase(ctx, item);
      if (!p) return '';
      const text = item.kind === 'map' && entryOf(item, 'data') ? ctx.msg.retention.forData(dataName(ctx, item), p.html) : upperFirst(p.html);
      return `<li${ctx.at(item)}>${text}</li>`;
    });
    const filled = items.filter((i) => i !== '');
    return filled.length ? `<ul class="retention-list">${filled.join('')}</ul>` : '';
  }
  const p = phrase(ctx, node);
  // Capitalise only the generated phrases: author text is shown as written.
  return p ? (p.generated ? upperFirst(p.html) : p.html) : '';
}
