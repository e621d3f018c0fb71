// Contact details (controller, representative, DPO, authority) as a definition list, one row per field.
import { findPlaceholders } from '../../core/placeholders';
import { entryOf, strOf } from '../../parser/policyModel';
import type { YMap } from '../../parser/yamlTree';
import type { RenderContext } from '../context';
import { contactHtml } from '../html';

export type DetailKind = 'text' | 'multiline' | 'email' | 'url' | 'either';

export function details(
  ctx: RenderContext,
  map: YMap | null,
  fields: [key: string, label: string, kind: DetailKind][],
): string {
  const rows = fields.map(([key, label, kind]) => {
    const entry = entryOf(map, key);
    const value = strOf(entry?.value)?.value;
    if (!entry || value === undefined || value.trim() === '') return '';
    const link = (kind === 'email' || kind === 'url' || kind === 'either') && !findPlaceholders(value).length;
    const html = link ? contactHtml(value, kind) : ctx.own(value.trim()).replace(/\r?\n/g, '<br>');
    return `<div${ctx.at(entry)}><dt>${label}</dt><dd>${html}</dd></div>`;
  });
  const filled = rows.filter((r) => r !== '');
  return filled.length ? `<dl class="details">${filled.join('')}</dl>` : '';
}
