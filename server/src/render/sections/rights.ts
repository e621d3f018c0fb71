// "Your rights" (Art 13(2)(b)–(c), 12(3)), derived from the legal bases (docs/language.md, "Which rights apply"). The right to object
// stands apart in its own box, because Art 21(4) requires it to be presented clearly and separately.
import { parseDuration } from '../../vocabulary/duration';
import { applicableRights, objectionGrounds, portabilityPurposes, rightExclusions } from '../../core/rights';
import { type Term } from '../../vocabulary/terms';
import { entryOf, mapOf, strOf, type Purpose } from '../../parser/policyModel';
import type { YMap } from '../../parser/yamlTree';
import type { NoticeSection, RenderContext } from '../context';
import type { LocalTerm } from '../../languages/notices';
import { contactHtml, escapeHtml } from '../html';
import { details } from './details';

/** Where requests go: `rights.contact`, or else the controller's e-mail (docs/language.md, "rights"). A named contact gives its ways. */
function contact(ctx: RenderContext): string | undefined {
  const named = mapOf(entryOf(ctx.mapAt('rights'), 'contact')?.value);
  if (named) return namedContactWays(ctx, named) || undefined;
  const value =
    strOf(entryOf(ctx.mapAt('rights'), 'contact')?.value)?.value ??
    strOf(entryOf(ctx.mapAt('controller'), 'email')?.value)?.value;
  return value?.trim() ? contactHtml(value, 'either') : undefined;
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
  return purposes.map((p) => `<li><a href="#${ctx.anchor('purpose', p.id)}">${escapeHtml(p.name)}</a></li>`).join('');
}

export function rightsSection(ctx: RenderContext): NoticeSection {
  const { msg, model } = ctx;
  const m = msg.rights;
  const entry = ctx.section('rights');
  const rights = mapOf(entry?.value);
  // A right leaves the list only when a law restricts it (docs/language.md, "rights"); the ones that can never be excluded, and
  // exclusions without a law (both reported), stay: a notice must not lose a right by mistake.
  const restricted = rightExclusions(model).filter(
    (e) => e.term && e.law && !ctx.law.rightsNeverExcluded.has(e.term.id),
  );
  const applicable = applicableRights(model, ctx.law).filter((r) => !restricted.some((e) => e.term!.id === r.right.id));
  const to = contact(ctx);
  const cite = (label: string, article: string | undefined) => m.citation(escapeHtml(label), escapeHtml(article ?? ''));
  // The right in the notice's language (the vocabulary's own words when the catalogue lacks them).
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
      `<p>${to ? m.objectionHow(to) : m.objectionHowFallback}</p>` +
      `</section>`;
  }
  // Portability names the purposes it covers (Art 20(1)(a): consent, explicit consent or contract).
  const portable = portabilityPurposes(model).map(
    (p) => `<a href="#${ctx.anchor('purpose', p.id)}">${escapeHtml(p.name)}</a>`,
  );
  const items = applicable
    .filter((r) => r.right.id !== 'objection')
    .map((r) => {
      const right = local(r.right);
      const scope =
        r.right.id === 'portability' && portable.length ? ` ${m.portabilityPurposes(ctx.list(portable))}` : '';
      return `<li><strong>${cite(right.label, right.article)}.</strong> ${escapeHtml(right.meaning)}${scope}</li>`;
    });
  body += `<ul class="rights">${items.join('')}</ul>`;
  const restrictions = restricted
    .filter((e) => applicableRights(model, ctx.law).some((r) => r.right.id === e.term!.id))
    .map(
      (e) =>
        `<li${ctx.at(e.item)}>${cite(local(e.term!).label, local(e.term!).article)}: ${escapeHtml(e.law!.value)}</li>`,
    );
  if (restrictions.length) body += `<p>${m.restrictedIntro}</p><ul class="restricted">${restrictions.join('')}</ul>`;

  const exerciseId = ctx.id('exercise-your-rights');
  body += `<h3 id="${exerciseId}"${ctx.at(entry)}>${m.exerciseHeading}</h3>`;
  const contactEntry = entryOf(rights, 'contact');
  const named = mapOf(contactEntry?.value);
  const namedName = named && ctx.text(named, 'name');
  body += `<p${ctx.at(contactEntry)}>${namedName ? msg.exercise.named(`<strong>${namedName}</strong>`, to ?? '') : to ? m.exercise(to) : m.exerciseFallback}</p>`;
  body += channelsHtml(ctx, rights);
  const identity = ctx.markdownField(rights, 'identity_check');
  if (identity)
    body += `<h4${ctx.at(entryOf(rights, 'identity_check'))}>${msg.exercise.identityHeading}</h4><p>${msg.exercise.identityIntro}</p>${identity}`;
  const timeEntry = entryOf(rights, 'response_time');
  const time = strOf(timeEntry?.value)?.value ?? '1 month';
  const parsed = parseDuration(time);
  body += `<p${ctx.at(timeEntry)}>${m.responseTime(parsed ? msg.retention.duration(parsed) : escapeHtml(time))}${timeEntry ? ctx.flag('invalid-response-time', { within: timeEntry.span }) : ''}</p>`;
  body += ctx.markdownField(rights, 'notes');
  return { id: 'rights', heading: msg.headings.rights, source: entry, body, sub };
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
      ? term?.id === 'phone' || term?.id === 'post' || term?.id === 'in-person'
        ? escapeHtml(value)
        : contactHtml(value, 'either')
      : '';
    const note = ctx.markdownField(map, 'note');
    return [
      `<li${ctx.at(item)}>${ctx.msg.exercise.channel(escapeHtml(term ? term.label : kind), valueHtml)}${note}</li>`,
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
  let body = `<p>${m.text}</p>`;
  if (name) body += `<p${ctx.at(entryOf(authority, 'name'))}>${m.authority(`<strong>${name}</strong>`)}</p>`;
  body += details(ctx, authority, [
    ['address', w.address, 'multiline'],
    ['email', w.email, 'email'],
    ['phone', w.phone, 'text'],
    ['url', w.website, 'url'],
    ['webform', m.webform, 'url'],
  ]);
  body += ctx.flagBlock('missing-authority');
  return { id: 'complaints', heading: ctx.msg.headings.complaints, source: entry, body };
}
