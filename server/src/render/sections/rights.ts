// "Your rights" (Art 13(2)(b)–(c), 12(3)), derived from the legal bases (docs/language.md, "Which rights apply"). The right to object
// stands apart in its own box, because Art 21(4) requires it to be presented clearly and separately.
import { parseDuration } from '../../vocabulary/duration';
import { applicableRights, objectionGrounds, portabilityPurposes } from '../../core/rights';
import { findPlaceholders } from '../../core/placeholders';
import { findTerm, type Term } from '../../vocabulary/terms';
import { entryOf, mapOf, strOf, type Purpose } from '../../parser/policyModel';
import type { YEntry, YMap, YNode } from '../../parser/yamlTree';
import type { NoticeSection, RenderContext } from '../context';
import type { LocalTerm } from '../../languages/notices';
import { contactHtml, emailHref, escapeHtml, link, urlHref } from '../html';
import { details } from './details';

/** Where requests go: `rights.contact`, or else the controller's e-mail (docs/language.md, "rights"). A named contact gives its ways. */
function contact(ctx: RenderContext): string | undefined {
  const named = mapOf(entryOf(ctx.mapAt('rights'), 'contact')?.value);
  if (named) return namedContactWays(ctx, named) || undefined;
  const value =
    strOf(entryOf(ctx.mapAt('rights'), 'contact')?.value)?.value ??
    strOf(entryOf(ctx.mapAt('controller'), 'email')?.value)?.value;
  if (!value?.trim()) return undefined;
  // An address or a link; any other text is the author's, set off in its language.
  return emailHref(value) || urlHref(value) ? contactHtml(value, 'either') : ctx.quote(value);
}

/** A named contact's e-mail, phone and web page, joined ("a@b.be, +32 …"). */
function namedContactWays(ctx: RenderContext, named: YMap): string {
  const ways: string[] = [];
  const email = strOf(entryOf(named, 'email')?.value)?.value;
  const phone = strOf(entryOf(named, 'phone')?.value)?.value;
  const url = strOf(entryOf(named, 'url')?.value)?.value;
  if (email?.trim()) ways.push(contactHtml(email, 'email'));
  if (phone?.trim()) ways.push(escapeHtml(phone));
  if (url?.trim()) ways.push(contactHtml(url, 'url'));
  return ctx.list(ways);
}

/** The purposes a ground of objection concerns, linked to their rows. */
function purposeLinks(ctx: RenderContext, purposes: Purpose[]): string {
  return purposes.map((p) => `<li><a href="#${ctx.anchor('purpose', p.id)}">${ctx.own(p.name)}</a></li>`).join('');
}

/** A restriction of a right by law (v1.3 `rights.restrictions`; v1.1 `exclude` is read as one, docs/language.md "rights"). */
interface Restriction {
  right: string;
  law?: string;
  scope?: YEntry;
  item: YNode;
}

function restrictionsOf(rights: YMap | null): Restriction[] {
  const out: Restriction[] = [];
  for (const key of ['restrictions', 'exclude']) {
    const list = entryOf(rights, key)?.value;
    if (!list) continue;
    for (const item of list.kind === 'seq' ? list.items : [list]) {
      const map = mapOf(item);
      const right = map ? strOf(entryOf(map, 'right')?.value)?.value : strOf(item)?.value;
      const term = right ? findTerm('right', right) : undefined;
      if (!term) continue;
      const law = map ? strOf(entryOf(map, 'law')?.value)?.value : undefined;
      out.push({ right: term.id, law: law?.trim() ? law : undefined, scope: entryOf(map, 'scope'), item });
    }
  }
  return out;
}

/** The restrictions of one right, rendered under it as its limit: the law, and the cases it concerns. */
function restrictionsHtml(ctx: RenderContext, restrictions: Restriction[], right: string): string {
  const m = ctx.msg.rights;
  // The complaint right cannot be restricted at all (Art 23(1) and 85(2) do not reach it): nothing is shown as limiting
  // it, and the problems panel reports the attempt (rule unrestrictable-right).
  if (right === 'complaint') return '';
  return restrictions
    .filter((r) => r.right === right)
    .map((r) => {
      const law = r.law
        ? m.restrictedBy(ctx.quote(r.law))
        : m.restrictedBy('') + ctx.flag('restriction-without-law', { within: r.item.span });
      const scope = ctx.markdown(r.scope);
      return `<div class="restriction"${ctx.at(r.item)}><p>${law}</p>${scope ? `<p class="sub-label">${m.restrictionScope}</p>${scope}` : ''}</div>`;
    })
    .join('');
}

