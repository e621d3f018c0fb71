// "Why we use your data" (Art 13(1)(c)–(e), 13(2)(a), (e)): one table row per purpose with its legal basis
// named and cited, the Art 9(2) condition, the data, retention in plain words, recipients and provision.
import { entryOf, type Purpose, type Ref } from '../../parser/policyModel';
import type { NoticeSection, RenderContext } from '../context';
import { escapeHtml } from '../html';
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
    : escapeHtml(value);
}

/** Links to defined entities; undefined ids stay visible as written (and are flagged in the preview). */
function refList(ctx: RenderContext, refs: Ref[], section: 'data' | 'recipient'): string {
  const defined = section === 'data' ? ctx.model.data : ctx.model.recipients;
  const items = refs.map((ref) => {
    const target = defined.find((d) => d.id === ref.value);
    return target
      ? `<li><a href="#${ctx.anchor(section, target.id)}">${escapeHtml(target.name)}</a></li>`
      : `<li>${escapeHtml(ref.value)}${ctx.flag('unknown-reference', { within: ref.span })}</li>`;
  });
  return items.length ? `<ul class="refs">${items.join('')}</ul>` : '';
}

function basisCell(ctx: RenderContext, p: Purpose): string {
  const m = ctx.msg.purposes;
  const within = p.entry.span;
  const out: string[] = [];
  const interest = ctx.text(p.map, 'legitimate_interest');
  for (const { basis: b, when } of p.basisItems) {
    const cited = citation(ctx, 'basis', b.value);
    const withInterest = b.value === 'legitimate-interests' && interest ? m.interest(cited, interest) : cited;
    const marker = b.value === 'legitimate-interests' ? ctx.flag('missing-legitimate-interest', { within }) : '';
    // `{ basis, when }` (v1.2): which processing this basis covers, in the author's words.
    const applies = when?.value.trim()
      ? `<br><span class="basis-when">${ctx.msg.purposeFlags.basisWhen(escapeHtml(when.value))}</span>`
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
  const law = ctx.text(p.map, 'law');
  if (law) out.push(`<p${ctx.at(entryOf(p.map, 'law'))}>${m.law(law)}</p>`);
  else out.push(ctx.flagBlock('missing-law-reference', { within }));
  return out.join('');
}

function purposeCell(ctx: RenderContext, p: Purpose): string {
  const m = ctx.msg.purposes;
  let html = `<strong class="purpose-title">${escapeHtml(p.name)}</strong>`;
  html += ctx.markdownField(p.map, 'description', 0);
  const provisionEntry = entryOf(p.map, 'provision');
  const provision = ctx.text(p.map, 'provision');
  // `provision` is escaped text; vocabulary ids have nothing to escape, so the lookup is unaffected.
  const term = provision && ctx.msg.term('provision', provision);
  const consequence = ctx.text(p.map, 'consequence');
  const within = p.entry.span;
  if (provision)
    html += `<p class="provision"${ctx.at(provisionEntry)}>${m.provision(term ? escapeHtml(term.label) : provision)}${ctx.flag('consent-tied-to-contract', { within })}</p>`;
  if (consequence)
    html += `<p class="provision"${ctx.at(entryOf(p.map, 'consequence'))}>${m.consequence(consequence)}</p>`;
  else if (provision) html += ctx.flagBlock('missing-consequence', { within });
  if (!provision) html += ctx.flagBlock('missing-provision', { within: p.entry.span });
  html += flagsHtml(ctx, p);
  return html;
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
    const audience = ctx.model.audiences.find((a) => a.id === ref.value);
    return audience
      ? escapeHtml(audience.name)
      : `${escapeHtml(ref.value)}${ctx.flag('unknown-reference', { within: ref.span })}`;
  });
  if (names.length)
    html += `<p class="concerns"${ctx.at(entryOf(p.map, 'audiences'))}>${ctx.msg.audiences.concerns(ctx.list(names))}</p>`;
  const parental = entryOf(p.map, 'parental_consent');
  if (p.children && parental) {
    html += `<div class="parental-consent"${ctx.at(parental)}><p>${f.parentalConsent(ctx.law.digitalConsent.age(ctx.model.controllerCountry?.value))}</p>${ctx.markdown(parental)}</div>`;
  }
  if (p.children) html += ctx.flagBlock('missing-parental-consent', { within: p.entry.span });
  return html;
}

export function purposesSection(ctx: RenderContext): NoticeSection | undefined {
  const { msg, model } = ctx;
  const m = msg.purposes;
  const entry = ctx.section('purposes');
  const rows: Row[] = model.purposes.map((p) => {
    const retentionEntry = entryOf(p.map, 'retention');
    const within = p.entry.span;
    const retention =
      renderRetention(ctx, retentionEntry?.value) +
      ctx.flag('missing-retention', { within }) +
      ctx.flag('vague-retention', { within });
    return {
      attrs: ctx.at(p.entry),
      cells: [
        { html: purposeCell(ctx, p), attrs: ` id="${ctx.anchor('purpose', p.id)}"` },
        { html: basisCell(ctx, p), attrs: ctx.at(entryOf(p.map, 'basis')) },
        {
          html: refList(ctx, p.data, 'data') || ctx.flag('missing-field', { key: 'data', within }),
          attrs: ctx.at(entryOf(p.map, 'data')),
        },
        { html: retention, attrs: ctx.at(retentionEntry) },
        { html: refList(ctx, p.recipients, 'recipient'), attrs: ctx.at(entryOf(p.map, 'recipients')) },
      ],
    };
  });
  if (!rows.length) {
    const marker = ctx.flagBlock('missing-field', { key: 'purposes' });
    return marker ? { id: 'purposes', heading: msg.headings.purposes, source: entry, body: marker } : undefined;
  }
  const columns = [m.purpose, m.basis, m.data, m.retention, m.recipients].map((heading) => ({ heading }));
  return {
    id: 'purposes',
    heading: msg.headings.purposes,
    source: entry,
    body: `<p>${m.intro}</p>${table(ctx, 'purposes-table', m.caption, columns, rows)}`,
  };
}
