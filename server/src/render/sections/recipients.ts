// "Who receives your data" (Art 13(1)(e)) and "Transfers outside the EEA" (Art 13(1)(f), 44–49).
// v1.3: possible recipients "may receive"; organisations that collect data themselves under their own heading, never
// as recipients we share with; each transfer by its ground — an adequacy decision, appropriate safeguards or a
// derogation — never "safeguards" for all three (docs/language.md, "Output language").
import { isCountryCode } from '../../vocabulary/countries';
import { findTerm } from '../../vocabulary/terms';
import { entryOf, strOf, type Mechanism, type Recipient, type Transfer } from '../../parser/policyModel';
import type { AdequacyFinding } from '../../laws';
import type { NoticeSection, RenderContext } from '../context';
import { contactHtml, emailHref, escapeHtml, link, urlHref } from '../html';
import { linkifyText } from '../markdown';
import { table, type Row } from './table';

/** A place in the notice's language: a country's name from its ISO code, a region's name, or the author's value. */
function place(ctx: RenderContext, code: string): string {
  if (isCountryCode(code)) return escapeHtml(ctx.msg.country(code));
  const region = ctx.msg.term('region', code);
  return region ? escapeHtml(region.label) : ctx.own(code);
}

/** The recipient's name, linked to its web page, with the organisation behind it. */
function recipientName(ctx: RenderContext, r: Recipient): string {
  const url = strOf(entryOf(r.map, 'url')?.value)?.value;
  const href = url ? urlHref(url) : undefined;
  let who = ctx.own(r.name);
  if (href) who = link(href, who);
  if (r.orgName && r.orgName.value !== r.name) who += `<br><span class="org">${ctx.own(r.orgName.value)}</span>`;
  return who;
}

/** The commitments a processor is bound by (v1.3 `safeguards`, Art 28(3)), under its name. */
function safeguardsHtml(ctx: RenderContext, r: Recipient): string {
  const html = ctx.markdownField(r.map, 'safeguards');
  return html
    ? `<div class="recipient-safeguards"><p class="sub-label">${ctx.msg.recipients.safeguards}</p>${html}</div>`
    : '';
}

function recipientRow(ctx: RenderContext, r: Recipient, anchor: string, possibleNote: string): Row {
  const { msg } = ctx;
  const type = r.type && msg.term('recipient_type', r.type.value);
  const category = r.category && msg.term('recipient_category', r.category.value);
  const where = ctx.list(r.countries.map((c) => place(ctx, c.value)));
  const possible = r.possible ? `<br><span class="possible">${possibleNote}</span>` : '';
  return {
    attrs: ctx.at(r.entry),
    cells: [
      { html: recipientName(ctx, r) + possible + safeguardsHtml(ctx, r), attrs: ` id="${anchor}"` },
      {
        html: r.type ? (type ? escapeHtml(type.label) : ctx.own(r.type.value)) : '',
        attrs: ctx.at(entryOf(r.map, 'type')),
      },
      {
        html: r.category ? (category ? escapeHtml(category.label) : ctx.own(r.category.value)) : '',
        attrs: ctx.at(entryOf(r.map, 'category')),
      },
      {
        html: where + ctx.flag('missing-transfer-safeguard', { within: r.entry.span }),
        attrs: ctx.at(entryOf(r.map, 'country')),
      },
    ],
  };
}

export function recipientsSection(ctx: RenderContext): NoticeSection | undefined {
  const { msg, model } = ctx;
  const m = msg.recipients;
  if (!model.recipients.length) return undefined;
  const named = new Set(model.purposes.flatMap((p) => p.recipients.map((r) => r.value)));
  const sharedWith = model.recipients.filter((r) => !r.ownCollection);
  const columns = [
    { heading: m.recipient },
    { heading: m.role, optional: true },
    { heading: m.category, optional: true },
    { heading: m.country, optional: true },
  ];
  const group = (recipients: Recipient[], intro: (possible: boolean) => string) => {
    if (!recipients.length) return '';
    // Each row is used again while the recipient's text and markers are unchanged (render/reuse.ts).
    const rows = ctx.rows('recipient', recipients, (r) =>
      recipientRow(ctx, r, ctx.anchor('recipient', r.id), m.mayReceive),
    );
    return `<p>${intro(recipients.some((r) => r.possible))}</p>${table(ctx, 'recipients-table', m.caption, columns, rows)}`;
  };
  // "Each only for the purposes listed above" is said only of recipients that some purpose names.
  let body =
    group(
      sharedWith.filter((r) => named.has(r.id)),
      m.intro,
    ) +
    group(
      sharedWith.filter((r) => !named.has(r.id)),
      m.introOthers,
    );
  const own = model.recipients.filter((r) => r.ownCollection);
  if (own.length) {
    const id = ctx.id('own-collection');
    const rows = ctx.rows('organisation', own, (r) =>
      recipientRow(ctx, r, ctx.anchor('organisation', r.id), m.mayCollect),
    );
    const ownColumns = [{ heading: m.organisation }, ...columns.slice(1)];
    body +=
      `<h3 id="${id}">${m.ownHeading}</h3><p>${m.ownIntro}</p>` +
      table(ctx, 'recipients-table own-collection', m.ownCaption, ownColumns, rows);
  }
  return { id: 'recipients', heading: msg.headings.recipients, source: ctx.section('recipients'), body };
}