export function rightsSection(ctx: RenderContext): NoticeSection {
  const { msg, model } = ctx;
  const m = msg.rights;
  const entry = ctx.section('rights');
  const rights = mapOf(entry?.value);
  // A right is never removed from the notice: a restriction by law is shown under it as its limit (docs/language.md,
  // "rights").
  const restrictions = restrictionsOf(rights);
  const applicable = applicableRights(model, ctx.law);
  const to = contact(ctx);
  const cite = (label: string, article: string | undefined) => m.citation(escapeHtml(label), escapeHtml(article ?? ''));
  // The right's name in the notice's language (the vocabulary's own words when the catalogue lacks them).
  const local = (right: Term): LocalTerm => msg.term('right', right.id) ?? right;

  let body = `<p>${m.intro}</p>`;
  const sub: NoticeSection['sub'] = [];
  const objectionRight = applicable.find((r) => r.right.id === 'objection');
  if (objectionRight) {
    const objection = local(objectionRight.right);
    const id = ctx.id('right-to-object');
    sub.push({ id, heading: m.objectionHeading });
    // Art 21(4): presented clearly and separately; each ground only where some purpose gives rise to it.
    const grounds = objectionGrounds(model);
    const o = msg.objection;
    const part = (text: string, purposes: Purpose[], className: string) =>
      purposes.length
        ? `<div class="objection-ground ${className}"><p>${text}</p><p>${o.concerned}</p><ul>${purposeLinks(ctx, purposes)}</ul></div>`
        : '';
    body +=
      `<section class="objection" id="${id}" aria-labelledby="${id}-title">` +
      `<h3 id="${id}-title">${m.objectionHeading}</h3>` +
      `<p><strong>${m.objectionLead(cite(objection.label, objection.article))}</strong></p>` +
      part(o.general, grounds.general, 'general') +
      part(o.directMarketing, grounds.directMarketing, 'direct-marketing') +
      part(o.research, grounds.research, 'research') +
      restrictionsHtml(ctx, restrictions, 'objection') +
      `<p>${to ? m.objectionHow(to) : m.objectionHowFallback}</p>` +
      `</section>`;
  }
  // Portability names the purposes it covers (Art 20(1)(a): consent, explicit consent or contract).
  const portable = portabilityPurposes(model).map(
    (p) => `<a href="#${ctx.anchor('purpose', p.id)}">${ctx.own(p.name)}</a>`,
  );
  const items = applicable
    .filter((r) => r.right.id !== 'objection')
    .map((r) => {
      const right = local(r.right);
      const scope =
        r.right.id === 'portability' && portable.length ? ` ${m.portabilityPurposes(ctx.list(portable))}` : '';
      const text = m.text[r.right.id] ?? escapeHtml(right.meaning);
      return `<li><strong>${cite(right.label, right.article)}.</strong> ${text}${scope}${restrictionsHtml(ctx, restrictions, r.right.id)}</li>`;
    });
  body += `<ul class="rights">${items.join('')}</ul>`;
  // Art 12(5), 15(3): free of charge, within the law's own limits.
  body += `<p class="free-of-charge">${m.free}</p>`;

  const exerciseId = ctx.id('exercise-your-rights');
  body += `<h3 id="${exerciseId}"${ctx.at(entry)}>${m.exerciseHeading}</h3>`;
  const contactEntry = entryOf(rights, 'contact');
  const named = mapOf(contactEntry?.value);
  const namedName = named && ctx.text(named, 'name');
  body += `<p${ctx.at(contactEntry)}>${namedName ? msg.exercise.named(`<strong>${namedName}</strong>`, to ?? '') : to ? m.exercise(to) : m.exerciseFallback}</p>`;
  body += channelsHtml(ctx, rights) + identityHtml(ctx, rights);
  const timeEntry = entryOf(rights, 'response_time');
  const time = strOf(timeEntry?.value)?.value ?? '1 month';
  const parsed = parseDuration(time);
  body += `<p${ctx.at(timeEntry)}>${m.responseTime(parsed ? msg.retention.duration(parsed) : ctx.quote(time))}</p>`;
  body += ctx.markdownField(rights, 'notes');
  return { id: 'rights', heading: msg.headings.rights, source: entry, body, sub };
}

