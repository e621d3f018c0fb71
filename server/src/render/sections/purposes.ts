// "Why we use your data" (Art 13(1)(c)–(e), 13(2)(a), (e)): one table row per purpose with its legal basis
// named and cited, the Art 9(2) condition, the data, retention in plain words, recipients and provision.
import { entryOf, mapOf, strOf, type Purpose, type Ref } from '../../parser/policyModel';
import type { NoticeSection, RenderContext } from '../context';
import { escapeHtml, link, urlHref } from '../html';
import { renderRetention } from '../retention';
import { table, type Row } from './table';

/** "Legitimate interests — Art 6(1)(f)" from a vocabulary, or the author's value when it is not a term. */
export function citation(
  ctx: RenderContext,
  vocabulary: 'basis' | 'special_basis' | 'mechanism' | 'decision_ground',
  value: string,
): string {
  const term = ctx.msg.term(vocabulary, value);
  // An article citation never breaks across lines ("Art 6(1)" / "(f)" would be hard to read).
  // Under a law that has no counterpart of the term's article (a legal basis under the Swiss FADP), the label alone.
  if (term && !term.article) return escapeHtml(term.label);
  return term
    ? ctx.msg.purposes.citation(
        escapeHtml(term.label),
        `<span class="article">${escapeHtml(term.article ?? '')}</span>`,
      )
    : ctx.own(value);
}

/** The data a purpose uses: those it names, then v1.3 those used by every purpose (`all_purposes`). */
function purposeData(ctx: RenderContext, p: Purpose): Ref[] {
  const named = new Set(p.data.map((r) => r.value));
  const everywhere = ctx
    .everyPurposeData()
    .filter((d) => !named.has(d.id))
    .map((d): Ref => ({ value: d.id, span: d.keySpan, section: 'data' }));
  return [...p.data, ...everywhere];
}

/** Links to defined entities; undefined ids stay visible as written (and are flagged in the preview). */
function refList(ctx: RenderContext, refs: Ref[], section: 'data' | 'recipient'): string {
  const m = ctx.msg.purposes;
  const items = refs.map((ref) => {
    if (section === 'data') {
      const target = ctx.lookup('data', ref.value);
      return target
        ? `<li><a href="#${ctx.anchor('data', target.id)}">${ctx.own(target.name)}</a></li>`
        : `<li>${escapeHtml(ref.value)}${ctx.flag('unknown-reference', { within: ref.span })}</li>`;
    }
    const target = ctx.lookup('recipients', ref.value);
    if (!target) return `<li>${escapeHtml(ref.value)}${ctx.flag('unknown-reference', { within: ref.span })}</li>`;
    // Possible is possible; an organisation that collects for itself is not one we share with (docs/language.md).
    const note = target.ownCollection ? m.collectsItself : target.possible ? m.mayReceive : '';
    const anchor = ctx.anchor(target.ownCollection ? 'organisation' : 'recipient', target.id);
    return `<li><a href="#${anchor}">${ctx.own(target.name)}</a>${note ? ` <span class="possible">(${note})</span>` : ''}</li>`;
  });
  return items.length ? `<ul class="refs">${items.join('')}</ul>` : '';
}

