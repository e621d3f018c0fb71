// The remaining sections: v1.3 commitments (`promises`) and the minimum age, automated decisions (Art 13(2)(f)),
// cookies and the reader's cookie choices, security (Art 32), changes to the notice, and the author's own.
import { parseDuration } from '../../vocabulary/duration';
import { findTerm } from '../../vocabulary/terms';
import { entryOf, flagOf, mapOf, strOf } from '../../parser/policyModel';
import type { YMap } from '../../parser/yamlTree';
import type { NoticeSection, RenderContext } from '../context';
import { escapeHtml } from '../html';
import { automatedDecisions } from '../../core/decisions';
import { citation } from './purposes';
import { ownDecisionText } from './laws';
import { table, type Row } from './table';

/** v1.3 `promises`: one sentence each, in the notice's language (docs/language.md, "promises"). */
export function promisesSection(ctx: RenderContext): NoticeSection | undefined {
  const entry = ctx.section('promises');
  const sentences = ctx.model.promises.flatMap((p) => {
    const id = findTerm('promise', p.value)?.id;
    const sentence = id ? ctx.msg.promises[id as keyof typeof ctx.msg.promises] : undefined;
    if (sentence === undefined) return [];
    const text = typeof sentence === 'function' ? sentence(ctx.lawText.outside) : sentence;
    return [`<li${ctx.at(p.span)}>${text}</li>`];
  });
  if (!sentences.length) return undefined;
  return {
    id: 'commitments',
    heading: ctx.msg.headings.promises,
    source: entry,
    body: `<ul class="promises">${[...new Set(sentences)].join('')}</ul>`,
  };
}

/** v1.3 `policy.minimum_age`: the services are not meant for people under it. */
export function childrenSection(ctx: RenderContext): NoticeSection | undefined {
  const entry = entryOf(ctx.mapAt('policy'), 'minimum_age');
  const age = strOf(entry?.value)?.value;
  if (!entry || !age || !/^\d+$/.test(age.trim())) return undefined;
  return {
    id: 'children',
    heading: ctx.msg.headings.children,
    source: entry,
    body: `<p${ctx.at(entry)}>${ctx.msg.minimumAge(Number(age))}</p>`,
  };
}

/** v1.3 `policy.changes`: how far ahead, and how, readers are told of a material change. */
export function changesSection(ctx: RenderContext): NoticeSection | undefined {
  const entry = entryOf(ctx.mapAt('policy'), 'changes');
  const changes = mapOf(entry?.value);
  if (!changes) return undefined;
  const notice = strOf(entryOf(changes, 'notice')?.value)?.value;
  const parsed = notice ? parseDuration(notice) : undefined;
  const lead = parsed
    ? `<p${ctx.at(entryOf(changes, 'notice'))}>${ctx.msg.changes.notice(ctx.msg.retention.duration(parsed))}</p>`
    : '';
  const how = ctx.markdownField(changes, 'how');
  if (!lead && !how) return undefined;
  return { id: 'changes', heading: ctx.msg.headings.changes, source: entry, body: lead + how };
}

export function automatedSection(ctx: RenderContext): NoticeSection | undefined {
  const m = ctx.msg.automated;
  const entry = ctx.section('automated_decisions');
  const heading = ctx.msg.headings.automated;
  if (!entry) {
    // Saying "none" for the author would be a legal statement they never made: only the marker mentions it.
    const marker = ctx.flagBlock('missing-automated-decisions');
    return marker ? { id: 'automated-decisions', heading, body: marker } : undefined;
  }
  const value = entry.value;
  // v1.3 `{ none: true, note }`: we make none, and the note says what others may do, in the author's words.
  const map = mapOf(value);
  if (map) {
    const none = flagOf(map, 'none') ? `<p${ctx.at(entryOf(map, 'none'))}>${m.none}</p>` : '';
    const note = ctx.markdownField(map, 'note');
    return none || note ? { id: 'automated-decisions', heading, source: entry, body: none + note } : undefined;
  }
  if (value?.kind !== 'seq') {
    return strOf(value)?.value === 'none'
      ? { id: 'automated-decisions', heading, source: entry, body: `<p${ctx.at(entry)}>${m.none}</p>` }
      : undefined;
  }
  const decisions = value.items.map((item) => {
    const map = mapOf(item);
    if (!map) return '';
    const purpose = ctx.text(map, 'purpose');
    const part = (key: string, label: string) => {
      const html = ctx.markdownField(map, key, 5);
      return html ? `<div${ctx.at(entryOf(map, key))}><h4>${label}</h4>${html}</div>` : '';
    };
    return `<div class="decision"${ctx.at(item)}>${purpose ? `<h3${ctx.at(entryOf(map, 'purpose'))}>${purpose}</h3>` : ''}${part('logic', m.logic)}${part('significance', m.significance)}${ground(ctx, map)}</div>`;
  });
  return { id: 'automated-decisions', heading, source: entry, body: `<p>${m.intro}</p>${decisions.join('')}` };
}

/**
 * The Art 22(2) ground of one decision, and the safeguards that go with it: human intervention, a hearing and a
 * challenge (Art 22(3)) for a contract or explicit consent; the authorising law's own safeguards for `law`. Without a
 * ground the Art 22(3) safeguards are stated, as v1 notices had them: promising more than the law asks is safe. A
 * notice whose own law treats decisions otherwise says it as that law does (docs/language.md, "Laws"): the UK GDPR
 * asks for a condition only where special category data is used (Art 22B) and gives the safeguards of Art 22C to
 * every decision; the FADP asks for none, and contract and express consent are exceptions (Art 21(3)).
 */
