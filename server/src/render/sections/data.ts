// "The personal data we process" (Art 14(1)(d)): each category with examples, special categories flagged,
// and where it comes from when the policy collects data from other sources (Art 14(2)(f)).
import { entryOf } from '../../parser/policyModel';
import type { NoticeSection, RenderContext } from '../context';
import { escapeHtml } from '../html';
import { table, type Cell, type Row } from './table';

export function dataSection(ctx: RenderContext): NoticeSection | undefined {
  const { model, msg } = ctx;
  const m = msg.data;
  const entry = ctx.section('data');
  const withSource = model.collection !== 'direct';
  // Each category's row is used again while its text and its markers are unchanged (render/reuse.ts).
  const rows: Row[] = ctx.rows('data', model.data, (d) => {
    const badges: string[] = [];
    // v1.3: one special category or a list of them (Art 9(1)), one badge each.
    for (const s of d.specials) {
      const term = msg.term('special', s.value);
      badges.push(
        `<span class="badge">${m.special(term ? escapeHtml(term.label) : ctx.own(s.value), msg.cite('Art 9(1)'))}</span>`,
      );
    }
    if (d.criminal) badges.push(`<span class="badge">${m.criminal}</span>`);
    const examples = entryOf(d.map, 'examples');
    const exampleItems =
      examples?.value?.kind === 'seq'
        ? examples.value.items.flatMap((i) =>
            i.kind === 'scalar' && i.value !== null ? [ctx.quote(String(i.value))] : [],
          )
        : [];
    const cells: Cell[] = [
      { html: ctx.own(d.name) + badges.join(''), attrs: ` id="${ctx.anchor('data', d.id)}"` },
      {
        html:
          ctx.markdownField(d.map, 'description') +
          (exampleItems.length ? `<p${ctx.at(examples)}>${m.examples(ctx.list(exampleItems))}</p>` : ''),
      },
    ];
    if (withSource) {
      const term = d.source && msg.term('source', d.source.value);
      const source = d.source
        ? d.publicSource
          ? m.publicSource(ctx.quote(d.source.value))
          : term
            ? escapeHtml(term.label)
            : ctx.own(d.source.value)
        : '';
      cells.push({
        html: source || ctx.flag('missing-source', { within: d.entry.span }),
        attrs: ctx.at(entryOf(d.map, 'source')),
      });
    }
    return { attrs: ctx.at(d.entry), cells };
  });
  if (!rows.length) {
    const marker = ctx.flagBlock('missing-field', { key: 'data' }, 'missing-field/data');
    return marker ? { id: 'data', heading: msg.headings.data, source: entry, body: marker } : undefined;
  }
  const columns = [{ heading: m.category }, { heading: m.details }, ...(withSource ? [{ heading: m.source }] : [])];
  return {
    id: 'data',
    heading: msg.headings.data,
    source: entry,
    body: `<p>${m.intro}</p>${table(ctx, 'data-table', m.caption, columns, rows)}`,
  };
}