/** `copy` is a URL, an e-mail address or a sentence that may contain either. */
function copyHtml(ctx: RenderContext, value: string): string {
  if (emailHref(value) || urlHref(value)) return contactHtml(value, 'either');
  return ctx.authorLanguage ? `<span${ctx.authorLang}>${linkifyText(value)}</span>` : linkifyText(value);
}

/** A decision adopted under Directive 95/46/EC, kept in force by Art 45(9): before the GDPR applied (25 May 2018). */
function underDirective(finding: AdequacyFinding): boolean {
  const year = / of \d{1,2} [A-Z][a-z]+ (\d{4})\b/.exec(finding.decision)?.[1];
  return year !== undefined && Number(year) < 2018;
}

/** The sentences of an adequacy ground: one per destination, with its decision's scope limit (Art 45). */
function adequacyGround(ctx: RenderContext, countries: string[], organisations: string[]): string[] {
  const m = ctx.msg.transfers;
  const out: string[] = [];
  for (const code of countries) {
    const finding = ctx.law.adequacy.forCountry(code);
    if (!finding) continue;
    const name = escapeHtml(ctx.msg.country(code));
    let sentence = underDirective(finding) ? m.adequacyCountryDirective(name) : m.adequacyCountry(name);
    if (finding.scope)
      sentence += ` ${m.adequacyScope[code] ?? m.adequacyScopeOther(`<span lang="en">${escapeHtml(finding.scope)}</span>`)}`;
    out.push(sentence);
  }
  for (const name of organisations) {
    const finding = ctx.law.adequacy.forOrganisation(name);
    if (finding) out.push(m.adequacyOrganisation(ctx.own(name)));
  }
  // Where no decision the law knows covers a destination, the author's ground is stated without naming one.
  return out.length ? out : [m.adequacyGeneric];
}

/**
 * One ground of a transfer, as the law qualifies it, with the markers of its own findings after it (rules
 * invalid-mechanism, invalid-adequacy): a marker stands beside the ground it concerns, never beside another.
 */
function groundSentences(ctx: RenderContext, t: Transfer, mechanism: Mechanism, countries: string[]): string[] {
  const within = mechanism.span;
  // Adequacy for a destination no decision covers is marked as a ground missing, in the law's words.
  const unlisted = ctx.law.sentences?.(ctx.msg.language).unlistedLabel(ctx.law.date ?? '9999-12-31');
  const marker =
    ctx.flag('invalid-mechanism', { within, law: ctx.law.id }) +
    (unlisted ? ctx.flag('invalid-adequacy', { within, law: ctx.law.id, text: unlisted }) : '');
  const sentences = groundSentencesOf(ctx, t, mechanism, countries);
  return marker ? [...sentences.slice(0, -1), `${sentences[sentences.length - 1] ?? ''}${marker}`] : sentences;
}

function groundSentencesOf(ctx: RenderContext, t: Transfer, mechanism: Mechanism, countries: string[]): string[] {
  const m = ctx.msg.transfers;
  const id = findTerm('mechanism', mechanism.value)?.id;
  if (id === 'adequacy') {
    const organisations = t.organisations.map((o) => o.value);
    // Destinations named, none of which the law's list holds: the author's ground, never an adequacy decision.
    const listed =
      countries.some((c) => ctx.law.adequacy.forCountry(c)) ||
      organisations.some((o) => ctx.law.adequacy.forOrganisation(o));
    if (!listed && countries.length + organisations.length > 0)
      return [m.otherGround(escapeHtml(ctx.msg.term('mechanism', mechanism.value)?.label ?? mechanism.written))];
    return adequacyGround(ctx, countries, organisations);
  }
  if (id === 'dpf') return [m.dpf];
  if (id && m.safeguard[id]) {
    const [what, article] = m.safeguard[id];
    return [m.safeguards(what, ctx.msg.cite(article))];
  }
  if (id === 'derogation-consent') return [m.derogationConsent];
  if (id === 'derogation-compelling-interests') {
    const interest = ctx.markdownField(t.map, 'compelling_interest');
    const marker = ctx.flagBlock('missing-compelling-interest', { within: t.map.span });
    return [
      m.derogationCompelling +
        (interest ? `<span class="sub-label">${m.compellingInterest}</span>${interest}` : marker),
    ];
  }
  if (id && m.because[id]) return [m.derogation(m.because[id])];
  const term = ctx.msg.term('mechanism', mechanism.value);
  return [m.otherGround(term ? escapeHtml(term.label) : ctx.quote(mechanism.written))];
}