function ground(ctx: RenderContext, map: YMap): string {
  const m = ctx.msg.automated;
  const entry = entryOf(map, 'ground');
  const value = strOf(entry?.value)?.value;
  const term = value ? ctx.msg.term('decision_ground', value) : undefined;
  const own = ownDecisionText(ctx)?.(term?.id, usesSpecialData(ctx, map));
  const safeguards = own ? own.safeguards : term?.id === 'law' ? m.lawSafeguards : m.safeguards;
  const label =
    own?.citation === null
      ? ''
      : own && term
        ? ctx.msg.purposes.citation(escapeHtml(term.label), `<span class="article">${escapeHtml(own.citation)}</span>`)
        : term
          ? citation(ctx, 'decision_ground', term.id)
          : value
            ? ctx.own(value)
            : '';
  const heading = label ? `<h4>${m.ground}</h4><p>${label}</p>` : '';
  return `<div${ctx.at(entry)}>${heading}<p>${safeguards}</p></div>`;
}

/** The decision's purpose (by id or title) uses special categories of data. */
function usesSpecialData(ctx: RenderContext, map: YMap): boolean {
  const written = strOf(entryOf(map, 'purpose')?.value)?.value;
  if (!written) return false;
  const decision = automatedDecisions(ctx.model).find((d) => d.written.value === written);
  return !!decision?.purpose?.data.some((ref) => ctx.model.data.find((x) => x.id === ref.value)?.specials.length);
}

export function cookiesSection(ctx: RenderContext): NoticeSection | undefined {
  const { msg } = ctx;
  const m = msg.cookies;
  const entry = ctx.section('cookies');
  const settingsEntry = ctx.section('cookie_settings');
  // v1.3 `cookie_settings`: how readers change or withdraw their choices.
  const settings = ctx.markdown(settingsEntry);
  const items = entry?.value?.kind === 'seq' ? entry.value.items : [];
  if (!items.length && !settings) return undefined;
  // Each cookie's row is used again while its text and the purpose it names are unchanged (render/reuse.ts).
  const rows: Row[] = ctx.rows('cookie', items, (item) => {
    const map = mapOf(item);
    const cell = (key: string, html: string | undefined) => ({ html: html ?? '', attrs: ctx.at(entryOf(map, key)) });
    const purpose = strOf(entryOf(map, 'purpose')?.value)?.value;
    const target = purpose !== undefined ? ctx.lookup('purposes', purpose) : undefined;
    const purposeHtml = target
      ? `<a href="#${ctx.anchor('purpose', target.id)}">${ctx.own(target.name)}</a>`
      : purpose && ctx.own(purpose);
    const duration = strOf(entryOf(map, 'duration')?.value)?.value;
    const parsed = duration ? parseDuration(duration) : undefined;
    const durationHtml =
      duration === 'session' ? m.session : parsed ? msg.retention.duration(parsed) : duration && ctx.own(duration);
    const term = (vocabulary: 'cookie_type' | 'cookie_party', key: string) => {
      const v = strOf(entryOf(map, key)?.value)?.value;
      if (!v) return undefined;
      const local = msg.term(vocabulary, v);
      return local ? escapeHtml(local.label) : ctx.own(v);
    };
    const name = ctx.text(map, 'name');
    // v1.3: a cookie described without its name shows a marker like every other missing value.
    const nameHtml = name ? `<code>${name}</code>` : ctx.flag('unnamed-cookie', { within: item.span }).trim();
    return {
      attrs: ctx.at(item),
      cells: [
        { html: nameHtml },
        { html: ctx.markdownField(map, 'description', 0), attrs: ctx.at(entryOf(map, 'description')) },
        cell('provider', ctx.text(map, 'provider')),
        cell('purpose', purposeHtml),
        cell('duration', durationHtml),
        cell('type', term('cookie_type', 'type')),
        cell('party', term('cookie_party', 'party')),
      ],
    };
  });
  const columns = [m.name, m.description, m.provider, m.purpose, m.duration, m.type, m.party].map((heading, i) => ({
    heading,
    optional: i > 0,
  }));
  const list = rows.length ? `<p>${m.intro}</p>${table(ctx, 'cookies-table', m.caption, columns, rows)}` : '';
  const choices = settings ? `<h3${ctx.at(settingsEntry)}>${m.settingsHeading}</h3>${settings}` : '';
  return { id: 'cookies', heading: msg.headings.cookies, source: entry ?? settingsEntry, body: list + choices };
}

export function securitySection(ctx: RenderContext): NoticeSection | undefined {
  const entry = ctx.section('security');
  if (entry?.value?.kind !== 'seq') return undefined;
  const items = entry.value.items.flatMap((item) => {
    const text = strOf(item)?.value;
    return text?.trim() ? [`<li${ctx.at(item)}>${ctx.markdownInline(text)}</li>`] : [];
  });
  if (!items.length) return undefined;
  return {
    id: 'security',
    heading: ctx.msg.headings.security,
    source: entry,
    body: `<p>${ctx.msg.security.intro}</p><ul>${items.join('')}</ul>`,
  };
}

/** The author's `sections`, after the generated ones; their markdown headings start at h3. */
export function extraSections(ctx: RenderContext): NoticeSection[] {
  const entry = ctx.section('sections');
  if (entry?.value?.kind !== 'seq') return [];
  return entry.value.items.flatMap((item, i) => {
    const map = mapOf(item);
    const title = ctx.text(map, 'title');
    const body = ctx.markdownField(map, 'body', 3);
    if (!title && !body) return [];
    const heading =
      title ??
      `${ctx.msg.headings.untitled}${ctx.flag('missing-field', { key: 'title', within: item.span }, 'missing-field/section-title')}`;
    return [{ id: ctx.id(`section-${i + 1}`), heading, source: item, body }];
  });
}
