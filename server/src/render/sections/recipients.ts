// "Who receives your data" (Art 13(1)(e)) and "Transfers outside the EEA" (Art 13(1)(f), 44–49).
import { isCountryCode } from '../../vocabulary/countries';
import { entryOf, strOf } from '../../parser/policyModel';
import type { NoticeSection, RenderContext } from '../context';
import { contactHtml, emailHref, escapeHtml, link, urlHref } from '../html';
import { linkifyText } from '../markdown';
import { citation } from './purposes';
import { table, type Row } from './table';

/** A country's name in the notice's language, or the author's value when it is not an ISO code. */
const country = (ctx: RenderContext, code: string) => escapeHtml(isCountryCode(code) ? ctx.msg.country(code) : code);

export function recipientsSection(ctx: RenderContext): NoticeSection | undefined {
  const { msg, model } = ctx;
  const m = msg.recipients;
  if (!model.recipients.length) return undefined;
  const rows: Row[] = model.recipients.map((r) => {
    const url = strOf(entryOf(r.map, 'url')?.value)?.value;
    const href = url ? urlHref(url) : undefined;
    let who = escapeHtml(r.name);
    if (href) who = link(href, who);
    if (r.orgName && r.orgName.value !== r.name) who += `<br><span class="org">${escapeHtml(r.orgName.value)}</span>`;
    const type = r.type && msg.term('recipient_type', r.type.value);
    const category = r.category && msg.term('recipient_category', r.category.value);
    const where = r.country ? country(ctx, r.country.value) : '';
    return {
      attrs: ctx.at(r.entry),
      cells: [
        { html: who, attrs: ` id="${ctx.anchor('recipient', r.id)}"` },
        { html: r.type ? escapeHtml(type ? type.label : r.type.value) : '', attrs: ctx.at(entryOf(r.map, 'type')) },
        {
          html: r.category ? escapeHtml(category ? category.label : r.category.value) : '',
          attrs: ctx.at(entryOf(r.map, 'category')),
        },
        {
          html: where + ctx.flag('missing-transfer-safeguard', { within: r.entry.span }),
          attrs: ctx.at(entryOf(r.map, 'country')),
        },
      ],
    };
  });
  const columns = [
    { heading: m.recipient },
    { heading: m.role },
    { heading: m.category, optional: true },
    { heading: m.country, optional: true },
  ];
  const body = `<p>${m.intro}</p>${table(ctx, 'recipients-table', m.caption, columns, rows)}`;
  return { id: 'recipients', heading: msg.headings.recipients, source: ctx.section('recipients'), body };
}

/** `copy` is a URL, an e-mail address or a sentence that may contain either. */
function copyHtml(value: string): string {
  return emailHref(value) || urlHref(value) ? contactHtml(value, 'either') : linkifyText(value);
}

export function transfersSection(ctx: RenderContext): NoticeSection | undefined {
  const { msg, model } = ctx;
  const m = msg.transfers;
  const entry = ctx.section('transfers');
  const items = model.transfers.map((t, i) => {
    const rows: string[] = [];
    const row = (label: string, html: string, source: Parameters<RenderContext['at']>[0]) =>
      rows.push(`<div${ctx.at(source)}><dt>${label}</dt><dd>${html}</dd></div>`);
    const recipients = t.recipients.map((ref) => {
      const r = model.recipients.find((x) => x.id === ref.value);
      return r ? `<a href="#${ctx.anchor('recipient', r.id)}">${escapeHtml(r.name)}</a>` : escapeHtml(ref.value);
    });
    if (recipients.length) row(m.recipients, ctx.list(recipients), entryOf(t.map, 'recipients'));
    // Countries named, or else those of the recipients named.
    const codes = t.countries.length
      ? t.countries.map((c) => c.value)
      : [
          ...new Set(
            t.recipients.flatMap((ref) => model.recipients.find((x) => x.id === ref.value)?.country?.value ?? []),
          ),
        ];
    const within = t.map.span;
    if (codes.length)
      row(
        m.countries,
        ctx.list(codes.map((c) => country(ctx, c))),
        entryOf(t.map, 'countries') ?? entryOf(t.map, 'recipients'),
      );
    if (t.organisations.length)
      row(m.organisations, ctx.list(t.organisations.map((o) => escapeHtml(o.value))), entryOf(t.map, 'organisations'));
    else if (!codes.length && !recipients.length) {
      const marker = ctx.flag('transfer-without-destination', { within }).trim();
      if (marker) row(m.countries, marker, t.map);
    }
    const mech = t.mechanism ? msg.term('mechanism', t.mechanism.value) : undefined;
    const mechanism = t.mechanism
      ? `${citation(ctx, 'mechanism', t.mechanism.value)}${mech ? `<br><span class="meaning">${escapeHtml(mech.meaning)}</span>` : ''}${ctx.flag('invalid-adequacy', { within })}`
      : ctx.flag('missing-transfer-safeguard', { within }).trim();
    if (mechanism) row(m.mechanism, mechanism, entryOf(t.map, 'mechanism') ?? t.map);
    const copy = strOf(entryOf(t.map, 'copy')?.value)?.value;
    const copyMarker = ctx.flag('missing-transfer-copy', { within }).trim();
    if (copy?.trim()) row(m.copy, copyHtml(copy), entryOf(t.map, 'copy'));
    else if (copyMarker) row(m.copy, copyMarker, t.map);
    const note = ctx.markdownField(t.map, 'note');
    const label = model.transfers.length > 1 ? `<h3${ctx.at(t.map)}>${m.item(i + 1)}</h3>` : '';
    return `<div class="transfer"${ctx.at(t.map)}>${label}${rows.length ? `<dl class="details">${rows.join('')}</dl>` : ''}${note}</div>`;
  });
  if (!items.length) {
    // No transfers at all, yet a recipient outside the EEA: the preview says what is missing.
    const marker = ctx.flagBlock('missing-transfer-safeguard');
    return marker ? { id: 'transfers', heading: msg.headings.transfers, source: entry, body: marker } : undefined;
  }
  return {
    id: 'transfers',
    heading: msg.headings.transfers,
    source: entry,
    body: `<p>${m.intro}</p>${items.join('')}`,
  };
}
