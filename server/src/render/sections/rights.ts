// "Your rights" (Art 13(2)(b)–(c), 12(3)), derived from the legal bases (SPEC §4.4). The right to object
// stands apart in its own box, because Art 21(4) requires it to be presented clearly and separately.
import { parseDuration } from '../../gdpr/duration';
import { applicableRights, portabilityPurposes, rightExclusions } from '../../gdpr/rights';
import { NON_EXCLUDABLE_RIGHTS, type Term } from '../../gdpr/vocabulary';
import { entryOf, mapOf, strOf } from '../../parser/policyModel';
import type { NoticeSection, RenderContext } from '../context';
import type { LocalTerm } from '../messages';
import { contactHtml, escapeHtml } from '../html';
import { details } from './details';

/** Where requests go: `rights.contact`, or else the controller's e-mail (SPEC §3.5). */
function contact(ctx: RenderContext): string | undefined {
  const value = strOf(entryOf(ctx.mapAt('rights'), 'contact')?.value)?.value ?? strOf(entryOf(ctx.mapAt('controller'), 'email')?.value)?.value;
  return value?.trim() ? contactHtml(value, 'either') : undefined;
}

export function rightsSection(ctx: RenderContext): NoticeSection {
  const { msg, model } = ctx;
  const m = msg.rights;
  const entry = ctx.section('rights');
  const rights = mapOf(entry?.value);
  // A right leaves the list only when a law restricts it (SPEC §3.5); the ones that can never be excluded, and
  // exclusions without a law (both reported), stay: a notice must not lose a right by mistake.
  const restricted = rightExclusions(model).filter((e) => e.term && e.law && !NON_EXCLUDABLE_RIGHTS.has(e.term.id));
  const applicable = applicableRights(model).filter((r) => !restricted.some((e) => e.term!.id === r.right.id));
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
    // The purposes it concerns, so readers see what they can object to.
    const concerned = model.purposes.filter((p) => p.bases.some((b) => b.value === 'legitimate-interests' || b.value === 'public-task'));
    const list = concerned.map((p) => `<li><a href="#${ctx.anchor('purpose', p.id)}">${escapeHtml(p.name)}</a></li>`).join('');
    body +=
      `<section class="objection" id="${id}" aria-labelledby="${id}-title">` +
      `<h3 id="${id}-title">${m.objectionHeading}</h3>` +
      `<p><strong>${m.objectionLead(cite(objection.label, objection.article))}</strong> ${escapeHtml(objection.meaning)}</p>` +
      (list ? `<p>${m.objectionPurposes}</p><ul>${list}</ul>` : '') +
      `<p>${to ? m.objectionHow(to) : m.objectionHowFallback}</p>` +
      `</section>`;
  }
  // Portability names the purposes it covers (Art 20(1)(a): consent, explicit consent or contract).
  const portable = portabilityPurposes(model).map((p) => `<a href="#${ctx.anchor('purpose', p.id)}">${escapeHtml(p.name)}</a>`);
  const items = applicable
    .filter((r) => r.right.id !== 'objection')
    .map((r) => {
      const right = local(r.right);
      const scope = r.right.id === 'portability' && portable.length ? ` ${m.portabilityPurposes(ctx.list(portable))}` : '';
      return `<li><strong>${cite(right.label, right.article)}.</strong> ${escapeHtml(right.meaning)}${scope}</li>`;
    });
  body += `<ul class="rights">${items.join('')}</ul>`;
  const restrictions = restricted
    .filter((e) => applicableRights(model).some((r) => r.right.id === e.term!.id))
    .map((e) => `<li${ctx.at(e.item)}>${cite(local(e.term!).label, local(e.term!).article)}: ${escapeHtml(e.law!.value)}</li>`);
  if (restrictions.length) body += `<p>${m.restrictedIntro}</p><ul class="restricted">${restrictions.join('')}</ul>`;

  const exerciseId = ctx.id('exercise-your-rights');
  body += `<h3 id="${exerciseId}"${ctx.at(entry)}>${m.exerciseHeading}</h3>`;
  body += `<p${ctx.at(entryOf(rights, 'contact'))}>${to ? m.exercise(to) : m.exerciseFallback}</p>`;
  const timeEntry = entryOf(rights, 'response_time');
  const time = strOf(timeEntry?.value)?.value ?? '1 month';
  const parsed = parseDuration(time);
  body += `<p${ctx.at(timeEntry)}>${m.responseTime(parsed ? msg.retention.duration(parsed) : escapeHtml(time))}${timeEntry ? ctx.flag('invalid-response-time', { within: timeEntry.span }) : ''}</p>`;
  body += ctx.markdownField(rights, 'notes');
  return { id: 'rights', heading: msg.headings.rights, source: entry, body, sub };
}

export function complaintsSection(ctx: RenderContext): NoticeSection {
  const m = ctx.msg.complaints;
  const w = ctx.msg.who;
  const entry = ctx.section('authority');
  const authority = mapOf(entry?.value);
  const name = ctx.text(authority, 'name');
  let body = `<p>${m.text}</p>`;
  if (name) body += `<p${ctx.at(entryOf(authority, 'name'))}>${m.authority(`<strong>${name}</strong>`)}</p>`;
  body += details(ctx, authority, [['address', w.address, 'multiline'], ['email', w.email, 'email'], ['phone', w.phone, 'text'], ['url', w.website, 'url'], ['webform', m.webform, 'url']]);
  body += ctx.flagBlock('missing-authority');
  return { id: 'complaints', heading: ctx.msg.headings.complaints, source: entry, body };
}
