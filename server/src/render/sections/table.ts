// Accessible tables (caption, column and row headers) for data, purposes, recipients and cookies.
// Optional columns that would be empty in every row are left out rather than filled with dashes.
import type { RenderContext, RowReuse } from '../context';
import { escapeHtml } from '../html';

export interface Cell {
  html: string;
  /** Extra attributes, e.g. ` data-line="4"` or ` id="…"`. */
  attrs?: string;
}

export interface Column {
  heading: string;
  optional?: boolean;
}

export interface Row {
  attrs: string;
  /** The first cell is the row's header. */
  cells: Cell[];
  /** Set on rows kept for the next render (RenderContext.rows). */
  reuse?: RowReuse;
}

export function table(ctx: RenderContext, className: string, caption: string, columns: Column[], rows: Row[]): string {
  const keep = columns.map((c, i) => !c.optional || rows.some((r) => (r.cells[i]?.html ?? '').trim() !== ''));
  const head = columns
    .filter((_, i) => keep[i])
    .map((c) => `<th scope="col">${c.heading}</th>`)
    .join('');
  // A row kept from the last render is used as it was when the same columns are shown (RenderContext.rowHtml).
  const shown = columns.map((c, i) => (keep[i] ? c.heading : '')).join('\n');
  const body = rows.map((r) =>
    ctx.rowHtml(r, shown, () => {
      const cells = r.cells.map((c, i) => {
        if (!keep[i]) return '';
        // data-label lets narrow screens (and a narrow preview pane) show each row as a card with labels.
        const tag = i === 0 ? 'th scope="row"' : `td data-label="${escapeHtml(stripTags(columns[i].heading))}"`;
        return `<${tag}${c.attrs ?? ''}>${c.html.trim() || ctx.msg.none}</${i === 0 ? 'th' : 'td'}>`;
      });
      return `<tr${r.attrs}>${cells.join('')}</tr>`;
    }),
  );
  return `<div class="table-wrap"><table class="${className}"><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}