function basisCell(ctx: RenderContext, p: Purpose): string {
  const m = ctx.msg.purposes;
  const within = p.entry.span;
  const out: string[] = [];
  const interest = ctx.quoteText(p.map, 'legitimate_interest');
  for (const { basis: b, when } of p.basisItems) {
    const cited = citation(ctx, 'basis', b.value);
    const withInterest = b.value === 'legitimate-interests' && interest ? m.interest(cited, interest) : cited;
    const marker = b.value === 'legitimate-interests' ? ctx.flag('missing-legitimate-interest', { within }) : '';
    // `{ basis, when }` (v1.2): which processing this basis covers, in the author's words.
    const applies = when?.value.trim()
      ? `<br><span class="basis-when">${ctx.msg.purposeFlags.basisWhen(ctx.quote(when.value))}</span>`
      : '';
    out.push(`<p${ctx.at(b.span)}>${withInterest}${applies}${marker}</p>`);
  }
  if (!p.bases.length) out.push(ctx.flagBlock('missing-legal-basis', { within }));
  if (p.specialBases.length) {
    const conditions = p.specialBases
      .map((s) => `<li${ctx.at(s.span)}>${citation(ctx, 'special_basis', s.value)}</li>`)
      .join('');
    out.push(
      `<p class="sub-label"${ctx.at(entryOf(p.map, 'special_basis'))}>${m.specialConditions}</p><ul>${conditions}</ul>`,
    );
  }
  out.push(ctx.flagBlock('missing-special-category-condition', { within }));
  const law = ctx.quoteText(p.map, 'law');
  if (law) out.push(`<p${ctx.at(entryOf(p.map, 'law'))}>${m.law(law)}</p>`);
  else out.push(ctx.flagBlock('missing-law-reference', { within }));
  return out.join('');
}

function purposeCell(ctx: RenderContext, p: Purpose): string {
  const m = ctx.msg.purposes;
  let html = `<strong class="purpose-title">${ctx.own(p.name)}</strong>`;
  html += ctx.markdownField(p.map, 'description', 0);
  const provisionEntry = entryOf(p.map, 'provision');
  const provision = strOf(provisionEntry?.value)?.value;
  const term = provision?.trim() ? ctx.msg.term('provision', provision) : undefined;
  const consequence = ctx.quoteText(p.map, 'consequence');
  const within = p.entry.span;
  // Only missing information is marked here: a judgement such as "consent tied to a contract" stays in the problems
  // panel (docs/language.md, "Output language").
  if (provision?.trim())
    html += `<p class="provision"${ctx.at(provisionEntry)}>${m.provision(term ? escapeHtml(term.label) : ctx.quote(provision))}</p>`;
  if (consequence)
    html += `<p class="provision"${ctx.at(entryOf(p.map, 'consequence'))}>${m.consequence(consequence)}</p>`;
  else if (provision?.trim()) html += ctx.flagBlock('missing-consequence', { within });
  // Beside the author's consequences, only the kind of requirement is missing: the marker never denies their words.
  if (!provision?.trim())
    html += ctx.flagBlock(
      'missing-provision',
      { within: p.entry.span },
      consequence ? 'missing-provision/beside-consequence' : 'missing-provision',
    );
  html += optOutHtml(ctx, p);
  html += flagsHtml(ctx, p);
  return html;
}

/** v1.3 `opt_out`: how to stop this processing without a rights request (docs/language.md, "purposes"). */
function optOutHtml(ctx: RenderContext, p: Purpose): string {
  const entry = entryOf(p.map, 'opt_out');
  const map = mapOf(entry?.value);
  if (!map) return '';
  const how = ctx.markdownField(map, 'how', 0);
  const url = strOf(entryOf(map, 'url')?.value)?.value;
  const href = url ? urlHref(url) : undefined;
  const page = href ? `<p${ctx.at(entryOf(map, 'url'))}>${link(href, ctx.msg.purposes.optOutLink)}</p>` : '';
  if (!how && !page) return '';
  return `<div class="opt-out"${ctx.at(entry)}><p class="sub-label">${ctx.msg.purposes.optOut}</p>${how}${page}</div>`;
}

/** What the purpose involves (v1.2 flags), whom it concerns, and how parents consent for children. */
function flagsHtml(ctx: RenderContext, p: Purpose): string {
  const f = ctx.msg.purposeFlags;
  const badges = [
    p.directMarketing && f.directMarketing,
    p.profiling && f.profiling,
    p.research && f.research,
    p.children && f.children,
  ].filter((b): b is string => !!b);
  let html = badges.length
    ? `<p class="purpose-flags">${badges.map((b) => `<span class="badge">${b}</span>`).join(' ')}</p>`
    : '';
  const names = p.audiences.map((ref) => {
    const audience = ctx.lookup('audiences', ref.value);
    // In a generated sentence ("Concerns: …"): set off in its own language like every quoted author text.
    return audience
      ? ctx.quote(audience.name)
      : `${escapeHtml(ref.value)}${ctx.flag('unknown-reference', { within: ref.span })}`;
  });
  if (names.length)
    html += `<p class="concerns"${ctx.at(entryOf(p.map, 'audiences'))}>${ctx.msg.audiences.concerns(ctx.list(names))}</p>`;
  const parental = entryOf(p.map, 'parental_consent');
  if (p.children && parental)
    html += `<div class="parental-consent"${ctx.at(parental)}>${childConsent(ctx)}<p>${f.parentalHow}</p>${ctx.markdown(parental)}</div>`;
  if (p.children) html += ctx.flagBlock('missing-parental-consent', { within: p.entry.span });
  return html;
}

