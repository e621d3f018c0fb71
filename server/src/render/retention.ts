// Retention (docs/language.md, "Retention") in plain words: "7 years from the date of the invoice", "until the end of the contract,
// then 1 year", "criteria: …", or one line per data when periods differ.
import { parseDuration } from '../vocabulary/duration';
import { entryOf, strOf } from '../parser/policyModel';
import type { YMap, YNode } from '../parser/yamlTree';
import type { RenderContext } from './context';
import { upperFirst } from './html';

/**
 * A duration in words, or the author's text as written when it is not one: standing alone (`own`), or inside a
 * generated phrase (`quote`, set off in its own language when that is not the notice's).
 */
function duration(ctx: RenderContext, text: string, inPhrase = true): string {
  const d = parseDuration(text);
  return d ? ctx.msg.retention.duration(d) : inPhrase ? ctx.quote(text) : ctx.own(text);
}

/** One retention form as a phrase; undefined when nothing readable is there. */
function phrase(ctx: RenderContext, node: YNode | null | undefined): { html: string; generated: boolean } | undefined {
  const scalar = strOf(node);
  if (scalar)
    return scalar.value.trim()
      ? { html: duration(ctx, scalar.value, false), generated: !!parseDuration(scalar.value) }
      : undefined;
  if (node?.kind !== 'map') return undefined;
  const nested = entryOf(node, 'retention')?.value;
  const form = formPhrase(ctx, node);
  if (!form) return nested ? phrase(ctx, nested) : undefined;
  const extended = strOf(entryOf(node, 'extended_until')?.value)?.value;
  return {
    html: extended?.trim() ? ctx.msg.retention.extendedUntil(form, ctx.quote(extended)) : form,
    generated: true,
  };
}

/** The structured forms of docs/language.md, "Retention" (v1 and v1.2), as a reader would say them. */
function formPhrase(ctx: RenderContext, node: YMap): string | undefined {
  const r = ctx.msg.retention;
  const field = (key: string) => {
    const value = strOf(entryOf(node, key)?.value)?.value;
    return value?.trim() ? value : undefined;
  };
  const [period, from, until, then, criteria, atLeast, atMost, law] = [
    'period',
    'from',
    'until',
    'then',
    'criteria',
    'at_least',
    'at_most',
    'law',
  ].map(field);
  const counted = (d: string) => (from ? r.from(duration(ctx, d), ctx.quote(from)) : duration(ctx, d));
  if (period !== undefined) return counted(period);
  if (until !== undefined) return then ? r.untilThen(ctx.quote(until), duration(ctx, then)) : r.until(ctx.quote(until));
  if (atLeast !== undefined) {
    const minimum = r.atLeast(counted(atLeast));
    return law ? r.asRequiredBy(minimum, ctx.quote(law)) : minimum;
  }
  if (atMost !== undefined) return r.atMost(counted(atMost));
  const between = entryOf(node, 'between')?.value;
  if (between?.kind === 'seq') {
    const [low, high] = between.items.map((i) => parseDuration(strOf(i)?.value ?? ''));
    if (low && high && between.items.length === 2) {
      const range = from ? r.from(r.between(low, high), ctx.quote(from)) : r.between(low, high);
      return criteria ? `${range} (${r.criteria(ctx.quote(criteria))})` : range;
    }
  }
  if (law !== undefined) return then ? r.lawThen(ctx.quote(law), duration(ctx, then)) : r.law(ctx.quote(law));
  if (criteria !== undefined) return r.criteria(ctx.quote(criteria));
  return undefined;
}

/** The data a retention list item is about: a data category's label, or the author's text. */
function dataName(ctx: RenderContext, item: YMap): string {
  const data = strOf(entryOf(item, 'data')?.value)?.value ?? '';
  const category = ctx.lookup('data', data);
  return ctx.own(category ? category.name : data);
}

/** HTML for a purpose's retention cell; '' when absent. */
export function renderRetention(ctx: RenderContext, node: YNode | null | undefined): string {
  if (node?.kind === 'seq') {
    const items = node.items.map((item) => {
      const p = phrase(ctx, item);
      if (!p) return '';
      const text =
        item.kind === 'map' && entryOf(item, 'data')
          ? ctx.msg.retention.forData(dataName(ctx, item), p.html)
          : upperFirst(p.html);
      return `<li${ctx.at(item)}>${text}</li>`;
    });
    const filled = items.filter((i) => i !== '');
    return filled.length ? `<ul class="retention-list">${filled.join('')}</ul>` : '';
  }
  const p = phrase(ctx, node);
  // Capitalise only the generated phrases: author text is shown as written.
  return p ? (p.generated ? upperFirst(p.html) : p.html) : '';
}