export function transfersSection(ctx: RenderContext): NoticeSection | undefined {
  const { msg, model } = ctx;
  const m = msg.transfers;
  const entry = ctx.section('transfers');
  const heading = ctx.lawText.transfersHeading;
  // Each transfer is used again while its text, its markers, its number and what it names are unchanged.
  const items = ctx.blocks('transfer', model.transfers, (t, i) => {
    const rows: string[] = [];
    const row = (label: string, html: string, source: Parameters<RenderContext['at']>[0]) =>
      rows.push(`<div${ctx.at(source)}><dt>${label}</dt><dd>${html}</dd></div>`);
    const recipients = t.recipients.map((ref) => {
      const r = ctx.lookup('recipients', ref.value);
      if (!r) return escapeHtml(ref.value);
      return `<a href="#${ctx.anchor(r.ownCollection ? 'organisation' : 'recipient', r.id)}">${ctx.own(r.name)}</a>`;
    });
    if (recipients.length) row(m.recipients, ctx.list(recipients), entryOf(t.map, 'recipients'));
    // Countries named, or else those of the recipients named (outside the law's territory).
    const codes = t.countries.length
      ? t.countries.map((c) => c.value)
      : [
          ...new Set(
            t.recipients.flatMap((ref) => ctx.lookup('recipients', ref.value)?.countries.map((c) => c.value) ?? []),
          ),
        ].filter((c) => !ctx.law.territory.contains(c));
    const within = t.map.span;
    if (codes.length)
      row(
        m.countries,
        ctx.list(codes.map((c) => place(ctx, c))),
        entryOf(t.map, 'countries') ?? entryOf(t.map, 'recipients'),
      );
    // An international organisation is never called a country.
    if (t.organisations.length)
      row(m.organisations, ctx.list(t.organisations.map((o) => ctx.own(o.value))), entryOf(t.map, 'organisations'));
    else if (!codes.length && !recipients.length) {
      const marker = ctx.flag('transfer-without-destination', { within }).trim();
      if (marker) row(m.countries, marker, t.map);
    }
    const destinations = rows.length
      ? `<p>${t.possible ? m.mayBeTransferred : m.transferred}</p><dl class="details">${rows.join('')}</dl>`
      : '';

    // The mechanisms of the notice's own law (a per-law map also holds other laws', shown in their sections).
    const mechanisms = t.mechanisms.filter((x) => x.law === undefined || x.law === ctx.law.id);
    let grounds = '';
    if (mechanisms.length === 1) {
      grounds = `<p class="sub-label">${m.groundOne}</p>${groundSentences(ctx, t, mechanisms[0], codes)
        .map((s) => `<p>${s}</p>`)
        .join('')}`;
    } else if (mechanisms.length > 1) {
      // A list of mechanisms is alternatives: the transfer rests on one of them (docs/language.md, "transfers").
      const list = mechanisms.map((x) => `<li>${groundSentences(ctx, t, x, codes).join(' ')}</li>`).join('');
      grounds = `<p class="sub-label">${m.groundOneOf}</p><ul class="grounds">${list}</ul>`;
    } else grounds = ctx.flagBlock('missing-transfer-safeguard', { within });
    const groundsHtml = grounds
      ? `<div class="transfer-ground"${ctx.at(entryOf(t.map, 'mechanism') ?? t.map)}>${grounds}</div>`
      : '';

    const copyRows: string[] = [];
    const copy = strOf(entryOf(t.map, 'copy')?.value)?.value;
    const copyMarker = ctx.flag('missing-transfer-copy', { within }).trim();
    if (copy?.trim())
      copyRows.push(`<div${ctx.at(entryOf(t.map, 'copy'))}><dt>${m.copy}</dt><dd>${copyHtml(ctx, copy)}</dd></div>`);
    else if (copyMarker) copyRows.push(`<div${ctx.at(t.map)}><dt>${m.copy}</dt><dd>${copyMarker}</dd></div>`);
    const copyHtmlBlock = copyRows.length ? `<dl class="details">${copyRows.join('')}</dl>` : '';
    const note = ctx.markdownField(t.map, 'note');
    const label = model.transfers.length > 1 ? `<h3${ctx.at(t.map)}>${m.item(i + 1)}</h3>` : '';
    return `<div class="transfer"${ctx.at(t.map)}>${label}${destinations}${groundsHtml}${copyHtmlBlock}${note}</div>`;
  });
  if (!items.length) {
    // No transfers at all, yet a recipient outside the territory: the notice says what is missing.
    const marker = ctx.flagBlock('missing-transfer-safeguard');
    return marker ? { id: 'transfers', heading, source: entry, body: marker } : undefined;
  }
  return { id: 'transfers', heading, source: entry, body: `<p>${ctx.lawText.transfersIntro}</p>${items.join('')}` };
}