/** `rights.identity_check`: what the author says of checking identity, under its heading. */
function identityHtml(ctx: RenderContext, rights: YMap | null): string {
  const identity = ctx.markdownField(rights, 'identity_check');
  // Art 12(6): identity is checked only where there are reasonable doubts (EDPB Guidelines 01/2022); the author's
  // text follows as what they say about it.
  return identity
    ? `<h4${ctx.at(entryOf(rights, 'identity_check'))}>${ctx.msg.exercise.identityHeading}</h4>` +
        `<p>${ctx.msg.exercise.identityIntro}</p><p class="sub-label">${ctx.msg.exercise.identityHow}</p>${identity}`
    : '';
}

/**
 * What the author wrote of exercising their rights beyond the contact (`channels`, `identity_check`, `notes`), for a
 * rights section a law words itself (the FADP's): the notice never drops the author's words (docs/language.md,
 * "rights").
 */
export function authorRightsHtml(ctx: RenderContext): string {
  const rights = mapOf(ctx.section('rights')?.value);
  return channelsHtml(ctx, rights) + identityHtml(ctx, rights) + ctx.markdownField(rights, 'notes');
}

/** `rights.channels`: each way of making a request, in the notice's words, with its address or link. */
function channelsHtml(ctx: RenderContext, rights: YMap | null): string {
  const entry = entryOf(rights, 'channels');
  if (entry?.value?.kind !== 'seq') return '';
  const items = entry.value.items.flatMap((item) => {
    const map = mapOf(item);
    const kind = strOf(entryOf(map, 'kind')?.value)?.value;
    if (!map || !kind) return [];
    const term = ctx.msg.term('channel_kind', kind);
    const value = strOf(entryOf(map, 'value')?.value)?.value;
    const valueHtml = value?.trim()
      ? term?.id === 'phone' || term?.id === 'post' || term?.id === 'in-person' || findPlaceholders(value).length
        ? ctx.quote(value)
        : contactHtml(value, 'either')
      : '';
    const note = ctx.markdownField(map, 'note');
    return [
      `<li${ctx.at(item)}>${ctx.msg.exercise.channel(term ? escapeHtml(term.label) : ctx.own(kind), valueHtml)}${note}</li>`,
    ];
  });
  return items.length
    ? `<p${ctx.at(entry)}>${ctx.msg.exercise.channels}</p><ul class="channels">${items.join('')}</ul>`
    : '';
}

export function complaintsSection(ctx: RenderContext): NoticeSection {
  const m = ctx.msg.complaints;
  const w = ctx.msg.who;
  const entry = ctx.section('authority');
  const authority = mapOf(entry?.value);
  const name = ctx.text(authority, 'name');
  // The complaint right is always stated, by the notice's law (Art 77(1); docs/language.md, "Output language"). An
  // absent authority is no missing information: the law asks for the right, which this paragraph gives.
  let body = `<p>${ctx.lawText.complaint}</p>`;
  if (name) body += `<p${ctx.at(entryOf(authority, 'name'))}>${m.authority(`<strong>${name}</strong>`)}</p>`;
  body += details(ctx, authority, [
    ['address', w.address, 'multiline'],
    ['email', w.email, 'email'],
    ['phone', w.phone, 'text'],
    ['url', w.website, 'url'],
    ['webform', m.webform, 'url'],
  ]);
  // v1.3 `directory`: no one authority named, a list of authorities to choose from.
  const directory = strOf(entryOf(authority, 'directory')?.value)?.value;
  if (directory?.trim()) {
    const href = urlHref(directory);
    const target = href ? link(href, escapeHtml(directory.trim())) : ctx.own(directory);
    body += `<p${ctx.at(entryOf(authority, 'directory'))}>${m.directory(target)}</p>`;
  }
  return { id: 'complaints', heading: ctx.msg.headings.complaints, source: entry, body };
}