/**
 * Art 8(1) as the law's rule: the age is set by the law that applies to the child, and the controller's country's age
 * is given as that country's, never as ours (EDPB Guidelines 05/2020, para 131; docs/language.md, "Output language").
 */
function childConsent(ctx: RenderContext): string {
  const f = ctx.msg.purposeFlags;
  const country = ctx.model.controllerCountry?.value;
  const age = ctx.law.digitalConsent.age(country);
  const countryAge =
    country && age !== undefined ? `<p>${f.countryAge(escapeHtml(ctx.msg.country(country)), age)}</p>` : '';
  return `<p>${f.childConsent(ctx.lawText.digitalConsentAges)}</p>${countryAge}`;
}

export function purposesSection(ctx: RenderContext): NoticeSection | undefined {
  const { msg, model } = ctx;
  const m = msg.purposes;
  const entry = ctx.section('purposes');
  // v1.3: the notice-wide retention, stated once (docs/language.md, "Retention").
  const generalEntry = ctx.section('retention');
  const general = renderRetention(ctx, generalEntry?.value);
  // Each purpose's row is used again while its text, its markers, what it names and the notice-wide retention are
  // unchanged (render/reuse.ts).
  const rows: Row[] = ctx.rows(`purpose ${general}`, model.purposes, (p) => {
    const retentionEntry = entryOf(p.map, 'retention');
    const within = p.entry.span;
    const own = renderRetention(ctx, retentionEntry?.value);
    // Where the notice-wide period applies, nothing is missing: no marker beside it (docs/language.md, "Retention").
    const retention = own
      ? own + ctx.flag('missing-retention', { within })
      : general
        ? `<p class="general-retention">${m.generalRetentionCell}</p>`
        : ctx.flag('missing-retention', { within });
    return {
      attrs: ctx.at(p.entry),
      cells: [
        { html: purposeCell(ctx, p), attrs: ` id="${ctx.anchor('purpose', p.id)}"` },
        { html: basisCell(ctx, p), attrs: ctx.at(entryOf(p.map, 'basis')) },
        {
          html:
            refList(ctx, purposeData(ctx, p), 'data') ||
            ctx.flag('missing-field', { key: 'data', within }, 'missing-field/purpose-data'),
          attrs: ctx.at(entryOf(p.map, 'data')),
        },
        { html: retention, attrs: ctx.at(retentionEntry) },
        { html: refList(ctx, p.recipients, 'recipient'), attrs: ctx.at(entryOf(p.map, 'recipients')) },
      ],
    };
  });
  if (!rows.length) {
    const marker = ctx.flagBlock('missing-field', { key: 'purposes' }, 'missing-field/purposes');
    return marker ? { id: 'purposes', heading: msg.headings.purposes, source: entry, body: marker } : undefined;
  }
  const generalHtml = general
    ? `<div class="general-retention"${ctx.at(generalEntry)}><p>${m.generalRetention}</p>${general.startsWith('<ul') ? general : `<p>${general}</p>`}</div>`
    : '';
  const columns = [m.purpose, m.basis, m.data, m.retention, m.recipients].map((heading) => ({ heading }));
  return {
    id: 'purposes',
    heading: msg.headings.purposes,
    source: entry,
    body: `<p>${m.intro}</p>${generalHtml}${table(ctx, 'purposes-table', m.caption, columns, rows)}`,
  };
}
